"""A labelled score line that closes a HER2 heading's block, past the far scope: "HER2 —
inmunohistoquímica / immunohistochemistry (4B5)" over a bilingual description of the staining
(each sentence printed twice) and " PUNTUACIÓN / SCORE: 3+    RESULT: POSITIVE". The score stood
~375 characters after the name, past SCOPE.far, and the report read not found (probe18, devset18
b18-f08-04). Only a line that opens with a score label, in the name's own block: no blank line,
no other marker's name and no later HER2 name between. The value then meets every context check
the far scope's values meet (findings/context.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lines import first_blank_line, line_starts_after
from .scope import line_end, search

if TYPE_CHECKING:
    import regex

    from .mention_scope import MentionScope
    from .scanner import PageScanner

BLOCK_REACH = 700  # characters after the name where its block's score line may stand
LABEL_WORDS = ("score", "puntua", "puntaje", "pontua")


def labelled_block_score(s: PageScanner, scope: MentionScope) -> regex.Match[str] | None:
    """The score after a score label opening a line of the name's block, past its far scope."""
    t, c = s.text, s.c
    lo = max(scope.far_stop, scope.near_stop, scope.end)
    hi = min(len(t), scope.start + BLOCK_REACH, s.next_mention_after(scope.start))
    cut = _label_cut_by_near_stop(s, scope, hi)
    if cut is not None:
        return cut
    if lo >= hi:
        return None
    low = t[lo:hi].lower()
    if not any(w in low for w in LABEL_WORDS):
        return None  # a cheap look before the line-by-line match: no score label in the block
    blank = first_blank_line(t, scope.end, hi)
    hi = min(hi, blank)
    marker = search(c.other_marker_ci, t, scope.end, hi) or search(c.other_marker_cs, t, scope.end, hi)
    if marker is not None:
        hi = marker.start()
    for line in line_starts_after(t, lo, hi):
        label = c.score_label_line.match(t, line, line_end(t, line))
        if label is not None:
            return _labelled_score(s, label, hi)
    return None


def _label_cut_by_near_stop(s: PageScanner, scope: MentionScope, hi: int) -> regex.Match[str] | None:
    """The score of a score label line below the name that the near scope's end cuts in two
    ("   Score :  0", its block's double spaces pushing the label across SCOPE.near): the near
    scope held only its first letters and the far scope's search began inside the label, so
    neither read it (devset21 b21-f11-05, probe19). Same block rules as the lines after it."""
    t, c, near = s.text, s.c, scope.near_stop
    held = t.rfind("\n", scope.end, near)
    if held < 0 or near >= len(t) or not t[near].isalpha():
        return None  # the near scope did not end inside a word
    label = c.score_label_line.match(t, held + 1, line_end(t, held + 1))
    if label is None or label.start() >= near or label.end() <= near:
        return None
    if first_blank_line(t, scope.end, label.start()) < label.start():
        return None
    if search(c.other_marker_ci, t, scope.end, label.start()) or search(
        c.other_marker_cs, t, scope.end, label.start()
    ):
        return None
    return _labelled_score(s, label, hi)


def _labelled_score(s: PageScanner, label: regex.Match[str], hi: int) -> regex.Match[str] | None:
    """The score after a score label line's label, ending by hi. A bare 0 is a score only with
    its label ("Score: 0"), so the label's own words are matched first (probe19)."""
    t, c = s.text, s.c
    word = label.start() + len(label.group(0)) - len(label.group(0).lstrip(" \t"))
    score = c.ihc_score.match(t, word) or c.ihc_score.match(t, label.end())
    return score if score is not None and score.end() <= hi else None
