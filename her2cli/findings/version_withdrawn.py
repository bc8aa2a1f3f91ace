"""Withdrawn versions: a later part of a report that withdraws an earlier addendum or
supplementary report by name ("ADDENDUM (16/03): the addendum of 15/03 was issued on the wrong
patient and is rescinded", "CORRECTION: The supplementary report above was issued in error and
should be disregarded", "Addendum #1 is retracted (sample mix-up)"). Every HER2 value of the
withdrawn version is set aside, whether or not a new result follows: a value only ever goes, so a
status can only get safer (findings/report_versions.py; probe15, family version_withdrawn).

The version meant is the one whose number the sentence gives ("Addendum 1"), else the nearest
addendum or correction written before the sentence's own version ("the addendum of 15/03", "the
supplementary report above"). A sentence in the version it names voids nothing here.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from typing import TYPE_CHECKING

from .scope import finditer

if TYPE_CHECKING:
    from ..rules import Compiled
    from .report_versions import Version


def _named(versions: list[Version], own: int, number: int | None, kinds: Collection[int]) -> int | None:
    """The index of the earlier version a withdrawal in version `own` names."""
    for i in range(own - 1, -1, -1):
        v = versions[i]
        if v.kind not in kinds:
            continue
        if number is None or v.number == number:
            return i
    return None


def withdrawn_versions(text: str, versions: list[Version], c: Compiled, kinds: Collection[int]) -> set[int]:
    """The indices of the versions a later version withdraws by name (of the `kinds` a name can
    mean: an addendum or a correction)."""
    starts = [v.start for v in versions]
    out: set[int] = set()
    for m in finditer(c.version_withdrawn, text):
        own = bisect.bisect_right(starts, m.start()) - 1
        if own < 1:
            continue
        number = int(m.group("num")) if m.group("num") else None
        named = _named(versions, own, number, kinds)
        if named is not None:
            out.add(named)
    return out
