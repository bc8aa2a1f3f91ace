"""A note's wording chosen by what the record holds (sentences19), beside explain_notes' choice by
the report's facts: a note must not say more than the record does."""

from __future__ import annotations

from typing import Any

from .facts import ReportFacts
from .model import Result

# the before/after treatment notes where the report names no treatment: the quoted result is an
# earlier sample's (a 2016 primary quoted in a metastasis report), not one "before treatment"
EARLIER_SAMPLE = {
    f"post_treatment{end}": f"earlier_sample{end}" for end in ("", "_concordant", "_pending", "_no_current")
}


def record_variant(code: str, result: Result) -> str:
    """The note variant for `code` that fits the record: a borderline stain the lab gave no score
    or range of scores is not "2+" (devset21 b21-f11-06), nor one it gave a range of scores, "1+/2+"
    (devset24 b24-f11-07); a ratio worked out by today's cut-off under a report that
    names the 2007 rules is not worked out "with the rules shown above" (b21-f03-04)."""
    if code == "ihc_equivocal_no_ish" and result.ihc and not (result.ihc.score or result.ihc.score_range):
        return "ihc_equivocal_no_score"
    if code == "ihc_equivocal_no_ish" and result.ihc and not result.ihc.score and result.ihc.score_range:
        return "ihc_equivocal_no_ish_range"  # "BORDERLINE 1+/2+" is no "2+" (sentences22: b24-f11-07)
    if code == "ish_computed" and result.facts and result.facts.older_criteria:
        return "ish_computed_older_rules"
    return code


def earlier_sample(code: str, facts: ReportFacts | None, msgs: dict[str, Any]) -> str:
    """A before/after treatment note said of an earlier sample where the report names no treatment
    (sentences21: devset22 b22-f04-09); kept where it says HER2 was not tested again after treatment."""
    if facts is None or facts.treatment_named or facts.her2_not_retested:
        return code
    variant = EARLIER_SAMPLE.get(code, code)
    return variant if variant in msgs else code


def score_range_params(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """The two ends of the lab's range of scores ("1-2+" -> "1+", "2+") for the note that names them."""
    scores = result.ihc.score_range if result.ihc else None
    low, _, high = (scores or "").partition("-")
    if not (low and high):
        return params
    return {**params, "low": low if low == "0" or low.endswith("+") else f"{low}+", "high": high}
