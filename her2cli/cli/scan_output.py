"""Where `scan` records go (files and stdout; the caseload database is scan_sqlite.py): one line
per record, written and fsync'd as it comes so a crash loses at most the line being written, and
--resume's reading of an earlier output."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from .common import escape_surrogates

if TYPE_CHECKING:
    from ..inputs import InputItem


class ScanFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"
    fhir_ndjson = "fhir-ndjson"
    sqlite = "sqlite"


LINE_FILES = (ScanFormat.jsonl, ScanFormat.fhir_ndjson)  # appended to as records arrive


def record_line(
    record: dict[str, Any], fmt: ScanFormat, *, redact: bool = False, subject: str | None = None
) -> str:
    """One record as a line of its output format (the table is drawn at the end: no line)."""
    if fmt == ScanFormat.jsonl:
        return escape_surrogates(json.dumps(record, ensure_ascii=False, separators=(",", ":"))) + "\n"
    if fmt == ScanFormat.csv:
        from ..render.csv_ import csv_line

        return csv_line(record, redact=redact)
    if fmt == ScanFormat.fhir_ndjson:
        from ..render.fhir import fhir_json, resource_for_record

        return fhir_json(resource_for_record(record, subject=subject), indent=None) + "\n"
    return ""


class ScanWriter:
    """One scan's records, to a file or stdout, ending in input order.

    Lines are held in memory only for the closing rewrite in input order (CSV, or a file continued
    with --resume: the rewrite also drops the earlier lines of inputs read again, which appending
    alone would leave as duplicates); otherwise parent memory stays flat however many reports an
    archive has."""

    def __init__(
        self,
        fmt: ScanFormat,
        output: Path | None,
        *,
        kept: dict[int, str],
        redact: bool = False,
        bom: bool = False,
        resume: bool = False,
        subjects: dict[int, str] | None = None,
    ) -> None:
        self.fmt, self.output, self.redact, self.bom = fmt, output, redact, bom
        self.kept = kept
        self.subjects = subjects or {}
        self.lines: dict[int, str] = dict(kept)
        self.keep_lines = output is not None and (fmt == ScanFormat.csv or resume)
        self.written = len(kept)
        self.table_records: list[dict[str, Any]] = []
        self.sink, self.partial = self._open(resume)

    def _open(self, resume: bool) -> tuple[TextIO | None, Path | None]:
        """The file lines go to as they arrive (None: stdout), and the CSV's partial file."""
        if self.output is None:
            if self.fmt == ScanFormat.csv:
                from ..render.csv_ import csv_header

                sys.stdout.write(self._bom() + csv_header())
            return None, None
        if self.fmt in LINE_FILES:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
            sink = _private_file(self.output, flags, "a" if resume else "w")
            if resume:
                drop_partial_last_line(self.output)
            return sink, None
        partial = self.output.with_name(f".{self.output.name}.partial")
        return _private_file(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, "w", newline=""), partial

    def _bom(self) -> str:
        return "\ufeff" if self.bom else ""

    def add(self, item: InputItem, record: dict[str, Any]) -> None:
        if self.redact:
            from ..render.json_ import redact_record

            record = redact_record(record)
        if self.fmt == ScanFormat.table:
            self.table_records.append(record)
        line = record_line(record, self.fmt, redact=self.redact, subject=self.subjects.get(item.index))
        self.written += 1
        if self.keep_lines:
            self.lines[item.index] = line
        if self.sink is not None:
            self.sink.write(line)
            self.sink.flush()
            os.fsync(self.sink.fileno())
        elif line:
            sys.stdout.write(line)
            sys.stdout.flush()

    def close(self) -> None:
        if self.sink is not None:
            self.sink.close()

    def finish(self, items: list[InputItem]) -> None:
        """After the last record: files rewritten in input order, the table drawn."""
        from ..render.files import atomic_write

        ordered = "".join(self.lines[it.index] for it in items if it.index in self.lines)
        if self.output is not None and self.fmt in LINE_FILES and self.keep_lines:
            atomic_write(self.output, ordered, force=True)
        elif self.output is not None and self.fmt == ScanFormat.csv:
            from ..render.csv_ import csv_header

            atomic_write(self.output, self._bom() + csv_header() + ordered, force=True)
            if self.partial is not None and self.partial.exists():
                self.partial.unlink()
        if self.fmt == ScanFormat.table:
            from ..render.table import print_scan_table

            print_scan_table(self.table_records)

    def kept_errors(self) -> int:
        return sum(1 for line in self.kept.values() if line_has_error(line, self.fmt))


def _private_file(path: Path, flags: int, mode: Literal["a", "w"], newline: str | None = None) -> TextIO:
    """A file only its owner can read: results are health information."""
    fd = os.open(path, flags, 0o600)
    with contextlib.suppress(OSError):  # an existing file (--force, --resume) keeps its mode otherwise
        os.fchmod(fd, 0o600)
    return open(fd, mode, encoding="utf-8", newline=newline)  # noqa: SIM115 - the caller closes it


def line_has_error(line: str, fmt: ScanFormat) -> bool:
    if fmt == ScanFormat.fhir_ndjson:
        return '"resourceType":"OperationOutcome"' in line
    if fmt == ScanFormat.jsonl:
        try:
            return bool(json.loads(line).get("error"))
        except ValueError:
            return False
    row = next(csv.reader(io.StringIO(line)), [])
    from ..render.csv_ import CSV_COLUMNS

    return len(row) == len(CSV_COLUMNS) and bool(row[CSV_COLUMNS.index("error_kind")])


def read_previous(output: Path, fmt: ScanFormat) -> dict[str, tuple[str | None, str]]:
    """path (a FHIR Bundle names no file: the report's hash) -> (content hash, the record line)
    from an earlier, maybe interrupted, run; failed records are left out, so they are read again."""
    text = output.read_text(encoding="utf-8", errors="replace")
    if fmt == ScanFormat.fhir_ndjson:
        from ..render.fhir import previous_bundles

        return previous_bundles(text)
    if fmt == ScanFormat.jsonl:
        return _previous_jsonl(text)
    return _previous_csv(text)


def _previous_jsonl(text: str) -> dict[str, tuple[str | None, str]]:
    previous: dict[str, tuple[str | None, str]] = {}
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by a crash
        if record.get("error"):
            continue
        path = record.get("file") or record["source"]["path"]
        previous[path] = ((record.get("source") or {}).get("sha256"), line + "\n")
    return previous


def _previous_csv(text: str) -> dict[str, tuple[str | None, str]]:
    from ..render.csv_ import CSV_COLUMNS

    previous: dict[str, tuple[str | None, str]] = {}
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))):
        if len(row) != len(CSV_COLUMNS) or row[0] == "file":
            continue
        rec = dict(zip(CSV_COLUMNS, row, strict=True))
        if rec["error_kind"]:
            continue
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\r\n").writerow(row)
        previous[rec["file"]] = (rec["sha256"] or None, buf.getvalue())
    return previous


def bundle_subject(line: str) -> str | None:
    """The patient reference of a FHIR NDJSON line's report (None: no subject, or not a Bundle)."""
    try:
        bundle = json.loads(line)
    except ValueError:
        return None
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "DiagnosticReport":
            return (resource.get("subject") or {}).get("reference")
    return None


def drop_partial_last_line(output: Path) -> None:
    """A crash can leave half a line at the end of a JSONL file; cut it so appends stay valid."""
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(output, "r+b") as fh:
            fh.truncate(cut)
