"""The thirtieth blind development set (tests/devset30: 90 reports of nine families written by hand,
one report at a time, by three writers who had seen neither the code nor the earlier sets; a fourth
writer, of families 5-7, never started; labels fixed before any run; held out in session 27 and
measured on the session-start code ea9b65db (83/90) and on main before the lead read it, b07d9e03
(86/90)) keeps its floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend - no
call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and the RAS/BRAF/MSI fields. Any report called the wrong way fails.
tools/evaluate.py prints the full table.
"""

from __future__ import annotations

from .conftest import ROOT
from .labelled_floor import assert_floor_and_no_wrong_way

DEVSET30 = ROOT / "tests" / "devset30"
# 83/90 at the start of session 27 (ea9b65db), 86/90 on main before the lead read the set (b07d9e03),
# 88/90 after the lead's mends (tests/test_phrases_lead27.py K-N). Left: b30-f04-03 (a requisition's
# "HER2 1+ on primary (2023)" beside an equivocal NGS result on the node reads negative; the label
# says equivocal, facts.md section 11 counts the same tumour's earlier specimen) and b30-f08-05 (a
# heavily OCR-damaged Spanish report; not found, safe).
MIN_STATUS_ACCURACY = 0.95
# Reports called the opposite way or in the unsafe direction when the set joined (label disputed,
# see above). The list may only shrink.
KNOWN_WRONG_WAY: set[str] = {"b30-f04-03"}


def test_devset30_accuracy_floor_and_no_new_wrong_way_calls() -> None:
    assert_floor_and_no_wrong_way(DEVSET30, 90, MIN_STATUS_ACCURACY, KNOWN_WRONG_WAY)
