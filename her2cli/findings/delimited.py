"""A laboratory system's semicolon-delimited export ("ACC;TEST;RESULT;UNITS;REF;FLAG", then one row
a line: "S-25-0101;HER2_ISH_RATIO;1,85;ratio;<2,0;N"): its cells are read as a table's cells.

Semicolons are the delimiter where the decimal mark is a comma, so such an export is written with
them, not with commas. Read as printed, a row is one long word run ("HER2_FINAL;NEGATIVE;;;") whose
values no reader takes as a cell, and the report's final call was lost (variants12a, a numbers-
format family). A tab-delimited export is already read as cells (normalize.py folds a tab to a
space), so here each delimiter of a record line becomes a two-space gap, the table cells' own
mark (document.toml table-cell), offsets kept: evidence still quotes the report as printed.

A record line has three or more semicolons and none followed by a space (prose writes "ER
positive; PR negative; HER2 1+" with a space, and keeps its clause breaks); an export has two or
more such lines (one line of OCR noise with semicolons is no export).
"""

from __future__ import annotations

from ..normalize import NormalizedText

DELIMITER = ";"
MIN_CELL_BREAKS = 3  # a record line's delimiters: four or more cells
MIN_RECORD_LINES = 2  # a header and a row, or two rows
GAP = "  "  # two spaces: the gap between a table's cells


def _is_record(line: str) -> bool:
    return line.count(DELIMITER) >= MIN_CELL_BREAKS and DELIMITER + " " not in line


def spread_delimited_records(norm: NormalizedText) -> NormalizedText:
    """The text with every delimiter of a semicolon-delimited export's lines widened into a gap
    between cells; any other text returned as it is."""
    text = norm.text
    if text.count(DELIMITER) < MIN_CELL_BREAKS * MIN_RECORD_LINES:
        return norm
    lines = text.split("\n")
    records = [_is_record(line) for line in lines]
    if sum(records) < MIN_RECORD_LINES:
        return norm
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for line, record in zip(lines, records, strict=True):
        end = pos + len(line) + 1  # with its line break (none after the last line)
        for i in range(pos, min(end, len(text))):
            ch = text[i]
            piece = GAP if record and ch == DELIMITER else ch
            out.append(piece)
            offsets.extend([norm.offsets[i]] * len(piece))
        pos = end
    offsets.append(norm.offsets[len(text)])
    return NormalizedText("".join(out), tuple(offsets), norm.original)
