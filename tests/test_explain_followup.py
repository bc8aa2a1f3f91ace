"""Follow-up to issue 10 after a line-by-line QA of the summary (helpers/out/qa-summary.md):
questions never ask for what the summary shows, blood "not detected" and "not provided" say what
happened, lung amplification keeps the report's own caveat, sequencing results are not scored by
stain rules, approvals name their setting, and a Spanish page uses one number style and one term
for each thing. Each test failed before its fix; near-misses keep the old behaviour where it fits."""

from __future__ import annotations

import re

import pytest

from her2cli import explain_file, explain_text
from her2cli.explain import Explanation, build_explanation
from her2cli.facts import read_text_facts
from her2cli.messages import load_messages

from .conftest import SAMPLES


def _exp(text: str, lang: str = "en", cancer_type: str | None = None) -> Explanation:
    return build_explanation(explain_text(text, cancer_type=cancer_type), lang)


def _sample(name: str, lang: str = "en") -> Explanation:
    return build_explanation(explain_file(str(SAMPLES / name)), lang)


def _rows(exp: Explanation) -> dict[str, str]:
    return {r.kind: r.value for r in exp.report_says}


# ---- blood "not detected": tested in blood, not ruled out in the tumor, ask about tissue ----
@pytest.mark.parametrize("lang", ["en", "es"])
def test_blood_not_detected_closes_with_tissue_not_whether_tested(lang: str) -> None:
    exp = _sample("crc_ctdna_erbb2_not_detected.pdf", lang)
    words = load_messages(lang)
    assert exp.meaning[-1].key == "close_blood_not_detected"
    assert words["meaning"]["close_not_found"] not in exp.meaning_text
    assert words["questions"]["tested_for_her2"] not in exp.questions
    assert words["questions"]["blood_not_detected"] in exp.questions
    tissue = {"en": "tissue sample", "es": "muestra de tejido"}[lang]
    assert tissue in exp.meaning[-1].text


def test_blood_not_detected_names_what_is_not_ruled_out() -> None:
    exp = _sample("crc_ctdna_erbb2_not_detected.pdf")
    assert "does not rule out extra HER2 copies in the tumor" in exp.meaning_text
    assert "rule it out" not in exp.meaning_text


def test_report_without_any_her2_still_asks_whether_tested() -> None:
    # near-miss: nothing about HER2 at all, so "has it been tested" is the right question
    exp = _exp("Colon, sigmoid, resection: adenocarcinoma. KRAS G12D mutation detected.")
    assert exp.meaning[-1].key == "close_not_found"


# ---- questions never ask for what the summary already shows; no near-duplicates ----
def test_gastric_sample_question_only_when_the_report_does_not_name_the_sample() -> None:
    asked = load_messages("en")["questions"]["gastric_sample"]
    for text in (
        "Stomach, distal gastrectomy: adenocarcinoma. HER2 IHC (4B5): 1+, negative.",
        "Specimen: Gastric biopsies. Adenocarcinoma. HER2 IHC (4B5): 1+, negative.",
    ):
        assert asked not in _exp(text, cancer_type="gastric").questions, text
    bare = _exp("Gastric adenocarcinoma. HER2 IHC (4B5): 1+, negative.", cancer_type="gastric")
    assert asked in bare.questions


def test_specimen_kind_is_read_from_the_report_words() -> None:
    assert read_text_facts("Distal gastrectomy specimen.").specimen_kind_named
    assert read_text_facts("SPECIMEN: Gastric antrum, endoscopic biopsy").specimen_kind_named
    assert not read_text_facts("Gastric adenocarcinoma, intestinal type.").specimen_kind_named
    assert not read_text_facts("Liquid biopsy (plasma) ctDNA panel.").specimen_kind_named


def test_mutation_with_a_copy_number_asks_for_the_stain_not_for_gene_copies() -> None:
    exp = _sample("lung_ngs_erbb2_exon20_insertion.pdf")
    q = load_messages("en")["questions"]
    if "ngs_copy_number" in _rows(exp) or "ngs_amplification" in _rows(exp):
        assert q["stain_for_approval"] in exp.questions
        assert q["mutation_other_tests"] not in exp.questions
    assert q["separate_report"] not in exp.questions or q["mutation_other_tests"] not in exp.questions
    # near-miss: a mutation with no copy-number result still asks about both kinds of test
    only = _exp(
        "Colon adenocarcinoma. Tumor NGS panel: ERBB2 S310F mutation detected (VAF 12%).",
        cancer_type="colorectal",
    )
    assert q["mutation_other_tests"] in only.questions


def test_conflict_question_when_the_report_already_names_the_guiding_sample() -> None:
    q = load_messages("en")["questions"]
    named = _sample("breast_two_parts_ihc1_and_ihc3.pdf")
    assert q["conflict_which"] not in named.questions
    assert q["conflict_guide_named"] in named.questions
    # near-miss: two samples, no guidance in the report: ask which one guides treatment
    unnamed = _sample("crc_primary_ihc1_liver_met_ihc3.pdf")
    assert q["conflict_which"] in unnamed.questions


@pytest.mark.parametrize(
    ("pair", "text", "cancer_type"),
    [
        (
            ("her2_options", "meaning_for_plan"),
            "Uterus, hysterectomy: endometrial serous carcinoma. HER2 IHC (4B5), scored with endometrial "
            "serous carcinoma criteria: 3+ POSITIVE (complete membrane staining in ~50% of tumor cells).",
            None,
        ),
        (
            ("low_early", "meaning_for_plan"),
            "Breast, lumpectomy: invasive ductal carcinoma, pT1c N0, early-stage. ER positive, PR positive. "
            "HER2 IHC (4B5): SCORE 1+ - NEGATIVE.",
            "breast",
        ),
        (
            ("tested_for_her2", "separate_report"),
            "Breast, core biopsy: invasive ductal carcinoma. Intrinsic subtype: HER2-enriched.",
            "breast",
        ),
    ],
)
def test_no_near_duplicate_questions(pair: tuple[str, str], text: str, cancer_type: str | None) -> None:
    q = load_messages("en")["questions"]
    asked = _exp(text, cancer_type=cancer_type).questions
    assert not (q[pair[0]] in asked and q[pair[1]] in asked), asked


def test_low_not_breast_not_asked_after_the_colorectal_her2_low_paragraph() -> None:
    exp = _exp(
        "Colon adenocarcinoma. HER2 IHC (4B5): 1+ (faint segmental staining). NEGATIVE.",
        cancer_type="colorectal",
    )
    assert any(s.key == "crc_low" for s in exp.meaning)
    assert load_messages("en")["questions"]["low_not_breast"] not in exp.questions


# ---- gene-expression lines and "not provided with this sample" ----
def test_erbb2_expression_module_is_explained_as_not_a_her2_result() -> None:
    assert read_text_facts("ERBB2 expression module: high").gene_expression_subtype
    assert read_text_facts("HER2 mRNA score 11.2 (high)").gene_expression_subtype
    assert not read_text_facts("ERBB2 amplification detected (CN 8).").gene_expression_subtype
    exp = _exp(
        "Breast carcinoma. Gene expression profile. ERBB2 expression module: high.", cancer_type="breast"
    )
    assert any(s.key == "gene_expression_subtype" for s in exp.meaning)
    assert "not a HER2 test result" in exp.meaning_text


NOT_PROVIDED = (
    "Breast, core biopsy: invasive ductal carcinoma. Intrinsic subtype: HER2-enriched. "
    "ERBB2 expression module: high.\nClinical biomarker results (ER, PR, HER2) were not provided with the sample."
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_not_provided_never_says_the_test_may_not_have_been_done(lang: str) -> None:
    exp = _exp(NOT_PROVIDED, lang, cancer_type="breast")
    words = load_messages(lang)
    assert exp.meaning[0].key == "nf_not_provided"
    assert words["meaning"]["nf_not_mentioned"] not in exp.meaning_text
    assert words["meaning"]["close_not_found"] not in exp.meaning_text
    assert words["questions"]["tested_for_her2"] not in exp.questions
    assert words["questions"]["separate_report"] in exp.questions


def test_not_provided_needs_her2_in_the_sentence() -> None:
    assert read_text_facts(NOT_PROVIDED).results_not_provided
    assert not read_text_facts("Clinical history was not provided. HER2 IHC: pending.").results_not_provided


def test_breast_not_found_close_does_not_ask_whether_her2_matters() -> None:
    exp = _exp("Breast, core biopsy: invasive ductal carcinoma, grade 2.", cancer_type="breast")
    assert "whether it matters for your cancer" not in exp.meaning_text


# ---- lung amplification keeps the report's caveat; sequencing is not scored by stain rules ----
def test_lung_amplification_does_not_override_the_report() -> None:
    exp = _sample("lung_ngs_erbb2_amp_cn9_layout_txt.txt")
    assert exp.headline == "HER2 (ERBB2) gene amplification found"
    assert "counts as HER2-positive" not in exp.meaning_text
    assert "None is approved for extra gene copies alone" in exp.meaning_text
    assert exp.scoring_rules and exp.scoring_rules.startswith("Scoring rules this summary applied")
    assert "Solid-tumor" not in exp.scoring_rules
    # near-miss: the lung mutation keeps its own headline and approvals
    mutation = _sample("lung_ngs_erbb2_exon20_insertion.pdf")
    assert "mutation" in mutation.headline
    assert "None is approved for extra gene copies alone" not in mutation.meaning_text


def test_lung_stain_result_says_the_rule_is_not_a_lung_guideline() -> None:
    exp = _exp("Lung adenocarcinoma, core biopsy. HER2 IHC (4B5): 3+ in 40% of tumor cells.")
    assert exp.scoring_rules and "not a lung cancer guideline" in exp.scoring_rules


@pytest.mark.parametrize("name", ["crc_ctdna_erbb2_amp_plasma_cn.pdf", "crc_ngs_erbb2_amp_equivocal.pdf"])
def test_sequencing_results_are_not_shown_under_stain_rules(name: str) -> None:
    exp = _sample(name)
    assert exp.scoring_rules
    assert "HERACLES" not in exp.scoring_rules and "MOUNTAINEER" not in exp.scoring_rules
    assert "sequencing" in exp.scoring_rules


def test_colorectal_stain_keeps_its_rules() -> None:
    # near-miss: a colorectal IHC result is still scored by the colorectal rules
    exp = _exp("Colon adenocarcinoma. HER2 IHC (4B5): 1+, negative.", cancer_type="colorectal")
    assert exp.scoring_rules and "HERACLES" in exp.scoring_rules


def test_her2_low_paragraph_never_on_a_sequencing_result() -> None:
    exp = _sample("crc_ngs_erbb2_amp_equivocal.pdf")
    assert not any(s.key == "crc_low" for s in exp.meaning)
    assert "HER2-low" not in exp.meaning_text
    assert load_messages("en")["questions"]["low_not_breast"] not in exp.questions


# ---- approvals name the setting they are for ----
SETTING = {
    "en": "spread or cannot be removed by surgery",
    "es": "se ha extendido o que no se puede quitar con cirugía",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_approval_for_advanced_cancer_names_its_setting(lang: str) -> None:
    meaning = load_messages(lang)["meaning"]
    approvals = [k for k in meaning if k.startswith("approval_") and k != "approval_breast"]
    assert len(approvals) >= 10
    for key in approvals:
        assert SETTING[lang] in " ".join(meaning[key].split()), key


# ---- Spanish: one number style, one term, Spanish words, agreement, no stacked synonyms ----
def test_spanish_report_rows_use_the_decimal_comma_like_the_scales() -> None:
    text = "Gastric biopsies: adenocarcinoma. HER2 IHC (4B5): 2+. HER2/CEP17 ratio: 2.8. Result: AMPLIFIED."
    es = _rows(_exp(text, "es", cancer_type="gastric"))
    en = _rows(_exp(text, "en", cancer_type="gastric"))
    assert es["ish_ratio"] == "2,8"
    assert en["ish_ratio"] == "2.8"


def test_spanish_percentages_are_spanish() -> None:
    text = "Colon adenocarcinoma. HER2 IHC (4B5): 3+ in about 60% of tumor cells."
    es = _rows(_exp(text, "es", cancer_type="colorectal"))
    assert es["percent_cells"] == "alrededor del 60\u00a0%"
    en = _rows(_exp(text, "en", cancer_type="colorectal"))
    assert en["percent_cells"] == "about 60%"


def test_spanish_mutation_words_are_translated() -> None:
    exp = _sample("lung_ngs_erbb2_exon20_insertion.pdf", "es")
    rows = _rows(exp)
    assert "inserción en el exón 20" in rows["mutations"]
    assert "exon 20 insertion" not in rows["mutations"]
    assert "exon 20 insertion" in _rows(_sample("lung_ngs_erbb2_exon20_insertion.pdf"))["mutations"]


def test_spanish_amplification_rows_agree_in_gender() -> None:
    ngs = load_messages("es")["labels"]["ngs_results"]
    assert ngs["not_amplified"].startswith("no amplificada")
    assert ngs["amplified"].startswith("amplificada")
    assert ngs["equivocal"].startswith("dudosa")


def _spanish_strings() -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            out.append(" ".join(node.split()))

    walk(load_messages("es"))
    return out


def test_spanish_uses_one_word_for_the_score() -> None:
    assert not [s for s in _spanish_strings() if re.search(r"\bpuntuaci[oó]n", s, re.IGNORECASE)]


def test_spanish_equivocal_is_not_three_synonyms() -> None:
    stacked = re.compile(r"dudos[oa] o no concluyente|no concluyente \(limítrofe\)", re.IGNORECASE)
    assert not [s for s in _spanish_strings() if stacked.search(s)]
    assert load_messages("es")["headline"]["equivocal"] == "HER2 dudoso (no concluyente)"


# ---- issue 10 defect 9: the share of cells keeps the qualifier the reading layer read ----
# The quoted line may stop before the percentage (a staining description on the next line), so
# the summary must take the qualifier from the finding, not only from the quote.
_SHARE_ON_NEXT_LINE = (
    "Diagnosis: invasive ductal carcinoma of the left breast.\n"
    "HER2 (4B5): Score 1+, negative.\n"
    "Faint, incomplete membrane staining was seen in {share} of invasive tumor cells.\n"
)


@pytest.mark.parametrize(
    ("share", "en", "es"),
    [
        ("approximately 30%", "about 30%", "alrededor del 30\u00a0%"),
        ("~30%", "about 30%", "alrededor del 30\u00a0%"),
        ("30%", "30%", "30\u00a0%"),  # near-miss: no qualifier is invented
    ],
)
def test_share_of_cells_keeps_the_reports_qualifier(share: str, en: str, es: str) -> None:
    text = _SHARE_ON_NEXT_LINE.format(share=share)
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.percent_cells is not None
    assert _rows(build_explanation(result, "en")).get("percent_cells") == en
    assert _rows(build_explanation(result, "es")).get("percent_cells") == es


# ---- quoted report lines: each once; a quote contained in another on its page is left out ----
def test_a_quote_inside_another_on_its_page_is_shown_once() -> None:
    exp = _sample("crc_ihc2_fish_amplified.pdf")
    texts = [q.text for q in exp.quotes]
    assert texts, "the positive result must quote the report"
    for i, inner in enumerate(texts):
        for j, outer in enumerate(texts):
            same_page = exp.quotes[i].page == exp.quotes[j].page
            assert i == j or not same_page or inner.strip() not in outer
    assert any("HER2/CEP17 ratio 2.8" in t for t in texts)  # the ratio line is still quoted once
