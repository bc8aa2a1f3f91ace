"""A structural check on every positive or borderline (equivocal) call, run after the decision.

Three blind sets in a row had their worst errors in one shape: a negative or not-found report
called positive because the line the call rested on was not this tumor's current result (another
cancer's history, an earlier sample, a question, a legend or a method text) or because the lab's
own final words said otherwise (docs/positive-check.md). Phrase rules fixed each such report once
seen; the next unseen set had new phrasings of the same shapes. This check asks the shape, not
the phrasing: the call stands only if one line it rests on is a sound result of the deciding
test and the report does not, by its structure, give the other answer later (a retest after a
history line, a corrected result, the lab's negative word after a borderline score; the steps
are listed in docs/positive-check.md). A call that fails becomes not_found with the reason "HER2 result not clear from this report",
never negative: a wrong "not clear" sends the patient to the care team, a wrong call misleads.

It reads only the finished Result (its status, deciding test, evidence and mentions), so the
engine (the end of interpret/__init__.py's interpret, once the decision and its warnings are
made) and the patient summary (facts.py) run the same check on the same inputs and always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

import regex

from ..model import IHC_SCORE_CALL, Evidence, Result, StatusBasis
from .doubt import doubtful_positive
from .result_line import off_result_line
from .verify_lines import (
    NOT_A_RESULT,
    Line,
    aside_kind,
    evidence_lines,
    final_negative_line,
    lone_score_line,
    mask_other_brackets,
    match_at,
    says_test_not_done_here,
    set_aside_line,
    verify_words,
)

__all__ = [
    "UNSUPPORTED_CODE",
    "UNSUPPORTED_REASON",
    "Why",
    "result_unsupported",
    "unsupported_why",
    "verify_call",
]

UNSUPPORTED_CODE = "result_unsupported"
UNSUPPORTED_REASON = "HER2 result not clear from this report: please check with your care team."
UNSUPPORTED_TEXT = (
    "The report's own lines do not clearly support a HER2 {status} result for this tumor ({why}); "
    "no status is given. Please check with your care team."
)
CHECKED = ("positive", "equivocal")
# the families each deciding test rests on (an ISH group 2-4 result is settled with the IHC)
TEST_FAMILIES = {
    "ihc": frozenset({"ihc"}),
    "ish": frozenset({"ish"}),
    "ngs": frozenset({"ngs"}),
    "ctdna": frozenset({"ngs"}),
}


class Why(StrEnum):
    """Why a call is not supported (the warning names it in words)."""

    NOT_A_RESULT = "not_a_result"  # every line it rests on is history, a legend, a method, a question ...
    FINAL_OTHER_WAY = "final_other_way"  # the lab's last word on the test or on HER2 is the other way
    CORRECTED_DISAGREE = "corrected_disagree"  # a corrected report whose lines on the test disagree
    EARLIER_SAMPLE_ONLY = "earlier_sample_only"  # only an earlier sample (history); the test is pending
    VOIDED = "voided"  # a later line withdraws the result or says HER2 status is unknown
    DOUBTFUL = "doubtful"  # every line that reads positive denies its value in its sentence (doubt.py)
    OFF_RESULT_LINE = "off_result_line"  # no line that reads positive is a result line (result_line.py)
    EARLIER_LINE = "earlier_line"  # the only ones name an earlier sample beside the report's own result


WHY_WORDS = {
    Why.NOT_A_RESULT: "the lines it rests on are history, an earlier sample, a question, a legend or a method text",
    Why.FINAL_OTHER_WAY: "the report's final words on HER2 say otherwise",
    Why.CORRECTED_DISAGREE: "the report corrects an earlier HER2 result and its lines disagree",
    Why.EARLIER_SAMPLE_ONLY: "its only result is an earlier sample's, in the clinical history, and the "
    "HER2 test on this sample is still pending",
    Why.VOIDED: "a later line of the report withdraws that result or says the HER2 status is unknown",
    Why.DOUBTFUL: "every line that reads positive denies that value in the same sentence",
    Why.OFF_RESULT_LINE: "the positive value appears only in a comment, a note, a history or a narrative "
    "sentence, never on a result line of this report",
    Why.EARLIER_LINE: "the positive value is an earlier or outside sample's result, and the report gives "
    "its own sample's result separately",
}


@dataclass(frozen=True)
class _Reading:
    """The lines of one result sorted for the check."""

    relevant: list[Line]  # the deciding test's lines and the statements on HER2 as a whole
    sound: list[Line]  # the relevant lines that are results of this tumor
    backing: list[Line]  # sound positive lines of the other tissue tests (a positive rests on any)


def _reading(result: Result) -> _Reading:
    test = result.status_basis.test if result.status_basis else None
    families = TEST_FAMILIES.get(test or "", frozenset())
    aside = {(m.text, m.value): str(m.reason) for m in result.mentions if m.reason in NOT_A_RESULT}
    relevant = [
        ln
        for ln in evidence_lines(result)
        if ln.family in families
        or (ln.family == "status_statement" and ln.test in (None, test))
        or (ln.family == "ihc" and _settled_by_ihc(result))
    ]
    lines = result.evidence + result.mentions
    sound = [
        ln
        for ln in relevant
        if aside_kind(ln, aside) is None
        or (result.status == "equivocal" and _key_in_own_bracket(ln, aside))
        or (
            aside_kind(ln, aside) == "set_aside_words" and lone_score_line(ln.ev, lines)
        )  # "HER2 IHC 3+ = POSITIVE"
    ]
    tissue = {"ihc", "ish"} | (set() if result.ngs is not None and result.ngs.ctdna else {"ngs"})
    backing = [
        ln
        for ln in evidence_lines(result)
        if result.status == "positive"
        and test in tissue
        and ln.family in tissue
        and ln.call == "positive"
        and ln not in relevant
        and aside_kind(ln, aside) is None
    ]
    return _Reading(relevant, sound, backing)


def _key_in_own_bracket(line: Line, aside: dict[tuple[str, str], str]) -> bool:
    """An IHC score whose line is set aside only by a key in a bracket after it: "Score 2+ in
    approximately 60% of tumour cells (HERACLES criteria: 2+ in >=50% = equivocal, ISH
    required)" gives the criterion the lab applied to its own score (variants13a v13a-f10-03).
    For an equivocal call only: a positive keeps the whole line's guard."""
    if line.family != "ihc" or aside_kind(line, aside) != "set_aside_words":
        return False
    return _score_outside_key_bracket(line.ev.text, line.values.get("score"), match_at(line))


def _score_outside_key_bracket(text: str, score: str | None, start: int) -> bool:
    """The line's own score (found from `start`) stands outside the bracket whose words set the
    line aside: with the other brackets blanked the line is no key."""
    at = text.find(score, start) if score else -1
    return at >= 0 and not set_aside_line(mask_other_brackets(text, at))


def _settled_by_ihc(result: Result) -> bool:
    """An ISH group 2-4 result worked out from the numbers rests on the IHC too."""
    ish = result.ish
    test = result.status_basis.test if result.status_basis else None
    return test == "ish" and ish is not None and ish.group in (2, 3, 4) and ish.result_from != "lab"


def _settling_score_missing(result: Result, status: str, sound: list[Line]) -> bool:
    """A positive ISH group 2-4 result worked out from the numbers is positive only by its IHC
    (3+, or 2+ in group 3) or the lab's final positive word (decide.settle_ish_group): no sound
    line gives either (the 3+ it used was "(not 3+)" or a key's)."""
    if status != "positive" or not _settled_by_ihc(result) or result.ish is None:
        return False
    settling = {"3+", "2+"} if result.ish.group == 3 else {"3+"}
    return not any(
        (ln.family == "ihc" and ln.values.get("score") in settling)
        or (ln.family == "status_statement" and ln.call == "positive")
        for ln in sound
    )


def _supports(line: Line, status: str) -> bool:
    """The line is evidence for the status: its call, its score ("POSITIVE (SCORE 2+)" in an
    older report is a 2+), or numbers of the deciding test with no call of their own."""
    by_score = IHC_SCORE_CALL.get(line.values.get("score", "")) if line.family == "ihc" else None
    return status in (line.call, by_score) or (line.call is None and line.family != "status_statement")


def _final_other_way(status: str, sound: list[Line], several_samples: bool) -> bool:
    """A borderline call whose lab's last word is negative: the last sound line that states a
    call in words ("2+ in <50% of cells = HER2 NEGATIVE by HERACLES", "Interpretation:
    NEGATIVE", a retest "1+ -- NEGATIVE") says negative and no line supporting the call follows
    it. A bare score is no last word. Only for equivocal: a positive rests on a measured result,
    and real reports print keys and second tumors after it ("A ratio less than 1.8 indicates
    absence of amplification", "Tumor B ... 0") that no structure tells from a final word. Not
    when the report gives results for several samples: then the highest stands, by rule."""
    if status != "equivocal" or several_samples:
        return False
    worded = [ln for ln in sound if ln.worded_call is not None]
    if not worded or worded[-1].worded_call != "negative":
        return False
    after = [ln for ln in sound if ln.index > worded[-1].index]
    return not any(_supports(ln, status) for ln in after)


def _in_history(line: Line) -> bool:
    """The line is in the clinical-history section or opens with its own history label."""
    return line.ev.section == "history" or bool(verify_words().history_label.match(line.ev.text))


def _history_outweighed(status: str, sound: list[Line]) -> bool:
    """Every line supporting the call is in the clinical history, and a later line of the same
    test calls it the other way: the history gives an earlier sample's result (a pre-treatment
    core, a primary years ago) and the report's own result comes after it. (A history section
    runs to the next header the engine knows, so the later line may sit in it too.) Alone, a
    history line stands: it is the same tumor's earlier result, restated."""
    supporting = [ln for ln in sound if ln.call == status]
    if not supporting or not all(_in_history(ln) for ln in supporting):
        return False
    families = {ln.family for ln in supporting}
    last = max(ln.index for ln in supporting)
    return any(ln.family in families and ln.index > last and ln.call == "negative" for ln in sound)


def _corrected_disagree(result: Result, status: str, sound: list[Line]) -> bool:
    """A report that corrects an earlier HER2 result and still prints both calls of the test:
    which one is current is not safe to guess from the order of lines."""
    if not any(verify_words().result_corrected.search(ev.text) for ev in result.evidence + result.mentions):
        return False
    calls = {ln.call for ln in sound if ln.family != "status_statement"}
    return status in calls and "negative" in calls


def _earlier_sample_pending(result: Result, status: str, sound: list[Line]) -> bool:
    """Every line supporting the call sits in the clinical history, and the report says a HER2
    test is pending: the report's own answer is still to come ("History: Left breast cancer 2020,
    HER2-positive (IHC 3+)" over a new tumour whose HER2 "results will be issued as a separate
    report": variants8 G-07). (Without a pending test the earlier result is the report's HER2
    result, with its warning.) A result restated from before treatment never reaches here: since
    session 9 interpret/samples.py gives a post-treatment report whose sample was not tested
    again no result (post_treatment_no_current, facts.md §11)."""
    if not _awaited(result):
        return False
    supporting = [ln for ln in sound if _supports(ln, status)]
    return bool(supporting) and all(_in_history(ln) for ln in supporting)


def _awaited(result: Result) -> bool:
    """The report says a HER2 test of its own is pending."""
    return "pending" in result.warning_codes or any(m.reason == "pending" for m in result.mentions)


def _place(ev: Evidence, offset: int) -> tuple[int, int]:
    """Where a point of an evidence line sits in the report: its page, and its offset in the page
    (the line's match starts at ev.start; `offset` is a place in ev.text)."""
    at = ev.text.find(ev.match) if ev.match else -1
    return (ev.page or 0, ev.start - max(at, 0) + offset)


def _voided(result: Result, status: str, sound: list[Line]) -> bool:
    """Every line supporting the call comes before a line that withdraws a HER2 result ("That
    HER2 result ... is RETRACTED in full", "issued in error and should be disregarded") or, for a
    positive, before the report's own statement that HER2 status is unknown ("Until then, the
    HER2 status of this tumor is UNKNOWN"): the result quoted before it is not this patient's
    current answer, and no new result follows (a replacement after the notice stands)."""
    supporting = [ln for ln in sound if _supports(ln, status)]
    if not supporting:
        return False
    words = verify_words()
    patterns = [words.result_voided] + ([words.status_unknown] if status == "positive" else [])
    last_support = max(_place(ln.ev, match_at(ln)) for ln in supporting)
    for ev in result.evidence + result.mentions:
        for pattern in patterns:
            found = pattern.search(ev.text)
            if found is None or _place(ev, found.start()) <= last_support:
                continue
            if _names_other_test(ev.text, supporting):
                continue
            named = _named_calls(ev.text)
            if not named or status in named:
                return True
    return False


def _names_other_test(text: str, supporting: list[Line]) -> bool:
    """The withdrawing line names only tests the call does not rest on ("The HER2 FISH result is
    withdrawn" under a 3+ stain): it withdraws another test's result, and the call stands."""
    named = _group_names(verify_words().voided_names_test, text)
    tests = {ln.test for ln in supporting}
    return bool(named) and None not in tests and not (named & tests)


def _named_calls(text: str) -> set[str]:
    """The calls a line names (its scores and call words): a withdrawing line that names only
    another call than the one checked withdraws an earlier result, not this one."""
    return {key.removesuffix("_word") for key in _group_names(verify_words().voided_names_call, text)}


def _group_names(pattern: regex.Pattern[str], text: str) -> set[str]:
    """The names of the groups that took part in the pattern's matches in the text."""
    return {key for m in pattern.finditer(text) for key, v in m.groupdict().items() if v}


def _old_summary_guard(result: Result) -> bool:
    """The patient summary's guard (summary5, qa5 H1/U4), kept as it was: a quoted line gives the
    lab's final answer as negative, or every line tagged with the status is set aside."""
    evidence = [ev for ev in result.evidence if ev.text and "vus=True" not in ev.value]
    if not evidence:
        return False
    # a report on several samples whose calls differ prints the negative sample's own final line
    # ("Final HER2 status: NEGATIVE" under sample A, "... of nodal metastasis: POSITIVE" under B):
    # the highest sample stands, by rule (devset9 b9-f01-06)
    if (
        result.status == "positive"
        and not _samples_differ(result)
        and any(final_negative_line(ev.text) for ev in evidence)
    ):
        return True
    wanted = SUMMARY_SUPPORTS[result.status]
    supporting = [ev for ev in evidence if wanted & {part.strip() for part in ev.value.split(",")}]
    lines = result.evidence + result.mentions
    return all(
        _summary_sets_aside(ev, result.status) and not lone_score_line(ev, lines)
        for ev in supporting or evidence
    )


def _summary_sets_aside(ev: Evidence, status: str) -> bool:
    """The summary guard's view of one line; an equivocal IHC score before its own key in a
    bracket stands (`_key_in_own_bracket`)."""
    if not set_aside_line(ev.text):
        return False
    if status != "equivocal" or ev.finding != "ihc":
        return True
    score = next((p.split("=", 1)[1] for p in ev.value.split(", ") if p.startswith("score=")), None)
    at = ev.text.find(ev.match) if ev.match else 0
    return not _score_outside_key_bracket(ev.text, score, max(at, 0))


def _samples_differ(result: Result) -> bool:
    """The result lists samples of this report with a positive and a negative call."""
    calls = {s.call for s in result.specimens}
    return {"positive", "negative"} <= calls


SUMMARY_SUPPORTS = {
    "positive": {"score=3+", "result=amplified", "amplification=amplified", "call=positive"},
    "equivocal": {"score=2+", "result=equivocal", "amplification=equivocal", "call=equivocal"},
}


def unsupported_why(result: Result) -> Why | None:
    """Why the report's own lines do not support its positive or equivocal status, or None when
    they do (or the status is neither)."""
    status = result.status
    if status not in CHECKED:
        return None
    reading = _reading(result)
    if _old_summary_guard(result):
        return Why.NOT_A_RESULT
    supporting = [ln for ln in reading.relevant if _supports(ln, status)]
    if supporting and not any(_supports(ln, status) for ln in reading.sound + reading.backing):
        # every line the call rests on is set aside (a line that shows none, when the evidence
        # keeps one finding per quoted line, is no sign either way)
        return Why.NOT_A_RESULT
    if _settling_score_missing(result, status, reading.sound):
        return Why.NOT_A_RESULT
    if says_test_not_done_here(result, result.status_basis.test if result.status_basis else None):
        return Why.NOT_A_RESULT
    if _corrected_disagree(result, status, reading.sound):
        return Why.CORRECTED_DISAGREE
    if _final_other_way(status, reading.sound, len(result.specimens) > 1) or _history_outweighed(
        status, reading.sound
    ):
        return Why.FINAL_OTHER_WAY
    if _earlier_sample_pending(result, status, reading.sound):
        return Why.EARLIER_SAMPLE_ONLY
    if _voided(result, status, reading.sound):
        return Why.VOIDED
    if doubtful_positive(status, result.evidence) is not None:
        return Why.DOUBTFUL
    off = off_result_line(status, result.evidence, awaited=_awaited(result))
    if off is not None:
        return Why(off)
    return None


def result_unsupported(result: Result) -> bool:
    """The engine set this result aside as unsupported, or its lines do not support its status
    (a Result built or changed after the engine ran): the summary shows "not clear" then."""
    return UNSUPPORTED_CODE in result.warning_codes or unsupported_why(result) is not None


def verify_call(result: Result) -> Result:
    """The result as it stands, or not_found with the reason when its call is not supported."""
    why = unsupported_why(result)
    if why is None:
        return result
    return withdraw_call(result, WHY_WORDS[why], why.value)


def withdraw_call(result: Result, why_words: str, why: str) -> Result:
    """The result with its call taken back: not_found with the reason. The values read (IHC, ISH,
    NGS) and the evidence stay, as for a low-confidence scan, so a reader can see what the report
    printed; HER2-low, a category of a called result, is dropped. One way for every check that takes
    a call back (this module's and interpret/confidence.py's), so the record and the summary treat
    them alike."""
    basis = result.status_basis
    out = replace(
        result,
        status="not_found",
        her2_low=None,
        her2_ultralow=None,
        warnings=list(result.warnings),
        warning_codes=list(result.warning_codes),
        warning_params=list(result.warning_params),
        status_basis=StatusBasis(
            rule=basis.rule if basis else "",
            rule_name=basis.rule_name if basis else "",
            test=basis.test if basis else None,
            reason=UNSUPPORTED_REASON,
        ),
    )
    out.add_warning(
        UNSUPPORTED_CODE,
        UNSUPPORTED_TEXT.format(status=result.status, why=why_words),
        status=result.status,
        why=why,
    )
    return out
