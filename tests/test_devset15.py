"""The fifteenth blind development set (tests/devset15: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 12 and held out: measured on the session-start
code (109/120) and the session-end code (109/120), fixed on from session 13) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET15 = ROOT / "tests" / "devset15"
# 109/120 when the set joined (end of session 12)
# 113/120 (fix13, session 13): b15-f02-03, b15-f02-09, b15-f07-08, b15-f08-07 read as labelled
# 115/120 (fix13): b15-f05-02 and b15-f05-05 (plasma not-detected) read not_found as labelled
# 116/120 (fix13b): b15-f05-09 (plasma 'Reportable alterations in this test' gene list) reads not_found
# 118/120 (probe19): b15-f03-09 (a CISH block whose "Note: control tissue" below the status line
# had set its ratio lines aside; its "rati0 ... l.l" now reads 1.1, not the "group 5" after it)
# 119/120 (probe21): b15-f07-04 (a "HER2 TESTING (requested for ... eligibility)" heading over a
# "Scoring system ..... gastric-type criteria" row: the purpose is no pending word, the named system
# no legend heading)
MIN_STATUS_ACCURACY = 0.991
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset15_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET15, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
