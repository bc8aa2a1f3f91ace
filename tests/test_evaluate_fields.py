"""tools/evaluate.py compares a result with its label field by field: an ultralow 0 must be able to
match the labels' "0-ultralow" (the result keeps the ultralow call in its own field), and a label
written before that value existed ("0") still matches it."""

from __future__ import annotations

import sys
from typing import Any

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from evaluate import actual_fields, field_matches  # noqa: E402  (a development tool, not in the package)


def _result(score: str | None, ultralow: bool | None) -> dict[str, Any]:
    return {"status": "negative", "ihc": {"score": score}, "her2_ultralow": ultralow}


def test_an_ultralow_zero_reads_as_the_label_value_0_ultralow() -> None:
    assert actual_fields(_result("0", True))["ihc"] == "0-ultralow"
    assert field_matches("ihc", "0-ultralow", actual_fields(_result("0", True))["ihc"])


def test_a_plain_zero_or_a_1plus_is_not_ultralow() -> None:
    assert actual_fields(_result("0", False))["ihc"] == "0"
    assert actual_fields(_result("1+", True))["ihc"] == "1+"
    assert not field_matches("ihc", "0-ultralow", actual_fields(_result("0", None))["ihc"])


def test_an_older_label_0_still_matches_an_ultralow_zero_but_not_the_reverse_score() -> None:
    assert field_matches("ihc", "0", "0-ultralow")
    assert not field_matches("ihc", "1+", "0-ultralow")
