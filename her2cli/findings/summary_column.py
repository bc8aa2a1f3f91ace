"""Rows of a count or results table whose value sits in a column named above them.

A row of several values, one per observer, reader or area, beside a column that sums them up:

            obs1   obs2   combined
    HER2    3.5    3.7    3.6
    Ratio   2.19   2.06   2.12

The row's value is the one under the summary column ("combined", "average", "final"), not the
first number in reading order (devset8 b8-f03-02: 2.19 read for the reported 2.12). A row with
one number, or with no summary header above it, is left to the usual reading.

A row labelled with the test under a header that names a ratio column:

    BIOMARKER   METHOD   VALUE    UNIT        RATIO   CN/CELL   CALL
    HER2        ISH      -        -           1.1     2.0       Not amplified

The ratio is the number under "RATIO" (devset8 b8-f12-07), by position or by tab count."""

from __future__ import annotations

from ..rules import compiled
from .columns import TabTest, cell_under, table_row
from .scope import line_end, line_start
from .values import to_float

HEADER_REACH = 6  # lines above the row where its header may be (the other rows of the count)


def summary_value(text: str, pos: int) -> tuple[int, float] | None:
    """(end, value) of the number under the summary column, in the table row holding `pos`
    (the first number read from it); None when the row has fewer than two numbers, when `pos`
    is not one of them, or when no header line above it names a summary column."""
    c = compiled()
    lo = line_start(text, pos)
    row = table_row(text, lo, line_end(text, lo)).cells
    numbers = [cell for cell in row if c.cell_decimal.fullmatch(cell.text)]
    if len(numbers) < 2 or not any(cell.start <= pos < cell.end for cell in numbers):
        return None
    line = lo
    for _ in range(HEADER_REACH):
        if line == 0:
            return None
        line = line_start(text, line - 1)
        cells = table_row(text, line, line_end(text, line)).cells
        if not cells:
            return None  # a blank line ends the table
        marks = [i for i, cell in enumerate(cells) if c.summary_column.fullmatch(cell.text)]
        if marks:
            # header and row are aligned from the right (the row's label has no header cell)
            from_right = len(cells) - marks[-1]
            if from_right > len(row) or row[-from_right] not in numbers:
                return None
            cell = row[-from_right]
            value = to_float(cell.text)
            return None if value is None else (cell.end, value)
    return None


MIN_HEADER_CELLS = 3
HEADER_WINDOW = 800  # characters above the row where its header's "ratio" may be


def ratio_under_header(text: str, pos: int, is_tab: TabTest) -> tuple[int, float] | None:
    """(end, value) of the number in the ratio column of the table row holding `pos`, when a
    header line above it in the same block names that column and holds no number itself."""
    c = compiled()
    row_lo = line_start(text, pos)
    if "ratio" not in text[max(0, row_lo - HEADER_WINDOW) : row_lo].lower():
        return None  # the cheap test first: no header above names a ratio
    row = table_row(text, row_lo, line_end(text, row_lo), is_tab)
    if len(row.cells) < MIN_HEADER_CELLS:
        return None
    line = row_lo
    for _ in range(HEADER_REACH):
        if line == 0:
            return None
        line = line_start(text, line - 1)
        header = table_row(text, line, line_end(text, line), is_tab)
        if not header.cells:
            return None  # a blank line ends the table
        index = next((i for i, x in enumerate(header.cells) if c.ratio_header.search(x.text)), None)
        if index is None or len(header.cells) < MIN_HEADER_CELLS:
            continue
        if any(c.cell_decimal.search(x.text) for x in header.cells):
            return None  # a row of values, not a header
        cell = cell_under(header, index, row, line, row_lo)
        number = c.cell_decimal.fullmatch(cell.text) if cell is not None else None
        value = to_float(number.group(0)) if number else None
        return None if value is None or cell is None else (cell.end, value)
    return None
