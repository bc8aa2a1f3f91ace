"""A footnote under a result ("ER: 80%*" ... "HER2 IHC: 1+" ... "* 3+ intensity"): a score on a
line that opens with a footnote's mark explains a value the mark stands after, not HER2's own
result, when HER2 has a score of its own (probe12: the footnote's 3+ outranked HER2's 1+)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .scope import line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

# how far above the footnote its mark may stand after a value
MARK_REACH = 1500


def _mark_used_inline(t: str, mark: str, before: int) -> bool:
    """The mark stands after something on a line above (not at a line's start, as a bullet)."""
    i = t.rfind(mark, max(0, before - MARK_REACH), before)
    while i >= 0:
        if t[line_start(t, i) : i].strip(" \t"):
            return True
        i = t.rfind(mark, max(0, before - MARK_REACH), i)
    return False


def on_footnote_line(s: PageScanner, pos: int) -> bool:
    """`pos` lies on a line that opens with a footnote's mark, used after a value above."""
    t = s.text
    ls = line_start(t, pos)
    m = s.c.footnote_mark.match(t, ls)
    return m is not None and m.end() <= pos and _mark_used_inline(t, m.group("mark"), ls)


def drop_footnote_scores(s: PageScanner, scores: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The scores that are HER2's own: a footnote's goes when another score stays."""
    own = [m for m in scores if not on_footnote_line(s, m.start())]
    return own if own else scores
