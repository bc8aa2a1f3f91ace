"""The ratio of a pipe table: a header row of cells between "|" marks names the ratio's column
("| Block | % cells | FISH ratio | Call |"), a ruler may follow ("|---|---|---|---|"), and the
ratio is the cell with the header's index in the one row of values below ("| A2 | 35 | 1.1 |
Not amplified |"), or, under rows per reader or area, in the row that sums them up ("| Total | 40 |
... | 2.1 |"; devset20 b20-f12-10, whose reader "1" was read as ratio 1.0).

The ratio pattern does not reach across the end of a pipe row (ish.toml ratio): read in reading
order, the header's "ratio" took the first number of the row below, the % cells' 35 or a site's
clock position "9:00" (variants15a v15a-f12-01). With rows for several samples and no summary
row, which row is the report's result is not a column's question: the ratio is left unread rather
than guessed."""

from __future__ import annotations

from ..rules import compiled
from .scope import line_end, line_start
from .values import to_float

MAX_HEADER_CELLS = 12
MAX_ROWS = 8  # rows of values read under a header
MAX_ROW_CHARS = 400  # a longer line is no table row
RULER_CHARS = frozenset("|-:+= \t")


def _cells(line: str) -> list[tuple[int, str]]:
    """A pipe row's cells as (end offset in the line, stripped text), without the empty text
    before its first and after its last "|"."""
    out: list[tuple[int, str]] = []
    at = 0
    for part in line.split("|"):
        text = part.strip()
        out.append((at + len(part.rstrip()), text))
        at += len(part) + 1
    if out and not out[0][1]:
        out = out[1:]
    if out and not out[-1][1]:
        out = out[:-1]
    return out


def _is_ruler(line: str) -> bool:
    return bool(line.strip()) and set(line) <= RULER_CHARS


def pipe_ratio(text: str, lo: int, hi: int) -> tuple[int, float] | None:
    """(end, value) of the ratio under a pipe table's ratio header in text[lo:hi], when the table
    has one row of values and that row's cell in the ratio's column is a bare decimal."""
    if text.count("|", lo, hi) < 2:
        return None  # the cheap test first: no pipe row here
    pos = line_start(text, lo)
    while pos < hi:
        end = line_end(text, pos)
        line = text[pos:end]
        if line.count("|") >= 2 and len(line) <= MAX_ROW_CHARS and "atio" in line:
            found = _under_header(text, end, line)
            if found is not None:
                return found
        pos = end + 1
    return None


def _under_header(text: str, end: int, line: str) -> tuple[int, float] | None:
    rules = compiled()
    cells = [x for _, x in _cells(line)]
    index = next((i for i, x in enumerate(cells) if rules.ratio_header.search(x)), None)
    if index is None or len(cells) > MAX_HEADER_CELLS or any(rules.cell_decimal.search(x) for x in cells):
        return None  # no ratio column, or a row of values rather than a header
    rows: list[tuple[int, str]] = []
    nxt = end + 1
    while nxt < len(text) and len(rows) <= MAX_ROWS:
        row_end = line_end(text, nxt)
        row = text[nxt:row_end]
        if row.count("|") < 2:
            break  # the table ends
        if not _is_ruler(row):
            rows.append((nxt, row))
        nxt = row_end + 1
    if len(rows) > 1:  # rows per reader or area: the one that sums them up, if any
        rows = [r for r in rows if (first := _cells(r[1])) and rules.summary_row_label.match(first[0][1])]
    if len(rows) != 1:
        return None  # no row of values, or several samples' rows
    row_pos, row = rows[0]
    values = _cells(row)
    if len(values) != len(cells):
        return None  # cells that do not line up with the header
    cell_end, cell = values[index]
    number = rules.cell_decimal.fullmatch(cell)
    value = to_float(number.group(0)) if number else None
    if value is None or value > 50:
        return None
    return row_pos + cell_end, value
