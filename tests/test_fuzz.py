"""Inputs that once broke the reader stay fixed (tests/regressions), and a short mutation-fuzz
run over the sample PDFs ends with no internal error and no hang (the long run: tools/fuzz.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from her2cli import safe_explain_file

from .conftest import ROOT

REGRESSIONS = sorted((ROOT / "tests" / "regressions").glob("*"))
sys.path.insert(0, str(ROOT / "tools"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_regression_file(path: Path) -> None:
    result = safe_explain_file(str(path), ocr="never")
    assert result.error is None or result.error.kind != "internal_error"


def test_short_fuzz_run() -> None:
    import fuzz

    # 120 s a file (the default limit): a hang still shows as a timeout, a loaded machine does not
    outcomes = fuzz.run(count=40, seed=7, jobs=2, timeout=120.0, max_memory_mb=1024, save=None)
    assert sum(outcomes.values()) == 40
    assert outcomes.get("internal_error", 0) == 0
    assert outcomes.get("timeout", 0) == 0
