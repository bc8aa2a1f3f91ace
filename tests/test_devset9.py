"""The ninth blind development set (tests/devset9: 129 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by a writer who had
seen neither the code nor the earlier sets, labels fixed before any run; held out as blind set 9 in
sessions 7 and 8, fixed on from session 9) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 9 began at 111/129 with 3 swaps
and 6 unsafe misses (109/129 when it was first measured, session 7).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET9 = ROOT / "tests" / "devset9"
# 111/129 when the set joined (session 9 start); 119/129 after fix9b (history clause b9-f07-08,
# corrected score b9-f10-14, values of families 7, 8, 10, 12: b9-f07-05, f07-09, f07-10, f10-04,
# f08-09, f12-08); 124/129 with fix9a (b9-f02-03, f03-08, f05-08, f06-07 and misses of families 1-6)
# 125/129 with fix10a's OCR ISH reading (b9-f03-06: "rati0 : 1 .9", the band "1.8-2.2" no ratio)
# 128/129 with fix10b (lettered specimens b9-f01-06, heterogeneity sentence b9-f03-07, OCR-split
# amplification b9-f05-05)
MIN_STATUS_ACCURACY = 0.992
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset9_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET9, 129, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
