"""Option rows with a mark column: every score is printed with its category, and the lab marks
one row in a column at the far right (headed "Selected", "Mark", or nothing):

    HER2 TESTING - GASTRIC/GEJ (biopsy criteria)
    Antibody: 4B5                                              Selected
      Score 3+  Positive  (strong complete/basolateral/lateral)
      Score 2+  Equivocal (weak-moderate; ISH required)
      Score 1+  Negative  (faint, barely perceptible)             X
      Score 0   Negative  (no reactivity)

Read in reading order, the first row's "3+ Positive" was taken as the result (variants9 A-06, a
negative gastric biopsy called positive). The rows are a key (findings/keys.py: one row per score,
each naming its category); the result is the one row whose line ends with a lone mark after a gap
("X", a tick; data/rules/document.toml column-mark). One marked row: its score and call. Several:
a legend, no result (a guess would be the worst outcome). No mark: left to the other readers.
Only under a name whose own line states no value: "HER2 (4B5): 1+" over a key is a result with
its key below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ihc import call_of, score_from_match
from .keys import KEY_ROWS
from .mention_scope import MentionScope
from .model import Finding
from .scope import finditer, line_end, search

if TYPE_CHECKING:
    from .scanner import PageScanner

LABEL_LINES = 2  # lines between the name and the rows (the antibody, the column's header)
# ... or, on a worksheet, the case line, a blank line, the column headers and their ruler (probe24)
WORKSHEET_LABEL_LINES = 5
MAX_ROWS = 8
MAX_ROW_CHARS = 160  # an option row is short; a longer line is prose
ROW_OPENING = 14  # characters of a row where a score that opens it begins ("  Score 2+", "1+")


def _row_score(s: PageScanner, row: str) -> str | None:
    """The score of an option row: a short row holding one score and a category, in either order
    ("Score 1+  Negative  (faint)", "Negative (Score 1+)")."""
    if not row.strip() or len(row) > MAX_ROW_CHARS:
        return None
    scores = [m for m in finditer(s.c.ihc_score, row) if score_from_match(m)[0]]
    if len(scores) != 1:
        return None
    if search(s.c.call_word, row) is None and not _score_opens_row(row, scores[0].start()):
        return None
    return score_from_match(scores[0])[0]


def _score_opens_row(row: str, at: int) -> bool:
    """A worksheet's row that opens with its score and describes the staining after it ("1+
    Faint incomplete membrane staining in >10% of cells      X"): an option row with no category
    word (variants8 A-06, H-01, probe24)."""
    return at - (len(row) - len(row.lstrip())) <= ROW_OPENING


def _rows(s: PageScanner, start: int, label_lines: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, score, marked) of the option rows from the line at `start` on: up to
    `label_lines` lines that are no rows may come first (blank ones only on a worksheet); the rows
    end at the first line that is not one."""
    t, c = s.text, s.c
    rows: list[tuple[int, int, str, bool]] = []
    skipped = 0
    while start < len(t) and len(rows) < MAX_ROWS:
        end = line_end(t, start)
        row = t[start:end]
        score = _row_score(s, row)
        if score is None:
            if rows or skipped >= label_lines or (not row.strip() and label_lines == LABEL_LINES):
                break
            skipped += 1
        else:
            rows.append((start, end, score, search(c.column_mark, row) is not None))
        start = end + 1
    return rows


def read_mark_column(s: PageScanner, scope: MentionScope) -> list[Finding] | None:
    """The marked row's result; a legend mention when several rows are marked; None when the
    name has no such rows or none is marked."""
    t, c = s.text, s.c
    name_end = line_end(t, scope.end)
    below = name_end
    for _ in range(WORKSHEET_LABEL_LINES + MAX_ROWS):
        below = line_end(t, below + 1) if below < len(t) else below
    if c.column_mark.search(t, name_end + 1, below) is None:
        return None  # no mark at a line's end below the name: no such form (most mentions)
    if search(c.ihc_score, t, scope.end, name_end) or search(c.call_word, t, scope.end, name_end):
        return None
    rows = _rows(s, name_end + 1, LABEL_LINES)
    if len({score for _, _, score, _ in rows}) < KEY_ROWS:
        rows = _rows(s, name_end + 1, WORKSHEET_LABEL_LINES)
    if len({score for _, _, score, _ in rows}) < KEY_ROWS:
        return None
    marked = [r for r in rows if r[3]]
    if not marked:
        return None
    if len(marked) > 1:
        return s.mention(scope, "legend")
    start, end, score, _ = marked[0]
    values: dict[str, object] = {"score": score}
    call_m = search(c.call_word, t, start, end)
    if call_m is not None:
        call = call_of(call_m)
        values["lab_call"] = "equivocal" if call == "weakly_positive" else call
    mark = search(c.column_mark, t, start, end)
    return [s.make("ihc", scope.start, mark.start() if mark else end, values)]
