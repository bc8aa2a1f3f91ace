"""The lines of a positive or borderline call, read one by one for the structural check
(interpret/verify.py, docs/positive-check.md): what each evidence line says (its test, values and
call) and whether, by its structure, it is not a current result of this tumor (the engine filed it
as history, a legend, a method ...; it is a question, a condition, one side of an alternative).
Split out of verify.py, unchanged, so that the check itself stays one job per module."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..model import IHC_SCORE_CALL, Evidence, Result
from ..rules import compiled
from ..rules.patterns import bind
from .calls import CALL_OF_WORD

# mention reasons that say a line is not a result of this tumor's current sample
# ("methods" is not one: a result line under a "HER2 TESTING" heading is filed so and is a result)
NOT_A_RESULT = frozenset(
    {"history", "legend", "other_tumor", "pre_treatment", "earlier", "hypothetical", "control"}
)
# section kinds (findings/scope.py) whose lines are not a current result
ASIDE_SECTIONS = frozenset({"methods", "therapy"})
# the lab's words as a call: interpret/calls.py's table, plus the words that only read as one here
WORD_CALL = {word: call.value for word, call in CALL_OF_WORD.items()} | {
    "weakly_positive": "equivocal",
    "low": "negative",
    "ultralow": "negative",
}
# the families each deciding test rests on (an ISH group 2-4 result is settled with the IHC)


@dataclass(frozen=True)
class VerifyWords:
    """The few words the check reads (her2cli/data/rules/verify.toml; result-corrected is the
    summary's record in summary_words.toml)."""

    aside_label: regex.Pattern[str]
    history_label: regex.Pattern[str]
    quote_final_negative: regex.Pattern[str]
    quote_set_aside: regex.Pattern[str]
    result_label_after_key: regex.Pattern[str]
    own_score_equals_call: regex.Pattern[str]
    result_corrected: regex.Pattern[str]
    result_voided: regex.Pattern[str]
    voided_names_call: regex.Pattern[str]
    voided_names_test: regex.Pattern[str]
    status_unknown: regex.Pattern[str]
    test_not_done_here: regex.Pattern[str]


@cache
def verify_words() -> VerifyWords:
    return bind(VerifyWords, ("verify", "summary_words"))


def final_negative_line(line: str) -> bool:
    """The line states the lab's final HER2 answer as negative ("FINAL HER2 STATUS: NEGATIVE")."""
    return bool(verify_words().quote_final_negative.search(line))


def set_aside_line(line: str) -> bool:
    """The line is another cancer's history, a legend or key, a method statement or a definition
    written for patients (qa5 H1, U4); not when its set-aside words are only a key's "... =
    EQUIVOCAL" and the lab's own labelled result follows them ("<4.0 = not amplified ; >=4.0 and
    <6.0 = EQUIVOCAL ... RESULT: EQUIVOCAL (mean 5.2)", probe20): the key stands before the result."""
    words = verify_words()
    found = list(words.quote_set_aside.finditer(line))
    if not found:
        return False
    if not all(m.group(0).startswith("=") for m in found):
        return True
    return words.result_label_after_key.search(line, found[-1].end()) is None


def lone_score_line(ev: Evidence, lines: Sequence[Evidence]) -> bool:
    """An IHC line set aside as a key's row that is one whole HER2 IHC statement ("HER2 IHC 3+ =
    POSITIVE": verify.toml own-score-equals-call) and the only such line of the report's `lines`
    (its evidence and mentions): the lab's result written with an "=", not a key (fix24). A key's
    rows come several together ("0 = negative" ... "3+ = positive"), and another IHC line beside it
    leaves it set aside (which of the two is the result is not clear)."""
    if ev.finding != "ihc" or verify_words().own_score_equals_call.match(ev.text.strip()) is None:
        return False
    return not any(e.text != ev.text and (e.finding == "ihc" or "=" in e.text) for e in lines)


@dataclass(frozen=True)
class Line:
    """One evidence line with what it says: its test family, values and call."""

    ev: Evidence
    index: int  # document order (evidence is written in document order)
    values: dict[str, str]

    @property
    def family(self) -> str:
        return self.ev.finding

    @property
    def test(self) -> str | None:
        """The test the line is about: its family, or the test a status statement names."""
        if self.family == "status_statement":
            return self.values.get("method")
        return self.family

    @property
    def call(self) -> str | None:
        """What the line says on its own: the lab's word when it gives one, else its score."""
        v = self.values
        if self.family == "ihc":
            word = WORD_CALL.get(v.get("lab_call", ""))
            return word or IHC_SCORE_CALL.get(v.get("score", "")) or _range_call(v.get("score_range", ""))
        if self.family == "ish":
            return WORD_CALL.get(v.get("result", ""))
        if self.family == "ngs":
            return WORD_CALL.get(v.get("amplification", ""))
        if self.family == "status_statement":
            return WORD_CALL.get(v.get("call", ""))
        if self.family == "her2_low":
            return "negative"
        return None

    @property
    def worded_call(self) -> str | None:
        """The call the line states in words (the lab's word, an ISH or NGS result), not a score."""
        if self.family == "ihc":
            return WORD_CALL.get(self.values.get("lab_call", ""))
        return self.call if self.family in ("ish", "ngs", "status_statement") else None

    @property
    def self_contradicting(self) -> bool:
        """The line's score and its own call word point opposite ways ("Scores 0 and 1+ are
        HER2-negative; 2+ ... 3+ is positive" read as "3+, negative"): a key, not a result."""
        if self.family != "ihc" or "lab_call" not in self.values:
            return False
        by_score = IHC_SCORE_CALL.get(self.values.get("score", ""))
        by_word = WORD_CALL.get(self.values["lab_call"])
        return {by_score, by_word} == {"positive", "negative"}


def _range_call(score_range: str) -> str | None:
    return "negative" if score_range and score_range.rstrip("+")[-1:] in ("0", "1") else None


def _values(ev: Evidence) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in ev.value.split(", "):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


def evidence_line(ev: Evidence, index: int) -> Line:
    return Line(ev, index, _values(ev))


# the families a positive call rests on (the doubt gate and the result-line rule read their lines;
# a mutation or HER2-low line is no backing for a positive)
POSITIVE_FAMILIES = frozenset({"ihc", "ish", "ngs", "status_statement"})


def reads_positive(line: Line) -> bool:
    """A line a positive call may rest on: a HER2 result family's positive call, not a VUS."""
    return line.family in POSITIVE_FAMILIES and line.call == "positive" and not line.values.get("vus")


def evidence_lines(result: Result) -> list[Line]:
    return [
        Line(ev, i, _values(ev))
        for i, ev in enumerate(result.evidence)
        if ev.text and ev.finding != "mutation"
    ]


def _question(line: Line) -> bool:
    """The sentence holding the matched words ends in a question mark ("Is this HER2-positive
    disease?"): a question is never a result."""
    text = line.ev.text
    at = text.find(line.ev.match) if line.ev.match else -1
    if at < 0:
        return text.rstrip().endswith("?")
    end = len(text)
    for stop in ".!?\n":
        found = text.find(stop, at + len(line.ev.match))
        if 0 <= found < end:
            end = found
    return end < len(text) and text[end] == "?"


def match_at(line: Line) -> int:
    at = line.ev.text.find(line.ev.match) if line.ev.match else -1
    return max(at, 0)


def _conditional(line: Line) -> bool:
    """The sentence holding the matched words opens with a condition ("If the score is 2+, a
    second test ... looks for extra copies of the HER2 gene ("amplified")", devset7 b7-f09-06):
    what would follow from a result, not one."""
    text, at = line.ev.text, match_at(line)
    cut = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), text.rfind("? ", 0, at))
    lo = cut + 2 if cut >= 0 else 0
    return compiled().condition_opening.match(text, lo, max(lo, at)) is not None


def _alternatives(line: Line) -> bool:
    """The matched value is one side of "<result> or <another test's result>" ("HER2-positive is
    IHC 3+ or ISH-amplified", devset7 b7-f09-10): a criterion, not a result."""
    text, at = line.ev.text, match_at(line)
    hi = at + len(line.ev.match)
    return any(m.start() < hi and at < m.end() for m in compiled().result_alternatives.finditer(text))


# plain words that name one HER2 test (lower case)
TEST_WORDS = {"ihc": ("ihc", "immunohisto", "immunostain"), "ish": ("ish", "in situ", "fish", "sish", "cish")}


def says_test_not_done_here(result: Result, test: str | None) -> bool:
    """A line says HER2, or the deciding test, was not done on this report's tumour ("HER2
    immunohistochemistry was not performed on this tumor", devset7 b7-f07-02): a call of that test
    rests on another tumour's line. A line naming only another test leaves the call."""
    pattern = verify_words().test_not_done_here
    for ev in result.evidence + result.mentions:
        found = pattern.search(ev.text)
        if found is None:
            continue
        words = found.group(0).lower()
        named = {t for t, ws in TEST_WORDS.items() if any(w in words for w in ws)}
        if not named or test in named:
            return True
    return False


def _filed_aside(ev: Evidence, aside: dict[tuple[str, str], str]) -> bool:
    """The engine filed this line as a non-result mention: a context mention of the line (no
    values of its own) or this very finding set aside (same values). Another finding set aside on
    the same line ("1+ (NEGATIVE)" of a pre-treatment column beside "3+ (POSITIVE)") is not it."""
    return (ev.text, "") in aside or (ev.text, ev.value) in aside


def aside_kind(line: Line, aside: dict[tuple[str, str], str]) -> str | None:
    """Why the line is not a current result of this tumor, by its structure, or None: the engine
    itself filed the same line as a non-result mention (history, legend, method, other tumor,
    earlier sample, hypothetical, control), it sits in a methods or therapy section or under its
    own label of one ("METHODS: ...", "Scoring key: ..."), it is a question, its score and call
    word contradict each other, or (the summary's phrases) it is history, a key or a definition."""
    ev = line.ev
    checks = (
        (f"filed as {aside.get((ev.text, ev.value)) or aside.get((ev.text, ''))}", _filed_aside(ev, aside)),
        ("section", ev.section in ASIDE_SECTIONS),
        ("label", bool(verify_words().aside_label.match(ev.text))),
        ("question", _question(line)),
        ("condition", _conditional(line)),
        ("alternatives", _alternatives(line)),
        ("self_contradicting", line.self_contradicting),
        ("set_aside_words", set_aside_line(ev.text)),
    )
    return next((name for name, hit in checks if hit), None)


# what a bracket that does not hold the value becomes: no word, no space (a run of spaces is a
# table's cell gap, a clause stop)
MASK = "\x00"


def mask_other_brackets(text: str, at: int) -> str:
    """The text with every outermost bracket that does not hold text[at] blanked with MASK (same
    length): a clone, a share of cells or an aside is no part of the value's clause, and its own
    stops do not end it (the doubt gate and the result-line rule read the same way)."""
    chars = list(text)
    opened: list[int] = []
    for i, ch in enumerate(chars):
        if ch in "([":
            opened.append(i)
        elif ch in ")]" and opened:
            start = opened.pop()
            if not opened and not (start <= at < i):
                chars[start : i + 1] = MASK * (i + 1 - start)
    return "".join(chars)
