"""The twelfth variants set, part a (tests/variants12a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 19 by
writer23a, who had read only facts.md; labels fixed before any run; a development set, read and
fixed by fix19a in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 57/60 (95.0%) with no swap and no unsafe miss: the three misses read not_found
(v12a-f02-03, v12a-f11-02, v12a-f12-04).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS12A = ROOT / "tests" / "variants12a"
# 57/60 when the set joined (session 19, main 2d88cb61)
# 59/60: fix19a read v12a-f12-04 (a semicolon-delimited LIS export) and v12a-f11-02 (a re-review
# table: "Bone met 2024" is the current sample of a relapse). Left: v12a-f02-03 (pCR, HER2 not
# repeated, only the pre-treatment core's result quoted) reads not_found by the project's
# convention (session 9: no result for the sample after treatment); its label says positive.
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants12a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS12A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
