"""The patient summary, as plain text, for one sample of each status x cancer type, in English and
Spanish (golden files in tests/golden; refresh with `pytest --update-golden` and read the diff)."""

from __future__ import annotations

import json

import pytest

from her2cli import explain_file
from her2cli.explain import attach_explanation, build_explanation
from her2cli.messages import LANGUAGES, load_messages
from her2cli.model import CANCER_TYPES, STATUSES, Result, empty_related
from her2cli.render.html import render_html
from her2cli.render.terminal import render_text

from .conftest import ROOT, SAMPLES
from .test_samples import CASES

GOLDEN = ROOT / "tests" / "golden"


def _one_per_status_and_cancer() -> list[tuple[str, str]]:
    chosen: dict[tuple[str, str], str] = {}
    for _stem, report, expected in CASES:
        key = (expected["status"], expected["cancer_type"])
        if key not in chosen and report.suffix in (".pdf", ".txt"):
            chosen[key] = str(report)
    return sorted((f"{s}-{c}", path) for (s, c), path in chosen.items())


# Situations the issue-10 summary must word by its facts, beyond status x cancer type: each golden
# file is read line by line against its report when it changes.
SITUATIONS = {
    "blood-positive": "crc_ctdna_erbb2_amp_plasma_cn.pdf",
    "blood-not-detected": "crc_ctdna_erbb2_not_detected.pdf",
    "blood-mutation": "crc_ctdna_erbb2_v842i_txt.txt",
    "ish-positive": "breast_sish_only_amplified.pdf",
    "ish-group2": "breast_fish_group2_ihc1.pdf",
    "her2-low": "breast_biomarker_table_ihc1_herceptest.txt",
    "her2-ultralow": "breast_core_ihc0_ultralow_table.pdf",
    "her2-null": "breast_excision_her2_zero_sp3_txt.txt",
    "lung-mutation": "lung_ngs_erbb2_exon20_insertion.pdf",
    "lung-amplification": "lung_ngs_erbb2_amp_cn9_layout_txt.txt",
    "no-tumor": "gastric_her2_not_performed_insufficient.pdf",
    "stain-unreadable": "crc_her2_controls_only_addendum.pdf",
    "pending": "crc_her2_sent_out_pending_txt.txt",
    "mutation-only": "crc_ngs_erbb2_s310f_only.pdf",
    "after-treatment": "esophagus_resection_ihc2_equivocal.pdf",
    "two-samples": "crc_primary_ihc1_liver_met_ihc3.pdf",
    "subgroup-of-cells": "breast_heterogeneous_ihc2_overall_txt.txt",
    "urothelial": "bladder_urothelial_ihc3_txt.txt",
    "endometrial-ish": "endometrial_serous_ihc2_fish_amp.pdf",
    "enriched-subtype": "breast_her2_enriched_subtype_only.pdf",
}
PICKS = _one_per_status_and_cancer() + sorted(
    (name, str(SAMPLES / file)) for name, file in SITUATIONS.items()
)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_plain_summary_golden(combo: str, report: str, lang: str, update_golden: bool) -> None:
    result = explain_file(report)
    text = render_text(result, lang, width=88)
    golden = GOLDEN / f"{combo}.{lang}.txt"
    if update_golden:
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), (
        f"missing golden file {golden.name}: run pytest --update-golden and read it against the report"
    )
    assert text == golden.read_text(encoding="utf-8")
    assert "\x1b[" not in text


def _english_messages() -> set[str]:
    """Every English message text long enough to be recognised inside a summary."""
    en = load_messages("en")
    texts: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node) >= 25 and " " in node:
            texts.add(node)

    for section in ("headline", "meaning", "questions", "glossary", "warnings", "labels"):
        walk(en[section])
    walk(en["meta"]["disclaimer"])
    return texts


def test_spanish_summaries_have_no_english_message_text() -> None:
    """Issue 10: Spanish is complete. Quoted report lines stay in the report's language."""
    english = _english_messages()
    for golden in sorted(GOLDEN.glob("*.es.txt")):
        lines = [ln for ln in golden.read_text(encoding="utf-8").splitlines() if '"' not in ln]
        text = " ".join(" ".join(lines).split())
        leaked = [t for t in english if t[:40] in text]
        assert not leaked, f"{golden.name}: English text {leaked[:2]}"


@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_same_questions_and_sentences_in_every_language(combo: str, report: str) -> None:
    result = explain_file(report)
    en, es = build_explanation(result, "en"), build_explanation(result, "es")
    assert [s.key for s in en.meaning] == [s.key for s in es.meaning]
    assert len(en.questions) == len(es.questions) >= 3
    assert len(en.glossary) == len(es.glossary) and en.tone == es.tone


def test_each_combination_has_a_sample() -> None:
    combos = {p[0] for p in PICKS}
    for cancer in ("colorectal", "breast", "gastric", "other"):
        for status in STATUSES:
            # a lung sample (cancer_type "lung" since schema 1.2) is scored by the "other" rules
            assert f"{status}-{cancer}" in combos or (cancer == "other" and f"{status}-lung" in combos)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("cancer", CANCER_TYPES)
def test_every_status_and_cancer_type_gets_a_full_explanation(lang: str, status: str, cancer: str) -> None:
    """Even a bare Result (no test values, no report text) gets a headline, a meaning that ends
    with the care team, and at least three questions."""
    result = Result(
        status=status,
        cancer_type=cancer,
        her2_low=None,
        her2_ultralow=None,
        ihc=None,
        ish=None,
        ngs=None,
        related=empty_related(),
        evidence=[],
        mentions=[],
        warnings=[],
    )
    exp = build_explanation(result, lang)
    assert exp.headline and exp.meaning and len(exp.questions) >= 3
    assert ("care team" if lang == "en" else "equipo de atención médica") in exp.meaning[-1].text


def test_summary_names_status_evidence_and_care_team() -> None:
    result = explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf"))
    text = render_text(result, "en")
    assert "HER2-positive" in text
    assert "page 2" in text
    assert "care team" in text.lower()
    assert "not medical advice" in text


def test_situational_questions() -> None:
    equivocal = explain_file(str(SAMPLES / "breast_ln_fna_cellblock_ihc2_no_ish.pdf"))
    assert any("ISH" in q for q in build_explanation(equivocal).questions[:2])
    # the report says why HER2 was not tested: never ask whether it was
    no_tumor = build_explanation(explain_file(str(SAMPLES / "gastric_her2_not_performed_insufficient.pdf")))
    assert not any("been tested" in q or "been done" in q for q in no_tumor.questions)
    crc_wt = [
        c
        for c in CASES
        if c[2]["status"] == "not_found"
        and c[2]["cancer_type"] == "colorectal"
        and (c[2].get("related") or {}).get("kras") == "wild-type"
        and (c[2].get("related") or {}).get("nras") == "wild-type"
    ]
    assert crc_wt, "the corpus has a colorectal report with RAS wild-type and no HER2 result"
    untested = [
        r
        for r in (explain_file(str(c[1])) for c in crc_wt)
        if r.facts and r.facts.not_found_reason in ("not_mentioned", "recommended", "ngs_no_erbb2")
    ]
    assert untested, "one of them does not mention HER2 at all"
    assert "Has my tumor been tested for HER2?" in build_explanation(untested[0]).questions[0]
    # a pending test is not asked about as if it might not have been done
    for result in (explain_file(str(c[1])) for c in crc_wt):
        if result.facts and result.facts.not_found_reason == "pending":
            assert not any("been tested" in q for q in build_explanation(result).questions)


def test_json_carries_meaning_and_questions() -> None:
    result = attach_explanation(explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf")), "es")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["meaning"] and len(data["questions"]) >= 3


def test_html_is_self_contained_and_escaped() -> None:
    result = explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf"))
    page = render_html(result, "en")
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page
    assert "HER2-positive" in page
