"""The fourteenth variants set, part b (tests/variants14b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 21 by
writer26b, who had read only facts.md; labels fixed before any run; emphasis on patient-held
documents and odd structures: clinic letters, portal printouts, MDT minutes, LIS exports, second
opinions, addenda; a development set, read and fixed by fix21b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 47/60 (78.3%) on main db81c2f6 with one swap and seven unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS14B = ROOT / "tests" / "variants14b"
# 47/60 when the set was copied (session 21, main db81c2f6); 50/60 with fix21b's first fixes
# (tests/test_phrases_fix21b.py: v14b-f03-02's double-negated "no non-amplified area", v14b-f09-05's
# MDT minutes with another case's block, v14b-f10-02's OCR'd "RESULT 1S WITHDRAWN").
# 52/60 (probe21): v14b-f01-01 and v14b-f11-02, dictated "HER two" transcripts, read as labelled
# (names.toml her2, result_line.toml result-line-name-in-words).
# 56/60 with fix21b's second fixes (v14b-f11-03's consensus below the readers' scores,
# v14b-f05-05's "NOT evidence that the cancer is HER2-negative" and its dated Dx line,
# v14b-f05-03's tissue result "(not tested here)", v14b-f01-02's LIS control field).
# Left: v14b-f04-05 (NGS amplified with IHC pending: not_found), v14b-f07-03 (a bracketed criteria
# line under the 3+ makes the RESULT line below a legend: not_found), v14b-f08-04 (a Spanish
# residual tumour's 2+ with SISH ratio 3,8 AMPLIFICADO: equivocal; read positive since probe22, the
# mean "promedio HER2 = 8,2 señales/núcleo" read), v14b-f03-01 below. 57/60 after probe22.
# 58/60 (probe23): v14b-f07-03's RESULT line under the criteria aside is its own statement.
# 59/60 (probe24): v14b-f04-05's key=value record "GENE=ERBB2;...;CALL=AMPLIFICATION" is its row.
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction (status, the ISH call or a
# RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = {
    # label doubt (the lab's equivocal vs the guideline): a 2017 lab applying ASCO/CAP 2013 prints
    # EQUIVOCAL for ratio 1.98 / mean HER2 4.05; by ASCO/CAP 2018 (facts.md) that is group 4 with
    # IHC 2+, negative. The engine reads negative; not changed for a disputable label
    "v14b-f03-01",
}


def test_variants14b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS14B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
