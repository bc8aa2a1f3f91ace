"""The sixteenth blind development set (tests/devset16: 120 reports in twelve families - breast cores,
post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish, mentions,
amendments, HER2-low/ultralow/zero, number formats - written by hand, one report at a time, by two
writers who had seen neither the code nor the earlier sets (families 1-6 and 7-12); labels fixed
before any run; written at the start of session 13 and held out: measured on the session-start
code (102/120) and the session-end code (102/120), fixed on from session 14) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way when the set joined are listed and the list may only shrink; any other report called the
wrong way fails. tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET16 = ROOT / "tests" / "devset16"
# 102/120 when the set joined (end of session 13)
# 107/120 (fix14, session 14): b16-f01-06 (a scoring key written as a sentence), b16-f06-05 (a
# class's criteria in brackets), b16-f07-07 (a drug's approval wrapped onto the score's line),
# b16-f08-07 (the Spanish "si" before ISH), b16-f12-06 (a ruler closes a table before a note)
# 109/120 (fix14): b16-f02-06 (an OCR-damaged "Pre-treatmnt" label), b16-f10-04 (a cut-off's
# category "(amplified if >= 2.0)" in a cell under a header row)
# 111/120 (fix14): b16-f11-10 (scores the lab could not tell apart; "breast Ca 2012" a dated
# primary), b16-f12-02 (a key row labelled "Reference:" in a PDF-extracted FISH table)
# 114/120 (probe16, session 16): b16-f06-03 (a described stain then "SCORE 2+ = EQUIVOCAL"),
# b16-f11-08 (a form's options after its own "Result options:" label); b16-f08-06's IHC 0 read
# (a key below a ruler line is another block)
# 115/120 (fix17b): b16-f05-08 (a plasma result under a heading alone on its line, below a history)
# 116/120 (probe20): b16-f03-04 (the lab's "FINAL: HER2 NEGATIVE." over a group 4 note naming IHC 3+)
MIN_STATUS_ACCURACY = 0.966
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI field). The list may only shrink.
# (b16-f03-03, listed when the set joined, was relabelled ISH amplified in session 15: group 3
# with IHC 3+, the earlier sets' convention; tests/devset16/README.md)
KNOWN_WRONG_WAY: set[str] = set()


def test_devset16_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET16, 120, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
