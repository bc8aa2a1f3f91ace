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
"Signals/cell 2.1 1.9 1.1" has the ratio 1.1, not 2.1."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..normalize import NormalizedText
from ..rules import compiled
from .column_samples import rows_as_samples
from .criteria import offered_in_cell
from .ihc import call_of, score_from_match
from .mention_scope import MentionScope
from .model import Finding
from .rulers import ruler_before_prose
from .scope import line_end, line_start, reader_memo, remembered, search

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
# a row label that is a score ("2+  Equivocal  Reflex ISH") makes the table a key to the scores
LEGEND_ROWS = 2
LEGEND_DISTINCT = 3  # three different scores or calls down one column: a key, not a result

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


def _lists_scores(s: PageScanner, cell: Cell) -> bool:
    """One cell listing three different scores ("Reference: HER2 3+ Positive / 2+ Equivocal /
    0-1+ Negative" on the line under a table row, read as a cell of the row's column): a key
    written on one line, not a result (variants10 H-01)."""
    listed = set()
    for m in s.c.ihc_score.finditer(cell.text):
        score, score_range, _ = score_from_match(m)
        listed.add(score or score_range)
    return len(listed - {None}) >= LEGEND_DISTINCT


def _is_key(s: PageScanner, cells: list[ColumnCell]) -> bool:
    """A key to the scores, not a result: scores as row labels ("2+ | Equivocal"), or three
    different scores or calls down the column."""
    c = s.c
    score_labels = sum(1 for x in cells if x.label is not None and c.ihc_score.match(x.label.text))
    if score_labels >= LEGEND_ROWS:
        return True
    scores = {score_from_match(m)[0] for x in cells if (m := c.ihc_score.search(x.cell.text))} - {None}
    calls = {call_of(m) for x in cells if (m := c.call_word.search(x.cell.text))}
    return len(scores) >= LEGEND_DISTINCT or len(calls) >= LEGEND_DISTINCT


def _score(s: PageScanner, text: str, bare_is_score: bool) -> tuple[str | None, str | None, int] | None:
    """(score, range, end in the cell) of a score cell ("2+", "1-2+", and a bare "2" under a
    stain's header), or None."""
    m = s.c.ihc_score.search(text)
    if m is not None:
        value, score_range, _ = score_from_match(m)
        return (value, score_range, m.end()) if value or score_range else None
    bare = compiled().bare_score.match(text) if bare_is_score else None
    if bare is None:
        return None
    digit = bare.group("digit")
    return ("0" if digit == "0" else f"{digit}+"), None, bare.end()


def _another_markers_score(s: PageScanner, cell: str, score_end: int) -> bool:
    """A score in a cell after another marker's name with no HER2 name between them ("...
    Concurrent biomarkers: ER 3+ 90%" under a title line that looked like a header): that
    marker's score (variants4 v4-H-14)."""
    c = s.c
    others = [m.end() for p in (c.other_marker_ci, c.other_marker_cs) for m in p.finditer(cell, 0, score_end)]
    if not others:
        return False
    return c.her2.search(cell, max(others), score_end) is None


def _score_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One IHC finding per score cell; its call word is in the same cell or in the cell below
    when that one holds no score of its own ("2+" over "Equiv.")."""
    c = s.c
    line_start, line_end = _line_bounds(s.text, scope.start)
    header = _row(s.text, line_start, line_end, tab_test(s))
    name_cell = next((x for x in header.cells if x.start <= scope.start < x.end), None)
    # a bare digit is a stain's score only under a HER2 stain's header (the gene name ERBB2 heads
    # sequencing columns) and in a row that does not say it counts copies or signals
    bare_is_score = (
        name_cell is not None
        and not scope.name.startswith("erbb")
        and not compiled().measure_header.search(name_cell.text)
    )
    out: list[Finding] = []
    for i, x in enumerate(cells):
        bare_here = bare_is_score and not (x.label and compiled().measure_header.search(x.label.text))
        scored = _score(s, x.cell.text, bare_here)
        if scored is None or _another_markers_score(s, x.cell.text, scored[2]):
            continue
        if offered_in_cell(s, x.cell.text, scored[0]):
            continue  # "IHC 3+ or 2+/ISH+": a criterion's alternatives, not this tumour's score
        value, score_range, score_end = scored
        values: dict[str, Any] = {"score": value} if value else {"score": None, "score_range": score_range}
        end = x.cell.end
        call = c.call_word.search(x.cell.text, score_end)
        below = cells[i + 1].cell if i + 1 < len(cells) else None
        if call is None and below is not None and _score(s, below.text, bare_here) is None:
            call = c.call_word.search(below.text)
            end = below.end if call is not None else end
        if call is not None:
            values["lab_call"] = call_of(call)
        out.append(s.make("ihc", scope.start, end, values))
    return out


def _ish_result(text: str) -> str | None:
    """The ISH result a cell's words state ("Not amplified (1.2 / 2.1)"), not a cut-off's ("amplified if >= 2")."""
    c = compiled()
    for result in ("not_amplified", "amplified"):
        if (m := c.ish_result_words[result].search(text)) and not c.amp_defined_after.match(text, m.end()):
            return result
    return "equivocal" if c.amp_equivocal.search(text) else None


def _ish_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One ISH finding per result cell under an ISH method's header ("HER2 FISH (ratio / mean
    HER2)" over "Amplified (5.8 / 11.2)"); the first decimal is the ratio when the header names
    a ratio."""
    header_cell = _name_cell(s, scope)
    if header_cell is None or not s.c.ish_method.search(header_cell.text):
        return []
    with_ratio = compiled().ratio_header.search(header_cell.text) is not None
    out: list[Finding] = []
    for x in cells:
        result = _ish_result(x.cell.text)
        bare = compiled().cell_decimal.fullmatch(x.cell.text.strip()) if with_ratio else None
        if result is None and bare is not None:
            # a bare ratio under "HER2 ISH ratio" (devset10 b10-f01-06): the ratio, no call
            out.append(
                s.make("ish", scope.start, x.cell.end, {"ratio": float(bare.group(0).replace(",", "."))})
            )
            continue
        if result is None:
            continue
        values: dict[str, Any] = {"result": result}
        number = compiled().cell_decimal.search(x.cell.text) if with_ratio else None
        if number is not None:
            values["ratio"] = float(number.group(0))
        out.append(s.make("ish", scope.start, x.cell.end, values))
    return out


def _copies_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One ISH finding per bare number under a HER2 copies header ("HER2 mean copies") of a row
    that also heads a ratio column ("HER2 ISH ratio"): the mean HER2 copies per cell of each row
    (devset10 b10-f01-06). Not under a CEP17 or ratio header, nor in a table with no ratio."""
    c = compiled()
    header_cell = _name_cell(s, scope)
    if (
        header_cell is None
        or not c.per_cell_row.search(header_cell.text)
        or c.ratio_header.search(header_cell.text)
        or s.c.probe_pair_header.search(header_cell.text)
    ):
        return []
    line_start, line_end = _line_bounds(s.text, scope.start)
    header = _row(s.text, line_start, line_end, tab_test(s))
    if not any(c.ratio_header.search(x.text) and s.c.ish_method.search(x.text) for x in header.cells):
        return []
    out: list[Finding] = []
    for x in cells:
        bare = c.cell_decimal.fullmatch(x.cell.text.strip())
        if bare is not None:
            out.append(
                s.make(
                    "ish",
                    scope.start,
                    x.cell.end,
                    {"her2_copy_number": float(bare.group(0).replace(",", "."))},
                )
            )
    return out


def _another_genes_cell(s: PageScanner, cell: str) -> bool:
    """A cell that opens with another gene's symbol ("PIK3CA amplification not detected" under
    "ERBB2  R678Q" of a variant list read as a header): that gene's words (devset12 b12-f07-07)."""
    c = s.c
    return bool(
        c.gene_like.match(cell) or c.panel_gene.match(cell) or c.other_marker_cs.match(cell)
    ) and not (c.her2.match(cell))


def _name_cell(s: PageScanner, scope: MentionScope) -> Cell | None:
    line_start, line_end = _line_bounds(s.text, scope.start)
    header = _row(s.text, line_start, line_end, tab_test(s))
    return next((x for x in header.cells if x.start <= scope.start < x.end), None)


def read_column(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """Findings from the column under a HER2 header: each score cell (with a call word beside or
    below it as its lab call), else a call word alone, else a pending cell as a mention. A key to
    the scores, or a header row saying what the table is not (tests ordered, a legend), gives a
    mention."""
    if s.c.no_result_after_name.match(s.text, scope.end):
        return []  # "HER2 IHC:   UNABLE TO REPORT.  Tumor not ...": a label and its (no) result, no header
    cells = [x for x in column(s.text, scope.start, scope.end, tab_test(s)) if not _lists_scores(s, x.cell)]
    if not cells:
        return []
    line_start, line_end = _line_bounds(s.text, scope.start)
    reason = s.context_reason(line_start, line_end)
    if reason in ("control", "legend", "pending", "recommendation", "hypothetical"):
        return s.mention(scope, reason)
    if _is_key(s, cells):
        return s.mention(scope, "legend")
    # "cell  HER2  CEP17": a dual-probe count table's cells are signals per cell, not IHC scores
    counts = s.c.probe_pair_header.match(s.text, scope.end) is not None
    found = (
        ([] if counts else _score_findings(s, scope, cells))
        or _ish_findings(s, scope, cells)
        or _copies_findings(s, scope, cells)
    )
    if found:
        return rows_as_samples(s, found, cells)
    c = s.c
    for x in cells:
        if search(c.context["pending"], x.cell.text):
            return s.mention(scope, "pending")
        call = c.call_word.search(x.cell.text)
        if (
            call is not None
            and not _another_genes_cell(s, x.cell.text)
            and not c.abbreviation_key.search(x.cell.text)
        ):
            if s.ctx.ctdna_document and c.not_detected_call.search(x.cell.text):
                # a blood test's "Not detected" cell: no HER2 negative (facts.md §7; probe12b)
                return [s.make("ngs", scope.start, x.cell.end, {"amplification": "not_amplified"})]
            return [s.make("status_statement", scope.start, x.cell.end, {"call": call_of(call)})]
    # nothing under the header ("Not performed", "see below"): the next cells in reading order
    # are other columns' values. Read in reading order all the same: a name heading the first
    # column (its cells are the rows' labels: "HER2 IHC (4B5) | 1-2+ | See ISH"), and an ISH
    # table whose ratio column findings/ish.py reads.
    header = _row(s.text, line_start, line_end, tab_test(s))
    first = next((x for x in header.cells if x.text), None)
    if first is not None and first.start <= scope.start < first.end:
        return []
    if any(compiled().ratio_header.search(x.text) for x in header.cells):
        return []
    return s.mention(scope, "no_result")
