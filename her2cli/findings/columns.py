"""Column tables: HER2 as a column header with its values in the rows below (issue 11, family 8).

    Block    ER        PR        HER2      Ki-67
    A1       90        70        2+        15
             Pos       Pos       Equiv.    Low

A space-aligned export puts each value under its header, so the HER2 column's cells are the
words of later rows that start under the header's cell. Read only when the header row is a row
of labels (three or more cells, no HER2 value of its own); rows are read down to the first blank
line, and at most MAX_ROWS of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..rules import compiled
from .ihc import call_of, score_from_match
from .model import Finding
from .scope import MentionScope, search

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_ROWS = 6
MIN_HEADER_CELLS = 3
ALIGN_SLACK = 2  # a value may start this many characters left of its header
# cells are separated by two or more spaces (a tab is folded to one space by normalize, so a
# tab-separated export is read row by row instead: findings.scope): "table-cell"; a header row
# names things, a cell with a value in it ("value-cell") makes the line a data row instead
# (data/rules/document.toml)


@dataclass(frozen=True)
class Cell:
    start: int  # offsets in the text
    end: int
    text: str


def _cells(text: str, lo: int, hi: int) -> list[Cell]:
    return [
        Cell(lo + m.start(), lo + m.end(), m.group(0)) for m in compiled().table_cell.finditer(text[lo:hi])
    ]


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def column_cells(text: str, name_start: int, name_end: int) -> list[Cell]:
    """The cells under the header cell holding the HER2 name at [name_start, name_end), in row
    order; empty when the name's line is not a header row of a column table."""
    line_start, line_end = _line_bounds(text, name_start)
    header = _cells(text, line_start, line_end)
    if len(header) < MIN_HEADER_CELLS or any(compiled().value_cell.search(c.text) for c in header):
        return []
    index = next((i for i, c in enumerate(header) if c.start <= name_start < c.end), None)
    if index is None or header[index].end > name_end + 12:
        return []  # the name sits inside a longer phrase, not a column label of its own
    col_lo = header[index].start - line_start
    col_hi = header[index + 1].start - line_start if index + 1 < len(header) else col_lo + 30
    out: list[Cell] = []
    pos = line_end + 1
    for _ in range(MAX_ROWS):
        if pos >= len(text):
            break
        row_start, row_end = _line_bounds(text, pos)
        if not text[row_start:row_end].strip():
            break
        for cell in _cells(text, row_start, row_end):
            col = cell.start - row_start
            if col_lo - ALIGN_SLACK <= col < col_hi:
                out.append(cell)
                break
        pos = row_end + 1
    return out


def read_column(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """Findings from the column under a HER2 header: the first score cell (with a call word in a
    later cell as its lab call), else a call word alone, else a pending cell as a mention."""
    cells = column_cells(s.text, scope.start, scope.end)
    if not cells:
        return []
    c = s.c
    for i, cell in enumerate(cells):
        score = c.ihc_score.search(cell.text)
        if score is None:
            continue
        value, score_range, _ = score_from_match(score)
        values: dict[str, Any] = {"score": value} if value else {"score": None, "score_range": score_range}
        call_cell = next((x for x in cells[i + 1 :] if c.call_word.search(x.text)), None)
        end = cell.end
        if call_cell is not None:
            call = c.call_word.search(call_cell.text)
            assert call is not None
            values["lab_call"] = call_of(call)
            end = call_cell.end
        if values.get("score") or values.get("score_range"):
            return [s.make("ihc", scope.start, end, values)]
    for cell in cells:
        if search(c.context["pending"], cell.text):
            return s.mention(scope, "pending")
        call = c.call_word.search(cell.text)
        if call is not None:
            return [s.make("status_statement", scope.start, cell.end, {"call": call_of(call)})]
    return []
