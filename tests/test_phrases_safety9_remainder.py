"""The rest of the tumour's score beside a described part is not the result (safety9: variants9
I-08, a gastric biopsy "staining in one cluster of ~6 tumour cells (< 5% of tumour overall);
remaining tumour 0/1+." over "SCORE: 2+ (EQUIVOCAL)", read as 0-1+ negative).

The structural fact: a heterogeneous tumour is described part by part, and the score given to
"the remaining tumour", "the rest of the tumour", "background tumour cells" (Spanish "el resto del
tumor") is a part; the lab's result is its other score, even when it comes on the next line
(ihc.toml remainder-score). Near-misses: a remainder after the result line keeps the result, a
remainder that is the only score is still read (after treatment "remaining tumour" may be the
residual tumour), and a plain "0/1+ ... NEGATIVE" stays negative.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GEJ = "GEJ, biopsies x 5: adenocarcinoma, intestinal type.\n"
BREAST = "Left breast core biopsy: invasive ductal carcinoma.\n"


@pytest.mark.parametrize(
    ("head", "text", "expected"),
    [
        (
            GEJ,
            "HER2 (4B5), biopsy criteria (cluster of >= 5 cells):\n  Weak-to-moderate lateral membranous "
            "staining in one cluster of ~6 tumour\n  cells (< 5% of tumour overall); remaining tumour 0/1+.\n"
            "  SCORE: 2+ (EQUIVOCAL). HER2 ISH to follow in a separate report.\n",
            ("equivocal", "2+"),
        ),
        (
            GEJ,
            "HER2 IHC (4B5): moderate basolateral staining in a cluster of 8 cells; the rest of the tumour 1+.\n"
            "Score: 2+, equivocal. ISH to follow.\n",
            ("equivocal", "2+"),
        ),
        (
            GEJ,
            "HER2 (4B5): strong lateral staining in 2 clusters (>5 cells each); background tumour 1+.\n"
            "SCORE: 3+ (POSITIVE)\n",
            ("positive", "3+"),
        ),
        (
            GEJ,
            "HER2 (4B5): tinción lateral moderada en un grupo de 7 células; el resto del tumor 0/1+.\n"
            "Puntuación: 2+ (dudoso). Se realizará ISH.\n",
            ("equivocal", "2+"),
        ),
    ],
)
def test_the_remainders_score_is_a_part(head: str, text: str, expected: tuple[str, str]) -> None:
    result = explain_text(head + text)
    assert (result.status, result.ihc and result.ihc.score) == expected, [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HER2 (4B5): 3+ in 80% of invasive cells; remaining tumour 1+. POSITIVE.\n", ("positive", "3+")),
        ("HER2 (4B5): 0/1+ in all tumour cells - NEGATIVE\n", ("negative", None)),
        ("HER2 (4B5): remaining tumour 1+ after neoadjuvant therapy\n", ("negative", "1+")),
        ("HER2 (4B5): Score 1+ (negative). Other tumour areas 0.\n", ("negative", "1+")),
    ],
)
def test_a_result_beside_or_without_a_remainder_stays(text: str, expected: tuple[str, str | None]) -> None:
    result = explain_text(BREAST + text)
    assert (result.status, result.ihc and result.ihc.score) == expected, [
        (e.text, e.value) for e in result.evidence
    ]
