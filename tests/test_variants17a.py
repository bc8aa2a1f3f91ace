"""The seventeenth variants set, part a (tests/variants17a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats; dense multi-sample lines, arrows and
"=", printed scoring keys beside the result, checklists, tables by date or block, comparison words -
written by hand in session 24 by writer32a, who had read only facts.md; labels fixed before any run;
a development set, read and fixed by fix24a in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 54/60 (90.0%) on main 51938971 with no unsafe miss and no swap; the six misses
all read not_found (a lost result, in the safe direction). fix24a fixed five (59/60); the one left,
v17a-f08-04 (a fax-damaged Spanish NGS line "AMPLlFlCACl0N DETECTADA"), reads not_found: safe.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS17A = ROOT / "tests" / "variants17a"
# 54/60 when the set was copied (session 24, main 51938971); 59/60 after fix24a's fixes.
MIN_STATUS_ACCURACY = 0.98
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants17a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS17A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
