"""The seventeenth blind development set (tests/devset17: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 14 and held out: measured on the session-start
code (108/120) and the session-end code (110/120), fixed on from session 15) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET17 = ROOT / "tests" / "devset17"
# 110/120 when the set joined (end of session 14)
# 111/120 (fix15): b17-f06-05 (a hedged "might be called positive" under another scoring system)
# 112/120 (fix15): b17-f09-02 (a printed guide's "copy number >= 6 regarded as amplified")
# 113/120 (fix15): b17-f10-05 (a bracketed "all 1+ cases" aside over the revised 2+ line)
# 115/120 (fix17b): b17-f05-07 (a plasma report's requisition history quoting a tissue IHC 3+),
# b17-f05-03 (a plasma result under a heading alone on its line, below a history)
# 116/120 (probe18): b17-f12-07 (an "OVERALL HER2 SCORE: 1+" under its distribution table read as a key)
# 117/120 (probe19): b17-f09-09 ("HER2: NEGATIVE" over a comment naming HER2 criteria for tucatinib
# read as therapy prose)
# 118/120 (probe21): b17-f09-06 (a letter's "I agree with the original score of 3+, so this is a
# HER2-POSITIVE tumour": agreement with the original score is no earlier-result cue)
# 119/120 (probe23): b17-f07-09 ("Outside TURBT HER2 reported as 2+" before a cystectomy is the sample before treatment)
MIN_STATUS_ACCURACY = 0.991
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
# fix16 (session 16): b17-f08-06 and b17-f12-09 (BRAF in a methods paragraph) and b17-f09-07 (an
# unticked MMR option) no longer read the wrong way; their status was right, so the floor stays
# fix17b (session 17): b17-f05-07 (a plasma report's history value) now reads not_found
KNOWN_WRONG_WAY: set[str] = set()


def test_devset17_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET17, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
