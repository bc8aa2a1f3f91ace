"""A score the statement gives as the current one after an earlier one, without naming HER2 again:
"HER2 was 3+ at diagnosis; it is now 1+", "Le statut HER2 était 3+ au diagnostic ; il est
actuellement 0" (probe13, trap family 2), "HER2 IHC 3+ -> 1+ (correction)" (probe15c). Without it the earlier score was the mention's only
value and was kept (interpret/earlier.py keeps a lone earlier value); with it the earlier one,
marked by its own cue, is set aside by this current one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .mention_scope import MentionScope
from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner


def with_now_score(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> list[regex.Match[str]]:
    """`scores` and, after the last of them and within the mention's far scope, a score led by
    "now" / "currently" / "actualmente" ... when no other marker or HER2 name comes between."""
    if not scores:
        return scores
    t, c = s.text, s.c
    after = scores[-1].end()
    hi = min(max(scope.far_stop, scope.near_stop), s.next_mention_after(after))
    lead = search(c.now_score_lead, t, after, hi)
    if lead is None or search(c.other_marker_ci, t, after, lead.start()):
        return scores
    now = c.ihc_score.match(t, lead.end(), hi)
    if now is None and lead.group(0).lstrip()[:1] in ("-", "="):
        # "3+ -> 1+ (correction)": the score reader takes no score right after a ">" (">  10%"),
        # so the arrow is read as blank, keeping every offset (probe15c family amendment_verbs)
        blank = t[: lead.start()] + " " * (lead.end() - lead.start()) + t[lead.end() :]
        now = c.ihc_score.match(blank, lead.end(), hi)
    return scores if now is None else [*scores, now]
