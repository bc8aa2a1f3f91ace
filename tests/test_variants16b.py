"""The sixteenth variants set, part b (tests/variants16b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with an emphasis on documents other
than one pathology report: clinic letters, tumour-board minutes, a genetics letter, a discharge
summary, trial pre-screening forms, LIS exports, reports with several addenda - written by hand in
session 23 by writer30b, who had read only facts.md; labels fixed before any run; a development
set, read and fixed by fix23b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 57/60 (95.0%) on main 10bc4a8e with two unsafe misses: v16b-f09-02 (a genetics
letter's pedigree item "- Maternal cousin, ... : her pathology ... showed ... HER2 1+ (negative)"
read as the patient's NEGATIVE) and v16b-f05-03 (below); fix23b fixed v16b-f09-02 and the safe miss
v16b-f01-03 before the set joined (tests/test_phrases_fix23b.py).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS16B = ROOT / "tests" / "variants16b"
# 57/60 when the set was copied (session 23, main 10bc4a8e); 59/60 with fix23b's first fixes
# (v16b-f09-02: a relative's bulleted pedigree item; v16b-f01-03: a tumour board's "Pathology
# presented" item under "Background:", and an old result said not to apply to this tumour).
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = {
    # a label doubt, not bent to (fix23b): a plasma report for metastatic breast cancer quotes the
    # 2020 primary's tissue result from the requisition ('Tissue HER2 (per requisition): "HER2-low,
    # IHC 1+ (2020 primary)"'); labelled not_found, read NEGATIVE. facts.md §11 ("same tumor, earlier
    # specimen": "per previous report" restates this tumour's result) supports the reading.
    "v16b-f05-03",
}


def test_variants16b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS16B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
