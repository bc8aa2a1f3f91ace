"""A table of samples before and after treatment: which row is the current sample, and which
column a value belongs to (tests/variants4 v4-A-02).

A mastectomy report after neoadjuvant therapy compares the pre-treatment core biopsy with this
case in a tab-separated table ("Core biopsy ... 3+ | Amplified (5.8 / 11.2)" over "Mastectomy
(this case) ... 0 | Not amplified (1.2 / 2.1)"). The IHC column gave both scores to no sample,
and the ISH column's cells were read in reading order, row 1's ratio with row 2's words: the
report was called positive. Now an ISH method's column is read cell by cell like an IHC column
(findings/columns.py), and in a report after treatment a table whose one row's label names the
current sample ("this case", "residual", "post-treatment": samples rule current-row) makes the
other rows the samples before treatment, each value named by its row.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = (
    "SPECIMEN: Right breast, mastectomy, post neoadjuvant therapy\n"
    "DIAGNOSIS: Residual invasive carcinoma of no special type, 1.8 cm (ypT1c).\n\n"
)
TAB = (
    "Specimen\tDate\tHER2 IHC\tHER2 FISH (ratio / mean HER2)\n"
    "Core biopsy SA-26-02011\t02/03/2026\t3+\tAmplified (5.8 / 11.2)\n"
    "Mastectomy SA-26-13390 (this case)\t08/27/2026\t0\tNot amplified (1.2 / 2.1)\n"
)
SPACED = (
    "Sample                          HER2 IHC     HER2 FISH ratio\n"
    "Pretreatment core (2026-02)     3+           Amplified 4.9\n"
    "Residual tumour, block 2C       1+           Not amplified 1.3\n"
)
CURRENT_FIRST = (
    "Specimen\tHER2 IHC\tHER2 FISH (ratio)\n"
    "Resection (current specimen)\t1+\tNot amplified (1.1)\n"
    "Diagnostic core biopsy\t3+\tAmplified (6.0)\n"
)

CASES = [
    ("tab-this-case", TAB, "0", 1.2),
    ("spaced-residual", SPACED, "1+", 1.3),
    ("current-row-first", CURRENT_FIRST, "1+", 1.1),
]


@pytest.mark.parametrize(("name", "table", "score", "ratio"), CASES, ids=[c[0] for c in CASES])
def test_the_current_row_decides_after_treatment(name: str, table: str, score: str, ratio: float) -> None:
    result = explain_text(HEAD + "HER2 COMPARISON (pre- vs post-treatment)\n" + table)
    assert result.status == "negative", (name, [e.text for e in result.evidence])
    assert result.ihc is not None and result.ihc.score == score
    assert result.ish is not None and result.ish.result == "not_amplified" and result.ish.ratio == ratio
    assert "post_treatment" in result.warning_codes


def test_an_ish_column_is_read_cell_by_cell() -> None:
    text = "Left breast, core biopsy: invasive ductal carcinoma.\n\nBlock\tER\tHER2 FISH (ratio)\nA1\t95%\tAmplified (3.1)\n"
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ish is not None and result.ish.ratio == 3.1


def test_without_treatment_every_row_is_a_current_sample() -> None:
    """Two blocks of one tumor before any treatment: the highest result stands, as before."""
    text = (
        "Left breast, lumpectomy: invasive ductal carcinoma, two foci.\n\n"
        "Block\tHER2 IHC\tHER2 FISH (ratio)\n"
        "A1 (this specimen, focus 1)\t3+\tAmplified (4.4)\n"
        "A4 (focus 2)\t1+\tNot amplified (1.2)\n"
    )
    assert explain_text(text).status == "positive"


def test_a_post_treatment_table_naming_no_current_row_keeps_its_results() -> None:
    """No row says which sample is this case: nothing is set aside as before treatment."""
    table = "Specimen\tHER2 IHC\nBlock 2C\t0\nBlock 2D\t3+\n"
    result = explain_text(HEAD + table)
    assert "post_treatment" not in result.warning_codes


COLON = "Sigmoid colon, resection: adenocarcinoma, pT3 pN1b.\n"
SCORE = "HER2 IHC (4B5) performed on block 4C.\n  Intensity/extent: moderate (2+) complete staining in ~30% of tumour cells;\n  remaining cells 0/1+.\n"
CRITERIA_IN_BRACKETS = [
    (
        "interpretation-criteria",
        "  Interpretation (HERACLES criteria): NEGATIVE - 2+ in fewer than 50% of cells.\n",
    ),
    ("final-result-bracket", "  Final result (per HERACLES): negative.\n"),
    ("result-bracket-spanish-free", "  Result (HERACLES-B definition): NEGATIVE\n"),
]


@pytest.mark.parametrize(("name", "row"), CRITERIA_IN_BRACKETS, ids=[c[0] for c in CRITERIA_IN_BRACKETS])
def test_an_interpretation_row_naming_its_criteria_in_brackets_is_the_scores_call(
    name: str, row: str
) -> None:
    """variants5 v5-A-05: a colorectal 2+ in 30% of cells that the lab calls NEGATIVE by HERACLES."""
    result = explain_text(COLON + SCORE + row)
    assert result.status == "negative", name
    assert result.ihc is not None and result.ihc.lab_call == "negative"


def test_another_tests_interpretation_row_is_not_the_scores_call() -> None:
    row = "  ISH interpretation (PathVysion): NOT AMPLIFIED\n"
    result = explain_text(COLON + SCORE + row)
    assert result.ihc is not None and result.ihc.lab_call is None
