"""Rules are validated data: a rule file with an unknown key, a missing key or a wrong type is
refused when it is loaded, with a message naming the tumor type and the key."""

from __future__ import annotations

from typing import Any

import pytest

from her2cli.interpret.rule_sets import RuleSet, rule_sets

BREAST: dict[str, Any] = {
    "id": "breast-asco-cap-2018",
    "name": "ASCO/CAP 2018 breast HER2 guideline (affirmed 2023)",
    "ish_ratio_cutoff": 2.0,
    "uses_asco_cap_groups": True,
    "her2_low_applies": True,
    "source": "facts.md §2",
}


def test_the_shipped_tumor_types_load() -> None:
    sets = rule_sets()
    assert sets["breast"] == RuleSet.from_dict("breast", BREAST)
    assert sets["unknown"] is sets["other"]  # an unknown cancer type uses the general solid-tumor rules
    assert sets["colorectal"].ihc3_min_percent == 50.0
    assert sets["gastric"].ish_mean_cutoff == 6.0 and sets["breast"].ish_mean_cutoff is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ish_ratio_cuttoff": 2.0}, "unknown keys ['ish_ratio_cuttoff']"),
        ({"ish_ratio_cutoff": None}, "missing keys ['ish_ratio_cutoff']"),
        ({"ish_ratio_cutoff": "2.0"}, "ish_ratio_cutoff must be a positive number"),
        ({"ish_ratio_cutoff": 0}, "ish_ratio_cutoff must be a positive number"),
        ({"ihc3_min_percent": True}, "ihc3_min_percent must be a positive number"),
        ({"her2_low_applies": "yes"}, "must be true or false"),
        ({"name": 3}, "must be strings"),
    ],
    ids=[
        "misspelled key",
        "missing key",
        "number as text",
        "zero cut-off",
        "bool as number",
        "flag as text",
        "name not text",
    ],
)
def test_a_bad_rule_set_is_refused(change: dict[str, Any], message: str) -> None:
    table = {**BREAST, **change}
    table = {k: v for k, v in table.items() if v is not None}
    with pytest.raises(ValueError, match=r"tumor type 'breast'") as exc:
        RuleSet.from_dict("breast", table)
    assert message in str(exc.value)
