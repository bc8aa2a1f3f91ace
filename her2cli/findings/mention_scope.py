"""One HER2 name's windows (MentionScope): how far its own statement, its sentence and the
sentences after it reach, built from the primitives of findings/scope.py (sentence ends, section
starts, other markers' names).

Its own module because it is the one job scope.py's pattern calls and line and sentence bounds
serve: every reader gets a MentionScope and asks scope.py for matches inside it, so the windows'
policy (how a table cell split over lines widens, which line above a row is another test's) can
change without touching the budgeted pattern calls below it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..rules import Compiled
from .model import Section
from .scope import (
    SCOPE,
    ScopeSettings,
    first_after,
    line_end,
    line_start,
    next_section_start,
    search,
    section_at,
    sentence_end,
    sentence_start,
)


@dataclass(frozen=True)
class MentionScope:
    """The windows around one HER2 name: `near_stop` ends the name's own statement (a sentence,
    a table cell split over lines); `far_stop` allows a sentence or two more; `back_start` is
    where its sentence starts; `statement_stop` ends the sentence whose context words count."""

    start: int
    end: int
    name: str
    section: Section
    near_stop: int
    far_stop: int
    back_start: int
    statement_stop: int


def _back_start(text: str, start: int, back_start: int, markers: list[tuple[int, int]], c: Compiled) -> int:
    """A name that opens its line does not reach back into a line about another marker
    ("MET FISH: AMPLIFIED (ratio 2.6)\nHER2 testing was not requested": issue 11)."""
    opens = line_start(text, start)
    if back_start >= opens or text[opens:start].strip(" \t|*-"):
        return back_start
    above = text[line_start(text, opens - 1) : opens - 1]
    if _table_row(text[start : line_end(text, start)]) and (_result_row(above, c) or _value_row(above)):
        # a row of a table under another result row: the row above holds another test's values
        # ("ERBB2   CISH   Amplified   HER2/CEP17 ratio 2.5" over "ERBB2   NGS (CNA)   Amplified
        # copy number 9" is not an NGS ratio; devset7 b7-f04-09). A header row above ("ISH
        # Cells   HER2 mean   Ratio") still names the columns (findings/columns.py).
        return opens
    i = bisect.bisect_left(markers, (back_start, -1))
    return opens if i < len(markers) and markers[i][0] < opens else back_start


def _called_before_blank_line(text: str, end: int, stop: int, c: Compiled) -> bool:
    """A short statement that gives its call and ends at a blank line ("HER2: NEGATIVE.", then a
    paragraph below) is complete: widening it would read the next paragraph (variants7 F-03)."""
    line_stop = text.find("\n", stop, min(len(text), stop + 4))
    if line_stop < 0:
        return False
    following = text.find("\n", line_stop + 1, min(len(text), line_stop + 40))
    if following < 0 or text[line_stop + 1 : following].strip():
        return False
    return search(c.call_word, text, end, stop) is not None


def _table_row(line: str) -> bool:
    """The line is a row of a space-aligned table: two cells or more set apart by a run of
    three spaces or a tab."""
    cells = line.strip()
    return "   " in cells or "\t" in cells


def _value_row(line: str) -> bool:
    """The line is a table row that gives a value of its own after its label ("Prior therapy
    adjuvant trastuzumab 2023-24" over "HER2 IHC (4B5)   2+": the therapy is that row's, blind set
    30 / devset8 b8-f02-09); a header row of column names holds no number."""
    return _table_row(line) and any(ch.isdigit() for ch in line)


def _result_row(line: str, c: Compiled) -> bool:
    """The line is a table row whose first cell names HER2 or another gene (a result row, not
    a header row of column names)."""
    head = line.lstrip(" \t|*-")
    return _table_row(line) and bool(
        c.her2.match(head) or c.gene_like.match(head) or c.panel_gene.match(head)
    )


def mention_scope(
    text: str,
    m: regex.Match[str],
    sections: list[Section],
    markers: list[tuple[int, int]],
    next_mention: int,
    c: Compiled,
    settings: ScopeSettings = SCOPE,
) -> MentionScope:
    start, end = m.span()
    section = section_at(sections, start)
    fwd_stop = min(
        len(text), end + settings.far, first_after(markers, end), next_section_start(sections, start)
    )
    near_limit = min(fwd_stop, end + settings.near)
    near_stop = min(near_limit, sentence_end(text, end, near_limit, c))
    # A table cell split over lines ("HER2 (4B5)\nVentana\n2+") has no sentence end before
    # the score; a very short near scope is widened to the next line break or two.
    if near_stop - end < 12 and not _called_before_blank_line(text, end, near_stop, c):
        near_stop = min(fwd_stop, sentence_end(text, min(len(text), end + 12), near_limit, c))
    # the next HER2 name starts its own statement ("HER2 (ERBB2) amplification" is read by ERBB2)
    if next_mention > end:
        near_stop = min(near_stop, next_mention)
    far_stop = min(fwd_stop, next_mention if next_mention > end else fwd_stop)
    return MentionScope(
        start=start,
        end=end,
        name=m.group(0).lower(),
        section=section,
        near_stop=near_stop,
        far_stop=far_stop,
        back_start=_back_start(
            text, start, sentence_start(text, start, max(section.start, start - settings.back), c), markers, c
        ),
        statement_stop=sentence_end(text, end, min(len(text), end + settings.statement), c),
    )
