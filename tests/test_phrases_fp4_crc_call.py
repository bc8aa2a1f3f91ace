"""The lab's call for a colorectal IHC 2+ on a labelled row of its own (fourth blind set, b4-f06-02).

"Score: 2+ in <50% of cells" then "HERACLES interpretation: NEGATIVE (2+ in fewer than 50% of cells
is scored HER2 negative in CRC)": under HERACLES a 2+ in under half of the cells is negative, and
the lab said so on its interpretation row, which does not repeat the HER2 name. The engine gave
"equivocal" (safe, but not what the report says), and read the criteria clause in brackets as a
statement. An interpretation row of the HER2 block gives the score its call; a row that names
another test or marker does not, and a criteria clause that defines a call is a legend.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

COLON = "Colon, descending, resection: adenocarcinoma, moderately differentiated. Metastatic disease.\n"

CASES = [
    (
        "heracles-interpretation-row",
        "HER2 IHC (clone 4B5), scored by HERACLES criteria:\n"
        "   Staining: moderate (2+) complete/basolateral membrane staining in approximately 40% of tumor cells.\n"
        "   Score: 2+ in <50% of cells\n"
        "   HERACLES interpretation: NEGATIVE (2+ in fewer than 50% of cells is scored HER2 negative in CRC).\n",
        "negative",
    ),
    (
        "interpretation-row",
        "HER2 immunohistochemistry: 2+ in 30% of tumor cells.\nInterpretation: negative (HERACLES).\n",
        "negative",
    ),
    (
        "final-result-row",
        "HER2 (4B5) IHC\n  Score: 2+ (about 20% of cells)\n  Final result: NEGATIVE per HERACLES\n",
        "negative",
    ),
    (
        "nm-interpretation-equivocal",
        "HER2 IHC: 2+ in 40% of cells.\nInterpretation: equivocal; ISH to follow.\n",
        "equivocal",
    ),
    (
        "nm-row-of-another-test",
        "HER2 IHC: 2+ in 60% of tumor cells.\nISH interpretation: not performed.\n",
        "equivocal",
    ),
    (
        "nm-row-of-another-marker",
        "HER2 IHC: 2+ in 70% of tumor cells.\nKRAS result: negative (wild-type).\n",
        "equivocal",
    ),
    (
        "nm-row-below-another-test",
        "HER2 IHC: 2+ in 30% of tumor cells.\nFISH ratio 2.6, mean HER2 6.1 signals/cell\nInterpretation: POSITIVE\n",
        "positive",
    ),
    (
        "nm-blank-line-before-row",
        "HER2 IHC: 2+ in 70% of tumor cells.\n\nMargins: negative.\n",
        "equivocal",
    ),
    (
        "nm-criteria-clause-alone",
        "HER2 HERACLES key: 2+ in fewer than 50% of cells is scored HER2 negative.\n",
        "not_found",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), CASES, ids=[c[0] for c in CASES])
def test_a_colorectal_2plus_takes_its_interpretation_row(name: str, text: str, status: str) -> None:
    assert explain_text(COLON + text).status == status, name
