"""A caseload database: scan results written to SQLite (standard library `sqlite3`), queryable as is.

One row per input in `reports` (the contract's fields flattened, plus the full JSON record), one
row per evidence line in `findings`, one row per specimen in `specimens`, and views for the common
questions (`latest`, `positives`, `not_found`, `errors`, `changes`, `specimens_disagree`); the
schema, and the upgrade of a database an older her2cli wrote, are in sqlite_schema.py. Re-running
over the same folders is incremental: an input whose path and sha256 match its current row is
skipped; a changed file gets a new row (with its own findings and specimens) and the old one is
kept as history (`is_current = 0`).

Safe under faults: WAL journal, records committed in small batches (a killed run keeps every batch
already committed, and a re-run redoes the rest), the file is owner-only (0600), and a second scan
writing to the same database at the same time is refused with a clear message (an exclusive lock
on the database file, held for the whole run) instead of interleaving two runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import render_error
from .sqlite_schema import (
    DDL,
    SCHEMA_VERSION,
    insert_specimens,
    receptor_and_note_values,
    specimen_rows,
    storable,
    upgrade,
)

__all__ = ["DDL", "SCHEMA_VERSION", "CaseloadDatabase", "storable"]

BATCH_RECORDS = 32  # records per transaction ...
BATCH_SECONDS = 1.0  # ... or fewer, when this long has passed since the last commit

_COLUMNS = (
    "run_id",
    "path",
    "sha256",
    "scanned_at",
    "is_current",
    "status",
    "cancer_type",
    "her2_low",
    "her2_ultralow",
    "rule",
    "rule_name",
    "status_test",
    "status_reason",
    "ihc_score",
    "ihc_score_range",
    "ihc_percent_cells",
    "ihc_clone",
    "ihc_lab_call",
    "ish_result",
    "ish_method",
    "ish_ratio",
    "ish_her2_copy_number",
    "ish_cep17_copy_number",
    "ish_cells_counted",
    "ish_group",
    "ngs_amplification",
    "ngs_copy_number",
    "ngs_mutations",
    "ngs_vus",
    "ctdna",
    "kras",
    "nras",
    "braf",
    "msi",
    "mmr",
    "er",
    "pr",
    "source_kind",
    "pages",
    "ocr_pages",
    "warning_codes",
    "warnings",
    "notes",
    "error_kind",
    "error_message",
    "schema_version",
    "her2cli_version",
    "record_json",
)
# fields that differ between two reads of the same file and do not make a new history row
_VOLATILE = ("file",)


class DatabaseBusyError(Exception):
    """Another scan is writing to this database."""


class NotACaseloadDatabaseError(Exception):
    """The output file exists and is not a her2cli database (or is from a newer her2cli)."""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def report_row(record: dict[str, Any]) -> dict[str, Any]:
    """The `reports` columns of one record (without run_id, scanned_at, is_current, record_json)."""
    source = record.get("source") or {}
    basis = record.get("status_basis") or {}
    ihc = record.get("ihc") or {}
    ish = record.get("ish") or {}
    ngs = record.get("ngs") or {}
    related = record.get("related") or {}
    error = record.get("error") or {}
    receptors = receptor_and_note_values(record)  # schema 3: er, pr, notes
    return {
        "path": record.get("file") or source.get("path") or "",
        "sha256": source.get("sha256") or None,
        "status": record.get("status") or "not_found",
        "cancer_type": record.get("cancer_type"),
        "her2_low": _bool(record.get("her2_low")),
        "her2_ultralow": _bool(record.get("her2_ultralow")),
        "rule": basis.get("rule"),
        "rule_name": basis.get("rule_name"),
        "status_test": basis.get("test"),
        "status_reason": basis.get("reason"),
        "ihc_score": ihc.get("score"),
        "ihc_score_range": ihc.get("score_range"),
        "ihc_percent_cells": ihc.get("percent_cells"),
        "ihc_clone": ihc.get("clone"),
        "ihc_lab_call": ihc.get("lab_call"),
        "ish_result": ish.get("result"),
        "ish_method": ish.get("method"),
        "ish_ratio": ish.get("ratio"),
        "ish_her2_copy_number": ish.get("her2_copy_number"),
        "ish_cep17_copy_number": ish.get("cep17_copy_number"),
        "ish_cells_counted": ish.get("cells_counted"),
        "ish_group": ish.get("group"),
        "ngs_amplification": ngs.get("amplification"),
        "ngs_copy_number": ngs.get("copy_number"),
        "ngs_mutations": ";".join(ngs.get("mutations") or []) or None,
        "ngs_vus": ";".join(ngs.get("variants_of_unknown_significance") or []) or None,
        "ctdna": _bool(ngs.get("ctdna")) if ngs else None,
        "kras": related.get("kras"),
        "nras": related.get("nras"),
        "braf": related.get("braf"),
        "msi": related.get("msi"),
        "mmr": related.get("mmr"),
        "er": receptors[0],
        "pr": receptors[1],
        "source_kind": source.get("kind"),
        "pages": source.get("pages"),
        "ocr_pages": json.dumps(source.get("ocr_pages") or []),
        "warning_codes": json.dumps(record.get("warning_codes") or []),
        "warnings": json.dumps(record.get("warnings") or [], ensure_ascii=False),
        "notes": receptors[2],
        "error_kind": error.get("kind"),
        "error_message": error.get("message"),
        "schema_version": record.get("schema_version"),
        "her2cli_version": record.get("her2cli_version"),
    }


def _comparable(record: dict[str, Any]) -> str:
    return json.dumps(
        {k: v for k, v in record.items() if k not in _VOLATILE}, sort_keys=True, ensure_ascii=False
    )


class CaseloadDatabase:
    """One scan run writing to a caseload database; use as a context manager.

    The exclusive lock is a BSD `flock` on a descriptor of the database file that stays open until
    after the SQLite connection is closed (closing any descriptor of a file drops SQLite's own POSIX
    locks on it, so the order matters).
    """

    def __init__(self, path: Path, *, redact: bool = False) -> None:
        self.path = Path(path)
        self.redact = redact
        self._lock_fd: int | None = None
        self._conn: sqlite3.Connection | None = None
        self._pending = 0
        self._last_commit = time.monotonic()
        self.run_id = 0

    # --- opening ---------------------------------------------------------------------------

    def __enter__(self) -> CaseloadDatabase:
        self._lock()
        try:
            self._open()
        except BaseException:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._unlock()
            raise
        if self._lock_fd is not None:
            with contextlib.suppress(
                OSError
            ):  # an existing database becomes owner-only too, like the other outputs
                os.fchmod(self._lock_fd, 0o600)
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close("done" if exc_type is None else "interrupted")

    def _lock(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: SQLite's own locking and busy timeout only
            self._lock_fd = fd
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise DatabaseBusyError(str(self.path)) from None
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # also releases the flock
            self._lock_fd = None

    def _open(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=10.0)
        self._conn = conn
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError:
            conn.close()
            self._conn = None
            raise NotACaseloadDatabaseError(
                f"{self.path}: {render_error('command.not_sqlite', {})}"
            ) from None
        if version > SCHEMA_VERSION:
            raise NotACaseloadDatabaseError(
                f"{self.path}: {render_error('command.newer_schema', {'version': version})}"
            )
        if tables and "reports" not in tables:
            raise NotACaseloadDatabaseError(
                f"{self.path}: {render_error('command.not_her2cli_database', {})}"
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a killed process loses no committed batch
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        for statement in _statements(DDL):
            conn.execute(statement)
        upgrade(conn, version)
        conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        from .. import __version__

        cur = conn.execute(
            "INSERT INTO runs(started_at, state, her2cli_version) VALUES (?, 'running', ?)",
            (_now(), __version__),
        )
        self.run_id = int(cur.lastrowid or 0)
        conn.execute("COMMIT")

    @property
    def conn(self) -> sqlite3.Connection:
        assert self._conn is not None, "the database is not open"
        return self._conn

    # --- incremental runs ------------------------------------------------------------------

    def current_hashes(self) -> dict[str, str]:
        """path -> sha256 of the current row of every input read without error."""
        rows = self.conn.execute(
            "SELECT path, sha256 FROM reports WHERE is_current = 1 AND error_kind IS NULL AND sha256 IS NOT NULL"
        )
        return {path: sha for path, sha in rows}

    # --- writing ---------------------------------------------------------------------------

    def add(self, record: dict[str, Any]) -> None:
        """Write one record (in the current batch); an unchanged record only refreshes scanned_at."""
        if self.redact:
            from .json_ import redact_record

            record = redact_record(record)
        conn = self.conn
        if self._pending == 0:
            conn.execute("BEGIN IMMEDIATE")
        row = report_row(record)
        row["path"] = storable(row["path"])
        record_json = storable(_comparable(record))
        now = _now()
        current = conn.execute(
            "SELECT id, record_json FROM reports WHERE path = ? AND is_current = 1", (row["path"],)
        ).fetchone()
        if current is not None and current[1] == record_json:
            conn.execute(
                "UPDATE reports SET scanned_at = ?, run_id = ? WHERE id = ?", (now, self.run_id, current[0])
            )
        else:
            if current is not None:
                conn.execute("UPDATE reports SET is_current = 0 WHERE id = ?", (current[0],))
            row.update(run_id=self.run_id, scanned_at=now, is_current=1, record_json=record_json)
            placeholders = ", ".join("?" for _ in _COLUMNS)
            cur = conn.execute(
                f"INSERT INTO reports({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                [row[c] for c in _COLUMNS],
            )
            report_id = int(cur.lastrowid or 0)
            self._add_findings(report_id, record)
            insert_specimens(conn, specimen_rows(report_id, record))
        self._pending += 1
        if self._pending >= BATCH_RECORDS or time.monotonic() - self._last_commit >= BATCH_SECONDS:
            self.commit()

    def _add_findings(self, report_id: int, record: dict[str, Any]) -> None:
        rows = [
            (
                report_id,
                i,
                e.get("finding"),
                e.get("value"),
                e.get("page"),
                None if self.redact else storable(e.get("text") or ""),
                e.get("section"),
                e.get("ocr_confidence"),
            )
            for i, e in enumerate(record.get("evidence") or [])
        ]
        self.conn.executemany(
            "INSERT INTO findings(report_id, ordinal, kind, value, page, quoted_text, section, ocr_confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def commit(self) -> None:
        if self._pending:
            self.conn.execute("COMMIT")
            self._pending = 0
        self._last_commit = time.monotonic()

    def finish_run(self, inputs: int, skipped: int, state: str = "done") -> None:
        self.commit()
        self.conn.execute(
            "UPDATE runs SET finished_at = ?, state = ?, inputs = ?, skipped = ? WHERE id = ?",
            (_now(), state, inputs, skipped, self.run_id),
        )

    def close(self, state: str = "done") -> None:
        if self._conn is not None:
            try:
                self.commit()
                self._conn.execute(
                    "UPDATE runs SET state = ? WHERE id = ? AND state = 'running'", (state, self.run_id)
                )
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None
        self._unlock()


def _statements(script: str) -> Iterator[str]:
    """The DDL split into statements (sqlite3.complete_statement finds where each ends)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer:
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
