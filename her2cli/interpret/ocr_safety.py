"""OCR noise can make a result "not found", never the opposite call (issue 16).

findings.ocr_trust turns a finding whose deciding words were read unclearly from an image into a
mention with reason "unclear_ocr". What is left may still decide a status, and that status must
not contradict what the unclear line might have said: a report with a 1+ part and a 3+ part whose
"3+" was unreadable would otherwise come out negative. So a positive or negative decision stands
only when every unclear line's own values (as far as they were read) agree with it, and when the
OCR'd report does not itself call HER2 the opposite somewhere else (a "statement_conflict").
"""

from __future__ import annotations

from ..findings import Finding
from ..findings.ocr_trust import UNCLEAR_REASON
from .calls import Decision
from .notes import Notes

__all__ = ["guard_unclear_ocr", "implied_call"]

OPPOSITE = {"positive": "negative", "negative": "positive"}
UNCLEAR_TEXT = (
    "Part of a line about HER2 (page {pages}) could not be read clearly in the image, so it was not used; "
    "check that line on the paper report."
)
UNSURE_REASON = (
    "part of the scanned report about HER2 could not be read clearly, and it could change the result."
)


def _ihc_call(score: object) -> str | None:
    text = str(score or "")
    if text.startswith("3"):
        return "positive"
    if text.startswith("2"):
        return "equivocal"
    return "negative" if text[:1] in ("0", "1") else None


def _ish_call(values: dict[str, object]) -> str | None:
    result = values.get("result")
    if result in ("amplified", "not_amplified", "equivocal"):
        return {"amplified": "positive", "not_amplified": "negative", "equivocal": "equivocal"}[str(result)]
    ratio = values.get("ratio")
    if isinstance(ratio, int | float):
        return "positive" if ratio >= 2.0 else "negative"
    return None


def implied_call(f: Finding) -> str | None:
    """What an unclear finding would have said on its own, as far as its values were read:
    positive, negative, equivocal, or None when they say nothing that can be compared."""
    family, values = f.demoted_from, f.values
    if family == "ihc":
        return _ihc_call(values.get("score"))
    if family == "ish":
        return _ish_call(values)
    if family == "ngs":
        amp = values.get("amplification")
        return {"amplified": "positive", "not_amplified": "negative"}.get(str(amp))
    if family == "status_statement":
        call = str(values.get("call") or "")
        return "equivocal" if call == "weakly_positive" else (call or None)
    if family == "her2_low":
        return "negative"
    return None


def _contradicts(call: str | None, status: str) -> bool:
    """An unclear line contradicts a call unless it agrees with it or is equivocal either way."""
    return call is None or call == OPPOSITE.get(status)


def guard_unclear_ocr(
    decision: Decision, results: list[Finding], mentions: list[Finding], warnings: Notes
) -> Decision | None:
    """Warn about unclear OCR lines; give not_found instead of a positive or negative call that an
    unclear line, or the scanned report's own contrary statement, could contradict."""
    unclear = [m for m in mentions if m.reason == UNCLEAR_REASON]
    if unclear:
        pages = ", ".join(sorted({str(m.page) for m in unclear}, key=int))
        warnings.add("ocr_unclear_line", UNCLEAR_TEXT.format(pages=pages), pages=pages)
    if decision.status not in OPPOSITE:
        return None
    from_ocr = any(f.confidence is not None for f in results)
    conflicting = "statement_conflict" in warnings.codes and from_ocr
    demoted = [m for m in unclear if m.demoted_from is not None]  # not a dropped number alone
    if conflicting or any(_contradicts(implied_call(m), decision.status) for m in demoted):
        return Decision("not_found", decision.test, UNSURE_REASON)
    return None
