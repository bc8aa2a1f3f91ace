"""The safety check on a confident call (safety21, session 21; docs/safety.md).

Three blind sets (360 reports) gave 16 confident positive or negative calls where the report said
another status, each in a phrasing no development set had; the phrase rules written afterwards
never moved the next set's. Most of them show, in what the engine itself read, that the decision
was weak whatever the wording. A positive or negative call becomes not_found ("HER2 result not
clear from this report: please check with your care team", warning code `result_unsupported`, as
verify.py gives) when:

1. no word of the report (no statement, no IHC call word) says the status, and either an IHC
   line's score and its own call word disagree (a 2+ with "positive", a 0 with "positive", a 1+
   with "equivocal"; the line naming no other call, none negated) and the status is neither the
   word -- one of the two was misread -- or the
   status is a negative IHC score while the lab's only word on HER2 is "equivocal" (two readers'
   scores, the lab's consensus word);
2. the deciding test's lines read both the status and another call, the report's statements name
   a call but never the status, no IHC call word says it, and the report has one sample (for
   several samples the highest stands, by rule; a line of the clinical history is an earlier
   tumour's, no disagreement);
3. a negative IHC rests only on lines that are also read as a HER2-low category, or hold the score
   as one item of a list of scores ("scores of 0, ultralow and 1+", session 22), and hold their
   value on no result line (result_line.py), and no word says negative: a line listing the
   categories ("IHC 0, ultralow and 1+") names them, it does not give one;
4. a status read from words alone (no test value) is stated only in lines naming whom a test or
   drug is for ("intended for ... HER2-negative", "label for HR+/HER2-negative disease";
   data/rules/confidence.toml).

It never gives a status: it only takes one away, keeping the values read and the evidence for the
reader. It reads only the finished Result, like verify.py, and runs after it (interpret/__init__.py);
the patient summary follows through the warning code (facts.py, verify.result_unsupported)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import regex

from ..model import IHC_SCORE_CALL, Result
from ..rules.patterns import bind
from .result_line import line_kind
from .verify import UNSUPPORTED_CODE, withdraw_call
from .verify_lines import Line, evidence_lines, verify_words

__all__ = ["Weak", "guard_weak_call", "weak_why"]

CONFIDENT = ("positive", "negative")
CALL_WORDS = frozenset({"positive", "negative", "equivocal"})
# the result word of each test's line as a call
RESULT_CALL = {"amplified": "positive", "not_amplified": "negative", "equivocal": "equivocal"}
TEST_FAMILY = {"ihc": "ihc", "ish": "ish", "ngs": "ngs", "ctdna": "ngs"}


class Weak(StrEnum):
    """Why a confident call is too weak to give (the warning names it in words)."""

    SCORE_WORD_SPLIT = "score_word_split"
    TEST_SPLIT = "test_split"
    CATEGORY_LIST = "category_list"
    POPULATION = "population_words"


WEAK_WORDS = {
    Weak.SCORE_WORD_SPLIT: "no word of the report states this status, and the IHC score read disagrees "
    "with the lab's own call word",
    Weak.TEST_SPLIT: "the lines of the test it rests on disagree, and the report's own words give the "
    "other answer",
    Weak.CATEGORY_LIST: "the score is read only from a line that lists the HER2-low categories, not "
    "from a result line",
    Weak.POPULATION: "the report states it only in words about whom a test or treatment is for",
}


@dataclass(frozen=True)
class ConfidenceWords:
    confidence_population: regex.Pattern[str]
    confidence_positive_word: regex.Pattern[str]
    confidence_negative_word: regex.Pattern[str]
    confidence_equivocal_word: regex.Pattern[str]
    confidence_negated_call: regex.Pattern[str]
    confidence_score_list_next: regex.Pattern[str]
    confidence_result_called_negative: regex.Pattern[str]


@cache
def confidence_words() -> ConfidenceWords:
    return bind(ConfidenceWords, ("confidence",))


def _said(lines: list[Line]) -> set[str]:
    """The calls the lab states in words: its statements and the call words on IHC lines."""
    words = {ln.values.get("call") for ln in lines if ln.family == "status_statement"}
    words |= {ln.values.get("lab_call") for ln in lines if ln.family == "ihc"}
    return {w for w in words if w in CALL_WORDS}


def _statements(lines: list[Line]) -> set[str]:
    return {
        w for ln in lines if ln.family == "status_statement" and (w := ln.values.get("call")) in CALL_WORDS
    }


def _test_call(line: Line) -> str | None:
    """What a test line reads: an IHC score first (the value measured), its word when it has none."""
    v = line.values
    if line.family == "ihc":
        return IHC_SCORE_CALL.get(v.get("score", "")) or (
            v.get("lab_call") if v.get("lab_call") in CALL_WORDS else None
        )
    if line.family == "ish":
        return RESULT_CALL.get(v.get("result", ""))
    if line.family == "ngs":
        return RESULT_CALL.get(v.get("amplification", ""))
    return None


def _score_word_split(status: str, test: str | None, lines: list[Line], said: set[str]) -> bool:
    """Signal 1: no word says the status, and an IHC line's score and word disagree (the status
    neither), or the status is a negative IHC score and the lab's only word is equivocal."""
    if status in said:
        return False
    if status == "negative" and test == "ihc" and _statements(lines) == {"equivocal"}:
        return True
    for ln in lines:
        word = ln.values.get("lab_call")
        by_score = IHC_SCORE_CALL.get(ln.values.get("score", "")) if ln.family == "ihc" else None
        if by_score and word in CALL_WORDS and word != by_score and word != status and _one_call(ln, word):
            return True
    return False


def _one_call(line: Line, word: str) -> bool:
    """The line names in words only the call it was read with, none under a negation: an amended
    line keeps the earlier call beside the current score ("changed from POSITIVE to NEGATIVE (IHC
    1+)", "no longer positive (IHC 1+)"), which is no misread."""
    w = confidence_words()
    text = line.ev.text
    if w.confidence_negated_call.search(text):
        return False
    named = {
        call
        for call, pattern in (
            ("positive", w.confidence_positive_word),
            ("negative", w.confidence_negative_word),
            ("equivocal", w.confidence_equivocal_word),
        )
        if pattern.search(text)
    }
    return named == {word}


def _test_split(result: Result, status: str, test: str | None, lines: list[Line], said: set[str]) -> bool:
    """Signal 2: the deciding test's lines disagree and the statements name only other calls."""
    family = TEST_FAMILY.get(test or "")
    statements = _statements(lines)
    if family is None or not statements or status in said or len(result.specimens) > 1:
        return False
    # an earlier tumour's result in the clinical history is no disagreement of this test's lines
    calls = [_test_call(ln) for ln in lines if ln.family == family and not _in_history(ln)]
    return status in calls and any(c not in (None, status) for c in calls)


def _in_history(line: Line) -> bool:
    """The line is in the clinical-history section or opens with its own history label."""
    return line.ev.section == "history" or bool(verify_words().history_label.match(line.ev.text))


def _category_list(status: str, test: str | None, lines: list[Line], said: set[str]) -> bool:
    """Signal 3: a negative IHC whose every line is a HER2-low category line, or holds its score as
    one item of a list of scores, off any result line."""
    if status != "negative" or test != "ihc" or status in said:
        return False
    categories = [ln.ev.text for ln in lines if ln.family == "her2_low"]
    resting = [ln for ln in lines if ln.family == "ihc" and _test_call(ln) == status]
    called = confidence_words().confidence_result_called_negative
    if any(called.search(ln.ev.text) for ln in resting):
        return False  # "...; this result is negative": the lab says the status on the line itself
    return bool(resting) and all(
        (_shares_line(ln.ev.text, categories) or _listed(ln))
        and line_kind(ln.ev) is None
        and line_kind(ln.ev, any_call=True) is None
        for ln in resting
    )


def _listed(line: Line) -> bool:
    """The score read is one item of a list of scores or categories ("scores of 0, ultralow and 1+
    hard to tell apart", "0 or 1+ could not be separated"): a line naming the scale's steps gives
    none of them (session 22; the reader files no HER2-low category beside such a list)."""
    text, match = line.ev.text, line.ev.match
    at = text.find(match) if match else -1
    return at >= 0 and confidence_words().confidence_score_list_next.match(text, at + len(match)) is not None


def _shares_line(text: str, others: list[str]) -> bool:
    """The quoted line is one of `others`, or one holds the other (a quote may run on from the line
    before: "HER2: not assessed. Note: ... IHC 0, ultralow and 1+ ...")."""
    return any(text in other or other in text for other in others)


def _population(status: str, test: str | None, lines: list[Line]) -> bool:
    """Signal 4: a status from words alone, stated only in lines about whom a test or drug is for."""
    if test is not None:
        return False
    stating = [ln for ln in lines if ln.family == "status_statement" and ln.values.get("call") == status]
    population = confidence_words().confidence_population
    return bool(stating) and all(population.search(ln.ev.text) for ln in stating)


def weak_why(result: Result) -> Weak | None:
    """Why the result's positive or negative status is too weak to give, or None."""
    status = result.status
    if status not in CONFIDENT or UNSUPPORTED_CODE in result.warning_codes:
        return None
    test = result.status_basis.test if result.status_basis else None
    lines = evidence_lines(result)
    said = _said(lines)
    # a row of sample columns holds each sample's score and word side by side ("HER2 IHC  1+  2+
    # (equivocal)"): the split is told only for one sample, as signal 2 is
    if len(result.specimens) <= 1 and _score_word_split(status, test, lines, said):
        return Weak.SCORE_WORD_SPLIT
    if _test_split(result, status, test, lines, said):
        return Weak.TEST_SPLIT
    if _category_list(status, test, lines, said):
        return Weak.CATEGORY_LIST
    if _population(status, test, lines):
        return Weak.POPULATION
    return None


def guard_weak_call(result: Result) -> Result:
    """The result as it stands, or not_found with the reason when its call is too weak to give."""
    why = weak_why(result)
    if why is None:
        return result
    return withdraw_call(result, WEAK_WORDS[why], why.value)
