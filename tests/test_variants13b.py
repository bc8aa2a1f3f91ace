"""The thirteenth variants set, part b (tests/variants13b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with patient-held documents: portal
printouts, clinic letters, discharge summaries, tumour-board minutes, prior-authorisation forms -
written by hand in session 20 by writer24b, who had read only facts.md; labels fixed before any
run; a development set, read and fixed by fix20b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 51/60 (85.0%) with no swap and three unsafe misses: v13b-f02-04 (equivocal read
negative), v13b-f04-04 (equivocal read positive), v13b-f09-03 (not_found read positive).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS13B = ROOT / "tests" / "variants13b"
# 51/60 when the set joined (session 20, main 629f8e36)
MIN_STATUS_ACCURACY = 0.85
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = {
    # a decalcified bone biopsy scored IHC 0 that the lab calls "uncertain" and asks to retest:
    # labelled equivocal, read negative (the score read as given)
    "v13b-f02-04",
    # a tissue NGS table row "ERBB2 amplification (CN ~5.8)" with a footnote calling the call
    # "amplification - equivocal" (close to the lab threshold): read amplified, positive
    "v13b-f04-04",
    # a trial pre-screen log whose table column "HER2 requirement" holds "IHC 3+ or 2+/ISH+" (an
    # inclusion criterion, the test still awaited): read positive
    "v13b-f09-03",
}


def test_variants13b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS13B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
