"""What the patient reads (issue 8, session 12 helper sentences12): an audit of the summary on
devset14 and sentences11's engine-side leftovers, reports nobody tuned the text for. Each case is a
short report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from .summary_cases import explain_with_words

NOT_IN_WORDS = "did not find the ISH result stated in words"


# --- 1. an ISH result the report gives in words is never "not stated in words" ----------------

FISH_NUMBERS = (
    "CYTOGENETICS -- FISH REPORT. Referral: breast, excision.\n"
    "Probe: HER2 / CEP17 dual colour\n"
    "  Cells scored: 40\n"
    "  HER2/CEP17: 1.4\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "  Interpretation: HER2 gene NOT AMPLIFIED\n",
        "RESULT: NOT AMPLIFIED.\n",
        "Final interpretation: non-amplified\n",
    ],
)
def test_an_ish_result_line_in_words_is_not_said_to_be_missing(line: str) -> None:
    _, said = explain_with_words(FISH_NUMBERS + line)
    assert NOT_IN_WORDS not in said


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Reference: ratio 2.0 or more = amplified; below 2.0 = not amplified.\n",
        "Comment: FISH is reported as amplified when the ratio is 2.0 or more.\n",
    ],
)
def test_a_ratio_with_no_result_words_still_gets_the_worked_out_note(line: str) -> None:
    # near-miss: a legend or a method sentence names the words, but no line gives this result
    _, said = explain_with_words(FISH_NUMBERS + line)
    assert NOT_IN_WORDS in said


# --- 2. the lab's final call on a result line is the report's final answer ---------------------

TWO_READS = (
    "Right breast excision, invasive ductal carcinoma.\n"
    "Primary pathologist read: HER2 IHC 1+.\n"
    "Second read: HER2 IHC 2+ (moderate complete staining in ~15% of cells).\n"
    "ISH: mean HER2 3.1 | mean CEP17 2.0 | ratio 1.5 | Group 5 | not amplified\n"
)


def test_a_final_status_on_a_result_line_is_the_final_answer() -> None:
    _, said = explain_with_words(
        TWO_READS + "FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified).\n"
    )
    assert "states its final HER2 result, and this summary shows that one" in said
    assert "shows the higher one" not in said


def test_two_reads_with_no_final_words_still_ask_which_counts() -> None:
    # near-miss: the report gives two scores and no final answer of its own
    text = (
        "Right breast excision, invasive ductal carcinoma.\n"
        "Primary pathologist read: HER2 IHC 1+.\n"
        "Second read: HER2 IHC 3+ (strong complete staining in ~40% of cells).\n"
    )
    _, said = explain_with_words(text)
    assert "states its final HER2 result" not in said


# --- 3. what the report says about HER2 tests to come, not done, failed or not repeated --------

BREAST_3 = (
    "Left breast core biopsy: invasive carcinoma NST, grade 3.\n"
    "HER2 (4B5): strong complete membrane staining in 90% of cells, score 3+, POSITIVE.\n"
)
ISH_ASKED = "requested. When will that result be ready"


def test_an_ish_the_report_did_not_request_is_not_awaited() -> None:
    _, said = explain_with_words(BREAST_3 + "In-situ ISH not requested.\n")
    assert ISH_ASKED not in said


def test_an_ish_the_report_requested_is_still_awaited() -> None:
    # near-miss: the same words without "not"
    _, said = explain_with_words(BREAST_3 + "ISH requested on block A1; result to follow.\n")
    assert ISH_ASKED in said


GASTRIC_2 = (
    "Gastric body biopsies: poorly differentiated adenocarcinoma.\n"
    "HER2:\n IHC 4B5 ........... 2+ (equivocal): moderate basolateral staining in a cluster of 12 cells.\n"
)
ISH_COMING = "has been requested and its result will come later"


def test_an_ish_requested_behind_a_dotted_leader_is_awaited() -> None:
    _, said = explain_with_words(
        GASTRIC_2 + " SISH .............. requested 19-NOV-2026; result to follow.\n"
    )
    assert ISH_COMING in said


def test_an_ish_behind_a_dotted_leader_that_was_done_is_not_awaited() -> None:
    # near-miss: the leader gives a result, not a request
    _, said = explain_with_words(
        GASTRIC_2 + " SISH .............. ratio 1.3, not amplified. HER2 NEGATIVE.\n"
    )
    assert ISH_COMING not in said


BREAST_NO_HER2 = (
    "Left wide local excision: invasive carcinoma of no special type, grade 2, 18 mm.\n"
    "Receptors (block A3):  ER  Allred 8/8  (positive)\n"
)
CORE_ELSEWHERE = (
    "Comment: The core biopsy was not performed at this hospital (outside referral); no HER2 result is\n"
    "available to us from the diagnostic biopsy.\n"
)


def test_a_her2_request_whose_result_will_follow_is_pending_not_untested() -> None:
    text = (
        BREAST_NO_HER2 + "  HER2  -- requested on block A3; result will follow as a supplementary report.\n"
    )
    _, said = explain_with_words(text + CORE_ELSEWHERE)
    assert "HER2 was not tested on this sample" not in said
    assert "not in this report yet" in said


def test_a_her2_the_report_says_was_not_done_is_still_not_tested() -> None:
    # near-miss: nothing is coming
    text = BREAST_NO_HER2 + "  HER2 testing was not performed on this specimen.\n"
    _, said = explain_with_words(text)
    assert "HER2 was not tested on this sample" in said


ISH_ONLY = (
    "Cytogenetics: HER2 dual-probe ISH\n"
    "Material: breast core, block A2 (3 unstained slides)\n"
    "Ordered: HER2 ISH only (no IHC result supplied with request)\n"
)


def test_an_ish_whose_hybridisation_was_inadequate_gave_no_result() -> None:
    text = ISH_ONLY + (
        "Result: TEST FAILED - NO RESULT\n"
        "Hybridisation was inadequate: fewer than 20 evaluable invasive tumour nuclei.\n"
        "Action: Please send the paraffin block for repeat ISH, or request HER2 IHC.\n"
    )
    _, said = explain_with_words(text)
    assert "gave no result" in said
    assert "pending, was sent to another lab" not in said


def test_an_ish_still_being_counted_is_pending() -> None:
    # near-miss: nothing failed, the count is still to come
    _, said = explain_with_words(
        ISH_ONLY + "Result: PENDING - slides hybridised, counting scheduled 11/26.\n"
    )
    assert "gave no result" not in said


POST_TX = (
    "Right breast wide local excision (post neoadjuvant).\n"
    "Pre-treatment core biopsy: invasive carcinoma NST, ER negative, PR negative, HER2 POSITIVE (IHC 3+).\n"
    "Neoadjuvant chemotherapy with trastuzumab and pertuzumab.\n"
    "Residual invasive carcinoma, minimal (ypT1a ypN0).\n"
)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Receptors were NOT repeated on the residual tumour: the residual foci are too small.\n", "en"),
        ("Biomarcadores en tumor residual: no se repiten (escaso tumor residual, 3 mm).\n", "es"),
    ],
)
def test_receptors_not_repeated_after_treatment_say_not_tested_again_once(line: str, lang: str) -> None:
    _, said = explain_with_words(POST_TX + line, lang)
    again = "not tested again" if lang == "en" else "no se volvió a analizar"
    assert again in said
    assert "Has my tumor been tested for HER2" not in said
    assert "whether the tumor was tested again" not in said
    assert said.count("HER2 was not tested again") <= 2  # headline and meaning, not the question too


def test_receptors_repeated_after_treatment_are_not_said_to_be_missing() -> None:
    # near-miss: the residual tumour was tested
    _, said = explain_with_words(POST_TX + "Receptors were repeated on the residual tumour: HER2 IHC 3+.\n")
    assert "not tested again" not in said
