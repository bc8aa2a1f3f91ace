"""The twenty-sixth blind development set (tests/devset26: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 23 and held out: measured on the session-start
code 10bc4a8e (115/120) and the session-end code d852478a (115/120), fixed on from session 23's
end) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET26 = ROOT / "tests" / "devset26"
# 115/120 at both ends of session 23 (10bc4a8e, d852478a), with one unsafe status miss (a tumour
# board's "Triple-negative vs HER2-positive biology will determine the regimen", no HER2 result yet,
# read POSITIVE) and three field swaps (a criterion "when >10% of cells are amplified" read as an ISH
# call; a call an earlier numbered amendment gave read as current; BRAF V600E under a ruled "NEGATIVE
# FOR" heading read mutant); 120/120 after the lead's mends of their families
# (tests/test_phrases_lead23.py).
MIN_STATUS_ACCURACY = 1.0
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset26_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET26, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
