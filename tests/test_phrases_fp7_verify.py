"""The structural check on a positive call (interpret/verify.py) for the shapes of devset7's false
positives, independent of the engine's own readers: each result below is built with the lines the
session-7 start engine quoted for a report it called positive (it had read the value as a result),
and the check alone must set the call aside; each near-miss is a true result of the same shape.

- a sentence that opens with a condition (b7-f09-06: "If the score is 2+, ... ("amplified")");
- a value offered with another test's result as its alternative (b7-f09-10: "HER2-positive is
  IHC 3+ or ISH-amplified"; b7-f04-10: "requires documented HER2 IHC 3+ or ERBB2 mutation");
- a report saying HER2 was not done on its own tumour, under another cancer's 3+ (b7-f07-02).
"""

from __future__ import annotations

from dataclasses import replace

from her2cli.api import explain_text
from her2cli.interpret.verify import Why, unsupported_why
from her2cli.model import Evidence, Result, StatusBasis

BASE = explain_text("Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 3+ (positive).\n")
ISH = StatusBasis("breast-asco-cap-2018", "ASCO/CAP", "ish", "")


def _ev(text: str, finding: str, value: str, match: str, reason: str | None = None) -> Evidence:
    return Evidence(1, text, finding, value, 0, len(text), match, section="other", reason=reason)


def _with(lines: list[Evidence], mentions: list[Evidence] | None = None, **changes: object) -> Result:
    return replace(BASE, evidence=lines, mentions=mentions or [], warning_codes=[], **changes)  # type: ignore[arg-type]


def test_a_sentence_opening_with_a_condition_is_no_result() -> None:
    line = 'If the score is 2+, a second test called in situ hybridisation (ISH/FISH) looks for extra copies of the HER2 gene ("amplified").'
    said = _with(
        [_ev(line, "ish", "result=amplified, method=ISH", 'HER2 gene ("amplified"')], status_basis=ISH
    )
    assert unsupported_why(said) is Why.NOT_A_RESULT
    # near-miss: a condition in the sentence before the result's own sentence
    kept = "If equivocal, reflex ISH is done. HER2 FISH: amplified (ratio 2.8)."
    assert (
        unsupported_why(
            _with([_ev(kept, "ish", "result=amplified, ratio=2.8", "HER2 FISH: amplified")], status_basis=ISH)
        )
        is None
    )
    # near-miss: a condition after the result, in its sentence
    after = "HER2 IHC (4B5): 3+ (positive); repeat if clinically indicated."
    assert (
        unsupported_why(_with([_ev(after, "ihc", "score=3+, lab_call=positive", "HER2 IHC (4B5): 3+")]))
        is None
    )


def test_a_value_offered_with_another_tests_result_is_a_criterion() -> None:
    line = "HER2-positive is IHC 3+ or ISH-amplified."
    said = _with([_ev(line, "ihc", "score=3+, lab_call=positive", "HER2-positive is IHC 3+")])
    assert unsupported_why(said) is Why.NOT_A_RESULT
    trial = "- HER2 ADC basket (requires documented HER2 IHC 3+ or ERBB2 mutation; this patient: criteria not met)"
    assert unsupported_why(_with([_ev(trial, "ihc", "score=3+", "HER2 IHC 3+")])) is Why.NOT_A_RESULT
    # near-miss: "without ... or ..." negates both; the score is the result
    kept = "HER2 IHC 3+ without ERBB2 mutation or amplification."
    assert unsupported_why(_with([_ev(kept, "ihc", "score=3+", "HER2 IHC 3+")])) is None


def test_her2_not_done_on_this_tumour_sets_aside_another_tumours_result() -> None:
    history = (
        "Right breast carcinoma 2019: ER negative, PR negative, HER2 3+ (HER2-positive), treated with TCHP."
    )
    not_done = "HER2 immunohistochemistry was not performed on this tumor."
    said = _with(
        [_ev(history, "ihc", "score=3+", "HER2 3+")],
        [_ev(not_done, "mention", "", "HER2", reason="no_result")],
    )
    assert unsupported_why(said) is Why.NOT_A_RESULT
    # near-miss: only the other test was not done; the IHC is this tumour's
    ish_not_done = "HER2 FISH was not performed on this tumor (IHC 3+ is conclusive)."
    kept = _with(
        [_ev("HER2 IHC (4B5): 3+ (positive).", "ihc", "score=3+, lab_call=positive", "HER2 IHC (4B5): 3+")],
        [_ev(ish_not_done, "mention", "", "HER2", reason="no_result")],
    )
    assert unsupported_why(kept) is None
    # near-miss: not repeated on this specimen, the core biopsy's result restated
    restated = "HER2 testing was not repeated on this specimen; core biopsy S26-1100: HER2 IHC 3+ (positive)."
    same = _with([_ev(restated, "ihc", "score=3+, lab_call=positive", "HER2 IHC 3+")])
    assert unsupported_why(same) is None
