"""A result record as one FHIR R4 Bundle (type `collection`), for EHRs, registries and trial matching.

The Bundle holds a DiagnosticReport for the source report, one Observation per measured HER2 value
(shaped after the mCODE Tumor Marker Test profile, or the Genomics Reporting variant observation for
NGS), the overall status as a `48676-1` interpretation observation, the specimen type where it is
known, and a Device naming her2cli's version and the scoring rule. Evidence lines (quoted text and
page) go in each observation's `note`. Nothing identifies the patient: `subject` is only set from a
reference the user supplies (`--subject Patient/ID`).

Every coding comes from her2cli/data/fhir_codes.toml, which cites where each code and display was
checked; a value without a confirmed code is left out (docs/fhir.md lists what and why). Only the
standard library is used, so `scan` stays fast; validation with `fhir.resources` lives in the tests.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..model import IHC_SCORE_CALL
from ..rules.text import text_patterns

FHIR_VERSION = "4.0.1"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
TUMOR_MARKER_PROFILE = MCODE + "mcode-tumor-marker-test"
GENOMIC_VARIANT_PROFILE = MCODE + "mcode-genomic-variant"
_NAMESPACE = uuid.UUID("0f0b6f3e-6a49-5c8e-9d3e-48e2c1f0e214")  # fixed: the same report gives the same ids

IHC_SCORES = {"0": "answer.ihc_0", "1+": "answer.ihc_1", "2+": "answer.ihc_2", "3+": "answer.ihc_3"}
CALL_ANSWERS = {
    "positive": ("answer.positive", "answer.snomed_positive"),
    "negative": ("answer.negative", "answer.snomed_negative"),
    "equivocal": ("answer.snomed_equivocal",),
}
ISH_CALLS = {"amplified": "positive", "not_amplified": "negative", "equivocal": "equivocal"}
METHOD_TEXT = {
    "ihc": "Immunohistochemistry (IHC)",
    "ish": "In situ hybridization (ISH)",
    "ngs": "Next-generation sequencing (NGS)",
}


@dataclass(frozen=True)
class Code:
    """One row of fhir_codes.toml."""

    key: str
    system: str
    code: str
    display: str
    source: str

    def coding(self) -> dict[str, str]:
        return {"system": self.system, "code": self.code, "display": self.display}


@cache
def load_codes() -> dict[str, Code]:
    """The code table, checked on load: every row has a system, code, display and source."""
    text = resources.files("her2cli").joinpath("data", "fhir_codes.toml").read_text(encoding="utf-8")
    table: dict[str, Code] = {}
    for group, rows in tomllib.loads(text).items():
        for name, row in rows.items():
            missing = [f for f in ("system", "code", "display", "source") if not str(row.get(f, "")).strip()]
            if missing:
                raise ValueError(f"fhir_codes.toml: [{group}.{name}] lacks {', '.join(missing)}")
            key = f"{group}.{name}"
            table[key] = Code(key, row["system"], row["code"], row["display"], row["source"])
    return table


def concept(*keys: str, text: str | None = None) -> dict[str, Any]:
    """A CodeableConcept from code-table keys (and an optional text)."""
    codes = load_codes()
    out: dict[str, Any] = {}
    if keys:
        out["coding"] = [codes[k].coding() for k in keys]
    if text:
        out["text"] = text
    return out


def valid_subject(subject: str) -> bool:
    return bool(text_patterns().fhir_subject.match(subject))


class _Builder:
    """Collects the entries of one Bundle; ids are derived from the report's hash and a name."""

    def __init__(self, record: dict[str, Any], subject: str | None) -> None:
        self.record = record
        self.subject = subject
        sha = (record.get("source") or {}).get("sha256") or ""
        self.seed = sha or uuid.uuid4().hex
        self.entries: list[dict[str, Any]] = []

    def url(self, name: str) -> str:
        return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{self.seed}/{name}')}"

    def add(self, name: str, resource: dict[str, Any]) -> str:
        url = self.url(name)
        resource = {"resourceType": resource.pop("resourceType"), "id": url.rsplit(":", 1)[1], **resource}
        self.entries.append({"fullUrl": url, "resource": resource})
        return url

    def with_subject(self, resource: dict[str, Any]) -> dict[str, Any]:
        if self.subject:
            resource["subject"] = {"reference": self.subject}
        return resource


def _note_text(item: dict[str, Any]) -> str:
    text = (item.get("text") or "").strip()
    if not text:
        return f"Report page {item.get('page')}: quoted line left out (--redact)."
    return f'Report page {item.get("page")}: "{text}"'


def _notes(
    evidence: list[dict[str, Any]], findings: tuple[str, ...], must_contain: str | None = None
) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in evidence:
        if item.get("finding") not in findings:
            continue
        if (
            must_contain
            and must_contain.lower() not in f"{item.get('value', '')} {item.get('text', '')}".lower()
        ):
            continue
        note = {"text": _note_text(item)}
        if note not in out:
            out.append(note)
    return out


def _observation(
    b: _Builder, code: dict[str, Any], method: dict[str, Any], profile: str | None
) -> dict[str, Any]:
    obs: dict[str, Any] = {"resourceType": "Observation"}
    if profile and b.subject:  # the mCODE profiles require a subject: claimed only when there is one
        obs["meta"] = {"profile": [profile]}
    obs["status"] = "final"
    obs["category"] = [concept("other.category_laboratory")]
    obs["code"] = code
    b.with_subject(obs)
    obs["method"] = method
    return obs


def _finish(
    obs: dict[str, Any], notes: list[dict[str, str]], specimen: str | None, device: str
) -> dict[str, Any]:
    if notes:
        obs["note"] = notes
    if specimen:
        obs["specimen"] = {"reference": specimen}
    obs["device"] = {"reference": device}
    return obs


def _ihc_observations(
    b: _Builder, ihc: dict[str, Any], evidence: list[dict[str, Any]], tissue: str | None, device: str
) -> list[str]:
    score = ihc.get("score")
    if score not in IHC_SCORES:
        return []
    method_text = METHOD_TEXT["ihc"] + (f", clone {ihc['clone']}" if ihc.get("clone") else "")
    obs = _observation(b, concept("observation.ihc"), {"text": method_text}, TUMOR_MARKER_PROFILE)
    obs["valueCodeableConcept"] = concept(IHC_SCORES[score])
    obs["interpretation"] = [concept(CALL_ANSWERS[IHC_SCORE_CALL[score]][-1])]
    return [b.add("ihc", _finish(obs, _notes(evidence, ("ihc",)), tissue, device))]


def _ish_observations(
    b: _Builder, ish: dict[str, Any], evidence: list[dict[str, Any]], tissue: str | None, device: str
) -> list[str]:
    """FISH only: the LOINC codes confirmed for ISH say "by FISH"; SISH, DISH, CISH and an unnamed
    ISH method are left out rather than coded as FISH."""
    if (ish.get("method") or "").upper() != "FISH":
        return []
    notes = _notes(evidence, ("ish",))
    method = {"text": "Fluorescence in situ hybridization (FISH)"}
    urls: list[str] = []
    call = ISH_CALLS.get(ish.get("result") or "")
    if call:
        obs = _observation(b, concept("observation.fish_result"), method, TUMOR_MARKER_PROFILE)
        obs["valueCodeableConcept"] = concept(*CALL_ANSWERS[call])
        extra = []
        if ish.get("result_from") == "computed":
            extra = [
                {
                    "text": "her2cli worked this result out from the ratio and copy numbers; the report does not state it."
                }
            ]
        urls.append(b.add("ish-result", _finish(obs, extra + notes, tissue, device)))
    if ish.get("ratio") is not None:
        obs = _observation(b, concept("observation.fish_ratio"), method, TUMOR_MARKER_PROFILE)
        obs["valueRatio"] = {"numerator": {"value": ish["ratio"]}, "denominator": {"value": 1}}
        urls.append(b.add("ish-ratio", _finish(obs, notes, tissue, device)))
    for field, key in (("her2_copy_number", "fish_her2_copies"), ("cep17_copy_number", "fish_cep17_copies")):
        if ish.get(field) is not None:
            obs = _observation(b, concept(f"observation.{key}"), method, TUMOR_MARKER_PROFILE)
            obs["valueQuantity"] = {"value": ish[field], "unit": "copies per nucleus"}
            urls.append(b.add(f"ish-{field}", _finish(obs, notes, tissue, device)))
    return urls


def _gene_component() -> dict[str, Any]:
    return {"code": concept("component.gene_studied"), "valueCodeableConcept": concept("other.gene_erbb2")}


def _ngs_observations(
    b: _Builder, ngs: dict[str, Any], evidence: list[dict[str, Any]], specimen: str | None, device: str
) -> list[str]:
    """Amplification and each ERBB2 mutation as variant observations. A mutation never carries an
    interpretation: it is not a HER2-positive result."""
    urls: list[str] = []
    amplification = ngs.get("amplification")
    answer = {
        "amplified": ("answer.present",),
        "not_amplified": ("answer.absent",),
        "equivocal": ("answer.snomed_equivocal",),
    }
    if amplification in answer:
        code = concept("observation.variant", text="ERBB2 amplification (copy-number gain)")
        obs = _observation(b, code, concept("other.method_sequencing"), GENOMIC_VARIANT_PROFILE)
        obs["valueCodeableConcept"] = concept(*answer[amplification])
        components = [_gene_component()]
        if ngs.get("copy_number") is not None:
            components.append(
                {"code": concept("component.copy_number"), "valueQuantity": {"value": ngs["copy_number"]}}
            )
        obs["component"] = components
        notes = _notes(evidence, ("ngs",))
        if ngs.get("ctdna") and amplification == "not_amplified":
            notes.insert(
                0,
                {
                    "text": "Blood (ctDNA) test: not detecting amplification in blood is not a negative HER2 result."
                },
            )
        urls.append(b.add("ngs-amplification", _finish(obs, notes, specimen, device)))
    for index, mutation in enumerate(ngs.get("mutations") or []):
        code = concept(
            "observation.variant", text=f"ERBB2 variant {mutation} (a mutation, not HER2 amplification)"
        )
        obs = _observation(b, code, concept("other.method_sequencing"), GENOMIC_VARIANT_PROFILE)
        obs["valueCodeableConcept"] = concept("answer.present")
        obs["component"] = [
            _gene_component(),
            {"code": concept("component.protein_change"), "valueCodeableConcept": {"text": mutation}},
        ]
        urls.append(
            b.add(
                f"mutation-{index}", _finish(obs, _notes(evidence, ("mutation",), mutation), specimen, device)
            )
        )
    return urls


def _interpretation(b: _Builder, record: dict[str, Any], tissue: str | None, device: str) -> list[str]:
    """The overall status as `48676-1` (HER2 interpretation in tissue). not_found gives none: the
    absence of a finding is not a negative result; nor does a status read from a blood (ctDNA) test,
    which is not "in tissue"."""
    status = record.get("status")
    basis = record.get("status_basis") or {}
    ngs = record.get("ngs") or {}
    if status not in CALL_ANSWERS or record.get("error"):
        return []
    if basis.get("test") == "ctdna" or (basis.get("test") == "ngs" and ngs.get("ctdna")):
        return []
    test = basis.get("test") or ""
    method = {"text": METHOD_TEXT.get(test, "her2cli scoring of the report's findings")}
    obs = _observation(b, concept("observation.her2_interpretation"), method, TUMOR_MARKER_PROFILE)
    obs["valueCodeableConcept"] = concept(*CALL_ANSWERS[status])
    notes = _notes(record.get("evidence") or [], ("ihc", "ish", "ngs", "status_statement", "her2_low"))
    return [b.add("interpretation", _finish(obs, notes, tissue, device))]


def _device(b: _Builder, record: dict[str, Any]) -> str:
    versions: list[dict[str, Any]] = [
        {"type": {"text": "software version"}, "value": str(record.get("her2cli_version") or "")}
    ]
    basis = record.get("status_basis") or {}
    if basis.get("rule_name"):
        versions.append(
            {"type": {"text": "scoring rule"}, "value": f"{basis.get('rule')}: {basis['rule_name']}"}
        )
    device = {
        "resourceType": "Device",
        "deviceName": [{"name": "her2cli", "type": "user-friendly-name"}],
        "type": {"text": "Software that reads HER2 results from report text"},
        "version": versions,
    }
    return b.add("device", device)


def _specimens(b: _Builder, record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(tissue, NGS specimen) references: IHC and ISH are tissue tests; a ctDNA test is blood
    plasma; a tissue NGS panel's specimen is not stated in a form her2cli reads, so it has none."""
    tissue = None
    if record.get("ihc") or record.get("ish"):
        tissue = b.add(
            "specimen-tissue",
            b.with_subject({"resourceType": "Specimen", "type": concept("other.specimen_tissue")}),
        )
    ngs = record.get("ngs") or {}
    plasma = None
    if ngs.get("ctdna"):
        plasma = b.add(
            "specimen-plasma",
            b.with_subject(
                {"resourceType": "Specimen", "type": {"text": "Blood plasma (circulating tumor DNA)"}}
            ),
        )
    return tissue, plasma


def build_bundle(record: dict[str, Any], *, subject: str | None = None) -> dict[str, Any]:
    """The FHIR R4 Bundle for one result record (the JSON contract's dict, see Result.to_dict)."""
    if subject is not None and not valid_subject(subject):
        raise ValueError(f"--subject must be a reference such as Patient/123, not {subject!r}")
    b = _Builder(record, subject)
    evidence = record.get("evidence") or []
    device = _device(b, record)
    tissue, plasma = _specimens(b, record)
    results: list[str] = []
    results += _interpretation(b, record, tissue, device)
    results += _ihc_observations(b, record.get("ihc") or {}, evidence, tissue, device)
    results += _ish_observations(b, record.get("ish") or {}, evidence, tissue, device)
    ngs = record.get("ngs") or {}
    if (
        ngs.get("ctdna")
        and not ngs.get("amplification")
        and "ctdna_not_detected" in record.get("warning_codes", [])
    ):
        # the JSON gives a blood "not detected" no amplification value; FHIR records it as absent,
        # with the caution that it is not a negative
        ngs = {**ngs, "amplification": "not_amplified"}
    results += _ngs_observations(b, ngs, evidence, plasma, device)
    report: dict[str, Any] = {
        "resourceType": "DiagnosticReport",
        "identifier": [
            {
                "type": {"text": "SHA-256 of the report file"},
                "value": (record.get("source") or {}).get("sha256") or "unknown",
            }
        ],
        "status": "final",
        "code": {"text": "HER2 (ERBB2) results read from a pathology or genomic report"},
    }
    b.with_subject(report)
    specimens = [s for s in (tissue, plasma) if s]
    if specimens:
        report["specimen"] = [{"reference": s} for s in specimens]
    if results:
        report["result"] = [{"reference": r} for r in results]
    b.add("report", report)
    b.entries.insert(0, b.entries.pop())  # the DiagnosticReport first, then what it refers to
    return {
        "resourceType": "Bundle",
        "id": b.url("bundle").rsplit(":", 1)[1],
        "type": "collection",
        "entry": b.entries,
    }


def operation_outcome(record: dict[str, Any]) -> dict[str, Any]:
    """A report that could not be read: one OperationOutcome in place of its Bundle."""
    error = record.get("error") or {}
    return {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": "processing",
                "details": {"text": str(error.get("kind") or "error")},
                "diagnostics": str(error.get("message") or ""),
            }
        ],
    }


def resource_for_record(record: dict[str, Any], *, subject: str | None = None) -> dict[str, Any]:
    """What one input becomes in FHIR NDJSON: its Bundle, or an OperationOutcome when it failed."""
    return operation_outcome(record) if record.get("error") else build_bundle(record, subject=subject)


def profiles_summary() -> dict[str, Any]:
    """What `her2cli schema --format fhir` prints: profiles, resources and every code with its source."""
    return {
        "fhir_version": FHIR_VERSION,
        "bundle_type": "collection",
        "profiles": {
            "tumor_marker_test": TUMOR_MARKER_PROFILE
            + " (claimed only with --subject; shape followed always)",
            "genomic_variant": GENOMIC_VARIANT_PROFILE + " (claimed only with --subject)",
        },
        "resources": [
            "DiagnosticReport",
            "Observation",
            "Specimen",
            "Device",
            "OperationOutcome (scan, unreadable report)",
        ],
        "codes": [
            {"key": c.key, "system": c.system, "code": c.code, "display": c.display, "source": c.source}
            for c in load_codes().values()
        ],
    }


def fhir_json(resource: dict[str, Any], *, indent: int | None = 2) -> str:
    """JSON text of a resource; file names with non-UTF-8 bytes escaped as in the JSON output."""
    import json

    text = json.dumps(resource, indent=indent, ensure_ascii=False, separators=None if indent else (",", ":"))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # only a lone surrogate is escaped


def previous_bundles(ndjson: str) -> dict[str, tuple[str | None, str]]:
    """sha256 -> (sha256, line) of the Bundles in an earlier FHIR NDJSON output (scan --resume).

    A Bundle names no file, so the report's hash (the DiagnosticReport identifier) is the key;
    OperationOutcome lines and lines cut short by a crash are read again."""
    import json

    previous: dict[str, tuple[str | None, str]] = {}
    for line in ndjson.splitlines():
        try:
            resource = json.loads(line)
        except ValueError:
            continue
        if not isinstance(resource, dict) or resource.get("resourceType") != "Bundle":
            continue
        for entry in resource.get("entry") or []:
            res = entry.get("resource") or {}
            if res.get("resourceType") == "DiagnosticReport":
                sha = ((res.get("identifier") or [{}])[0]).get("value")
                if sha and sha != "unknown":
                    previous[sha] = (sha, line + "\n")
    return previous
