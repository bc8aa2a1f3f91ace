"""The small readings of one report's Result that its ReportFacts are derived from (facts.py):
which tests it reports, whether a tissue sequencing result decides, why there is no result, what
a pending sentence says, the headline's tone. Split from facts.py by job (review21 item 14)."""

from __future__ import annotations

from .fact_kinds import Alteration, Assay, NotFoundReason
from .model import Evidence, Result
from .ngs_echo import ish_is_ngs_echo
from .report_words import TextFacts, pending_how, read_text_facts
from .rules.patterns import pattern_file
from .summary_words import order_history


def tests_run(result: Result) -> tuple[set[Assay], bool]:
    tests: set[Assay] = set()
    if result.ihc and (result.ihc.score or result.ihc.score_range):
        tests.add(Assay.IHC)
    if result.ish and (result.ish.result or result.ish.ratio is not None) and not ish_is_ngs_echo(result):
        tests.add(Assay.ISH)
    blood = bool(result.ngs and result.ngs.ctdna)
    if result.ngs and (
        result.ngs.amplification
        or result.ngs.copy_number is not None
        or result.ngs.mutations
        or blood_not_detected(result)
    ):
        tests.add(Assay.CTDNA if blood else Assay.NGS)
    if tissue_ngs_decides(result):
        tests.add(Assay.NGS)  # the tissue sequencing result the blood report quotes
    return tests, blood


def tissue_ngs_decides(result: Result) -> bool:
    """The status rests on a tissue sequencing result that a blood report quotes: the engine
    marks those evidence lines `tissue=True` and names `ngs` (not `ctdna`) as the deciding test."""
    basis = result.status_basis
    return bool(
        result.ngs
        and result.ngs.ctdna
        and basis is not None
        and basis.test == "ngs"
        and any(ev.finding == "ngs" and "tissue=True" in ev.value.split(", ") for ev in result.evidence)
    )


def blood_not_detected(result: Result) -> bool:
    """A blood test that did not detect ERBB2 amplification: the JSON gives no amplification
    value for it (a blood "not detected" is not a negative), the warning says what it found."""
    return bool(result.ngs and result.ngs.ctdna and "ctdna_not_detected" in result.warning_codes)


def ngs_amplification(result: Result) -> str | None:
    """The sequencing amplification result as the report words it; a blood "not detected" is
    a not-amplified reading of that sample (the summary says it does not rule amplification out)."""
    if result.ngs is None:
        return None
    return "not_amplified" if blood_not_detected(result) else result.ngs.amplification


def not_found_reason(result: Result, text: TextFacts, blood: bool) -> NotFoundReason | None:
    """Why there is no result, most specific first (issue 10, defect 10)."""
    if result.status != "not_found":
        return None
    codes = set(result.warning_codes)
    reasons = {m.reason for m in result.mentions}
    ngs = result.ngs
    # "HER2 testing was not requested and has not been performed" names a request, but nothing is pending
    waiting = [m for m in result.mentions if m.reason == "pending"]
    # nor is "HER2 immunohistochemistry was requested by Dr. Alvarez" (the order's history) alone
    pending = ("pending" in codes or "pending" in reasons) and (
        not waiting
        or any(not read_text_facts(m.text).her2_not_performed and not order_history(m.text) for m in waiting)
    )
    checks: tuple[tuple[bool, NotFoundReason], ...] = (
        ("low_ocr_confidence" in codes and bool(result.evidence), NotFoundReason.LOW_CONFIDENCE),
        (
            blood and ngs_amplification(result) == "not_amplified",
            NotFoundReason.BLOOD_NOT_DETECTED,
        ),
        (ngs is not None and bool(ngs.mutations), NotFoundReason.MUTATION_ONLY),
        (
            text.copy_number_not_assessed and result.ihc is None and result.ish is None,
            NotFoundReason.NGS_NOT_EVALUABLE,
        ),
        (text.in_situ_only, NotFoundReason.IN_SITU_ONLY),
        (text.no_tumor, NotFoundReason.NO_TUMOR),
        (text.uninterpretable, NotFoundReason.UNINTERPRETABLE),
        (pending or text.repeat_after_withdrawal or panel_to_come(result), NotFoundReason.PENDING),
        (text.her2_not_performed and ngs is None, NotFoundReason.NOT_PERFORMED),
        (text.her2_not_indicated and ngs is None, NotFoundReason.NOT_INDICATED),
        ("recommendation" in reasons, NotFoundReason.RECOMMENDED),
        (ngs is not None or any(on_a_panel(m) for m in result.mentions), NotFoundReason.NGS_NO_ERBB2),
        ("history_only" in codes, NotFoundReason.OTHER_CANCER),
    )
    return next((reason for holds, reason in checks if holds), NotFoundReason.NOT_MENTIONED)


def on_a_panel(mention: Evidence) -> bool:
    """A gene-list mention of ERBB2, unless its sentence says ERBB2 is not on the panel (a
    germline letter, v16a-f09-05: no sequencing of ERBB2 was done at all)."""
    return mention.reason == "gene_list" and not pattern_file("report_words").compiled["not-on-panel"].search(
        mention.text
    )


def panel_to_come(result: Result) -> bool:
    """A gene panel naming ERBB2 is ordered, its results to follow: HER2 is to come, not
    "sequenced without a HER2 result" (sentences19: devset21 b21-f03-09, a FISH panel)."""
    return any(m.reason == "gene_list" and pending_how(m.text) for m in result.mentions)


def pending_ways(result: Result) -> str | None:
    """What the report's pending sentence(s) say: sent out, or to follow; None when they say
    neither or both kinds (the summary then names every possibility)."""
    ways = {pending_how(m.text) for m in result.mentions if m.reason in ("pending", "gene_list")} - {None}
    return ways.pop() if len(ways) == 1 else None


def tone(result: Result, alteration: Alteration, cancer_named: str | None = None) -> str:
    """The headline key: status, low/ultralow for breast, mutation for a mutation-only report
    (and for lung cancer, where a HER2 mutation is the finding that matters, issue 10 defect 3)."""
    if result.status == "negative" and result.cancer_type == "breast":
        if result.her2_low:
            return "low"
        if result.her2_ultralow:
            return "ultralow"
    if alteration == Alteration.MUTATION and (
        result.status == "not_found" or (result.status == "negative" and cancer_named == "lung")
    ):
        return "mutation"
    return result.status


def ras_named(related: dict[str, str]) -> str:
    """The RAS gene(s) the report gives as mutant, with the variant: "KRAS (G12V)"."""
    named = [
        f"{gene.upper()} ({related[f'{gene}_variant']})" if related.get(f"{gene}_variant") else gene.upper()
        for gene in ("kras", "nras")
        if related.get(gene) == "mutant"
    ]
    return " / ".join(named) or "KRAS / NRAS"


def her2_line_unread(result: Result, text: TextFacts, blood: bool) -> bool:
    """No result, nothing else explains why, and the report has a HER2 line this tool set aside
    (a score line it could not read, a blank template line): say so instead of asking whether
    HER2 was tested (qa3 6). A gene-expression subtype line has its own sentence."""
    return (
        not_found_reason(result, text, blood) == NotFoundReason.NOT_MENTIONED
        and not text.gene_expression_subtype
        and any(m.reason in ("legend", "no_result") for m in result.mentions)
    )
