"""Deferred report facts (issue 13, session 13): the facts of facts.DEFERRABLE are read from the
report's words when something first asks for them, not when the facts are built; a worker whose
result only becomes a record asks for few of them. Reading them late changes no output: the
records of the labelled reports, with the whole explanation and with the record's only, are those
of facts read at once, and a deferred fact, once read, is the value reading it at once gives."""

from __future__ import annotations

import json
import pickle
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from her2cli import summary_facts
from her2cli.api import explain_document, explain_text
from her2cli.facts import DEFERRABLE, ReportFacts, defer, derive_facts, read_text_facts
from her2cli.messages import load_catalog
from her2cli.sources import load_document

from .conftest import ROOT, SAMPLES

# every labelled set is compared by `bench_matching.py compare` when this changes (docs/performance.md
# §3); here two sets, to keep the test short
SETS = {"sample_reports": SAMPLES, "devset15": ROOT / "tests" / "devset15" / "texts"}


def _at_once(facts: ReportFacts, later: dict[str, Any]) -> ReportFacts:
    return replace(facts, **{name: read() for name, read in later.items()})


def _records(folder: Path) -> list[str]:
    out = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".pdf", ".txt")):
        try:
            doc = load_document(str(path))
        except Exception:  # noqa: BLE001 - unreadable (hostile) samples have no facts
            continue
        for explanation in (True, "record"):
            record = explain_document(doc, explanation=explanation).to_dict()  # type: ignore[arg-type]
            out.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return out


@pytest.mark.parametrize("name", list(SETS))
def test_deferred_facts_give_the_records_of_facts_read_at_once(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    deferred = _records(folder)
    monkeypatch.setattr(summary_facts, "defer", _at_once)
    assert deferred and _records(folder) == deferred


def _facts_of(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[ReportFacts, ReportFacts]:
    """A report's facts as the summary's words add them, deferred and read at once."""
    result = explain_text(text)
    facts = derive_facts(result, read_text_facts(text))
    deferred = summary_facts.with_summary_words(facts, result, text)
    with monkeypatch.context() as m:
        m.setattr(summary_facts, "defer", _at_once)
        read = summary_facts.with_summary_words(facts, result, text)
    return deferred, read


TEXT = (
    "Breast, left, core biopsy: invasive ductal carcinoma.\n"
    "HER2 (4B5) IHC: 2+ (equivocal). HER2 FISH has been ordered on block A1 and will follow.\n"
    "ER positive, PR negative. The results are concordant with the prior biopsy.\n"
)


def test_a_deferred_fact_once_read_is_the_value_read_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    deferred, read = _facts_of(TEXT, monkeypatch)
    assert "_later" in deferred.__dict__
    assert all(name not in deferred.__dict__ for name in DEFERRABLE)  # not read yet
    assert "_later" not in read.__dict__
    for f in fields(ReportFacts):
        assert getattr(deferred, f.name) == getattr(read, f.name), f.name
    assert deferred.her2_awaited is True
    assert deferred == read and hash(deferred) == hash(read) and repr(deferred) == repr(read)


def test_deferred_facts_pickle_as_their_values(monkeypatch: pytest.MonkeyPatch) -> None:
    deferred, read = _facts_of(TEXT, monkeypatch)
    assert "her2_awaited" not in deferred.__dict__
    back = pickle.loads(pickle.dumps(deferred))
    assert type(back) is ReportFacts and back == read
    assert "_later" not in back.__dict__
    assert ReportFacts.her2_awaited is False  # the class still gives each field's default


def test_only_deferrable_facts_are_deferred(monkeypatch: pytest.MonkeyPatch) -> None:
    _, read = _facts_of(TEXT, monkeypatch)
    with pytest.raises(ValueError, match="not deferrable"):
        defer(replace(read), {"status": lambda: "positive"})


def test_messages_test_deferred_facts_last() -> None:
    for rules in load_catalog().rules.values():
        for rule in rules:
            kinds = [key.removeprefix("not_") in DEFERRABLE for key, _ in rule.when]
            assert kinds == sorted(kinds), rule.id
