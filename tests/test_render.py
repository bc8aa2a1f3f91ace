"""The patient summary, as plain text, for one sample of each status x cancer type, in English and
Spanish (golden files in tests/golden; refresh with `pytest --update-golden` and read the diff)."""

from __future__ import annotations

import json

import pytest

from her2cli import explain_file
from her2cli.explain import attach_explanation, build_explanation
from her2cli.messages import LANGUAGES, load_messages
from her2cli.model import CANCER_TYPES, STATUSES
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


PICKS = _one_per_status_and_cancer()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_plain_summary_golden(combo: str, report: str, lang: str, update_golden: bool) -> None:
    result = explain_file(report)
    text = render_text(result, lang, width=88)
    golden = GOLDEN / f"{combo}.{lang}.txt"
    if update_golden or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert "\x1b[" not in text


def test_each_combination_has_a_sample() -> None:
    combos = {p[0] for p in PICKS}
    for cancer in ("colorectal", "breast", "gastric", "other"):
        for status in STATUSES:
            assert f"{status}-{cancer}" in combos


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_and_cancer_type_has_meaning_and_questions(lang: str) -> None:
    msgs = load_messages(lang)
    for status in STATUSES:
        for cancer in CANCER_TYPES:
            assert msgs["meaning"][status][cancer]["text"].strip()
            assert len(msgs["questions"][status][cancer]["items"]) >= 3


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
    crc_wt = [c for c in CASES if c[2]["status"] == "not_found" and c[2]["cancer_type"] == "colorectal"
              and (c[2].get("related") or {}).get("kras") == "wild-type" and (c[2].get("related") or {}).get("nras") == "wild-type"]
    assert crc_wt, "the corpus has a colorectal report with RAS wild-type and no HER2 result"
    result = explain_file(str(crc_wt[0][1]))
    assert "Has my tumor been tested for HER2?" in build_explanation(result).questions[0]


def test_json_carries_meaning_and_questions() -> None:
    result = attach_explanation(explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf")), "es")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["meaning"] and len(data["questions"]) >= 3


def test_html_is_self_contained_and_escaped() -> None:
    result = explain_file(str(SAMPLES / "crc_resection_ihc3_ngs_amp.pdf"))
    page = render_html(result, "en")
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page
    assert "HER2-positive" in page
