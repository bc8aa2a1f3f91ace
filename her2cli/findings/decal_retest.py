"""A negative score the lab itself does not stand behind: a decalcified bone biopsy's "HER2 IHC:
0 (no membrane staining). Note decalcification may affect immunoreactivity; pathologist recommends
HER2 testing on a non-decalcified lesion" (variants13b v13b-f02-04). Acid decalcification can
abolish HER2 staining, so a 0 or 1+ with advice to retest a non-decalcified sample is no result
(not_found rather than negative: docs/clinical-rules.md, the decalcified-sample rule). A 2+ or 3+
stands: decalcification does not make staining appear."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import search

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

REACH = 320  # characters after the score where the lab's advice may stand (its paragraph)
NEGATIVE_SCORES = ("0", "1+", "0-ultralow", "0-null")


def _is_negative_score(f: Finding) -> bool:
    return f.family == "ihc" and f.values.get("score") in NEGATIVE_SCORES


def retest_advised_after_decal(s: PageScanner, values: list[Finding]) -> bool:
    """Every value is a negative IHC score, and the advice to test a non-decalcified sample follows
    in the same paragraph (a blank line ends it)."""
    if not values or not all(_is_negative_score(f) for f in values):
        return False
    t = s.text
    last = max(f.nend for f in values)
    hi = min(len(t), last + REACH)
    blank = t.find("\n\n", last, hi)
    hi = blank if blank >= 0 else hi
    if "decalc" not in t[last:hi].lower():
        return False  # the cheap guard: no decalcification word near
    return search(s.c.decal_retest_advised, t, last, hi) is not None
