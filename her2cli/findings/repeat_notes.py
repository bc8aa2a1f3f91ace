"""Repeat notes: a report that says a HER2 test is being repeated ("HER2 IHC is being repeated on
block A2", "FISH will be repeated") voids that test's values near it: the result to come is the
one that counts. A note about another marker's stain ("ER and Ki-67 stains are being repeated")
voids nothing of HER2. Read by findings/context.py before any value is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import ClauseEnds, clause_start
from .scope import finditer

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

REPEAT_SUBJECT_REACH = 60  # characters of a repeat note's clause before its stain word
# what ends the clause before a repeat note's stain word: a sentence, a semicolon, a label's colon,
# a line, a list's comma ("ER and Ki-67 stains are being repeated" names its own stains)
REPEAT_CLAUSE = ClauseEnds((". ", ";", ":", "\n", ","))
ISH_STAINS = ("fish", "ish", "sish", "cish", "dish")


def test_of(f: Finding) -> str | None:
    """The HER2 test a value is a reading of (a statement without a method names none)."""
    if f.family in ("ihc", "her2_low"):
        return "ihc"
    if f.family == "ish":
        return "ish"
    method = f.values.get("method") if f.family == "status_statement" else None
    return method if method in ("ihc", "ish") else None


def _repeated_tests(stain: str) -> frozenset[str]:
    """The HER2 tests a repeated stain word names: FISH/ISH or a signal recount the ISH, a stain
    or IHC the IHC, an assay or test both."""
    word = stain.lower()
    if word in ISH_STAINS or "count" in word:  # a signal recount is the ISH's
        return frozenset({"ish"})
    if word.startswith(("stain", "immuno", "ihc", "ihq", "inmuno", "imuno", "tinci", "colora", "marca")):
        return frozenset({"ihc"})
    return frozenset({"ihc", "ish"})


def _repeat_subject(t: str, stain_start: int) -> tuple[int, str]:
    """Where the clause of a repeat note starts, and its words before the stain word."""
    lo = max(0, stain_start - REPEAT_SUBJECT_REACH)
    start = clause_start(t, lo, stain_start, REPEAT_CLAUSE)
    return start, t[start:stain_start]


def _about_another_marker(s: PageScanner, subject: str) -> bool:
    """The marker nearest before a repeated stain word is not HER2 ("HER2 1+ and the Ki-67
    immunostain"), unless HER2 is listed with it ("HER2 and ER stains")."""
    c = s.c
    others = sorted(m.span() for p in (c.other_marker_ci, c.other_marker_cs) for m in p.finditer(subject))
    if not others:
        return False
    her2 = [m.span() for m in c.her2.finditer(subject)]
    if not her2:
        return True
    later = [o for o in others if o[0] >= her2[-1][1]]
    if not later:
        return False  # HER2 is the marker nearest the stain word
    return not c.gene_list_joiners.match(subject[her2[-1][1] : later[0][0]])


def repeated_tests(s: PageScanner, lo: int, hi: int, mention: int | None = None) -> frozenset[str]:
    """The HER2 tests that repeat notes in text[lo:hi] void ("HER2 IHC is being repeated": the
    IHC). A note about another marker's stain ("ER and Ki-67 stains are being repeated") voids
    nothing of HER2. With `mention`, only notes whose clause holds that HER2 name count."""
    voided: set[str] = set()
    for m in finditer(s.c.stain_repeated, s.text, lo, hi):
        start, subject = _repeat_subject(s.text, m.start("stain"))
        if _about_another_marker(s, subject):
            continue
        if mention is not None and not start <= mention < m.start("stain"):
            continue
        voided |= _repeated_tests(m.group("stain"))
    return frozenset(voided)
