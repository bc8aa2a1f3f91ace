"""The twenty-fourth blind development set (tests/devset24: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 21 and held out: measured on the session-start
code db81c2f6 (116/120) and the session-end code 432ad0c3 (116/120), fixed on from session 21's
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

DEVSET24 = ROOT / "tests" / "devset24"
# 116/120 at both ends of session 21 (db81c2f6, 432ad0c3), with no unsafe status miss and three field
# swaps (two NGS amplifications, one BRAF); 119/120 after the lead's mends of its families
# (tests/test_phrases_lead21.py): a caution not to class the tumour yet ("classed"), a lab's
# amplification cut-off line, what a first version said, a list under a "not detected" heading.
# Left: b24-f10-01 (an amended report's IHC row tagged "[original report ...]" sets the added FISH
# rows under it aside as earlier: positive read equivocal).
MIN_STATUS_ACCURACY = 1.0  # fix22: b24-f10-01 (a bracketed row tag speaks for its own row)
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset24_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET24, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
