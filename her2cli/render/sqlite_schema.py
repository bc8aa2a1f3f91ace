"""The caseload database's schema: its DDL, its version, and the upgrade of an older database.

Version 2 added the `specimens` table and the `specimens_disagree` view (issue 14, after the JSON
contract 1.1 added per-specimen results); version 3 added the `reports` columns `er`, `pr` and
`notes` (the JSON contract 1.4's `related.er`, `related.pr` and `notes`). Every change so far only
adds tables, views and columns, so an older database is upgraded in place, in the writer's opening
transaction: the DDL creates what is missing, missing columns are added, and the new values of the
reports already stored are filled in from their `record_json` (the whole record, kept for this). A database from a newer her2cli is refused by the
writer; nothing here ever drops or rewrites a row.

Views hold no rows, only a query: a view whose stored definition is not the DDL's (the `positives`,
`not_found` and `specimens_disagree` views of a schema 1-3 writer before session 8, without the
`er` and `pr` columns the table has) is dropped and created again from the DDL on every open
(`refresh_views`), so an upgraded database answers the same queries as a new one.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from typing import Any

SCHEMA_VERSION = 3

DDL = """\
-- her2cli caseload database, schema version 3 (`her2cli schema --format sqlite`)
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,              -- UTC, ISO 8601
    finished_at     TEXT,                       -- NULL while running, or when the run was killed
    state           TEXT NOT NULL,              -- running | done | interrupted
    her2cli_version TEXT NOT NULL,
    inputs          INTEGER NOT NULL DEFAULT 0,
    skipped         INTEGER NOT NULL DEFAULT 0  -- unchanged inputs not read again
);
CREATE TABLE IF NOT EXISTS reports (
    id                   INTEGER PRIMARY KEY,
    run_id               INTEGER NOT NULL REFERENCES runs(id),
    path                 TEXT NOT NULL,         -- as given on the command line or found in a folder
    sha256               TEXT,                  -- of the file's bytes; NULL when it could not be read
    scanned_at           TEXT NOT NULL,         -- UTC, ISO 8601
    is_current           INTEGER NOT NULL DEFAULT 1,  -- 1 for the newest row of each path
    status               TEXT NOT NULL,         -- positive | negative | equivocal | not_found
    cancer_type          TEXT,
    her2_low             INTEGER,
    her2_ultralow        INTEGER,
    rule                 TEXT,
    rule_name            TEXT,
    status_test          TEXT,
    status_reason        TEXT,
    ihc_score            TEXT,
    ihc_score_range      TEXT,
    ihc_percent_cells    REAL,
    ihc_clone            TEXT,
    ihc_lab_call         TEXT,
    ish_result           TEXT,
    ish_method           TEXT,
    ish_ratio            REAL,
    ish_her2_copy_number REAL,
    ish_cep17_copy_number REAL,
    ish_cells_counted    INTEGER,
    ish_group            INTEGER,
    ngs_amplification    TEXT,
    ngs_copy_number      REAL,
    ngs_mutations        TEXT,                  -- ';'-separated
    ngs_vus              TEXT,                  -- ';'-separated
    ctdna                INTEGER,
    kras                 TEXT,
    nras                 TEXT,
    braf                 TEXT,
    msi                  TEXT,
    mmr                  TEXT,
    er                   TEXT,                  -- schema 3, breast only: positive | low_positive | negative | mixed
    pr                   TEXT,                  -- schema 3, as er (the JSON record's related.er / related.pr)
    source_kind          TEXT,
    pages                INTEGER,
    ocr_pages            TEXT,                  -- JSON array
    warning_codes        TEXT,                  -- JSON array
    warnings             TEXT,                  -- JSON array
    notes                TEXT,                  -- schema 3: JSON array, the summary's notes in the scan's --lang
    error_kind           TEXT,
    error_message        TEXT,
    schema_version       TEXT,
    her2cli_version      TEXT,
    record_json          TEXT NOT NULL          -- the whole JSON record (quoted text removed with --redact)
);
CREATE UNIQUE INDEX IF NOT EXISTS reports_one_current ON reports(path) WHERE is_current = 1;
CREATE INDEX IF NOT EXISTS reports_status ON reports(status) WHERE is_current = 1;
CREATE TABLE IF NOT EXISTS findings (
    id             INTEGER PRIMARY KEY,
    report_id      INTEGER NOT NULL REFERENCES reports(id),
    ordinal        INTEGER NOT NULL,            -- position in the record's evidence list
    kind           TEXT NOT NULL,               -- ihc | ish | ngs | mutation | her2_low | status_statement
    value          TEXT,
    page           INTEGER,
    quoted_text    TEXT,                        -- NULL with --redact
    section        TEXT,
    ocr_confidence REAL
);
CREATE INDEX IF NOT EXISTS findings_report ON findings(report_id);
CREATE TABLE IF NOT EXISTS specimens (     -- schema 2: the record's `specimens` list (JSON contract 1.1)
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    ordinal   INTEGER NOT NULL,                 -- position in the record's specimens list (report order)
    label     TEXT NOT NULL,                    -- as the report names it: A, Block A3, Left breast
    ihc       TEXT,                             -- 0 | 1+ | 2+ | 3+
    ish       TEXT,                             -- amplified | not_amplified | equivocal
    call      TEXT NOT NULL,                    -- this specimen's status by the same rules
    page      INTEGER
);
CREATE INDEX IF NOT EXISTS specimens_report ON specimens(report_id);
CREATE VIEW IF NOT EXISTS latest AS
    SELECT * FROM reports WHERE is_current = 1;
CREATE VIEW IF NOT EXISTS positives AS
    SELECT id, path, cancer_type, rule, status_test, ihc_score, ish_result, ish_ratio, ngs_amplification,
           ngs_copy_number, ctdna, kras, nras, braf, msi, mmr, er, pr, scanned_at
    FROM reports WHERE is_current = 1 AND status = 'positive';
CREATE VIEW IF NOT EXISTS not_found AS
    SELECT id, path, cancer_type, er, pr, warning_codes, scanned_at
    FROM reports WHERE is_current = 1 AND status = 'not_found' AND error_kind IS NULL;
CREATE VIEW IF NOT EXISTS errors AS
    SELECT id, path, error_kind, error_message, scanned_at
    FROM reports WHERE is_current = 1 AND error_kind IS NOT NULL;
CREATE VIEW IF NOT EXISTS changes AS
    SELECT path, previous_status, status, previous_sha256, sha256, previous_scanned_at, scanned_at
    FROM (SELECT path, status, sha256, scanned_at, is_current,
                 LAG(status) OVER byPath AS previous_status,
                 LAG(sha256) OVER byPath AS previous_sha256,
                 LAG(scanned_at) OVER byPath AS previous_scanned_at,
                 LAG(id) OVER byPath AS previous_id
          FROM reports WINDOW byPath AS (PARTITION BY path ORDER BY id))
    WHERE is_current = 1 AND previous_id IS NOT NULL;
CREATE VIEW IF NOT EXISTS specimens_disagree AS
    SELECT r.id, r.path, r.cancer_type, r.status, r.er, r.pr,
           group_concat(s.label || ': ' || s.call, '; ') AS specimen_calls, r.scanned_at
    FROM reports r JOIN (SELECT * FROM specimens ORDER BY report_id, ordinal) s ON s.report_id = r.id
    WHERE r.is_current = 1
    GROUP BY r.id HAVING count(DISTINCT s.call) > 1;
"""


def storable(text: str) -> str:
    """Text SQLite can store as UTF-8: undecodable file-name bytes (lone surrogates) as \\xNN."""
    if not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return text
    return "".join(
        (f"\\x{ord(ch) - 0xDC00:02x}" if ord(ch) >= 0xDC80 else f"\\u{ord(ch):04x}")
        if 0xD800 <= ord(ch) <= 0xDFFF
        else ch
        for ch in text
    )


def specimen_rows(report_id: int, record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The `specimens` rows of one record, in the record's (report) order."""
    return [
        (
            report_id,
            i,
            storable(s.get("label") or ""),
            s.get("ihc"),
            s.get("ish"),
            s.get("call") or "not_found",
            s.get("page"),
        )
        for i, s in enumerate(record.get("specimens") or [])
    ]


def insert_specimens(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO specimens(report_id, ordinal, label, ihc, ish, call, page) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


# reports columns added after version 1: (schema version, column, type)
ADDED_COLUMNS = (
    (3, "er", "TEXT"),
    (3, "pr", "TEXT"),
    (3, "notes", "TEXT"),
)


def receptor_and_note_values(record: dict[str, Any]) -> tuple[Any, Any, str]:
    """The schema 3 columns of one record: er, pr and notes (a JSON array)."""
    related = record.get("related") or {}
    return related.get("er"), related.get("pr"), json.dumps(record.get("notes") or [], ensure_ascii=False)


def upgrade(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a database of an older schema up to SCHEMA_VERSION, inside the caller's transaction.

    Call after the DDL has run (it creates the tables and views a version lacks, not the columns
    an existing table lacks). Version 0 is a new file (nothing stored yet); version 1 lacks
    specimen rows for the reports already stored; versions 1 and 2 lack the `er`, `pr` and
    `notes` columns, added here and filled in from each stored row's record_json (every row,
    history too; no row is added or removed). Every version's views are then made the DDL's
    (refresh_views).
    """
    if 1 <= from_version < 2:
        for report_id, record_json in conn.execute(
            "SELECT id, record_json FROM reports WHERE id NOT IN (SELECT report_id FROM specimens)"
        ).fetchall():
            insert_specimens(conn, specimen_rows(int(report_id), json.loads(record_json)))
    if 1 <= from_version < 3:
        present = {row[1] for row in conn.execute("PRAGMA table_info(reports)")}
        for _version, column, kind in ADDED_COLUMNS:
            if column not in present:
                conn.execute(f"ALTER TABLE reports ADD COLUMN {column} {kind}")
        rows = conn.execute("SELECT id, record_json FROM reports").fetchall()
        conn.executemany(
            "UPDATE reports SET er = ?, pr = ?, notes = ? WHERE id = ?",
            [(*receptor_and_note_values(json.loads(text)), report_id) for report_id, text in rows],
        )
    refresh_views(conn)


@cache
def view_definitions() -> dict[str, str]:
    """Each view's definition as SQLite stores it (sqlite_master.sql, normalised: no IF NOT
    EXISTS), read from an in-memory database made from the DDL."""
    mem = sqlite3.connect(":memory:")
    try:
        mem.executescript(DDL)
        return dict(mem.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    finally:
        mem.close()


def refresh_views(conn: sqlite3.Connection) -> None:
    """Drop and create again, inside the caller's transaction, every view of the DDL whose stored
    definition differs from it (an older writer's view lacks columns the table has since gained).
    A view holds no rows, so nothing stored changes."""
    stored = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    for name, sql in view_definitions().items():
        if stored.get(name) != sql:
            conn.execute(f'DROP VIEW IF EXISTS "{name}"')
            conn.execute(sql)
