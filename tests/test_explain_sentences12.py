"""What the patient reads (issue 8, session 12 helper sentences12): an audit of the summary on
devset14 and sentences11's engine-side leftovers, reports nobody tuned the text for. Each case is a
short report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from .summary_cases import explain_with_words

NOT_IN_WORDS = "did not find the ISH result stated in words"


# --- 1. an ISH result the report gives in words is never "not stated in words" ----------------

FISH_NUMBERS = (
    "CYTOGENETICS -- FISH REPORT. Referral: breast, excision.\n"
    "Probe: HER2 / CEP17 dual colour\n"
    "  Cells scored: 40\n"
    "  HER2/CEP17: 1.4\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "  Interpretation: HER2 gene NOT AMPLIFIED\n",
        "RESULT: NOT AMPLIFIED.\n",
        "Final interpretation: non-amplified\n",
    ],
)
def test_an_ish_result_line_in_words_is_not_said_to_be_missing(line: str) -> None:
    _, said = explain_with_words(FISH_NUMBERS + line)
    assert NOT_IN_WORDS not in said


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Reference: ratio 2.0 or more = amplified; below 2.0 = not amplified.\n",
        "Comment: FISH is reported as amplified when the ratio is 2.0 or more.\n",
    ],
)
def test_a_ratio_with_no_result_words_still_gets_the_worked_out_note(line: str) -> None:
    # near-miss: a legend or a method sentence names the words, but no line gives this result
    _, said = explain_with_words(FISH_NUMBERS + line)
    assert NOT_IN_WORDS in said


# --- 2. the lab's final call on a result line is the report's final answer ---------------------

TWO_READS = (
    "Right breast excision, invasive ductal carcinoma.\n"
    "Primary pathologist read: HER2 IHC 1+.\n"
    "Second read: HER2 IHC 2+ (moderate complete staining in ~15% of cells).\n"
    "ISH: mean HER2 3.1 | mean CEP17 2.0 | ratio 1.5 | Group 5 | not amplified\n"
)


def test_a_final_status_on_a_result_line_is_the_final_answer() -> None:
    _, said = explain_with_words(
        TWO_READS + "FINAL CONSENSUS HER2 STATUS: NEGATIVE (IHC 2+, ISH not amplified).\n"
    )
    assert "states its final HER2 result, and this summary shows that one" in said
    assert "shows the higher one" not in said


def test_two_reads_with_no_final_words_still_ask_which_counts() -> None:
    # near-miss: the report gives two scores and no final answer of its own
    text = (
        "Right breast excision, invasive ductal carcinoma.\n"
        "Primary pathologist read: HER2 IHC 1+.\n"
        "Second read: HER2 IHC 3+ (strong complete staining in ~40% of cells).\n"
    )
    _, said = explain_with_words(text)
    assert "states its final HER2 result" not in said


# --- 3. what the report says about HER2 tests to come, not done, failed or not repeated --------

BREAST_3 = (
    "Left breast core biopsy: invasive carcinoma NST, grade 3.\n"
    "HER2 (4B5): strong complete membrane staining in 90% of cells, score 3+, POSITIVE.\n"
)
ISH_ASKED = "requested. When will that result be ready"


def test_an_ish_the_report_did_not_request_is_not_awaited() -> None:
    _, said = explain_with_words(BREAST_3 + "In-situ ISH not requested.\n")
    assert ISH_ASKED not in said


def test_an_ish_the_report_requested_is_still_awaited() -> None:
    # near-miss: the same words without "not"
    _, said = explain_with_words(BREAST_3 + "ISH requested on block A1; result to follow.\n")
    assert ISH_ASKED in said


GASTRIC_2 = (
    "Gastric body biopsies: poorly differentiated adenocarcinoma.\n"
    "HER2:\n IHC 4B5 ........... 2+ (equivocal): moderate basolateral staining in a cluster of 12 cells.\n"
)
ISH_COMING = "has been requested and its result will come later"


def test_an_ish_requested_behind_a_dotted_leader_is_awaited() -> None:
    _, said = explain_with_words(
        GASTRIC_2 + " SISH .............. requested 19-NOV-2026; result to follow.\n"
    )
    assert ISH_COMING in said


def test_an_ish_behind_a_dotted_leader_that_was_done_is_not_awaited() -> None:
    # near-miss: the leader gives a result, not a request
    _, said = explain_with_words(
        GASTRIC_2 + " SISH .............. ratio 1.3, not amplified. HER2 NEGATIVE.\n"
    )
    assert ISH_COMING not in said


BREAST_NO_HER2 = (
    "Left wide local excision: invasive carcinoma of no special type, grade 2, 18 mm.\n"
    "Receptors (block A3):  ER  Allred 8/8  (positive)\n"
)
CORE_ELSEWHERE = (
    "Comment: The core biopsy was not performed at this hospital (outside referral); no HER2 result is\n"
    "available to us from the diagnostic biopsy.\n"
)


def test_a_her2_request_whose_result_will_follow_is_pending_not_untested() -> None:
    text = (
        BREAST_NO_HER2 + "  HER2  -- requested on block A3; result will follow as a supplementary report.\n"
    )
    _, said = explain_with_words(text + CORE_ELSEWHERE)
    assert "HER2 was not tested on this sample" not in said
    assert "not in this report yet" in said


def test_a_her2_the_report_says_was_not_done_is_still_not_tested() -> None:
    # near-miss: nothing is coming
    text = BREAST_NO_HER2 + "  HER2 testing was not performed on this specimen.\n"
    _, said = explain_with_words(text)
    assert "HER2 was not tested on this sample" in said


ISH_ONLY = (
    "Cytogenetics: HER2 dual-probe ISH\n"
    "Material: breast core, block A2 (3 unstained slides)\n"
    "Ordered: HER2 ISH only (no IHC result supplied with request)\n"
)


def test_an_ish_whose_hybridisation_was_inadequate_gave_no_result() -> None:
    text = ISH_ONLY + (
        "Result: TEST FAILED - NO RESULT\n"
        "Hybridisation was inadequate: fewer than 20 evaluable invasive tumour nuclei.\n"
        "Action: Please send the paraffin block for repeat ISH, or request HER2 IHC.\n"
    )
    _, said = explain_with_words(text)
    assert "gave no result" in said
    assert "pending, was sent to another lab" not in said


def test_an_ish_still_being_counted_is_pending() -> None:
    # near-miss: nothing failed, the count is still to come
    _, said = explain_with_words(
        ISH_ONLY + "Result: PENDING - slides hybridised, counting scheduled 11/26.\n"
    )
    assert "gave no result" not in said


POST_TX = (
    "Right breast wide local excision (post neoadjuvant).\n"
    "Pre-treatment core biopsy: invasive carcinoma NST, ER negative, PR negative, HER2 POSITIVE (IHC 3+).\n"
    "Neoadjuvant chemotherapy with trastuzumab and pertuzumab.\n"
    "Residual invasive carcinoma, minimal (ypT1a ypN0).\n"
)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Receptors were NOT repeated on the residual tumour: the residual foci are too small.\n", "en"),
        ("Biomarcadores en tumor residual: no se repiten (escaso tumor residual, 3 mm).\n", "es"),
    ],
)
def test_receptors_not_repeated_after_treatment_say_not_tested_again_once(line: str, lang: str) -> None:
    _, said = explain_with_words(POST_TX + line, lang)
    again = "not tested again" if lang == "en" else "no se volvió a analizar"
    assert again in said
    assert "Has my tumor been tested for HER2" not in said
    assert "whether the tumor was tested again" not in said
    assert said.count("HER2 was not tested again") <= 2  # headline and meaning, not the question too


def test_receptors_repeated_after_treatment_are_not_said_to_be_missing() -> None:
    # near-miss: the residual tumour was tested
    _, said = explain_with_words(POST_TX + "Receptors were repeated on the residual tumour: HER2 IHC 3+.\n")
    assert "not tested again" not in said


# --- 4. a blood test that found amplification beside a negative tissue test --------------------

BLOOD_AMP = (
    "BLOOD-BASED GENOMIC PROFILE\n"
    "Tumor: Gastric adenocarcinoma, metastatic (peritoneum), HER2 IHC 1+ on diagnostic biopsy\n"
    "Collection: plasma\n"
    "Somatic alterations in cfDNA\n"
    "  ERBB2 ............ AMPLIFICATION DETECTED   plasma copy number 2.6\n"
    "  TP53 ............. C176Y    8.9%\n"
)


def test_a_blood_amplification_beside_a_negative_stain_is_not_called_borderline_by_the_lab() -> None:
    result, said = explain_with_words(BLOOD_AMP)
    assert result.status == "equivocal"
    assert "The lab calls this borderline" not in said
    assert "shows the higher one" not in said
    assert "a test on tumor tissue was negative" in said


def test_a_borderline_blood_copy_number_is_still_the_labs_borderline() -> None:
    # near-miss: the lab itself calls the plasma copy number equivocal
    text = (
        "cfDNA ONCOLOGY PANEL (plasma)\nTumor type: Esophageal adenocarcinoma, metastatic\n"
        " ERBB2 ........ Copy number: EQUIVOCAL (borderline gain, plasma CN 2.1 at ctDNA fraction 2%)\n"
    )
    _, said = explain_with_words(text)
    assert "The lab calls this borderline" in said


# --- 5. the earlier result a note names is that sample's, not the current one's ----------------


def test_an_earlier_3_plus_is_not_called_her2_low() -> None:
    text = (
        "Brain, right cerebellar lesion, resection. History: metastatic breast cancer; primary (2022):\n"
        "IDC, HER2 POSITIVE (IHC 3+); treated with TCHP, T-DM1, then trastuzumab deruxtecan.\n"
        "HER2 on current brain metastasis:\n"
        "  IHC (4B5) ............................ 1+  (faint, incomplete, ~25% of cells)\n"
        "  Integrated result (IHC 1+) ........... HER2 NEGATIVE\n"
        "Comment: This is discordant with the 2022 primary (3+). HER2-low status (IHC 1+) noted.\n"
    )
    _, said = explain_with_words(text)
    assert "(IHC 3+, HER2-low)" not in said


def test_an_earlier_1_plus_keeps_its_her2_low() -> None:
    # near-miss: the earlier sample's own category fits its score
    from her2cli.note_earlier import earlier_consistent as _earlier_consistent  # noqa: PLC0415

    result, _ = explain_with_words("Left breast core: invasive carcinoma. HER2 IHC 1+, negative.\n")
    params = _earlier_consistent(result, {"earlier": "IHC 1+, HER2-low"})
    assert params["earlier"] == "IHC 1+, HER2-low"
    assert _earlier_consistent(result, {"earlier": "IHC 0, HER2-low"})["earlier"] == "IHC 0"


def test_the_current_ish_result_is_not_named_as_the_earlier_one() -> None:
    from her2cli.note_earlier import earlier_consistent as _earlier_consistent  # noqa: PLC0415

    result, _ = explain_with_words(
        "Liver metastasis of breast carcinoma. HER2 IHC 0. Dual ISH: ratio 1.1, NOT AMPLIFIED.\n"
        "HER2 NEGATIVE (IHC 0, ISH not amplified).\n"
    )
    both = {"earlier": "ISH amplified, ISH ratio 1.1, ISH not amplified"}
    assert _earlier_consistent(result, both)["earlier"] == "ISH amplified"
    # near-miss: an earlier result that names one ISH result only is kept whole
    one = {"earlier": "ISH amplified, ISH ratio 4.1"}
    assert _earlier_consistent(result, one)["earlier"] == "ISH amplified, ISH ratio 4.1"


# --- 6. a report that says HER2 was not done on this sample is awaiting nothing ----------------

LIVER_AFTER = (
    "Liver, segment VIII, CT-guided core biopsy.\n"
    "Clinical: Metastatic breast cancer; progressed on CDK4/6 inhibitor + fulvestrant.\n"
    "Diagnosis: Metastatic carcinoma consistent with breast origin (GATA3+, ER+ 90%).\n"
)


def test_her2_not_performed_after_treatment_is_not_a_new_result_to_come() -> None:
    text = LIVER_AFTER + (
        "HER2: Not performed on this specimen -- the limited tumour was used for ER and for NGS\n"
        "(ESR1/PIK3CA, sent to Tidewater Genomics). The outside primary tumour report (Kingsport\n"
        "Hospital, 2020, left mastectomy) records HER2 IHC 0 (negative), reproduced here for\n"
        "convenience only; a 0 result from 2020 may not reflect the metastasis.\n"
        "Recommendation: HER2 IHC on a repeat metastatic biopsy or on the 2020 primary block.\n"
    )
    _, said = explain_with_words(text)
    assert "ask your care team for the new result" not in said
    assert "HER2 was not tested on this sample" in said


def test_her2_sent_out_after_treatment_is_still_a_result_to_come() -> None:
    # near-miss: the HER2 test itself is on its way
    text = LIVER_AFTER + (
        "HER2 IHC on this specimen has been sent to the reference laboratory; result pending.\n"
        "The primary tumour report (2020) records HER2 IHC 0 (negative).\n"
    )
    _, said = explain_with_words(text)
    assert "HER2 was not tested on this sample" not in said


# --- 7. heterogeneity the report rules out or cannot assess, and a control block ----------------

HETEROGENEOUS = "may not be the same in all parts of the tumor"
FISH_NEG = (
    "HER2 ISH (DDISH), right breast core.\n"
    "Signals per nucleus (60 nuclei): HER2 mean 2.3, CEP17 mean 2.0, ratio 1.15\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Interpretation: HER2 not amplified (group 5). No heterogeneous amplified subpopulation\n"
        "(threshold for reporting heterogeneity: >10% of nuclei with ratio >= 2.0).\n",
        "Interpretation: HER2 not amplified. Heterogeneity between primary and\n"
        "   metastasis cannot therefore be assessed.\n",
    ],
)
def test_heterogeneity_ruled_out_or_not_assessed_is_not_said(line: str) -> None:
    _, said = explain_with_words(FISH_NEG + line)
    assert HETEROGENEOUS not in said


def test_heterogeneity_the_report_finds_is_still_said() -> None:
    # near-miss
    line = "Interpretation: HER2 not amplified; amplification is heterogeneous (8% of nuclei).\n"
    _, said = explain_with_words(FISH_NEG + line)
    assert HETEROGENEOUS in said


CRC_3 = (
    "Liver metastasectomy: metastatic colorectal adenocarcinoma.\n"
    "HER2 immunohistochemistry (4B5), HERACLES: 3+ in 80% of tumour cells -> HER2 POSITIVE.\n"
)
OTHER_TUMOR = "names HER2 for an earlier or different tumor"


def test_a_control_block_is_not_another_tumor() -> None:
    text = (
        CRC_3
        + "Controls: tonsil (negative) and a HER2 3+ breast carcinoma (positive) performed appropriately.\n"
    )
    _, said = explain_with_words(text)
    assert OTHER_TUMOR not in said


def test_an_earlier_breast_cancer_is_still_another_tumor() -> None:
    # near-miss: the history names the patient's own other cancer
    text = CRC_3 + "History: left breast cancer 2012, HER2-positive (3+), treated with trastuzumab.\n"
    _, said = explain_with_words(text)
    assert OTHER_TUMOR in said


# --- 8. an old equivocal report is not a final result on its way -----------------------------

OLD_FISH = (
    "FISH HER-2/neu REPORT (PathVysion) - report date 03/17/2011. Right breast, lumpectomy.\n"
    "Average HER-2/neu signals per nucleus: 3.9. Average CEP17 signals per nucleus: 2.05.\n"
    "HER-2/neu : CEP17 ratio = 1.90\n"
    "Reference ranges (ASCO/CAP 2007 guideline): < 1.8 not amplified; 1.8 - 2.2 equivocal; > 2.2 amplified\n"
    "INTERPRETATION: EQUIVOCAL for HER-2/neu gene amplification (ratio 1.90).\n"
)
FINAL_WHEN = "When will the final HER2 result be ready"


def test_an_old_rules_equivocal_report_does_not_ask_when_the_final_result_is_ready() -> None:
    _, said = explain_with_words(OLD_FISH)
    assert "2007 rules" in said
    assert FINAL_WHEN not in said


def test_a_current_equivocal_report_still_asks_when_the_final_result_is_ready() -> None:
    # near-miss: today's rules, a result still to come
    text = "Left breast core: invasive ductal carcinoma.\nHER2 IHC (4B5): 2+ (equivocal).\n"
    _, said = explain_with_words(text)
    assert FINAL_WHEN in said


# --- 9. the report says which of two samples' results it goes by ------------------------------

TWO_SAMPLES = (
    "Clinical: GEJ adenocarcinoma; CT shows distant nodes (M1 disease).\n"
    "A. GEJ, endoscopic biopsies: adenocarcinoma.\n"
    "   HER2 IHC (4B5, biopsy criteria): 1+ (faint lateral staining). Negative on this sample.\n"
    "B. Left supraclavicular lymph node, core biopsy: metastatic adenocarcinoma.\n"
    "   HER2 IHC (4B5): 3+ - strong complete/basolateral membrane staining in ~60% of tumour cells. POSITIVE.\n"
)


def test_a_tumour_the_report_considers_positive_for_treatment_selection_is_the_labs_choice() -> None:
    text = TWO_SAMPLES + (
        "Overall comment: HER2 heterogeneity between the biopsy (1+) and the nodal metastasis (3+); the\n"
        "patient's tumour is considered HER2 POSITIVE (IHC 3+ in the metastasis) for treatment selection.\n"
    )
    _, said = explain_with_words(text)
    assert "your report may say which result counts" not in said
    assert "explains which result it regards as the tumor's result" in said


def test_two_samples_with_no_choice_still_ask_which_counts() -> None:
    # near-miss: the comment only notes the difference
    text = (
        TWO_SAMPLES + "Overall comment: HER2 heterogeneity between the biopsy (1+) and the metastasis (3+).\n"
    )
    _, said = explain_with_words(text)
    assert "explains which result it regards" not in said


# --- 10. receptors the summary shows are not asked for -----------------------------------------

SPANISH_TABLE = (
    "Muestra: BAG de mama derecha, radial 10, 3 cilindros.\n"
    "Diagnóstico: CARCINOMA INFILTRANTE DE MAMA DE TIPO NO ESPECIAL, GRADO 2.\n"
    "Perfil inmunohistoquímico:\n"
    "  | Marcador | Resultado | Detalle                                        |\n"
    "  |----------|-----------|------------------------------------------------|\n"
)
HER2_ROW = "  | HER2     | 2+        | completa, débil-moderada, ~40 % células        |\n"
ASK_RECEPTORS = "What are my hormone receptor (ER and PR) results"


def test_receptors_in_a_spanish_table_are_shown_not_asked_for() -> None:
    rows = (
        "  | RE       | Positivo  | 80 %, intensidad moderada                      |\n"
        "  | RP       | Positivo  | 60 %                                           |\n"
    )
    _, said = explain_with_words(SPANISH_TABLE + rows + HER2_ROW)
    assert "Estrogen receptor (ER): Positivo" in said
    assert ASK_RECEPTORS not in said


def test_a_table_without_receptors_still_asks_for_them() -> None:
    # near-miss: no ER/PR row
    _, said = explain_with_words(SPANISH_TABLE + HER2_ROW)
    assert ASK_RECEPTORS in said


def test_receptors_behind_a_dotted_leader_are_shown_not_asked_for() -> None:
    text = (
        "Espécimen: Tumorectomía de mama derecha. Diagnóstico: Carcinoma lobulillar infiltrante, grado 2.\n"
        "  RE ..................... 100 % (fuerte)\n"
        "  RP ..................... 15 % (débil-moderada)\n"
        "  HER2 IHQ ............... 1+ (negativo)\n"
    )
    _, said = explain_with_words(text)
    assert "Estrogen receptor (ER): 100 %" in said
    assert ASK_RECEPTORS not in said


def test_a_dotted_leader_without_receptors_still_asks_for_them() -> None:
    # near-miss
    text = (
        "Espécimen: Tumorectomía de mama derecha. Diagnóstico: Carcinoma lobulillar infiltrante, grado 2.\n"
        "  Ki-67 .................. 10 %\n"
        "  HER2 IHQ ............... 1+ (negativo)\n"
    )
    _, said = explain_with_words(text)
    assert ASK_RECEPTORS in said
