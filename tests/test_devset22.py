"""The twenty-second blind development set (tests/devset22: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 19 and held out: measured on the session-start
code 2d88cb61 (112/120) and the session-end code b6efe500 (111/120), fixed on from session 20) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET22 = ROOT / "tests" / "devset22"
# 111/120 when the set joined (end of session 19, b6efe500); 112/120 after the lead's mend of
# b22-f02-10 (7989258f: a dated site-named metastasis quoted in the history is no current sample)
# 113/120: the lead read "Pre-treat core" as the sample before treatment (b22-f02-08, a negative
# re-excision read POSITIVE from the quoted pre-treatment core's amplified ratio)
# 114/120: the lead read "HER2 mean 6.8" in a dual-ISH pipe row as the mean copy number (b22-f03-04,
# group 3 with IHC 2+, the lab's final POSITIVE, had read NEGATIVE from the ratio alone)
# 116/120: probe20 read a tissue panel's "ERBB2: no mutation; not amplified" (the amplification
# after the mutation's semicolon; b22-f04-03, b22-f04-10, both not found)
# 117/120: probe20 disowned a note's quoted control "HER2 3+" (b22-f06-10, not found over its own 1+)
# 118/120: fix20 read "make the distinction between IHC 0, ultralow and 1+ (HER2-low) unreliable" as a
# failed test (b22-f11-10, HER2 NOT REPORTED read IHC 1+ negative, now not_found)
# 120/120: fix20 read a limitation naming the untested post-treatment disease and HER2 headings
# (b22-f06-07, positive), a note and a bracket row naming the control's 3+ (b22-f07-06; b22-f06-10 probe20 read first)
# and a rationale sentence on how often such tumours are amplified (b22-f07-06)
# 119/120: safety21's check on confident calls (interpret/confidence.py, docs/safety.md) gives
# b22-f11-03 not_found: its IHC 0 is read only from the HER2-low category rows ("HER2-low ... No",
# "Category ... HER2-null ("Score 0")"), not from the synoptic's own "Score .... 0" row, which no
# reader takes; a safe miss until that row is read
# 120/120 (probe23): the "Score ........ 0" row is read (ihc.toml ihc-score, a dot leader after "Score")
MIN_STATUS_ACCURACY = 1.0
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset22_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET22, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
