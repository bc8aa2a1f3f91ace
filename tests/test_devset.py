"""The blind development set (tests/devset: 65 reports written from the phrase families of issue 11
by someone who had not read the code, labels fixed before any run) keeps its accuracy floor.

Not a test of single answers: a floor on status accuracy, and the two rules that never bend -
no call in the opposite direction (positive for negative, MSI-H for MSS, ...) and every status
miss in the safe direction (not found or equivocal). tools/evaluate.py prints the full table.
"""

from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from evaluate import evaluate  # noqa: E402  (a development tool, not in the package)

DEVSET = ROOT / "tests" / "devset"
MIN_STATUS_ACCURACY = 0.97  # issue 11 target for real reports


def test_devset_accuracy_floor_no_swaps_and_only_safe_misses() -> None:
    report = evaluate(DEVSET)
    assert report.cases >= 40
    status = report.fields["status"]
    assert status.ok / status.total >= MIN_STATUS_ACCURACY, report.failures
    assert report.swaps == []
    assert report.unsafe == []
