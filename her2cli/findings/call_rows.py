"""Which score a call word belongs to (left12, session 12): a call word on a later line, after
another score, is that score's ("HER2 (IHC): 1+." over "Criteria: 0 and 1+ negative; 2+
equivocal; 3+ positive": the key row's "negative", not the result's call)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .lines import on_one_line
from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner


def after_another_score_below(s: PageScanner, sm: regex.Match[str], cm: regex.Match[str]) -> bool:
    """The call word `cm` lies on a later line than the score `sm`, after another score."""
    t = s.text
    if cm.start() <= sm.end() or on_one_line(t, sm.end(), cm.start()):
        return False
    # the window reaches the call word's end: a score read by its call ("0 (negative)") is
    # matched only when the call is in view (lead25)
    other = search(s.c.ihc_score, t, sm.end(), cm.end())
    return other is not None and other.start() < cm.start()
