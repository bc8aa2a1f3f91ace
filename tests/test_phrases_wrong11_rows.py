"""A score row whose share of cells is none is no score of the tumor (devset11 b11-f06-02: a
HERACLES distribution "Tumor cells with 3+ staining ........ none" under a 2+ result read as IHC
3+, a negative report called positive).

Structure: a distribution table lists every score with the share of cells that shows it; a row
whose share is "none", "0%", "not seen" or "ausente" says no cell has that score, whatever the
layout (dot leaders, a colon, a table cell). Near-misses: a 3+ row with a real share stays 3+, and
an "absent" that belongs to the next clause on the line ("3+ (positive). LVI: absent") is not the
row's share.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

NONE_ROWS = [
    (
        "dot-leaders-none",
        "Colon adenocarcinoma, resection.\n"
        "HER2 IHC (4B5), distribution of membrane staining:\n"
        "  cells with 1+ staining .................. about 60%\n"
        "  cells with 2+ staining .................. about 10%\n"
        "  cells with 3+ staining .................. none\n",
    ),
    (
        "heracles-overall-line",
        "Rectal adenocarcinoma, biopsy.\n"
        "HER2 IHC (4B5), HERACLES method:\n"
        "  2+ staining (moderate, lateral) ........ ~20%\n"
        "  1+ staining ............................ ~50%\n"
        "  3+ staining ............................ none\n"
        "  Overall: 2+ in <50% of cells - NEGATIVE by HERACLES.\n",
    ),
    (
        "spanish-leaders-ausente-resultado",
        "Adenocarcinoma gastrico, gastrectomia.\n"
        "HER2 (IHQ, 4B5), celulas tumorales segun intensidad:\n"
        "  2+ (moderada, completa o lateral) ...... ~5%\n"
        "  3+ (intensa, completa) ...... ausente\n"
        "  Resultado: 2+ en 5% de las celulas.\n",
    ),
    (
        "spanish-ausente",
        "Adenocarcinoma gastrico, gastrectomia.\n"
        "HER2 (IHQ, 4B5), porcentaje de celulas por intensidad:\n"
        "  2+ (moderada, completa o lateral): 5%\n"
        "  3+ (intensa, completa): ausente\n",
    ),
]

NEAR_MISSES = [
    (
        "3plus-row-with-share",
        "Breast, left, core biopsy: invasive carcinoma.\n"
        "HER2 (SP3) staining profile:\n"
        "  1+ (faint, incomplete): none\n"
        "  3+ (strong, complete): 95%\n",
    ),
    (
        "absent-in-next-clause",
        "Breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC: 3+ (positive). Lymphovascular invasion: absent\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NONE_ROWS], ids=[c[0] for c in NONE_ROWS])
def test_a_score_row_with_no_cells_is_not_the_score(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive"
    assert not (result.ihc and result.ihc.score == "3+")


@pytest.mark.parametrize("text", [c[1] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_3plus_with_cells_stays_positive(text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ihc is not None and result.ihc.score == "3+"
