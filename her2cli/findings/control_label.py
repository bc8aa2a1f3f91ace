"""A statement that opens with a control's label is the control's, however long the label's
description runs before the HER2 name ("External control: breast carcinoma known to be HER2
POSITIVE (3+) - stained as expected", variants9 F-04). The label is the statement's first words:
the control cue (context family `control`) must begin the statement, with only spaces, bullets or
dashes before it. A cue later in the statement is judged near the name (findings/context.py), so
"HER2 (4B5): 3+ POSITIVE; external control appropriate" keeps its result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end, line_start, search

if TYPE_CHECKING:
    from .scanner import PageScanner

LEAD = " \t-*•>·"  # what may precede a label at a line's start
# a cheap look before the rules: each control rule's match holds one of these (their `requires`)
CONTROL_WORDS = ("contr", "c0ntr", "ctrl", "line")


def opens_with_control_label(s: PageScanner, clause_lo: int, name: int) -> bool:
    """The statement holding the HER2 name at `name` (starting at or after `clause_lo`) opens
    with a control's label."""
    t = s.text
    lo = max(clause_lo, _label_line_start(s, clause_lo, name))
    opening = t[lo:name]
    first = lo + len(opening) - len(opening.lstrip(LEAD))
    if first >= name or not any(w in opening.lower() for w in CONTROL_WORDS):
        return False
    m = search(s.c.context["control"], t, first, name)
    return m is not None and m.start() == first


def _label_line_start(s: PageScanner, clause_lo: int, name: int) -> int:
    """Where a label of the name's statement may stand: the start of the name's line, or of the
    line above when the name's line goes on from it - a bracket opened on the line above still
    open at the name ("Control tissue: multi-block control (breast carcinoma, known" over "HER2
    amplified) showed 3+ strong complete staining", variants10 A-02), or a line above that ends
    on a word no statement ends on ("... known to be positive for" over "HER2 (3+)")."""
    t = s.text
    own = line_start(t, name)
    if own == 0 or clause_lo >= own:
        return own
    above = line_start(t, own - 1)
    if above < clause_lo:
        return own  # the statement starts on the name's line (or between the two lines)
    upper = t[above : line_end(t, above)].rstrip()
    open_bracket = t.count("(", above, name) > t.count(")", above, name)
    return above if open_bracket or s.c.dangling_word.search(upper) else own
