"""The eleventh blind development set (tests/devset11: 120 reports in twelve families - breast cores
with several samples, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors,
Spanish, mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed before
any run; written at the start of session 9 and measured once before joining, fixed on from session 9) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table; session 9 began at 108/120 with 6 swaps and 8 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET11 = ROOT / "tests" / "devset11"
# 108/120 when the set joined (session 9 start); 113/120 after wrong11's fixes
# 115/120 (probe23): b11-f11-07's OCR-split "HER-2/neu -- negat ive" is joined (ocr.toml ocr-split-result-word)
MIN_STATUS_ACCURACY = 0.958
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset11_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET11, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
