"""The thirteenth variants set, part b (tests/variants13b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats, with patient-held documents: portal
printouts, clinic letters, discharge summaries, tumour-board minutes, prior-authorisation forms -
written by hand in session 20 by writer24b, who had read only facts.md; labels fixed before any
run; a development set, read and fixed by fix20b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 51/60 (85.0%) with no swap and three unsafe misses: v13b-f02-04 (equivocal read
negative), v13b-f04-04 (equivocal read positive), v13b-f09-03 (not_found read positive); fix20b
left none (56/60).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS13B = ROOT / "tests" / "variants13b"
# 51/60 when the set joined (session 20, main 629f8e36)
# 56/60: fix20b read v13b-f09-03 (a table cell offering "IHC 3+ or 2+/ISH+" is a criterion),
# v13b-f04-04 (an NGS row's footnote gives its call as equivocal), v13b-f08-04 (a Spanish
# noun-first control's bare 3+, and "puntaje O" as 0), v13b-f08-03 ("Índice ERBB2/CEN17" names the
# ratio), v13b-f05-03 (a header's last word "Amp" hid the ERBB2 row under it). v13b-f02-04 now
# reads not_found (the lab advises retesting a non-decalcified sample: no result) where its label
# says equivocal. Left: v13b-f02-04 (above), v13b-f09-05 (tumour-board minutes for five patients,
# one with IHC 2+ and ISH awaited: read equivocal, labelled not_found for the whole document),
# v13b-f12-02 (ratio 1.84 with mean 6.3 called positive by the lab's "ratio >= 2 OR >= 6 signals"
# protocol: read equivocal), v13b-f12-04 (a voice-recognition transcript, "HER two ... score three
# plus": read not_found). All four are safe misses.
# 57/60 (probe21): v13b-f12-04 reads positive ("HER two" is HER2's name, names.toml her2).
MIN_STATUS_ACCURACY = 0.95
# Reports called the opposite way or in the unsafe direction when the set joined (status, the ISH
# call or a RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants13b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS13B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
