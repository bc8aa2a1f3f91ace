"""Staining-distribution rows under a HER2 name, then the lab's interpretation row, are one result,
not a key (safety9: variants9 H-10, a colorectal HERACLES report "3+ ~60% ... 2+ ~15% / 1+ ~10% /
0 ~15%" over "HERACLES interpretation: POSITIVE (3+ in >= 50% of tumour cells)", read as a legend
and called not found).

The structural fact: a row giving a score and its share of cells, with no category, is part of a
result (findings/keys.py is_distribution_row). Each row takes the interpretation row's call, so
its value's span ends on that row; whether it is a distribution row is asked of the score's own
row. Near-misses: the same rows under a NEGATIVE interpretation stay negative, and a key whose
rows each name a category stays a key (never a positive).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CRC = "Rectum, low anterior resection: adenocarcinoma, pT3 N0. RAS/BRAF wild type.\n"
BREAST = "Left breast core biopsy: invasive ductal carcinoma, grade 3.\n"
GASTRIC = "Stomach, partial gastrectomy: adenocarcinoma, diffuse type.\n"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        (
            CRC,
            "HER2 (4B5):\n  3+  ~60% of tumour cells (intense circumferential/basolateral)\n  2+  ~15%\n"
            "  1+  ~10%\n   0  ~15%\nHERACLES interpretation: POSITIVE (3+ in >= 50% of tumour cells).\n",
        ),
        (
            BREAST,
            "HER2 IHC (4B5) - staining distribution\n  3+   45%\n  2+   25%\n  1+   20%\n  0    10%\n"
            "Interpretation: POSITIVE\n",
        ),
    ],
)
def test_distribution_rows_over_the_labs_call_are_its_result(head: str, text: str) -> None:
    result = explain_text(head + text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_the_same_rows_under_a_negative_call_stay_negative() -> None:
    text = (
        "HER2 (4B5):\n  3+  ~5% of tumour cells (focal)\n  2+  ~30%\n  1+  ~40%\n   0  ~25%\n"
        "HERACLES interpretation: NEGATIVE (3+ in <= 10% of cells; 2+ in < 50% of cells)\n"
    )
    result = explain_text(CRC + text)
    assert result.status == "negative", [(e.text, e.value) for e in result.evidence]


def test_a_key_whose_rows_name_categories_is_no_result() -> None:
    text = "HER2 (4B5) scoring:\n  3+  positive\n  2+  equivocal\n  1+  negative\n  0   negative\n"
    result = explain_text(BREAST + text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]
