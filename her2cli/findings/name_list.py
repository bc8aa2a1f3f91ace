"""A HER2 name at the end of a slash list of marker names ("ER/PR/HER2: 3+/3+/1+", "ER/PR/HER2
status: pos/pos/neg"): the values after it are one per name, in the names' order, so HER2's value
is the one after as many slashes as names stand before it (probe12: ER's 3+ was read as HER2's).
Likewise a score before the name that closes another marker's list item ("ER 3+, PR 2+, HER2 0")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .mention_scope import MentionScope
from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner

# how far back the names before HER2 may reach ("oestrogen / progesterone / HER2")
LIST_REACH = 40
# what separates a list's items: punctuation, a table bar, or a layout gap of spaces or a tab
ITEM_SEPARATORS = (",", ";", "|", "  ", "\t")


def names_before(s: PageScanner, scope: MentionScope) -> int:
    """How many marker names stand before this HER2 name in its slash list (0: no list)."""
    m = s.c.marker_list_before.search(s.text, max(0, scope.start - LIST_REACH), scope.start)
    return m.group().count("/") if m else 0


def in_own_position(s: PageScanner, scope: MentionScope, pos: int) -> bool:
    """A value at `pos` is HER2's: no slash list before the name, or as many slashes between the
    name and the value as names before it (a value on a later line is not counted: True)."""
    k = names_before(s, scope)
    if not k:
        return True
    gap = s.text[scope.end : pos]
    return "\n" in gap or gap.count("/") == k


def closes_other_marker_item(s: PageScanner, b: regex.Match[str], lo: int, name_at: int) -> bool:
    """The score before the name closes another marker's list item ("ER 3+, PR 2+, HER2 0",
    "ER: 3+ (90%)   PR: 3+ (70%)   HER2:"): a list separator or a layout gap follows it and a
    marker that is not HER2 opens its item (probe12; probe14: a row's empty HER2 cell)."""
    t, c = s.text, s.c
    if not any(sep in t[b.end() : name_at] for sep in ITEM_SEPARATORS):
        return False
    item = max([t.rfind(sep, lo, b.start()) for sep in ITEM_SEPARATORS] + [lo])
    return any(search(p, t, item, b.end()) for p in (c.other_marker_ci, c.other_marker_cs))
