"""The comment a value points to ("HER2 IHC: 3+ (see comment)" ... "Comment: edge artefact was
present; the result is not valid and the test is repeated on block B."): the value's own comment,
even when its sentence does not name HER2 again (probe18b family comment_invalidates). The first
sentence after the value that says a stain failed or is not valid, before HER2 is named again
and with no other marker in it, speaks of the value that sent the reader there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import SCOPE, first_after, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

COMMENT_REACH = 600  # characters after the value where the comment it points to may stand


def pointed_comment_voids(s: PageScanner, last_value: int) -> bool:
    """The first failed-stain sentence after `last_value` (and before the next HER2 name) names
    no other marker: it voids the value that points to it."""
    t, c = s.text, s.c
    hi = min(len(t), last_value + COMMENT_REACH, s.next_mention_after(last_value))
    m = search(c.context["failed"], t, last_value, hi)
    if m is None:
        return False
    lo = max(last_value, sentence_start(t, m.start(), max(0, m.start() - SCOPE.statement), c))
    end = sentence_end(t, m.end(), min(len(t), m.end() + SCOPE.statement), c)
    return first_after(s.markers, lo) >= end
