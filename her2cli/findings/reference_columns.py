"""Reference columns: a results table whose last column gives each row's reference range or
interpretive key beside its value (a laboratory information system's export or results inquiry):

    Test                 Result        Units   Reference
    HER2 (IHC)           PENDING               0,1+ negative; 2+ equivocal; 3+ positive
    HER2 ISH ratio       -                     <2.0 not amplified; >=2.0 amplified

Each row then reads as its key: "HER2 (IHC) PENDING 0,1+ negative" read NEGATIVE for a pending
test (blind set 30, b30-f12-08). The cells under a reference header are blanked in the matching
text (spaces: offsets and columns stay; quotes come from the original text), as versions.py blanks
an earlier version's column. Only a header row of three cells or more whose last cell names a
reference column makes such a table; only rows below it, down to a blank line, whose value is a
word ("PENDING", "two plus (2+)", "-"), not a number, have their reference cell blanked: a number's
row keeps its key, whose cut-off already sets that row aside, and the number is never joined to a
word of the row below.
"""

from __future__ import annotations

from ..normalize import NormalizedText
from ..rules import Compiled
from .columns import Cell, table_row
from .lines import rows_below, whole_line_start
from .scope import line_end, search

MAX_TABLE_ROWS = 30  # rows under a reference header, at most
ALIGN_SLACK = 2  # a cell may start this many characters left of its header cell
MIN_HEADER_CELLS = 3
MIN_CELLS_BEFORE = 2  # a row's label and value come before its reference cell


def _reference_column(text: str, lo: int, hi: int, c: Compiled) -> int | None:
    """The reference column's start, in characters from the line's start, when the line [lo, hi)
    is a header row of words whose last cell names a reference column."""
    cells = table_row(text, lo, hi).cells
    if len(cells) < MIN_HEADER_CELLS or any(ch.isdigit() for ch in text[lo:hi]):
        return None
    return cells[-1].start - lo if c.reference_column_header.fullmatch(cells[-1].text) else None


def _keyed_cell(cells: list[Cell], pos: int, column: int, c: Compiled) -> Cell | None:
    """The row's reference cell, when a label and a word value come before it."""
    last = cells[-1] if cells else None
    if last is None or last.start - pos < column - ALIGN_SLACK or len(cells) <= MIN_CELLS_BEFORE:
        return None
    before = cells[:-1]
    if any(c.cell_decimal.fullmatch(x.text.strip()) for x in before[1:]):
        return None  # a measured row ("HER2 ISH ratio   1.4   <2.0 not amplified"): its key stays
    return last


def blank_reference_columns(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """The text with the reference cells of every results table's word-valued rows blanked."""
    text = norm.text
    if search(c.reference_column_header, text) is None:
        return norm  # no reference header anywhere: the usual case, one prefiltered search
    spans: list[tuple[int, int]] = []
    for m in c.reference_column_header.finditer(text):
        lo = whole_line_start(text, m.start())
        hi = line_end(text, m.start())
        column = _reference_column(text, lo, hi, c)
        if column is None:
            continue
        for pos, end in rows_below(text, hi, MAX_TABLE_ROWS):
            cell = _keyed_cell(table_row(text, pos, end).cells, pos, column, c)
            if cell is not None:
                spans.append((cell.start, cell.end))
    return norm.blanked(spans)
