"""The thirteenth variants set, part a (tests/variants13a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 20 by
writer24a, who had read only facts.md; labels fixed before any run; a development set, read and
fixed by fix20a in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 54/60 (90.0%) on main 629f8e36 with four swaps and two unsafe misses: v13a-f01-04
(an amplified FISH read not amplified: positive read NEGATIVE), v13a-f02-05 (the lab's equivocal
read negative), v13a-f04-01 (KRAS wild-type read mutant), v13a-f08-03 (BRAF wild-type read mutant);
fix20a fixed all six before the set joined (tests/test_phrases_fix20a.py).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS13A = ROOT / "tests" / "variants13a"
# 54/60 when the set was copied (session 20, main 629f8e36); 57/60 with fix20a's first fixes on
# main 7389523b (probe20 read v13a-f03-03's single-probe "Result: EQUIVOCAL" after its key); 58/60
# when fix20a read v13a-f10-03 (an equivocal IHC score with its criterion in a bracket after it).
# Left (both safe misses, not_found, by the project's conventions; the labels are disputable):
# - v13a-f02-03: pCR, HER2 not repeated, only the pre-treatment core's result quoted: not_found by
#   the project's convention (session 9: no result for the sample after treatment); label positive.
# - v13a-f04-01: tissue NGS with no ERBB2 amplification and "HER2 IHC was not requested": no HER2
#   status by the convention of docs/clinical-rules.md (protein-not-tested); label negative.
MIN_STATUS_ACCURACY = 0.966
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants13a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS13A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
