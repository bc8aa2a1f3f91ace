"""Which "Please note" notes say something the summary already says, or claim what the report does
not (sentences22b, beside explain_notes' own choice): a note about the report's final call where
the report's calls disagree, a note that the words call HER2 positive where the positive words are
an earlier sample's the summary already names, a note that asks whether ISH is planned where the
report says it is, and a second note about the same earlier sample."""

from __future__ import annotations

from typing import Any

from .facts import ReportFacts
from .model import Result
from .summary_words import final_call_line, positive_word_negated, states_status

__all__ = ["calls_disagree", "extra_covered", "same_call_variant", "states_final"]

# the results an earlier-sample note can name that place HER2 positive
POSITIVE_ITEMS = frozenset({"IHC 3+", "ISH amplified", "positive"})
NEGATIVE_ITEMS = frozenset({"IHC 0", "IHC 1+", "ISH not amplified", "negative", "HER2-low", "HER2-ultralow"})
# the stain scores a final negative call holds for
NEGATIVE_SCORES = frozenset({"0", "1+", "2+"})


def calls_disagree(result: Result) -> bool:
    """The report's own calls disagree: one statement gives both ("Site B is HER2 positive; site A
    is HER2 negative") or two give opposite ones (part A "HER2 NEGATIVE", part B "HER2 POSITIVE"),
    so it states no single final call (variants15a v15a-f01-01, v15a-f10-03)."""
    statements = [ev for ev in result.evidence if ev.finding == "status_statement"]
    if any(final_call_line(ev.text) and f"call={result.status}" in ev.value.split(", ") for ev in statements):
        return False  # a line that names itself final ("FINAL HER2 STATUS: POSITIVE") settles it
    calls: set[str] = set()
    for ev in statements:
        calls |= {part[5:] for part in ev.value.split(", ") if part.startswith("call=")}
        calls |= {call for call in ("positive", "negative") if states_status(ev.text, call)}
    return {"positive", "negative"} <= calls


def states_final(code: str, result: Result, lab_states: bool) -> bool:
    """The report states the final call this summary shows (`lab_states`, explain_notes' reading),
    and, for the note naming each sample's call, its calls do not disagree by sample (an earlier
    sample's call quoted in a comment is no sample of its own: devset15 b15-f02-04)."""
    return lab_states and not (code == "multiple_specimens" and calls_disagree(result))


def same_call_variant(code: str, result: Result, params: dict[str, Any]) -> str:
    """The final-call note for two stain scores the report's negative call holds for alike ("0" and
    "1+" under "HER2 negativ"): the call does not say which score is the tumor's current one, so
    the note does not say "this summary shows that one" (v15a-f01-05, v15a-f11-04)."""
    scores = {str(params.get("first")), str(params.get("second"))}
    if code != "conflict_lab_final" or result.status != "negative" or not scores <= NEGATIVE_SCORES:
        return code
    return code if score_line_states_status(result) else "conflict_lab_final_same_call"


def score_line_states_status(result: Result) -> bool:
    """A line gives the shown stain score with the status in words ("HER2 IHC score: 1+ -> HER2
    NEGATIVE", "FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified)"): the report
    says which score its call is for - the lab's final answer, not the lower of two results by
    chance. Here, not in note_cover.py, which imports this module."""
    shown = result.ihc.score if result.ihc else None
    return shown is not None and any(
        ev.finding == "ihc"
        and f"score={shown}" in ev.value.split(", ")
        and states_status(ev.text, result.status)
        for ev in result.evidence
    )


def _positive_words_negated(result: Result) -> bool:
    """The report's positive status words are all negated where they stand."""
    lines = [
        ev.text
        for ev in result.evidence
        if ev.finding == "status_statement" and "call=positive" in ev.value.split(", ")
    ]
    return bool(lines) and all(positive_word_negated(line) for line in lines)


def _levels(params: dict[str, Any]) -> set[bool]:
    """Whether each result an earlier-sample note names places HER2 positive (True) or negative."""
    items = {item.strip() for item in str(params.get("earlier", "")).split(",")}
    return {True for _ in POSITIVE_ITEMS & items} | {False for _ in NEGATIVE_ITEMS & items}


def extra_covered(result: Result, facts: ReportFacts, covered: set[str]) -> set[str]:
    """Warning codes whose note the summary leaves out, given those already `covered`."""
    codes = set(result.warning_codes)
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    out: set[str] = set()
    shown_earlier = [c for c in ("post_treatment", "earlier_result") if c in codes and c not in covered]
    if result.status == "negative" and any(
        POSITIVE_ITEMS & {item.strip() for item in str(params[c].get("earlier", "")).split(",")}
        for c in shown_earlier
    ):
        # the positive words are the earlier sample's, which a note already names (v15a-f02-01)
        out.add("statement_conflict")
    if result.status == "negative" and _positive_words_negated(result):
        # every "HER2 positive" the engine read is negated on its line ("should not be read as
        # \"HER2 positive\"", "no es HER2 positivo"; sentences23: b25-f04-06, v15b-f08-05)
        out.add("statement_conflict")
    if (
        "post_treatment" in shown_earlier
        and "earlier_result" in codes
        and not (facts.result_corrected or facts.revised)
        and _levels(params["earlier_result"]) <= _levels(params["post_treatment"])
    ):
        # one note about the earlier sample, not a second "earlier or corrected" one naming the
        # same kind of result (v15a-f02-04: "positive" and "IHC 3+")
        out.add("earlier_result")
    pending_said = "pending" in codes and "pending" not in covered
    if facts.ish_requested or facts.her2_awaited or pending_said:
        # the report says ISH is requested or to follow: no note asking whether it is planned
        # (v15a-f11-05, v15b-f11-05)
        out.add("ihc_equivocal_no_ish")
    return out
