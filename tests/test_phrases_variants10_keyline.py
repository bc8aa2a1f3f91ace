"""A key written on one line under a table row (variants10 H-01: a PDF table export broke each
marker's row over two lines, "HER2  4B5  0" over "Negative", and the line below the table,
"Reference: HER2 3+ Positive / 2+ Equivocal / 0-1+ Negative", was read as the cell of the HER2
column: positive for an IHC 0 report).

The structural fact: one cell (one line's text between wide gaps) that lists three different
scores is a key, wherever it stands under a header; it is no cell of a result column. Near-misses:
a result row above such a key keeps its score (3+ and 1+ rows), a real column table keeps its
cells, and a result cell holding one score with words stays a result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast core biopsy, invasive ductal carcinoma grade 2.\n\n"
GASTRIC = "Gastric antrum biopsies: adenocarcinoma, intestinal type.\n\n"

KEYS = [
    "Reference: HER2 3+ Positive / 2+ Equivocal / 0-1+ Negative",
    "Reference: 3+ Positive / 2+ Equivocal / 0-1+ Negative",
    "Key: 3+ = positive; 2+ = equivocal; 0 or 1+ = negative",
    "Scoring: 0/1+ negative, 2+ equivocal, 3+ positive",
    "Referencia: 3+ positivo / 2+ dudoso / 0-1+ negativo",
]

BROKEN_ROWS = [
    (
        BREAST,
        "Marker        Clone       Result\n"
        "Interpretation\n"
        "ER            SP1         95%\n"
        "                                      Positive\n"
        "HER2          4B5         {score}\n"
        "                                      {call}\n"
        "Ki-67         30-9        35\n"
        "                                      High\n",
    ),
    (
        BREAST,
        "HER2          4B5         {score}\n                                      {call}\n",
    ),
    (
        GASTRIC,
        "Marker        Clone       Result\n"
        "HER2          4B5         {score}\n"
        "                                      {call}\n"
        "PD-L1         22C3        CPS 3\n",
    ),
]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(("head", "table"), BROKEN_ROWS)
def test_a_key_line_under_a_zero_row_is_not_the_result(head: str, table: str, key: str) -> None:
    result = explain_text(head + table.format(score="0", call="Negative") + key + "\n")
    assert result.status in ("negative", "not_found"), [(e.text, e.value) for e in result.evidence]
    assert not (result.ihc and result.ihc.score == "3+")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(("head", "table"), [BROKEN_ROWS[0], BROKEN_ROWS[2]])
def test_a_3_plus_row_above_a_key_line_stays_positive(head: str, table: str, key: str) -> None:
    # (the row with no header line above it reads not found: the key line voids the mention's
    # whole statement there, as before this family's change - a safe miss)
    result = explain_text(head + table.format(score="3+", call="Positive") + key + "\n")
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(("head", "table"), BROKEN_ROWS)
def test_a_1_plus_row_above_a_key_line_is_never_positive(head: str, table: str, key: str) -> None:
    result = explain_text(head + table.format(score="1+", call="Negative") + key + "\n")
    assert result.status in ("negative", "not_found"), [(e.text, e.value) for e in result.evidence]


def test_a_column_table_keeps_its_cells() -> None:
    text = (
        BREAST + "Block    ER        PR        HER2      Ki-67\n"
        "A1       90        70        3+        15\n"
        "         Pos       Pos       Pos       High\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")


def test_a_column_cell_with_one_score_and_words_is_a_result() -> None:
    text = (
        BREAST + "Marker    Clone     Result\n"
        "HER2      4B5       3+ positive (strong complete staining in 90%)\n"
        "ER        SP1       90% positive\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")
