"""Which side of the body a result is about: the side the report's own specimen is from (its
specimen, site and diagnosis lines), and history clauses about the other side's cancer, which is
another tumor of the same organ (tests/variants5 v5-C-03)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules import Compiled
from .scope import finditer, search, section_at

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
    sides = {side_of(m.group("side")) for m in finditer(c.specimen_side, joined)} - {None}
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
    )
