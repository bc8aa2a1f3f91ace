"""The twentieth blind development set (tests/devset20: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 17 and held out: measured on the session-start
code (107/120) and the session-end code (108/120), fixed on from session 18) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET20 = ROOT / "tests" / "devset20"
# 108/120 when the set joined (end of session 17)
# 111/120: probe18 fixed b20-f03-04 (OCR "Rat io" and a control row below), b20-f06-05 (a HERACLES
# protocol repeat of an equivocal 2+), b20-f06-06 ("no cluster with 2+ or 3+ staining -> 1+")
# 119/120: fix18 fixed the nine listed wrong-way reports (116/120 on its own, session 18)
MIN_STATUS_ACCURACY = 0.991
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset20_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET20, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
