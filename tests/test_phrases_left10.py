"""left10 (session 10): short leftovers, as phrase families with near-misses.

1. Spanish sequencing rows that give the ERBB2 amplification call after a "de ERBB2" label or a
   copy number with a decimal comma (devset10 b10-f08-06: "Amplificación de ERBB2 (HER2):
   DETECTADA — número de copias en plasma 3,4" was not read; the call rested on prose).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = "Informe de biopsia líquida (ADN circulante en plasma)\nCarcinoma de mama metastásico\n\nAlteraciones detectadas:\n"
TISSUE = "Informe de secuenciación (NGS) en tejido tumoral\nCarcinoma de mama metastásico\n\nAlteraciones detectadas:\n"

# (row, amplification, copy number, status)
SPANISH_AMPLIFICATION = [
    (
        "  • Amplificación de ERBB2 (HER2): DETECTADA — número de copias en plasma 3,4",
        "amplified",
        3.4,
        "positive",
    ),
    ("  • Amplificación de ERBB2: detectada", "amplified", None, "positive"),
    ("  • Amplificación ERBB2: detectada", "amplified", None, "positive"),
    ("  • ERBB2 amplificado (NC 3,4)", "amplified", 3.4, "positive"),
    ("  • Amplificación de HER2: presente", "amplified", None, "positive"),
    ("  • Amplification of ERBB2: detected", "amplified", None, "positive"),
]

# near-misses: a negated row, another gene's row, a word that is no call
SPANISH_NEAR_MISSES = [
    ("  • Amplificación de ERBB2: no detectada", "not_found"),
    ("  • Amplificación ERBB2: NO DETECTADA (número de copias 2,1)", "not_found"),
    ("  • ERBB2 no amplificado (NC 2,0)", "not_found"),
    ("  • Amplificación de MET: detectada", "not_found"),
    ("  • Amplificación de MET: detectada; ERBB2: no detectada", "not_found"),
    ("  • ERBB2 p.S310F detectada; amplificación de MET detectada", "not_found"),
    ("  • Amplificación de ERBB2: detectable mediante NGS", "not_found"),
]


@pytest.mark.parametrize(("row", "amp", "cn", "status"), SPANISH_AMPLIFICATION)
@pytest.mark.parametrize("head", [PLASMA, TISSUE], ids=["plasma", "tissue"])
def test_spanish_amplification_row(head: str, row: str, amp: str, cn: float | None, status: str) -> None:
    result = explain_text(head + row + "\n")
    assert result.status == status
    assert result.ngs is not None
    assert result.ngs.amplification == amp
    assert result.ngs.copy_number == cn


@pytest.mark.parametrize(("row", "status"), SPANISH_NEAR_MISSES)
def test_spanish_amplification_near_miss_plasma(row: str, status: str) -> None:
    result = explain_text(PLASMA + row + "\n")
    assert result.status == status
    assert result.ngs is None or result.ngs.amplification != "amplified"


@pytest.mark.parametrize(("row", "status"), SPANISH_NEAR_MISSES[3:])
def test_spanish_other_gene_near_miss_tissue(row: str, status: str) -> None:
    result = explain_text(TISSUE + row + "\n")
    assert result.status != "positive"
    assert result.ngs is None or result.ngs.amplification != "amplified"
