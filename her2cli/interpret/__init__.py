"""From findings to one HER2 status, by the scoring rules of the tumor type (docs/clinical-rules.md §2-§4, §6-§7).

The rules per tumor type are data (rule_sets.py, her2cli/data/rules/tumor_types.toml); readings.py
reads one result per test from the findings; call_per_test.py gives each test's call and decide.py
turns them into one status by one decision order shared by all tumor types; her2_low.py adds the breast HER2-low categories.
"""

from __future__ import annotations

from typing import Any

from ..findings import Finding, PageContext
from ..findings.document import contract_cancer_type
from ..model import Evidence, Ihc, Ish, Result, StatusBasis
from ..rules import compiled
from ..rules.samples import samples as sample_rules
from .calls import Decision
from .confidence import guard_weak_call
from .decide import decide, settle_ish_group
from .earlier import (
    earlier_samples,
    own_test_failed,
    pending_in_own_sentence,
    set_aside_disagreeing_earlier,
    set_aside_earlier,
    set_aside_restated_while_pending,
)
from .group_word import hold_for_final_word_equivocal, hold_while_workup_pending
from .her2_low import her2_low
from .lab_equivocal import hold_for_lone_equivocal_call, hold_older_band_result_line
from .not_done_here import set_aside_quoted_when_not_done
from .notes import WARNING_TEXT, Notes
from .ocr_safety import guard_unclear_ocr
from .pending import pending_test_named
from .readings import blood_test_named, read_ihc, read_ish, read_ngs, read_tissue_ngs
from .retest import warn_retest
from .rule_sets import RuleSet, rule_sets, rules_for
from .samples import (
    earlier_as_pre_treatment,
    representative_sample,
    set_aside_pre_treatment,
    specimens_of,
    warn_specimens,
)
from .unreviewed import set_aside_unreviewed_only
from .verify import verify_call

LOW_OCR_CONFIDENCE = 50.0  # Tesseract word confidence below which a value is not trusted
# Loaded when the package is imported: a worker forked later (perhaps with fewer rights, see
# tests/test_hostile.py) never has to open the data file itself.
RULE_SETS = rule_sets()


def _mention_warnings(
    mentions: list[Finding], results: list[Finding], status: str, cancer: str, warnings: Notes, full_text: str
) -> None:
    reasons = {m.reason for m in mentions}
    if status in ("not_found", "equivocal") and ("pending" in reasons or pending_test_named(full_text)):
        warnings.add("pending", WARNING_TEXT["pending"])
    if "other_tumor" in reasons and status == "not_found" and not results:
        warnings.add("history_only", WARNING_TEXT["history_only"])
    if cancer == "unknown" and status != "not_found":  # the contract's type: "lung" is known
        warnings.add("unknown_cancer_type", WARNING_TEXT["unknown_cancer_type"])
    if any(f.view == "layout" for f in results):
        warnings.add(
            "layout_view",
            "Part of this result was read from the table layout of the page (columns joined into rows).",
        )


def _low_confidence(decision: Decision, results: list[Finding], warnings: Notes) -> Decision | None:
    """A status read from OCR'd words the engine was unsure of is not given as a result
    (issue 5): it becomes not_found with a warning and the evidence is still shown."""
    if decision.status == "not_found":
        return None
    deciding = [
        f for f in results if f.family in (decision.test or "", "status_statement") or (decision.test is None)
    ]
    confs = [f.confidence for f in deciding if f.confidence is not None]
    if not (confs and max(confs) < LOW_OCR_CONFIDENCE):
        return None
    warnings.add(
        "low_ocr_confidence",
        f"The scanned words behind this result were hard to read (OCR confidence {max(confs):.0f}/100), so no status is given; "
        "check the quoted lines against the paper report.",
        pages=", ".join(sorted({str(f.page) for f in deciding})),
    )
    return Decision("not_found", decision.test, "the result was read from an image with low confidence.")


def _single_probe_lines(mentions: list[Finding], full_text: str) -> list[str] | None:
    """In a single-probe report (no chromosome 17 control), the lines whose words may state the
    ISH result its mean copy number gives: the HER2 lines no reader took, and the lab's labelled
    result lines, which often name no HER2 ("RESULT: EQUIVOCAL (4.5 copies/nucleus)." under a
    criteria key; devset7 b7-f03-07). None for any other report."""
    if not compiled().single_probe.search(full_text):
        return None
    label = compiled().result_line_label
    return [f.quote for f in mentions] + [ln for ln in full_text.split("\n") if label.match(ln)]


def interpret(
    findings: list[Finding], ctx: PageContext, related: dict[str, Any], full_text: str = ""
) -> Result:
    cancer = ctx.cancer_type
    rules = rules_for(cancer, ctx.organ)
    warnings = Notes()
    results = [f for f in findings if f.family != "mention"]
    mentions = [f for f in findings if f.family == "mention"]
    has_revision = bool(compiled().revision.search(full_text))  # searched once (whole text)
    earlier_as_pre_treatment(results, ctx.post_treatment, has_revision)
    before = [f for f in results if f.pre_treatment]
    retest_pending = any(m.reason == "pending" for m in mentions)
    results, earlier = set_aside_pre_treatment(results, warnings, retest_pending)
    mentions += earlier
    here = sample_rules().pending_here
    # a pending note names this sample, or its line opens with it (findings/pending_line.py)
    pending_here = any(m.reason == "pending" and (m.specimen or here.search(m.quote)) for m in mentions)
    if pending_in_own_sentence(results):  # "HER2: 3+ at outside lab; repeat on current specimen pending"
        retest_pending = pending_here = True
    elif results:  # "HER2 FISH: failed", "HER2 IHC on this biopsy: not performed"
        failed, failed_here = own_test_failed(mentions)
        retest_pending, pending_here = retest_pending or failed, pending_here or failed_here
    results, restated = set_aside_restated_while_pending(results, warnings, retest_pending, pending_here)
    mentions += restated
    results, quoted_only = set_aside_quoted_when_not_done(results, mentions, warnings)
    mentions += quoted_only
    results, unreviewed = set_aside_unreviewed_only(results, warnings)  # "(outside result, not reviewed)"
    mentions += unreviewed
    before = before if earlier else []  # restated results set aside for the sample after treatment
    with_earlier = results
    results, quoted = set_aside_earlier(results, warnings)
    mentions += quoted
    results, disagreeing = set_aside_disagreeing_earlier(results)
    mentions += disagreeing
    earlier_named = earlier_samples(with_earlier, results)  # still listed in `specimens`
    revised = has_revision and any(f.section == "addendum" for f in results)
    # a single-probe report (no chromosome 17 control): its mean copy number and words decide
    probe_lines = _single_probe_lines(mentions, full_text)
    protein_untested = bool(compiled().protein_not_tested.search(full_text))

    def decide_sample(found: list[Finding]) -> tuple[Ihc | None, Ish | None, str]:
        quiet = Notes()
        said = [f for f in found if f.family == "status_statement"]
        s_ihc, _ = read_ihc(found, said, revised, quiet)
        s_ish = read_ish(found, said, rules, revised, quiet, probe_lines)
        hold_while_workup_pending(rules, s_ish, full_text)
        hold_for_final_word_equivocal(rules, s_ish, said, found)
        hold_for_lone_equivocal_call(rules, s_ish, said, found)
        hold_older_band_result_line(s_ish, s_ihc, full_text, quiet)
        status = decide(
            rules, cancer, s_ihc, s_ish, read_ngs(found, ctx.ctdna_document), said, quiet, protein_untested
        ).status
        settle_ish_group(rules, cancer, s_ihc, s_ish, said)
        return s_ihc, s_ish, status

    every_sample = sorted(results + earlier_named, key=lambda f: f.order)
    # several samples and the report says which one represents the tumor: that one decides
    chosen = None if before else representative_sample(results, decide_sample, full_text)
    results = chosen or results
    statements = [f for f in results if f.family == "status_statement"]
    ihc, ihc_finding = read_ihc(results, statements, revised, warnings)
    ish = read_ish(results, statements, rules, revised, warnings, probe_lines)
    hold_while_workup_pending(rules, ish, full_text)  # a group 2-4 whose recount is to come stays equivocal
    hold_for_final_word_equivocal(
        rules, ish, statements, results
    )  # ... and one the lab's final word leaves equivocal
    hold_for_lone_equivocal_call(rules, ish, statements, results)  # ... or its only, unlabelled call
    hold_older_band_result_line(ish, ihc, full_text, warnings)  # "RESULT: EQUIVOCAL" in the 2007 band
    ngs = read_ngs(results, ctx.ctdna_document)
    if ngs is None and ctx.ctdna_document:
        ngs = blood_test_named(findings, full_text)
    tissue_ngs = read_tissue_ngs(results, ngs) if ctx.ctdna_document else None
    decision = decide(rules, cancer, ihc, ish, tissue_ngs or ngs, statements, warnings, protein_untested)
    settle_ish_group(rules, cancer, ihc, ish, statements)

    if ngs is not None and tissue_ngs is not None:
        ngs.amplification = tissue_ngs.amplification  # the tissue result a blood report quotes
    elif ngs is not None and ngs.ctdna and ngs.amplification == "not_amplified":
        # a blood test that did not detect ERBB2 amplification gives no amplification value
        # (facts.md §7, §10); the decision above keeps its reason and its warning
        ngs.amplification = None
    specimens = specimens_of(every_sample, decide_sample, before)
    representative = next((f.specimen for f in chosen if f.specimen), None) if chosen else None
    warn_specimens(
        specimens,
        decision.status,
        warnings,
        # an earlier sample set aside: the earlier-result warning says which counts, unless the
        # report itself names the result that represents the tumor
        after_treatment=bool(before or (earlier_named and representative is None)),
        representative=representative,
    )
    low, ultralow = None, None
    if rules.her2_low_applies:
        low_words = {
            f.values["category"] for f in results if f.family == "her2_low" and not f.values.get("purpose")
        }
        low, ultralow = her2_low(decision.status, ihc, ihc_finding, ish, low_words)
    cancer_type = contract_cancer_type(cancer, full_text, compiled())
    _mention_warnings(mentions, results, decision.status, cancer_type, warnings, full_text)
    warn_retest(full_text, warnings)
    unsure = _low_confidence(decision, results, warnings)
    guarded = guard_unclear_ocr(decision, results, mentions, warnings)  # always: it also warns
    unsure = unsure or guarded
    if unsure is not None:
        decision = unsure
        low = ultralow = None
    evidence = _dedupe([_evidence(f) for f in sorted(results, key=lambda f: f.order)])
    mention_ev = [_evidence(f) for f in sorted(mentions, key=lambda f: f.order)[:50]]
    basis = StatusBasis(rule=rules.id, rule_name=rules.name, test=decision.test, reason=decision.reason)
    result = Result(
        status=decision.status,
        cancer_type=cancer_type,
        her2_low=low,
        her2_ultralow=ultralow,
        ihc=ihc,
        ish=ish,
        ngs=ngs,
        related=related,
        evidence=evidence,
        mentions=mention_ev,
        warnings=warnings.texts,
        warning_codes=warnings.codes,
        warning_params=warnings.params,
        status_basis=basis,
        specimens=specimens,
    )
    # a positive or borderline call stands only if the report's own lines support it (verify.py),
    # and a confident call only if its decision is not weak by structure (confidence.py)
    return guard_weak_call(verify_call(result))


def _dedupe(items: list[Evidence]) -> list[Evidence]:
    """One evidence entry per finding kind and quoted line (several names of HER2 on one line
    give the same finding more than once)."""
    seen: set[tuple[int, str, str]] = set()
    out = []
    for ev in items:
        key = (ev.page, ev.text, ev.finding)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _evidence(f: Finding) -> Evidence:
    value = ", ".join(f"{k}={v}" for k, v in f.values.items() if v not in (None, False, ""))
    return Evidence(
        page=f.page,
        text=f.quote,
        finding=f.family,
        value=value,
        start=f.start,
        end=f.end,
        match=f.match,
        view=f.view,
        section=f.section,
        reason=f.reason,
        ocr_confidence=f.confidence,
    )


__all__ = ["RULE_SETS", "RuleSet", "interpret", "rule_sets"]
