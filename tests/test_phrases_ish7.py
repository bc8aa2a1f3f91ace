"""Missed or misread IHC/ISH results of blind set 7 (tests/devset7), by the structural fact the
engine ignored, with the near-misses that must not change.

- A restated score is no definition: "staining in virtually every tumour cell, i.e. a score of
  three plus" is the lab's gloss on this tumour (b7-f01-09, a regression of session 6's condition
  check); "HER2-positive, i.e. IHC 3+" in a sentence about any patient stays a definition.
- A voided earlier result under its own label: "PREVIOUSLY REPORTED (11/20/2026) -- NOW VOID:"
  heads the withdrawn 3+ of an amended report; the corrected 1+ above it is the result (b7-f10-02).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"


def _call(text: str) -> tuple[str, str | None]:
    result = explain_text(text)
    return result.status, result.ihc and result.ihc.score


RESTATED = {
    "letter-words": (
        "With the HER2 antibody the invasive cells show intense, complete, chicken-wire membrane "
        "staining in virtually every tumour cell, i.e. a score of three plus, and the tumour "
        "therefore overexpresses HER2.",
        ("positive", "3+"),
    ),
    "score-digits": (
        "HER2 immunostaining shows weak to moderate complete membrane staining in 30% of cells, "
        "i.e. score 2+. ISH has been requested.",
        ("equivocal", "2+"),
    ),
    "ihc-score-comma": (
        "HER2 staining is faint and incomplete in about 20% of tumour cells, i.e., an IHC score of 1+.",
        ("negative", "1+"),
    ),
    "scored": (
        "The HER2 stain shows strong circumferential membrane staining in >90% of the invasive "
        "cells, i.e. scored 3+ (positive).",
        ("positive", "3+"),
    ),
}


@pytest.mark.parametrize("case", sorted(RESTATED))
def test_a_score_restated_after_ie_is_the_result(case: str) -> None:
    sentence, expected = RESTATED[case]
    assert _call(BREAST + sentence + "\n") == expected


DEFINITIONS = {
    "ie-ihc": "Patients whose tumours are HER2-positive, i.e. IHC 3+, may receive trastuzumab.",
    "ie-digits": "Trastuzumab is given for HER2-positive disease, i.e. 3+ or ISH amplified.",
}


@pytest.mark.parametrize("case", sorted(DEFINITIONS))
def test_a_definition_after_ie_stays_no_result(case: str) -> None:
    text = BREAST + DEFINITIONS[case] + " HER2 testing is pending.\n"
    assert explain_text(text).status == "not_found"


VOID_LABELS = {
    "now-void": "PREVIOUSLY REPORTED (11/20/2026) -- NOW VOID:",
    "originally-void": "Originally reported (void):",
    "issued-withdrawn": "Previously issued result - withdrawn:",
    "voided-result": "VOIDED RESULT:",
    "spanish": "Resultado anulado:",
}


@pytest.mark.parametrize("label", sorted(VOID_LABELS))
def test_a_result_under_a_void_label_is_the_earlier_one(label: str) -> None:
    text = (
        "AMENDED REPORT\nREASON FOR AMENDMENT: Correction of HER2 result; the slide was mislabeled.\n\n"
        "CORRECTED RESULT (block A2, this patient):\n"
        "   HER2 IHC: 1+ (NEGATIVE) -- faint incomplete membrane staining in ~20% of invasive cells.\n\n"
        f"{VOID_LABELS[label]}\n   HER2 IHC: 3+ (POSITIVE)\n\n" + BREAST
    )
    assert _call(text) == ("negative", "1+")


def test_a_previously_reported_result_confirmed_stays_a_result() -> None:
    """Near-miss: "as previously reported" restates the current result, no void label."""
    text = BREAST + "HER2 IHC: 3+ (POSITIVE), as previously reported; confirmed on block A2.\n"
    assert _call(text) == ("positive", "3+")
