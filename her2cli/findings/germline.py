"""An inherited (germline) gene test is not the tumour's HER2 status: a hereditary panel that
lists ERBB2 and says "Result: Negative" reports no inherited variant, not a HER2-negative tumour
(facts.md §10: keep tumour and germline testing apart; probe12b family 4). A germline test has no
IHC score or ISH value, so only a status statement that names no test, or an NGS value, is set
aside under a germline cue. A hereditary panel names the gene (ERBB2): a line below a germline
one that names HER2 ("Germline BRCA testing: negative." over "HER2: negative") is the tumour's
receptor status, so a HER2 name needs the cue on its own line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_scope import MentionScope
from .model import Finding
from .scope import finditer, line_start, search

if TYPE_CHECKING:
    from .scanner import PageScanner

GERMLINE_REACH = 400  # characters from the germline cue to the HER2 name, at most


def _germline_kind(f: Finding) -> bool:
    """A value a germline test could have given: an NGS value, or a statement naming no stain."""
    if f.family == "ngs":
        return True
    return f.family == "status_statement" and f.values.get("method") not in ("ihc", "ish")


def under_germline_test(s: PageScanner, scope: MentionScope, values: list[Finding]) -> bool:
    """A germline test named in the mention's paragraph before it, with no tumour or somatic test
    (or a germline test not done) named between it and the mention."""
    if not values or not all(_germline_kind(f) for f in values):
        return False
    t, start = s.text, scope.start
    para = t.rfind("\n\n", 0, start)
    lo = max(para + 2 if para >= 0 else 0, start - GERMLINE_REACH)
    if "erbb" not in t[start : scope.end].lower():
        lo = max(lo, line_start(t, start))
    last = None
    for m in finditer(s.c.germline_test, t, lo, start):
        last = m
    if last is None:
        return False
    return search(s.c.germline_test_blocker, t, last.end(), start) is None
