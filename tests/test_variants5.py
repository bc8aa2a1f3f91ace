"""The trap reports of tests/variants5 (60 reports written blind in session 5 by a writer who saw
neither the code nor the earlier sets: 41 negative or not-found reports holding positive-looking
HER2 text - questions and requests ("rule out HER2-positive disease"), tables where the positive
cell is another marker or an earlier sample, other tumours and history, ctDNA, amendments,
legends - and 19 positive near-misses in the same styles; labels fixed before any run) keep their
floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. Session 5 began at 47/60 with 8
swaps and 11 unsafe misses.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS5 = ROOT / "tests" / "variants5"
MIN_STATUS_ACCURACY = (
    0.98  # 47/60 when the set joined (session 5 start); 59/60 with safety5's and var5's fixes
)
# empty since session 5: safety5 fixed families A, C, F and var5 families B, D, E and H-19
KNOWN_UNSAFE: set[str] = set()


def test_variants5_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS5, 60, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
