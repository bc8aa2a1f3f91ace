"""Column tables: HER2 as a column header with its values in the rows below (issue 11, family 8).

    Block    ER        PR        HER2      Ki-67
    A1       90        70        2+        15
             Pos       Pos       Equiv.    Low

Two exports make such tables. A space-aligned one puts each value under its header, so the HER2
column's cells are the words of later rows that start under the header's cell. A tab-separated
one ("Block<TAB>ER<TAB>PR<TAB>HER2") may not line up on screen at all, so its cells are counted
by tabs instead: the value is the field with the header's index, empty fields included. The
tabs are read from the report as printed (normalize folds a tab to one space; the offsets map
back to it).

A line is a header row when it has three or more cells and none holds a value of its own. Rows are
read down to the first blank line or a ruler before prose, at most MAX_ROWS. A value under a header
is read from its column, never the next cell in reading order: "Probe HER2 CEP17 Ratio" over
"Signals/cell 2.1 1.9 1.1" has the ratio 1.1, not 2.1.

This module finds the cells (the table's geometry), for every reader of a column table (sample
columns, related markers, ISH count tables); what HER2's own cells say is findings/column_reader.py's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..normalize import NormalizedText
from ..rules import compiled
from .rulers import ruler_before_prose
from .scope import line_end, line_start, reader_memo, remembered

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_ROWS = 6
MAX_ROW_CHARS = 400  # longer lines are not table rows (and are not scanned cell by cell)
MIN_HEADER_CELLS = 3
ALIGN_SLACK = 2  # a value may start this many characters left of its header
NAME_IN_CELL_SLACK = 12  # "HER2 (4B5)" is a column label; "HER2 interpretation key" is not
ISH_LABEL_CHARS = 32  # "HER2 FISH (ratio / mean HER2)": a method's label may run this long after the name
# cells are separated by two or more spaces ("table-cell"), or by a tab in the report as printed;
# a header row names things, a cell with a value in it ("value-cell") makes the line a data row
# instead (data/rules/document.toml)
# The value patterns (data/rules/document.toml, family "table"): "bare-score" (a bare 0-3 under a
# stain's header is its score; under "HER2 copies" - "measure-header" - it is not), "ratio-header",
# "per-cell-row" (the signals-per-cell row of an ISH count table), "cell-number", "cell-decimal".

# Whether the normalized character at an offset is a tab in the report as printed.
TabTest = Callable[[int], bool]


def no_tabs(_pos: int) -> bool:
    return False


@dataclass(frozen=True)
class Cell:
    start: int  # offsets in the text
    end: int
    text: str


@dataclass(frozen=True)
class Row:
    """One line's cells; a tab-separated line keeps its empty fields, so a field's index is its
    column."""

    cells: list[Cell]
    tabbed: bool


@dataclass(frozen=True)
class ColumnCell:
    """A cell under the header and the first cell of its row (the row's label)."""

    cell: Cell
    label: Cell | None


def tab_test(s: PageScanner) -> TabTest:
    """The tab test for a scanner's text (its offsets lead back to the report as printed)."""
    return text_tab_test(s.norm)


def text_tab_test(norm: NormalizedText, start: int = 0) -> TabTest:
    """The tab test for the normalized text from `start` on (a page of a joined text): whether
    the character at an offset was a tab in the report as printed."""
    if "\t" not in norm.original:
        return no_tabs
    original, offsets = norm.original, norm.offsets
    return lambda pos: original[offsets[start + pos]] == "\t"


_rows = reader_memo()  # (text, lo, hi) -> Row, for a text without tabs (scope.reader_memo)


def _row(text: str, lo: int, hi: int, is_tab: TabTest) -> Row:
    """The line's cells. A line is read again and again (as the row of a name, as a header above
    a value, by the sample columns): for a text without tabs its Row is kept for the document
    (callers never change a Row's cells)."""
    if is_tab is not no_tabs:
        return _read_row(text, lo, hi, is_tab)
    return remembered(_rows, (text, lo, hi), lambda: _read_row(text, lo, hi, is_tab))


def _read_row(text: str, lo: int, hi: int, is_tab: TabTest) -> Row:
    if hi - lo > MAX_ROW_CHARS:
        return Row([], False)  # a line this long is prose or a flattened page, not a table row
    # a text that had no tab has none to look for (character by character: ~1.5% of matching)
    tabs = [] if is_tab is no_tabs else [i for i in range(lo, hi) if text[i] == " " and is_tab(i)]
    if not tabs:
        return Row(
            [
                Cell(lo + m.start(), lo + m.end(), m.group(0))
                for m in compiled().table_cell.finditer(text[lo:hi])
            ],
            False,
        )
    cells = []
    for a, b in zip([lo - 1, *tabs], [*tabs, hi], strict=True):
        field = text[a + 1 : b]
        lead = len(field) - len(field.lstrip())
        cells.append(Cell(a + 1 + lead, a + 1 + lead + len(field.strip()), field.strip()))
    return Row(cells, True)


def table_row(text: str, lo: int, hi: int, is_tab: TabTest = no_tabs) -> Row:
    """The cells of the line [lo, hi): fields of a tab-separated line, else cells two or more
    spaces apart (findings/samples_columns.py reads sample columns with it)."""
    return _row(text, lo, hi, is_tab)


def is_value_cell(cell: str) -> bool:
    """A cell holding a value ("1-2+ ; heterogeneous", "90%", "Positive", "2.2"), not a label."""
    c = compiled()
    return bool(
        c.value_cell.search(cell)
        or c.cell_decimal.search(cell)
        or c.ihc_score.search(cell)
        or c.call_word.search(cell)
    )


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    # a line longer than a row (MAX_ROW_CHARS) is no row, wherever it is cut
    return line_start(text, pos), line_end(text, pos)


def _header_index(header: Row, name_start: int, name_end: int) -> int | None:
    """The index of the header cell holding the name, when the line is a header row."""
    filled = [c for c in header.cells if c.text]
    if len(filled) < MIN_HEADER_CELLS or any(is_value_cell(c.text) for c in filled):
        return None
    index = next(
        (i for i, c in enumerate(header.cells) if c.start <= name_start < max(c.end, c.start + 1)), None
    )
    cell = header.cells[index] if index is not None else None
    if cell is None or cell.end > name_end + NAME_IN_CELL_SLACK and not _names_ish_column(cell, name_end):
        return None  # the name sits inside a longer phrase, not a column label of its own
    if all(compiled().empty_value_cell.match(c.text) for c in filled if c is not cell):
        return None  # "ERBB2   -   -   -": a row with empty values, no header (devset12 b12-f05-08)
    return index


def _names_ish_column(cell: Cell, name_end: int) -> bool:
    """ "HER2 FISH (ratio)", "HER2 SISH (ratio / mean HER2)": an ISH method (and what it counts)
    after the name labels a column too."""
    rest = cell.text[name_end - cell.start :]
    return len(rest) <= ISH_LABEL_CHARS and compiled().ish_method.match(rest.lstrip()) is not None


def _under(header: Row, index: int, row: Row, line_start: int, row_start: int) -> Cell | None:
    """The row's cell under header cell `index`: by field count in two tab-separated lines, else
    by position."""
    if header.tabbed and row.tabbed:
        cell = row.cells[index] if index < len(row.cells) else None
        return cell if cell is not None and cell.text else None
    col_lo = header.cells[index].start - line_start
    col_hi = header.cells[index + 1].start - line_start if index + 1 < len(header.cells) else col_lo + 30
    inside = [c for c in row.cells if c.text and col_lo - ALIGN_SLACK <= c.start - row_start < col_hi]
    if len(inside) > 1 and all(c.text.startswith("(") for c in inside[1:]):
        # "1.5 / 3.4  (not amplified)": a bracketed remark in the same column is the cell's own
        # (devset10 b10-f01-10)
        first, last = inside[0], inside[-1]
        return Cell(first.start, last.end, f"{first.text} {' '.join(c.text for c in inside[1:])}")
    return inside[0] if inside else None


def cell_under(header: Row, index: int, row: Row, line_start: int, row_start: int) -> Cell | None:
    """The row's cell under header cell `index` (findings/summary_column.py reads a test's row
    under a header naming its ratio column)."""
    return _under(header, index, row, line_start, row_start)


def header_row(text: str, name_start: int, name_end: int, is_tab: TabTest = no_tabs) -> list[Cell] | None:
    """The cells of the name's line when the name labels a column of that header row, else None."""
    line_start, line_end = _line_bounds(text, name_start)
    header = _row(text, line_start, line_end, is_tab)
    return header.cells if _header_index(header, name_start, name_end) is not None else None


def column(text: str, name_start: int, name_end: int, is_tab: TabTest = no_tabs) -> list[ColumnCell]:
    """The cells under the header cell holding a name at [name_start, name_end), in row order,
    each with its row's label; empty when the name's line is not a header row of a column table."""
    line_start, line_end = _line_bounds(text, name_start)
    header = _row(text, line_start, line_end, is_tab)
    index = _header_index(header, name_start, name_end)
    if index is None:
        return []
    return _cells_below(text, header, index, line_start, line_end, is_tab)


def _cells_below(
    text: str, header: Row, index: int, line_start: int, line_end: int, is_tab: TabTest
) -> list[ColumnCell]:
    out: list[ColumnCell] = []
    pos = line_end + 1
    for _ in range(MAX_ROWS):
        if pos >= len(text):
            break
        row_start, row_end = _line_bounds(text, pos)
        if not text[row_start:row_end].strip() or (out and ruler_before_prose(text, row_start, row_end)):
            break
        row = _row(text, row_start, row_end, is_tab)
        cell = _under(header, index, row, line_start, row_start)
        if cell is not None:
            label = row.cells[0] if row.cells and row.cells[0] is not cell and row.cells[0].text else None
            out.append(ColumnCell(cell, label))
        pos = row_end + 1
    return out


def column_cells(text: str, name_start: int, name_end: int, is_tab: TabTest = no_tabs) -> list[Cell]:
    """The cells under the header cell holding the name, in row order (see `column`)."""
    return [x.cell for x in column(text, name_start, name_end, is_tab)]


def is_header_cell(s: PageScanner, name_start: int, name_end: int) -> bool:
    """The name at [name_start, name_end) labels a column of a header row."""
    line_start, line_end = _line_bounds(s.text, name_start)
    return _header_index(_row(s.text, line_start, line_end, tab_test(s)), name_start, name_end) is not None


def word_names_column(s: PageScanner, name_start: int, word_start: int) -> bool:
    """The word at `word_start` stands in the header-row cell that holds the name, and that cell
    heads a column with values below it ("ERBB2 amp (plasma CN)" over one row per blood draw): the
    word names what the column holds; each row's cell says what was found (blind set 25
    b25-f05-08). A longer cell than `_header_index` allows a name, as the word is in it too."""
    text = s.text
    line_start, line_end = _line_bounds(text, name_start)
    if not line_start <= word_start < line_end:
        return False
    header = _row(text, line_start, line_end, tab_test(s))
    filled = [c for c in header.cells if c.text]
    if len(filled) < MIN_HEADER_CELLS or any(is_value_cell(c.text) or not _worded(c.text) for c in filled):
        return False  # a row with a mark or a bare number ("ERBB2 amplification   x   14") is a result row
    index = next((i for i, c in enumerate(header.cells) if c.start <= name_start < c.end), None)
    if index is None or not header.cells[index].start <= word_start < header.cells[index].end:
        return False
    return bool(_cells_below(text, header, index, line_start, line_end, tab_test(s)))


def _worded(cell: str) -> bool:
    """A header's cell names its column in words: two letters or more ("TF", "Date"), not a mark."""
    return sum(ch.isalpha() for ch in cell) >= 2


def number_under(
    s: PageScanner, name_start: int, name_end: int, row_label: regex.Pattern[str] | None = None
) -> tuple[Cell, float] | None:
    """The first number in the column under a header cell ("Ratio" over "1.1"); with
    `row_label`, only in a row whose label matches it ("Signals/cell" for a HER2 column). A
    summary row ("All", "Total", "Overall") under rows per area or count gives the tumor's
    number, wherever it stands in the column (variants5 B-06)."""
    numbers: list[tuple[Cell, float, bool]] = []
    c = compiled()
    for x in column(s.text, name_start, name_end, tab_test(s)):
        if row_label is not None and (x.label is None or not row_label.search(x.label.text)):
            continue
        m = c.cell_number.search(x.cell.text)
        if m:
            summary = x.label is not None and bool(c.summary_row_label.match(x.label.text))
            numbers.append((x.cell, float(m.group(0)), summary))
    chosen = next((n for n in numbers if n[2]), numbers[0] if numbers else None)
    return (chosen[0], chosen[1]) if chosen else None


def mean_copies_under(s: PageScanner, name_start: int, name_end: int) -> tuple[Cell, float] | None:
    """In an ISH count table ("Probe  HER2  CEP17  Ratio" over "Signals/cell  8.8  2.0  4.4"),
    the mean HER2 signals per cell under the HER2 header."""
    line_start, line_end = _line_bounds(s.text, name_start)
    header = _row(s.text, line_start, line_end, tab_test(s))
    own = next((x for x in header.cells if x.start <= name_start < x.end), None)
    if own is None or compiled().ratio_header.search(own.text):
        return None  # "HER2/CEP17 ratio" heads the ratio's column, not the copies'
    if not any(compiled().ratio_header.search(x.text) for x in header.cells):
        return None
    return number_under(s, name_start, name_end, compiled().per_cell_row)
