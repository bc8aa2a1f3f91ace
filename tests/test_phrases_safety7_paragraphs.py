"""A short HER2 statement that gives its call and ends its paragraph is complete: a score in the
next paragraph is not its score (found on tests/variants7: v7-F-03's leaflet under a result, and
v7-B-05's fax footer "Page 3+ of 4" under "Interpretation: HER2 NEGATIVE."). Before, a statement
shorter than a line ("HER2: NEGATIVE.") was widened to the next sentence, across the blank line,
and its far scope read the next paragraph's first score: a negative report with a key below it
became "3+, lab call negative" - a conflict, or a positive.

Near-misses: a label whose value is on a later line with no call before it ("HER2 (4B5)" over a
blank line and "Score: 3+") is still read, and a call and score in one paragraph stay together.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"

STATEMENTS = {
    "colon": "HER2: NEGATIVE.\n",
    "status": "HER2 status: NEGATIVE.\n",
    "interpretation": "Interpretation: HER2 NEGATIVE.\n",
    "spanish": "HER2: negativo.\n",
}
NEXT_PARAGRAPHS = {
    "fax-footer": "Page 3+ of 4 (fax header artefact)\n",
    "key": 'The "3+" score means HER2-positive.\n',
    "leaflet": 'A result of "3+" or "amplified" means HER2-positive.\n',
    "other-marker": "Ki-67: 3+ staining in 40% of nuclei.\n",
}


@pytest.mark.parametrize("paragraph", sorted(NEXT_PARAGRAPHS))
@pytest.mark.parametrize("statement", sorted(STATEMENTS))
def test_a_called_statement_does_not_read_the_next_paragraph(statement: str, paragraph: str) -> None:
    result = explain_text(BREAST + STATEMENTS[statement] + "\n" + NEXT_PARAGRAPHS[paragraph])
    assert result.status == "negative", [(e.text, e.value) for e in result.evidence]
    assert result.ihc is None or result.ihc.score is None


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("HER2 (4B5)\n\nScore: 3+ (positive)\n", "3+"),
        ("HER2 IHC:\n\n2+ (equivocal); FISH pending.\n", "2+"),
        ("HER2: NEGATIVE (score 1+).\n\nKi-67: 20%.\n", "1+"),
        ("HER2 status: NEGATIVE, score 0.\n", "0"),
    ],
)
def test_a_value_below_an_uncalled_label_or_in_the_same_paragraph_is_still_read(
    text: str, score: str
) -> None:
    result = explain_text(BREAST + text)
    assert result.ihc is not None and result.ihc.score == score
