"""Version columns: an amended report that prints the original and the corrected values side by
side, one column each, under a header row that names the two versions (devset7 b7-f10-08).

                           As reported 11/21     CORRECTED 11/25
    HER2/CEP17 ratio       1.9                   2.3
    Interpretation         Not amplified         AMPLIFIED

Every reader takes a row's first value after its label, which is the superseded one. The cells
under the earlier version's header are therefore blanked in the matching text (spaces, so every
offset and every column stays where it is; quotes come from the original text): the row then
reads "ratio 2.3", "Interpretation AMPLIFIED". Only a header whose cells name both an earlier
and a corrected version makes a version table, and only cells of the rows below it, down to a
blank line, that start under the earlier header (and left of the corrected one) are blanked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import NormalizedText
from ..rules import Compiled
from .columns import table_row
from .lines import line_starts_after, rows_below, whole_line_start
from .scope import line_end, search

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_TABLE_ROWS = 12  # rows under a version header, at most
ALIGN_SLACK = 3  # a cell may start this many characters left of its header cell


def _version_header(text: str, lo: int, hi: int, c: Compiled) -> tuple[int, int] | None:
    """(earlier column, corrected column), in characters from the line's start, when the line
    [lo, hi) is a header row with one cell naming the earlier and one the corrected version."""
    row = table_row(text, lo, hi)
    earlier = [x for x in row.cells if c.version_cell_earlier.fullmatch(x.text)]
    current = [x for x in row.cells if c.version_cell_current.fullmatch(x.text)]
    if len(earlier) != 1 or len(current) != 1:
        return None
    return earlier[0].start - lo, current[0].start - lo


def _earlier_cells(text: str, header_end: int, columns: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the cells under the earlier version's header, row by row down to a blank line."""
    early, now = columns
    lo_col, hi_col = (early - ALIGN_SLACK, now - ALIGN_SLACK) if early < now else (early - ALIGN_SLACK, 10**6)
    spans: list[tuple[int, int]] = []
    for pos, end in rows_below(text, header_end, MAX_TABLE_ROWS):
        for cell in table_row(text, pos, end).cells:
            if lo_col <= cell.start - pos < hi_col and cell.start - pos > 0:
                spans.append((cell.start, cell.end))
    return spans


def blank_superseded_columns(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """The text with the cells of every version table's earlier column blanked."""
    text = norm.text
    if search(c.version_cell_current, text) is None:
        return norm  # no corrected column named anywhere: the usual case, one prefiltered search
    spans: list[tuple[int, int]] = []
    for m in c.version_cell_earlier.finditer(text):
        lo = whole_line_start(text, m.start())
        hi = line_end(text, m.start())
        columns = _version_header(text, lo, hi, c)
        if columns is not None:
            spans.extend(_earlier_cells(text, hi, columns))
    return norm.blanked(spans)


def current_heading_between(s: PageScanner, lo: int, hi: int) -> bool:
    """A line in text[lo:hi] opens with the current version's heading ("CURRENT DIAGNOSIS",
    "Corrected result:"): an original kept for the record above it ends there (probe18)."""
    heading = s.c.current_version_heading
    return any(heading.match(s.text, line, hi) for line in line_starts_after(s.text, lo, hi))
