"""Whether a HER2 mention is about another cancer than this report's: a history clause or sentence
naming another site or organ ("Previous left breast cancer (2019) ... HER2 3+" in an ovarian
report, "History: ... HER2-positive breast cancer"), a sentence that names another cancer outright,
or HER2 as the adjective of another cancer ("HER2+ breast cancer" in a colon report).

A module of its own because it is one question with its own inputs (the report's cancer type and
organ, the site and organ words, history labels and sentences); context.py asks it among its
ordered checks (reason "history").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .criteria import sentence_opens_with_other_cancer
from .history_clause import refers_back_to_other_cancer
from .scope import SCOPE, line_end, line_start, search, section_at, sentence_start
from .sides import other_side_in_history
from .spread_sites import cancer_sites

if TYPE_CHECKING:
    from .scanner import PageScanner


def history_other_tumor(s: PageScanner, lo: int, hi: int, mention: int | None = None) -> bool:
    """The statement is about another cancer than this report's: a history clause naming
    another site, or a sentence that names another cancer outright ("a patient with HER2+
    breast cancer" in a colon report) and not this one."""
    clause = s.text[lo:hi]
    current = s.ctx.cancer_type
    sites = cancer_sites(s.c, clause)
    if current in sites and another_organ(s, clause):
        current = "another organ"  # both "other" sites, but not this report's organ
    if not sites and mention is not None and refers_back_to_other_cancer(s, lo, mention, hi):
        return True
    if other_side_in_history(s, lo, hi):
        return True
    if (
        mention is not None
        and sites
        and current not in sites
        and sentence_opens_with_other_cancer(s, mention)
    ):
        return True
    if not sites or current in sites:
        return False
    in_history = (
        section_at(s.sections, lo).kind == "history"
        or bool(search(s.c.context["history"], clause))
        or bool(search(s.c.context["attributed_after"], clause))
        or _history_opens_sentence(s, lo, hi)
        or (mention is not None and _under_history_label(s, mention))
    )
    if in_history:
        return True
    if current == "unknown" or mention is None:
        return False
    # without a history word, only another cancer named on the mention's own line counts
    line = s.text[max(lo, line_start(s.text, mention)) : min(hi, line_end(s.text, mention))]
    line_sites = cancer_sites(s.c, line)
    if current in line_sites:
        return False
    return any(search(s.c.cancer_phrase[k], line) for k in line_sites)


def another_organ(s: PageScanner, text: str) -> bool:
    """`text` names an organ of the "other" site (organ-word records) and not the report's own
    one: "Other primary: urothelial carcinoma of bladder" in a lung report."""
    own = s.ctx.organ
    if s.ctx.cancer_type != "other" or own is None or search(s.c.organ_words[own], text):
        return False
    return any(search(p, text) for k, p in s.c.organ_words.items() if k != own)


def _under_history_label(s: PageScanner, mention: int) -> bool:
    """The mention's line opens with a history label ("History: patient also treated for
    HER2-positive breast cancer (IHC 3+)", "CLIN HX: ...", "Antecedentes: ...") and names
    another cancer than this report's (checked by the caller): that cancer's result, not this
    tumour's (blind set 9 b9-f05-08, a pancreatic plasma report)."""
    ls = line_start(s.text, mention)
    lead = len(s.text[ls:mention]) - len(s.text[ls:mention].lstrip(" \t*-"))
    return bool(samples().history_heading.match(s.text, ls + lead, mention))


def _history_opens_sentence(s: PageScanner, lo: int, hi: int) -> bool:
    """A long history sentence whose history word lies before the mention's back reach:
    "Previous left breast cancer (2019) - invasive ductal carcinoma, ER negative, PR negative,
    HER2 3+ (HER2 positive)" in an ovarian report; its second HER2 name's clause starts at
    "left breast cancer" (devset6 b6-f07-04). The whole sentence is about that cancer."""
    sent_lo = sentence_start(s.text, lo, max(0, lo - SCOPE.statement), s.c)
    return sent_lo < lo and bool(search(s.c.context["history"], s.text, sent_lo, hi))


def describes_other_cancer(s: PageScanner, end: int) -> bool:
    """'HER2+ breast cancer' in a colon report: the name is an adjective of another cancer."""
    current = s.ctx.cancer_type
    if current == "unknown":
        return False
    follow = s.text[end : min(len(s.text), end + 60)]
    lead = s.c.adjective_lead.match(follow)
    rest = follow[lead.end() if lead else 0 :]
    # of the "other" site, an organ other than the report's ("HER2-positive urothelial carcinoma"
    # in a lung report, left12)
    own = s.ctx.organ if current == "other" else None
    words = [*(p for k, p in s.c.site_words.items() if k != current)]
    words += [p for k, p in s.c.organ_words.items() if own is not None and k != own]
    for pattern in words:
        site = pattern.match(rest)
        if site and s.c.cancer_noun_after.match(rest[site.end() :]):
            return True
    return False
