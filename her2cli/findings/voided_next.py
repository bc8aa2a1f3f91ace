"""A bare verdict after a value's statement voids the value: "HER2 IHC: 3+. Not interpretable.",
"3+; not reportable", "HER2 IHQ: 3+. Nota: el control externo no fue adecuado", "não avaliável".
The clause right after the values' own (a sentence, a clause after a semicolon, or the next line)
says only that the stain, its result, its run or its control failed, naming no other marker or
test (document.toml void-verdict-lead). One short clause with no score, no other marker and no
ISH test ("crush artefact.", "Fixation time was over 72 hours") may come between. Read by findings/earlier.py voided_by_next_sentence (probe14, family overruled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lines import whole_line_end
from .scope import SCOPE, search, sentence_end

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .model import Finding
    from .scanner import PageScanner

CLAUSES = 2  # the verdict's clause, or one bare clause and then the verdict's
JOIN_REACH = 12  # characters after a value where "but" / "however" may open its contrast
BARE_CLAUSE = 120  # characters of a clause that may stand between the values and the verdict


def next_clause(s: PageScanner, pos: int) -> int | None:
    """Where the clause after the one holding `pos` starts (None: a blank line or none near)."""
    t, c = s.text, s.c
    limit = min(len(t), pos + SCOPE.statement)
    end = search(c.sentence_end, t, pos, limit)
    newline = t.find("\n", pos, end.start() if end else limit)
    if newline >= 0:
        if t[newline + 1 : newline + 2] in ("\n", ""):
            return None  # a blank line: the next paragraph is not about the values
        return newline + 1
    if end is None or not end.group(0).strip():
        return None
    return end.end()


def bare_clause(s: PageScanner, lo: int, hi: int) -> bool:
    """A short clause that gives no score and names no other marker and no ISH test ("crush
    artefact.", "Fixation time was over 72 hours", "Acid decalcification renders HER2 testing
    unreliable")."""
    t, c = s.text, s.c
    if hi - lo > BARE_CLAUSE:
        return False
    return not any(
        search(p, t, lo, hi) for p in (c.ihc_score, c.ish_method, c.other_marker_ci, c.other_marker_cs)
    )


def _verdict_at(s: PageScanner, start: int, stop: int) -> bool:
    """The clause text[start:stop] opens with a verdict, or gives one after a bare label and a
    colon ("Fixation time over 72 hours: result not reportable"; not "FISH: not interpretable")."""
    t, lead = s.text, s.c.void_verdict_lead
    if lead.match(t, start, stop):
        return True
    colon = t.find(":", start, stop)
    return colon >= 0 and bare_clause(s, start, colon) and lead.match(t, colon + 1, stop) is not None


def clauses_after(s: PageScanner, pos: int, *, past_line_break: bool = False) -> Iterator[tuple[int, int]]:
    """The clauses after the one holding `pos`, each cut at its line's end, as (start, stop): the
    next one, and the one after it for a caller that read the first as bare (CLAUSES).
    `past_line_break`: a sentence's end followed by a line break goes on at the next line (a blank
    line still ends the walk)."""
    t, c = s.text, s.c
    for _ in range(CLAUSES):
        start = next_clause(s, pos)
        if start is None:
            return
        if past_line_break:
            gap = len(t[start:]) - len(t[start:].lstrip(" \t"))
            if t.startswith("\n", start + gap):  # a sentence's end, then its line break
                if t.startswith("\n", start + gap + 1) or start + gap + 1 >= len(t):
                    return  # a blank line: the next paragraph is not about the values
                start += gap + 1
        stop = sentence_end(t, start + 1, min(len(t), start + SCOPE.statement), c)
        line = t.find("\n", start, stop)
        stop = line if line >= 0 else stop
        yield start, stop
        pos = stop


def _joined_verdict(s: PageScanner, last: int) -> bool:
    """ "..., 0 but unreliable", "3+, however not interpretable": a contrast word right after the
    value and then the verdict, on the value's line."""
    t = s.text
    near = t[last : last + JOIN_REACH]
    head = near.lstrip(" \t,;-")
    if not head.lower().startswith(("but ", "however")):
        return False  # the cheap guard: no contrast word right after the value
    at = last + len(near) - len(head)
    return s.c.void_verdict_lead.match(t, at, whole_line_end(t, last)) is not None


def voided_by_verdict(s: PageScanner, values: list[Finding]) -> bool:
    """The values' statement is followed by a bare verdict that the stain or its result failed,
    or the verdict joins the last value in its own clause by "but" ("current bx IHC 0 but
    unreliable on decal": variants13b v13b-f02-04)."""
    last = max(f.nend for f in values)
    if _joined_verdict(s, last):
        return True
    for start, stop in clauses_after(s, last):
        if _verdict_at(s, start, stop):
            return True
        if not bare_clause(s, start, stop):
            return False
    return False
