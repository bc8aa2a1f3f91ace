"""The line of a value below its HER2 name, and whether the value's own sentence there names a
control ("Ext. control (gastric ca 3+)"): findings/ihc.py (a score on a later line) and
findings/control_label.py (any value on a line of its own) ask it the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

VALUE_LINE_REACH = 300  # how far a value's line start and end are looked for (one-line texts)


def value_line(t: str, pos: int) -> tuple[int, int]:
    """The line holding `pos`, in bounded windows (a one-line text must not make a reader
    quadratic): its start, or 0 when no line break lies within VALUE_LINE_REACH before it (a
    line that long is read as the text's first: on the name's line), and its end."""
    lo = t.rfind("\n", max(0, pos - VALUE_LINE_REACH), pos) + 1
    return lo, line_end(t, pos, VALUE_LINE_REACH)


def sentence_names_control(s: PageScanner, pos: int, lo: int, hi: int) -> bool:
    """The sentence holding `pos` within its line [lo, hi) names a control: the value's own
    sentence, so that "(score 0). The external positive control ..." keeps the 0."""
    t, c = s.text, s.c
    return (
        search(c.context["control"], t, sentence_start(t, pos, lo, c), sentence_end(t, pos, hi, c))
        is not None
    )
