"""The fourth blind development set (tests/devset4: 84 reports in twelve families - breast
cores, post-treatment samples, ISH variants, tissue NGS, ctDNA, GI, other tumors, Spanish,
mentions, amendments, HER2-low/ultralow/zero, number formats - written by a writer who had seen
neither the code nor the earlier sets, labels fixed before any run; held out as blind set 4 in
session 3, fixed on from session 4) keeps its accuracy floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend -
no call in the opposite direction and every status miss in the safe direction (not found or
equivocal) - for the HER2 status and for the RAS/BRAF/MSI fields. tools/evaluate.py prints the
full table; session 4 began at 73/84 with 3 swaps and 7 unsafe misses.
"""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from evaluate import evaluate  # noqa: E402  (a development tool, not in the package)

DEVSET4 = ROOT / "tests" / "devset4"
MIN_STATUS_ACCURACY = (
    0.98  # 83/84 on main at fp4's landing (with fam4's and spec4's fixes); 73/84 (0.869) before
)


def test_devset4_accuracy_floor_no_swaps_and_only_safe_misses() -> None:
    report = evaluate(DEVSET4)
    assert report.cases >= 84
    status = report.fields["status"]
    assert status.ok / status.total >= MIN_STATUS_ACCURACY, report.failures
    assert report.swaps == []
    assert report.unsafe == []
