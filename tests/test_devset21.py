"""The twenty-first blind development set (tests/devset21: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 18 and held out: measured on the session-start
code (106/120) and the session-end code (105/120), fixed on from session 19) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET21 = ROOT / "tests" / "devset21"
# 105/120 when the set joined (end of session 18); 108/120 after fix19's first two steps (session 19)
# 112/120 (probe19, +4): b21-f01-05 (a template's "+ Antibody:"/"+ Result:" lines over its boxes),
# b21-f01-08 (a consult letter's "I would regard this tumour as HER2-positive"), b21-f08-07
# ("punt uación O ( cero )"), b21-f11-05 (a spaced "Score :  0" cut by the near scope) read as labelled
# 114/120 (fix19, +2): b21-f02-10, b21-f03-04 (the lab's own equivocal word keeps the ISH equivocal)
# 115/120 (fix19, +1): b21-f02-03 (German "Vorbefund Stanzbiopsie" after treatment with no residual tumour)
# 118/120 (probe20, +3): b21-f03-03 (an unnamed concurrent IHC 2+ settles a group 3), b21-f07-05
# (a note's quoted AR "3+" disowned), b21-f10-06 (another lab's IHC "not part of this report")
# 119/120 (probe22, +1): b21-f10-05 ("The initial HER2 IHC ... was interpreted as 2+" before a repeat)
MIN_STATUS_ACCURACY = 0.991
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()  # all seven fixed by fix19 (session 19)


def test_devset21_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET21, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
