"""The nineteenth blind development set (tests/devset19: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 16 and held out: measured on the session-start
code (109/120) and the session-end code (109/120), fixed on from session 17) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET19 = ROOT / "tests" / "devset19"
# 109/120 when the set joined (end of session 16)
# 110/120: fix17 fixed b19-f09-05 (a QC note's control block read as the patient's 3+)
# 111/120: fix17 fixed b19-f11-10 (a metastasis after endocrine therapy read negative from the primary's 0)
# 112/120: fix17 fixed b19-f05-06 (a plasma report on treatment read positive from the tissue history)
# 113/120: fix17 fixed b19-f09-10 (a 2007-criteria FISH report's EQUIVOCAL before its criteria key)
# 114/120: fix17 fixed b19-f12-05 (IHC 2+ and an ISH group 3 whose second count was pending read positive)
# 113/120 probe17: b19-f11-07 (a form's label line after a blank line), b19-f05-01 (a plasma
# table's "Amp" column header), b19-f07-03 (a note that micropapillary variants are more
# frequently HER2 amplified)
# 117/120: fix17 and probe17 together
# 118/120: probe18 fixed b19-f07-05 (a note's "the 3+ above is the AR intensity score" read as HER2's)
# 119/120: probe18 fixed b19-f12-04 (a footnote's "ISH is performed only for IHC score 2+" read as the 2+)
MIN_STATUS_ACCURACY = 0.991
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset19_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET19, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
