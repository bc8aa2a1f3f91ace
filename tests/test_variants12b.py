"""The twelfth variants set, part b (tests/variants12b: 60 reports in twelve families of five -
breast cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumours, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by hand in session 19 by
writer23b, who had read only facts.md; labels fixed before any run; a development set, read and
fixed by fix19b in the same session) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. The reports still called the wrong
way are listed and the list may only shrink; any other report called the wrong way fails.
The set joined at 54/60 (90.0%) with no swap and no unsafe status miss: its six status misses are
all results lost (not_found) or a positive read equivocal.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS12B = ROOT / "tests" / "variants12b"
# 54/60 when the set joined (session 19, main 2d88cb61)
# 58/60: fix19b read v12b-f01-03 (a control row below the result row), v12b-f02-02 ("on this liver
# biopsy" after a history line), v12b-f08-02 ("PUNTAJE: 3+" labels a result line) and v12b-f12-03
# ("AMPLIFIED (POSITIVE), low-level amplification"). Left: v12b-f06-04 (its score lines stand under
# "Scoring system used: HERACLES-A", read as a legend heading: not_found, safe; letting a named
# system open no legend made a key under "Scoring system: Hofmann" read positive, so it stays), and
# v12b-f04-03 (tissue NGS "not amplified" whose disclaimer says HER2 protein was not assessed:
# not_found by ngs.toml protein-not-tested, the convention since blind set 3; labelled negative - a
# label doubt, in the safe direction).
# 59/60 (probe21): v12b-f06-04 reads equivocal: "Scoring system used: <name>" over a row that is
# no key row is a field (sections.toml section-header), as "Scoring system: <name>" already was.
MIN_STATUS_ACCURACY = 0.983
# Reports called the opposite way or in the unsafe direction (status, the ISH call or a
# RAS/BRAF/MSI/MMR field). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_variants12b_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS12B, 60, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
