"""A score the report says belongs to another marker: "Note: the 3+ above is the AR intensity
score", "(the 2+ refers to PD-L1)". A salivary duct report prints AR 3+ in the table above HER2 1+
and a note that explains the 3+; the note's 3+ is the AR's, never HER2's (probe18, devset19
b19-f07-05). Read by findings/ihc.py for each score token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

    from .scanner import PageScanner


def said_of_other_marker(s: PageScanner, sm: regex.Match[str]) -> bool:
    """The score is followed by "(above) is the / refers to" and another marker's name."""
    t, c = s.text, s.c
    link = c.score_said_of.match(t, sm.end(), min(len(t), sm.end() + 40))
    if link is None:
        return False
    at = link.end()
    return bool(c.other_marker_ci.match(t, at) or c.other_marker_cs.match(t, at))
