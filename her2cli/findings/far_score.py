"""A score found past the HER2 name's own statement (the far scope, a sentence or two later) that
is not the name's result: the next paragraph's, after the statement gave its call ("HER2:
NEGATIVE." then, below a blank line, 'A result of "3+" means HER2-positive'; variants7 F-03)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import MentionScope, search

if TYPE_CHECKING:
    from .scanner import PageScanner


def stated_before_paragraph(s: PageScanner, scope: MentionScope, score_at: int) -> bool:
    """The mention's own statement gives its call, then a blank line comes before the score: the
    score is the next paragraph's ("HER2: NEGATIVE." then, below a blank line, 'A result of "3+"
    means HER2-positive'; variants7 F-03's leaflet after a result)."""
    t = s.text
    i = t.find("\n", scope.end, score_at)
    while i >= 0:
        j = t.find("\n", i + 1, score_at)
        if j >= 0 and not t[i + 1 : j].strip():
            return bool(search(s.c.call_word, t, scope.end, i))
        i = j
    return False
