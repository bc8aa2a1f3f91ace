"""Side-by-side sample columns: a table whose header row names the samples (blind set 4).

                      Lesion 1 (IDC, block A5)        Lesion 2 (ILC, block A11)
      ER (SP1)        Positive, 95%, strong            Positive, 100%, strong
      HER2 IHC (4B5)  1+ (negative)                    0 (negative)

The usual reader takes the HER2 row's first score; the scores under the other samples' columns
lie past its reading window. Here each score under a sample's header cell becomes that sample's
IHC result, named by its header, so `specimens` lists every sample of the table, and every other
result of the row (an ISH ratio, a call) is named by the column its value ends in.

A header row is a line above the HER2 row, in its paragraph, with two or more cells that each
name a sample ("Tumor A (12 o'clock)", "Lesion 2", "Block B3", "Pre-treatment core (NB26-2210)",
"Surgery 09/2026 (current)"); any other cell must lie left of them (a row-label column). A header
of markers ("ER  PR  HER2") names no sample and is none, and a column whose cell under the header
is not a score gives nothing. Cells are two or more spaces apart, or tab-separated fields (then a
value's column is its field's index, as in findings/columns.py).

In a report on the sample after treatment, the header says which column is the biopsy before
treatment (variants5 B-01, B-05: "Pre-treatment core | Post-treatment residual (this specimen)",
"Biopsy 03/2026 | Surgery 09/2026 (current)"): a column whose header names the time before
treatment, or that stands beside a column marked as the current sample, holds restated results
(`pre_treatment`); the nearest cue in reading order - the header line's last words - does not
decide for every column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import compiled
from ..rules.samples import SampleRules, samples
from .columns import Cell, Row, TabTest, no_tabs, tab_test, table_row
from .model import STATUS_FAMILIES, Finding
from .samples import paragraph_start
from .scope import line_end, line_start, reader_memo, remembered

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_HEADER_LINES_UP = 8  # a header row this many lines above the HER2 row at most
COLUMN_SLACK = 6  # a score may start this many characters left or right of its header cell
MIN_SAMPLE_COLUMNS = 2
CALLS = {"pos": "positive", "neg": "negative", "equ": "equivocal"}


@dataclass(frozen=True)
class SampleColumn:
    """One sample's column: where it starts (characters from the line's start, or the field's
    index in a tab-separated header), its name, and whether it holds restated results from
    before treatment (None: the header does not say)."""

    col: int
    name: str
    pre_treatment: bool | None


@dataclass(frozen=True)
class Header:
    columns: list[SampleColumn]
    tabbed: bool


@dataclass(frozen=True)
class ColumnScore:
    column: SampleColumn
    start: int  # the score's span in the text
    end: int
    score: str
    call: str | None


def _cells(text: str, lo: int, hi: int, is_tab: TabTest) -> Row:
    """The cells of a row: fields between '|' when the line draws its columns with them
    ("HER2 IHC (4B5)    | 3+     | 2+"; empty fields kept, so a field's index is its column, as
    in a tab-separated line), else the cells of findings/columns.py."""
    if "|" not in text[lo:hi]:
        return table_row(text, lo, hi, is_tab)
    cells, start = [], lo
    for end in [i for i in range(lo, hi) if text[i] == "|"] + [hi]:
        field = text[start:end]
        lead = len(field) - len(field.lstrip())
        cells.append(Cell(start + lead, start + lead + len(field.strip()), field.strip()))
        start = end + 1
    return Row(cells, True)


def _year(name: str) -> int | None:
    """The year a column's header dates its sample by ("Primary (2019)", "Biopsy 03/2026")."""
    numbers = "".join(ch if ch.isdigit() else " " for ch in name).split()
    years = [int(n) for n in numbers if len(n) == 4 and n[:2] in ("19", "20")]
    return max(years) if years else None


def _by_date(names: list[str]) -> list[bool | None]:
    """Columns dated by different years ("Primary (2019) | Liver metastasis (2026)"): the latest
    is the sample this report describes, the earlier ones are restated results (a primary
    quoted beside its metastasis); columns that are not dated, or one year only, say nothing."""
    years = [_year(n) for n in names]
    dated = {y for y in years if y is not None}
    if len(dated) < 2 or None in years:
        return [None] * len(names)
    return [y != max(dated) for y in years]


def _by_lab(names: list[str], r: SampleRules) -> list[bool | None]:
    """A consult's columns: another laboratory's reading ("Outside", "Referring lab") beside this
    laboratory's own ("Our review", "In-house"): the other's are earlier values, ours current.
    Only when both kinds stand side by side; a column naming both or neither says nothing."""
    other = [bool(r.column_other_lab.search(n)) and not r.column_our_lab.search(n) for n in names]
    ours = [bool(r.column_our_lab.search(n)) and not r.column_other_lab.search(n) for n in names]
    if not (any(other) and any(ours)):
        return [None] * len(names)
    return [True if o else False if u else None for o, u in zip(other, ours, strict=True)]


def _pre_treatment(names: list[str], post_treatment: bool, r: SampleRules) -> list[bool | None]:
    """Per column, in a report on the sample after treatment: True for a column named as before
    treatment (or beside a column named as the current sample), False for the current sample's.
    In any report, columns dated by different years: the latest is the current sample's (where
    the names say nothing: "Primary (2019) | Liver metastasis (2026)" in a report on a relapse).
    Outside a report after treatment, an outside laboratory's column beside this laboratory's
    holds earlier values (a consult's "Outside | Our review")."""
    dated = _by_date(names)
    if not post_treatment:
        return [lab if lab is not None else d for lab, d in zip(_by_lab(names, r), dated, strict=True)]
    current = [bool(r.current_sample.search(n) or r.column_current.search(n)) for n in names]
    before = [bool(r.pre_treatment.search(n) or r.first_biopsy.search(n)) for n in names]
    out: list[bool | None] = []
    for is_current, is_before, by_date in zip(current, before, dated, strict=True):
        if is_current != is_before:
            out.append(is_before)
        else:
            out.append(True if any(current) and not is_current else by_date)
    return out


_headers = reader_memo()  # (text, row_start, rules, post_treatment) -> sample_header's answer


def sample_header(
    text: str, row_start: int, r: SampleRules, is_tab: TabTest, post_treatment: bool = False
) -> Header | None:
    """The sample columns of a header row above the HER2 row starting at `row_start`. Each
    result's row asks it, and most rows have none (up to 8 lines read above each): for a text
    without tabs the answer is kept for the document (callers never change a Header)."""
    if is_tab is not no_tabs:
        return _sample_header(text, row_start, r, is_tab, post_treatment)
    key = (text, row_start, id(r), post_treatment)
    return remembered(_headers, key, lambda: _sample_header(text, row_start, r, is_tab, post_treatment))


def _sample_header(
    text: str, row_start: int, r: SampleRules, is_tab: TabTest, post_treatment: bool
) -> Header | None:
    lo = paragraph_start(text, row_start, r)
    pos = row_start
    for _ in range(MAX_HEADER_LINES_UP):
        if pos <= lo:
            return None
        pos = line_start(text, pos - 1)
        row = _cells(text, pos, line_end(text, pos), is_tab)
        cells = [(i if row.tabbed else x.start - pos, x.text) for i, x in enumerate(row.cells) if x.text]
        named = [(col, cell) for col, cell in cells if r.column_sample_name.match(cell)]
        if len(named) >= MIN_SAMPLE_COLUMNS and all(
            col < named[0][0] for col, cell in cells if (col, cell) not in named
        ):
            names = [" ".join(cell.split()) for _, cell in named]
            pre = _pre_treatment(names, post_treatment, r)
            return Header(
                [SampleColumn(col, n, p) for (col, _), n, p in zip(named, names, pre, strict=True)],
                row.tabbed,
            )
    return None


def _score(text: str, lo: int, hi: int, column: SampleColumn, r: SampleRules) -> ColumnScore | None:
    m = r.cell_score.search(text, lo, hi) if lo < hi else None
    if m is None:
        return None
    call = m.group("call")
    score = "0" if m.group("zero") else f"{m.group('score')}+"
    return ColumnScore(column, m.start(), m.end(), score, CALLS.get(call[:3].lower()) if call else None)


def column_scores(text: str, row: int, header: Header, r: SampleRules, is_tab: TabTest) -> list[ColumnScore]:
    """The score under each sample column of the row starting at `row`, with its call."""
    end = line_end(text, row)
    out = []
    if header.tabbed:
        fields = _cells(text, row, end, is_tab)
        for column in header.columns:
            if not fields.tabbed or column.col >= len(fields.cells):
                continue
            cell = fields.cells[column.col]
            found = _score(text, cell.start, cell.end, column, r)
            if found is not None and found.start == cell.start:  # the score opens its field
                out.append(found)
        return out
    next_cols = [c.col for c in header.columns[1:]] + [end - row + COLUMN_SLACK]
    for column, next_col in zip(header.columns, next_cols, strict=True):
        lo, hi = row + max(0, column.col - COLUMN_SLACK), min(end, row + next_col - 1)
        found = _score(text, lo, hi, column, r)
        if found is not None and abs(found.start - row - column.col) <= COLUMN_SLACK:
            out.append(found)
    return out


def column_at(text: str, row: int, pos: int, header: Header, is_tab: TabTest) -> SampleColumn | None:
    """The sample column of the cell holding the character at `pos` of the row starting at `row`:
    the cell must start under the column's header (a prose line below the table is no row)."""
    cells = _cells(text, row, line_end(text, row), is_tab)
    index = next((i for i, x in enumerate(cells.cells) if x.start <= pos < max(x.end, x.start + 1)), None)
    if index is None or len([x for x in cells.cells if x.text]) < MIN_SAMPLE_COLUMNS:
        return None
    if header.tabbed:
        return next((c for c in header.columns if c.col == index), None) if cells.tabbed else None
    start = cells.cells[index].start - row
    return next((c for c in header.columns if abs(start - c.col) <= COLUMN_SLACK), None)


def _name(f: Finding, column: SampleColumn) -> None:
    f.specimen = column.name
    f.column_pre_treatment = column.pre_treatment


def _column_of_cell(cell: Cell, row: int, header: Header, tabbed_index: int) -> SampleColumn | None:
    if header.tabbed:
        return next((c for c in header.columns if c.col == tabbed_index), None)
    return next((c for c in header.columns if abs(cell.start - row - c.col) <= COLUMN_SLACK), None)


def _ish_cells(
    text: str, f: Finding, header: Header, is_tab: TabTest
) -> dict[SampleColumn, list[tuple[str, Cell]]]:
    """Per sample column, the (row label, cell) pairs of the rows an ISH reading spans."""
    out: dict[SampleColumn, list[tuple[str, Cell]]] = {}
    row = line_start(text, f.nstart)
    while row < f.nend:
        hi = line_end(text, row)
        cells = [(i, x) for i, x in enumerate(_cells(text, row, hi, is_tab).cells) if x.text]
        placed = [(i, x, _column_of_cell(x, row, header, i)) for i, x in cells]
        label = " ".join(x.text for _, x, col in placed if col is None)
        for _, x, col in placed:
            if col is not None:
                out.setdefault(col, []).append((label, x))
        row = hi + 1
    return out


def _number(cell: str) -> float | None:
    """A cell that is one number ("6.1", "4,2"), else None."""
    try:
        return float(cell.strip().replace(",", "."))
    except ValueError:
        return None


def _ish_values(pairs: list[tuple[str, Cell]]) -> dict[str, object]:
    """An ISH result read from one column's cells, each with its row's label ("HER2/CEP17 ratio"
    over "2.4", "Interpretation" over "Amplified"), by the ISH reader's own words."""
    c = compiled()
    values: dict[str, object] = {}
    for label, cell in pairs:
        row = f"{label}  {cell.text}"
        ratio, copy = c.ratio.search(row), c.ish_copy.search(row)
        if ratio is not None and "ratio" not in values:
            values["ratio"] = _number(ratio.group("ratio"))
        elif copy is not None and not c.ish_cep17.search(row):
            values.setdefault("her2_copy_number", _number(copy.group("value")))
        amp = c.amp_word.search(cell.text)
        if "result" in values:
            continue
        if c.amp_equivocal.search(cell.text):
            values["result"] = "equivocal"
        elif amp is not None:
            values["result"] = "not_amplified" if amp.group("prefix") else "amplified"
    return values


def split_ish_columns(s: PageScanner, found: list[Finding]) -> list[Finding]:
    """An ISH reading across a table whose columns are samples ("Primary tumour   Lymph node"
    over "HER2/CEP17 ratio  2.4  1.6" and "Interpretation  Amplified  Not amplified") took its
    values from different columns in reading order (the first ratio, the last call: a swap,
    late7). Each column's cells become that sample's ISH result, named by its header."""
    r = samples()
    text, is_tab = s.text, tab_test(s)
    added: list[Finding] = []
    for f in [f for f in found if f.family == "ish" and f.nend > 0]:
        header = sample_header(text, line_start(text, f.nstart), r, is_tab, s.ctx.post_treatment)
        if header is None:
            continue
        by_column = {col: _ish_values(pairs) for col, pairs in _ish_cells(text, f, header, is_tab).items()}
        by_column = {col: v for col, v in by_column.items() if v}
        if len(by_column) < MIN_SAMPLE_COLUMNS:
            continue
        first = True
        for col, values in by_column.items():
            cells = [x for _, x in _ish_cells(text, f, header, is_tab)[col]]
            target = f if first else s.make("ish", cells[0].start, cells[-1].end, {})
            target.values.clear()
            target.values.update(values)
            _name(target, col)
            added.extend([] if first else [target])
            first = False
    return added


def _score_columns(in_row: list[Finding], scores: list[ColumnScore]) -> dict[int, SampleColumn]:
    """The column of an IHC value read across several cells ("HER2 IHC   3+   1+ (negative)" read
    as 3+ up to the last cell): the one column whose cell holds its score, when the cell it ends in
    holds another and the two columns differ in time (fix13, a consult's "Referring lab | In-house"
    columns: an earlier value is never given to the current column)."""
    out: dict[int, SampleColumn] = {}
    for f in in_row:
        if f.family != "ihc":
            continue
        cells = [cs for cs in scores if f.nstart < cs.end and cs.start < f.nend]
        last = max(cells, key=lambda cs: cs.end, default=None)
        same = [cs for cs in cells if cs.score == f.values.get("score")]
        if (
            last is not None
            and last.score != f.values.get("score")
            and len(same) == 1
            and same[0].column.pre_treatment != last.column.pre_treatment
        ):
            out[id(f)] = same[0].column
    return out


def read_sample_columns(s: PageScanner, found: list[Finding]) -> list[Finding]:
    """Name each result of a sample-column table's HER2 row by its column, and return the other
    columns' scores of that row as their samples' IHC results."""
    r = samples()
    text, is_tab = s.text, tab_test(s)
    added: list[Finding] = []
    results = [f for f in found if f.family in STATUS_FAMILIES and f.nend > 0]
    for row in sorted({line_start(text, f.nend - 1) for f in results}):
        header = sample_header(text, row, r, is_tab, s.ctx.post_treatment)
        if header is None:
            continue
        in_row = [f for f in results if line_start(text, f.nend - 1) == row]
        for f in in_row:
            column = column_at(text, row, f.nend - 1, header, is_tab)
            if column is None and line_start(text, f.nstart) != row:
                # a value that runs onto a continuation line ("ratio 2.4; HER2 4.6/cell;" over
                # "AMPLIFIED (Group 1)", devset8 b8-f01-02) is in the column where it starts
                column = column_at(text, line_start(text, f.nstart), f.nstart, header, is_tab)
            if column is not None:
                _name(f, column)
        if not any(f.family == "ihc" for f in in_row):
            continue  # only a stain's row holds more scores ("0" in an ISH row is no score)
        scores = column_scores(text, row, header, r, is_tab)
        moved = _score_columns(in_row, scores)
        for cs in scores:
            own = [
                f
                for f in in_row
                if f.family == "ihc"
                and f.nstart < cs.end
                and cs.start < f.nend
                and moved.get(id(f), column_at(text, row, f.nend - 1, header, is_tab)) == cs.column
            ]
            for f in own:
                _name(f, cs.column)
                if f.values.get("score") == cs.score:  # a call belongs to its score's column
                    f.values.pop("lab_call", None)
                    f.values.update({"lab_call": cs.call} if cs.call else {})
            if not own:
                values = {"score": cs.score} | ({"lab_call": cs.call} if cs.call else {})
                new = s.make("ihc", cs.start, cs.end, values)
                _name(new, cs.column)
                added.append(new)
    return added
