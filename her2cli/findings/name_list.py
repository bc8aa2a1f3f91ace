"""A HER2 name at the end of a slash list of marker names ("ER/PR/HER2: 3+/3+/1+", "ER/PR/HER2
status: pos/pos/neg"): the values after it are one per name, in the names' order, so HER2's value
is the one after as many slashes as names stand before it (probe12: ER's 3+ was read as HER2's).
Likewise a score before the name that closes another marker's list item ("ER 3+, PR 2+, HER2 0"),
or that stands in a clause another marker's name opens ("Claudin 18.2: 3+ in 80% of cells (not HER2)")."""

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


# what opens a clause on a line: the score before the name belongs to the marker named after it
CLAUSE_OPENERS = ("\n", ";", "|", ", ", ". ")


def opened_by_other_marker(s: PageScanner, b: regex.Match[str]) -> bool:
    """The score before the name stands in a clause another marker's name opens, with no HER2
    name between them ("Claudin 18.2: 3+ in 80% of cells (not HER2)", "CLDN18.2 positive, 75%
    2+/3+ -- no confundir con HER2"): the score is that marker's (sentences25: devset25 b25-f08-09
    showed Claudin's 2+/3+ as a HER2 result before treatment; the same words with no HER2 result
    read POSITIVE). "ER 95%; 3+ for HER2" keeps its score: its clause names no other marker."""
    t, c = s.text, s.c
    anchor = _bracket_open(t, b.start())  # "(75 %, 2+/3+)": the clause is the bracket's owner's
    lo = max((at + len(sep) for sep in CLAUSE_OPENERS if (at := t.rfind(sep, 0, anchor)) >= 0), default=0)
    gap = max(t.rfind("  ", lo, anchor), t.rfind("\t", lo, anchor))
    if gap >= 0 and not t[lo:gap].rstrip().endswith(":"):
        lo = gap  # a layout gap between items ("ER: 0%   PR: 0%   3+ HER2"), not after a label's colon
    if search(c.her2, t, lo, b.start()) is not None:
        return False
    return any(search(p, t, lo, b.start()) for p in (c.other_marker_ci, c.other_marker_cs))


def _bracket_open(t: str, pos: int) -> int:
    """The unclosed "(" before `pos` on its line, else `pos`."""
    depth, i = 0, pos - 1
    while i >= 0 and t[i] != "\n":
        if t[i] == ")":
            depth += 1
        elif t[i] == "(":
            if depth == 0:
                return i
            depth -= 1
        i -= 1
    return pos
