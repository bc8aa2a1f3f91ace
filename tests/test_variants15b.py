"""The fifteenth variants set, part b (tests/variants15b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with an emphasis on genomic and
non-breast reports - written by hand in session 22 by writer28b, who had read only facts.md;
labels fixed before any run; a development set, read and fixed by fix22b in the same session)
keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 59/60 (98.3%) on main 0e0cf523 with one unsafe miss, v15b-f09-03 (a trial
pre-screening note's "ERBB2 amplification by NGS acceptable (>=6 copies) -> no NGS on file" read
as not amplified, NEGATIVE); fix22b fixed it before the set joined (tests/test_phrases_fix22b.py).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS15B = ROOT / "tests" / "variants15b"
# 59/60 when the set was copied (session 22, main 0e0cf523); 60/60 with fix22b's first fix
# (v15b-f09-03: "no NGS on file" after an amplification word is no test, not a negation).
MIN_STATUS_ACCURACY = 1.0
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants15b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS15B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
