"""Side-by-side sample columns: a table whose header row names the samples (blind set 4).

                      Lesion 1 (IDC, block A5)        Lesion 2 (ILC, block A11)
      ER (SP1)        Positive, 95%, strong            Positive, 100%, strong
      HER2 IHC (4B5)  1+ (negative)                    0 (negative)

The usual reader takes the HER2 row's first score; the scores under the other samples' columns
lie past its reading window. Here each score under a sample's header cell becomes that sample's
IHC result, named by its header, so `specimens` lists every sample of the table.

A header row is a line above the HER2 row, in its paragraph, with two or more cells that each
name a sample ("Tumor A (12 o'clock)", "Lesion 2", "Block B3"); any other cell must lie left of
them (a row-label column). A header of markers ("ER  PR  HER2") names no sample and is none, and
a column whose cell under the header is not a score gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules.samples import SampleRules, samples
from .model import Finding
from .samples import paragraph_start
from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_HEADER_LINES_UP = 8  # a header row this many lines above the HER2 row at most
COLUMN_SLACK = 6  # a score may start this many characters left or right of its header cell
MIN_SAMPLE_COLUMNS = 2
CALLS = {"pos": "positive", "neg": "negative", "equ": "equivocal"}


@dataclass(frozen=True)
class ColumnScore:
    sample: str
    start: int  # the score's span in the text
    end: int
    score: str
    call: str | None


def sample_header(text: str, row_start: int, r: SampleRules) -> list[tuple[int, str]] | None:
    """(column, sample name) of each sample column in a header row above the HER2 row."""
    lo = paragraph_start(text, row_start, r)
    pos = row_start
    for _ in range(MAX_HEADER_LINES_UP):
        if pos <= lo:
            return None
        pos = line_start(text, pos - 1)
        cells = [(m.start() - pos, m.group(0)) for m in r.table_cell.finditer(text, pos, line_end(text, pos))]
        named = [(col, cell) for col, cell in cells if r.column_sample_name.match(cell)]
        if len(named) >= MIN_SAMPLE_COLUMNS and all(
            col < named[0][0] for col, cell in cells if (col, cell) not in named
        ):
            return named
    return None


def column_scores(text: str, row: int, header: list[tuple[int, str]], r: SampleRules) -> list[ColumnScore]:
    """The score under each sample column of the row starting at `row`, with its call."""
    end = line_end(text, row)
    out = []
    next_cols = [col for col, _ in header[1:]] + [end - row + COLUMN_SLACK]
    for (col, name), next_col in zip(header, next_cols, strict=True):
        lo, hi = row + max(0, col - COLUMN_SLACK), min(end, row + next_col - 1)
        m = r.cell_score.search(text, lo, hi) if lo < hi else None
        if m is None or abs(m.start() - row - col) > COLUMN_SLACK:
            continue
        call = m.group("call")
        score = "0" if m.group("zero") else f"{m.group('score')}+"
        out.append(
            ColumnScore(
                " ".join(name.split()),
                m.start(),
                m.end(),
                score,
                CALLS.get(call[:3].lower()) if call else None,
            )
        )
    return out


def read_sample_columns(s: PageScanner, found: list[Finding]) -> list[Finding]:
    """Name each IHC finding of a sample-column table's HER2 row by its column, and return the
    other columns' scores of that row as their samples' IHC results."""
    r = samples()
    text = s.text
    added: list[Finding] = []
    ihc = [f for f in found if f.family == "ihc" and f.nend > 0]
    for row in sorted({line_start(text, f.nend - 1) for f in ihc}):
        header = sample_header(text, row, r)
        if header is None:
            continue
        in_row = [f for f in ihc if line_start(text, f.nend - 1) == row]
        for cs in column_scores(text, row, header, r):
            own = [f for f in in_row if f.nstart < cs.end and cs.start < f.nend]
            for f in own:
                f.specimen = cs.sample
            if not own:
                values = {"score": cs.score} | ({"lab_call": cs.call} if cs.call else {})
                new = s.make("ihc", cs.start, cs.end, values)
                new.specimen = cs.sample
                added.append(new)
    return added
