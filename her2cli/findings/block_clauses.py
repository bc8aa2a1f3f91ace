"""Scores a HER2 IHC statement gives to several blocks or areas of one sample, in clauses split by
";": "HER2 IHC (4B5): 1+ on block A1 (faint, 30%); 3+ on block A2 (strong complete, 70%)". The
mention's near scope ends at the first ";", so only the first block's 1+ was read and a positive
sample read negative against the lab's own POSITIVE. A heterogeneous sample's score is the
highest of its parts' (ASCO/CAP), so every block's score of the same statement is read and the
highest decides. Only clauses whose score names a block or area of its own ("3+ on block A2",
"3+ in area 2") are read, after a first score that does too: "1+ on this excision; 3+ on the 2019
core" (another sample) and "1+ on tumour; 3+ on the external control" (a control) are not.

`later_clause_scores` is the walk over a line's clauses after a score that this reader and
sample_clauses.clause_scores (each clause naming its sample) share; each gives its own clause
reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from .scope import line_end

if TYPE_CHECKING:
    from .mention_scope import MentionScope
    from .scanner import PageScanner

_CLAUSE_REACH = 120  # characters a block's clause may run to its ";"
_MAX_CLAUSES = 4

# reads the clause that starts at `at` (just after its separator), within the line's end `stop`:
# its score and where the clause ends (at the next separator or `stop`), or None to stop the walk
ClauseReader = Callable[[int, int], "tuple[regex.Match[str], int] | None"]


def later_clause_scores(
    t: str, pos: int, separators: str, max_clauses: int, read: ClauseReader
) -> list[regex.Match[str]]:
    """The score of each clause of the line after the separator at `pos`, up to `max_clauses`,
    until a clause does not start after one of `separators` or its reader gives no score."""
    out: list[regex.Match[str]] = []
    stop = line_end(t, pos)
    for _ in range(max_clauses):
        if pos >= stop or t[pos] not in separators:
            break
        got = read(pos + 1, stop)
        if got is None:
            break
        out.append(got[0])
        pos = got[1]
    return out


def block_clause_scores(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> list[regex.Match[str]]:
    """`scores` without a block's or area's own number read as a score ("2+ in area 1"), with the
    scores of the later ";"-clauses that each name a block or area of the sample when a score of
    the near scope names one too and the near scope ends at ";"."""
    t, c = s.text, s.c
    out: list[regex.Match[str]] = []
    tail_end = -1
    for m in scores:
        if m.start() < tail_end:
            continue  # the block's or area's own number ("2+ in area 1"): no score
        tail = c.block_part_tail.match(t, m.end())
        tail_end = tail.end() if tail is not None else tail_end
        out.append(m)
    if tail_end < 0 or scope.near_stop >= len(t) or t[scope.near_stop] != ";":
        return out

    def block_clause(at: int, stop: int) -> tuple[regex.Match[str], int] | None:
        while at < stop and t[at] in " \t":
            at += 1
        sm = c.ihc_score.match(t, at, stop)
        if sm is None or c.block_part_tail.match(t, sm.end(), stop) is None:
            return None
        nxt = t.find(";", sm.end(), min(stop, sm.end() + _CLAUSE_REACH))
        return sm, nxt if nxt >= 0 else stop

    return out + later_clause_scores(t, scope.near_stop, ";", _MAX_CLAUSES, block_clause)
