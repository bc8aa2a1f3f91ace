"""A ticked box in a clinical-history block ("Clinical history:" over "[x] HER2-positive breast
cancer (2019)" and "[ ] none"): the form records what the patient had before, not a result of
this report's sample (probe17 fh-near-miss-history-boxes, fixed by probe18b). The box's words
name the history; a form's result box sits under its test's own label ("HER2 IHC:  [x] 3+")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .earlier import under_history_label
from .mention_scope import MentionScope
from .scope import line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

BOX_OPENERS = "[(☒☑■◉_xX✓✔"  # the first character of a marked box (data/rules/document.toml checkbox)


def marked_box_under_history(s: PageScanner, scope: MentionScope) -> bool:
    """The mention's line opens with a marked box, in a block a history label opens."""
    t = s.text
    ls = line_start(t, scope.start)
    lead = t[ls : scope.start].lstrip(" \t")
    if not lead or lead[0] not in BOX_OPENERS:
        return False
    box = s.c.checkbox.match(t, scope.start - len(lead), scope.start)
    if box is None or not box.group("marked"):
        return False
    return under_history_label(s, scope.start)
