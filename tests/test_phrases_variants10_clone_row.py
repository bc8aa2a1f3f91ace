"""A bare score in a marker table's row, after the antibody clone's cell (variants10 H-01: a PDF
table export broke each row over two lines, "HER2          4B5         0" over "Negative", and the
0 was never read: not found for an IHC 0 report).

The score token: a bare 0-3 in the cell after a HER2 name and a clone (4B5, CB11, A0485, SP3,
HercepTest), confirmed by a call word beside it or at the start of the line below. Near-misses:
a digit with no call word after it (a block or slide number) is no score; another marker's row
keeps its own number.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast core biopsy, invasive ductal carcinoma grade 2.\n\n"

ROWS = [
    (
        "Marker        Clone       Result\n"
        "Interpretation\n"
        "ER            SP1         95%\n"
        "                                      Positive\n"
        "HER2          4B5         {digit}\n"
        "                                      {call}\n"
        "Ki-67         30-9        35\n"
        "                                      High\n"
    ),
    "HER2          4B5         {digit}\n                                      {call}\n",
    "Marker     Clone        Score   Call\nHER2/neu   CB11         {digit}       {call}\nER         SP1          8       Positive\n",
    "HER2    HercepTest    {digit}    {call}\n",
]
CASES = [
    ("0", "Negative", "negative", "0"),
    ("1", "Negative", "negative", "1+"),
    ("2", "Equivocal", "equivocal", "2+"),
]


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize(("digit", "call", "status", "score"), CASES)
def test_a_bare_score_after_the_clone_is_read(
    row: str, digit: str, call: str, status: str, score: str
) -> None:
    result = explain_text(BREAST + row.format(digit=digit, call=call))
    assert (result.status, result.ihc and result.ihc.score) == (status, score), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize("row", ROWS)
def test_a_3_with_its_positive_call_is_positive(row: str) -> None:
    result = explain_text(BREAST + row.format(digit="3", call="Positive"))
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")


@pytest.mark.parametrize(
    "text",
    [
        "Stain      Clone     Block\nHER2       4B5       3\nER         SP1       3\n",
        "HER2   4B5   3   (block A3), result to follow\n",
    ],
)
def test_a_digit_with_no_call_is_no_score(text: str) -> None:
    result = explain_text(BREAST + text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]
