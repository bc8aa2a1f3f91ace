"""Results the report names only in a definition of a HER2 category ("HER2-low = IHC 1+ or IHC 2+
with non-amplified ISH"): the definition's, not a second result of the report (sentences22:
devset24 b24-f11-05). The conflict note is not said for them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .model import Result
from .rules.patterns import bind

__all__ = ["conflict_side_defined_only"]


@dataclass(frozen=True)
class DefinitionWords:
    her2_category_defined: regex.Pattern[str]


@cache
def _words() -> DefinitionWords:
    return bind(DefinitionWords, ("summary_words",))


# how a conflict note names a result -> the evidence finding and value that give it
ISH_ITEMS = {"ISH amplified": "result=amplified", "ISH not amplified": "result=not_amplified"}
SCORES = ("0", "1+", "2+", "3+")


def _evidence_key(item: str) -> tuple[str, str] | None:
    if item in ISH_ITEMS:
        return "ish", ISH_ITEMS[item]
    score = item.removeprefix("IHC ")
    return ("ihc", f"score={score}") if score in SCORES else None


def conflict_side_defined_only(result: Result) -> bool:
    """One of the two results the conflict note would name is given only on lines that define a
    HER2 category: the report gives no second result."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False)).get("conflict")
    if not params:
        return False
    for side in ("first", "second"):
        key = _evidence_key(str(params.get(side, "")))
        if key is None:
            continue
        lines = [ev.text for ev in result.evidence if ev.finding == key[0] and key[1] in ev.value.split(", ")]
        if lines and all(_words().her2_category_defined.search(text) for text in lines):
            return True
    return False
