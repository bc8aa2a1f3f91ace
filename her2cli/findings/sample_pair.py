"""A measured value given for two samples on one line, each with its sample in brackets: "HER2 SISH
ratio: 4.2 (core biopsy 2021), 1.3 (excision)". The reader takes the first value after the name; on
a report about the excision that read POSITIVE from the earlier core's ratio. When the first bracket
names an earlier sample (a year, "pre-treatment", "prior", "diagnostic") and the second names a
sample that is not earlier, the second value is this report's (facts.md §11: the result on the
sample the report describes). Two samples neither of which is marked earlier are left as they are:
the same tumour's core and excision both count (the highest)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .values import to_float

if TYPE_CHECKING:
    from .scanner import PageScanner

MAX_RATIO = 50  # a larger number is no HER2/CEP17 ratio


def _earlier(label: str) -> bool:
    rules = samples()
    return any(
        p.search(label) is not None
        for p in (rules.earlier_sample, rules.pre_treatment, rules.first_biopsy, rules.year)
    )


def _names_sample(label: str) -> bool:
    rules = samples()
    return rules.row_sample_word.search(label) is not None or rules.current_sample.search(label) is not None


def current_sample_ratio(s: PageScanner, value_end: int) -> tuple[int, float] | None:
    """(end, value) of the second sample's ratio after the first value ending at `value_end`, when the
    first value's bracket names an earlier sample and the second's names one that is not."""
    m = s.c.ratio_sample_pair.match(s.text, value_end)
    if m is None:
        return None
    first, second = m.group("first"), m.group("second")
    if not _earlier(first) or _earlier(second) or not _names_sample(second):
        return None
    value = to_float(m.group("value"))
    if value is None or value > MAX_RATIO:
        return None
    return m.end("value"), value
