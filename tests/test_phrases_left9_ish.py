"""ISH leftovers from session 8 (left9, item 2).

An ISH test that could not be scored ("indeterminate (insufficient signals)", "hybridisation
failed", "too few tumour cells to score") is a failed test, not an equivocal result (ASCO/CAP: a
test that technical problems keep from a category is "indeterminate"; the "indeterminate" of
older group-4 wording is a result). It was read as equivocal. The report's answer then comes from
IHC when IHC gave one, and is not_found otherwise; a failure on the ISH line no longer voids the
IHC score on the line above it.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
GASTRIC = "Gastric biopsy: adenocarcinoma, intestinal type.\n"

FAILED_ISH = {
    "one-line-insufficient-signals": BREAST + "HER2 ISH: indeterminate (insufficient signals).\n",
    "sish-dash-repeat": GASTRIC
    + "HER2 SISH: INDETERMINATE - insufficient hybridisation signals; repeat requested.\n",
    "table-row": BREAST
    + "Test            Result\nHER2 FISH       Indeterminate: hybridization failed on block A1\n",
    "too-few-cells": BREAST + "HER2 dual-probe ISH: unable to score - too few invasive tumour cells.\n",
    "spanish": "Biopsia de mama: carcinoma ductal infiltrante.\nHER2 SISH: no valorable (senales insuficientes).\n",
}


@pytest.mark.parametrize("case", sorted(FAILED_ISH))
def test_an_ish_test_that_could_not_be_scored_is_no_result(case: str) -> None:
    result = explain_text(FAILED_ISH[case])
    assert result.status == "not_found"
    assert result.ish is None or result.ish.result is None


# the IHC line above a failed ISH line still gives the answer
IHC_THEN_FAILED_ISH = {
    "3+-over-insufficient": (
        BREAST + "HER2 IHC: 3+\nHER2 FISH: indeterminate (insufficient signals).\n",
        "positive",
    ),
    "2+-over-insufficient": (
        BREAST + "HER2 IHC: 2+ (equivocal)\nHER2 ISH: indeterminate (insufficient signals)\n",
        "equivocal",
    ),
    "1+-over-failed": (BREAST + "HER2 IHC: 1+\nHER2 FISH: failed hybridization.\n", "negative"),
    "0-over-too-few": (
        GASTRIC + "HER2 IHC (4B5): 0\nHER2 SISH: unable to score (too few tumour cells)\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(IHC_THEN_FAILED_ISH))
def test_ihc_gives_the_answer_over_a_failed_ish_line(case: str) -> None:
    text, status = IHC_THEN_FAILED_ISH[case]
    assert explain_text(text).status == status


# near-misses: "indeterminate" as the group-4 category of older wording, signals as a count
ISH_RESULTS = {
    "group4-indeterminate": (
        BREAST
        + "HER2 ISH: ratio 1.6, average HER2 copy number 4.8.\n"
        + "Result category: INDETERMINATE (ASCO/CAP 2018 Group 4: ratio <2.0 with average HER2 copy number >=4.0 and <6.0).\n",
        "equivocal",
    ),
    "signals-counted": (
        BREAST + "HER2 FISH: ratio 2.6 (mean HER2 signals 6.1 per cell, 20 cells counted): AMPLIFIED.\n",
        "positive",
    ),
    "sufficient-signals": (BREAST + "HER2 ISH: signals sufficient; ratio 1.2, NOT AMPLIFIED.\n", "negative"),
}


@pytest.mark.parametrize("case", sorted(ISH_RESULTS))
def test_an_ish_result_keeps_its_call(case: str) -> None:
    text, status = ISH_RESULTS[case]
    assert explain_text(text).status == status


# --- the lab's call on a bare labelled line under an ISH block ----------------------------------
# "Final: EQUIVOCAL", "Overall call: POSITIVE", "Category: EQUIVOCAL" under the block's values
# name no HER2 on their line: they are the block's call, as "Interpretation: EQUIVOCAL" was.

BARE_LABEL_CALLS = {
    "final-equivocal-group4": (
        BREAST
        + "HER2 IHC: 2+ (equivocal).\nHER2 ISH (dual probe)\nRatio: 1.9\nAverage HER2 copies: 4.3\nFinal: EQUIVOCAL\n",
        "equivocal",
    ),
    "overall-call-positive": (
        BREAST
        + "\nHER2 FISH\nCells counted: 40\nRatio: 2.6\nMean HER2 copy number: 5.9\nOverall call: POSITIVE\n",
        "positive",
    ),
    "category-equivocal-gastric": (
        GASTRIC + "HER2 IHC: 2+\nHER2 ISH: ratio 1.9, HER2 4.5 signals/cell\nCategory: EQUIVOCAL\n",
        "equivocal",
    ),
    "final-negative-indented": (
        BREAST + "HER2 IHC: 2+ (equivocal).\nHER2 SISH\n  Ratio 1.5\n  HER2 copies 3.2\n  Final: NEGATIVE\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(BARE_LABEL_CALLS))
def test_a_bare_label_line_under_the_ish_values_is_the_labs_call(case: str) -> None:
    text, status = BARE_LABEL_CALLS[case]
    assert explain_text(text).status == status


# near-misses: a "Final" line that makes no call, or names a report, not a result
def test_a_final_line_without_a_call_changes_nothing() -> None:
    text = (
        BREAST
        + "HER2 IHC: 2+ (equivocal).\nHER2 ISH (dual probe)\nRatio: 2.6\nAverage HER2 copies: 6.2\nFinal: see comment\n"
    )
    assert explain_text(text).status == "positive"


def test_a_final_report_heading_is_not_a_call() -> None:
    text = (
        BREAST
        + "HER2 ISH (dual probe)\nRatio: 1.3\nAverage HER2 copies: 2.4\nFinal report - positive margins reviewed\n"
    )
    assert explain_text(text).status == "negative"
