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
    _, said = explain_with_words(TWO_READS + "FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified).\n")
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
