"""The invasive tumour's score in a ";"-clause after a score the in-situ component labels: "HER2: 3+
in the DCIS; the invasive carcinoma is 1+", "DCIS 3+; invasive carcinoma: 2+" (fix27). HER2 is
scored on the invasive tumour only (ASCO/CAP 2018): the in-situ score is set aside
(findings/set_aside.py, reason "subregion"), and the mention's near scope ends at the ";", so the
invasive tumour's own score was never read and the report read not found.

`invasive_clause_scores` reads the score of each later ";"-clause of the line that names the
invasive tumour and no in-situ component, when the last score read is the in-situ component's;
`in_invasive_clause` tells the in-situ check (findings/context.py) that such a score's own clause,
or its own row under the HER2 name ("  DCIS: 3+" over "  Invasive carcinoma: 1+"), is the invasive
tumour's, whatever the clause or row before it names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind
from .block_clauses import later_clause_scores
from .scope import finditer, line_end, line_start, search

if TYPE_CHECKING:
    from .mention_scope import MentionScope
    from .model import Finding
    from .scanner import PageScanner

CLAUSE_REACH = 120  # characters an invasive tumour's clause may run to its ";"
LEAD_REACH = 60  # characters of the clause before its score ("the invasive ductal carcinoma shows")
LABEL_REACH = 60  # characters before a score where its in-situ label may start (findings/set_aside.py)
_MAX_CLAUSES = 2


@dataclass(frozen=True)
class _Words:
    in_situ_clause_word: regex.Pattern[str]
    invasive_clause_word: regex.Pattern[str]
    invasive_clause_opening: regex.Pattern[str]
    in_invasive_after_score: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ish", "document"))


def _invasive_clause(s: PageScanner, lo: int, hi: int) -> bool:
    """text[lo:hi] is the invasive tumour's own clause or row: it names no in-situ component, and
    opens with the invasive tumour's name ("the invasive carcinoma is 1+", "Invasive carcinoma: 1+",
    "IDC 1+") or says its score of it ("1+ in the invasive carcinoma")."""
    t, w = s.text, _words()
    if search(w.in_situ_clause_word, t, lo, hi) is not None:
        return False
    if w.invasive_clause_opening.match(t, lo, hi) is not None:
        return True  # "the invasive carcinoma is 1+", "IDC 1+"
    if search(w.invasive_clause_word, t, lo, hi) is None:
        return False
    return any(w.in_invasive_after_score.match(t, m.end(), hi) for m in finditer(s.c.ihc_score, t, lo, hi))


def _in_situ_labelled(s: PageScanner, m: regex.Match[str]) -> bool:
    t, c = s.text, s.c
    lo = max(line_start(t, m.start()), m.start() - LABEL_REACH)
    return bool(c.in_situ_before_score.search(t, lo, m.end()) or c.in_situ_after_score.match(t, m.end()))


def invasive_clause_scores(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> list[regex.Match[str]]:
    """`scores` and the score of each later ";"-clause naming the invasive tumour, when the near
    scope ends at a ";" and its last score is the in-situ component's."""
    t, c = s.text, s.c
    if not scores or scope.near_stop >= len(t) or t[scope.near_stop] != ";":
        return scores
    if not _in_situ_labelled(s, scores[-1]):
        return scores

    def invasive_clause(at: int, stop: int) -> tuple[regex.Match[str], int] | None:
        semi = t.find(";", at, min(stop, at + CLAUSE_REACH))
        end = semi if semi >= 0 else min(stop, at + CLAUSE_REACH)
        sm = search(c.ihc_score, t, at, min(end, at + LEAD_REACH))
        if sm is None or not _invasive_clause(s, at, end):
            return None
        if search(c.ihc_score, t, sm.end(), end) is not None:
            return None  # two scores in the invasive tumour's clause: not read here
        return sm, end

    return scores + later_clause_scores(t, scope.near_stop, ";", _MAX_CLAUSES, invasive_clause)


def in_invasive_clause(s: PageScanner, lo: int, f: Finding) -> bool:
    """The ";"-clause holding the IHC value's score, or its row when that is a line of its own below
    `lo`, is the invasive tumour's: the score is the invasive tumour's whatever the clause or row
    before it names ("...; the invasive carcinoma is 1+", "  DCIS: 3+" over "  Invasive carcinoma:
    1+"). The score's own token decides, not the call word the value may have taken from a row below."""
    t = s.text
    pos = _score_token(s, f)
    if pos is None:
        return False
    row = line_start(t, pos)
    semi = t.rfind(";", max(lo, row), pos)
    if semi >= 0:
        start = semi + 1
    elif row > lo:
        start = row
    else:
        return False
    nxt = t.find(";", pos, line_end(t, pos))
    return _invasive_clause(s, start, nxt if nxt >= 0 else line_end(t, pos))


def _score_token(s: PageScanner, f: Finding) -> int | None:
    """Where the value's own score token starts: the last one in its span that gives its score."""
    from .ihc import score_from_match  # ihc.py imports this module: imported when met

    score = f.values.get("score")
    found = None
    for m in finditer(s.c.ihc_score, s.text, max(f.nstart, 0), f.nend):
        if score is not None and score_from_match(m)[0] == score:
            found = m.start()
    return found
