"""Findings of the session-5 clinician review (/work/qa5/REVIEW.md) about what the summary SAYS,
one test per defect family, each with near-misses that must not change. Findings about what the
engine READS (status, values, samples) belong to the engine helpers and are not tested here.
Texts are written for these tests in the review's report families (tests/devset5 is measured
separately)."""

from __future__ import annotations

import pytest

from her2cli import explain_text
from her2cli.explain import Explanation


def _exp(text: str, lang: str = "en") -> Explanation:
    result = explain_text(text, lang=lang)
    assert result.explanation is not None
    return result.explanation


def _all_text(exp: Explanation) -> str:
    return " ".join([exp.headline, exp.meaning_text, *exp.questions, *exp.warnings])


def _rows(exp: Explanation) -> dict[str, str]:
    return {r.kind: r.value for r in exp.report_says}


# ---- 1, 3. results from before and after treatment: never "this summary shows the higher one" -----
RESIDUAL_AND_BIOPSY = (
    "Clinical: breast cancer, status post neoadjuvant chemotherapy.\n"
    "Right breast, mastectomy: residual invasive ductal carcinoma, 1.2 cm, treatment effect.\n"
    "HER2 IHC (4B5) on residual tumor (block A3): 1+ (negative).\n"
    "Pre-treatment core biopsy (S26-1100): HER2 IHC 3+ (positive).\n"
)
RECURRENCE = (
    "Left chest wall excision: recurrent invasive ductal carcinoma (history of breast carcinoma 2019, HER2 3+).\n"
    "HER2 IHC 4B5 on recurrent tumor (block A2): 2+ (equivocal).\n"
    "HER2 FISH: HER2/CEP17 ratio 1.4, average HER2 signals per nucleus 3.2. Not amplified.\n"
    "FINAL HER2 STATUS OF RECURRENT TUMOR: NEGATIVE.\n"
    "Note: differs from the 2019 primary (HER2 3+). HER2 status can change after therapy; both results\n"
    "should be considered by the treating team.\n"
)


@pytest.mark.parametrize("text", [RESIDUAL_AND_BIOPSY, RECURRENCE])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_results_from_two_time_points_never_say_the_summary_shows_the_higher_one(
    text: str, lang: str
) -> None:
    exp = _exp(text, lang)
    notes = " ".join(exp.warnings)
    assert "higher one" not in notes and "highest one" not in notes
    assert "más alto" not in notes
    # one note about the earlier result, never two that contradict each other (qa5 3)
    assert not ("after treatment, which is the sample" in notes and "before and after treatment:" in notes)


def test_a_conflict_with_no_time_points_still_says_which_one_is_shown() -> None:
    """Near-miss: two readings of one sample with no treatment between keep the plain conflict note."""
    exp = _exp(
        "Left breast, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 1+ (negative) in block A1.\n"
        "HER2 IHC (4B5): 3+ (positive) in block A2.\n"
    )
    assert exp.facts is not None and exp.facts.conflict
    assert any("higher one" in w for w in exp.warnings)


# ---- 2. HER2 not tested again after treatment: the result shown is the earlier sample's ------------
NOT_RETESTED = (
    "CLINICAL: Left breast IDC, s/p neoadjuvant TCHP. Mastectomy.\n"
    "LEFT BREAST, TOTAL MASTECTOMY: residual invasive ductal carcinoma, 0.4 cm, treatment effect.\n"
    "BIOMARKERS:\n"
    " HER2 was not repeated on the residual tumor (insufficient residual tumor for reliable\n"
    " scoring). Pre-treatment core biopsy (S26-2010): ER negative, PR negative, HER2 IHC 3+ (positive).\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_her2_not_retested_after_treatment_is_said_as_the_report_says_it(lang: str) -> None:
    exp = _exp(NOT_RETESTED, lang)
    assert exp.facts is not None and exp.facts.her2_not_retested
    notes = " ".join(exp.warnings)
    assert "after treatment, which is the sample" not in notes
    # said once: by the meaning (nf_not_retested, sentences11), the note then names the earlier result
    said = exp.meaning_text + " " + notes
    assert "not tested again" in said if lang == "en" else "no se volvió a analizar" in said
    assert not any("HER2 was tested after treatment" in q for q in exp.questions)
    assert any("Should HER2 be tested again on a later sample" in q for q in exp.questions) or lang == "es"


def test_her2_retested_after_treatment_keeps_the_after_treatment_note() -> None:
    """Near-miss: a residual tumor that WAS tested keeps 'the result shown is the one after treatment'."""
    exp = _exp(RESIDUAL_AND_BIOPSY)
    assert exp.facts is not None and not exp.facts.her2_not_retested
    assert not any("not tested again" in w for w in exp.warnings)


# ---- 7. "heterogeneity" used to explain a change after treatment is not uneven staining ------------
def test_heterogeneity_as_the_reason_for_change_after_treatment_is_not_a_caveat() -> None:
    exp = _exp(
        RESIDUAL_AND_BIOPSY
        + "Loss of HER2 overexpression after neoadjuvant anti-HER2 therapy is a recognized\n"
        "phenomenon (tumor heterogeneity/clonal selection).\n"
    )
    assert "heterogeneous" not in [s.key for s in exp.meaning]


def test_heterogeneity_of_this_sample_is_still_said() -> None:
    """Near-miss: 'may reflect sampling/heterogeneity' is about this tumor and is said back."""
    exp = _exp(
        "Esophagus, resection after chemoradiation: residual adenocarcinoma.\n"
        "HER2 IHC (4B5) on the resection: 3+ (positive).\n"
        "Discordance with the pre-treatment biopsy (score 0) may reflect sampling/heterogeneity.\n"
    )
    assert exp.facts is not None and "heterogeneous" in exp.facts.caveats


# ---- 18. two tumors, and a report that says which result is definitive ----------------------------
def test_two_distinct_carcinomas_are_two_tumors() -> None:
    exp = _exp(
        "1. LEFT BREAST, PARTIAL MASTECTOMY: invasive ductal carcinoma, 2.3 cm.\n"
        "   HER2 IHC score 3+ (positive).\n"
        "2. LEFT BREAST, WIRE-LOCALIZED EXCISION: invasive lobular carcinoma, 0.9 cm.\n"
        "   HER2 IHC score 1+ (negative).\n"
        "Comment: Two morphologically distinct ipsilateral invasive carcinomas with discordant HER2 status.\n"
    )
    assert exp.facts is not None and exp.facts.several_tumors
    assert not any("your report may say which result counts" in w for w in exp.warnings)


def test_a_result_the_report_calls_definitive_is_the_labs_choice() -> None:
    exp = _exp(
        "A. Breast, core biopsy: HER2 IHC 2+ (equivocal), staining confined to the crushed edge.\n"
        "B. Breast, lumpectomy: HER2 IHC (4B5) 1+, negative.\n"
        "COMMENT: the result on the lumpectomy (HER2 1+, negative) should be regarded as the definitive\n"
        "HER2 status of this tumor.\n"
    )
    assert not any("your report may say which result counts" in w for w in exp.warnings)


# ---- 14, 25. ER/PR the report gives are shown, in the summary's words ------------------------------
@pytest.mark.parametrize(
    ("line", "er", "pr"),
    [
        (
            "ER (SP1) ...... Positive, 85%, strong\nPR (1E2) ...... Positive, 10%, weak",
            "positive",
            "positive",
        ),
        (
            " - Receptores de estrógenos: POSITIVO (70%, intensidad moderada).\n"
            " - Receptores de progesterona: NEGATIVO (<1%).",
            "positive",
            "negative",
        ),
        ("   RE: positivo (80 %)      RP: positivo (35 %)", "positive", "positive"),
        ("  ER neg (0%), PR neg (0%)", "negative", "negative"),
        ("  ER 90 %, PR 40 %, Ki-67 22 %", "90%", "40%"),
    ],
)
def test_receptor_values_are_shown_in_the_summarys_words(line: str, er: str, pr: str) -> None:
    exp = _exp(f"Breast, core biopsy: invasive ductal carcinoma.\n{line}\nHER2 IHC (4B5): 1+ (negative).\n")
    rows = _rows(exp)
    assert rows.get("er") == er and rows.get("pr") == pr
    assert not any("What are my hormone receptor" in q for q in exp.questions)


def test_allred_scores_are_shown_and_not_asked_for() -> None:
    exp = _exp(
        "Breast, core biopsy: invasive ductal carcinoma.\n  ER   Allred 0/8\n  PR   Allred 0/8\nHER2 IHC: 3+.\n"
    )
    assert _rows(exp).get("er") == "Allred 0/8 (as the report writes it)"
    assert not any("What are my hormone receptor" in q for q in exp.questions)


def test_a_receptor_value_cut_inside_its_bracket_is_not_shown_unbalanced() -> None:
    exp = _exp("Breast, core biopsy: invasive carcinoma.\nER: 95% (Allred 8\nHER2 IHC: 3+.\n")
    er = _rows(exp).get("er", "")
    assert er.count("(") == er.count(")")


def test_no_receptor_words_still_asks_for_them() -> None:
    """Near-miss: a breast report with no ER/PR still asks for them; 're:' in a letter is not RE."""
    exp = _exp("re: negative margins\nBreast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 3+.\n")
    assert "er" not in _rows(exp)
    assert any("hormone receptor" in q for q in exp.questions)


def test_spanish_summary_shows_spanish_receptor_words() -> None:
    exp = _exp(
        "Mama, biopsia: carcinoma ductal infiltrante.\n RE: positivo (80 %)\nHER2 IHQ: 1+ (negativo).\n", "es"
    )
    assert _rows(exp).get("er") == "positivo"


# ---- H1, U4. a positive or borderline reading the report's own lines do not support ----------------
UNSUPPORTED = [
    # the lab's final answer on the current tumor is negative; the 3+ is the old primary's
    "Left chest wall excision: recurrent invasive ductal carcinoma.\n"
    "HER2 IHC 4B5 on recurrent tumor: 2+ (equivocal).\n"
    "HER2/CEP17 ratio 1.6, average HER2 signals per nucleus 4.4. ASCO/CAP 2018 Group 4.\n"
    "- FINAL HER2 STATUS OF RECURRENT TUMOR: NEGATIVE\n"
    "Note: differs from the 2018 primary (HER2 3+).\n",
    # the only line is a legend
    "Colon, biopsy: adenocarcinoma. HER2: testing not performed at this stage.\n"
    "Reference key - IHC: 3+ in >=50% of cells = positive. ISH: ERBB2/CEP17 ratio >=2 in >=50% of cells = amplified.\n",
    # a method statement
    "Esophagus, biopsy: adenocarcinoma. HER2 RESULT: to be reported separately.\n"
    "HER2 METHOD STATEMENT: HER2 protein is assessed with the 4B5 antibody; cases scoring 2+ are reflexed to ISH.\n",
]


@pytest.mark.parametrize("text", UNSUPPORTED)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_result_the_reports_own_lines_do_not_support_is_not_shown(text: str, lang: str) -> None:
    result = explain_text(text, lang=lang)
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    if result.status in ("positive", "equivocal"):  # what the engine read; the summary must not show it
        assert exp.tone == "not_found"
        assert exp.facts.not_found_reason is not None and exp.facts.not_found_reason.value == "unsupported"
        assert {r.kind for r in exp.report_says} <= {"not_found_reason", "er", "pr", "kras", "nras", "braf"}
        assert "HER2-positive" not in exp.meaning_text and "borderline" not in exp.meaning_text
        assert result.meaning == exp.meaning_text  # JSON carries the same sentences
    else:  # once the engine reads no positive or borderline result here, the summary shows none either
        assert exp.tone not in ("positive", "equivocal")


def test_the_guard_trips_on_a_positive_resting_only_on_history() -> None:
    """The guard itself, on a Result whose only positive line is another cancer's history (b5-f07-06's
    family: the engine may stop reading such a line; the summary must not show it either way)."""
    from dataclasses import replace

    from her2cli.facts import derive_facts, result_unsupported
    from her2cli.model import Evidence

    result = explain_text(
        "Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 3+ (positive).\n"
    )
    assert result.status == "positive" and not result_unsupported(result)
    line = "CLINICAL HISTORY: History of right breast cancer 2015 (HER2-positive by IHC 3+)."
    history = Evidence(1, line, "ihc", "score=3+, lab_call=positive", 0, len(line), "IHC 3+")
    moved = replace(result, evidence=[history])
    assert result_unsupported(moved)
    assert derive_facts(moved).tone == "not_found"


SUPPORTED = [
    # a history line beside this tumor's own positive result
    "History of right breast cancer 2015.\nLeft breast, core biopsy: invasive ductal carcinoma.\n"
    "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n",
    # an ISH negative beside a 3+ stain: the stain decides (not the lab's final HER2 answer)
    "Stomach, biopsy: adenocarcinoma. HER2 IHC (4B5): 3+ (positive).\n"
    "HER2 dual ISH: ratio 1.6. FINAL ISH RESULT: NEGATIVE (not amplified).\n",
    # a legend below the report's own result
    "Colon, resection: adenocarcinoma. HER2 IHC (4B5): 3+ in 70% of tumor cells, POSITIVE (HERACLES).\n"
    "Key: 3+ in >=50% of cells = positive.\n",
    "Right breast, core biopsy: invasive ductal carcinoma. HER2 IHC: 2+ (equivocal). ISH to follow.\n",
]


@pytest.mark.parametrize("text", SUPPORTED)
def test_a_result_the_report_supports_is_shown(text: str) -> None:
    """Near-misses: history, a legend or an ISH-only negative beside the tumor's own result."""
    result = explain_text(text)
    exp = result.explanation
    assert exp is not None
    assert result.status in ("positive", "equivocal")
    assert exp.tone == result.status


# ---- H2. a blood test that found nothing is "not detected", never "HER2-negative" -------------------
BLOOD_NOTHING = (
    "Riverside Liquid Biopsy Laboratory - Plasma Genotyping Report\n"
    "Diagnosis: Metastatic breast cancer (ER+)    Draw date 10/02/2026\n\n"
    "RESULT: NO SOMATIC ALTERATIONS DETECTED\n\n"
    " ERBB2 amplification ........ not detected\n"
    " ERBB2 mutations ............ not detected\n"
    " PIK3CA ..................... not detected\n\n"
    "Circulating tumor DNA fraction: below assay threshold\n"
    "IMPORTANT: A not detected result may reflect low tumor DNA shedding into the bloodstream and does\n"
    "not exclude these alterations in the tumor.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_blood_test_with_no_her2_change_is_not_called_negative(lang: str) -> None:
    result = explain_text(BLOOD_NOTHING, lang=lang)
    exp = result.explanation
    assert exp is not None and exp.facts is not None
    assert exp.tone == "not_found"
    assert exp.facts.not_found_reason is not None and exp.facts.not_found_reason.value == "blood_not_detected"
    assert exp.scoring_rules is None  # no stain-scoring rules line for a blood test
    assert not any("what was the score" in q or "cuál fue la puntuación" in q for q in exp.questions)
    if lang == "en":
        assert "HER2-negative" not in exp.headline + exp.meaning_text
        assert any("tissue" in q for q in exp.questions)


def test_a_tissue_negative_beside_a_blood_test_stays_negative() -> None:
    """Near-miss: a tissue stain result decides; the blood test does not turn it into 'not found'."""
    exp = _exp(
        "Stomach, biopsy: adenocarcinoma. HER2 IHC (4B5): 1+ (negative).\n"
        "Plasma cfDNA: ERBB2 amplification not detected.\n"
    )
    assert exp.tone == "negative"


# ---- U3. colorectal scale text under HERACLES: 2+ is borderline only in at least half the cells ----
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_colorectal_scale_text_says_when_2_plus_is_borderline(lang: str) -> None:
    from her2cli.render.scale import scales_for

    for rules in ("HERACLES criteria", "no named rules"):
        exp = _exp(
            f"Colon, resection: adenocarcinoma ({rules}). HER2 IHC (4B5): 2+ in 60% of tumor cells, equivocal.\n",
            lang,
        )
        assert exp.facts is not None
        (ihc,) = [s for s in scales_for(exp.facts, lang) if s.kind == "ihc"]
        text = ihc.alt
        assert (
            ("at least half of the cells stain" in text)
            if lang == "en"
            else ("se tiñe al menos la mitad" in text)
        )
        assert "2+ is borderline, and a gene copy test" not in text


def test_the_breast_scale_text_is_unchanged() -> None:
    """Near-miss: breast 2+ is borderline whatever the share of cells (ASCO/CAP 2018)."""
    from her2cli.render.scale import scales_for

    exp = _exp("Breast, core biopsy: invasive ductal carcinoma. HER2 IHC: 2+ (equivocal).\n")
    assert exp.facts is not None
    (ihc,) = [s for s in scales_for(exp.facts) if s.kind == "ihc"]
    assert "2+ is borderline, and a gene copy test (ISH) decides" in ihc.alt


# ---- C10. "its own result is shown above" only when it is; the lines named -------------------------
def test_no_lab_result_row_means_no_its_own_result_is_shown_above() -> None:
    from her2cli.render.scale import scales_for, section_notes

    exp = _exp(
        "Breast, excision. HER2 dual-probe ISH: mean HER2 signals/nucleus 4.8, mean CEP17 3.0,\n"
        "HER2/CEP17 ratio 1.6. Result category: INDETERMINATE (ASCO/CAP 2018 Group 4).\n"
        "The final HER2 status must be established with the concurrent IHC; no final call is issued.\n"
    )
    assert exp.facts is not None
    assert not any("shown above" in n for n in section_notes(scales_for(exp.facts)))
    assert "ish_result" not in _rows(exp)


def test_a_lab_ish_result_row_keeps_its_own_result_is_shown_above() -> None:
    """Near-miss: the lab states amplified; the note points to that row."""
    from her2cli.render.scale import scales_for, section_notes

    exp = _exp(
        "Breast, core biopsy. HER2 FISH: HER2/CEP17 ratio 3.1, average HER2 copy number 7.2 per cell.\n"
        "Result: AMPLIFIED (ASCO/CAP 2018 group 1).\n"
    )
    assert exp.facts is not None and "ish_result" in _rows(exp)
    notes = section_notes(scales_for(exp.facts))
    assert any("shown above" in n for n in notes)
    (copies,) = [s for s in scales_for(exp.facts) if s.kind == "copies"]
    assert "at 4.0 and 6.0" in copies.alt


# ---- U7. ISH group 2 decided with IHC 3+ is not "the ISH found extra copies" ----------------------
def test_a_group_2_decided_with_the_stain_is_said_as_such() -> None:
    exp = _exp(
        "Breast, core biopsy. HER2 FISH: Combined (40 nuclei): HER2 mean 3.7; CEN-17 mean 1.8; ratio 2.1\n"
        "ASCO/CAP 2018 classification: GROUP 2 (ratio >= 2.0; mean HER2 < 4.0)\n"
        "HER2 IHC (4B5) on block A3: 3+ (strong complete membrane staining in ~70% of invasive cells).\n"
    )
    keys = [s.key for s in exp.meaning]
    if exp.facts is not None and exp.facts.ish_group == 2 and exp.facts.status == "positive":
        assert "pos_ihc_and_ish" not in keys and "pos_ish_group" in keys
    assert "found extra copies" not in exp.meaning_text


def test_a_group_1_with_a_3_plus_stain_keeps_both_count_as_positive() -> None:
    """Near-miss: group 1 (ratio >= 2, mean >= 4) is amplified on its own."""
    exp = _exp(
        "Breast, core biopsy. HER2 IHC (4B5): 3+ (positive).\n"
        "HER2 FISH: ratio 4.2, mean HER2 signals per cell 9.1. AMPLIFIED (ASCO/CAP 2018 group 1).\n"
    )
    assert "pos_ihc_and_ish" in [s.key for s in exp.meaning]


# ---- C9. questions the report already answers ------------------------------------------------------
def test_rules_the_report_names_in_brackets_are_named_and_not_asked_for() -> None:
    for text in (
        "Endometrium, hysterectomy: serous carcinoma. HER2 IHC (4B5): 2+.\n"
        "HER2 FISH: ratio 2.4. Interpretation (serous endometrial criteria; ratio >=2.0 amplified) ... AMPLIFIED\n",
        "Gallbladder, cholecystectomy: adenocarcinoma.\n"
        "HER2 IHC (4B5): 3+. HER2 status: POSITIVE (gastric-type scoring applied to biliary tract carcinoma)\n",
    ):
        exp = _exp(text)
        assert exp.scoring_rules is not None and "named in the report" in exp.scoring_rules
        assert not any("Which scoring rules" in q for q in exp.questions)


def test_a_gastric_dna_test_is_not_asked_biopsy_or_surgery() -> None:
    exp = _exp(
        "Comprehensive genomic profile. Disease: stomach adenocarcinoma. Specimen type: FFPE block, biopsy.\n"
        "ERBB2 amplification - 14 copies (amplified).\n"
    )
    assert not any("small biopsy or on a larger surgery" in q for q in exp.questions)


def test_a_gastric_stain_with_no_sample_kind_still_asks_biopsy_or_surgery() -> None:
    """Near-miss: the stain's scoring depends on the sample kind, and the report does not say it."""
    exp = _exp("Stomach adenocarcinoma. HER2 IHC (4B5): 3+ (positive).\n")
    assert any("small biopsy or on a larger surgery" in q for q in exp.questions)


# ---- C10. no "below the cut-off" copies line beside an amplified ratio outside breast -------------
def test_an_amplified_ratio_outside_breast_has_no_copies_line_below_it() -> None:
    from her2cli.render.scale import scales_for

    exp = _exp(
        "Endometrium: serous carcinoma. HER2 FISH: ratio 2.4, average HER2 copies per cell 5.3, AMPLIFIED.\n"
    )
    assert exp.facts is not None and exp.facts.status == "positive"
    assert not any("below the cut-off" in s.alt for s in scales_for(exp.facts))


def test_breast_copies_keep_their_group_lines() -> None:
    """Near-miss: in breast cancer the copy number is part of the ASCO/CAP group."""
    from her2cli.render.scale import scales_for

    exp = _exp("Breast, core biopsy. HER2 FISH: ratio 2.4, average HER2 copies per cell 5.3, AMPLIFIED.\n")
    assert exp.facts is not None
    assert any(s.kind == "copies" for s in scales_for(exp.facts))


# ---- C4. pending wording says the one thing the report says (English and Spanish reports) --------
def test_a_spanish_pending_result_to_be_reported_separately_is_said_as_such() -> None:
    exp = _exp(
        "Mama, biopsia: carcinoma ductal infiltrante.\n   HER2: PENDIENTE (se informará por separado)\n", "es"
    )
    assert exp.facts is not None and exp.facts.pending_how == "to_follow"
    assert "se envió a otro laboratorio" not in exp.meaning_text


@pytest.mark.parametrize(
    "line",
    [
        "Nota: Por resultado HER2 dudoso (2+), se envía el bloque para hibridación in situ (FISH); resultado pendiente.",
        "Because of the equivocal score the case has been sent for reflex dual-probe in situ hybridization.",
    ],
)
def test_an_ish_the_report_says_was_requested_is_not_asked_for(line: str) -> None:
    exp = _exp(f"Breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 2+ (equivocal).\n{line}\n")
    assert exp.facts is not None and exp.facts.ish_requested
    assert not any("Has a gene copy test (ISH) been done" in q for q in exp.questions)
    assert "has been requested and its result will come later" in exp.meaning_text


def test_a_2_plus_with_no_word_about_ish_still_asks_for_it() -> None:
    """Near-miss: nothing says ISH was requested."""
    exp = _exp("Breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 2+ (equivocal).\n")
    assert any("Has a gene copy test (ISH) been done" in q for q in exp.questions)


# ---- C3. no "this tool could not read" where the report is clear there is no result ---------------
def test_not_enough_dna_is_a_sample_without_enough_tumor() -> None:
    exp = _exp(
        "NEXT-GENERATION SEQUENCING REPORT - TEST NOT COMPLETED\nDiagnosis: lung adenocarcinoma.\n"
        "STATUS: QNS - insufficient DNA (4.1 ng; minimum 10 ng) after macrodissection.\n"
        "Genes on this panel: ALK, BRAF, EGFR, ERBB2 (HER2), KRAS, MET, RET, ROS1.\n"
    )
    assert exp.facts is not None and exp.facts.not_found_reason is not None
    assert exp.facts.not_found_reason.value == "no_tumor"
    assert "could not read" not in _all_text(exp)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_sentence_says_this_tool_could_not_read(lang: str) -> None:
    from her2cli.messages import load_messages

    msgs = load_messages(lang)
    texts = [*msgs["meaning"].values(), *msgs["questions"].values()]
    assert not [t for t in texts if "could not read" in t or "no pudo leer" in t]


# ---- S1. sample labels: never half translated; no capital letter mid-sentence ---------------------
TWO_SAMPLES_AFTER_TREATMENT = (
    "Colon, resection after chemotherapy: residual adenocarcinoma.\n"
    "Residual tumour (block A11): HER2 IHC (4B5) 2+ in about 60% of cells (HERACLES), equivocal.\n"
    "Diagnostic biopsy: HER2 IHC 3+ (positive).\n"
)


def test_a_spanish_summary_quotes_a_label_it_cannot_translate_whole() -> None:
    exp = _exp(TWO_SAMPLES_AFTER_TREATMENT, "es")
    labels = [r.label for r in exp.report_says if r.kind == "specimen_result"]
    assert not any("Diagnostic biopsia" in label for label in labels)
    assert all("«" in label or not {"diagnostic", "biopsy"} & set(label.lower().split()) for label in labels)


def test_an_english_label_is_lower_case_mid_sentence() -> None:
    exp = _exp(TWO_SAMPLES_AFTER_TREATMENT)
    labels = [r.label for r in exp.report_says if r.kind == "specimen_result"]
    assert not any(label.startswith("Result for sample Diagnostic") for label in labels)


def test_a_bare_part_label_keeps_its_capital() -> None:
    """Near-miss: 'Part 1' is a label, not a word mid-sentence; in Spanish it is 'Parte 1'."""
    text = "Part 1: left breast, core biopsy. HER2 IHC: 1+.\nPart 2: left breast, excision. HER2 IHC: 3+.\n"
    for lang, word in (("en", "Part"), ("es", "Parte")):
        labels = [r.label for r in _exp(text, lang).report_says if r.kind == "specimen_result"]
        assert all(f"{word} " in label for label in labels)


# ---- C7. zongertinib is named with its condition (kinase-domain mutations) -------------------------
@pytest.mark.parametrize("lang", ["en", "es"])
def test_zongertinib_is_named_with_its_condition(lang: str) -> None:
    exp = _exp(
        "Lung adenocarcinoma, NGS: ERBB2 p.S310F (c.929C>T), activating, extracellular domain. "
        "ERBB2 amplification not detected.\n",
        lang,
    )
    if "approval_lung_mutation" in [s.key for s in exp.meaning]:
        assert ("zongertinib (2025) for mutations in the kinase part" in exp.meaning_text) or (
            "zongertinib (2025) para mutaciones en la parte cinasa" in exp.meaning_text
        )
    from her2cli.messages import load_messages

    text = load_messages(lang)["meaning"]["approval_lung_mutation"]
    assert "zongertinib and sevabertinib" not in text and "zongertinib y sevabertinib" not in text


# ---- U8, U9. a criterion is not a measured share; ratios and means as printed ----------------------
def test_a_criterion_share_is_not_shown_as_the_measured_share() -> None:
    exp = _exp(
        "Esophagus, resection after chemoradiation: residual adenocarcinoma.\n"
        "IHC (4B5) resection criteria (>=10% cells):   2+ (weak-moderate lateral staining, ~25%)\n"
    )
    assert _rows(exp).get("percent_cells") != "10% or more"


def test_a_measured_share_is_still_shown() -> None:
    """Near-miss: '3+ in >10% of tumor cells' with no criterion word is the report's measurement."""
    exp = _exp("Breast, core biopsy. HER2 IHC (4B5): 3+, complete membrane staining in about 80% of cells.\n")
    assert _rows(exp).get("percent_cells") == "about 80%"


@pytest.mark.parametrize(("lang", "ratio", "mean"), [("en", "3.0", "6.0"), ("es", "3,0", "6,0")])
def test_ratios_and_means_keep_their_decimal(lang: str, ratio: str, mean: str) -> None:
    from her2cli.render.scale import scales_for

    exp = _exp(
        "Breast, core biopsy. HER2 FISH: ratio 3.0, average HER2 copy number 6.0 per cell. AMPLIFIED.\n", lang
    )
    rows = _rows(exp)
    assert rows.get("ish_ratio") == ratio and rows.get("her2_copy_number") == mean
    assert exp.facts is not None
    assert any(f", {mean}," in s.alt for s in scales_for(exp.facts, lang) if s.kind == "copies")


# ---- C8. a RAS-mutant colorectal cancer is told once that the 2023 approval needs no RAS mutation --
@pytest.mark.parametrize(
    "line",
    [
        "HER2 IHC (4B5): 3+ in 70% of tumor cells, POSITIVE (HERACLES).",
        "Plasma cfDNA: ERBB2 amplification DETECTED, plasma copy number 3.1.",
    ],
)
def test_a_ras_mutant_crc_gets_the_2023_approval_once(line: str) -> None:
    exp = _exp(
        f"Colon adenocarcinoma, metastatic to liver.\n{line}\nKRAS p.G12V mutation detected. NRAS wild-type.\n"
    )
    keys = [s.key for s in exp.meaning]
    if "crc_ras_mutant" in keys:
        assert "approval_crc" not in keys and "approval_crc_blood" not in keys
        assert exp.meaning_text.count("tucatinib with trastuzumab") == 1


def test_a_ras_wild_type_crc_keeps_the_2023_approval() -> None:
    """Near-miss: no RAS mutation, the approval sentence stays."""
    exp = _exp(
        "Colon adenocarcinoma, metastatic to liver.\nHER2 IHC (4B5): 3+ in 70% of tumor cells, POSITIVE (HERACLES).\n"
        "KRAS wild-type. NRAS wild-type. BRAF wild-type.\n"
    )
    assert "approval_crc" in [s.key for s in exp.meaning]


# ---- U5. the report states its final result: never "this summary shows the higher one" ------------
def test_a_conflict_the_report_settles_with_a_final_statement_says_so() -> None:
    exp = _exp(
        "Left breast, excision: invasive ductal carcinoma.\n"
        "Prior core biopsy (S26-2904): HER2 IHC 1+ (negative).\n"
        "HER2 IHC (4B5) on the excision ......... 2+ (EQUIVOCAL)\n"
        "HER2 dual ISH: ratio 1.5, mean HER2 signals/cell 2.9. NOT AMPLIFIED (ASCO/CAP 2018 GROUP 5)\n"
        "FINAL HER2 STATUS ON EXCISION: NEGATIVE\n"
    )
    assert exp.facts is not None and exp.facts.status == "negative"
    if exp.facts.conflict:
        assert not any("higher one" in w for w in exp.warnings)
        assert any("final HER2 result" in w for w in exp.warnings)
