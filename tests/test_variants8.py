"""The trap reports of tests/variants8 (75 reports written blind in session 8 by a writer who saw
neither the code nor the earlier sets: 53 negative, not-found or equivocal reports holding
positive-looking HER2 text - deepest on post-treatment and recurrence reports quoting an earlier
positive, amendments and report versions, ISH groups 2-4 whose final words contradict the numbers,
equivocal results with a pending reflex test, gastric resections with a small stained fraction -
and 22 positive near-misses in the same styles; labels fixed before any run) keep their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. The set joined at 63/75 with 3
reports swapped (B-03: a lung panel's c-MET 3+ read as HER2's; D-02: an ovarian metastasis read
by the breast primary's quoted 3+; G-05: a pre-treatment GEJ biopsy's 3+ over the residual tumour)
and 3 more unsafe misses (D-04, G-07: an earlier 3+ quoted on a report whose current tumour has no
HER2 result; E-04: a colorectal gene list with an ERBB2 VUS read as a negative).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS8 = ROOT / "tests" / "variants8"
MIN_STATUS_ACCURACY = 0.973  # 63/75 when the set joined (session 8); 69/75 with safety8 (B-02, B-03, B-04, D-02, E-04, G-07) and post8 (G-05); 70/75 with fix9a (D-04); 73/75 with probe24 (A-06, H-01: a worksheet's marked row)
# 71/75 with probe17 (session 17: G-05 again, a gastric 'Hofmann biopsy criteria:' heading above the score
# no longer files the result as a legend)
# G-05 left with post8's landing (the residual tumour is current: not found now, a safe miss);
# D-04 with fix9a's (session 9: a result across treatment is no result for the sample after it)
KNOWN_UNSAFE: set[str] = set()


def test_variants8_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS8, 75, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
