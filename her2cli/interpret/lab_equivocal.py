"""The lab's own equivocal word keeps an ISH result it would otherwise lose to a computed one.

Two ways a report leaves its ISH result equivocal in words the status readers do not take for
the ISH's own:

- a group 2-4 worked out from the numbers, and the lab's only HER2 call after it is equivocal
  ("we regard the HER2 status of the residual tumour as INDETERMINATE / EQUIVOCAL and recommend
  repeat testing", devset21 b21-f02-10): the lab had the IHC and declined to settle the group, as
  with a labelled final word (interpret/group_word.hold_for_final_word_equivocal);
- a ratio in the band the ASCO/CAP 2007 cut-offs called equivocal (1.8-2.2) and a labelled result
  line that says equivocal and nothing else, with no HER2 name ("RESULT:  EQUIVOCAL (ratio 1.98)"
  under a key of the 2007 ranges, devset21 b21-f03-04): the lab's call, where today's groups would
  compute not amplified below 2.0.

Both move only towards equivocal, the safe direction (facts.md §11: the report's own final call).
"""

from __future__ import annotations

from ..findings import Finding
from ..findings.clauses import ClauseEnds, clause_stop
from ..model import Ihc, Ish
from ..rules import compiled
from .notes import Notes
from .rule_sets import RuleSet

OLDER_EQUIVOCAL_RATIO = (1.8, 2.2)  # ASCO/CAP 2007 (readings.py, facts.md §2)
# where a result's own clause ends on its line: a ";" with or without its space ("EQUIVOCAL;IHC
# was done elsewhere"), as interpret/unreviewed.py reads a clause before its value
CLAUSE_ENDS = ClauseEnds((";", ". "))


def hold_for_lone_equivocal_call(
    rules: RuleSet, ish: Ish | None, statements: list[Finding], found: list[Finding]
) -> None:
    """A computed group 2-4 stays equivocal when every HER2 call of the lab's (naming no test, or
    ISH) is equivocal and the last one comes after every ISH value: the lab's word for it. A call
    the report marks as earlier (a history line's quote) is not the lab's call on this sample."""
    if ish is None or not rules.uses_asco_cap_groups or ish.group not in (2, 3, 4):
        return
    if ish.result != "equivocal" or ish.result_from != "computed":
        return
    # an earlier sample's quoted call is no word on this one ("Hx: breast ca 2016, HER2 negative by
    # FISH" above the metastasis's "reported as EQUIVOCAL / INDETERMINATE", variants13a v13a-f02-05)
    calls = [f for f in statements if f.values.get("method") in (None, "ish") and not f.earlier]
    if not calls or any(f.values.get("call") != "equivocal" for f in calls):
        return
    last = max(calls, key=lambda f: f.order)
    if any(f.family == "ish" and f.order > last.order for f in found):
        return  # an equivocal IHC-stage word before the ISH it asked for
    ish.result_from = "lab"


def _own_clause(rest: str) -> str:
    """The words after a result label up to the end of their clause."""
    return rest[: clause_stop(rest, 0, len(rest), CLAUSE_ENDS)]


def _equivocal_only(rest: str) -> bool:
    """The words after a result label, to the end of their clause, state equivocal, no other ISH
    result, and no IHC ("RESULT: EQUIVOCAL (ratio 1.87); IHC was done elsewhere" is the ISH's)."""
    c = compiled()
    rest = _own_clause(rest)
    if c.amp_equivocal.search(rest) is None:
        return False
    if any(p.search(rest) for p in c.ish_result_words.values()):
        return False
    return c.ihc_score.search(rest) is None and "ihc" not in rest.lower()


def _calls_other_result(rest: str) -> bool:
    """The words after a result label, to the end of their clause, name an ISH result other than
    equivocal ("Result: amplified"), and no IHC (the IHC's "Result: negative (1+)" is not it)."""
    c = compiled()
    rest = _own_clause(rest)
    if c.ihc_score.search(rest) is not None or "ihc" in rest.lower():
        return False
    return c.amp_equivocal.search(rest) is None and any(p.search(rest) for p in c.ish_result_words.values())


def hold_older_band_result_line(ish: Ish | None, ihc: Ihc | None, text: str, warnings: Notes) -> None:
    """A computed ISH result whose ratio lies in the 2007 equivocal band, in a report with a
    labelled result line that says only equivocal, is the lab's equivocal. With an IHC score read
    in the report, the line must name the ISH (its method or its ratio): "RESULT: EQUIVOCAL" may
    be the IHC's own word. The warning that the result was worked out from the ratio is taken back."""
    if ish is None or ish.result_from != "computed" or ish.ratio is None:
        return
    low, high = OLDER_EQUIVOCAL_RATIO
    if not low <= ish.ratio <= high or "quivocal" not in text.lower():
        return  # a cheap look first
    c = compiled()
    scored = ihc is not None and ihc.score is not None
    held = False
    for line in text.split("\n"):
        m = c.result_line_label.match(line)
        if m is None or c.key_row_cutoff.search(line, m.end()):
            continue  # a key's row ("Result: equivocal (ratio 1.8 - 2.2)"), not this tumour's
        rest = line[m.end() :]
        if _calls_other_result(rest):
            return  # the lab's result line names amplified or not: no lone equivocal (review19)
        if not _equivocal_only(rest):
            continue
        if scored and not (c.ish_method.search(line) or "ratio" in line.lower()):
            continue
        held = True
    if held:
        ish.result, ish.result_from = "equivocal", "lab"
        warnings.drop("ish_computed")  # the lab stated it: nothing was worked out from the ratio
