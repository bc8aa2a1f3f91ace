"""The trap reports of tests/variants6 (65 reports written blind in session 6 by a writer who saw
neither the code nor the earlier sets: 44 negative or not-found reports holding positive-looking
HER2 text - checklists listing every option, numbers that are not HER2's, newest-first addenda,
other tumours and people, plasma and gene lists, "HER2-enriched" and RT-PCR scores, prose defining
the categories - and 21 positive near-misses in the same styles; labels fixed before any run) keep
their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. The set joined at 58/65 with 4
reports swapped (B-01, C-04, F-01, H-02) and 6 unsafe misses (those and D-05, F-05).

One label departs from the project's convention (facts.md): v6-E-01 is a plasma "ERBB2
amplification not detected" labelled negative; a blood "not detected" is never read as negative
here, so the engine's not_found is the safe miss it is meant to be and counts against the floor.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS6 = ROOT / "tests" / "variants6"
MIN_STATUS_ACCURACY = 0.98  # 58/65 when the set joined (session 6); 64/65 with safety6's and fam6's fixes
# empty since session 6: safety6 fixed B-01, C-04, D-05, F-01, F-05 by their structure; fam6 and safety6 H-02
KNOWN_UNSAFE: set[str] = set()


def test_variants6_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS6, 65, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
