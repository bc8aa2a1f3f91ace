"""The fifteenth variants set, part a (tests/variants15a: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with many reports of several
samples that disagree - written by hand in session 22 by writer28a, who had read only facts.md;
labels fixed before any run; a development set, read and fixed by fix22a in the same session)
keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 58/60 (96.7%) on main 0e0cf523 with one unsafe miss, v15a-f05-02 (a blood
report whose header quotes the tissue result of an earlier biopsy, "HER2 1+ per 2021 biopsy",
read NEGATIVE where the plasma test found nothing: not_found). The other miss, v15a-f02-03 (no
residual tumour after treatment, the pre-treatment core quoted as positive, read not_found), is
a label doubt the writer names and a miss in the safe direction. fix22a fixed v15a-f05-02 before
the set joined (tests/test_phrases_fix22a.py family A).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS15A = ROOT / "tests" / "variants15a"
# 58/60 when the set was copied (session 22, main 0e0cf523); 59/60 with fix22a's first fix
# (v15a-f05-02: a tissue value "per 2021 biopsy" in a 2022 blood report is history).
MIN_STATUS_ACCURACY = 0.98
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants15a_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS15A, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
