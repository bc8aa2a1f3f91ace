"""From one call per test to one HER2 status, as ordered branches (docs/clinical-rules.md):
positive evidence from a tissue test wins; an ISH result settles IHC 2+; a blood (ctDNA) result
alone is reported with its caveats; a mutation is never "positive"; anything unclear becomes
equivocal or not_found with a warning rather than a guess."""

from __future__ import annotations

from ..findings import Finding
from ..model import Ihc, Ish, Ngs
from .call_per_test import Calls, calls_per_test, statement_call
from .calls import Call, Decision
from .group_word import group_word_call, last_final_word
from .notes import WARNING_TEXT, Notes
from .rule_sets import RuleSet

BLOOD_AMP_WORDS = ("amplif", "erbb2", "copy")  # a blood test's own reading, named in words


def _ratio_text(ish: Ish | None) -> str:
    if ish is None or ish.ratio is None:
        return ""
    return f" (HER2/CEP17 ratio {ish.ratio:g})"


def _cn_text(ngs: Ngs | None) -> str:
    if ngs is None or ngs.copy_number is None:
        return ""
    return f" (copy number {ngs.copy_number:g})"


def _tissue_positive(
    k: Calls, rules: RuleSet, ish: Ish | None, ngs: Ngs | None, warnings: Notes
) -> Decision | None:
    if Call.POSITIVE not in k.tissue().values():
        return None
    test = "ish" if k.ish is Call.POSITIVE else ("ihc" if k.ihc is Call.POSITIVE else "ngs")
    negatives = k.negatives()
    if negatives:
        warnings.add(
            "conflict",
            "Tests in this report disagree ("
            + ", ".join(n.upper() for n in negatives)
            + f" negative, {test.upper()} positive); "
            "the positive result was used. Ask your care team how they read this.",
            first=f"{test.upper()} positive",
            second=", ".join(n.upper() for n in negatives) + " negative",
        )
    reason = {
        "ish": f"ISH shows HER2 gene amplification{_ratio_text(ish)}",
        "ihc": f"{k.ihc_desc} is positive",
        "ngs": f"tissue sequencing (NGS) shows ERBB2 amplification{_cn_text(ngs)}",
    }[test]
    if k.ihc is Call.EQUIVOCAL and test == "ish":
        reason = f"{k.ihc_desc} is equivocal and ISH settled it as amplified{_ratio_text(ish)}"
    return Decision("positive", test, reason + f" ({rules.name}).")


def _final_word_equivocal(positive: Decision, statements: list[Finding], warnings: Notes) -> Decision | None:
    """The lab's last labelled final word on HER2 is equivocal ("FINAL HER2 STATUS: EQUIVOCAL")
    under a test line that reads positive (a ratio just at the cut-off, a 3+ in few cells): the
    lab's final word is the report's status, the safer of the two (blind set 9 called such a
    report positive). Its final word positive or negative, or none, leaves the call alone."""
    final = last_final_word(statements)
    if final is None or final.values.get("call") != "equivocal":
        return None
    test = positive.test or "statement"
    warnings.add(
        "conflict",
        f"The report reads {test.upper()} positive but states its final HER2 status as equivocal; "
        "the final status was used. Ask your care team how they read this.",
        first=f"{test.upper()} positive",
        second="equivocal",
    )
    return Decision("equivocal", positive.test, "the report states its final HER2 status as equivocal.")


def _blood_positive(k: Calls, rules: RuleSet, ngs: Ngs | None, warnings: Notes) -> Decision | None:
    if k.ctdna is not Call.POSITIVE:
        return None
    if k.negatives():
        warnings.add(
            "conflict",
            "A blood (ctDNA) test found ERBB2 amplification but a tissue test was negative; the results disagree.",
            first="blood test amplified",
            second="tissue test negative",
        )
        return Decision("equivocal", "ctdna", "blood and tissue HER2 results disagree.")
    warnings.add("ctdna_positive_only", WARNING_TEXT["ctdna_positive_only"])
    warnings.add(
        "plasma_cn_not_tissue",
        WARNING_TEXT["plasma_cn_not_tissue"],
        copy_number=f"{ngs.copy_number:g}" if ngs and ngs.copy_number is not None else "?",
    )
    return Decision(
        "positive",
        "ctdna",
        f"a blood (ctDNA) test detected ERBB2 amplification{_cn_text(ngs)} ({rules.name}).",
    )


def _ihc_equivocal(k: Calls, rules: RuleSet, ish: Ish | None, warnings: Notes) -> Decision | None:
    if k.ihc is not Call.EQUIVOCAL:
        return None
    if k.ish is Call.NEGATIVE:
        return Decision(
            "negative",
            "ish",
            f"{k.ihc_desc} is equivocal and ISH settled it as not amplified{_ratio_text(ish)} ({rules.name}).",
        )
    if k.ngs is Call.NEGATIVE:
        return Decision(
            "negative",
            "ngs",
            f"{k.ihc_desc} is equivocal and tissue sequencing found no ERBB2 amplification ({rules.name}).",
        )
    if k.ish is None:
        warnings.add("ihc_equivocal_no_ish", WARNING_TEXT["ihc_equivocal_no_ish"])
    return Decision(
        "equivocal", "ihc", f"{k.ihc_desc} is equivocal and no ISH result settles it ({rules.name})."
    )


def _other_equivocal(k: Calls, rules: RuleSet) -> Decision | None:
    if Call.EQUIVOCAL not in (k.ish, k.ngs, k.ctdna):
        return None
    test = "ish" if k.ish is Call.EQUIVOCAL else ("ngs" if k.ngs is Call.EQUIVOCAL else "ctdna")
    if k.ihc is Call.NEGATIVE:
        return Decision(
            "negative",
            "ihc",
            f"{k.ihc_desc} is negative; the borderline {test.upper()} result does not change that ({rules.name}).",
        )
    return Decision("equivocal", test, f"the {test.upper()} result is equivocal (borderline) ({rules.name}).")


def _tissue_negative(k: Calls, rules: RuleSet, ish: Ish | None, warnings: Notes) -> Decision | None:
    if not k.negatives():
        return None
    test = "ish" if k.ish is Call.NEGATIVE else ("ihc" if k.ihc is Call.NEGATIVE else "ngs")
    if k.statement is Call.POSITIVE:
        warnings.add(
            "statement_conflict",
            "The report calls HER2 positive in one place but the test result is negative; the test result was used.",
        )
    reason = {
        "ish": f"ISH shows no HER2 gene amplification{_ratio_text(ish)}",
        "ihc": f"{k.ihc_desc} is negative",
        "ngs": "tissue sequencing (NGS) found no ERBB2 amplification",
    }[test]
    return Decision("negative", test, reason + f" ({rules.name}).")


def _statement_only(k: Calls, rules: RuleSet, warnings: Notes) -> Decision | None:
    if k.statement is Call.POSITIVE:
        return Decision(
            "positive", None, f"the report states HER2 is positive, without a score ({rules.name})."
        )
    if k.statement is Call.NEGATIVE:
        return Decision(
            "negative", None, f"the report states HER2 is negative, without a score ({rules.name})."
        )
    if k.statement is Call.EQUIVOCAL:
        return Decision("equivocal", None, f"the report calls HER2 equivocal ({rules.name}).")
    if k.statement is Call.CONFLICT:
        warnings.add(
            "conflict",
            "The report calls HER2 both positive and negative in different places and gives no score; ask your care team which applies.",
            first="positive",
            second="negative",
        )
        return Decision("equivocal", None, "the report's HER2 statements conflict.")
    return None


def _blood_result_in_words(k: Calls, statements: list[Finding]) -> bool:
    """A blood report's "negative for ERBB2 amplification in plasma" is its not-detected reading
    said again in words, not a HER2-negative status (facts.md §10; probe18c blood_not_detected):
    every negative statement names the amplification or the gene."""
    if k.ctdna is not Call.NEGATIVE or k.statement is not Call.NEGATIVE:
        return False
    return all(any(w in f.quote.lower() for w in BLOOD_AMP_WORDS) for f in statements)


def _not_found(k: Calls, ngs: Ngs | None, warnings: Notes) -> Decision:
    if k.ctdna is Call.NEGATIVE:
        warnings.add("ctdna_not_detected", WARNING_TEXT["ctdna_not_detected"])
        return Decision(
            "not_found",
            "ctdna",
            "the blood (ctDNA) test did not detect ERBB2 amplification, which does not rule it out.",
        )
    if ngs is not None and ngs.mutations:
        warnings.add(
            "mutation_not_positive", WARNING_TEXT["mutation_not_positive"], mutation=", ".join(ngs.mutations)
        )
    if ngs is not None and not ngs.ctdna and ngs.amplification == "not_amplified":
        # reached only when the report says it did not test the HER2 protein (call_per_test.calls_per_test)
        return Decision(
            "not_found",
            "ngs",
            "tissue sequencing found no ERBB2 amplification, but the report says it did not test the "
            "HER2 protein, so it gives no HER2 status.",
        )
    if ngs is not None and ngs.mutations:
        return Decision(
            "not_found",
            "ngs",
            "only an ERBB2 mutation is reported; no HER2 overexpression or amplification result was found.",
        )
    return Decision("not_found", None, "no HER2 result for this tumor was found in the report.")


SETTLED_ISH_RESULT = {Call.POSITIVE: "amplified", Call.NEGATIVE: "not_amplified"}


def settle_ish_group(
    rules: RuleSet, cancer: str, ihc: Ihc | None, ish: Ish | None, statements: list[Finding]
) -> None:
    """An ISH group 2-4 result worked out from the numbers is no result of its own: the concurrent
    IHC or the lab's final call settles it (ASCO/CAP 2018, facts.md §11), and the ISH result is
    the settled one ("Group 4 ... with IHC 2+: negative" is ISH not amplified). Unsettled (no IHC,
    no final call) it stays equivocal; a result the lab states in words is never changed."""
    if ish is not None and ish.result == "amplified" and ish.result_from == "lab":
        word = group_word_call(rules, ihc, ish, statement_call(statements))
        if word is Call.NEGATIVE:
            ish.result = "not_amplified"  # the report's final call on a group 2-4 (facts.md §11)
        return
    if ish is None or ish.result != "equivocal" or ish.result_from != "computed":
        return
    if not rules.uses_asco_cap_groups:
        return
    k = calls_per_test(rules, cancer, ihc, ish, None, statements, Notes())
    call = k.ish
    if ish.group is None:
        # a ratio at the cut-off with no mean copy number: group 1 or group 2, and IHC 3+ makes
        # either one positive ("HER2/CEP17 2.4 ... Because concurrent IHC is 3+, the tumour is
        # considered HER2-positive", devset8 b8-f03-12); any other score leaves it to the words
        call = Call.POSITIVE if ihc is not None and ihc.score == "3+" else Call.EQUIVOCAL
    elif ish.group not in (2, 3, 4):
        return
    if call is Call.EQUIVOCAL and k.statement in (Call.POSITIVE, Call.NEGATIVE):
        call = k.statement  # the lab's final word ("FINAL HER2 RESULT: NEGATIVE") settled it
    settled = SETTLED_ISH_RESULT.get(call) if call is not None else None
    if settled is not None:
        ish.result = settled


def decide(
    rules: RuleSet,
    cancer: str,
    ihc: Ihc | None,
    ish: Ish | None,
    ngs: Ngs | None,
    statements: list[Finding],
    warnings: Notes,
    protein_untested: bool = False,
) -> Decision:
    """The status, the test it rests on and why, by the first branch that applies.
    `protein_untested`: the report says its sequencing did not test the HER2 protein, so an
    ERBB2 "not amplified" is no HER2 negative (blind set 3)."""
    k = calls_per_test(rules, cancer, ihc, ish, ngs, statements, warnings, protein_untested)
    positive = _tissue_positive(k, rules, ish, ngs, warnings)
    if positive is not None:
        return _final_word_equivocal(positive, statements, warnings) or positive
    return (
        _blood_positive(k, rules, ngs, warnings)
        or _ihc_equivocal(k, rules, ish, warnings)
        or _other_equivocal(k, rules)
        or _tissue_negative(k, rules, ish, warnings)
        or (None if _blood_result_in_words(k, statements) else _statement_only(k, rules, warnings))
        or _not_found(k, ngs, warnings)
    )
