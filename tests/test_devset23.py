"""The twenty-third blind development set (tests/devset23: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 20 and held out: measured on the session-start
code 629f8e36 (107/120) and the session-end code 60e58a24 (107/120), fixed on from session 20's
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

DEVSET23 = ROOT / "tests" / "devset23"
# 107/120 when the set joined (end of session 20, 60e58a24), with seven unsafe status misses; 114/120
# after the lead's mends of its families (f38598c6, tests/test_phrases_lead20.py): a gene table's row
# above negating the ERBB2 row, a Spanish control line, a fraction score with its scale, observers then
# a consensus, an assay's intended use, a list of HER2 categories; no unsafe status miss left.
# 115/120 after fix21's aligned score ('Score:     0', b23-f11-02).
# 117/120 after probe22 (b23-f12-04 a ratio dictated in words, b23-f10-02 an OCR'd corrected entry).
MIN_STATUS_ACCURACY = 0.975
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call, the NGS amplification or a RAS/BRAF/MSI/MMR field), after the lead's mends. The list may only shrink.
# fix21 mended both: a capability sentence ("expected to detect ERBB2 amplification if present",
# b23-f05-05) and a KRAS value quoted as entered in error (b23-f10-09) are no results.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset23_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET23, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
