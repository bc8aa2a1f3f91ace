"""A score inside a scoring rule's share of cells: "HER2 (4B5), serous endometrial criteria (>30%
for 3+):", "(3+ requires >=10% of cells)", "(3+ = >30% of cells)". The score is the rule's bar,
not this tumour's score (fix23a, variants16a v16a-f07-04: the heading's 3+ was shown over the
block's 2+; with a 1+ under such a heading a report read POSITIVE).

Judged per score token, before it becomes a finding: a finding may span the tumour's score and
the rule's after it ("-> 3+  (threshold >30% for 3+ in this system)"), so a test of the finding's
end would drop the tumour's score with the rule's. Only where a "%" stands within the rule's reach
of the score (the look before any regex), and only for the one score of its line: a key that defines each
score by its share ("0 = no staining; 1+ = >10% faint incomplete; 2+ = >10% ...") is read as a key
by its several scores (findings/keys.py), which removing them one by one would hide (devset19
b19-f08-04)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..rules.patterns import bind
from .scope import line_end, line_start

REACH_BEFORE = 80  # characters before a score where its rule's share is written
REACH_AFTER = 40  # ... and after it


@dataclass(frozen=True)
class _Words:
    rule_share_before_score: regex.Pattern[str]
    rule_share_after_score: regex.Pattern[str]
    ihc_score: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ihc",))


def score_is_rule_share(text: str, start: int, end: int) -> bool:
    """The score token at text[start:end] is the score a scoring rule's share of cells is for."""
    lo, hi = max(0, start - REACH_BEFORE), min(len(text), end + REACH_AFTER)
    if "%" not in text[lo:hi]:
        return False
    w = _words()
    if not (w.rule_share_before_score.search(text[lo:end]) or _share_after(w, text, start, end, hi)):
        return False
    line_lo, line_hi = line_start(text, start), line_end(text, end)
    return not any(m.start() != start for m in w.ihc_score.finditer(text, line_lo, line_hi))


def _share_after(w: _Words, text: str, start: int, end: int, hi: int) -> bool:
    """The rule's share after the score; "3+ = >30%" only as an aside's opening ("(3+ = >30% of
    cells)"): a key's rows ("1+ = >10% faint; 2+ = >10% moderate") are read as a key."""
    m = w.rule_share_after_score.match(text, end, hi)
    if m is None:
        return False
    return not m.group(0).lstrip(" \t").startswith("=") or text[:start].rstrip(" \t").endswith("(")
