"""The structural check on a positive or borderline call (her2cli/interpret/verify.py,
docs/positive-check.md): the call stands only if a line it rests on is a current result of the
deciding test and the lab's last word is not the other way; otherwise the status is not_found with
the reason "HER2 result not clear", never negative, and JSON, summary and CSV say the same.

Each trap below was called positive or equivocal before the check; each near-miss is a true
result in the same layout and must keep its call."""

from __future__ import annotations

from dataclasses import replace

import pytest

from her2cli.api import explain_text
from her2cli.interpret.verify import (
    UNSUPPORTED_CODE,
    UNSUPPORTED_REASON,
    Why,
    result_unsupported,
    unsupported_why,
)
from her2cli.model import Evidence, Result

# --- whole reports: traps the engine called positive or equivocal ------------------------------

TRAPS = {
    # a corrected report printing both the corrected and the withdrawn call
    "corrected_both_printed": (
        "CORRECTED REPORT\n"
        "HER2 IHC (HercepTest): 1+ (negative) [corrected]\n"
        "HER2 IHC as first issued: 3+ (positive) - transcribed in error from another case.\n",
        Why.CORRECTED_DISAGREE,
    ),
    # a scoring key under its own label, above a result given elsewhere (with the guideline's share,
    # "in >10% of cells", the key is set aside before the check: fix26 legend-score-defined-by-cutoff)
    "scoring_key_label": (
        "Scoring system: HER2 3+ = strong complete membrane staining (positive).\n"
        "Breast core biopsy, invasive carcinoma. HER2 IHC: see separate report.\n",
        Why.NOT_A_RESULT,
    ),
    # colorectal 2+ in under half of the cells, which the lab's interpretation calls negative
    "heracles_interpretation": (
        "Colon, resection: adenocarcinoma.\n"
        "HER2 IHC (4B5), HERACLES: 2+ moderate staining in less than half of tumour cells.\n"
        "Interpretation: HER2 negative by HERACLES criteria.\n",
        Why.FINAL_OTHER_WAY,
    ),
}


def _unchecked(text: str, monkeypatch: pytest.MonkeyPatch) -> Result:
    import her2cli.interpret as interpret

    with monkeypatch.context() as m:
        m.setattr(interpret, "verify_call", lambda result: result)
        return explain_text(text)


# An amendment's reason tells what was wrong before, and the repeat is still to come: the check
# above caught it until session 15, when the engine learnt the family itself (probe15: a repeat
# note after a value voids it), so it is no longer a trap the check is needed for.
AMENDMENT_REASON = (
    "AMENDED REPORT\n"
    "Reason for amendment: HER2 IHC was reported as 3+ (positive) in error; the slide belonged to "
    "another patient.\n"
    "HER2 IHC on this specimen is being repeated and will be reported in an addendum.\n"
)


def test_an_amendment_s_reason_with_the_repeat_to_come_reads_pending_without_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _unchecked(AMENDMENT_REASON, monkeypatch).status == "not_found"
    result = explain_text(AMENDMENT_REASON)
    assert result.status == "not_found" and result.her2_low is None
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    assert exp.facts.not_found_reason is not None and exp.facts.not_found_reason.value == "pending"
    assert "HER2-positive" not in exp.meaning_text


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_a_call_its_lines_do_not_support_becomes_not_clear(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, why = TRAPS[name]
    before = _unchecked(text, monkeypatch)
    assert before.status in ("positive", "equivocal"), "the trap is one the engine falls into"
    assert unsupported_why(before) is why
    result = explain_text(text)
    assert result.status == "not_found"  # never negative: the safe direction
    assert UNSUPPORTED_CODE in result.warning_codes
    assert result.status_basis is not None and result.status_basis.reason == UNSUPPORTED_REASON
    assert result.her2_low is None
    assert result.evidence == before.evidence  # the lines stay quoted for the reader to check


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_json_summary_and_rows_agree_on_not_clear(name: str) -> None:
    result = explain_text(TRAPS[name][0])
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    assert exp.facts.not_found_reason is not None and exp.facts.not_found_reason.value == "unsupported"
    assert exp.tone == "not_found"
    assert result.to_dict()["status"] == "not_found"
    assert "HER2-positive" not in exp.meaning_text and "borderline" not in exp.meaning_text
    # the summary's sentence says it; the warning is not repeated beside it
    assert not any("do not clearly support" in w for w in exp.warnings)


NEAR_MISSES = {
    # a colorectal 2+ with its share of cells below HERACLES' half and the lab's negative word: the
    # engine reads it negative itself since fix9a (session 9, b9-f06-02); this was the
    # heracles_interpretation trap with "~35% of tumour cells" until then
    "heracles_share_below_half": (
        "Colon, resection: adenocarcinoma.\n"
        "HER2 IHC (4B5), HERACLES: 2+ moderate staining in ~35% of tumour cells.\n"
        "Interpretation: HER2 negative by HERACLES criteria.\n",
        "negative",
    ),
    "plain_positive": (
        "Breast, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n",
        "positive",
    ),
    # the pre-treatment core's 3+ in the clinical history, the residual tumor retested 1+ under its
    # own heading: the heading ends the history, so the engine reads the current 1+ itself (this
    # was a trap for the check until "BIOMARKERS (residual tumor, block A3)" was read as a heading)
    "history_then_retest": (
        "Left breast mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 0.6 cm.\n\n"
        "CLINICAL HISTORY\n"
        "Core biopsy 03/2026: HER2 IHC 3+ (positive). Completed TCHP.\n\n"
        "BIOMARKERS (residual tumor, block A3)\n"
        "HER2 IHC (4B5): score 1+, faint incomplete membrane staining in 20% of cells.\n",
        "negative",
    ),
    # the history's 3+ and the residual tumor's own 3+
    "history_and_retest_agree": (
        "Left breast mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma.\n\n"
        "CLINICAL HISTORY\n"
        "Core biopsy 03/2026: HER2 IHC 3+ (positive). Completed TCHP.\n\n"
        "BIOMARKERS (residual tumor, block A3)\n"
        "HER2 IHC (4B5): score 3+, strong complete membrane staining in 60% of cells.\n",
        "positive",
    ),
    # a corrected report whose only HER2 call is the corrected one
    "corrected_positive_only": (
        "CORRECTED REPORT - correction of HER2 result\n"
        "Breast, right, excision: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 80% of cells.\n",
        "positive",
    ),
    # a result line whose label is not a method's ("Test result:")
    "test_result_label": (
        "Breast, left, core biopsy: invasive ductal carcinoma.\nTest result: HER2 FISH amplified (ratio 3.1).\n",
        "positive",
    ),
    # a key after the lab's own positive result (real reports print them)
    "legend_after_result": (
        "Breast, excision: invasive ductal carcinoma.\n"
        "HER2 FISH: HER2/CEP17 ratio 2.8, mean HER2 copy number 6.2: AMPLIFIED.\n"
        "A HER2/CEP17 ratio less than 1.8 indicates absence of HER2 gene amplification.\n",
        "positive",
    ),
    # two tumors, the second negative in words: the highest stands by rule
    "two_tumors": (
        "Right breast, two separate tumors.\n"
        "Tumor 1 (9 o'clock): HER2 IHC 3+ (positive).\n"
        "Tumor 2 (2 o'clock): HER2 IHC 1+ (negative).\n",
        "positive",
    ),
    # two scores on one line: the evidence keeps one entry per line and finding (the 1+), which is
    # no sign the 3+ is not a result
    "two_scores_one_line": (
        "Colon, sigmoid, resection: invasive adenocarcinoma.\n"
        "HER2 IHC 1+ on the biopsy (HercepTest); HER2 IHC on the resection (4B5): 3+ (positive).",
        "positive",
    ),
    # the same tumor's earlier result under the history heading, not repeated: it is the result
    "history_heading_only": (
        "CLINICAL HISTORY: HER2-positive (IHC 3+) carcinoma on outside core biopsy.\n\n"
        "DIAGNOSIS:\nLeft breast, lumpectomy: invasive ductal carcinoma, 18 mm, pT1c.\n",
        "positive",
    ),
    # a sample table: the pre-treatment column's 1+ is set aside on the same line as the current 3+
    "pre_treatment_column": (
        "Left breast, segmental mastectomy after neoadjuvant chemotherapy: residual invasive ductal "
        "carcinoma, 0.8 cm. ypT1b ypN0.\n\n"
        "Marker\tPre-treatment core\tPost-treatment residual (this specimen)\n"
        "HER2 IHC\t1+ (NEGATIVE)\t3+ (POSITIVE)\n",
        "positive",
    ),
    # a key read as an ISH result above the lab's own IHC 3+: the positive rests on the IHC
    "key_above_another_test": (
        "COLORECTAL CARCINOMA - RESECTION SYNOPTIC REPORT\nTumor site: descending colon\n\n"
        "Key for HER2 reporting (for reference):\n  ISH: ratio >=2 in >=50% of cells = amplified.\n\n"
        "HER2 IHC (4B5): 3+ in 80% of tumor cells (positive)\n",
        "positive",
    ),
    # a borderline result with its reflex test still to come
    "equivocal_pending_ish": (
        "Right breast, core biopsy: invasive ductal carcinoma. HER2 IHC: 2+ (equivocal). ISH to follow.\n",
        "equivocal",
    ),
    "colorectal_2plus_no_word": (
        "Colon, resection: adenocarcinoma.\n"
        "HER2 IHC (4B5), HERACLES: 2+ moderate staining in ~60% of tumour cells. HER2 FISH pending.\n",
        "equivocal",
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_a_supported_call_stands(name: str) -> None:
    text, status = NEAR_MISSES[name]
    result = explain_text(text)
    assert result.status == status
    assert UNSUPPORTED_CODE not in result.warning_codes
    assert not result_unsupported(result)


# --- each check on a result's lines ---------------------------------------------------------------

BASE = explain_text("Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 3+ (positive).\n")


def _ev(text: str, finding: str, value: str, section: str | None = "other", match: str = "HER2") -> Evidence:
    return Evidence(1, text, finding, value, 0, len(text), match, section=section)


def _with(lines: list[Evidence], mentions: list[Evidence] | None = None, **changes: object) -> Result:
    return replace(BASE, evidence=lines, mentions=mentions or [], warning_codes=[], **changes)  # type: ignore[arg-type]


def test_the_base_result_is_supported() -> None:
    assert BASE.status == "positive" and unsupported_why(BASE) is None


def test_a_question_is_no_result() -> None:
    q = "Tumor board: is this HER2-positive disease?"
    said = _with([_ev(q, "status_statement", "call=positive", match="HER2-positive")], status_basis=None)
    assert unsupported_why(said) is Why.NOT_A_RESULT
    # near-miss: a result sentence beside a question sentence
    both = "Is ISH needed? HER2 IHC 3+ (positive)."
    kept = _with([_ev(both, "ihc", "score=3+, lab_call=positive", match="HER2 IHC 3+")])
    assert unsupported_why(kept) is None


def test_a_line_the_engine_filed_as_another_tumor_is_no_result() -> None:
    line = "Previous left breast cancer (2019): HER2 3+ (HER2 positive), treated with trastuzumab."
    mention = replace(_ev(line, "mention", ""), reason="other_tumor")
    assert (
        unsupported_why(_with([_ev(line, "ihc", "score=3+, lab_call=positive")], [mention]))
        is Why.NOT_A_RESULT
    )
    # near-miss: filed as a method heading's line, which is still a result ("HER2 TESTING")
    methods = replace(mention, reason="methods")
    assert unsupported_why(_with([_ev(line, "ihc", "score=3+, lab_call=positive")], [methods])) is None


def test_a_score_and_word_that_disagree_are_a_key_not_a_result() -> None:
    line = "Concurrent IHC 2+ (not 3+) -> FINAL RESULT: HER2 NEGATIVE (not amplified)."
    assert unsupported_why(_with([_ev(line, "ihc", "score=3+, lab_call=negative")])) is Why.NOT_A_RESULT


def test_a_method_label_or_methods_section_is_no_result() -> None:
    line = "METHODS: copy number by depth (ERBB2 amplification called at >= 6 copies; equivocal 5)."
    eq = _with([_ev(line, "ngs", "amplification=equivocal")], status="equivocal")
    eq = replace(eq, status_basis=replace(BASE.status_basis, test="ngs"))  # type: ignore[type-var]
    assert unsupported_why(eq) is Why.NOT_A_RESULT
    in_section = _with(
        [_ev("HER2 IHC 3+ (positive)", "ihc", "score=3+, lab_call=positive", section="therapy")]
    )
    assert unsupported_why(in_section) is Why.NOT_A_RESULT


def test_an_ish_group_settled_by_an_ihc_score_nobody_gave_is_unsupported() -> None:
    assert BASE.ish is None
    from her2cli.model import Ish

    ish = Ish(result="amplified", ratio=1.5, her2_copy_number=5.2, group=4, result_from="computed")
    basis = replace(BASE.status_basis, test="ish")  # type: ignore[type-var]
    lines = [
        _ev("IHC on same block: 2+", "ihc", "score=2+"),
        _ev("HER2/CEP17 ratio 1.5", "ish", "ratio=1.5, group=4"),
    ]
    assert unsupported_why(_with(lines, ish=ish, status_basis=basis)) is Why.NOT_A_RESULT
    # near-miss: the IHC 3+ the group is settled with is printed
    settled = [*lines, _ev("HER2 IHC 3+ (positive)", "ihc", "score=3+, lab_call=positive")]
    assert unsupported_why(_with(settled, ish=ish, status_basis=basis)) is None


def test_a_history_result_alone_with_the_test_pending_is_not_the_answer() -> None:
    # step 4 (docs/positive-check.md): the only line is the clinical history's, and this
    # sample's HER2 test is pending (variants8 G-07)
    line = "History: left breast cancer 2020, HER2 3+ (positive)."
    pending = replace(
        _ev("ER/PR/HER2 sent to reference laboratory; results will follow.", "mention", ""), reason="pending"
    )
    history = _ev(line, "ihc", "score=3+, lab_call=positive", section="history")
    assert unsupported_why(_with([history], [pending])) is Why.EARLIER_SAMPLE_ONLY
    # near-miss: nothing pending: the history's result, restated, stands
    assert unsupported_why(_with([history])) is None
    # a warning code from before session 9 (post_treatment_only) no longer decides anything
    restated = _with(
        [_ev("Pre-treatment core biopsy: HER2 3+ (positive).", "ihc", "score=3+, lab_call=positive")],
        [pending],
    )
    restated.warning_codes = ["post_treatment_only"]
    assert unsupported_why(restated) is not Why.EARLIER_SAMPLE_ONLY


def test_negative_and_not_found_calls_are_never_touched() -> None:
    for status in ("negative", "not_found"):
        assert unsupported_why(replace(BASE, status=status, evidence=[])) is None
