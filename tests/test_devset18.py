"""The eighteenth blind development set (tests/devset18: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 15 and held out: measured on the session-start
code (101/120) and the session-end code (101/120), fixed on from session 16) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET18 = ROOT / "tests" / "devset18"
# 101/120 when the set joined (end of session 15)
# 104/120 after fix16 (session 16): b18-f07-03, b18-f10-08 and b18-f11-03 read right
# 106/120 after fix16's second landing: b18-f04-03 (not_found) and b18-f02-04 (negative, ISH not amplified) read right
# 110/120 (probe16, session 16): b18-f01-05 (a caution "Do not treat as HER2-negative ... until
# ISH is reported"), b18-f07-07 (a table row with a Method column), b18-f08-05 ("HER2: 0 —
# ausencia de tinción de membrana"), b18-f09-10 (a key "reported as amplified when ratio >= 2.0")
# 112/120 (probe17, session 17): b18-f01-07 (a synoptic "Treatment effect ........ No known
# presurgical therapy" row read as after treatment) and b18-f10-02 (a first release quoted in prose,
# "first released on ... ("HER2 IHC 3+, POSITIVE")", not marked earlier)
# 115/120 (probe18): b18-f08-04 (a bilingual block's "PUNTUACIÓN / SCORE: 3+" past the far scope),
# b18-f10-01 (an upward correction whose original is kept for the record), b18-f10-04 (an OCR'd
# "0rig1na1 read" 2+ beside the consensus 1+)
# 117/120 (probe19): b18-f08-08 (a faxed Spanish table's "ERBB2 ampl1f1cac1ón": the fax repair now takes
# accented letters into the word) reads positive as labelled
# 118/120 (probe20): b18-f03-05 (an ISH report's unnamed "Prior IHC: 2+" settles its group 4)
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()  # fix16 (session 16): all five listed reports read right


def test_devset18_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET18, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
