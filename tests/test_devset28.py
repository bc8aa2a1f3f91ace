"""The twenty-eighth blind development set (tests/devset28: 60 reports in six families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI - written by hand, one report at a time, by
a writer who had seen neither the code nor the earlier sets (families 1-6; the writer of families 7-12
never ran); labels fixed before any run; written at the start of session 25 and held out: measured on
the session-start code 0c6b2fa2 (49/60) and the code at the end of the helpers' work a3f4856c (49/60),
fixed on from the lead's mends) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET28 = ROOT / "tests" / "devset28"
# 49/60 at the start of session 25 and at the end of the helpers' work (0c6b2fa2, a3f4856c), two
# unsafe by the labels (serial plasma draws whose current draw detected nothing read POSITIVE from the
# first draw; a blood report quoting the tissue IHC 3+ "per referral"); 54/60 after the lead's mends
# (tests/test_phrases_lead25.py); 55/60 after lead26 (an ISH heterogeneity report's rule sentence,
# wrapped over two lines, is read whole: tests/test_phrases_lead26.py E). Left: heavy OCR (an ISH
# report, a gastric IHC whose control line "c0ntrol" took the score away), two tissue/plasma NGS "not
# amplified" reports labelled negative that read not found, and a colorectal 3+ called positive by
# the lab's own protocol (HERACLES would need ISH) read equivocal.
MIN_STATUS_ACCURACY = 0.9
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
KNOWN_WRONG_WAY = {
    "b28-f05-09",  # a blood report quoting the tissue IHC 3+ "per referral" in its header: labelled equivocal (the plasma call), read POSITIVE - the label convention asked about since session 21
    "b28-f04-06",  # "KRAS G12V? -> no, KRAS wild-type (prior draft error corrected)": read mutant (a queried variant answered no)
}


def test_devset28_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET28, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
