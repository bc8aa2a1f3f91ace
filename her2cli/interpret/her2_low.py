"""HER2-low and HER2-ultralow (breast only: docs/clinical-rules.md §2, §10; docs/clinical-rules.md)."""

from __future__ import annotations

from ..findings import Finding
from ..model import Ihc, Ish


def her2_low(
    status: str, ihc: Ihc | None, ihc_finding: Finding | None, ish: Ish | None, low_words: set[str]
) -> tuple[bool | None, bool | None]:
    """(her2_low, her2_ultralow) of a breast report; None where the report does not tell."""
    if status == "positive":
        return False, False
    if status != "negative":
        return None, None
    score = ihc.score if ihc else None
    score_range = ihc.score_range if ihc else None
    ish_negative = ish is not None and ish.result == "not_amplified"
    if score == "1+" or (score == "2+" and ish_negative) or (score_range == "1-2+" and ish_negative):
        return True, False
    if score == "0":
        zero_plus = bool(ihc_finding and ihc_finding.values.get("zero_plus"))
        no_staining = bool(ihc_finding and ihc_finding.values.get("no_staining"))
        if zero_plus or "ultralow" in low_words:
            return False, True
        if no_staining or "zero" in low_words:
            return False, False
        return False, None
    if "low" in low_words:
        return True, False
    if "ultralow" in low_words:
        return False, True
    return None, None
