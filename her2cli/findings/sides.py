"""Which side of the body a result is about: the side the report's own specimen is from (its
specimen, site and diagnosis lines), and history clauses about the other side's cancer, which is
another tumor of the same organ (tests/variants5 v5-C-03)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import Compiled
from .earlier import report_year
from .scope import finditer, line_anchored_matches, search, section_at

if TYPE_CHECKING:
    from .scanner import PageScanner

SIDES = {
    "left": "left",
    "izquierdo": "left",
    "izquierda": "left",
    "right": "right",
    "derecho": "right",
    "derecha": "right",
}


def side_of(word: str) -> str | None:
    """left or right for a side word ("RIGHT", "izquierda")."""
    return SIDES.get(word.lower())


def specimen_side(joined: str, c: Compiled) -> str | None:
    """The side the report's specimen is from, when its specimen, site and diagnosis lines name
    one side only (a bilateral report names both, and has no side)."""
    sides = {side_of(m.group("side")) for m in line_anchored_matches(c.specimen_side, joined)} - {None}
    return sides.pop() if len(sides) == 1 else None


def other_side_in_history(s: PageScanner, lo: int, hi: int) -> bool:
    """A history clause about the other side's cancer ("History: Known LEFT breast invasive
    carcinoma (2022), HER2-positive (IHC 3+; FISH ratio 6.2)" in a report on a RIGHT breast core;
    "contralateral breast cancer in 2019"): the same organ, another tumor (variants5 v5-C-03)."""
    t, c = s.text, s.c
    sides: set[str | None] = set()
    other = False
    for m in finditer(c.side_word, t, lo, hi):
        if m.group("other"):
            other = True
        else:
            sides.add(side_of(m.group("side")))
    if not (other or (s.ctx.side is not None and sides and s.ctx.side not in sides)):
        return False
    return (
        section_at(s.sections, lo).kind == "history"
        or search(c.context["history"], t, lo, hi) is not None
        or search(c.context["earlier_label"], t, lo, hi) is not None
        or _dated_before_report(s, lo, hi)
    )


def _dated_before_report(s: PageScanner, lo: int, hi: int) -> bool:
    """The other side's clause is dated before the report ("Left breast cancer 2020 was HER2
    amplified" in a report on a right breast core; safety7, blind set 7 b7-f07-02): that cancer's
    history, written without a history word. A report whose own year is unknown (findings/earlier.py)
    takes any year as earlier: a report naming one side dates the other side's cancer only when it
    is history (a bilateral report has no single side, and this check is not reached)."""
    years = [int(m.group(0)) for m in finditer(s.c.year, s.text, lo, hi)]
    if not years:
        return False
    this_year = report_year(s)
    return this_year is None or min(years) < this_year
