"""A score under an overall or final label that names HER2 ("OVERALL HER2 SCORE: 1+" under a table
of the staining's distribution, "Final HER2 IHC score: 2+"): the lab's own answer, never a key's
row. The label holds the HER2 name, so the score is that mention's own; the distribution rows above
it (0, 1+, 2+ and 3+ with their shares) are not a legend of it (probe18, devset17 b17-f12-07).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .pathologist_label import pathologist_label_alone
from .scope import line_start

if TYPE_CHECKING:
    import regex

    from .mention_scope import MentionScope
    from .scanner import PageScanner

LABEL_BACK = 30  # characters before the HER2 name where an overall label may start


def overall_label_score(s: PageScanner, scope: MentionScope) -> regex.Match[str] | None:
    """The score right after an overall label that holds this HER2 name, on its line."""
    t, c = s.text, s.c
    lo = max(line_start(t, scope.start), scope.start - LABEL_BACK)
    hi = min(len(t), scope.end + LABEL_BACK)
    near = t[lo:hi].lower()
    words = _label_words(s)
    if words is not None and not any(w in near for w in words):
        return None  # a cheap look before the pattern: no overall or corrected label's word near
    label = c.overall_score.search(t, lo, hi)
    if label is None or not label.start() <= scope.start < label.end():
        return None
    if pathologist_label_alone(s, label):
        return None  # another pathologist's or an earlier specimen's score (mend19b, review19 item 4)
    return c.ihc_score.match(t, label.end())


def _label_words(s: PageScanner) -> tuple[str, ...] | None:
    """The words of ihc.toml overall-score's `requires`, one of which every label holds (read from
    the record, so that a word added there is looked for here too; None: the record declares none)."""
    shortcut = s.c.shortcuts.get(s.c.overall_score)
    return shortcut.parts[0].requires if shortcut else None
