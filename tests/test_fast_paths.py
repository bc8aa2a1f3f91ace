"""The fast paths of a batch (issue 13) give exactly the output of the full path: a CSV scan
leaves out the patient explanation (CSV has no column for it), and `explain --json` gets the
record as a dict from its worker instead of a Result to convert."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from her2cli.api import explain_file
from her2cli.render.csv_ import csv_line
from her2cli.render.json_ import result_json

from .conftest import SAMPLES

REPORTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt") and p.name != "MANIFEST.md")


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_a_csv_row_is_the_same_with_only_the_record_explanation(report: object) -> None:
    # CSV layout 2 carries er, pr and notes (summary7), which the explanation gives: scan asks its
    # workers for the record explanation only (facts, meaning, questions, notes), never the whole one
    path = str(report)
    full = explain_file(path)
    record = explain_file(path, explanation="record")
    lean = explain_file(path, explanation=False)
    assert full.meaning is not None and lean.meaning is None and lean.questions is None
    assert record.explanation is None and record.notes == full.notes
    for redact in (False, True):
        assert csv_line(record.to_dict(), redact=redact) == csv_line(full.to_dict(), redact=redact)


def test_explain_json_prints_the_record_of_the_full_result() -> None:
    for report in REPORTS[:: max(1, len(REPORTS) // 6)]:
        run = subprocess.run(
            [sys.executable, "-m", "her2cli", "explain", str(report), "--json"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        expected = json.loads(result_json(explain_file(str(report))))
        assert json.loads(run.stdout) == expected


def test_explain_json_with_save_still_writes_the_summary(tmp_path: object) -> None:
    """--json alone takes the record-only path; with --save the summary needs the whole Result."""
    from pathlib import Path

    report = REPORTS[0]
    page = Path(str(tmp_path)) / "summary.html"
    run = subprocess.run(
        [sys.executable, "-m", "her2cli", "explain", str(report), "--json", "--save", str(page)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == json.loads(result_json(explain_file(str(report))))
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
