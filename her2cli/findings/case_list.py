"""Another patient's case in a list of cases: a tumour board's or a meeting's list, one case a
line, each opened by its number and its own id ("1. S26-1011: invasive ductal carcinoma, HER2
3+, for neoadjuvant TCHP." over "3. S26-1090 (this patient): core biopsy, HER2 pending."), with
one item marked as this report's patient. The other items' values are other patients', never
this patient's result (probe13 subj-tumour-board-list). A list with no item so marked is left
alone: it may be one patient's samples."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .scope import MentionScope, line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_ITEMS = 40  # lines of one list read around the mention, each way


def _item_lines(t: str, pos: int, step: int) -> list[tuple[int, int]]:
    """The list's item lines from `pos`'s line on, upward (step -1) or downward (step 1), up to a
    blank line or a line that opens no item (a wrapped item's second line is read with it)."""
    item = samples().case_list_item
    out: list[tuple[int, int]] = []
    lo = line_start(t, pos)
    for _ in range(MAX_ITEMS):
        hi = line_end(t, lo)
        if not t[lo:hi].strip():
            break
        if item.match(t, lo, hi):
            out.append((lo, hi))
        elif not out or step < 0:
            break  # upward, a line that opens no item ends the list above
        if step < 0:
            if lo == 0:
                break
            lo = line_start(t, lo - 1)
        else:
            if hi >= len(t):
                break
            lo = hi + 1
    return out


def in_other_patients_case(s: PageScanner, scope: MentionScope) -> bool:
    """The mention sits on an item of a list of cases that marks another item as this patient."""
    t, start = s.text, scope.start
    own = line_start(t, start)
    if not samples().case_list_item.match(t, own, line_end(t, own)):
        return False
    items = _item_lines(t, own, -1) + _item_lines(t, own, 1)[1:]
    if len(items) < 2:
        return False
    mark = samples().case_list_self
    marked = {lo for lo, hi in items if mark.search(t, lo, hi)}
    return bool(marked) and own not in marked
