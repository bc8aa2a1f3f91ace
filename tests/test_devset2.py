"""The second blind development set (tests/devset2: 74 reports in ten families - synoptic
checkbox forms, Spanish, addenda, long NGS reports, gastric/oesophageal, ISH groups, other
tumours, negation at a distance, numbers, mixed summaries - written by someone who had seen
neither the code nor the first set, labels fixed before any run) keeps its accuracy floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend -
no call in the opposite direction and every status miss in the safe direction (not found or
equivocal). tools/evaluate.py prints the full table; tests/devset2/README.md has the figures
before and after the fixes made from it.
"""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from evaluate import evaluate  # noqa: E402  (a development tool, not in the package)

DEVSET2 = ROOT / "tests" / "devset2"
MIN_STATUS_ACCURACY = 0.97  # reached: 72/74; issue 11 target for real reports


def test_devset2_accuracy_floor_no_swaps_and_only_safe_misses() -> None:
    report = evaluate(DEVSET2)
    assert report.cases >= 70
    status = report.fields["status"]
    assert status.ok / status.total >= MIN_STATUS_ACCURACY, report.failures
    assert report.swaps == []
    assert report.unsafe == []
