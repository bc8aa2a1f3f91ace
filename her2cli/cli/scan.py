"""`her2cli scan PATH...`: a folder of reports to one record per report (JSONL, CSV or a table)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..exit_codes import ExitStatus, batch_status

if TYPE_CHECKING:
    from ..batch import Engine
from . import app
from .common import MAX_OCR_PAGES_OPT, PASSWORD_OPT, CommandError, escape_surrogates


class ScanFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"
    fhir_ndjson = "fhir-ndjson"
    sqlite = "sqlite"


SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


SCAN_HELP = """Read many reports (files, folders, globs) and write one record per report.

Every input yields exactly one record, failures included (with `error.kind` and a message).
Each report is read in its own worker process with a time and memory limit, so one bad file never
stops the batch.

Exit codes: 0 every input was read; 3 some inputs were read and some could not be (see their `error`);
1 no input could be read; 2 usage error; 130 interrupted (--resume continues).
"""


@app.command("scan", help=SCAN_HELP)
def scan_command(
    paths: list[str] = typer.Argument(..., help="Report files, folders or glob patterns."),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Walk sub-folders too."),
    fmt: ScanFormat | None = typer.Option(
        None, "--format", help="jsonl (default when output is not a terminal), csv, table (default on a terminal), "
        "fhir-ndjson (one FHIR Bundle per line), or sqlite (a caseload database; default for -o x.db).",
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write records to this file (JSONL appended as it goes)."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes (default: number of CPUs)."),
    timeout: float = typer.Option(120.0, "--timeout", min=1.0, help="Seconds allowed per report before it is stopped."),
    max_memory: int = typer.Option(2048, "--max-memory", min=256, help="Memory cap per worker, in MB."),
    max_pages: int = typer.Option(2000, "--max-pages", min=1, help="Reports with more pages are refused."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs already in --output (same path and same content)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing --output file."),
    redact: bool = typer.Option(False, "--redact", help="Leave quoted report text (evidence) out of the output."),
    bom: bool = typer.Option(False, "--bom", help="Start CSV output with a UTF-8 byte-order mark (for Excel)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or closing summary."),
    ocr: str = typer.Option("auto", "--ocr", help="OCR scanned pages: auto, always, never."),
    max_ocr_pages: int = MAX_OCR_PAGES_OPT,
    lang: str = typer.Option("en", "--lang", help="Language of each record's meaning and questions: en or es."),
    password: str | None = PASSWORD_OPT,
    dask: str | None = typer.Option(
        None, "--dask", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
        help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); needs her2cli[dask].",
    ),
    send_bytes: bool = typer.Option(
        False, "--send-bytes", help="With --dask: send each file's bytes to the workers (when they cannot read the paths).",
    ),
) -> None:
    from ..batch import WorkOptions, collect_inputs, file_sha256, run_batch
    from ..cluster import ClusterError
    from ..render.csv_ import csv_header, csv_line
    from ..render.files import atomic_write
    from ..render.json_ import redact_record

    if ocr not in ("auto", "always", "never"):
        raise typer.BadParameter("choose auto, always or never", param_hint="--ocr")
    if lang not in ("en", "es"):
        raise typer.BadParameter("choose en or es", param_hint="--lang")
    if send_bytes and not dask:
        raise typer.BadParameter("--send-bytes needs --dask", param_hint="--send-bytes")
    engine = _cluster_engine(dask, send_bytes)
    if resume and output is None:
        raise typer.BadParameter("--resume needs --output", param_hint="--resume")
    if fmt is None:
        if output is not None:
            suffix = output.suffix.lower()
            fmt = ScanFormat.csv if suffix == ".csv" else ScanFormat.sqlite if suffix in SQLITE_SUFFIXES else ScanFormat.jsonl
        else:
            fmt = ScanFormat.table if sys.stdout.isatty() else ScanFormat.jsonl
    if fmt == ScanFormat.table and output is not None:
        raise typer.BadParameter("table output goes to the terminal; use jsonl or csv with --output", param_hint="--format")
    if fmt == ScanFormat.sqlite and output is None:
        raise typer.BadParameter("sqlite output needs --output FILE.db", param_hint="--format")
    if fmt != ScanFormat.sqlite and output is not None and output.exists() and not (resume or force):
        raise CommandError(f"{output}: already exists; use --resume to continue it or --force to replace it", ExitStatus.USAGE)

    items = collect_inputs(paths, recursive)
    if not items:
        raise CommandError("no report files found; check the paths (use --recursive for sub-folders)")

    options = WorkOptions(
        password=password, ocr=ocr, max_pages=max_pages, timeout=timeout, max_memory_mb=max_memory, lang=lang,
        max_ocr_pages=max_ocr_pages,
    )
    jobs = jobs or os.cpu_count() or 1
    if fmt == ScanFormat.sqlite and output is not None:
        from .scan_sqlite import run_sqlite_scan

        run_sqlite_scan(items, options, jobs, output, force=force, redact=redact, quiet=quiet, engine=engine)

    # --resume: keep the records of inputs whose path and content hash are unchanged
    kept: dict[int, str] = {}
    if resume and output is not None and output.exists():
        previous = _read_previous(output, fmt)
        for it in items:
            if it.error_kind:
                continue
            # FHIR Bundles carry no file name (privacy): they are matched by the report's hash
            entry = previous.get(file_sha256(it.path) or "" if fmt == ScanFormat.fhir_ndjson else it.path)
            if entry is None:
                continue
            sha, line = entry
            if sha and sha == file_sha256(it.path):
                kept[it.index] = line
    to_run = [it for it in items if it.index not in kept]

    lines: dict[int, str] = dict(kept)
    # lines are held only for the closing rewrite in input order (CSV, or JSONL continued with
    # --resume); otherwise parent memory stays flat however many reports an archive has
    keep_lines = output is not None and (fmt == ScanFormat.csv or bool(kept))
    written = len(kept)
    table_records: list[dict[str, Any]] = []

    sink = None
    tmp_csv: Path | None = None
    if output is not None:
        if fmt in (ScanFormat.jsonl, ScanFormat.fhir_ndjson):
            mode = "a" if resume else "w"
            fd = os.open(output, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC), 0o600)
            with contextlib.suppress(OSError):  # an existing file (--force, --resume) keeps its mode otherwise
                os.fchmod(fd, 0o600)
            sink = os.fdopen(fd, mode, encoding="utf-8")
            if resume:
                _drop_partial_last_line(output)
        else:
            tmp_csv = output.with_name(f".{output.name}.partial")
            fd = os.open(tmp_csv, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            sink = os.fdopen(fd, "w", encoding="utf-8", newline="")
    elif fmt == ScanFormat.csv:
        sys.stdout.write(("\ufeff" if bom else "") + csv_header())

    progress = _progress(len(items), quiet)

    def on_record(item: Any, record: dict[str, Any]) -> None:
        nonlocal written
        if redact:
            record = redact_record(record)
        if fmt == ScanFormat.jsonl:
            line = escape_surrogates(json.dumps(record, ensure_ascii=False, separators=(",", ":"))) + "\n"
        elif fmt == ScanFormat.csv:
            line = csv_line(record, redact=redact)
        elif fmt == ScanFormat.fhir_ndjson:
            from ..render.fhir import fhir_json, resource_for_record

            line = fhir_json(resource_for_record(record), indent=None) + "\n"
        else:
            table_records.append(record)
            line = ""
        written += 1
        if keep_lines:
            lines[item.index] = line
        if sink is not None:
            sink.write(line)
            sink.flush()
            os.fsync(sink.fileno())
        elif fmt != ScanFormat.table:
            sys.stdout.write(line)
            sys.stdout.flush()
        progress.advance()

    for _ in kept:
        progress.advance()
    start = time.monotonic()
    try:
        stats = run_batch(to_run, options, jobs, on_record, engine)
    except ClusterError as exc:
        progress.stop()
        if sink is not None:
            sink.close()
        raise CommandError(f"{exc.message}; {written} of {len(items)} records written") from None
    except KeyboardInterrupt:
        progress.stop()
        if sink is not None:
            sink.close()
        sys.stderr.write(f"her2cli: interrupted; {written} of {len(items)} records written (use --resume to continue)\n")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    progress.stop()
    if sink is not None:
        sink.close()

    ordered = [lines[it.index] for it in items if it.index in lines]
    if output is not None:
        if fmt in (ScanFormat.jsonl, ScanFormat.fhir_ndjson) and kept:
            atomic_write(output, "".join(ordered), force=True)
        elif fmt == ScanFormat.csv:
            atomic_write(output, ("\ufeff" if bom else "") + csv_header() + "".join(ordered), force=True)
            if tmp_csv is not None and tmp_csv.exists():
                tmp_csv.unlink()
    if fmt == ScanFormat.table:
        from ..render.table import print_scan_table

        print_scan_table(table_records)

    errors = stats.errors + sum(1 for line in kept.values() if _line_has_error(line, fmt))
    if not quiet:
        counts = dict(stats.by_status)
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
        skipped = f", {len(kept)} already done" if kept else ""
        sys.stderr.write(
            f"her2cli: {len(items)} report(s){skipped} in {time.monotonic() - start:.1f} s; "
            f"{summary or 'no new results'}; errors: {stats.errors}\n"
        )
    raise typer.Exit(batch_status(len(items), errors))


def _cluster_engine(address: str | None, send_bytes: bool) -> Engine | None:
    """The Dask engine for --dask ADDRESS (None: this machine); a missing extra is a usage error."""
    if not address:
        return None
    from ..cluster import ClusterError, ClusterOptions, import_distributed, run_on_dask

    try:
        import_distributed()
    except ClusterError as exc:
        raise CommandError(exc.message, ExitStatus.USAGE) from None
    import logging

    # distributed logs its reconnect attempts with tracebacks; the one-line errors say it all
    logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)
    cluster = ClusterOptions(address=address, send_bytes=send_bytes)
    return lambda items, options: run_on_dask(items, options, cluster)


def _line_has_error(line: str, fmt: ScanFormat) -> bool:
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


def _read_previous(output: Path, fmt: ScanFormat) -> dict[str, tuple[str | None, str]]:
    """path -> (content hash, the record line) from an earlier, maybe interrupted, run."""
    previous: dict[str, tuple[str | None, str]] = {}
    text = output.read_text(encoding="utf-8", errors="replace")
    if fmt == ScanFormat.fhir_ndjson:
        from ..render.fhir import previous_bundles

        return previous_bundles(text)
    if fmt == ScanFormat.jsonl:
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if record.get("error"):
                continue
            previous[record.get("file") or record["source"]["path"]] = ((record.get("source") or {}).get("sha256"), line + "\n")
    else:
        from ..render.csv_ import CSV_COLUMNS

        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
        for row in reader:
            if len(row) != len(CSV_COLUMNS) or row[0] == "file":
                continue
            rec = dict(zip(CSV_COLUMNS, row, strict=True))
            if rec["error_kind"]:
                continue
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerow(row)
            previous[rec["file"]] = (rec["sha256"] or None, buf.getvalue())
    return previous


def _drop_partial_last_line(output: Path) -> None:
    """A crash can leave half a line at the end of a JSONL file; cut it so appends stay valid."""
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(output, "r+b") as fh:
            fh.truncate(cut)


class _NoProgress:
    def advance(self) -> None:
        pass

    def stop(self) -> None:
        pass


class _RichProgress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(f"{task.speed or 0:.1f} reports/s")

        self.progress = Progress(
            TextColumn("reports"), BarColumn(), MofNCompleteColumn(), RateColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self.task = self.progress.add_task("scan", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def _progress(total: int, quiet: bool) -> _NoProgress | _RichProgress:
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    return _RichProgress(total)
