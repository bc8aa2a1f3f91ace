"""The trap reports of tests/variants9 (75 reports written blind in session 9 by a writer who saw
neither the code nor the earlier sets: 51 negative, not-found or equivocal reports holding
positive-looking HER2 text - deepest on post-treatment reports whose current sample was not
re-tested, colorectal and gastric scoring, amendments that withdraw, correct or only comment,
tissue NGS copy-number tables, ISH whose final words decide against the number - and 24 positive
near-misses in the same styles; labels fixed before any run) keep their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. The set joined at 68/75 (90.7%)
with 2 reports swapped (A-06: a colorectal HERACLES checklist read 3+ where 1+ is marked; F-04:
an OCR-damaged fax read 3+ where the result is 1+) and 2 more unsafe misses (C-06: a withdrawn
HER2 result with no replacement read positive; I-08: a gastric 2+ equivocal read negative).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS9 = ROOT / "tests" / "variants9"
MIN_STATUS_ACCURACY = 0.90  # 68/75 when the set joined (session 9)
KNOWN_UNSAFE: set[str] = {"v9-A-06", "v9-C-06", "v9-F-04", "v9-I-08"}


def test_variants9_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS9, 75, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
