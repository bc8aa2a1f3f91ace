"""The seventeenth variants set, part b (tests/variants17b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with an emphasis on documents other
than one pathology report: clinic letters, tumour boards, teaching notes, a pharmacy verification,
a nurse phone note, a withdrawal notice, LIS exports, a long CGP report, a patient with two
primaries - written by hand in session 24 by writer32b, who had read only facts.md; labels fixed
before any run; a development set, read and fixed by fix24b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 50/60 (83.3%) on main 053c4d7b with three unsafe misses: v17b-f09-03 (teaching
notes: a scoring key written as sentences read as the patient's 3+, and "HER2-enriched (PAM50)" set
against HER2-positive with a not-equal sign read as a positive call), fixed by fix24b
(tests/test_phrases_fix24b.py), and the two label doubts below.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS17B = ROOT / "tests" / "variants17b"
# 50/60 when the set was copied (session 24, main 51938971) and when it joined (main 053c4d7b);
# 52/60 with fix24b's first fixes (v17b-f09-03; v17b-f03-04, a FISH whose "no amplified
# subpopulation" note dropped its ratio).
MIN_STATUS_ACCURACY = 0.866
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = {
    # label doubts, not bent to (fix24b). An NSCLC panel: an ERBB2 exon 20 insertion with "ERBB2
    # copy number: no amplification (estimated 2 copies)" and IHC not performed; labelled not_found
    # (the writer's convention; the writer notes "disputable vs negative"), read NEGATIVE. facts.md §6
    # counts NGS copy number among the measures of amplification, so a tissue "no amplification"
    # reads as not amplified; the mutation stays a mutation.
    "v17b-f04-02",
    # The brief's disputed shape: tissue NGS "ERBB2 not amplified (CN 2)" while the HER2 IHC is
    # pending and the tumour board awaits it; labelled not_found, read NEGATIVE from the NGS result.
    "v17b-f04-05",
}


def test_variants17b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS17B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
