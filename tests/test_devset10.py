"""The tenth blind development set (tests/devset10: 123 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by a writer who had seen neither the code nor the earlier sets (one script per family); labels fixed before
any run; held out as blind set 10 in session 8 (112/123 at its start, 113/123 at its end), fixed on from session 9) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 9 began at 113/123 with 1 swap and 2 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET10 = ROOT / "tests" / "devset10"
# 113/123 when the set joined (session 9 start); 117/123 with wrong11's and fix9a's fixes; 120/123
# with fix10b (sample tables with ISH columns b10-f01-06, b10-f01-10; counted NGS row label b10-f04-07);
# 121/123 with "Patient values:" ending a reference-range legend (b10-f03-11, fix10b)
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset10_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET10, 123, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
