"""The twenty-seventh blind development set (tests/devset27: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 24 and held out: measured on the session-start
code 51938971 (112/120) and the session-end code 3e384039 (112/120), fixed on from session 24's
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

DEVSET27 = ROOT / "tests" / "devset27"
# 112/120 at both ends of session 24 (51938971, 3e384039), with one unsafe status miss by the labels
# (a plasma report whose header quoted "HER2-negative per referral" read NEGATIVE) and seven safe
# ones (a checklist that blanks the options not chosen; "this result is negative" after an ultralow 0;
# "RESULT: HER2 NEGATIVE - HER2-LOW (IHC 1+)" over a drug comment; a HERACLES call beside the next
# line's criterion; an ISH table with a reference column; and two label doubts: a twice-failed ISH
# beside IHC 2+ labelled not_found, a lung exon 20 insertion with copy number 2.1 labelled negative);
# 117/120 after the lead's mends of their families (tests/test_phrases_lead24.py).
MIN_STATUS_ACCURACY = 0.975
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset27_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET27, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
