"""A bracketed purpose beside a HER2 test's heading: "HER2 TESTING (requested for zanidatamab
eligibility)" over "Score ....... 3+" says why the test was done. Its "requested" is a pending word
(context.toml pending-ordered-word), and a pending word in a name's near words kept the score
further on from being read, so the report's own 3+ read not_found (probe21: devset15 b15-f07-04).
A pending word counts unless every one in the words lies in such an aside (ihc.toml
purpose-request-aside): one outside it ("result to follow") still holds the score back."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind
from .scope import finditer

if TYPE_CHECKING:
    from .scanner import PageScanner

CUE = "for"  # a literal every aside holds: the look before any regex


@dataclass(frozen=True)
class _Words:
    purpose_request_aside: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ihc",))


def only_purpose_requests(s: PageScanner, lo: int, hi: int) -> bool:
    """Every pending word in text[lo:hi] lies inside a bracketed purpose aside."""
    t = s.text
    if CUE not in t[lo:hi]:
        return False
    asides = [m.span() for m in finditer(_words().purpose_request_aside, t, lo, hi)]
    if not asides:
        return False
    return all(
        any(a <= m.start() and m.end() <= b for a, b in asides)
        for m in finditer(s.c.context["pending"], t, lo, hi)
    )
