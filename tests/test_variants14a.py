"""The fourteenth variants set, part a (tests/variants14a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 21 by
writer26a, who had read only facts.md; labels fixed before any run; a development set, read and
fixed by fix21a in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 55/60 (91.7%) on main db81c2f6 with one unsafe miss, v14a-f11-03 (the lab's
equivocal read negative from a condition, "If" / "ISH is not amplified it is HER2-low"); fix21a
fixed it before the set joined (tests/test_phrases_fix21a.py).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS14A = ROOT / "tests" / "variants14a"
# 55/60 when the set was copied (session 21, main db81c2f6); 57/60 with fix21a's first fixes
# (v14a-f11-03: a condition opened at a line's end; v14a-f07-02: "score 1+ of 3+" and a quoted
# 'not "HER2-positive"'); 58/60 after probe22 (v14a-f12-03: a ratio dictated in words).
MIN_STATUS_ACCURACY = 0.966
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants14a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS14A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
