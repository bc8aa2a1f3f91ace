"""A score the statement gives as the current one after an earlier one, without naming HER2 again:
"HER2 was 3+ at diagnosis; it is now 1+", "Le statut HER2 était 3+ au diagnostic ; il est
actuellement 0" (probe13, trap family 2), "HER2 IHC 3+ -> 1+ (correction)" (probe15c), or as
this tumour's own after a requirement's: "HER2 IHC 3+ would be required for trastuzumab
eligibility; this tumour is 1+" (fix27). Without it the earlier score was the mention's only
value and was kept (interpret/earlier.py keeps a lone earlier value); with it the earlier one,
marked by its own cue, is set aside by this current one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .mention_scope import MentionScope
from .model import Finding
from .scope import search

if TYPE_CHECKING:
    from .scanner import PageScanner

OWN_LEAD_REACH = 80  # "; in this case, the HER2 IHC score is" and its score: the lead's longest
OWN_TAIL_REACH = 80  # characters of the own score's clause after it, read for another marker or a control


def own_tumour_score(s: PageScanner, f: Finding) -> bool:
    """The IHC value's score is led by words naming this tumour ("; this tumour is 1+"): a score
    the report states of its own tumour, not a drug's or a rule's, though its statement names one."""
    return own_tumour_lead(s, f) is not None


def own_tumour_lead(s: PageScanner, f: Finding) -> int | None:
    """Where the words naming this tumour before the IHC value's score begin, or None."""
    if f.family != "ihc" or f.nend <= 0:
        return None
    t = s.text
    lo = max(f.nstart, f.nend - OWN_LEAD_REACH)
    for m in s.c.own_tumour_score_lead.finditer(t, lo, f.nend):
        if score_after_own_lead(s, m, f.nend) is not None:
            return m.start()
    return None


def score_after_own_lead(s: PageScanner, lead: regex.Match[str], hi: int) -> regex.Match[str] | None:
    """The score right after a lead naming this tumour; a bare digit only after the lead's own
    "score" word ("here the score is 0"), read from that word as the score reader reads it."""
    t, c = s.text, s.c
    now = c.ihc_score.match(t, lead.end(), hi)
    word = t[lead.start() : lead.end()].lower().rfind("score")
    if now is None and word >= 0:
        now = c.ihc_score.match(t, lead.start() + word, hi)
    if now is None:
        return None
    tail = c.own_lead_clause_end.search(t, now.end(), min(len(t), now.end() + OWN_TAIL_REACH))
    stop = tail.start() if tail is not None else min(len(t), now.end() + OWN_TAIL_REACH)
    if any(search(p, t, now.end(), stop) for p in (c.other_marker_ci, c.other_marker_cs, c.control_word)):
        return None  # "this tumour is 3+ for ER", "... on the control slide": not HER2's own score
    return now


def led_by_own_tumour(s: PageScanner, sm: regex.Match[str]) -> bool:
    """The score match `sm` is the one right after words naming this tumour ("; this tumour is 0")."""
    t = s.text
    for m in s.c.own_tumour_score_lead.finditer(t, max(0, sm.start() - OWN_LEAD_REACH), sm.end()):
        own = score_after_own_lead(s, m, sm.end())
        if own is not None and own.span() == sm.span():
            return True
    return False


def stated_after_statement(s: PageScanner, scope: MentionScope, values: list[Finding]) -> list[Finding]:
    """The values stated of this tumour in a clause after the mention's own statement ("HER2 IHC
    3+ is required for trastuzumab eligibility; here the score is 1+"): the statement's legend or
    condition is the other score's, and these are the tumour's result (fix27)."""
    out = []
    for f in values:
        lead = own_tumour_lead(s, f)
        if lead is not None and lead >= scope.statement_stop:
            out.append(f)
    return out


def with_now_score(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> list[regex.Match[str]]:
    """`scores` and, after the last of them and within the mention's far scope, a score led by
    "now" / "currently" / "actualmente" ... or by "this tumour is" (c.own_tumour_score_lead), when
    no other marker or HER2 name comes between."""
    if not scores:
        return scores
    t, c = s.text, s.c
    after = scores[-1].end()
    hi = min(max(scope.far_stop, scope.near_stop), s.next_mention_after(after))
    lead = search(c.now_score_lead, t, after, hi)
    own = search(c.own_tumour_score_lead, t, after, hi if lead is None else lead.start())
    if own is not None:  # "3+ would be required ...; this tumour is 1+" (fix27)
        if search(c.other_marker_ci, t, after, own.start()):
            return scores
        now = score_after_own_lead(s, own, hi)
        return scores if now is None else [*scores, now]
    if lead is None or search(c.other_marker_ci, t, after, lead.start()):
        return scores
    now = c.ihc_score.match(t, lead.end(), hi)
    if now is None and lead.group(0).lstrip()[:1] in ("-", "="):
        # "3+ -> 1+ (correction)": the score reader takes no score right after a ">" (">  10%"),
        # so the arrow is read as blank, keeping every offset (probe15c family amendment_verbs)
        blank = t[: lead.start()] + " " * (lead.end() - lead.start()) + t[lead.end() :]
        now = c.ihc_score.match(blank, lead.end(), hi)
    return scores if now is None else [*scores, now]
