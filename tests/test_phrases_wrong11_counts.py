"""A dual-probe count table is no IHC score (devset11 b11-f03-08: a FISH worksheet's per-cell counts
under "cell  HER2  CEP17" - "05  3  2" - read as IHC 3+, a negative report called positive).

Structure: a HER2 column header whose next column is the chromosome 17 probe (CEP17, CEN17,
D17Z1) heads signals counted per cell; its digits are counts, never 0/1+/2+/3+, whatever the
table's layout (spaces, tabs, pipes). Near-miss: the report's own IHC line beside such a table
stays the IHC result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

COUNT_TABLES = [
    (
        "spanish-nucleo",
        "Recuento FISH, biopsia de mama\n"
        "nucleo   HER2   CEP17\n 1        2      2\n 2        3      2\n 3        1      2\n 4        2      2\n",
    ),
    (
        "pipes-signals",
        "FISH count sheet, breast core biopsy, block A2.\n"
        "| nucleus | HER2 signals | CEP17 signals |\n"
        "| 1 | 2 | 2 |\n| 2 | 3 | 2 |\n| 3 | 2 | 1 |\n| 4 | 1 | 2 |\n| 5 | 3 | 3 |\n"
        "Interpretation pending pathologist review.\n",
    ),
    (
        "tabs",
        "Dual-probe count export (breast, excision block B1)\n"
        "Cell\tHER2\tCEP17\n1\t2\t2\n2\t3\t2\n3\t2\t2\n4\t2\t1\n5\t1\t2\n",
    ),
    (
        "spaces-cen17",
        "ISH enumeration, gastric biopsy\n"
        "nucleus   HER2   CEN17\n"
        "  1        3      2\n  2        2      2\n  3        2      1\n  4        3      2\n",
    ),
]

NEAR_MISSES = [
    (
        "own-ihc-line-beside-counts",
        "Breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), strong complete staining in 80% of cells.\n\n"
        "Dual-probe ISH count sheet:\n"
        "cell  HER2  CEP17\n01    9     2\n02    11    2\n03    8     2\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in COUNT_TABLES], ids=[c[0] for c in COUNT_TABLES])
def test_signal_counts_are_not_ihc_scores(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive"
    assert result.ihc is None or result.ihc.score is None


@pytest.mark.parametrize("text", [c[1] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_the_reports_own_ihc_line_stays(text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ihc is not None and result.ihc.score == "3+"
