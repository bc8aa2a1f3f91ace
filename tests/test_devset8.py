"""The eighth blind development set (tests/devset8: 144 reports in twelve families - breast cores
with several samples, post-treatment samples, equivocal results, tissue NGS, ctDNA, GI, other
tumors, Spanish, mentions, amendments, HER2-low/ultralow/zero, ISH variants - written by a writer
who had seen neither the code nor the earlier sets, labels fixed before any run; held out as blind
set 8 in session 7, fixed on from session 8) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 8 began at 128/144 with 6 swaps
and 5 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET8 = ROOT / "tests" / "devset8"
# 128/144 when the set joined (session 8 start); 130/144 after post8 (b8-f02-04, b8-f02-11);
# 136/144 with ngs8 (b8-f04-05, b8-f04-10, b8-f05-07, b8-f06-03, b8-f07-04, b8-f07-12);
# 139/144 with amend8 (report versions: b8-f10-02, -03, -10); ish8: b8-f03-07 (a 2007-criteria
# equivocal read as negative) off the list, b8-f03-06, b8-f03-09, b8-f01-07, b8-f11-10: 144/144
MIN_STATUS_ACCURACY = 0.99
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset8_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET8, 144, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
