"""The one check every labelled set's floor test makes: tools/evaluate.py's status accuracy at
least the floor, and no report called the opposite way or in the unsafe direction unless it is on
the set's known list (a list that may only shrink; empty once every such report is fixed)."""

from __future__ import annotations

import sys
from pathlib import Path

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from evaluate import evaluate  # noqa: E402  (a development tool, not in the package)


def assert_floor_and_no_wrong_way(folder: Path, cases: int, floor: float, known: set[str]) -> None:
    report = evaluate(folder)
    assert report.cases >= cases
    status = report.fields["status"]
    assert status.ok / status.total >= floor, report.failures
    swapped = {entry.split(" ")[0] for entry in report.swaps}
    unsafe = {entry.split(" ")[0] for entry in report.unsafe}
    assert swapped <= known, report.swaps
    assert unsafe <= known, report.unsafe
