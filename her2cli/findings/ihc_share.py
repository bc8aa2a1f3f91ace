"""The share of cells an IHC score describes ("3+ in 80% of invasive tumor cells", a
"Percentage of cells stained: 70%" row below it, ">10%"), and whether a criterion row's bound
holds for it ("2+ in <50% of cells is NEGATIVE" over "2+ in about 30% of tumour cells").

Its own module because findings/ihc.py finds the score and its call; the share beside a score
has its own reach (the line, the sentence, the next row) and its own traps (another marker's
percentage, a rule's ">= 50% of cells"), read here for each score ihc.py keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..rules import PERCENT_QUALIFIER_CODES, Compiled
from .mention_scope import MentionScope
from .scope import first_after, line_end, line_start, search, sentence_end, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

BOUND_TESTS = {
    "<": lambda own, bound: own < bound,
    "<=": lambda own, bound: own <= bound,
    ">": lambda own, bound: own > bound,
    ">=": lambda own, bound: own >= bound,
}


def share_meets_bound(s: PageScanner, sm: regex.Match[str], lo: int, hi: int) -> bool:
    """The criterion row's share of cells ("2+ in <50% of cells is NEGATIVE") holds for the share
    on the score's own line ("2+ in about 30% of tumour cells"): the lab applied the criterion to
    this result. A criterion with a bound and no share to test it against is a rule, not a call."""
    t, c = s.text, s.c
    bound = search(c.percent, t, lo, hi)
    if bound is None:
        return True
    test = BOUND_TESTS.get(percent_qualifier(c, t, bound.start()) or "")
    own = search(c.percent, t, sm.end(), line_end(t, sm.end()))
    return bool(test and own and test(float(own.group("pct")), float(bound.group("pct"))))


def percent_qualifier(c: Compiled, text: str, pct_start: int) -> str | None:
    """ ">", ">=", "<", "<=" or "about" when the report wrote one right before the percentage."""
    q = search(c.percent_qualifier, text[max(0, pct_start - 24) : pct_start])
    if q is None:
        return None
    return next(PERCENT_QUALIFIER_CODES[k] for k, v in q.groupdict().items() if v)


def percent_of_cells(s: PageScanner, scope: MentionScope, sm: regex.Match[str]) -> regex.Match[str] | None:
    """ "in 80% of tumor cells" after the score (a wrapped table cell may put it two lines
    down), then a percentage on the score's own line, then one in the score's own sentence, then
    a "Percentage of cells stained" row right below.
    A percentage never crosses another marker's label ("1+ negative / ER: positive (15%)") and
    is never taken from a rule or legend ("HERACLES: amplified when ratio >= 2 in >= 50% of cells")."""
    t, c, end = s.text, s.c, scope.end
    ls = line_start(t, sm.start())
    le = line_end(t, sm.end())
    pct_stop = min(len(t), sm.end() + 200, first_after(s.markers, sm.end()), s.next_mention_after(sm.end()))
    sent_lo = sentence_start(t, sm.start(), max(ls, sm.start() - 80), c)
    sent_hi = sentence_end(t, sm.end(), min(le, sm.end() + 80), c)
    candidates = (
        search(c.percent_of_cells, t, sm.end(), pct_stop),
        search(c.percent, t, max(ls, end), le),
        search(c.percent, t, max(end, sent_lo), sent_hi),
        _labelled_next_row(s, le),
        search(c.percent, t, sm.end(), le),  # "1+ on block A1 (30%); 3+ on block A2 (70%)": the 3+'s
    )
    for pct in candidates:
        if pct and _belongs_to_score(s, sm, pct):
            return pct
    return None


def _labelled_next_row(s: PageScanner, score_line_end: int) -> regex.Match[str] | None:
    """The percentage on the line after the score's, when that line's label says it is the share
    of stained cells ("Staining intensity: 3+" / "Percentage of tumor cells stained: 70%")."""
    t = s.text
    if score_line_end >= len(t):
        return None
    nxt = score_line_end + 1
    pct = search(s.c.percent, t, nxt, line_end(t, nxt))
    if pct and search(s.c.percent_row_label, t[nxt : pct.start()]):
        return pct
    return None


def _belongs_to_score(s: PageScanner, sm: regex.Match[str], pct: regex.Match[str]) -> bool:
    """No other marker's name nor another score between the score and the percentage, and no
    rule word in the clause that leads up to the percentage."""
    t, c = s.text, s.c
    lo, hi = min(pct.start(), sm.start()), max(pct.end(), sm.end())
    if first_after(s.markers, lo) < hi:  # markers are sorted: a bisection, not a scan of them all
        return False
    if sm.end() <= pct.start() and search(c.ihc_score, t, sm.end(), pct.start()):
        return False  # "IHC: 0." over a key's "3+ ... in >=50% of cells": the share is the 3+'s
    if pct.end() <= sm.start() and ";" in t[pct.end() : sm.start()] and c.block_part_tail.match(t, sm.end()):
        return False  # "1+ on block A1 (30%); 3+ on block A2": the 30% is block A1's (mend22a)
    reach = max(0, pct.start() - 80)
    clause_lo = max(t.rfind("(", reach, pct.start()), t.rfind("\n", reach, pct.start()), pct.start() - 80)
    clause_lo = sentence_start(t, pct.start(), max(0, clause_lo), c)
    if sm.end() <= pct.start():
        clause_lo = max(clause_lo, sm.end())
    return not search(c.percent_rule_context, t, clause_lo, pct.start())
