"""Every area named amplified: "amplified in area 1 (ratio 3.9) and in area 2 (ratio 4.4)",
"amplified in both regions". A value measured area by area is a heterogeneity note only when one
area differs from another; when every area named is amplified, the tumour is (fix22: review21 item
5, fix21a's subregion rule read such a report not_found)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner


def every_area_amplified(s: PageScanner, lo: int, hi: int) -> bool:
    """The sentence [lo, hi) names two or more areas amplified (rule `every-area-amplified`) and no
    area not amplified (no negated amplification word in it)."""
    c = s.c
    if search(c.every_area_amplified, s.text, lo, hi) is None:
        return False
    return search(c.area_not_amplified, s.text, lo, hi) is None
