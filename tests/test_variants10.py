"""The trap reports of tests/variants10 (75 reports written blind in session 10 by a writer who saw
neither the code nor the earlier sets: 49 negative or not-found reports holding positive-looking
HER2 text - control lines and score legends, quoted earlier results, other markers' scores,
pending orders, amendments, Spanish reports, OCR-damaged faxes, number tables - and 26 positive or
equivocal near-misses in the same styles; labels fixed before any run) keep their floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction, and every status miss in the safe direction (not found or
equivocal). The reports still called the wrong way when the set joined are listed; the list may
only shrink, and no other report may be called the wrong way. The set joined at 65/75 (86.7%)
with 2 reports swapped (A-02 and H-01: negative reports read positive).
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

VARIANTS10 = ROOT / "tests" / "variants10"
MIN_STATUS_ACCURACY = 0.986  # 65/75 when the set joined (session 10); 71/75 with fix10a
# 68/75: G-01 ("Sc0re l+"), G-02 ("Interp: NEGATIVE" over "P0SITIVE c0ntrol: 3+") and G-08
# ("Sc0re O", a control row under "HER2 status: NEGATIVE") read by variants10's fax fixes;
# 69/75: A-06 (a 3+ beside a "HER2 external control" column) read positive;
# 70/75: C-02 ("biopsy criteria: 0 -- no tumour cell cluster with membrane staining") read 0
# 71/75: A-02 (below); 72/75: A-05 (a control line listing 3+, 2+, 1+ and 0 cores under
# "Result: 0", variants10's control-line cut with fix10a's "Controls:" label); 73/75: H-01
# ("HER2  4B5  0" over "Negative": a bare score after the clone's cell, read 0)
# H-01 (a key line read as the HER2 column's cell) left with variants10's key-line fix: not found now
# 74/75: G-03 ("HE R2 (Herce pTest)   Neg ative, score 1 +": an OCR-split HER2 name joined
# where its own score follows, left10) read 1+ negative
# A-02 ("c0ntr ol tissue: ... 3 + str0ng") left with fix10a's OCR-split control words: negative now
KNOWN_UNSAFE: set[str] = set()


def test_variants10_accuracy_floor_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(VARIANTS10, 75, MIN_STATUS_ACCURACY, KNOWN_UNSAFE)
