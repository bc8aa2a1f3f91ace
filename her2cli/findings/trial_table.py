"""A table of clinical trials below or beside a report's result: "Trial | Key criterion | ..."
over rows naming each trial and the patients it admits ("TRIAL-204 | HR+/HER2- disease"). A HER2
status in such a row, or in that header row itself, is a trial's entry criterion, not this
tumour's result: with this sample's HER2 still pending the report has no result (probe19b family
trial_table; docs/clinical-rules.md, session 19).

The header is the nearest line above the mention's row, in its paragraph (no blank line between),
whose first cell names a trial, study or protocol and another cell the patients admitted
(document.toml trial-table-header); every line between must be a table row too (a cell gap)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

ROWS_UP = 8  # table rows a mention may stand below its trial table's header row
TRIAL_WORDS = ("trial", "stud", "protocol")  # one of them is in every header (the cheap guard)
LEAD = " \t*-"


def _table_line(line: str) -> bool:
    return "|" in line or "\t" in line or "  " in line.strip()


def in_trial_table(s: PageScanner, pos: int) -> bool:
    """The mention at `pos` stands in a trial table's header row or in one of its rows."""
    t = s.text
    lo = line_start(t, pos)
    window = t[max(0, lo - ROWS_UP * 160) : line_end(t, pos)].lower()
    if not any(w in window for w in TRIAL_WORDS):
        return False  # no trial word near: the walk below finds no header (cheap guard)
    header = s.c.trial_table_header
    for _ in range(ROWS_UP + 1):
        hi = line_end(t, lo)
        line = t[lo:hi]
        if not line.strip() or not _table_line(line):
            return False
        first = lo + len(line) - len(line.lstrip(LEAD))
        if header.match(t, first, hi):
            return True
        if lo == 0:
            return False
        lo = line_start(t, lo - 1)
    return False
