"""House rule: no module of the package grows past 500 lines. A module that needs more is doing
more than one job: split it by job first (findings/ has one small module per reading)."""

from __future__ import annotations

from .conftest import ROOT

MAX_LINES = 500


def test_no_module_over_the_line_limit() -> None:
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in sorted((ROOT / "her2cli").rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}, f"split these by job: {too_long}"
