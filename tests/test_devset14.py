"""The fourteenth blind development set (tests/devset14: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 11 and held out: measured on the session-start
code (104/120) and the session-end code (106/120), fixed on from session 12) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET14 = ROOT / "tests" / "devset14"
# 106/120 when the set joined (end of session 11)
# 107/120: b14-f05-05 (not_found read negative) fixed by probe12b (a blood report's ERBB2 not-detected is the blood test's, never a HER2 negative)
# 114/120 (fix12, session 12): the other five wrong-way reports fixed as phrase families
#   (tests/test_phrases_fix12.py): b14-f03-06 (negative read positive; now not_found), b14-f04-07,
#   b14-f09-05, b14-f09-08, b14-f10-09 (b14-f05-05's grid key too: abbreviation-key); and the
#   safe misses b14-f04-08 ('arnplification'), b14-f07-08 ('Result, IHC:' rows under a key),
#   b14-f09-10 ('this is regarded as HER2 positive')
MIN_STATUS_ACCURACY = 0.95
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink: empty since fix12 (session 12).
KNOWN_WRONG_WAY: set[str] = set()


def test_devset14_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET14, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
