"""What the patient reads (issue 8, session 11 helper sentences11): an audit of the summary on
devset13 and variants10, reports nobody tuned the text for. Each case is a short report written for
the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from .summary_cases import by_hand, explain_with_words

HETEROGENEOUS = "may not be the same in all parts of the tumor"
BREAST_3 = (
    "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
    "HER2 IHC (4B5): 3+, strong complete membrane staining in 90% of cells. HER2 POSITIVE.\n"
)


# --- 1. a report that says HER2 is NOT heterogeneous is not said to say it is -------------------


@pytest.mark.parametrize(
    "line",
    [
        "We saw no regional heterogeneity in HER2 expression across the three cores.",
        "Heterogeneity was assessed by scanning the entire hybridized area; none was found.",
        "Heterogeneity:          none (no subpopulation with ratio > 2.0)",
        "Isolated cells (3/60, 5%) showed ratio > 2.2 -- below the 10% heterogeneity threshold.",
    ],
)
def test_heterogeneity_the_report_rules_out_is_not_said(line: str) -> None:
    _, said = explain_with_words(BREAST_3 + line + "\n")
    assert HETEROGENEOUS not in said


def test_heterogeneity_the_report_notes_is_still_said() -> None:
    # near-miss: the report does say the staining differs
    _, said = explain_with_words(BREAST_3 + "Staining is heterogeneous, with 1+ areas at the edge.\n")
    assert HETEROGENEOUS in said


# --- 2. a note about two results never says "the higher one" when the lower one is shown -------

ISH_TWO = (
    "Right breast, excision: invasive ductal carcinoma.\n"
    "HER2 FISH (original count): ratio 2.3, AMPLIFIED.\n"
    "Amended recount: mean HER2 3.4, mean CEP17 2.0, ratio 1.7. INTERPRETATION: NOT AMPLIFIED (Group 5).\n"
)
ISH_CONFLICT = [("conflict", {"first": "ISH amplified", "second": "ISH not amplified"})]
FISH_NOT_AMPLIFIED = (
    "Right breast, excision: invasive ductal carcinoma.\nHER2 FISH: ratio 1.3, NOT AMPLIFIED.\n"
)


def test_a_negative_summary_of_two_ish_calls_does_not_say_it_shows_the_higher_one() -> None:
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=ISH_CONFLICT)
    assert "shows the higher one" not in said
    assert "This summary shows ISH not amplified, not the higher one" in said
    es = by_hand(
        FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=ISH_CONFLICT, lang="es"
    )
    assert "ISH no amplificado, no el más alto" in es
    # near-miss: a positive summary does show the higher one
    positive = by_hand(FISH_NOT_AMPLIFIED, status="positive", cancer_type="breast", warnings=ISH_CONFLICT)
    assert "This summary shows the higher one" in positive


def test_the_earlier_result_note_and_the_conflict_note_are_not_both_said() -> None:
    warnings = [("earlier_result", {"earlier": "ISH amplified"}), *ISH_CONFLICT]
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=warnings)
    assert "earlier or corrected HER2 result (ISH amplified)" in said
    assert "The report gives more than one HER2 result" not in said
    # near-miss: an earlier result that is not one of the two differing ones leaves both notes
    other = [("earlier_result", {"earlier": "IHC 3+"}), *ISH_CONFLICT]
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=other)
    assert "The report gives more than one HER2 result" in said


# --- 3. an ISH order the report says was cancelled is not awaited ---------------------------------

WHEN_ISH = "When will that result be ready"
GASTRIC_3 = (
    "Stomach, gastrectomy: adenocarcinoma.\n"
    "Initial HER2 IHC 2+; HER2 ISH requested.\n"
    "Revised conclusion: HER2 POSITIVE (IHC 3+).\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The ISH request has been cancelled as it is no longer needed.",
        "According to the outside lab the FISH order was cancelled once IHC was completed.",
    ],
)
def test_a_cancelled_ish_is_not_asked_about(line: str) -> None:
    _, said = explain_with_words(GASTRIC_3 + line + "\n")
    assert WHEN_ISH not in said


def test_a_requested_ish_is_still_asked_about() -> None:
    # near-miss: another order was cancelled, the ISH still stands
    _, said = explain_with_words(GASTRIC_3 + "The Ki-67 order was cancelled.\n")
    assert WHEN_ISH in said
