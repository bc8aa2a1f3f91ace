"""The patient summary says only what the report supports (issue 10): one test per defect the
issue lists, each on report text the rule must read (with near-misses), in both languages where
the wording matters. All of these failed before the summary was built from report facts."""

from __future__ import annotations

import pytest

from her2cli import explain_file, explain_text
from her2cli.explain import Explanation, build_explanation
from her2cli.facts import read_text_facts

from .conftest import SAMPLES


def _exp(text: str, lang: str = "en", cancer_type: str | None = None) -> Explanation:
    return build_explanation(explain_text(text, cancer_type=cancer_type), lang)


def _sample(name: str, lang: str = "en") -> Explanation:
    return build_explanation(explain_file(str(SAMPLES / name)), lang)


def _all_text(exp: Explanation) -> str:
    rows = " ".join(f"{r.label}: {r.value}" for r in exp.report_says)
    return " ".join(
        [
            exp.headline,
            exp.cancer_type,
            exp.scoring_rules or "",
            rows,
            exp.meaning_text,
            *exp.questions,
            *exp.warnings,
        ]
    )


# 2. control tissue / a stain that could not be read is not "another cancer"
def test_unreadable_stain_says_what_happened() -> None:
    exp = _sample("crc_her2_controls_only_addendum.pdf")
    assert exp.headline == "No HER2 result yet: the stain could not be read"
    text = _all_text(exp)
    assert "earlier or different cancer" not in text
    assert "could not be read" in exp.meaning_text and "addendum" in exp.meaning_text
    assert not any("been tested" in q for q in exp.questions)


def test_uninterpretable_needs_a_stain_word_in_the_same_sentence() -> None:
    assert read_text_facts(
        "HER2 IHC could not be interpreted; the stain will be repeated on block B2."
    ).uninterpretable
    # near-miss: another finding "not evaluable" says nothing about the HER2 stain
    assert not read_text_facts("Margins are not evaluable. HER2 (4B5): pending.").uninterpretable


# 3. lung cancer with an ERBB2 mutation
@pytest.mark.parametrize("lang", ["en", "es"])
def test_lung_mutation_gets_its_own_headline_and_text(lang: str) -> None:
    exp = _sample("lung_ngs_erbb2_exon20_insertion.pdf", lang)
    if lang == "en":
        assert exp.headline == "HER2 (ERBB2) gene mutation found"
        assert exp.cancer_type.startswith("Cancer type: Lung cancer")
        assert "not the same as HER2-positive" in exp.meaning_text
        assert "ask whether yours is one of them" in exp.meaning_text
        assert "No HER2 result found" not in _all_text(exp)
    else:
        assert exp.headline == "Se encontró una mutación en el gen HER2 (ERBB2)"
        assert "No es lo mismo que HER2 positivo" in exp.meaning_text
    assert exp.tone == "mutation"


# 4. approval sentences match the test that gave the result
def test_any_tumor_approval_is_for_a_stain_score_of_3() -> None:
    ihc3 = _sample("salivary_duct_carcinoma_ihc3.pdf")
    assert "with a stain score of 3+" in ihc3.meaning_text
    ngs = _sample("lung_ngs_erbb2_amp_cn9_layout_txt.txt")
    assert "protein stain (IHC) score of 3+" in ngs.meaning_text
    assert "ask whether a stain was or should be done" in ngs.meaning_text
    assert "with a stain score of 3+" not in ngs.meaning_text


def test_gastric_positive_names_the_2021_approval() -> None:
    exp = _sample("gastric_biopsy_ihc3_cluster.pdf")
    assert "In 2021 the FDA also approved trastuzumab deruxtecan" in exp.meaning_text


# 5. blood results
def test_blood_positive_is_gene_copies_in_tumor_dna_not_protein() -> None:
    exp = _sample("crc_ctdna_erbb2_amp_plasma_cn.pdf")
    assert exp.meaning_text.startswith("A blood test found extra copies of the HER2 gene in tumor DNA")
    assert "protein" not in exp.meaning[0].text
    assert '"+" or "++"' in exp.meaning_text and "not a protein stain score" in exp.meaning_text
    assert any(r.label.startswith("HER2 gene amplification in a blood test") for r in exp.report_says)


def test_blood_not_detected_does_not_rule_it_out() -> None:
    exp = _sample("crc_ctdna_erbb2_not_detected.pdf")
    assert exp.headline == "No extra HER2 copies found in this blood sample"  # QA 5: not "HER2 not found"
    assert "does not rule out extra HER2 copies in the tumor" in exp.meaning_text
    rows = {r.kind: r for r in exp.report_says}
    assert "tumor DNA sequencing" not in rows["ctdna_amplification"].label
    assert "not found in this blood sample" in rows["ctdna_amplification"].value
    assert len([w for w in exp.warnings if "not the same as negative" in w]) == 0  # said once, in the meaning


# 6. ISH groups 2-4 under ASCO/CAP 2018
def test_ish_group_2_to_4_needs_the_ihc_result() -> None:
    exp = _sample("breast_fish_group2_ihc1.pdf")
    rows = {r.kind: r.value for r in exp.report_says}
    assert rows["ish_group"] == "2 (decided together with the protein stain result)"  # one colon (QA 19)
    assert "ish_result" not in rows  # no "equivocal" ISH category in 2018
    assert "no answer of their own" in exp.meaning_text


# 7. scoring rules named vs applied
def test_scoring_rules_named_only_when_the_report_names_them() -> None:
    named = _sample("crc_ihc2_fish_amplified.pdf")
    assert named.scoring_rules == "Scoring rules named in the report: HERACLES"
    applied = _sample("breast_male_cb11_score3_upper_txt.txt")
    assert applied.scoring_rules is not None and applied.scoring_rules.startswith(
        "Scoring rules this summary applied:"
    )
    es = _sample("breast_male_cb11_score3_upper_txt.txt", "es")
    assert (
        es.scoring_rules
        == "Reglas de puntaje que aplicó este resumen: Guía ASCO/CAP 2018 para HER2 en cáncer de mama (ratificada en 2023)"
    )


# 8. HER2-low / ultralow / null
def test_her2_low_headline_keeps_negative_and_approvals_say_spread() -> None:
    exp = _sample("breast_biomarker_table_ihc1_herceptest.txt")
    assert exp.headline == "HER2-negative (HER2-low)"
    assert (
        "cancer that has spread" in exp.meaning_text
        and "Neither approval is for early-stage breast cancer."
        in exp.meaning_text  # own sentence now (summary3, qa3 style: two approvals are "neither")
    )


EARLY_LOW = """SURGICAL PATHOLOGY - LEFT BREAST, LUMPECTOMY
Invasive ductal carcinoma, grade 2, 1.4 cm. Pathologic stage IA (pT1c pN0).
ER positive (95%); PR positive (60%).
HER2 IHC (4B5): score 1+ (negative).
"""


def test_early_stage_her2_low_first_question_is_not_about_the_medicine() -> None:
    exp = _exp(EARLY_LOW)
    assert exp.headline == "HER2-negative (HER2-low)"
    assert "deruxtecan" not in exp.questions[0]
    assert exp.questions[0] == "Does my HER2-low result matter now, or only if the cancer spreads?"
    # near-miss: stage IV is not early
    late = _exp(EARLY_LOW.replace("Pathologic stage IA (pT1c pN0)", "Clinical stage IV (liver metastases)"))
    assert "deruxtecan" in late.questions[0]


def test_her2_null_is_not_low_or_ultralow() -> None:
    exp = _sample("breast_excision_her2_zero_sp3_txt.txt")
    assert exp.headline == "HER2-negative"
    assert "HER2-null" in exp.meaning_text and "It is not HER2-low or HER2-ultralow." in exp.meaning_text


# 9. numbers keep their qualifiers
@pytest.mark.parametrize(
    ("line", "shown"),
    [
        # in words, as the QA asked ("more than 50%", not ">50%")
        ("HER2 IHC: 3+ in >50% of tumor cells (HERACLES positive).", "more than 50%"),
        ("HER2 (4B5): 3+, complete membrane staining in about 60% of cells.", "about 60%"),
        ("HER2 IHC 3+ in ≥ 60% of invasive cells.", "60% or more"),
        ("HER2 IHC 3+ in 60% of invasive cells.", "60%"),
    ],
)
def test_percentages_keep_their_qualifier(line: str, shown: str) -> None:
    exp = _exp("Colon, resection: adenocarcinoma of the sigmoid colon.\n" + line + "\n")
    rows = {r.kind: r.value for r in exp.report_says}
    assert rows.get("percent_cells") == shown


# 10. "not found" says why
def test_not_enough_tumor_is_not_a_missing_test() -> None:
    exp = _sample("gastric_her2_not_performed_insufficient.pdf")
    assert exp.headline == "No HER2 result: not enough tumor to test"
    assert "may not have been done" not in exp.meaning_text
    assert not any("been tested" in q or "been done" in q for q in exp.questions)


def test_ish_not_possible_is_not_asked_about() -> None:
    exp = _sample("esophagus_resection_ihc2_equivocal.pdf")
    assert "not enough tumor for a gene copy test (ISH)" in exp.meaning_text
    assert not any("Has a gene copy test (ISH) been done" in q for q in exp.questions)


def test_pending_test_is_not_called_missing() -> None:
    exp = _sample("crc_her2_sent_out_pending_txt.txt")
    assert exp.headline == "HER2 result not in this report yet"
    assert "may not have been done" not in exp.meaning_text


# 11. questions never ask for what the summary shows; no near-duplicates
def test_questions_do_not_ask_for_printed_results() -> None:
    shown_ras = _sample("crc_resection_dmmr_braf_her2_0.pdf")
    assert not any("What are my RAS" in q for q in shown_ras.questions)
    shown_score = _sample("crc_resection_ihc3_ngs_amp.pdf")
    assert not any(
        "what was my exact score" in q.lower() or "what was the score" in q.lower()
        for q in shown_score.questions
    )
    er_shown = _sample("breast_heterogeneous_ihc2_overall_txt.txt")
    assert not any("What are my hormone receptor" in q for q in er_shown.questions)


@pytest.mark.parametrize(
    "name",
    [
        "crc_ctdna_erbb2_amp_plasma_cn.pdf",
        "breast_fish_group2_ihc1.pdf",
        "crc_consult_letter_her2_positive.pdf",
    ],
)
def test_questions_have_no_near_duplicates(name: str) -> None:
    questions = _sample(name).questions

    def words(q: str) -> set[str]:
        return {w.strip("?,.()").lower() for w in q.split() if len(w) > 3}

    for i, a in enumerate(questions):
        for b in questions[i + 1 :]:
            overlap = len(words(a) & words(b)) / max(1, min(len(words(a)), len(words(b))))
            assert overlap < 0.7, (a, b)


# 12. named cancer types, ER/PR, HER2-enriched
@pytest.mark.parametrize(
    ("name", "cancer"),
    [
        ("bladder_urothelial_ihc3_txt.txt", "Urothelial"),
        ("endometrial_serous_ihc2_fish_amp.pdf", "Endometrial"),
        ("cholangiocarcinoma_ihc1.pdf", "Biliary"),
    ],
)
def test_other_cancer_types_are_named(name: str, cancer: str) -> None:
    assert _sample(name).cancer_type.startswith(f"Cancer type: {cancer}")


def test_er_pr_shown_for_breast_including_shorthand() -> None:
    exp = _exp("Breast, core biopsy: invasive ductal carcinoma.\nER/PR/HER2: +/-/- (HER2 IHC 1+).\n")
    rows = {r.kind: r.value for r in exp.report_says}
    assert rows["er"] == "positive" and rows["pr"] == "negative"


def test_her2_enriched_is_explained_as_not_a_test_result() -> None:
    exp = _sample("breast_her2_enriched_subtype_only.pdf")
    assert "not a HER2 test result" in exp.meaning_text


# every sentence rests on a sourced message whose facts hold
def test_every_meaning_sentence_names_its_sources() -> None:
    for name in (
        "crc_ctdna_erbb2_amp_plasma_cn.pdf",
        "lung_ngs_erbb2_exon20_insertion.pdf",
        "breast_fish_group2_ihc1.pdf",
    ):
        for sentence in _sample(name).meaning:
            assert sentence.sources and sentence.as_of, sentence.key


# 6. an addendum's revised call replaces the earlier lab wording
def test_addendum_revised_call_replaces_the_earlier_wording() -> None:
    exp = _sample("breast_addendum_revised_positive.pdf")
    rows = {r.kind: r.value for r in exp.report_says}
    assert rows.get("lab_call_revised") == "positive" and "lab_call" not in rows
    assert read_text_facts("HER2 status: revised to NEGATIVE after FISH.").revised_call == "negative"
    assert read_text_facts("The revised staging is pT2.").revised_call is None


# 1. a subgroup of cells below the 3+ bar is not a 3+ score, and no conflict is claimed
@pytest.mark.parametrize(
    "line",
    [
        "a small subpopulation (about 5% of cells) shows strong complete staining, below the 10% threshold for a 3+ score.",
        "About 5% of tumour cells show strong complete membranous staining, which does not meet criteria for 3+.",
    ],
)
def test_subgroup_of_cells_is_not_a_3_plus_score(line: str) -> None:
    text = f"Breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): heterogeneous staining; {line}\nOverall HER2 IHC score: 1+ (NEGATIVE).\n"
    result = explain_text(text)
    assert result.status == "negative" and result.ihc is not None and result.ihc.score == "1+"
    assert "conflict" not in result.warning_codes
    # near-miss: a real 3+ in another sample is still a second result
    two = explain_text(
        "Breast, core biopsy: invasive ductal carcinoma.\nBlock A1: HER2 IHC 3+ (positive).\nBlock B1: HER2 IHC 1+ (negative).\n"
    )
    assert two.status == "positive"


def test_ish_requested_is_not_asked_as_if_missing() -> None:
    exp = _sample("breast_heterogeneous_ihc2_overall_txt.txt")
    assert not any("been done" in q for q in exp.questions)
    assert any("When will the gene copy test (ISH) result be ready" in q for q in exp.questions)


# 5. a plasma report's amplification is a blood sequencing result, never ISH
def test_plasma_amplification_row_is_a_blood_result() -> None:
    text = (
        "LIQUID BIOPSY - plasma cell-free DNA (ctDNA) report\nDiagnosis: adenocarcinoma of the colon, stage IV\n"
        "ERBB2 (HER2) amplification - DETECTED; plasma copy number 3.9\nKRAS: no mutation detected\n"
    )
    result = explain_text(text)
    assert result.status == "positive" and result.ish is None
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.copy_number == 3.9
    exp = build_explanation(result)
    assert exp.meaning_text.startswith("A blood test found extra copies")
    # near-miss: a tissue FISH line stays ISH even when the report also mentions plasma
    tissue = explain_text(
        "Breast, core biopsy: invasive carcinoma.\nHER2 FISH: amplified, HER2/CEP17 ratio 4.1.\nPlasma ctDNA testing was not done.\n"
    )
    assert tissue.ish is not None and tissue.ish.result == "amplified"


def test_blood_table_row_not_detected_is_not_amplified() -> None:
    text = (
        "Plasma cfDNA (ctDNA) NGS panel - liquid biopsy\nGene                 Alteration            Result\n"
        "ERBB2                Amplification         Not detected\nMET                  Amplification         Not detected\n"
    )
    result = explain_text(text)
    assert result.status != "positive"
    # a blood "not detected" gives no amplification value (lead's decision, facts.md §7/§10)
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.amplification is None
    assert (
        build_explanation(result).headline == "No extra HER2 copies found in this blood sample"
    )  # QA 5: not "HER2 not found"


def test_the_reports_own_criteria_are_named() -> None:
    assert _sample("endometrial_serous_ihc2_fish_amp.pdf").scoring_rules == (
        "Scoring rules named in the report: serous endometrial carcinoma criteria"
    )
    # near-misses: criteria for something else, or a determiner instead of a name
    assert read_text_facts("The tumor meets criteria for malignancy. HER2 IHC 1+.").rules_named == ()
    assert read_text_facts("HER2 was scored with these criteria: 1+.").rules_named == ()


# 1. a real conflict names its samples; a lab word from a neighbouring row is not shown
def test_conflict_names_the_samples_and_says_what_the_summary_did() -> None:
    result = explain_file(str(SAMPLES / "crc_primary_ihc1_liver_met_ihc3.pdf"))
    exp = build_explanation(result)
    notes = [w for w in exp.warnings if "sample" in w]
    assert len(notes) == 1, "one note for the two samples, not two overlapping ones"
    # each letter with the name the report's list of samples gives it (summary3, issue 10 leftover 1)
    assert (
        "samples: A (sigmoid colon, resection): negative; B (liver, segment 2, metastasectomy): positive."
        in notes[0]
    )
    assert "This summary shows the highest one" in notes[0]
    assert all(not (r.kind == "lab_call" and r.value == "negative") for r in exp.report_says)
    es = build_explanation(result, "es")
    assert any(
        "A (sigmoid colon, resection): negativo; B (liver, segment 2, metastasectomy): positivo" in w
        for w in es.warnings
    )


def test_lung_mutation_without_amplification_keeps_the_mutation_in_the_headline() -> None:
    text = (
        "Lung, left upper lobe, biopsy: adenocarcinoma (non-small cell lung cancer), stage IV.\n"
        "NGS: ERBB2 exon 20 insertion p.A775_G776insYVMA - DETECTED.\nERBB2 copy number: 2 (no amplification detected).\n"
    )
    result = explain_text(text)
    assert result.status == "negative"  # the status field is unchanged: no amplification
    exp = build_explanation(result)
    assert exp.headline == "HER2 (ERBB2) gene mutation found; no extra HER2 copies (HER2-negative)"
    assert "ask whether yours is one of them" in exp.meaning_text
    # near-miss: the same change in a colorectal report is not given the lung headline
    crc = build_explanation(
        explain_text(
            text.replace(
                "Lung, left upper lobe, biopsy: adenocarcinoma (non-small cell lung cancer)",
                "Colon, sigmoid, resection: adenocarcinoma",
            )
        )
    )
    assert crc.headline == "HER2-negative"


# the explanation is attached once, in the chosen language, for explain, scan and the library API
def test_scan_and_library_attach_the_explanation_in_the_chosen_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    from typer.testing import CliRunner

    from her2cli.cli import app

    shutil.copy(SAMPLES / "crc_ctdna_erbb2_not_detected.pdf", tmp_path / "r.pdf")
    out = CliRunner().invoke(app, ["scan", str(tmp_path), "--format", "jsonl", "--lang", "es", "-q"])
    assert out.exit_code == 0
    record = json.loads(out.stdout.splitlines()[0])
    assert record["meaning"].startswith("Un análisis de sangre no encontró")
    assert CliRunner().invoke(app, ["scan", str(tmp_path), "--lang", "fr"]).exit_code == 2
    result = explain_file(str(SAMPLES / "crc_ctdna_erbb2_not_detected.pdf"), lang="es")
    assert result.explanation is not None and result.explanation.lang == "es"
    assert result.to_dict()["questions"] == list(result.explanation.questions)
