"""A HER2 name that a sentence about what the test can detect governs ("this assay is expected to
detect\\nERBB2 amplification if present", "The panel can detect ERBB2 amplification at a plasma
copy number of 2.2 or more", "Limit of detection for ERBB2 amplification: ..."): the words and
numbers after it describe the assay, not this sample (fix21: devset23 b23-f05-05 read amplified,
own probes read POSITIVE beside the sample's own "not amplified")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .clauses import ClauseEnds, clause_start
from .scope import finditer, line_end

if TYPE_CHECKING:
    from ..rules import Compiled

# the clause before the name, across a wrapped line: a sentence end, a blank line, a semicolon,
# a colon or a comma ends it (a lead before a comma governs another item: "using an assay
# designed to detect low expression, HER2 IHC: 1+")
CAPABILITY_CLAUSE = ClauseEnds((". ", ".\n", "\n\n", ";", ":", ","))
LEAD_REACH = 120  # characters before the name searched for the lead
LEAD_GAP = 60  # characters at most between the lead and the name ("detect focal gains of ERBB2")
OBJECT_REACH = 40  # characters after the name's start searched for its copy-number word


def governed_by_capability(text: str, start: int, c: Compiled, names: Sequence[int]) -> bool:
    """The name at `start` is the object of a capability lead in its clause, with no other HER2
    name (`names`: the starts of the report's HER2 names) nor a verb between the lead and it."""
    lo = max(0, start - LEAD_REACH)
    if "detect" not in text[lo:start].lower() and "lod" not in text[lo:start].lower():
        return False  # the cheap guard: most names have no such word before them
    lo = clause_start(text, lo, start, CAPABILITY_CLAUSE)
    leads = list(finditer(c.capability_lead, text, lo, start))
    if not leads:
        return False
    lead_end = leads[-1].end()
    if start - lead_end > LEAD_GAP or any(lead_end <= n < start for n in names):
        return False
    # a verb between ends the lead's clause: "NGS that can detect gains showed ERBB2 amplification"
    if c.capability_gap_verb.search(text, lead_end, start) is not None:
        return False
    # the lead's object is a copy-number finding, not an expression heading's "detect HER2-low"
    after = min(start + OBJECT_REACH, line_end(text, start))
    return c.capability_object.search(text, lead_end, after) is not None
