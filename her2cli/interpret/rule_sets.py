"""The scoring rules of each tumor type, as validated data (her2cli/data/rules/tumor_types.toml)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    ish_ratio_cutoff: float  # HER2/CEP17 ratio at or above which ISH is amplified
    ish_mean_cutoff: float | None  # mean HER2 copies per cell that alone count as amplified
    uses_asco_cap_groups: bool
    her2_low_applies: bool
    ihc3_min_percent: float | None  # below this share of cells a 3+ needs confirmation (HERACLES)
    source: str

    @classmethod
    def from_dict(cls, tumor: str, d: dict[str, Any]) -> RuleSet:
        """A rule set from its TOML table; unknown or missing keys and wrong types are refused."""
        allowed = {f.name: f for f in fields(cls)}
        unknown = sorted(set(d) - set(allowed))
        if unknown:
            raise ValueError(f"tumor type {tumor!r}: unknown keys {unknown}; allowed: {sorted(allowed)}")
        optional = {"ish_mean_cutoff", "ihc3_min_percent"}
        missing = sorted(set(allowed) - set(d) - optional)
        if missing:
            raise ValueError(f"tumor type {tumor!r}: missing keys {missing}")
        text = {key: d[key] for key in ("id", "name", "source")}
        flags = {key: d[key] for key in ("uses_asco_cap_groups", "her2_low_applies")}
        numbers: dict[str, Any] = {
            key: d.get(key) for key in ("ish_ratio_cutoff", "ish_mean_cutoff", "ihc3_min_percent")
        }
        if not all(isinstance(v, str) for v in text.values()):
            raise ValueError(f"tumor type {tumor!r}: id, name and source must be strings")
        if not all(isinstance(v, bool) for v in flags.values()):
            raise ValueError(
                f"tumor type {tumor!r}: uses_asco_cap_groups and her2_low_applies must be true or false"
            )
        for key, v in numbers.items():
            if v is not None and (isinstance(v, bool) or not isinstance(v, int | float) or v <= 0):
                raise ValueError(f"tumor type {tumor!r}: {key} must be a positive number")
        mean, min_percent = numbers["ish_mean_cutoff"], numbers["ihc3_min_percent"]
        return cls(
            id=text["id"],
            name=text["name"],
            ish_ratio_cutoff=float(numbers["ish_ratio_cutoff"]),
            ish_mean_cutoff=None if mean is None else float(mean),
            uses_asco_cap_groups=flags["uses_asco_cap_groups"],
            her2_low_applies=flags["her2_low_applies"],
            ihc3_min_percent=None if min_percent is None else float(min_percent),
            source=text["source"],
        )


TUMOR_TYPES = ("breast", "gastric", "esophageal", "colorectal", "other")
# organ refinements of "other": rules chosen by the report's organ (findings/document.py
# report_organ) where the scoring differs from the general solid-tumour rules
ORGAN_RULES = ("uterus",)


@cache
def rule_sets() -> dict[str, RuleSet]:
    """Rule sets by cancer type, loaded once; "unknown" uses the general solid-tumor rules."""
    from ..data_files import read_text
    from ..rules.cache import load_toml  # parsed once, then read from the pattern cache (issue 13)

    data = load_toml(read_text("data", "rules", "tumor_types.toml"))
    if sorted(data) != sorted(TUMOR_TYPES + ORGAN_RULES):
        raise ValueError(
            f"tumor_types.toml must define exactly {sorted(TUMOR_TYPES + ORGAN_RULES)}, not {sorted(data)}"
        )
    sets = {tumor: RuleSet.from_dict(tumor, table) for tumor, table in data.items()}
    sets["unknown"] = sets["other"]
    return sets


def rules_for(cancer: str, organ: str | None = None) -> RuleSet:
    """The rule set of a cancer type; for "other", its organ's refinement when it has one."""
    sets = rule_sets()
    if cancer == "other" and organ in ORGAN_RULES:
        return sets[organ]
    return sets.get(cancer, sets["unknown"])
