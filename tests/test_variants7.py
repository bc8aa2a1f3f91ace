"""The trap reports of tests/variants7 (75 reports written blind in session 7 by a writer who saw
neither the code nor the earlier sets: 51 negative, not-found or equivocal reports holding
positive-looking HER2 text - checklists listing every option, numbers that are not HER2's
(CEP17, Ki-67, PD-L1, an accession number), newest-first and withdrawn addenda, other tumours and
people, plasma and gene lists, prose defining the categories, several samples, low/ultralow and
pending-ISH wording - and 24 positive near-misses in the same styles; labels fixed before any run)
keep their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. The set joined at 70/75 with 1
report swapped (C-03: a withdrawn 'amplified' read as the ISH result) and 1 unsafe miss (F-03:
an education leaflet's 'IHC 2+ ... ISH amplified' example read as a positive result).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS7 = ROOT / "tests" / "variants7"
MIN_STATUS_ACCURACY = 0.98  # 70/75 when the set joined (session 7); 74/75 with safety7's fixes
# empty since safety7 fixed C-03 (superseded heading, hedged call) and F-03 (education text)
KNOWN_UNSAFE: set[str] = set()


def test_variants7_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS7, 75, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
