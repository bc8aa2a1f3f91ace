"""The typed result of reading one report, and its versioned JSON form (docs/json-contract.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from . import SCHEMA_VERSION  # one version string for the package and the contract
from .errors import ErrorKind

if TYPE_CHECKING:
    from .explain import Explanation
    from .facts import ReportFacts

Status = Literal["positive", "negative", "equivocal", "not_found"]
CancerType = Literal["colorectal", "breast", "gastric", "esophageal", "lung", "other", "unknown"]
STATUSES: tuple[str, ...] = ("positive", "negative", "equivocal", "not_found")
# "lung" (schema 1.2): the report names lung cancer; it is scored by the "other" (solid tumor) rules
CANCER_TYPES: tuple[str, ...] = ("colorectal", "breast", "gastric", "esophageal", "lung", "other", "unknown")
# IHC score -> the call it gives on its own; the same cut-offs in every scoring rule her2cli applies
# (0/1+ negative, 2+ equivocal until ISH decides, 3+ positive). One table for the engine's check,
# the summary rows and the FHIR interpretation.
IHC_SCORE_CALL: dict[str, str] = {"0": "negative", "1+": "negative", "2+": "equivocal", "3+": "positive"}

# The fields every JSON record has, in the order they are written after the two version fields;
# the JSON Schema's `required` list is built from this one tuple.
RECORD_FIELDS: tuple[str, ...] = (
    "source",
    "status",
    "status_basis",
    "cancer_type",
    "her2_low",
    "her2_ultralow",
    "ihc",
    "ish",
    "ngs",
    "related",
    "specimens",
    "evidence",
    "mentions",
    "warnings",
    "warning_codes",
    "error",
)


@dataclass
class Ihc:
    score: str | None = None  # "0" | "1+" | "2+" | "3+"
    score_range: str | None = None  # "0-1+" when the lab gave a range
    percent_cells: float | None = None
    # how the report qualified the share: ">", ">=", "<", "<=", "about" ("~50%"), or None as written plain
    percent_qualifier: str | None = None
    clone: str | None = None
    lab_call: str | None = None
    page: int | None = None


@dataclass
class Ish:
    result: str | None = None  # amplified | not_amplified | equivocal
    ratio: float | None = None
    her2_copy_number: float | None = None
    cep17_copy_number: float | None = None
    cells_counted: int | None = None
    group: int | None = None
    method: str | None = None
    result_from: str | None = None  # "lab" when the report states it, "computed" from ratio/copies
    page: int | None = None


@dataclass
class Ngs:
    amplification: str | None = None  # amplified | not_amplified | equivocal
    copy_number: float | None = None
    mutations: list[str] = field(default_factory=list)
    variants_of_unknown_significance: list[str] = field(default_factory=list)
    ctdna: bool = False
    page: int | None = None


@dataclass
class Specimen:
    """One specimen, block or tumor of a report that gives HER2 results for several (issue 11).

    The overall status still follows the documented rule (the highest result, with a warning that
    names the samples); this list lets a reader see each one.
    """

    label: str  # as the report names it: "A", "Block A3", "Left breast", "Liver metastasis"
    ihc: str | None = None  # "0" | "1+" | "2+" | "3+"
    ish: str | None = None  # amplified | not_amplified | equivocal
    call: str = "not_found"  # this specimen's status by the same rules as the overall one
    page: int | None = None


@dataclass
class Evidence:
    page: int
    text: str
    finding: str
    value: str
    start: int
    end: int
    match: str
    view: str = "text"
    section: str | None = None
    reason: str | None = None  # mentions only
    ocr_confidence: float | None = None  # OCR'd pages: lowest word confidence of the quoted words


@dataclass
class StatusBasis:
    rule: str
    rule_name: str
    test: str | None
    reason: str


@dataclass
class SourceInfo:
    path: str
    kind: str
    pages: int
    ocr_pages: list[int]
    sha256: str


@dataclass
class ErrorInfo:
    kind: ErrorKind
    message: str


@dataclass
class Result:
    status: str
    cancer_type: str
    her2_low: bool | None
    her2_ultralow: bool | None
    ihc: Ihc | None
    ish: Ish | None
    ngs: Ngs | None
    related: dict[str, Any]
    evidence: list[Evidence]
    mentions: list[Evidence]
    warnings: list[str]
    status_basis: StatusBasis | None = None
    source: SourceInfo | None = None
    error: ErrorInfo | None = None
    meaning: str | None = None
    questions: list[str] | None = None
    # the "Please note" lines of the patient summary, as it shows them (schema 1.4; explain.attach_explanation)
    notes: list[str] | None = None
    # one stable code per warning (same order), and the values its translated text needs
    warning_codes: list[str] = field(default_factory=list)
    warning_params: list[dict[str, Any]] = field(default_factory=list)
    # several specimens with their own HER2 results; empty when the report has one (schema 1.1)
    specimens: list[Specimen] = field(default_factory=list)
    # the patient explanation, attached once in the reader's language (her2cli.explain)
    explanation: Explanation | None = field(default=None, repr=False, compare=False)
    # what the report states, derived once (her2cli.facts); the explanation is chosen by these
    facts: ReportFacts | None = field(default=None, repr=False, compare=False)

    def add_warning(self, code: str, text: str, **params: Any) -> None:
        if text not in self.warnings:
            self.warnings.append(text)
            self.warning_codes.append(code)
            self.warning_params.append(params)

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        d = asdict(replace(self, explanation=None, facts=None))
        ordered: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "her2cli_version": __version__}
        for key in RECORD_FIELDS:
            ordered[key] = d[key]
        if self.meaning is not None:
            ordered["meaning"] = self.meaning
        if self.questions is not None:
            ordered["questions"] = self.questions
        if self.notes is not None:
            ordered["notes"] = self.notes
        return ordered


def first_present(values: list[str | None] | set[str], order: tuple[str, ...]) -> str | None:
    """The first of `order` that occurs in `values` (the precedence rules of results)."""
    return next((v for v in order if v in values), None)


def empty_related() -> dict[str, Any]:
    # er / pr (schema 1.4): breast ER/PR as the summary shows them, set by explain.attach_explanation
    return {"kras": None, "nras": None, "braf": None, "msi": None, "mmr": None, "er": None, "pr": None}


def error_result(path: str, kind: ErrorKind, message: str, source_kind: str = "unknown") -> Result:
    """What a failed read looks like: never a status other than not_found."""
    return Result(
        status="not_found",
        cancer_type="unknown",
        her2_low=None,
        her2_ultralow=None,
        ihc=None,
        ish=None,
        ngs=None,
        related=empty_related(),
        evidence=[],
        mentions=[],
        warnings=[],
        source=SourceInfo(path=path, kind=source_kind, pages=0, ocr_pages=[], sha256=""),
        error=ErrorInfo(kind=kind, message=message),
    )
