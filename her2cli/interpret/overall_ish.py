"""The ISH result a report gives as its overall answer when it also gives another count's opposite
result: a heterogeneous tumour counted area by area ("Area 1 (~12% of tumour): ratio 4.0
(amplified)"), then as a whole ("OVERALL HER2 FISH RESULT: NOT AMPLIFIED"). The lab's overall
line is the tumour's result (ASCO/CAP 2018: the whole-tumour count is reported, the amplified
area noted), not the highest ratio measured anywhere (devset21 b21-f03-05). An amplified overall
line over a not-amplified area stays amplified (devset5 b5-f03-07's lab reads the amplified area).
"""

from __future__ import annotations

from ..findings import Finding
from ..rules import compiled

RESULT_OF_CALL = {"positive": "amplified", "negative": "not_amplified"}


def _overall_result(quote: str) -> str | None:
    """The ISH result right after an overall or final ISH result label on the line, if any."""
    if "overall" not in quote.lower() and "final" not in quote.lower() and "whole" not in quote.lower():
        return None  # a cheap look first: no label word on the line
    m = compiled().overall_ish_result.search(quote)
    if m is None:
        return None
    return "amplified" if m.group("word").lower().startswith("amp") else "not_amplified"


def overall_ish_result(with_result: list[Finding], statements: list[Finding]) -> str | None:
    """The result of the findings whose line states it under an overall ISH label, when they all
    give the same one and no HER2 call of the lab's (naming no test, or ISH) gives the opposite
    status. None: the overall lines disagree, are missing, or a call contradicts them, or the
    results come from more than one specimen ("Specimen A: ... amplified" over "Specimen B: Final
    HER2 ISH result: not amplified": the final line is specimen B's, not the report's; review19)."""
    if len({f.specimen for f in with_result if f.specimen}) > 1:
        return None
    overall = {r for f in with_result if (r := _overall_result(f.quote)) == f.values.get("result")}
    if len(overall) != 1:
        return None
    result = overall.pop()
    calls = {
        RESULT_OF_CALL.get(f.values.get("call") or "")
        for f in statements
        if f.values.get("method") in (None, "ish")
    }
    return None if calls - {result, None} else result
