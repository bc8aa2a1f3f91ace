"""The twenty-fifth blind development set (tests/devset25: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 22 and held out: measured on the session-start
code 0e0cf523 (117/120) and the session-end code 60e76f41 (117/120), fixed on from session 22's
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

DEVSET25 = ROOT / "tests" / "devset25"
# 117/120 at both ends of session 22 (0e0cf523, 60e76f41), with two unsafe status misses (a column
# header "ERBB2 amp (plasma CN)" over serial blood draws read as an amplification; a control label
# "control + ext.:" whose 3+ was read as the tumour's); 119/120 after the lead's mends of their
# families (tests/test_phrases_lead22.py). 120/120 (probe23): b25-f01-10's guidance "an IHC 2+ tumour is
# neither HER2 positive nor HER2 negative" is no result (context.toml hypothetical-generic-cases).
MIN_STATUS_ACCURACY = 1.0
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset25_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET25, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
