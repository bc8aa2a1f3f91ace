"""The seventh blind development set (tests/devset7: 117 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by a writer who
had seen neither the code nor the earlier sets, labels fixed before any run; held out as blind set
7 in session 6, fixed on from session 7) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 7 began at 93/117 with 8 swaps
and 14 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET7 = ROOT / "tests" / "devset7"
# 93/117 when the set joined (session 7 start); 95/117 after ish7 step 1; 102/117 with fp7;
# 107/117 with ngs7 (tissue NGS, blood, co-markers); 114/117 with ish7 step 2; 116/117 with spec7
# too (b7-f02-03, b7-f02-09 no longer called positive)
MIN_STATUS_ACCURACY = 0.99
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset7_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET7, 117, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
