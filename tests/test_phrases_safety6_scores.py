"""Score spellings the IHC reader missed (session 5 leftovers), with their near-misses.

- Roman numerals: "HER2: III+", "score II", "(II+)", "HER2 IHC = II+" are 3+, 2+ and 2+; a stage,
  an "Ill" that OCR made of "1+"-like text, or a Roman IV are no score.
- A labelled score followed by a full stop or a comma: "HER2 IHC: 0." and "HER2 IHC: 0, HER2-null"
  are IHC 0 (the label's lookahead refused any "." or "," to keep "0.5" and "1, 2" out); a key
  printed below ("Scoring criteria (HERACLES): 3+ ... in >=50% of cells") neither hides the score
  nor lends it the key's share of cells.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"
GASTRIC = "Specimen: Stomach, antrum, biopsy. Adenocarcinoma, intestinal type.\n"


@pytest.mark.parametrize(
    ("line", "score", "status"),
    [
        ("HER2: III+", "3+", "positive"),
        ("HER2 (4B5) IHC score III (strong complete staining)", "3+", "positive"),
        ("HER2 IHC score II (equivocal), reflex ISH sent.", "2+", "equivocal"),
        ("HER2 IHC = II+", "2+", "equivocal"),
        ("HER2/neu: negative (I+)", "1+", "negative"),
    ],
)
def test_a_roman_score_is_read(line: str, score: str, status: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert (result.status, result.ihc and result.ihc.score) == (status, score)


@pytest.mark.parametrize(
    "line",
    [
        "Pathologic stage: III. HER2 will be reported separately.",
        "HER2 testing: see addendum. Grade: II.",
        "HER2: score IV (not a valid score)",
    ],
)
def test_no_score_is_made_of_other_roman_numerals(line: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert result.ihc is None or result.ihc.score is None


KEY = (
    "Scoring criteria (HERACLES):\n"
    "3+ intense complete or basolateral membrane staining in >=50% of cells\n"
    "2+ moderate staining in >=50% of cells\n"
)


@pytest.mark.parametrize(
    "line",
    ["HER2 IHC: 0.", "HER2 IHC: 0, HER2-null", "HER2 IHC (4B5): 0.", "HER2 IHC: 0; no staining seen."],
)
def test_a_labelled_zero_before_punctuation_is_read(line: str) -> None:
    for cancer in (BREAST, GASTRIC):
        result = explain_text(cancer + line + "\n" + KEY)
        assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), (cancer, line)
        assert result.ihc is not None and result.ihc.percent_cells is None


@pytest.mark.parametrize(
    "line",
    ["Block A1 measured 0.5 cm. HER2 IHC: 0.5 mm focus, see addendum.", "HER2 IHC: 1, 2 and 3 blocks sent."],
)
def test_a_decimal_or_a_count_after_the_label_is_no_score(line: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert result.ihc is None or result.ihc.score is None


POST_TREATMENT = (
    "Specimen: Left breast, lumpectomy after neoadjuvant chemotherapy.\n"
    "Residual invasive ductal carcinoma, 8 mm (ypT1b).\n"
    "Pre-treatment core biopsy (2025): HER2 IHC 3+.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "HER2 on the residual tumor is 0.",
        "HER2 (residual): 0",
        "HER2 in the residual carcinoma: 0; ER 90%.",
        "HER2 en el tumor residual: 0.",
    ],
)
def test_a_bare_zero_of_the_residual_tumour_is_its_result(line: str) -> None:
    result = explain_text(POST_TREATMENT + line + "\n")
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), [
        e.text for e in result.evidence
    ]


@pytest.mark.parametrize(
    "line",
    ["HER2 (block A2): 0.5 cm from the margin.", "HER2: 0 of 3 blocks were suitable; see addendum."],
)
def test_a_zero_that_is_a_number_of_something_else_is_no_score(line: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert result.ihc is None or result.ihc.score is None
