"""A table with a sample column: each row names its sample in its first cell (blind set 5).

    Part   Marker     Clone/Probe      Result       Interpretation
    A      HER2 IHC   4B5              2+           Equivocal
    A      HER2 ISH   INFORM dual ISH  ratio 2.3    Amplified
    B      HER2 IHC   4B5              3+           Positive

A row's first cell ("A") is a sample only under a header row whose first cell names the column of
samples ("Part", "Specimen", "Block", "Sample") and another cell names what the rows hold: a list
of tests numbered 1, 2, 3 has no such header, and its numbers are not samples. Every row between
the header and the value's row must open with such a cell too (the rows of one table).
"""

from __future__ import annotations

from ..rules.samples import SampleRules
from .scope import line_end, line_start

MAX_ROWS_UP = 24  # a table's header this many rows above the value's row at most


def row_sample(text: str, value_pos: int, r: SampleRules) -> str | None:
    """ "Part A" for a value in row "A" of a table headed "Part  Marker  Result", "Core biopsy
    (CB-1)" for a value in the row of that name under "Specimen  HER2 IHC  HER2 ISH"; else None."""
    row = line_start(text, value_pos)
    end = line_end(text, row)
    cell = r.row_id_cell.match(text, row, end)
    name = None if cell else _name_cell(text, row, end, r)
    if cell is None and name is None:
        return None
    pos = row
    for _ in range(MAX_ROWS_UP):
        if pos == 0:
            break
        pos = line_start(text, pos - 1)
        end = line_end(text, pos)
        header = r.sample_column_header.match(text, pos, end)
        if header is not None:
            head = header.group("head")
            return name or f"{head[:1].upper()}{head[1:].lower()} {cell.group('id') if cell else ''}"
        if r.row_id_cell.match(text, pos, end) is None and _name_cell(text, pos, end, r) is None:
            break
    return name if name is not None and _beside_another_sample(text, row, name, r) else None


def _beside_another_sample(text: str, row: int, name: str, r: SampleRules) -> bool:
    """A row named by a sample with no header above is a sample's row when the row right above or
    below it (continuation lines aside) is another sample's: "Mass 1 (block A3)  ER 98%  HER2 IHC
    1+" over "Mass 2 (block A7)  ER 60%  HER2 IHC 3+" (devset8 b8-f01-03). One named row alone is
    the report's one sample, and stays unnamed."""
    for step in (-1, 1):
        pos = row
        for _ in range(MAX_ROWS_UP):
            if step < 0 and pos == 0:
                break
            pos = line_start(text, pos - 1) if step < 0 else line_end(text, pos) + 1
            if pos >= len(text):
                break
            end = line_end(text, pos)
            if not text[pos:end].strip():
                break  # a blank line ends the table
            other = _name_cell(text, pos, end, r)
            if other is not None:
                if other.strip().lower() != name.strip().lower():
                    return True
                break
            if not text[pos:end][:1].isspace():
                break  # a line that is neither a sample's row nor an indented continuation
    return False


def _name_cell(text: str, row: int, end: int, r: SampleRules) -> str | None:
    """The row's first cell when it names one sample as a whole ("Core biopsy (CB-26-101)")."""
    m = r.row_name_cell.match(text, row, end)
    if m is None or not r.column_sample_name.match(m.group("name")):
        return None
    return m.group("name")
