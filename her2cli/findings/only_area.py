"""One area counted when it is the only area there is: "HER2 FISH (20 nuclei, area 1 only, the only
invasive focus present): ratio 4.2 ... AMPLIFIED", "ratio 1.2 (region B only; region A had no
invasive tumour), not amplified". fix22's subregion rule read "area N only" as a heterogeneity
note beside the whole tumour's result, and so read such a report not_found when the report gives
no other result at all (review22 R4). A count of one area only is a regional note only when the
report gives another ISH value or call outside that sentence (the whole tumour's, or another
area's); with none, that area's count is the tumour's result."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner


def _only_area(hit: regex.Match[str]) -> bool:
    """The subregion cue says its count is of one area only ("area 2 only", "only in region B")."""
    low = hit.group(0).lower()
    return low.startswith("only") or low.endswith("only")


def _value_elsewhere(s: PageScanner, lo: int, hi: int) -> bool:
    """The report gives another ISH ratio, mean copy number or amplification word outside the
    sentence [lo, hi): "Remaining tumour: 1.4 (mean HER2 2.8 signals/cell)" is the rest of the
    tumour's count, so the one area's is a regional note."""
    t, c = s.text, s.c
    return any(
        search(p, t, a, b) is not None
        for p in (c.ratio, c.amp_word, c.ish_copy, c.ish_copy_after)
        for a, b in ((0, lo), (hi, len(t)))
        if a < b
    )


def only_area_is_tumour(s: PageScanner, hit: regex.Match[str], lo: int, hi: int) -> bool:
    """The subregion cue `hit` in the ISH value's sentence [lo, hi) names one area only, and the
    report gives no other ISH value or call: that area's count is the tumour's result."""
    return _only_area(hit) and not _value_elsewhere(s, lo, hi)
