"""What the patient reads, session 6 (helper summary6): the leftovers of session 5's review and the
text-side defect families found reading the summaries of tests/devset6.

Each family has cases that failed before its change and near-misses that must not change. The
cases are written here in the words of the report families (not copied from the devset files),
so they test the phrase family, not one report.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from her2cli.api import explain_text
from her2cli.explain import build_explanation
from her2cli.facts import derive_facts, result_unsupported
from her2cli.model import Evidence, Result


def _exp(text: str, lang: str = "en", cancer_type: str | None = None) -> tuple[Result, str]:
    result = explain_text(text, lang=lang, cancer_type=cancer_type)
    exp = build_explanation(result, lang)
    words = " ".join([exp.headline, exp.meaning_text, *exp.questions, *exp.warnings])
    words += " " + " ".join(f"{r.label}: {r.value}" for r in exp.report_says)
    return result, " ".join(words.split())


# ---- 1. the report's own next steps, said back as the report's words --------------------------

NEXT_STEPS = [
    (
        "Lung, CT-guided biopsy: primary pulmonary adenocarcinoma.\n"
        "Molecular testing (EGFR/ALK/ROS1/KRAS/ERBB2 NGS) has been sent to the reference laboratory;\n"
        "results will be reported separately.\n",
        "Your report says a tumor DNA test (NGS) was sent to another lab",
    ),
    (
        "Breast cancer, metastatic. Liquid biopsy (plasma): ERBB2 amplification detected, plasma copy\n"
        "number 2.4. Interpretation: confirmation of HER2 status by IHC/ISH on a recent biopsy is suggested.\n",
        "Your report itself suggests a further HER2 test on tumor tissue",
    ),
    (
        "Colon adenocarcinoma. HER2 IHC (4B5): 1+ (negative).\n"
        "ATM c.5932G>T - likely germline; genetic counseling advised.\n",
        "Your report raises inherited (germline) genetic testing or genetic counseling",
    ),
    (
        "Breast, left, core biopsy: invasive ductal carcinoma. HER2 IHC (4B5): 2+ (equivocal).\n"
        "HER2 FISH: ratio 1.4, not amplified. We recommend discussion at tumor board.\n",
        "Your report recommends discussing your results at a tumor board",
    ),
]


@pytest.mark.parametrize(("text", "said"), NEXT_STEPS)
def test_the_reports_own_next_step_is_said_back_as_its_words(text: str, said: str) -> None:
    _, words = _exp(text)
    assert said in words


@pytest.mark.parametrize(
    "text",
    [
        "Lung adenocarcinoma. NGS: ERBB2 amplification not detected; NGS was performed on block A2.\n",
        "Breast, core biopsy: HER2 FISH ratio 4.2, confirmed by FISH recount: amplified.\n",
        "Colon adenocarcinoma. HER2 IHC 1+ (negative). Germline testing was not performed (tumor-only).\n",
        "Breast, core biopsy: HER2 IHC 3+ (positive). Tumor board coordinator: J. Smith.\n",
    ],
)
def test_no_next_step_where_the_report_names_none(text: str) -> None:
    _, words = _exp(text)
    for _, said in NEXT_STEPS:
        assert said not in words


def test_a_pending_dna_test_says_that_one_thing() -> None:
    """'NGS sent out' in a report with no HER2 result: not 'pending, sent out, or reported separately'."""
    _, words = _exp(NEXT_STEPS[0][0])
    assert "was sent to another lab, and its results will be reported separately" in words
    assert "pending, was sent to another lab, or is reported separately" not in words


# ---- 2. a document that is not a results report is named ---------------------------------------

DOCUMENTS = [
    (
        "SURGICAL PATHOLOGY REQUISITION / ORDER FORM\nPatient: X\nProcedure: core biopsy, right breast\n"
        "TESTS REQUESTED\n [x] Routine histology\n [x] If invasive carcinoma: HER2 IHC with reflex ISH\n",
        "test order form",
    ),
    (
        "UPPER GI MULTIDISCIPLINARY TUMOR BOARD - SUMMARY NOTE\nGastric adenocarcinoma, stage IV.\n"
        "Is this HER2-positive disease? HER2 status unknown.\nPlan: HER2 IHC on the outside blocks.\n",
        "clinic, tumor board or hospital note",
    ),
    (
        "PATIENT INFORMATION AND CONSENT - TUMOR GENOMIC TESTING\nThe test looks at genes including\n"
        "KRAS, NRAS, BRAF and ERBB2 (HER2) in your colon cancer. Results may show that an anti-HER2\n"
        "treatment could be considered.\n",
        "consent form",
    ),
]


@pytest.mark.parametrize(("text", "kind"), DOCUMENTS)
def test_a_document_that_is_not_a_results_report_is_named(text: str, kind: str) -> None:
    result, words = _exp(text)
    assert result.status == "not_found"
    assert f"This document looks like a {kind}" in words
    assert "no HER2 result in this document" in words
    assert "this summary did not find a HER2 result" not in words
    assert "recommends HER2 testing" not in words  # a consent form recommends nothing


def test_a_pathology_report_that_mentions_a_tumor_board_is_not_a_note() -> None:
    text = (
        "SURGICAL PATHOLOGY REPORT\nColon, biopsy: adenocarcinoma.\nKRAS: wild-type.\nNRAS: wild-type.\n"
        "Comment: case discussed at tumor board; HER2 testing to be considered.\n"
    )
    _, words = _exp(text)
    assert "This document looks like" not in words


# ---- 3. older (ASCO/CAP 2007) cut-offs ---------------------------------------------------------

OLDER = (
    "ARCHIVED REPORT 2011\nSPECIMEN: LEFT BREAST, EXCISIONAL BIOPSY\nTEST: HER-2/NEU BY FISH\n"
    "HER-2/NEU : CEP17 SIGNAL RATIO ......... 1.9\nMEAN HER-2/NEU SIGNALS PER NUCLEUS ..... 4.1\n"
    "INTERPRETATION: EQUIVOCAL\n  Reference ranges (ASCO/CAP 2007):\n    ratio < 1.8 not amplified\n"
    "    ratio 1.8 - 2.2 equivocal\n    ratio > 2.2 amplified\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_report_under_the_2007_cut_offs_says_the_rules_changed(lang: str) -> None:
    result, words = _exp(OLDER, lang)
    exp = build_explanation(result, lang)
    assert {"older_criteria", "older_criteria_today"} <= {s.key for s in exp.meaning}
    assert "2007" in words and "2013" in words
    assert not [r for r in exp.report_says if r.kind == "ish_group"]  # a 2018 group the report never gave
    assert "group 4" not in words and "grupo 4" not in words
    assert [r for r in exp.report_says if r.kind == "ish_result"]  # the lab's own "equivocal" is shown


def test_a_report_under_the_2018_rules_keeps_its_group() -> None:
    text = OLDER.replace("(ASCO/CAP 2007)", "(ASCO/CAP 2018)").replace("INTERPRETATION: EQUIVOCAL", "")
    result, words = _exp(text)
    exp = build_explanation(result, "en")
    assert "older_criteria" not in {s.key for s in exp.meaning}
    assert "2007" not in words


# ---- 4. JSON consistency -----------------------------------------------------------------------

TWO_SCORES = (
    "Left breast, core biopsy: invasive ductal carcinoma.\n"
    "HER2 IHC (4B5), block A1: 1+ (negative).\nHER2 IHC (4B5), block A2: 2+ (equivocal).\n"
    "HER2 SISH (dual probe), block A2: ratio 1.3, mean HER2 2.8: NOT AMPLIFIED.\n"
    "FINAL HER2 STATUS: NEGATIVE. ER positive (90%), PR negative (0%).\n"
)


def test_json_notes_are_the_notes_the_summary_shows() -> None:
    """The record's `notes` are the "Please note" lines the terminal and page show, in --lang; the
    engine's `warnings` stay one per code for programs (and the CSV)."""
    for lang in ("en", "es"):
        result = explain_text(TWO_SCORES, lang=lang)
        record = json.loads(json.dumps(result.to_dict()))
        assert len(record["warnings"]) == len(record["warning_codes"])
        assert record["notes"] == list(build_explanation(result, lang).warnings)
        assert record["notes"], "the two scores give a note"


def test_json_names_the_ish_method_the_summary_names() -> None:
    result = explain_text(TWO_SCORES)
    exp = build_explanation(result, "en")
    rows = {r.kind: r.value for r in exp.report_says}
    assert result.ish is not None and result.ish.method == "SISH"
    assert rows["ish_method"].startswith("SISH")


def test_json_carries_er_and_pr_as_the_summary_shows_them() -> None:
    record = explain_text(TWO_SCORES).to_dict()
    assert (record["related"]["er"], record["related"]["pr"]) == ("positive", "negative")
    colon = explain_text("Colon adenocarcinoma. HER2 IHC 3+ (positive). ER positive.\n").to_dict()
    assert (colon["related"]["er"], colon["related"]["pr"]) == (None, None)  # breast only


def test_json_schema_says_what_null_and_false_mean() -> None:
    from her2cli.schema import SCHEMA

    low = SCHEMA["properties"]["her2_low"]["description"]
    assert "null" in low and "false" in low
    assert SCHEMA["properties"]["related"]["properties"]["er"]["enum"][-1] is None


def test_the_guard_trips_on_a_quoted_final_negative() -> None:
    """The summary guard's "final negative" branch: a positive status whose own quoted lines give
    the lab's final answer as negative is not shown as positive."""
    result = explain_text("Left breast, core biopsy: invasive carcinoma.\nHER2 IHC (4B5): 3+ (positive).\n")
    assert result.status == "positive" and not result_unsupported(result)
    line = "Concurrent IHC 2+ (not 3+) -> FINAL RESULT: HER2 NEGATIVE (not amplified)"
    final = Evidence(1, line, "status_statement", "call=negative", 0, len(line), "FINAL RESULT")
    moved = replace(result, evidence=[*result.evidence, final])
    assert result_unsupported(moved)
    assert derive_facts(moved).tone == "not_found"
    # near-miss: a final POSITIVE line beside the 3+ is support, not a contradiction
    line = "FINAL HER2 STATUS: POSITIVE"
    final = Evidence(1, line, "status_statement", "call=positive", 0, len(line), "FINAL HER2 STATUS")
    assert not result_unsupported(replace(result, evidence=[*result.evidence, final]))


# ---- 5. the summary guard: withdrawn results, a retest still pending ---------------------------


def test_a_withdrawn_result_is_not_shown() -> None:
    text = (
        "CORRECTED REPORT (version 2)\nLeft breast, core biopsy: invasive ductal carcinoma.\n"
        'REASON FOR CORRECTION: The HER2 IHC result printed in version 1 ("HER2 3+, positive") was\n'
        "generated from a slide belonging to another case.\nHER2 IHC: repeat staining in progress; "
        "result to follow in an addendum.\n"
    )
    result = explain_text(text)
    assert result.explanation is not None and result.explanation.tone not in ("positive", "equivocal")


def test_a_corrected_result_stated_in_the_report_is_still_shown() -> None:
    text = (
        "AMENDED REPORT\nLeft breast, core biopsy: invasive ductal carcinoma.\n"
        'The HER2 score was recorded as "1+". The correct score, confirmed on review, is 3+ (positive).\n'
        "HER2 IHC (4B5): 3+ - POSITIVE (strong complete membrane staining in 90%)\n"
    )
    result = explain_text(text)
    assert result.explanation is not None and result.explanation.tone == "positive"


def test_a_pre_treatment_result_with_the_retest_pending_is_not_shown() -> None:
    text = (
        "Clinical: right breast carcinoma. Pre-treatment core biopsy: ER 0%, PR 0%, HER2 3+ (positive).\n"
        "Received 6 cycles of neoadjuvant chemotherapy.\n\n"
        "Right breast, mastectomy: residual invasive carcinoma, 1.2 cm (ypT1c).\n"
        "A HER2 retest on the residual tumor (block A7) has been requested and sent to the reference\n"
        "laboratory. Results will be reported in an addendum.\n"
    )
    result = explain_text(text)
    assert result.explanation is not None
    assert result.explanation.tone not in ("positive", "equivocal")
    assert not [r for r in result.explanation.report_says if r.kind in ("er", "pr")]


# ---- 6. text families from the devset6 reading -------------------------------------------------


def test_heterogeneity_that_explains_a_change_after_treatment_is_not_said_twice() -> None:
    text = (
        "Clinical history: left breast IDC, core biopsy 04/2026 HER2 3+. Completed neoadjuvant\n"
        "trastuzumab-based chemotherapy.\n\nA. Left breast, lumpectomy: residual invasive carcinoma.\n"
        "HER2 RETEST ON RESIDUAL TUMOR (block A3): HER2 IHC (4B5): 1+ - NEGATIVE\n"
        "For comparison: pre-treatment core biopsy was HER2 3+ (positive).\n"
        "COMMENT: Loss of HER2 after anti-HER2 therapy is recognized; this may reflect tumor\n"
        "heterogeneity or treatment effect.\n"
    )
    result, words = _exp(text)
    assert "post_treatment" in result.warning_codes
    assert "(heterogeneity)" not in words


def test_heterogeneity_in_a_report_without_treatment_is_still_said() -> None:
    text = (
        "Breast, core biopsy: invasive carcinoma. HER2 IHC: 2+; FISH ratio 2.2, mean 4.6: AMPLIFIED,\n"
        "with genetic heterogeneity. HER2 POSITIVE.\n"
    )
    _, words = _exp(text)
    assert "(heterogeneity)" in words


def test_a_borderline_stain_and_a_borderline_ish_are_both_said() -> None:
    text = (
        "Breast, excision: invasive carcinoma.\nHER2 IHC (4B5): 2+ (equivocal)\nHER2 CISH (single probe):\n"
        "Mean HER2 gene copies / nucleus : 4.8\nInterpretation: EQUIVOCAL (single-probe mean >= 4.0 and < 6.0).\n"
    )
    result, words = _exp(text)
    assert result.status == "equivocal" and result.ish and result.ish.result == "equivocal"
    assert "the gene copy test (ISH) was borderline too" in words
    assert "Most often a gene copy test (ISH) decides" not in words


def test_a_group_4_negative_without_a_stain_score_does_not_call_the_ish_not_amplified() -> None:
    text = (
        "Breast, core biopsy: invasive carcinoma.\nMethod: dual color FISH\n ERBB2 signals (mean) : 4.7\n"
        " CEN17 signals (mean) : 2.9\n ERBB2/CEN17 ratio : 1.6\n"
        "Evaluation: ASCO/CAP 2018 group 4 (ratio < 2.0, mean ERBB2 >= 4.0 and < 6.0).\n"
        "According to the 2018 algorithm the case is to be classified as HER2 negative.\n"
    )
    result, words = _exp(text)
    assert result.facts is not None and result.facts.ish_group == 4
    assert result.status == "negative" and (result.ihc is None or result.ihc.score is None)
    assert "Here the result is HER2-negative" in words
    assert "The gene copy test (ISH) result is not amplified" not in words


def test_a_blood_test_beside_a_tissue_stain_names_both_samples() -> None:
    text = (
        "Colon adenocarcinoma, metastatic. Sigmoid primary, HER2 IHC (outside): 3+ in ~70% of tumor\n"
        "cells, HERACLES criteria: POSITIVE.\nLiquid biopsy (plasma cfDNA): ERBB2 amplification not detected.\n"
    )
    result = explain_text(text)
    exp = build_explanation(result, "en")
    rows = {r.kind: r.value for r in exp.report_says}
    assert result.ihc and result.ihc.score == "3+"
    assert rows["specimen"].startswith("Tumor tissue") and "blood" in rows["specimen"]


def test_a_dot_leader_does_not_hide_not_performed() -> None:
    text = "Colon adenocarcinoma, metastatic.\nKRAS ......... MUTATION DETECTED (G12C)\nHER2 ............ testing not performed.\n"
    result, words = _exp(text)
    assert result.status == "not_found"
    assert "HER2 was not tested" in words


def test_a_spanish_fish_pending_is_an_ish_requested() -> None:
    text = (
        "Mama, biopsia con aguja gruesa: carcinoma infiltrante.\nHER2/neu (HercepTest): 2+ DUDOSO.\n"
        " - Se solicitó hibridación in situ (FISH) para HER2; el resultado está\n   PENDIENTE y se emitirá en un informe complementario.\n"
    )
    _, words = _exp(text, "es")
    assert "se pidió una prueba de copias del gen (ISH)" in words


def test_an_in_situ_only_report_has_no_pending_note() -> None:
    text = (
        "Right breast, core biopsy: ductal carcinoma in situ, high nuclear grade.\n"
        "No invasive carcinoma identified in the cores examined.\n"
        "ER: positive (90%).\nHER2: testing not performed - HER2 is evaluated on invasive carcinoma only.\n"
        "Should invasive carcinoma be found at excision, HER2 will be performed at that time.\n"
    )
    result, words = _exp(text)
    assert result.status == "not_found" and result.facts and result.facts.not_found_reason == "in_situ_only"
    assert "is pending or was sent to another lab" not in words


def test_bilateral_tumors_are_two_tumors_not_two_readings() -> None:
    text = (
        "FINAL REPORT - BILATERAL BREAST CORE BIOPSIES\n\nRIGHT BREAST, 9 O'CLOCK, CORE BIOPSY:\n"
        "    INVASIVE DUCTAL CARCINOMA, GRADE 3.\n    HER2 BY IHC: POSITIVE (SCORE 3+).\n\n"
        "LEFT BREAST, 4 O'CLOCK, CORE BIOPSY:\n    INVASIVE CARCINOMA, GRADE 1.\n"
        "    HER2 BY IHC: NEGATIVE (SCORE 0, NO MEMBRANE STAINING).\n\n"
        "NOTE: SYNCHRONOUS BILATERAL CARCINOMAS WITH DISCORDANT RECEPTOR PROFILES.\n"
    )
    result, words = _exp(text)
    assert result.facts is not None and result.facts.conflict_kind == "separate_tumors"
    assert "more than one tumor" in words
    assert "your report may say which result counts" not in words


def test_a_consultation_that_rescores_the_stain_says_the_lab_chose() -> None:
    text = (
        "OUTSIDE CONSULTATION REPORT\nOutside diagnosis: gastric adenocarcinoma, HER2 IHC 2+ (equivocal).\n"
        "HER2: On review of the outside slide and a repeat IHC (4B5) on block A2:\n"
        "We interpret the HER2 score as 3+ (POSITIVE) by gastric biopsy criteria.\n"
    )
    result, words = _exp(text, cancer_type="gastric")
    assert "conflict" in result.warning_codes
    assert result.facts is not None and result.facts.conflict_kind == "lab_chose"
    assert "your report may say which result counts" not in words
    assert "The report explains which result it regards as the tumor's result" in words


def test_a_blood_test_that_found_nothing_beside_a_tissue_result_is_explained() -> None:
    text = (
        "Colon adenocarcinoma, metastatic. Sigmoid primary, HER2 IHC (outside): 3+ in ~70% of tumor\n"
        "cells, HERACLES criteria: POSITIVE.\nLiquid biopsy (plasma cfDNA): ERBB2 amplification not detected.\n"
    )
    _, words = _exp(text)
    assert "The HER2 result shown here comes from the test on tumor tissue" in words
    # near-miss: a tissue result with no blood test says nothing about blood
    _, words = _exp(text.replace("Liquid biopsy (plasma cfDNA): ERBB2 amplification not detected.\n", ""))
    assert "blood test" not in words


def test_an_ocr_zero_in_positive_is_read() -> None:
    from her2cli.report_words import read_text_facts

    assert read_text_facts("ER: p0sitive 95%   PR: positive 75%\n").er == "positive"


def test_a_stain_repeated_after_a_withdrawn_result_is_a_result_to_come() -> None:
    text = (
        "CORRECTED REPORT - PLEASE DISCARD PREVIOUS VERSION\nLeft breast, core biopsy: invasive carcinoma.\n"
        'REASON FOR CORRECTION: The HER2 IHC result printed in version 1 ("HER2 3+, positive") was\n'
        "generated from a slide belonging to another case.\n"
        "HER2 IHC is being repeated on block A1 of this case and will be issued in a further corrected report.\n"
    )
    result, words = _exp(text)
    assert result.facts is not None and result.facts.not_found_reason in ("pending", "unsupported")
    assert "could not be read" not in words
    # near-miss: a stain that failed is still one that could not be read
    failed = "Left breast, core biopsy: invasive carcinoma.\nHER2 IHC: controls failed; the stain will be repeated.\n"
    result, _ = _exp(failed)
    assert result.facts is not None and result.facts.not_found_reason == "uninterpretable"
