"""A score range the lab calls in words is read by the call, and a criteria sentence is a legend.

Found on tests/variants4 G-02: "FINAL HER2 STATUS: NEGATIVE. Comment: Group 4 results with
concurrent IHC 0-2+ are reported as HER2 negative" after an ISH group 4 was read as IHC "0-2+",
whose top (2+) made the report equivocal although the lab's final call is negative. The range
is the criteria's, the call is the lab's (interpret/decide.py _ihc_score; context rule
legend-considered). Near-misses: a range without a call stays at its top, a range called positive, and a
positive word never lifts a range above its top (real report TCGA-BH-A0B1: 'HER2/NEU: positive.
zero or 1+', the word belonging to the row above).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Right breast excision: invasive ductal carcinoma.\n"
ISH_GROUP4 = (
    "Dual-probe ISH (HER2/CEP17), 40 cells:\n"
    "   Mean HER2 signals/cell ........ 5.2\n"
    "   Mean CEP17 signals/cell ....... 4.6\n"
    "   HER2/CEP17 ratio .............. 1.1\n"
)

CASES = [
    (
        "final-call-then-criteria",
        BREAST + ISH_GROUP4 + "FINAL HER2 STATUS: NEGATIVE.\n"
        "Comment: Group 4 results with concurrent IHC 0-2+ are reported as HER2 negative.\n",
        "negative",
    ),
    (
        "criteria-sentence-alone",
        BREAST + "Comment: Group 4 results with concurrent IHC 0-2+ are reported as HER2 negative.\n",
        "not_found",
    ),
    ("range-called-negative", BREAST + "HER2 IHC: 0-2+, negative.\n", "negative"),
    ("range-without-call", BREAST + "HER2 IHC: 1-2+\n", "equivocal"),
    ("range-called-positive", BREAST + "HER2 IHC: 2-3+, positive.\n", "positive"),
    (
        "positive-word-of-the-row-above",
        BREAST + "ESTROGEN RECEPTORS: positive. PROGESTERONE RECEPTORS: HER2/NEU: positive. zero or 1+.\n",
        "negative",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), CASES, ids=[c[0] for c in CASES])
def test_a_called_range_reads_by_its_call(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name
