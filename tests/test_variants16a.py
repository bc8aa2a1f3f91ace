"""The sixteenth variants set, part a (tests/variants16a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, many quoting a result that is not
the current one (DCIS, an earlier core, outside slides, a result entered in error) - written by
hand in session 23 by writer30a, who had read only facts.md; labels fixed before any run; a
development set, read and fixed by fix23a in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 59/60 (98.3%) on main 10bc4a8e with no unsafe miss. The one miss, v16a-f02-05
(a residual tumour after treatment scored "2+, equivocal" in prose with no HER2 name, beside a
comparison table of the pre-treatment 3+ and the residual 2+), read not_found: a lost result,
in the safe direction.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS16A = ROOT / "tests" / "variants16a"
# 59/60 when the set was copied (session 23, main 10bc4a8e).
MIN_STATUS_ACCURACY = 0.98
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants16a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS16A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
