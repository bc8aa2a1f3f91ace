"""Which notes the patient summary leaves out because it already says them: the meaning covers the
warning, another note names the same results, or the report states the shown call in words (split
from explain_notes.py by job: that module words the notes, this one decides which are said)."""

from __future__ import annotations

from .fact_kinds import NotFoundReason
from .facts import ReportFacts
from .messages import Rule
from .model import Result
from .note_definitions import conflict_side_defined_only
from .note_overlap import extra_covered, score_line_states_status
from .report_rows import earlier_is_other_tumor
from .summary_words import final_call_line, order_history

__all__ = ["RESULT_NOTES", "covered_notes", "lab_states_status", "score_line_states_status"]

# notes about the result this summary shows, said only when it shows one
RESULT_NOTES = frozenset(
    {
        "conflict",
        "multiple_specimens",
        "representative_specimen",
        "specimens_agree",
        "ish_computed",
        "statement_conflict",
        "post_treatment",
        "earlier_result",
        "ihc_equivocal_no_ish",
        "ish_conflict",
    }
)


def lab_states_status(result: Result, lab_calls: str = "final") -> bool:
    """The report states the final call this summary shows in words ("FINAL HER2 RESULT: NEGATIVE"),
    as a statement of its own or as the lab's call on a result line: `lab_calls` "final", a line
    that names it final ("FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified)",
    sentences12, devset14 b14-f10-03); "any", any result line's call ("HER2 POSITIVE on the basis
    of ISH Group 1 amplification", devset13 b13-f11-06); "" none."""
    said, lab = f"call={result.status}", f"lab_call={result.status}"
    return any(
        (ev.finding == "status_statement" and said in ev.value.split(", "))
        or (
            lab_calls
            and ev.finding in ("ihc", "ish")
            and lab in ev.value.split(", ")
            and (lab_calls == "any" or final_call_line(ev.text))
        )
        for ev in result.evidence
    )


# the ISH result that agrees with each final call
ISH_OF_STATUS = {"positive": "amplified", "negative": "not_amplified"}


def _ish_stated(result: Result, facts: ReportFacts) -> bool:
    """The ISH result this summary worked out from the ratio is one the report states in words:
    its final call agrees with it ("HER2 NEGATIVE" beside ratio 1.3), or a line gives the ISH
    result in words ("Interpretation: HER2 gene NOT AMPLIFIED", variants10 v10-A-08)."""
    shown = result.ish.result if result.ish else None
    if shown is None:
        return False
    if lab_states_status(result, lab_calls="any") and ISH_OF_STATUS.get(result.status) == shown:
        return True
    return shown in facts.ish_results_in_words


def covered_notes(result: Result, facts: ReportFacts, meaning: list[Rule]) -> set[str]:
    """The warning codes whose note the summary does not repeat under "Please note": the meaning
    already says it, or another note says the same."""
    covered = {code for rule in meaning for code in rule.covers}
    if {"multiple_specimens", "representative_specimen", "specimens_agree"} & set(result.warning_codes):
        covered.add("conflict")  # the per-sample note says the same, naming every sample
    if "post_treatment" in result.warning_codes and facts.conflict_kind == "after_treatment":
        covered.add("conflict")  # the post-treatment note names the earlier result: one note (qa5 3)
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED or facts.status == "not_found":
        # no result is shown: no note about which result is shown (qa5 H1; a blood test that found
        # nothing is no "result on the sample taken after treatment", b13-f05-05), nor that "this
        # HER2 result" comes from blood only (sentences17: devset19 b19-f05-01)
        covered |= RESULT_NOTES | {"ctdna_positive_only"}
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED:
        covered.add("plasma_cn_not_tissue")  # a number from the lines this summary set aside
    waiting = [m for m in result.mentions if m.reason == "pending"]
    if waiting and not facts.her2_awaited and all(order_history(m.text) for m in waiting):
        covered.add("pending")  # "HER2 ... was requested by Dr. Alvarez": an order's history (v10-D-07)
    if facts.pending_set_aside:
        covered.add("pending")  # a request or a failed test, not a result to come (b13-f12-10)
    if _earlier_is_shown(result):
        covered.add("earlier_result")  # the "earlier" value is the one shown (sentences17: b19-f01-04)
    if facts.other_tumor_her2_named and earlier_is_other_tumor(result):
        covered.add("post_treatment")  # the meaning names another tumour's result (b20-f09-07)
    if conflict_side_defined_only(result):
        covered.add("conflict")  # "(HER2-low = IHC 1+ or IHC 2+ with non-amplified ISH)" (b24-f11-05)
    if _earlier_is_conflict(result) or _post_treatment_names_conflict(result):
        covered.add("conflict")  # the earlier-result note names the other result already (v10-E-09)
    if lab_states_status(result, lab_calls=""):
        covered.add("ish_computed")  # "FINAL HER2 RESULT: NEGATIVE" is the result in words (qa4 16)
    if "ish_computed" in result.warning_codes and _ish_stated(result, facts):
        covered.add("ish_computed")  # the lab's call or an interpretation line says it (sentences12)
    return covered | extra_covered(result, facts, covered)


def _post_treatment_names_conflict(result: Result) -> bool:
    """The report's two differing scores are the earlier sample's, which the post-treatment note
    names ("restates a HER2 result from a sample taken before treatment (IHC 1+)"), and the current
    one: one note, not two (sentences12 leftover: devset14 b14-f02-05)."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    earlier, conflict = params.get("post_treatment"), params.get("conflict")
    if not (earlier and conflict and isinstance(earlier.get("earlier"), str)):
        return False
    scores = str(earlier["earlier"]).replace(",", " ").split()
    return any(str(conflict.get(side)) in scores for side in ("first", "second"))


def _earlier_is_conflict(result: Result) -> bool:
    """The report's two differing results are the current one and the earlier or corrected one
    the earlier-result note already names: one note, not two."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    earlier, conflict = params.get("earlier_result"), params.get("conflict")
    return bool(
        earlier and conflict and earlier.get("earlier") in (conflict.get("first"), conflict.get("second"))
    )


def _earlier_is_shown(result: Result) -> bool:
    """Every value the earlier-result note would name is the one this summary shows ("Original HER2
    IHC on part A: 2+" in a reflex ISH report whose IHC is that 2+, devset19 b19-f01-04; a corrected
    final call "ISH amplified" read as earlier beside the same amplified ISH, b19-f10-09): the note
    would name no other result."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False)).get("earlier_result")
    earlier = params.get("earlier") if params else None
    if not isinstance(earlier, str) or not earlier:
        return False
    shown = set()
    if result.ihc and result.ihc.score:
        shown.add(f"IHC {result.ihc.score}")
    if result.ish and result.ish.result in ("amplified", "not_amplified"):
        shown.add("ISH amplified" if result.ish.result == "amplified" else "ISH not amplified")
    return all(item.strip() in shown for item in earlier.split(","))
