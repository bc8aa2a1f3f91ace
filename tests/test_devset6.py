"""The sixth blind development set (tests/devset6: 109 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by a writer who
had seen neither the code nor the earlier sets, labels fixed before any run; held out as blind set
6 in session 5, fixed on from session 6) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 6 began at 97/109 with 4 swaps
and 7 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET6 = ROOT / "tests" / "devset6"
# 97/109 when the set joined (session 6 start); 104/109 after fp6; 107/109 with fam6
MIN_STATUS_ACCURACY = 0.98
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()  # empty since fp6 and fam6


def test_devset6_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET6, 109, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
