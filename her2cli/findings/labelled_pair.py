"""Two amplification calls side by side, each with its own bracketed label: "amplified (tumour), not
amplified (control)", "amplified (part A), not amplified (part B)", "not amplified (DCIS), amplified
(invasive)". Read as one word and a negation after it, every such pair was NEGATIVE (within one
statement a negation wins, findings/ish.py). They are two calls: a control's or normal tissue's call
is no result of the tumour, and of two parts of the tumour the amplified one is kept, since a tumour
amplified in one part is not negative (the highest of a tumour's parts, as for IHC; facts.md §11).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind

if TYPE_CHECKING:
    from ..rules.compiled import Compiled

Polarities = list[tuple[str | None, regex.Match[str]]]
OPPOSITE = frozenset({"amplified", "not_amplified"})


@dataclass(frozen=True)
class _Words:
    amp_own_label: regex.Pattern[str]
    amp_control_label: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ish",))


def _label_after(t: str, end: int) -> str | None:
    m = _words().amp_own_label.match(t, end)
    return m.group("label") if m is not None else None


def _names_control(label: str | None) -> bool:
    return label is not None and _words().amp_control_label.search(label) is not None


def drop_labelled_pair_side(t: str, c: Compiled, found: Polarities) -> Polarities:
    """`found` less the side of each labelled pair of opposite calls that is not the tumour's result."""
    dropped: set[int] = set()
    for (p1, a1), (p2, a2) in zip(found, found[1:], strict=False):
        if {p1, p2} != OPPOSITE:
            continue
        pair = c.amp_labelled_pair.match(t, a1.end())
        if pair is None or pair.end() != a2.start():
            continue
        first, second = pair.group("label"), _label_after(t, a2.end())
        if _names_control(second):
            dropped.add(a2.start())
        elif _names_control(first):
            dropped.add(a1.start())
        else:
            dropped.add(a1.start() if p1 == "not_amplified" else a2.start())
    return [(p, a) for p, a in found if a.start() not in dropped]
