"""Where a value's clause begins and ends: one splitter for every reader that asks "is this word
in the value's own clause (or sentence)?" (findings/disowned.py, values.py, document.py,
related_generic.py; interpret/unreviewed.py, lab_equivocal.py, doubt.py).

What ends a clause is data the caller passes, never decided here: a `ClauseEnds` of literal texts
(a `str.find` each: a literal costs no regex call, and several of these readers run for every
mention of a value) or a compiled stop pattern from the rule files (the doubt gate's
`doubt-clause-stop`: a sentence end before a space or the line's end, a label's colon, a table's
cell gap). The readers' ends differ on purpose (how far a clause may run: over a line break or
not, inside brackets or not), and each caller says why; the clause is always the text between the
last end before the value and the first end after it.

An end is read as a mark and what must follow it: ". " is a full stop because a space follows
it, "\\n\\n" a line break because a blank line follows it. The clause closes at the end's first
character and the next one opens right after it (the space after a stop opens the next clause),
as a stop pattern's match ends before its lookahead. So a decimal ("1.8") never ends a clause,
while the literal ". " does not know an abbreviation: "e.g. ", "approx. 3" or "(Hosp. A)" end a
clause too (a shorter clause can only miss a disclaimer, never add one).
tests/test_clauses.py is the specification.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["PROSE_CLAUSE", "ClauseEnds", "Stops", "clause_start", "clause_stop", "open_brackets"]


@dataclass(frozen=True)
class ClauseEnds:
    """Literal texts that end a clause: `anywhere` wherever they stand, `outside_brackets` after
    the value only where no bracket is open ("1+ (external laboratory; slides not reviewed)" is
    one clause); before the value every end counts."""

    anywhere: tuple[str, ...]
    outside_brackets: tuple[str, ...] = ()


Stops = ClauseEnds | regex.Pattern[str]

# A clause of prose, which may run over a wrapped line: a sentence end, a semicolon or a blank
# line ends it (findings/values.py, related_generic.py).
PROSE_CLAUSE = ClauseEnds((". ", ";", "\n\n"))


def clause_start(text: str, lo: int, hi: int, stops: Stops) -> int:
    """Where the clause that text[lo:hi] ends in begins: just after the first character of the
    last end wholly inside text[lo:hi] (after a stop pattern's match), or `lo` when there is none."""
    if not isinstance(stops, ClauseEnds):
        return max((m.end() for m in stops.finditer(text, lo, hi)), default=lo)
    cut = -1
    for end in stops.anywhere + stops.outside_brackets:
        cut = max(cut, text.rfind(end, lo, hi))
    return cut + 1 if cut >= 0 else lo


def clause_stop(text: str, lo: int, hi: int, stops: Stops, depth: int = 0) -> int:
    """Where the clause that begins at `lo` ends: at the first end wholly inside text[lo:hi], or
    `hi` when there is none. `depth` is how many brackets are open at `lo` (`open_brackets` of the
    text before it): an end of `outside_brackets` counts only where none is open."""
    if not isinstance(stops, ClauseEnds):
        m = stops.search(text, lo, hi)
        return hi if m is None else m.start()
    stop = hi
    for end in stops.anywhere:
        at = text.find(end, lo, hi)
        if 0 <= at < stop:
            stop = at
    if stops.outside_brackets:
        stop = _first_outside_brackets(text, lo, stop, hi, stops.outside_brackets, depth)
    return stop


def _first_outside_brackets(text: str, lo: int, stop: int, hi: int, ends: tuple[str, ...], depth: int) -> int:
    """The first of `ends` wholly inside text[lo:hi] that starts before `stop` where no bracket is
    open, `depth` of them open at `lo` (`stop` when there is none)."""
    for i in range(lo, stop):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth <= 0 and any(text.startswith(end, i, hi) for end in ends):
            return i
    return stop


def open_brackets(text: str) -> int:
    """How many round or square brackets are open at the end of text."""
    return sum(text.count(o) for o in "([") - sum(text.count(c) for c in ")]")
