"""The twelfth blind development set (tests/devset12: 120 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand, one
report at a time, by two writers who had seen neither the code nor the earlier sets (families 1-6
and 7-12); labels fixed before any run; written at the end of session 9 and measured there as a
held-out set on the session-start code (107/120) and the session-end code (107/120, the same four
negative reports called positive), fixed on from session 10) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; it joined at 107/120 with 4
swaps (negative -> positive) and 2 more unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET12 = ROOT / "tests" / "devset12"
# 107/120 when the set joined (end of session 9); 108/120 with legend-criteria-listed (b12-f06-04);
# 109/120 with the Spanish noun-first control label (b12-f08-09)
# 110/120 with OCR-split control words joined again (b12-f01-06, fix10a)
# 111/120 with a biopsy named by reference and date, or "that biopsy", as the earlier sample (b12-f02-09)
# 113/120 with a plasma row of dashes no column header (b12-f05-08) and a lab's equivocal ratio in
# the ASCO/CAP 2007 band kept (b12-f12-09)
# 115/120 with fix10b (OCR-split mean copies b12-f02-06, "this is scored as HER2 gene
# AMPLIFICATION" b12-f03-06); 117/120 with "HER2 = positive" as the lab's call (b12-f06-05) and
# another gene's row under an ERBB2 variant no HER2 call (b12-f07-07, fix10b)
# 118/120 (probe24): "HER2/CEP17 <2.0 (measured 1.4)", the ratio after its cut-off (b12-f12-03)
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset12_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET12, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
