"""Report facts: what the report itself says, derived once from a Result, before any sentence.

The patient summary chooses its sentences by these facts (issue 10), never by status x cancer
type alone: the same "positive" means different things when it came from a protein stain, a gene
copy test on tissue or a blood test, from one sample or from two that disagree, from a tumor that
has spread or one just removed. Every field holds only what the report states (or what the
scoring rule computed, flagged as such); `None` means "the report does not say".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .fact_kinds import Alteration, Assay, CallSource, NotFoundReason, Setting
from .fact_readers import (
    her2_line_unread,
    ngs_amplification,
    not_found_reason,
    pending_ways,
    ras_named,
    tests_run,
    tissue_ngs_decides,
    tone,
)
from .interpret.verify import result_unsupported
from .model import Result
from .ngs_echo import ish_is_ngs_echo
from .report_words import TextFacts, read_text_facts
from .summary_words import (
    control_line,
    percent_as_written,
    relative_line,
)

__all__ = ["DEFERRABLE", "ReportFacts", "TextFacts", "defer", "derive_facts", "read_text_facts"]


@dataclass(frozen=True)
class ReportFacts:
    """The facts the explanation is chosen by. Built by `derive_facts`; see the module docstring."""

    status: str  # positive | negative | equivocal | not_found
    cancer_type: str  # colorectal | breast | gastric | esophageal | other | unknown
    tone: str = ""  # headline key: the status, or low | ultralow (breast) | mutation (mutation only)
    cancer_named: str | None = None  # the report's own name for another cancer ("urothelial carcinoma")
    deciding_test: Assay | None = None
    tests_reported: frozenset[Assay] = frozenset()
    blood: bool = False  # a blood (ctDNA) test is in the report
    tissue: bool = False  # a tissue test (IHC, ISH or tissue NGS) is in the report
    after_treatment: bool = False  # the sample was taken after treatment (e.g. residual tumor)
    untreated_stated: bool = False  # the report says no treatment came before the sample
    treatment_named: bool = False  # a treatment given before the sample is named (summary_words)
    setting: Setting = Setting.NOT_STATED
    alteration: Alteration = Alteration.NONE
    mutations: tuple[str, ...] = ()
    several_mutations: bool = False  # more than one HER2 mutation (the sentence says "changes")
    ihc_score: str | None = None  # "0" | "1+" | "2+" | "3+"
    ihc_score_range: str | None = None  # "0-1+" | "1-2+" when the lab gave a range (the scale marks both)
    ihc_percent: str | None = None  # as written, qualifier kept: ">50%", "about 30%"
    ihc_subgroup_only: bool = False  # a subgroup of cells described, not a score
    ish_group: int | None = None  # ASCO/CAP 2018 group 1-5, where printed
    ish_result: str | None = None  # amplified | not_amplified | equivocal, as the lab or rule gave it
    ish_ratio: float | None = None
    ish_copy_number: float | None = None
    ngs_amplification: str | None = None  # amplified | not_amplified | equivocal (tissue or blood)
    ngs_copy_number: float | None = None
    ngs_threshold: float | None = None  # the lab's stated amplification threshold, if any
    call_source: CallSource | None = None
    her2_low: bool = False
    her2_ultralow: bool = False
    her2_null: bool = False  # IHC 0 with no staining at all (not low, not ultralow)
    ultralow_named: bool = False  # the report itself calls the result "ultralow"
    rules_named: tuple[str, ...] = ()  # scoring rules the report itself names ("ASCO/CAP 2018")
    rules_applied: str | None = None  # the rule set this summary applied
    conflict: bool = False
    revised: bool = False  # an addendum changed an earlier result
    revised_call: str | None = None  # the call the addendum revised to, in the report's words
    not_found_reason: NotFoundReason | None = None
    pending_how: str | None = None  # "sent_out" | "to_follow" as the pending sentence says
    er: str | None = None  # breast, current sample: positive | low_positive | negative | mixed
    pr: str | None = None
    ras_braf_wild_type: bool = False
    ras_shown: bool = False  # KRAS/NRAS results are printed in the summary: never ask for them
    ras_blood_not_detected: bool = False  # a blood test lists KRAS/NRAS as not detected (summary_facts)
    ras_mutant: bool = False  # the report gives a KRAS or NRAS mutation
    ras_named: str = "KRAS / NRAS"  # which: "KRAS (G12V)" (qa4 32: name the mutation)
    braf_shown: bool = False
    wild_type_shown: bool = False  # a gene printed as wild-type (the glossary explains the word)
    amplification_named: bool = False  # an amplified / not amplified result is printed
    copy_number_named: bool = False  # a copy number is printed
    plus_levels: bool = False  # the report prints "+", "++" amplification levels (blood tests)
    ish_not_possible: bool = False  # the report says why ISH was not done (too little tumor left)
    ish_requested: bool = False  # the report says ISH is requested, pending or to follow
    adenocarcinoma_named: bool = False  # the report names an adenocarcinoma (esophagus: HER2 applies)
    rules_stated: bool = False  # the report names its scoring rules
    gene_expression_subtype: bool = False  # "HER2-enriched" named: not a HER2 test result
    results_not_provided: bool = False  # the report says HER2 results were not sent with this sample
    guiding_sample_named: bool = False  # the report says which sample's result guides treatment
    specimen_kind_named: bool = False  # the report names a biopsy or a surgery sample
    ocr: bool = False
    warning_codes: frozenset[str] = frozenset()
    # the report's own name for each sample it lists, by key: (("A", "right breast, core biopsy"),)
    sample_names: tuple[tuple[str, str], ...] = ()
    ish_method: str | None = None  # FISH | CISH | SISH | DISH: the ISH method the report names, if one
    ish_group_named: bool = False  # the report names an ISH group in words (summary_words, sentences20)
    serial_draws: bool = False  # a blood report gives more than one draw (summary_words, sentences23)
    retest_recommended: bool = False  # the report recommends testing HER2 again (qa3 4)
    receptors_named: bool = False  # the report gives ER/PR in some form, read or not (qa3 17)
    her2_line_unread: bool = False  # a HER2 line the engine could not read as a result (qa3 6)
    limited_evidence_comment: bool = False  # ASCO/CAP 2018's group 2/4 comment is in the report (qa3 15)
    result_corrected: bool = False  # the report corrects an earlier HER2 result (qa3 15)
    other_tumor_her2_named: bool = False  # HER2 named for an earlier/other tumor or sample, set aside
    relative_her2_named: bool = False  # HER2 named for a family member's cancer, set aside (b15-f09-06)
    receptors_written: tuple[tuple[str, str], ...] = ()  # breast ER/PR as written, when not read as a call
    caveats: frozenset[str] = frozenset()  # the report's own caveats: decalcified | prior_biomarkers_missing
    conflict_kind: str | None = None  # after_treatment | separate_tumors | lab_chose | concordant
    # a quote that stops at a dot leader, with the rest of its line: it never stops before its call (qa4 18)
    quote_tails: tuple[tuple[str, str], ...] = ()
    single_probe: bool = False  # the report says its ISH used one probe (no chromosome 17 count)
    results_concordant: bool = False  # the report says its HER2 results agree (qa4 26)
    several_tumors: bool = False  # the report describes more than one tumor (qa4 26, b4-f01-07)
    specimens_agree: bool = False  # the report gives results for two or more samples, all the same call
    her2_not_retested: bool = False  # the report says HER2 was not tested again after treatment (qa5 2)
    her2_quoted_not_repeated: bool = False  # "HER2: not repeated on this specimen" (sentences20)
    document_kind: str | None = None  # order_form | note | consent: the title says so (report_words)
    next_steps: frozenset[str] = frozenset()  # the report's own next steps, said as its words (qa5 C6)
    older_criteria: bool = False  # scored by the ASCO/CAP 2007 cut-offs (report_words.TextFacts)
    blood_not_found: bool = False  # a blood test line of the report found no extra copies (its evidence)
    # a blood report quoting a tissue sequencing result, and that tissue result decided the status
    # (interpret.read_tissue_ngs): the summary leads with the tissue test, not the blood one (b6-f05-09)
    tissue_ngs_decides: bool = False
    result_withdrawn: bool = False  # the report withdraws the result it quotes and repeats the test
    # the report withdraws the result it quotes, and no repeat is ordered (sentences12 leftover:
    # devset14 b14-f10-08 'is WITHDRAWN ... Recommendation: repeat ... HER2')
    withdrawn_no_repeat: bool = False
    # the report says a HER2 test (a repeat, ISH, a new biopsy) is ordered or pending
    her2_awaited: bool = False
    ish_failed: bool = False  # the report says its ISH test gave no result that could be read
    ish_results_in_words: frozenset[str] = frozenset()  # ISH results a result line gives in words
    her2_not_performed: bool = False  # the report says HER2 was not tested (report_words.TextFacts)
    ish_not_performed: bool = False  # the report says ISH was not done and none is awaited (b13-f09-10)
    copy_number_other_column: bool = False  # the blood copy number is on a row with two calls (b13-f05-07)
    copy_number_other_gene: bool = False  # the copy number is only on another gene's row (b25-f05-06)
    ish_copies_other_area: bool = False  # the ISH copy number is another area's count (b26-f03-09)
    pending_set_aside: bool = False  # the engine's "pending" was a request or a failed test
    positive_before_treatment: bool = False  # the restated result before treatment was positive

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (a Result sent from a worker) with every deferred fact read: values only."""
        state = dict(self.__dict__)
        for name in state.pop(_LATER, ()):
            state[name] = getattr(self, name)
        return state


# Facts read from the report's words only when something first asks for them (`defer`): a worker
# whose result becomes a record asks for few of them (docs/performance.md §3, session 13).
DEFERRABLE = ("her2_awaited", "ish_results_in_words", "receptors_named", "results_concordant")
_LATER = "_later"  # the instance's {name: function} of facts not read yet


class _Deferred:
    """A field of ReportFacts read when first asked for, then kept in the instance's __dict__
    (which Python looks in before a descriptor with no __set__: functools.cached_property's way),
    so a fact asked for again, or never deferred, costs what a plain field costs."""

    def __init__(self, name: str, default: Any) -> None:
        self.name, self.default = name, default

    def __get__(self, obj: ReportFacts | None, owner: type | None = None) -> Any:
        if obj is None:
            return self.default  # the class attribute the dataclass left: the field's default
        value = obj.__dict__[_LATER][self.name]()
        obj.__dict__[self.name] = value
        return value


for _name in DEFERRABLE:
    setattr(ReportFacts, _name, _Deferred(_name, getattr(ReportFacts, _name)))


def defer(facts: ReportFacts, later: dict[str, Callable[[], Any]]) -> ReportFacts:
    """`facts` (a copy of its own, not shared) with the facts of `later` read when first asked
    for, each by its function (pure: the same value whenever it is called). Every reader gets the
    same value either way; `dataclasses.replace`, `==`, `repr` and pickling read them all."""
    unknown = set(later) - set(DEFERRABLE)
    if unknown:
        raise ValueError(f"not deferrable: {sorted(unknown)}")
    state = facts.__dict__
    for name in later:
        del state[name]
    state[_LATER] = dict(later)
    return facts


def derive_facts(result: Result, text: TextFacts | None = None) -> ReportFacts:
    """The report facts of one Result (pure). `text` holds what only the report's words give;
    without it (a Result built by hand) those facts stay "not stated"."""
    text = text or TextFacts()
    basis = result.status_basis
    tests, blood = tests_run(result)
    deciding = Assay(basis.test) if basis and basis.test in {t.value for t in Assay} else None
    deciding = Assay.NGS if deciding == Assay.ISH and ish_is_ngs_echo(result) else deciding
    amplified = result.status == "positive"
    mutations = tuple(result.ngs.mutations) if result.ngs else ()
    alteration = (
        Alteration.BOTH
        if amplified and mutations
        else Alteration.MUTATION
        if mutations
        else Alteration.AMPLIFICATION
        if amplified
        else Alteration.NONE
    )
    related = result.related
    ihc_score = result.ihc.score if result.ihc else None
    breast = result.cancer_type == "breast"
    # "lung" is the contract's name for a report that names lung cancer; its rules are the "other" ones
    scored_as = "other" if result.cancer_type == "lung" else result.cancer_type
    named = (
        "lung"
        if result.cancer_type == "lung"
        else text.cancer_named
        if scored_as in ("other", "unknown")
        else None
    )
    facts = ReportFacts(
        status=result.status,
        tone=tone(result, alteration, named),
        cancer_type=scored_as,
        cancer_named=named,
        deciding_test=deciding,
        tests_reported=frozenset(tests),
        blood=blood,
        tissue=bool(tests & {Assay.IHC, Assay.ISH, Assay.NGS}),
        after_treatment=text.after_treatment,
        setting=Setting.METASTATIC
        if text.metastatic
        else Setting.EARLY
        if text.early_stage
        else Setting.NOT_STATED,
        alteration=alteration,
        mutations=mutations,
        several_mutations=len(mutations) > 1,
        ihc_score=ihc_score,
        ihc_percent=percent_as_written(result),
        ihc_score_range=result.ihc.score_range if result.ihc else None,
        # the 2018 groups are not how a report scored by the 2007 cut-offs reads its numbers
        ish_group=result.ish.group if result.ish and not text.older_criteria else None,
        ish_result=result.ish.result if result.ish else None,
        ish_ratio=result.ish.ratio if result.ish else None,
        ish_copy_number=result.ish.her2_copy_number if result.ish else None,
        ngs_amplification=ngs_amplification(result),
        ngs_copy_number=result.ngs.copy_number if result.ngs else None,
        call_source=CallSource(result.ish.result_from)
        if result.ish and result.ish.result_from in ("lab", "computed")
        else None,
        her2_low=bool(result.her2_low),
        her2_ultralow=bool(result.her2_ultralow),
        her2_null=breast and ihc_score == "0" and result.her2_ultralow is False,
        ultralow_named=text.ultralow_named,
        rules_named=text.rules_named,
        rules_applied=basis.rule_name if basis else None,
        conflict="conflict" in result.warning_codes,
        specimens_agree=len(result.specimens) >= 2 and len({sp.call for sp in result.specimens}) == 1,
        revised="revised_by_addendum" in result.warning_codes or text.revised_call is not None,
        revised_call=text.revised_call,
        not_found_reason=not_found_reason(result, text, blood),
        pending_how=pending_ways(result),
        er=text.er if breast else None,
        pr=text.pr if breast else None,
        ras_braf_wild_type=(
            related.get("kras") == "wild-type"
            and related.get("nras") == "wild-type"
            and related.get("braf") in ("wild-type", None)
        ),
        ras_shown=bool(related.get("kras") or related.get("nras")),
        ras_mutant="mutant" in (related.get("kras"), related.get("nras")),
        ras_named=ras_named(related),
        braf_shown=bool(related.get("braf")),
        wild_type_shown=any(related.get(g) == "wild-type" for g in ("kras", "nras", "braf")),
        amplification_named=bool(
            (result.ish and result.ish.result in ("amplified", "not_amplified"))
            or ngs_amplification(result) in ("amplified", "not_amplified")
        ),
        copy_number_named=bool(
            (result.ish and result.ish.her2_copy_number is not None)
            or (result.ngs and result.ngs.copy_number is not None)
        ),
        plus_levels=text.plus_levels,
        ish_not_possible=text.ish_not_possible,
        ish_requested=text.ish_requested,
        adenocarcinoma_named=text.adenocarcinoma_named,
        rules_stated=bool(text.rules_named),
        gene_expression_subtype=text.gene_expression_subtype,
        results_not_provided=text.results_not_provided,
        guiding_sample_named=text.guiding_sample_named,
        specimen_kind_named=text.specimen_kind_named,
        document_kind=text.document_kind,
        next_steps=text.next_steps,
        older_criteria=text.older_criteria,
        blood_not_found=blood
        and any(
            ev.finding in ("ngs", "ctdna") and "not_amplified" in ev.value and "tissue=True" not in ev.value
            for ev in result.evidence
        ),
        tissue_ngs_decides=tissue_ngs_decides(result),
        # the report withdraws a result and says HER2 will be tested again: with no result shown
        # ("unsupported" or pending), the summary says so plainly (b7-f10-06)
        result_withdrawn=text.repeat_after_withdrawal,
        withdrawn_no_repeat=text.result_withdrawn_said and not text.repeat_after_withdrawal,
        her2_not_performed=text.her2_not_performed,
        ocr=bool(result.source and result.source.ocr_pages),
        warning_codes=frozenset(result.warning_codes),
        ish_method=result.ish.method if result.ish else None,
        her2_line_unread=her2_line_unread(result, text, blood),
        # a line that is also this result's evidence is not "HER2 for another tumor" (qa4 22)
        # nor is a staining control's line (b14-f06-06 "a HER2 3+ breast carcinoma (positive)" control)
        other_tumor_her2_named=any(
            m.reason in ("history", "other_tumor")
            and m.text not in {e.text for e in result.evidence}
            and not control_line(m.text)
            and not relative_line(m.text)
            for m in result.mentions
        ),
        # a relative's cancer is someone else's, not "an earlier or different tumor" (sentences13:
        # devset15 b15-f09-06 "sister with HER2-positive breast cancer")
        relative_her2_named=any(
            m.reason in ("history", "other_tumor", "relative") and relative_line(m.text, with_result=True)
            for m in result.mentions
        ),
    )
    if result_unsupported(result):
        return _unsupported_facts(facts)
    if facts.status == "negative" and facts.blood and not facts.tissue:
        # a blood test that found no HER2 change is "not detected", never "HER2-negative": the
        # tumor may shed too little DNA into the blood (facts.md §7, §10; qa5 H2)
        return replace(
            facts,
            status="not_found",
            tone="not_found",
            not_found_reason=NotFoundReason.BLOOD_NOT_DETECTED,
            ngs_amplification="not_amplified",
            tests_reported=frozenset({Assay.CTDNA}),
            deciding_test=None,
            rules_applied=None,
        )
    return facts


def _unsupported_facts(facts: ReportFacts) -> ReportFacts:
    """The facts of a result the report does not support: no status, no values to explain or draw."""
    return replace(
        facts,
        status="not_found",
        tone="not_found",
        not_found_reason=NotFoundReason.UNSUPPORTED,
        deciding_test=None,
        tests_reported=frozenset(),
        alteration=Alteration.NONE,
        ihc_score=None,
        ihc_score_range=None,
        ihc_percent=None,
        ish_group=None,
        ish_result=None,
        ish_ratio=None,
        ish_copy_number=None,
        ngs_amplification=None,
        ngs_copy_number=None,
        call_source=None,
        her2_low=False,
        her2_ultralow=False,
        her2_null=False,
        conflict=False,
        amplification_named=False,
        copy_number_named=False,
        rules_applied=None,
    )
