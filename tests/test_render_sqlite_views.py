"""The caseload database's views carry the `er` and `pr` columns its `reports` table has had since
schema 3 (left8): `positives`, `not_found` and `specimens_disagree` name them, and `latest` (SELECT *)
has them too. A database whose views an older writer made (without er/pr, under the same schema
version 3 or an older one) gets the new views on its next open: views hold no rows, so they are
dropped and created again from the DDL, and no stored row changes. A database whose views are
already the DDL's is left as it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from her2cli.cli import app
from her2cli.render.sqlite_schema import view_definitions

runner = CliRunner()

POSITIVE_BREAST = (
    "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
    "ER positive (95%), PR positive (40%).\nHER2 IHC (4B5): score 3+ (positive).\n"
)
NOT_FOUND_BREAST = (
    "Right breast, core biopsy: invasive lobular carcinoma.\nER positive (80%), PR negative (0%).\n"
    "HER2 testing has been sent out; an addendum will follow.\n"
)
# near-miss: a colon report has no ER/PR; its columns stay empty in every view
POSITIVE_COLON = (
    "Colon, sigmoid, resection: adenocarcinoma.\nHER2 IHC 3+ in 70% of tumour cells (HERACLES).\n"
)

# the views as the schema 3 writer before session 8 made them (no er/pr columns)
OLD_VIEWS = """
DROP VIEW positives; DROP VIEW not_found;
CREATE VIEW positives AS
    SELECT id, path, cancer_type, rule, status_test, ihc_score, ish_result, ish_ratio, ngs_amplification,
           ngs_copy_number, ctdna, kras, nras, braf, msi, mmr, scanned_at
    FROM reports WHERE is_current = 1 AND status = 'positive';
CREATE VIEW not_found AS
    SELECT id, path, cancer_type, warning_codes, scanned_at
    FROM reports WHERE is_current = 1 AND status = 'not_found' AND error_kind IS NULL;
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "positive_breast.txt").write_text(POSITIVE_BREAST, encoding="utf-8")
    (folder / "not_found_breast.txt").write_text(NOT_FOUND_BREAST, encoding="utf-8")
    (folder / "positive_colon.txt").write_text(POSITIVE_COLON, encoding="utf-8")
    out = tmp_path / "case.db"
    result = runner.invoke(app, ["scan", "--quiet", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def columns(db: Path, view: str) -> list[str]:
    return [row[1] for row in query(db, f"PRAGMA table_info({view})")]


def by_name(db: Path, sql: str) -> dict[str, tuple[Any, ...]]:
    return {Path(row[0]).name: tuple(row[1:]) for row in query(db, sql)}


def test_every_view_that_names_report_columns_has_er_and_pr(db: Path) -> None:
    for view in ("latest", "positives", "not_found", "specimens_disagree"):
        assert {"er", "pr"} <= set(columns(db, view)), view
    assert by_name(db, "SELECT path, cancer_type, er, pr FROM positives") == {
        "positive_breast.txt": ("breast", "positive", "positive"),
        "positive_colon.txt": ("colorectal", None, None),
    }
    assert by_name(db, "SELECT path, er, pr FROM not_found") == {
        "not_found_breast.txt": ("positive", "negative")
    }


def test_views_of_an_older_writer_are_made_again_and_no_row_changes(db: Path) -> None:
    rows = query(db, "SELECT * FROM reports ORDER BY id")
    findings = query(db, "SELECT * FROM findings ORDER BY id")
    conn = sqlite3.connect(db)
    conn.executescript(OLD_VIEWS)
    conn.close()
    assert "er" not in columns(db, "positives") and "er" not in columns(db, "not_found")
    folder = db.parent / "in"
    again = runner.invoke(app, ["scan", str(folder), "-o", str(db)])
    assert again.exit_code == 0 and "3 unchanged (skipped)" in again.stderr
    assert {"er", "pr"} <= set(columns(db, "positives")) and {"er", "pr"} <= set(columns(db, "not_found"))
    assert by_name(db, "SELECT path, er, pr FROM positives")["positive_breast.txt"] == (
        "positive",
        "positive",
    )
    assert query(db, "SELECT * FROM reports ORDER BY id") == rows  # no row rewritten
    assert query(db, "SELECT * FROM findings ORDER BY id") == findings
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_views_already_current_are_the_ddls_and_stay(db: Path) -> None:
    stored = dict(query(db, "SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
    assert stored == view_definitions()
    folder = db.parent / "in"
    assert runner.invoke(app, ["scan", "--quiet", str(folder), "-o", str(db)]).exit_code == 0
    assert dict(query(db, "SELECT name, sql FROM sqlite_master WHERE type = 'view'")) == stored
