"""Another patient's case in a list of cases: a tumour board's or a meeting's list, one case a
line, each opened by its number and its own id ("1. S26-1011: invasive ductal carcinoma, HER2
3+, for neoadjuvant TCHP." over "3. S26-1090 (this patient): core biopsy, HER2 pending."), with
one item marked as this report's patient. The other items' values are other patients', never
this patient's result (probe13 subj-tumour-board-list). A list with no item so marked is left
alone: it may be one patient's samples.

A meeting's minutes may give each case a block instead of a line: a heading ("Patient 4/9: J.
Doe, 59, GOJ adenocarcinoma") over its own indented lines, up to a blank line; the document then
says once which case it concerns ("These minutes concern patient 5/9"). A value in another
case's block is another patient's (variants14b v14b-f09-05, fix21b)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .mention_scope import MentionScope
from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_ITEMS = 40  # lines of one list read around the mention, each way
BLOCK_LINES = 12  # lines of one case's block read upward from the mention to its heading


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
    """The mention sits on an item of a list of cases that marks another item as this patient,
    or in the block of a case other than the one the document says it concerns."""
    t, start = s.text, scope.start
    own = line_start(t, start)
    if not samples().case_list_item.match(t, own, line_end(t, own)):
        return _in_other_patients_block(t, own, _named_case(s))
    items = _item_lines(t, own, -1) + _item_lines(t, own, 1)[1:]
    if len(items) < 2:
        return _in_other_patients_block(t, own, _named_case(s))
    mark = samples().case_list_self
    marked = {lo for lo, hi in items if mark.search(t, lo, hi)}
    return bool(marked) and own not in marked


def _block_heading(t: str, own: int) -> int | None:
    """The start of the case heading that opens the block of the line at `own` (the line itself
    or the nearest one above with no blank line between), None when there is none."""
    item = samples().case_list_item
    lo = own
    for _ in range(BLOCK_LINES):
        hi = line_end(t, lo)
        if not t[lo:hi].strip():
            return None
        if item.match(t, lo, hi):
            return lo
        if lo == 0:
            return None
        lo = line_start(t, lo - 1)
    return None


def _case_number(t: str, lo: int) -> str | None:
    m = samples().case_list_item.match(t, lo, line_end(t, lo))
    return m.group("num") if m else None


def _named_case(s: PageScanner) -> str:
    """The case number the document says it concerns ("These minutes concern patient 5/9"), ""
    when it names none: searched once a document, not once a mention (review21 item 7)."""
    if s.named_case is None:
        named = samples().case_list_named_self.search(s.text)
        s.named_case = named.group("num") if named else ""
    return s.named_case


def _in_other_patients_block(t: str, own: int, named: str) -> bool:
    """The line sits in a case's block under a heading whose number is not the one the document
    says it concerns (`named`; "" = none named, so no block is another patient's)."""
    if not named:
        return False
    heading = _block_heading(t, own)
    if heading is None:
        return False
    number = _case_number(t, heading)
    return number is not None and number != named
