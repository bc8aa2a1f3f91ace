"""A note's wording chosen by what the record holds (sentences19), beside explain_notes' choice by
the report's facts: a note must not say more than the record does."""

from __future__ import annotations

from .model import Result


def record_variant(code: str, result: Result) -> str:
    """The note variant for `code` that fits the record: a borderline stain the lab gave no score
    or range of scores is not "2+" (devset21 b21-f11-06); a ratio worked out by today's cut-off under a report that
    names the 2007 rules is not worked out "with the rules shown above" (b21-f03-04)."""
    if code == "ihc_equivocal_no_ish" and result.ihc and not (result.ihc.score or result.ihc.score_range):
        return "ihc_equivocal_no_score"
    if code == "ish_computed" and result.facts and result.facts.older_criteria:
        return "ish_computed_older_rules"
    return code
