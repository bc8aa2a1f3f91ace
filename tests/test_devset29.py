"""The twenty-ninth blind development set (tests/devset29: 10 breast-core reports written by hand, one
report at a time, by a writer who had seen neither the code nor the earlier sets; the session's
helpers started an hour late, so only family 1 of twelve was written; labels fixed before any run;
held out in session 26 and measured on the session-start code 030ec717 (8/10) and on main before the
lead read it, d3ca5600 (8/10), fixed on from the lead's mends) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. Any report called the wrong way fails.
tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET29 = ROOT / "tests" / "devset29"
# 8/10 at the start of session 26 (030ec717) and before the lead read the set (d3ca5600), no status
# miss unsafe (a described stain's "= 3+" read as no result line; "complete rings are not seen" read
# as a negative call beside a 2+); 10/10 after the lead's mends (tests/test_phrases_lead26.py H-J).
MIN_STATUS_ACCURACY = 0.9
# Reports called the opposite way or in the unsafe direction when the set joined: none. The list may only shrink.
KNOWN_WRONG_WAY: set[str] = set()


def test_devset29_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET29, 10, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
