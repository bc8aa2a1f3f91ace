"""A HER2 name at the end of a slash list of marker names ("ER/PR/HER2: 3+/3+/1+", "ER/PR/HER2
status: pos/pos/neg"): the values after it are one per name, in the names' order, so HER2's value
is the one after as many slashes as names stand before it (probe12: ER's 3+ was read as HER2's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import MentionScope

if TYPE_CHECKING:
    from .scanner import PageScanner

# how far back the names before HER2 may reach ("oestrogen / progesterone / HER2")
LIST_REACH = 40


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
