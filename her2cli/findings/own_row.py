"""A status word in a sample table's row other than this report's own sample's: "Sample | HER2"
over "2021 core (outside) | negative" and "This excision | result awaited". The statement reader
takes the first call word after the name, across the line break into the first row; that row is
another sample's when a later row of the table opens with this report's own sample (samples.toml
pending-here: "This excision", "current specimen"), so the call is not this sample's status and
no statement is read (probe18c hi-table-previous-and-awaited, fixed in probe19b: NEGATIVE while
this excision's HER2 was awaited; "This excision | negative" below a "positive" row read POSITIVE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

ROWS_DOWN = 6  # later rows of the table looked at for the report's own sample
CELL_MARKS = ("|", "\t")


def _label(row: str) -> str | None:
    """The row's first cell when the row is a table row ("2021 core (outside) | negative")."""
    cut = min((i for i in (row.find(m) for m in CELL_MARKS) if i >= 0), default=-1)
    return row[:cut].strip(" *-") if cut > 0 else None


def call_in_other_sample_row(s: PageScanner, call: int) -> bool:
    """The call at `call` stands in a table row labelled as another sample than a later row's,
    which names this report's own sample."""
    t = s.text
    lo, hi = line_start(t, call), line_end(t, call)
    own = samples().pending_here
    label = _label(t[lo:call])
    if label is None or own.search(label) or s.c.her2.search(label):
        return False
    pos = hi + 1
    for _ in range(ROWS_DOWN):
        if pos >= len(t):
            return False
        end = line_end(t, pos)
        row = t[pos:end]
        if not row.strip():
            return False
        later = _label(row)
        if later is None:
            return False
        if own.search(later):
            return True
        pos = end + 1
    return False
