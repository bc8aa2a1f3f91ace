"""A lab's "amplified" beside an ASCO/CAP 2018 ISH group 2-4 is no final call of its own.

Groups 2-4 are settled with the concurrent IHC, and the lab prints the final call (facts.md §2 and
§11). A report that writes "ratio 2.4 (amplified by ratio), mean 3.6 (Group 2) ... Final HER2
status with IHC 1+: negative" used "amplified" for the ratio alone: the report's own final word, or
an IHC of 0 or 1+, settles the ISH result, and it is not amplified (probe14b, family ish_group)."""

from __future__ import annotations

from ..findings import Finding
from ..model import Ihc, Ish
from ..rules import compiled
from .calls import Call
from .rule_sets import RuleSet


def group_word_call(rules: RuleSet, ihc: Ihc | None, ish: Ish | None, statement: Call | None) -> Call | None:
    """The settled ISH call where the lab's "amplified" sits beside a group 2-4, None to keep it:
    negative when the report's final word is negative or the IHC is 0 or 1+; equivocal for a
    group 2 or 4 with IHC 2+ and no final word (positive only after a recount the report would
    state); a 3+ (or a group 3 with 2+) keeps the lab's word."""
    if ish is None or ish.result != "amplified" or ish.result_from != "lab":
        return None
    if not rules.uses_asco_cap_groups or ish.group not in (2, 3, 4):
        return None
    if statement is Call.POSITIVE or statement is Call.CONFLICT:
        return None
    score = ihc.score if ihc is not None else None
    if score == "3+" or (ish.group == 3 and score == "2+"):
        return None
    if statement is Call.NEGATIVE or score in ("0", "1+"):
        return Call.NEGATIVE
    if score == "2+":
        return Call.EQUIVOCAL
    return None


def hold_while_workup_pending(rules: RuleSet, ish: Ish | None, text: str) -> None:
    """An ISH group 2-4 worked out from the numbers, in a report that says the workup the group
    needs is still to come ("Second observer count scheduled", "ISH Group 3, workup incomplete"):
    the IHC does not settle it yet, and the ISH stays equivocal, the lab's word for it (devset19
    b19-f12-05: IHC 2+ and a group 3 ratio read positive while the lab's second count was pending)."""
    if ish is not None and _workup_pending(rules, ish, text):
        ish.result_from = "lab"


def _workup_pending(rules: RuleSet, ish: Ish, text: str) -> bool:
    return (
        rules.uses_asco_cap_groups
        and ish.result == "equivocal"
        and ish.result_from == "computed"
        and ish.group in (2, 3, 4)
        and compiled().ish_workup_pending.search(text) is not None
    )


def last_final_word(statements: list[Finding]) -> Finding | None:
    """The report's last statement under a final label ("FINAL HER2 STATUS: EQUIVOCAL"), the lab's
    last word on HER2: both the ISH hold below and decide's final-word check read this one."""
    finals = [f for f in statements if f.values.get("final")]
    return max(finals, key=lambda f: f.order) if finals else None


def hold_for_final_word_equivocal(
    rules: RuleSet, ish: Ish | None, statements: list[Finding], found: list[Finding]
) -> None:
    """An ISH group 2-4 worked out from the numbers, in a report whose last labelled final word on
    HER2 is equivocal ("FINAL HER2 CALL: INDETERMINATE ... cannot assign positive or negative
    status"): the lab had the IHC and declined to settle the group with it, so the ISH stays
    equivocal, the lab's word for it, and the IHC does not settle it (devset20 b20-f09-10: group 4
    with IHC 2+ read negative; a group 3 with IHC 2+ would have read positive)."""
    if ish is None or not rules.uses_asco_cap_groups or ish.group not in (2, 3, 4):
        return
    if ish.result != "equivocal" or ish.result_from != "computed":
        return
    final = last_final_word(statements)
    if final is None or final.values.get("call") != "equivocal" or final.values.get("method") == "ihc":
        return  # "FINAL HER2 IHC RESULT: EQUIVOCAL" is the IHC's own word, which the group settles
    if any(f.family == "ish" and f.order > final.order for f in found):
        return  # an IHC-stage final word printed before the ISH it asked for (review18)
    ish.result_from = "lab"
