"""ER/PR and the summary's notes in every export (summary7): the JSON record has carried them since
contract 1.4 (`related.er`, `related.pr`, `notes`); the CSV output (layout 2: columns `er`, `pr`,
`notes`) and the SQLite caseload database (schema 3: `reports.er`, `reports.pr`, `reports.notes`)
now carry the same values, in the scan's --lang. A database written by the previous schema (2)
still opens: the next scan adds the three columns and fills them in from each stored row's
record, keeping every row (history too) and reading no file again.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from her2cli.cli import app
from her2cli.render.csv_ import CSV_COLUMNS
from her2cli.render.sqlite_ import SCHEMA_VERSION

runner = CliRunner()

# a breast report whose current (residual) result differs from the one before treatment: ER/PR
# of the residual tumor and a note about the earlier result
AFTER_TREATMENT = (
    "SURGICAL PATHOLOGY\n"
    "Left breast, mastectomy after neoadjuvant chemotherapy: residual invasive ductal carcinoma, 1.2 cm.\n"
    "Pre-treatment core biopsy (03/2026): HER2 IHC 3+ (positive).\n"
    "Residual tumor: ER positive (90%), PR negative (0%).\n"
    "HER2 IHC (4B5) retest on residual tumor: score 1+ (negative).\n"
)
# near-miss: not breast, no note: ER/PR stay empty, notes an empty list
COLON = "Colon, sigmoid, resection: adenocarcinoma.\nHER2 IHC (HERACLES): 0, negative.\nKRAS: wild-type.\n"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "after_treatment.txt").write_text(AFTER_TREATMENT, encoding="utf-8")
    (folder / "colon.txt").write_text(COLON, encoding="utf-8")
    return folder


def scan(*args: str) -> Any:
    result = runner.invoke(app, ["scan", "--quiet", *args])
    assert result.exit_code == 0, result.output
    return result


def jsonl_records(folder: Path, lang: str = "en") -> dict[str, dict[str, Any]]:
    out = scan(str(folder), "--format", "jsonl", "--lang", lang).stdout
    return {Path(r["file"]).name: r for r in map(json.loads, out.splitlines())}


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_csv_has_the_records_er_pr_and_notes(reports: Path, lang: str) -> None:
    records = jsonl_records(reports, lang)
    out = scan(str(reports), "--format", "csv", "--lang", lang).stdout
    rows = {Path(r["file"]).name: r for r in csv.DictReader(io.StringIO(out, newline=""))}
    assert {"er", "pr", "notes"} <= set(CSV_COLUMNS) and list(next(iter(rows.values()))) == list(CSV_COLUMNS)
    after = rows["after_treatment.txt"]
    assert (after["er"], after["pr"]) == ("positive", "negative")
    notes = records["after_treatment.txt"]["notes"]
    assert len(notes) == 1 and after["notes"] == notes[0]
    assert ("antes del tratamiento" if lang == "es" else "before treatment") in after["notes"]
    colon = rows["colon.txt"]
    assert (colon["er"], colon["pr"], colon["notes"]) == ("", "", "")
    assert records["colon.txt"]["notes"] == []


def test_sqlite_reports_have_the_records_er_pr_and_notes(reports: Path, tmp_path: Path) -> None:
    records = jsonl_records(reports)
    db = tmp_path / "case.db"
    scan(str(reports), "-o", str(db))
    stored = {
        Path(p).name: (er, pr, json.loads(n))
        for p, er, pr, n in query(db, "SELECT path, er, pr, notes FROM reports")
    }
    for name, record in records.items():
        assert stored[name] == (record["related"]["er"], record["related"]["pr"], record["notes"]), name
    assert stored["after_treatment.txt"][:2] == ("positive", "negative")


def make_schema_2(db: Path) -> None:
    """What the previous writer (schema 2) left: no er, pr or notes columns (and no views that
    name them: they are made again on the next open)."""
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP VIEW positives; DROP VIEW not_found; DROP VIEW specimens_disagree;"
        "ALTER TABLE reports DROP COLUMN er; ALTER TABLE reports DROP COLUMN pr;"
        "ALTER TABLE reports DROP COLUMN notes; PRAGMA user_version = 2;"
        "UPDATE meta SET value = '2' WHERE key = 'schema_version';"
    )
    conn.close()


def test_a_schema_2_database_opens_keeps_its_rows_and_gains_the_columns(
    reports: Path, tmp_path: Path
) -> None:
    db = tmp_path / "case.db"
    scan(str(reports), "-o", str(db))
    (reports / "colon.txt").write_text(COLON.replace("0, negative", "1+, negative"), encoding="utf-8")
    scan(str(reports), "-o", str(db))  # a history row for the changed file
    before = query(db, "SELECT id, path, status, is_current, record_json FROM reports ORDER BY id")
    filled = query(db, "SELECT id, er, pr, notes FROM reports ORDER BY id")
    assert len(before) == 3
    make_schema_2(db)
    columns = {row[1] for row in query(db, "PRAGMA table_info(reports)")}
    assert not {"er", "pr", "notes"} & columns
    again = runner.invoke(app, ["scan", str(reports), "-o", str(db)])
    assert again.exit_code == 0 and "2 unchanged (skipped)" in again.stderr
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(3,)]
    assert query(db, "SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]
    assert query(db, "SELECT id, path, status, is_current, record_json FROM reports ORDER BY id") == before
    assert query(db, "SELECT id, er, pr, notes FROM reports ORDER BY id") == filled
    assert query(db, "SELECT count(*) FROM latest WHERE er = 'positive'") == [(1,)]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
