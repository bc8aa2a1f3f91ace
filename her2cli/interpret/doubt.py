"""The doubt gate on a positive call (gate13, session 13; docs/positive-check.md, "The doubt gate").

Every blind set landed with a few confident positives for reports that were not, each in a new
phrasing: the value the call rested on sat in a sentence that denied it ("ERBB2 amplification can
neither be confirmed nor excluded", "the HER2 3+ quoted in the history ... must not be applied to
this metastasis", "... refers to the sister's cancer, not this patient", "... including ERBB2
amplification, cannot rule out their presence"). A lab states its own result; it does not deny
around it. The gate asks that shape, not the wording: a positive stands only if at least one line
of the report that reads positive (a tissue test or a status statement) holds its value in a
clause with no negating word. The clause is the sentence of the value, cut at a label's colon and
where HER2 is named again, with brackets that do not hold the value left out; denying a lower
category ("not HER2-low, not ultralow -- HER2-POSITIVE") is no negation. It reads only the
call's evidence lines (interpret/verify.py runs it last; tools/heldout_gate.py scores it on the
held-out first readings of devset13-15 from their saved result JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..findings.clauses import clause_start, clause_stop
from ..findings.in_situ_clause import in_situ_contrast_start
from ..findings.other_gene_clause import other_gene_clause_start
from ..findings.sample_clauses import earlier_contrast_start, own_sample_clause_start
from ..model import Evidence
from ..rules import compiled
from ..rules.patterns import bind
from .verify_lines import MASK, evidence_line, mask_other_brackets, reads_positive

__all__ = ["DoubtWords", "doubt_kind", "doubtful_positive"]


@dataclass(frozen=True)
class DoubtWords:
    doubt_negation: regex.Pattern[str]
    doubt_clause_stop: regex.Pattern[str]
    doubt_other_test: regex.Pattern[str]


@cache
def doubt_words() -> DoubtWords:
    return bind(DoubtWords, ("verify",))


def _clause(text: str, at: int, end: int) -> tuple[str, int, int]:
    """The sentence holding text[at:end], with every bracket that does not hold the value blanked
    first (a clone, a share of cells, an aside; its own stops do not end the sentence), and where
    the value sits in it. The clause ends at a sentence end or where HER2 is named again. Its stops
    are the rule record `doubt-clause-stop`, not the literal ends of the line readers
    (findings/clauses.py): a label's colon, a table's cell gap and a stop at the line's end end
    this clause too, since the gate reads whole evidence lines, table rows among them."""
    masked = mask_other_brackets(text, at)
    stops = doubt_words().doubt_clause_stop
    lo = clause_start(masked, 0, at, stops)
    hi = clause_stop(masked, end, len(masked), stops)
    # another sample's clause before the value's own ("not amplified (core 2021), amplified
    # (excision)": fix24) is not the value's sentence
    lo = own_sample_clause_start(text, lo, at, hi)
    # a new statement on HER2 after the value ends its clause ("... AMPLIFIED (criterion) HER2
    # IHC was not performed on this specimen", rows joined without a full stop)
    again = compiled().her2.search(masked, end, hi)
    hi = again.start() if again is not None else hi
    # ... and so does another gene's or probe's clause ("amplified, TOP2A not amplified": fix22)
    hi = other_gene_clause_start(masked, end, hi, compiled())
    # ... and so does a contrast with the in-situ component ("amplified, unlike the DCIS, which is
    # not amplified": fix23)
    hi = in_situ_contrast_start(masked, end, hi)
    # ... and so does a contrast with an earlier sample ("amplified (ratio 4.0), unlike the prior
    # biopsy, which was not amplified": fix24)
    hi = earlier_contrast_start(masked, end, hi)
    return masked[lo:hi], at - lo, end - lo


def doubt_kind(ev: Evidence) -> str | None:
    """Why a line's value is in doubt ("negated"), or None."""
    text = ev.text
    at = text.find(ev.match) if ev.match else -1
    if at < 0:
        return None
    end = at + len(ev.match)
    words = doubt_words()
    if any(m.group() != ":" for m in words.doubt_clause_stop.finditer(text, at, end)):
        return None  # a match over several sentences: where its value sits is not known
    if words.doubt_negation.search(text, at, end):
        # a match over a denial ("1+ not performed ... 3+"): which words hold the value is not known
        return None
    clause, c_at, c_end = _clause(text, at, end)
    # the value's own part of a list: from the comma before it to the comma after it
    part_lo, part_hi = clause.rfind(",", 0, c_at), clause.find(",", c_end)
    part_hi = len(clause) if part_hi < 0 else part_hi
    around = clause[:c_at] + MASK * (c_end - c_at) + clause[c_end:]
    for found in words.doubt_negation.finditer(around):
        if found.group("noun") is not None and not part_lo < found.start() < part_hi:
            continue
        # the negation's own part of the list names another test ("3+ - no ISH needed")
        lo = around.rfind(",", 0, found.start()) + 1
        hi = around.find(",", found.end())
        if words.doubt_other_test.search(around, lo, len(around) if hi < 0 else hi):
            continue
        return "negated"
    return None


def doubtful_positive(status: str, evidence: Sequence[Evidence]) -> str | None:
    """For a positive call: why every line of the report that reads positive is in doubt, or None
    when one of them is plain (or the call is not positive, or no line reads positive)."""
    if status != "positive":
        return None
    lines = [evidence_line(ev, i) for i, ev in enumerate(evidence) if ev.text]
    positive = [ln for ln in lines if reads_positive(ln)]
    if not positive:
        return None
    kinds = [doubt_kind(ln.ev) for ln in positive]
    if any(kind is None for kind in kinds):
        return None
    return kinds[0]
