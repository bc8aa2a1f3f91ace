"""FHIR R4 output (issue 14): every sample report's Bundle validates against the FHIR models of
`fhir.resources` (R4B, see docs/fhir.md), every code comes from her2cli/data/fhir_codes.toml, and
positive / negative / equivocal / not found / mutation-only / ctDNA reports give exactly the
codes the mapping promises: no interpretation for not_found, never a positive one for a mutation.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.operationoutcome import OperationOutcome
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic.v1 import ValidationError  # fhir.resources 7 builds its models on pydantic's v1 API
from typer.testing import CliRunner

from her2cli.api import safe_explain_file
from her2cli.batch import collect_inputs
from her2cli.cli import app
from her2cli.model import error_result
from her2cli.render.fhir import build_bundle, load_codes, resource_for_record
from her2cli.render.json_ import redact_record

from .conftest import SAMPLES

runner = CliRunner()
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    """Every sample report's record, keyed by file name (read once, in process)."""
    out = {}
    for item in collect_inputs([str(SAMPLES)]):
        record = safe_explain_file(item.path).to_dict()
        record["file"] = item.path
        out[os.path.basename(item.path)] = record
    return out


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def observations(bundle: dict[str, Any], loinc: str) -> list[dict[str, Any]]:
    return [
        o
        for o in resources(bundle, "Observation")
        if any(c["code"] == loinc for c in o["code"].get("coding", []))
    ]


def codes_of(concept: dict[str, Any]) -> list[str]:
    return [c["code"] for c in concept.get("coding", [])]


def all_codings(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"system", "code"} <= node.keys() else []
        return found + [c for v in node.values() for c in all_codings(v)]
    if isinstance(node, list):
        return [c for v in node for c in all_codings(v)]
    return []


# FHIR R4 required bindings of the coded elements her2cli writes (hl7.org/fhir/R4 valuesets
# observation-status, diagnostic-report-status, bundle-type, device-nametype, issue-severity, issue-type)
REQUIRED_CODES = {
    ("Observation", "status"): {
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
    },
    ("DiagnosticReport", "status"): {
        "registered",
        "partial",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "appended",
        "cancelled",
        "entered-in-error",
        "unknown",
    },
    ("Bundle", "type"): {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    },
}
DEVICE_NAME_TYPES = {
    "udi-label-name",
    "user-friendly-name",
    "patient-reported-name",
    "manufacturer-name",
    "model-name",
    "other",
}


def assert_required_codes(resource: dict[str, Any]) -> None:
    if resource["resourceType"] == "OperationOutcome":
        assert all(
            i["severity"] in {"fatal", "error", "warning", "information"} and i["code"] == "processing"
            for i in resource["issue"]
        )
        return
    assert resource["type"] in REQUIRED_CODES[("Bundle", "type")]
    for entry in resource["entry"]:
        res = entry["resource"]
        assert entry["fullUrl"] == f"urn:uuid:{res['id']}"
        allowed = REQUIRED_CODES.get((res["resourceType"], "status"))
        if allowed:
            assert res["status"] in allowed, res["status"]
        for name in res.get("deviceName", []):
            assert name["type"] in DEVICE_NAME_TYPES


# --- every sample report ------------------------------------------------------------------------


def test_every_sample_bundle_validates_and_uses_only_tabled_codes(records: dict[str, dict[str, Any]]) -> None:
    table = {(c.system, c.code, c.display) for c in load_codes().values()}
    assert len(records) >= 80
    for name, record in records.items():
        for subject in (None, "Patient/example-1"):
            resource = resource_for_record(record, subject=subject)
            model = Bundle if resource["resourceType"] == "Bundle" else OperationOutcome
            model.parse_obj(resource)
            assert_required_codes(resource)
            for coding in all_codings(resource):
                assert (coding["system"], coding["code"], coding["display"]) in table, (name, coding)


def test_the_validator_rejects_a_broken_bundle(records: dict[str, dict[str, Any]]) -> None:
    """The check above can fail: a wrong status code or a misspelt element is refused."""
    bundle = build_bundle(records["crc_resection_ihc3_ngs_amp.pdf"])
    obs = observations(bundle, "48676-1")[0]
    obs["valueCodeableConcepts"] = obs.pop("valueCodeableConcept")
    with pytest.raises(ValidationError):
        Bundle.parse_obj(bundle)
    obs["valueCodeableConcept"] = obs.pop("valueCodeableConcepts")
    code = obs.pop("code")
    with pytest.raises(ValidationError):
        Bundle.parse_obj(bundle)
    obs["code"] = code
    obs["status"] = "done"
    Bundle.parse_obj(bundle)  # fhir.resources does not check required bindings ...
    with pytest.raises(AssertionError):
        assert_required_codes(bundle)  # ... so the tests do, for the elements her2cli writes


def test_the_code_table_names_a_source_for_every_code_and_the_docs_list_them() -> None:
    docs = (SAMPLES.parent / "docs" / "fhir.md").read_text(encoding="utf-8")
    for code in load_codes().values():
        assert f"| `{code.code}` | {code.display} | {code.system} |" in docs, code.key
        assert code.source.strip() and code.display.strip(), code.key
        assert code.system.startswith("http"), code.key


# --- exact codes per kind of report ---------------------------------------------------------------


def test_positive_colorectal_ihc3_with_ngs_amplification(records: dict[str, dict[str, Any]]) -> None:
    bundle = build_bundle(records["crc_resection_ihc3_ngs_amp.pdf"])
    [status] = observations(bundle, "48676-1")
    assert codes_of(status["valueCodeableConcept"]) == ["LA6576-8", "10828004"]
    [ihc] = observations(bundle, "18474-7")
    assert codes_of(ihc["valueCodeableConcept"]) == ["LA11843-2"]
    assert codes_of(ihc["interpretation"][0]) == ["10828004"]
    assert "4B5" in ihc["method"]["text"]
    assert 'Report page 2: "HER2 3+' in ihc["note"][0]["text"]
    [variant] = observations(bundle, "69548-6")
    assert codes_of(variant["valueCodeableConcept"]) == ["LA9633-4"]
    assert codes_of(variant["method"]) == ["LA26398-0"]
    components = {c["code"]["coding"][0]["code"]: c for c in variant["component"]}
    assert codes_of(components["48018-6"]["valueCodeableConcept"]) == ["HGNC:3430"]
    assert components["82155-3"]["valueQuantity"]["value"] == 18.0
    [specimen] = resources(bundle, "Specimen")
    assert codes_of(specimen["type"]) == ["TISS"]
    [device] = resources(bundle, "Device")
    assert [v["value"] for v in device["version"]][1].startswith("colorectal-heracles-mountaineer")


def test_negative_fish_gives_ratio_copies_and_a_negative_interpretation(
    records: dict[str, dict[str, Any]],
) -> None:
    bundle = build_bundle(records["breast_consult_letter_hyphenated.pdf"])
    assert codes_of(observations(bundle, "48676-1")[0]["valueCodeableConcept"]) == ["LA6577-6", "260385009"]
    assert codes_of(observations(bundle, "31150-6")[0]["valueCodeableConcept"]) == ["LA6577-6", "260385009"]
    [ratio] = observations(bundle, "49683-6")
    assert ratio["valueRatio"] == {"numerator": {"value": 1.2}, "denominator": {"value": 1}}
    assert codes_of(observations(bundle, "18474-7")[0]["valueCodeableConcept"]) == ["LA11841-6"]


def test_equivocal_ihc2(records: dict[str, dict[str, Any]]) -> None:
    bundle = build_bundle(records["crc_biopsy_ihc2_equivocal_heracles_txt.txt"])
    assert codes_of(observations(bundle, "48676-1")[0]["valueCodeableConcept"]) == ["42425007"]
    [ihc] = observations(bundle, "18474-7")
    assert codes_of(ihc["valueCodeableConcept"]) == ["LA11842-4"]
    assert codes_of(ihc["interpretation"][0]) == ["42425007"]


def test_not_found_gives_no_observation_at_all(records: dict[str, dict[str, Any]]) -> None:
    bundle = build_bundle(records["crc_no_her2_mention.pdf"])
    assert resources(bundle, "Observation") == []
    [report] = resources(bundle, "DiagnosticReport")
    assert "result" not in report


def test_ish_by_another_method_than_fish_is_left_out(records: dict[str, dict[str, Any]]) -> None:
    """The ISH LOINC codes say "by FISH": a SISH result is not coded as FISH (the status still is)."""
    bundle = build_bundle(records["crc_ihc2_sish_not_amplified_txt.txt"])
    for code in ("31150-6", "49683-6", "74860-8", "74861-6"):
        assert observations(bundle, code) == []
    assert codes_of(observations(bundle, "48676-1")[0]["valueCodeableConcept"]) == ["LA6577-6", "260385009"]


@pytest.mark.parametrize("name", ["crc_ngs_erbb2_s310f_only.pdf", "lung_ngs_erbb2_exon20_insertion.pdf"])
def test_a_mutation_alone_is_a_variant_never_a_her2_interpretation(
    records: dict[str, dict[str, Any]], name: str
) -> None:
    bundle = build_bundle(records[name])
    assert observations(bundle, "48676-1") == []
    [variant] = resources(bundle, "Observation")
    assert codes_of(variant["code"]) == ["69548-6"] and "mutation" in variant["code"]["text"]
    assert codes_of(variant["valueCodeableConcept"]) == ["LA9633-4"]
    assert "interpretation" not in variant
    mutation = records[name]["ngs"]["mutations"][0]
    assert {
        "code": load_codes()["component.protein_change"].coding(),
        "valueCodeableConcept": {"text": mutation},
    } in [{**c, "code": c["code"]["coding"][0]} for c in variant["component"]]
    assert "10828004" not in json.dumps(bundle) and "LA6576-8" not in json.dumps(bundle)


def test_ctdna_amplification_is_a_plasma_variant_without_a_tissue_interpretation(
    records: dict[str, dict[str, Any]],
) -> None:
    bundle = build_bundle(records["crc_ctdna_erbb2_amp_plasma_cn.pdf"])
    assert observations(bundle, "48676-1") == []  # "in Tissue": a blood test is not that
    [variant] = observations(bundle, "69548-6")
    assert codes_of(variant["valueCodeableConcept"]) == ["LA9633-4"]
    assert variant["component"][1]["valueQuantity"] == {"value": 2.6}
    [specimen] = resources(bundle, "Specimen")
    assert "plasma" in specimen["type"]["text"].lower() and "coding" not in specimen["type"]
    assert variant["specimen"]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is specimen
    )


def test_ctdna_not_detected_is_absent_with_a_caution_and_no_negative(
    records: dict[str, dict[str, Any]],
) -> None:
    bundle = build_bundle(records["crc_ctdna_erbb2_not_detected.pdf"])
    assert observations(bundle, "48676-1") == []
    [variant] = observations(bundle, "69548-6")
    assert codes_of(variant["valueCodeableConcept"]) == ["LA9634-2"]
    assert "not a negative" in variant["note"][0]["text"]
    assert "LA6577-6" not in json.dumps(bundle) and "260385009" not in json.dumps(bundle)


# --- privacy, subject, determinism, errors ----------------------------------------------------------


def test_no_subject_and_no_file_name_unless_given(records: dict[str, dict[str, Any]]) -> None:
    record = records["crc_resection_ihc3_ngs_amp.pdf"]
    text = json.dumps(build_bundle(record))
    assert '"subject"' not in text and "crc_resection" not in text and "meta" not in text
    bundle = build_bundle(record, subject="Patient/p-42")
    for resource in resources(bundle, "Observation"):
        assert resource["subject"] == {"reference": "Patient/p-42"}
        assert resource["meta"]["profile"][0].startswith(
            "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-"
        )
    with pytest.raises(ValueError):
        build_bundle(record, subject="Jane Doe")


def test_notes_quote_only_evidence_lines_and_redaction_removes_them(
    records: dict[str, dict[str, Any]],
) -> None:
    record = records["breast_two_col_path_layout_ihc3_fish.pdf"]
    quotes = {e["text"].strip() for e in record["evidence"]}
    notes = [n["text"] for o in resources(build_bundle(record), "Observation") for n in o.get("note", [])]
    assert notes
    for note in notes:
        assert note.split(": ", 1)[1].strip('"') in quotes
    redacted = build_bundle(redact_record(json.loads(json.dumps(record))))
    for o in resources(redacted, "Observation"):
        assert all("left out" in n["text"] for n in o.get("note", []))


def test_the_same_report_gives_the_same_bundle(records: dict[str, dict[str, Any]]) -> None:
    record = records["gej_resection_ihc2_fish_amp.pdf"]
    assert build_bundle(record) == build_bundle(json.loads(json.dumps(record)))
    urls = [e["fullUrl"] for e in build_bundle(record)["entry"]]
    assert len(set(urls)) == len(urls)


def test_an_unreadable_report_is_an_operation_outcome() -> None:
    outcome = resource_for_record(
        error_result("x.pdf", "password_required", "x.pdf: this PDF is password-protected").to_dict()
    )
    OperationOutcome.parse_obj(outcome)
    assert outcome["issue"][0]["details"]["text"] == "password_required"


# --- the command line -----------------------------------------------------------------------------


def test_explain_format_fhir_and_subject() -> None:
    result = runner.invoke(
        app,
        [
            "explain",
            str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf"),
            "--format",
            "fhir",
            "--subject",
            "Patient/7",
        ],
    )
    assert result.exit_code == 0, result.output
    bundle = json.loads(result.stdout)
    Bundle.parse_obj(bundle)
    assert observations(bundle, "48676-1")[0]["subject"] == {"reference": "Patient/7"}
    bad = runner.invoke(
        app,
        ["explain", str(SAMPLES / "crc_no_her2_mention.pdf"), "--format", "fhir", "--subject", "Jane Doe"],
    )
    assert bad.exit_code == 2 and "--subject" in bad.stderr


def test_explain_format_fhir_on_a_missing_file_prints_an_operation_outcome(tmp_path: Path) -> None:
    result = runner.invoke(app, ["explain", str(tmp_path / "missing.pdf"), "--format", "fhir"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["resourceType"] == "OperationOutcome"


def test_scan_fhir_ndjson_one_line_per_input_and_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (
        "crc_resection_ihc3_ngs_amp_txt.txt",
        "crc_ngs_no_erbb2_amp_kras_g12v_txt.txt",
        "breast_core_studies_pending.txt",
    ):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "zz_broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    out = tmp_path / "bundles.ndjson"
    result = runner.invoke(app, ["scan", "-q", str(folder), "--format", "fhir-ndjson", "-o", str(out)])
    assert result.exit_code == 3  # one input could not be read, the others were (exit status PARTIAL)
    lines = out.read_text().splitlines()
    assert [json.loads(line)["resourceType"] for line in lines] == [
        "Bundle",
        "Bundle",
        "Bundle",
        "OperationOutcome",
    ]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    out.write_text(lines[0] + "\n" + lines[1][:40])  # an interrupted run: one line and a half
    again = runner.invoke(app, ["scan", str(folder), "--format", "fhir-ndjson", "-o", str(out), "--resume"])
    assert "1 already done" in again.stderr
    assert out.read_text().splitlines() == lines


def test_schema_format_fhir_lists_every_code() -> None:
    result = runner.invoke(app, ["schema", "--format", "fhir"])
    assert result.exit_code == 0
    listed = {(c["system"], c["code"]) for c in json.loads(result.stdout)["codes"]}
    assert listed == {(c.system, c.code) for c in load_codes().values()}


# --- any record, not only the samples ---------------------------------------------------------------

_scores = st.sampled_from([None, "0", "1+", "2+", "3+"])
_calls = st.sampled_from([None, "amplified", "not_amplified", "equivocal"])
_numbers = st.one_of(
    st.none(), st.floats(min_value=0, max_value=60, allow_nan=False).map(lambda x: round(x, 1))
)


@st.composite
def result_records(draw: st.DrawFn) -> dict[str, Any]:
    """Records in the contract's shape with any mix of IHC, ISH, NGS and status."""
    record = error_result("r.txt", "x", "y").to_dict()
    record["error"] = None
    record["source"]["sha256"] = draw(st.sampled_from(["", "ab" * 32]))
    record["status"] = draw(st.sampled_from(["positive", "negative", "equivocal", "not_found"]))
    record["status_basis"] = {
        "rule": "r",
        "rule_name": "R",
        "test": draw(st.sampled_from(["ihc", "ish", "ngs", "ctdna", None])),
        "reason": "",
    }
    record["ihc"] = draw(
        st.none() | st.builds(lambda s, c: {"score": s, "clone": c}, _scores, st.sampled_from([None, "4B5"]))
    )
    record["ish"] = draw(
        st.none()
        | st.builds(
            lambda m, r, ratio, cn, rf: {
                "method": m,
                "result": r,
                "ratio": ratio,
                "her2_copy_number": cn,
                "cep17_copy_number": cn,
                "result_from": rf,
            },
            st.sampled_from([None, "FISH", "SISH", "ISH"]),
            _calls,
            _numbers,
            _numbers,
            st.sampled_from(["lab", "computed"]),
        )
    )
    record["ngs"] = draw(
        st.none()
        | st.builds(
            lambda a, cn, muts, ct: {"amplification": a, "copy_number": cn, "mutations": muts, "ctdna": ct},
            _calls,
            _numbers,
            st.lists(st.sampled_from(["S310F", "L755S", "exon 20 insertion"]), max_size=2, unique=True),
            st.booleans(),
        )
    )
    record["evidence"] = [
        {"page": 1, "text": draw(st.text(max_size=40)), "finding": f, "value": "v"}
        for f in draw(st.lists(st.sampled_from(["ihc", "ish", "ngs", "mutation"]), max_size=3))
    ]
    return record


@settings(max_examples=150, deadline=None)
@given(result_records(), st.sampled_from([None, "Patient/9"]))
def test_any_record_gives_a_valid_bundle_that_never_overstates(
    record: dict[str, Any], subject: str | None
) -> None:
    bundle = build_bundle(record, subject=subject)
    Bundle.parse_obj(bundle)
    assert_required_codes(bundle)
    table = {(c.system, c.code, c.display) for c in load_codes().values()}
    assert all((c["system"], c["code"], c["display"]) in table for c in all_codings(bundle))
    interpretations = observations(bundle, "48676-1")
    if record["status"] == "not_found" or record["status_basis"]["test"] == "ctdna":
        assert interpretations == []
    positive_codes = {"LA6576-8", "10828004"}
    for variant in observations(bundle, "69548-6"):
        assert "interpretation" not in variant and not positive_codes & set(
            codes_of(variant["valueCodeableConcept"])
        )
    if record["status"] != "positive":
        assert all(not positive_codes & set(codes_of(o["valueCodeableConcept"])) for o in interpretations)
    refs = {e["fullUrl"] for e in bundle["entry"]}
    assert all(r["reference"] in refs for r in resources(bundle, "DiagnosticReport")[0].get("result", []))
