"""The eleventh variants set (tests/variants11: 60 reports in twelve families of five - breast
cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 18 by
writer22, who had read only facts.md; labels fixed before any run; a development set, read and
fixed by fix18b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 50/60 (83.3%) with one swap (v11-f12-02, Roman-numeral "III+" read as 1+
negative) and three pending-test reports read negative (v11-f04-04, v11-f09-03, v11-f09-04).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS11 = ROOT / "tests" / "variants11"
# 50/60 when the set joined (session 18, main f3678c5e)
# 52/60: fix18b read v11-f12-02 (a Roman "III+" in a marker-table row; the Roman scale note is a key)
# and v11-f09-03 (a teaching handout: its quiz cases are no result)
# 54/60: v11-f10-01 (a "CORRECTED TEXT:" heading under an "ORIGINAL (INCORRECT) TEXT" block) and
# v11-f07-05 ("2+ vs 1+ borderline." then "Scored 2+ (equivocal).") read by fix18b
# 56/60: probe18c read v11-f04-04 and v11-f09-04 (tissue NGS with the HER2 protein test ordered: not_found)
# 57/60: probe20 kept a single-probe CISH report's "RESULT: EQUIVOCAL" after its key's "... =
# EQUIVOCAL" on the same quoted lines (v11-f03-04, not found)
MIN_STATUS_ACCURACY = 0.95
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
# v11-f04-04 and v11-f09-04 (tissue NGS "no ERBB2 amplification" with HER2 IHC ordered, labelled
# not_found) read negative, as devsets label the same shape (b9-f04-05, b7-f04-03): a label doubt.
# probe18c: both read not_found now - ngs.toml protein-not-tested reads a HER2 protein test ordered
# or pending ("has been ordered separately", "send ... block for central HER2 IHC"); the devsets'
# "HER2 IHC is recommended" / "consider IHC" (b9-f04-05, b7-f04-03) stay negative. 54/60.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants11_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS11, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
