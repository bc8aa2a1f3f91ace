"""A HER2 clause with no site of its own that is about another cancer named before it: it points
back at that cancer ("That tumor was reported ..."), or it is joined by a semicolon to a history
clause about another cancer: "Prior history: gastric adenocarcinoma 2015 treated by gastrectomy;
HER2 at that time reported as 3+" in a report on a colorectal liver metastasis (tests/devset9
b9-f07-08). The statement bounds end a clause at a semicolon, so the HER2 clause alone names no
site; the sentence it belongs to opens with the history of another cancer, and the result is that
cancer's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import SCOPE, search, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

CLAUSES_BACK = 2  # semicolon-joined clauses read back from the mention's own clause


def refers_back_to_other_cancer(s: PageScanner, lo: int, mention: int, hi: int) -> bool:
    """The mention's clause [lo, hi), which names no site, is about another cancer than this
    report's, named just before it (the caller, other_cancer.history_other_tumor, checks the site)."""
    return points_back_to_other_cancer(s, mention, hi) or joined_to_other_cancer_history(s, lo)


def points_back_to_other_cancer(s: PageScanner, mention: int, hi: int) -> bool:
    """'Breast carcinoma removed in 2004. That tumor was reported to be negative for HER2' in an
    ovarian report: the mention's sentence names no site near the name but points back ("that
    tumor", "the earlier carcinoma") at the words before it, which name another cancer than
    this report's."""
    t, c = s.text, s.c
    sent_lo = sentence_start(t, mention, max(0, mention - SCOPE.statement), c)
    anaphor = search(c.context["anaphor"], t, sent_lo, hi)
    if anaphor is None:
        return False
    # the sentence the anaphor points back to (a full stop just before it ends that sentence)
    ref_lo = sentence_start(t, max(0, anaphor.start() - 3), max(0, anaphor.start() - SCOPE.statement), c)
    sites = {k for k, p in c.site_words.items() if search(p, t, ref_lo, anaphor.start())}
    return bool(sites) and s.ctx.cancer_type not in sites


def joined_to_other_cancer_history(s: PageScanner, lo: int) -> bool:
    """The clause before `lo` (over at most CLAUSES_BACK semicolons, within one sentence) holds a
    history word and names a cancer site, none of them this report's. The caller has checked that
    the mention's own clause names no site (a clause naming this report's cancer is its own)."""
    t, c = s.text, s.c
    end = lo
    for _ in range(CLAUSES_BACK):
        semicolon = _last_non_space(t, end)
        if semicolon == 0 or t[semicolon - 1] != ";":
            return False
        start = sentence_start(t, semicolon - 1, max(0, semicolon - 1 - SCOPE.statement), c)
        sites = {k for k, p in c.site_words.items() if search(p, t, start, semicolon - 1)}
        if s.ctx.cancer_type in sites:
            return False
        if sites and search(c.context["history"], t, start, semicolon - 1):
            return True
        end = start
    return False


def _last_non_space(t: str, end: int) -> int:
    """The position just after the last character before `end` that is not white space (0 when
    there is none within a line's reach: a clause boundary lies right before the clause)."""
    floor = max(0, end - 80)
    while end > floor and t[end - 1].isspace():
        end -= 1
    return end if end > floor or floor == 0 else 0
