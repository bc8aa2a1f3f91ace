"""The thirteenth blind development set (tests/devset13: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 10 and held out: measured on the session-start
code (105/120) and the session-end code (105/120, the same unsafe status misses), fixed on from
session 11) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET13 = ROOT / "tests" / "devset13"
# 105/120 when the set joined (end of session 10); 106/120 with attributed-after-value (b13-f08-10)
# 112/120 with fix11 (session 11): a retracted result (b13-f10-09), a hedge that neither confirms
# nor excludes (b13-f04-05), a negative the lab disowns (b13-f04-06), 'no concluyente para
# amplificacion' (b13-f08-09), a call word of the next sentence (b13-f09-03), a drug's IHC 3+
# threshold (b13-f09-10); b13-f03-06's per-area table now reads equivocal (a safe miss)
# 115/120 with fix11's safe misses: OCR 'amplificati on' (b13-f04-07), 'HE R2 immun0 stain (4B5)'
# (b13-f07-06), a withdrawn ISH value with decimals '(... mean HER2 4.6") is WITHDRAWN' (b13-f10-08)
MIN_STATUS_ACCURACY = 0.958
# Reports called the opposite way or in the unsafe direction when the set joined (status or a
# RAS/BRAF/MSI field). The list may only shrink. markers11 took off b13-f05-04, b13-f06-04 (BRAF
# wild-type read mutant), b13-f08-04 (NRAS and BRAF) and b13-f12-03 (MSS read MSI-H); the status
# accuracy (the floor) is unchanged by marker fixes.
KNOWN_WRONG_WAY: set[str] = set()  # fix11 took off the seven HER2 status ones


def test_devset13_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET13, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
