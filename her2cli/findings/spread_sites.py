"""Which cancer sites a stretch of text names as a cancer's site: an organ named right before
"met" / "metastasis" ("HER2 IHC, lung met (2024): 0", "peritoneal metastasis") is where this cancer
spread, not another cancer, so it names no site here (fix19b: variants12b v12b-f12-04, a colon
cancer's table whose "lung met" rows made the report a lung cancer's and its HER2 another
cancer's). Asked by the history checks (findings/context.py, findings/earlier.py)."""

from __future__ import annotations

from ..rules import Compiled
from .scope import finditer


def cancer_sites(c: Compiled, text: str, lo: int = 0, hi: int | None = None) -> set[str]:
    """The site kinds whose words text[lo:hi] names other than as a metastasis's organ (only the
    "other" sites: "breast metastasis" names a breast cancer, devset9 b9-f04-03)."""
    end = len(text) if hi is None else hi
    sites = set()
    for kind, pattern in c.site_words.items():
        hits = list(finditer(pattern, text, lo, end))
        if hits and (kind != "other" or any(not c.site_spread_after.match(text, m.end()) for m in hits)):
            sites.add(kind)
    return sites
