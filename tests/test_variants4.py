"""The trap reports of tests/variants4 (60 reports written blind by a writer who never saw the
code: ~40 negative or not-found reports holding positive-looking HER2 text - amendments, other
tumours and history, legends, non-results, ctDNA, numbers, post-treatment - and 18 positive
near-misses; labels fixed before any run) keep their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal), never a confident call the label does not have. tools/evaluate.py prints the full
table; tests/variants4/README.md has the figures.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS4 = ROOT / "tests" / "variants4"
MIN_STATUS_ACCURACY = 1.0  # 60/60 after safety5's fixes (53/60 after safety4's, 42/60 before them)
# Reports still called in the unsafe direction when the set joined: the list may only shrink, and
# a report not on it may never be called in the unsafe direction. Empty since safety5 (session 5):
# F-01, F-02, F-06 (a blood "not detected" is no negative; a request to rule a status out is no
# result) and A-02 (a pre/post-treatment comparison table: the row naming this case decides).
KNOWN_UNSAFE: set[str] = set()


def test_variants4_accuracy_floor_no_swaps_and_only_safe_misses() -> None:
    assert_floor_and_no_wrong_way(VARIANTS4, 60, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
