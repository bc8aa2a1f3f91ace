"""Report facts: what the report itself says, derived once from a Result, before any sentence.

The patient summary chooses its sentences by these facts (issue 10), never by status x cancer
type alone: the same "positive" means different things when it came from a protein stain, a gene
copy test on tissue or a blood test, from one sample or from two that disagree, from a tumor that
has spread or one just removed. Every field holds only what the report states (or what the
scoring rule computed, flagged as such); `None` means "the report does not say".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .model import Result


class Test(StrEnum):
    """The kind of test whose result decided the status."""

    IHC = "ihc"  # protein stain
    ISH = "ish"  # gene copy test on tissue (FISH, CISH, SISH, DISH)
    NGS = "ngs"  # tumor DNA sequencing on tissue
    CTDNA = "ctdna"  # tumor DNA in blood (liquid biopsy)


class Alteration(StrEnum):
    """What kind of HER2 change the report describes (facts.md §6: keep them apart)."""

    AMPLIFICATION = "amplification"  # extra protein or extra gene copies: what HER2-positive means
    MUTATION = "mutation"  # a change in the gene's letters; never "HER2-positive"
    BOTH = "both"
    NONE = "none"


class Setting(StrEnum):
    """The disease setting, only where the report states it in words."""

    METASTATIC = "metastatic"  # "metastatic", "stage IV", "advanced", "unresectable"
    EARLY = "early"  # "stage I-III", "early-stage", a resection with no stated spread
    NOT_STATED = "not_stated"


class CallSource(StrEnum):
    """Whether the lab wrote the call in words or the scoring rule worked it out from numbers."""

    LAB = "lab"
    COMPUTED = "computed"


class NotFoundReason(StrEnum):
    """Why no HER2 result was found (issue 10, defect 10): each gets its own sentence."""

    NO_TUMOR = "no_tumor"  # not enough tumor (or no tumor) in the sample to test
    PENDING = "pending"  # test ordered, pending, sent out, or reported separately
    UNINTERPRETABLE = "uninterpretable"  # stain could not be read; repeat or addendum expected
    NGS_NO_ERBB2 = "ngs_no_erbb2"  # sequencing done, no ERBB2 copy result (maybe only a mutation)
    MUTATION_ONLY = "mutation_only"  # an ERBB2 mutation, no amplification result
    BLOOD_NOT_DETECTED = "blood_not_detected"  # a blood test did not detect amplification
    OTHER_CANCER = "other_cancer"  # HER2 named only for an earlier or different cancer
    LOW_CONFIDENCE = "low_confidence"  # read from a scan too unsure to give a status
    NOT_MENTIONED = "not_mentioned"  # nothing about HER2 for this tumor


@dataclass(frozen=True)
class SampleResult:
    """One sample's own HER2 result where the report gives more than one (e.g. biopsy and resection)."""

    sample: str  # the report's words for it ("core biopsy", "liver metastasis", "plasma")
    summary: str  # short description of the result, e.g. "IHC 3+"


@dataclass(frozen=True)
class ReportFacts:
    """The facts the explanation is chosen by. Built by `derive_facts`; see the module docstring."""

    status: str  # positive | negative | equivocal | not_found
    cancer_type: str  # colorectal | breast | gastric | esophageal | lung | other | unknown
    cancer_named: str | None = None  # the report's own name for another cancer ("urothelial carcinoma")
    deciding_test: Test | None = None
    tests_reported: frozenset[Test] = frozenset()
    blood: bool = False  # a blood (ctDNA) test is in the report
    tissue: bool = False  # a tissue test (IHC, ISH or tissue NGS) is in the report
    samples: tuple[SampleResult, ...] = ()  # per-sample results where the report gives more than one
    after_treatment: bool = False  # the sample was taken after treatment (e.g. residual tumor)
    setting: Setting = Setting.NOT_STATED
    alteration: Alteration = Alteration.NONE
    mutations: tuple[str, ...] = ()
    ihc_score: str | None = None  # "0" | "1+" | "2+" | "3+"
    ihc_score_range: str | None = None  # "0-1+" | "1-2+" when the lab gave a range (the scale marks both)
    ihc_percent: str | None = None  # as written, qualifier kept: ">50%", "about 30%"
    ihc_subgroup_only: bool = False  # a subgroup of cells described, not a score
    ish_group: int | None = None  # ASCO/CAP 2018 group 1-5, where printed
    ish_ratio: float | None = None
    ish_copy_number: float | None = None
    ngs_copy_number: float | None = None
    ngs_threshold: float | None = None  # the lab's stated amplification threshold, if any
    call_source: CallSource | None = None
    her2_low: bool = False
    her2_ultralow: bool = False
    her2_null: bool = False  # IHC 0 with no staining at all (not low, not ultralow)
    rules_named: tuple[str, ...] = ()  # scoring rules the report itself names ("ASCO/CAP 2018")
    rules_applied: str | None = None  # the rule set this summary applied
    conflict: bool = False
    revised: bool = False  # an addendum changed an earlier result
    not_found_reason: NotFoundReason | None = None
    er: str | None = None  # breast: "positive" | "negative" as the report gives it
    pr: str | None = None
    ras_braf_wild_type: bool = False
    related_shown: frozenset[str] = field(default_factory=frozenset)  # genes printed in the summary
    gene_expression_subtype: bool = False  # "HER2-enriched" named: not a HER2 test result
    ocr: bool = False
    warning_codes: frozenset[str] = frozenset()


def derive_facts(result: Result) -> ReportFacts:
    """The report facts of one Result (pure: reads only the Result, never the report text)."""
    basis = result.status_basis
    tests: set[Test] = set()
    if result.ihc and (result.ihc.score or result.ihc.score_range):
        tests.add(Test.IHC)
    if result.ish and (result.ish.result or result.ish.ratio is not None):
        tests.add(Test.ISH)
    blood = bool(result.ngs and result.ngs.ctdna)
    if result.ngs and (
        result.ngs.amplification or result.ngs.copy_number is not None or result.ngs.mutations
    ):
        tests.add(Test.CTDNA if blood else Test.NGS)
    deciding = Test(basis.test) if basis and basis.test in {t.value for t in Test} else None
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
    return ReportFacts(
        status=result.status,
        cancer_type=result.cancer_type,
        deciding_test=deciding,
        tests_reported=frozenset(tests),
        blood=blood,
        tissue=bool(tests & {Test.IHC, Test.ISH, Test.NGS}),
        alteration=alteration,
        mutations=mutations,
        ihc_score=result.ihc.score if result.ihc else None,
        ihc_score_range=result.ihc.score_range if result.ihc else None,
        ihc_percent=f"{result.ihc.percent_cells:g}%"
        if result.ihc and result.ihc.percent_cells is not None
        else None,
        ish_group=result.ish.group if result.ish else None,
        ish_ratio=result.ish.ratio if result.ish else None,
        ish_copy_number=result.ish.her2_copy_number if result.ish else None,
        ngs_copy_number=result.ngs.copy_number if result.ngs else None,
        call_source=CallSource(result.ish.result_from)
        if result.ish and result.ish.result_from in ("lab", "computed")
        else None,
        her2_low=bool(result.her2_low),
        her2_ultralow=bool(result.her2_ultralow),
        rules_applied=basis.rule_name if basis else None,
        conflict="conflict" in result.warning_codes,
        revised="revised_by_addendum" in result.warning_codes,
        ras_braf_wild_type=(
            related.get("kras") == "wild-type"
            and related.get("nras") == "wild-type"
            and related.get("braf") in ("wild-type", None)
        ),
        related_shown=frozenset(k for k in ("kras", "nras", "braf", "msi", "mmr") if related.get(k)),
        ocr=bool(result.source and result.source.ocr_pages),
        warning_codes=frozenset(result.warning_codes),
    )
