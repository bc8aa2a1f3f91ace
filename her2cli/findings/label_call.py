"""The lab's call under a result label after an ISH line's values ("Interpretation: EQUIVOCAL"),
read by findings/ish.py when the values have no call of their own.

A call may be followed by the key of the criteria it was made by, in brackets: "Interpretation:
EQUIVOCAL (ASCO/CAP 2007: ratio 1.8-2.2 equivocal; >2.2 amplified; <1.8 not amplified)" (devset19
b19-f09-10, a re-issued 2011 FISH report read negative by today's groups). The key names every
category; the word before it is the lab's one call (facts.md: a report that uses older criteria
and calls it equivocal is equivocal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .ihc import call_of
from .mention_scope import MentionScope
from .model import ISH_RESULT_OF_CALL
from .scope import finditer, line_end, search

if TYPE_CHECKING:
    from .scanner import PageScanner


def call_under_label(
    s: PageScanner, scope: MentionScope, label: regex.Match[str], stop: int, hi_q: int
) -> tuple[str | None, int]:
    """The one call made by the words after a result label, up to its line's end (or the next
    line's, when the label ends its line)."""
    t, c = s.text, s.c
    stop = max(stop, min(line_end(t, label.end()), scope.far_stop))
    if not t[label.end() : stop].strip() and stop < scope.far_stop:
        # the call on the line below its label, a criteria aside above it ("Interpretation
        # (ASCO/CAP 2007 criteria: <1.8 negative, ...):" / "EQUIVOCAL.", devset7 b7-f10-10)
        stop = min(line_end(t, stop + 1), scope.far_stop)
    stop = _before_key(s, label.end(), stop)
    calls = list(finditer(c.call_word, t, label.end(), stop))
    words = {ISH_RESULT_OF_CALL.get(call_of(x)) for x in calls}
    if len(words) != 1 or None in words or search(c.amp_word, t, label.end(), stop):
        return None, hi_q
    return words.pop(), max(hi_q, calls[-1].end())


def _before_key(s: PageScanner, lo: int, stop: int) -> int:
    """`stop`, or where a bracket opens right after the label's first words when the call word
    they hold is followed by the bracketed key of the criteria ("EQUIVOCAL (ASCO/CAP 2007: ratio
    1.8-2.2 equivocal; >2.2 amplified; <1.8 not amplified)"): the call is the words before it."""
    t, c = s.text, s.c
    call = search(c.call_word, t, lo, stop)
    if call is None or t[lo : call.start()].strip(" \t:-"):
        return stop
    opened = call.end() + len(t[call.end() : stop]) - len(t[call.end() : stop].lstrip(" \t"))
    if opened >= stop or t[opened] != "(":
        return stop
    close = t.find(")", opened, line_end(t, stop))
    key = t[opened + 1 : close if close > 0 else stop]
    return opened if search(c.context["legend"], key) or search(c.threshold, key) else stop
