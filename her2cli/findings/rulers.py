"""Ruler lines: a line drawn with dashes, equals signs or underscores between blocks of a report
("-------------", "=== === ==="). Under a header row it underlines the header; between rows it
sets off a summary row ("-------   -----" over "overall   60   7.4   2.3   3.2"); after a table's
rows and before a line of prose it closes the table, and the prose is another block
(findings/columns.py; devset16 b16-f12-06: a note below the ruler under "HER2 IHC (HercepTest):
0  ..." read as that column's cell)."""

from __future__ import annotations

from .lines import line_starts_after, whole_line_end

RULER_CHARS = "-=_~"
MIN_RULER = 3  # ruler characters a ruler line has at least
CELL_GAPS = ("  ", "\t", "|")  # what sets a table row's cells apart


def is_ruler(line: str) -> bool:
    """The line holds nothing but ruler characters (and spaces, pipes or pluses between them)."""
    body = line.strip(" \t|+")
    return sum(ch in RULER_CHARS for ch in body) >= MIN_RULER and not body.strip(RULER_CHARS + " \t|+")


def ruler_before_prose(text: str, row_start: int, row_end: int) -> bool:
    """The line at [row_start, row_end) is a ruler and the line after it is prose: one run of words
    with no cell gap ("Note: case number prefix ..."), not a summary row of the table."""
    if not is_ruler(text[row_start:row_end]):
        return False
    following = text[row_end + 1 : whole_line_end(text, row_end + 1)].strip()
    return bool(following) and not any(gap in following for gap in CELL_GAPS)


def first_ruler_after(text: str, pos: int, hi: int) -> int:
    """The start of the first ruler line that begins after `pos` and before `hi`, else `hi`: a
    ruler closes the block a value sits in, so a key printed below it ("HER2 ..... 0 (ausencia de
    tinción de membrana) - NEGATIVO" / "-----" / "LEYENDA HER2: 0 = negativo | 1+ = ... | 3+ =
    positivo") is not the value's own sentence (devset16 b16-f08-06, probe16)."""
    for line in line_starts_after(text, pos, hi):
        end = text.find("\n", line, hi)
        if is_ruler(text[line : hi if end < 0 else end]):
            return line
    return hi
