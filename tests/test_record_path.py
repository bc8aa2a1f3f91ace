"""A worker whose result only becomes a JSON or CSV record (scan, explain --json) builds only
what the record carries (issue 13): the facts, `meaning` and `questions`, not the whole patient
explanation. The record must be exactly the one the full path gives, in both languages, and a
renderer that later asks for the explanation must get the one the full path would have built."""

from __future__ import annotations

from pathlib import Path

import pytest

from her2cli.api import explain_document, explain_file
from her2cli.batch import WorkOptions, process_one
from her2cli.explain import explanation_for
from her2cli.sources import load_document

ROOT = Path(__file__).resolve().parents[1]
REPORTS = (
    sorted((ROOT / "sample_reports").glob("*.txt"))
    + sorted((ROOT / "tests" / "devset4" / "texts").glob("*.txt"))[:40]
)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
def test_the_record_path_gives_the_full_paths_record(path: Path, lang: str) -> None:
    doc = load_document(str(path))
    full = explain_document(doc, lang=lang)
    record = explain_document(doc, lang=lang, explanation="record")
    assert record.to_dict() == full.to_dict()
    assert record.explanation is None and full.explanation is not None
    assert explanation_for(record, lang) == full.explanation


def test_a_scan_worker_sends_the_full_paths_record() -> None:
    pdf = ROOT / "sample_reports" / "breast_core_biomarker_table_ihc3.pdf"
    assert process_one(str(pdf), WorkOptions()) == explain_file(str(pdf)).to_dict()


def test_no_explanation_still_means_none() -> None:
    """A worker asked for no explanation at all (the lean path) gives no meaning, no questions
    (CSV workers ask for the record explanation since CSV layout 2: er, pr and notes)."""
    pdf = ROOT / "sample_reports" / "breast_core_biomarker_table_ihc3.pdf"
    record = process_one(str(pdf), WorkOptions(explanation=False))
    assert "meaning" not in record and "questions" not in record
