"""The caseload database (issue 14): `her2cli scan PATHS -o results.db`.

Record counts and values equal the JSONL output on the sample reports; re-runs skip unchanged
files, a changed file adds history with the newest row current; a run killed with SIGKILL leaves
a database that `PRAGMA integrity_check` accepts and that a re-run with --resume completes; a
second writer gets a clear message; the README's example queries answer on the sample reports.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from her2cli.cli import app
from her2cli.render.sqlite_ import DDL, SCHEMA_VERSION, CaseloadDatabase

from . import hostile
from .conftest import ROOT, SAMPLES

runner = CliRunner()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def scan(*args: str) -> Any:
    return runner.invoke(app, ["scan", "--quiet", *args])


def query(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def sample_outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """The sample reports scanned once to a database and once to JSONL."""
    folder = tmp_path_factory.mktemp("samples")
    db = folder / "results.db"
    jsonl = folder / "results.jsonl"
    assert scan(str(SAMPLES), "-o", str(db)).exit_code == 0
    assert scan(str(SAMPLES), "-o", str(jsonl)).exit_code == 0
    return db, [json.loads(line) for line in jsonl.read_text().splitlines()]


def test_counts_and_values_equal_the_jsonl_output(sample_outputs: tuple[Path, list[dict[str, Any]]]) -> None:
    db, records = sample_outputs
    assert query(db, "SELECT count(*), sum(is_current) FROM reports") == [(len(records), len(records))]
    assert query(db, "SELECT count(*) FROM findings") == [(sum(len(r["evidence"]) for r in records),)]
    rows = {
        r[0]: r[1:]
        for r in query(
            db,
            "SELECT path, status, cancer_type, ihc_score, ish_ratio, ngs_copy_number, kras, sha256, record_json FROM reports",
        )
    }
    for record in records:
        status, cancer, ihc, ratio, copies, kras, sha, record_json = rows[record["file"]]
        assert (status, cancer, kras, sha) == (
            record["status"],
            record["cancer_type"],
            record["related"]["kras"],
            record["source"]["sha256"],
        )
        assert ihc == (record["ihc"] or {}).get("score")
        assert ratio == (record["ish"] or {}).get("ratio")
        assert copies == (record["ngs"] or {}).get("copy_number")
        assert json.loads(record_json) == {k: v for k, v in record.items() if k != "file"}
    by_status = dict(query(db, "SELECT status, count(*) FROM latest GROUP BY status"))
    expected: dict[str, int] = {}
    for record in records:
        expected[record["status"]] = expected.get(record["status"], 0) + 1
    assert by_status == expected
    evidence_pages = sorted((r["file"], e["page"], e["finding"]) for r in records for e in r["evidence"])
    assert (
        sorted(
            query(db, "SELECT r.path, f.page, f.kind FROM findings f JOIN reports r ON r.id = f.report_id")
        )
        == evidence_pages
    )


SPECIMEN_COLUMNS = ("label", "ihc", "ish", "call", "page")


def stored_specimens(db: Path, where: str = "1", *params: Any) -> dict[int, list[dict[str, Any]]]:
    """report id -> its specimen rows as the JSON contract's objects, in stored order."""
    rows = query(
        db,
        f"SELECT report_id, {', '.join(SPECIMEN_COLUMNS)} FROM specimens WHERE {where} ORDER BY report_id, ordinal",
        *params,
    )
    by_report: dict[int, list[dict[str, Any]]] = {}
    for report_id, *values in rows:
        by_report.setdefault(report_id, []).append(dict(zip(SPECIMEN_COLUMNS, values, strict=True)))
    return by_report


def test_specimens_equal_the_jsonl_specimens(sample_outputs: tuple[Path, list[dict[str, Any]]]) -> None:
    db, records = sample_outputs
    assert any(len(r["specimens"]) >= 2 for r in records), "no sample report has several specimens"
    assert query(db, "SELECT count(*) FROM specimens") == [(sum(len(r["specimens"]) for r in records),)]
    ids = dict(query(db, "SELECT path, id FROM reports"))
    stored = stored_specimens(db)
    for record in records:
        assert stored.get(ids[record["file"]], []) == record["specimens"], record["file"]
    disagree = {Path(p).name for (p,) in query(db, "SELECT path FROM specimens_disagree")}
    assert disagree == {Path(r["file"]).name for r in records if len({s["call"] for s in r["specimens"]}) > 1}


TWO_PARTS = "Breast, left, core biopsy: invasive ductal carcinoma.\nPart A: HER2 (4B5): {a}.\nPart B: HER2 (4B5): {b}.\n"


def test_history_keeps_each_report_rows_specimens(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / "two_parts.txt"
    report.write_text(TWO_PARTS.format(a="1+ negative", b="3+ positive"))
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    [(first_id,)] = query(db, "SELECT id FROM reports")
    first = stored_specimens(db)[first_id]
    assert [(s["label"], s["ihc"], s["call"]) for s in first] == [
        ("Part A", "1+", "negative"),
        ("Part B", "3+", "positive"),
    ]
    assert query(db, "SELECT id, specimen_calls FROM specimens_disagree") == [
        (first_id, "Part A: negative; Part B: positive")
    ]
    report.write_text(TWO_PARTS.format(a="0 negative", b="1+ negative"))  # a revised report
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    [(second_id,)] = query(db, "SELECT id FROM reports WHERE is_current = 1")
    stored = stored_specimens(db)
    assert stored[first_id] == first  # the history row keeps its own specimens
    assert [(s["label"], s["ihc"], s["call"]) for s in stored[second_id]] == [
        ("Part A", "0", "negative"),
        ("Part B", "1+", "negative"),
    ]
    assert query(db, "SELECT count(*) FROM specimens_disagree") == [(0,)]  # current rows only, calls agree


def test_a_schema_1_database_is_upgraded_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "two_parts.txt").write_text(TWO_PARTS.format(a="1+ negative", b="3+ positive"))
    (folder / "one.txt").write_text(hostile.NEGATIVE_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    before = stored_specimens(db)
    assert sum(map(len, before.values())) == 2
    conn = sqlite3.connect(db)  # what a schema 1 writer left: no specimens table or view
    conn.executescript(
        "DROP VIEW specimens_disagree; DROP TABLE specimens; PRAGMA user_version = 1;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version';"
    )
    conn.close()
    again = runner.invoke(app, ["scan", str(folder), "-o", str(db)])
    assert again.exit_code == 0 and "2 unchanged (skipped)" in again.stderr
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(3,)]
    assert query(db, "SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]
    assert stored_specimens(db) == before  # filled in from the stored records, no new history rows
    assert query(db, "SELECT count(*) FROM reports") == [(2,)]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_a_database_from_a_newer_her2cli_is_refused_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    result = runner.invoke(app, ["scan", str(folder), "-o", str(db), "--force"])
    assert result.exit_code == 2 and "made by a newer her2cli" in result.stderr
    assert query(db, "SELECT count(*) FROM runs") == [(1,)]


def test_the_database_is_owner_only_and_healthy(sample_outputs: tuple[Path, list[dict[str, Any]]]) -> None:
    db, _ = sample_outputs
    assert db.stat().st_mode & 0o777 == 0o600
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA journal_mode") == [("wal",)]
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(3,)]
    assert query(db, "SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]


def test_readme_example_queries(sample_outputs: tuple[Path, list[dict[str, Any]]]) -> None:
    db, records = sample_outputs
    positive_kras_wt = {
        Path(p).name for (p,) in query(db, "SELECT path FROM positives WHERE kras = 'wild-type'")
    }
    assert "crc_resection_ihc3_ngs_amp.pdf" in positive_kras_wt
    assert positive_kras_wt == {
        Path(r["file"]).name
        for r in records
        if r["status"] == "positive" and r["related"]["kras"] == "wild-type"
    }
    no_result = {Path(p).name for (p,) in query(db, "SELECT path FROM not_found")}
    assert "crc_no_her2_mention.pdf" in no_result and "crc_resection_ihc3_ngs_amp.pdf" not in no_result


def test_a_rerun_skips_unchanged_files_and_a_changed_file_adds_history(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.NEGATIVE_TEXT)
    (folder / "b.txt").write_text(hostile.NOT_FOUND_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    second = runner.invoke(app, ["scan", str(folder), "-o", str(db)])
    assert second.exit_code == 0 and "2 unchanged (skipped)" in second.stderr
    assert query(db, "SELECT count(*) FROM reports") == [(2,)]
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)  # the lab sent a revised report
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    rows = query(
        db, "SELECT status, is_current FROM reports WHERE path = ? ORDER BY id", str(folder / "a.txt")
    )
    assert rows == [("negative", 0), ("positive", 1)]
    assert query(db, "SELECT path, previous_status, status FROM changes") == [
        (str(folder / "a.txt"), "negative", "positive")
    ]
    assert query(db, "SELECT count(*), sum(state = 'done') FROM runs") == [(3, 3)]


def test_force_reads_everything_again_without_duplicating_unchanged_results(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    [(first_scan,)] = query(db, "SELECT scanned_at FROM reports")
    forced = runner.invoke(app, ["scan", str(folder), "-o", str(db), "--force"])
    assert forced.exit_code == 0 and "0 unchanged" in forced.stderr
    [(count, scanned_at)] = query(db, "SELECT count(*), max(scanned_at) FROM reports")
    assert count == 1 and scanned_at > first_scan


def test_errors_are_rows_and_are_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    hostile.make_truncated_pdf(folder, 0.5, name="b_damaged.pdf")
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 3  # a.txt read, b_damaged.pdf not (PARTIAL)
    assert query(db, "SELECT count(*) FROM errors") == [(1,)]
    again = runner.invoke(app, ["scan", str(folder), "-o", str(db)])
    assert again.exit_code == 3 and "1 unchanged (skipped)" in again.stderr
    assert query(db, "SELECT count(*) FROM reports") == [(2,)]  # the same error again is not new history


def test_redact_keeps_quoted_text_out(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db), "--redact").exit_code == 0
    assert query(db, "SELECT count(*), count(quoted_text) FROM findings")[0][1] == 0
    assert query(db, "SELECT count(*) FROM findings")[0][0] >= 1
    [(record_json,)] = query(db, "SELECT record_json FROM reports")
    assert all(e["text"] == "" for e in json.loads(record_json)["evidence"])


def test_a_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    db = tmp_path / "case.db"
    with CaseloadDatabase(db):
        busy = runner.invoke(app, ["scan", str(folder), "-o", str(db)])
    assert busy.exit_code == 2
    assert "another her2cli scan is writing to this database" in busy.stderr
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert scan(str(folder), "-o", str(db)).exit_code == 0  # and once the first is done, it works


def test_a_file_that_is_not_a_caseload_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    not_db = tmp_path / "notes.db"
    not_db.write_text("my notes, not a database\n" * 100)
    result = runner.invoke(app, ["scan", str(folder), "-o", str(not_db)])
    assert result.exit_code == 2 and "not a SQLite database" in result.stderr
    assert not_db.read_text().startswith("my notes")
    assert (
        not_db.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    )  # refused files are left exactly as they were
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    result = runner.invoke(app, ["scan", str(folder), "-o", str(other)])
    assert result.exit_code == 2 and "not a her2cli one" in result.stderr


def test_sqlite_needs_an_output_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "sqlite"])
    assert result.exit_code == 2


def test_schema_format_sqlite_is_the_ddl_that_runs() -> None:
    result = runner.invoke(app, ["schema", "--format", "sqlite"])
    assert result.exit_code == 0 and result.stdout == DDL
    conn = sqlite3.connect(":memory:")
    conn.executescript(result.stdout)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "reports",
        "findings",
        "runs",
        "meta",
        "latest",
        "positives",
        "not_found",
        "errors",
        "changes",
        "specimens",
        "specimens_disagree",
    } <= names


def wait_for_the_lock_to_be_released(db: Path, seconds: float = 120.0) -> None:
    """The killed scan's forked workers share its lock until the kernel has ended them too.

    `proc.wait` returns when the parent is gone; a worker the loaded machine has not yet scheduled
    to die still holds the lock, and a re-run in that instant is rightly told another scan writes.
    """
    import fcntl

    deadline = time.monotonic() + seconds
    fd = os.open(db, os.O_RDONLY)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                assert time.monotonic() < deadline, "the killed scan's lock was never released"
                time.sleep(0.05)
            else:
                return
    finally:
        os.close(fd)  # releases the flock taken here


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_run_leaves_a_valid_database_that_resume_completes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    total = 400
    for i in range(total):
        (folder / f"r{i:03d}.txt").write_text(hostile.POSITIVE_TEXT if i % 2 else hostile.NEGATIVE_TEXT)
    db = tmp_path / "case.db"
    cmd = [sys.executable, "-m", "her2cli", "scan", "--quiet", "--jobs", "1", str(folder), "-o", str(db)]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    done = query(db, "SELECT count(*) FROM reports")[0][0]
                except sqlite3.OperationalError:
                    done = 0
            if done >= 40:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the scan finished before it could be killed; give it more files"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    [(kept,)] = query(db, "SELECT count(*) FROM reports")
    assert done <= kept < total
    assert query(db, "SELECT state FROM runs") == [("running",)]  # killed: never marked done
    wait_for_the_lock_to_be_released(db)
    resumed = runner.invoke(app, ["scan", str(folder), "-o", str(db), "--resume"])
    assert resumed.exit_code == 0, resumed.stderr
    assert f"{kept} unchanged (skipped)" in resumed.stderr
    assert query(db, "SELECT count(*), count(DISTINCT path), sum(is_current) FROM reports") == [
        (total, total, total)
    ]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_an_existing_database_becomes_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(hostile.POSITIVE_TEXT)
    db = tmp_path / "case.db"
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    db.chmod(0o644)
    assert scan(str(folder), "-o", str(db)).exit_code == 0
    assert db.stat().st_mode & 0o777 == 0o600
