"""What the patient reads (issue 8, session 11 helper sentences11): an audit of the summary on
devset13 and variants10, reports nobody tuned the text for. Each case is a short report written for
the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from her2cli.model import Ihc

from .summary_cases import by_hand, explain_with_words

HETEROGENEOUS = "may not be the same in all parts of the tumor"
BREAST_3 = (
    "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
    "HER2 IHC (4B5): 3+, strong complete membrane staining in 90% of cells. HER2 POSITIVE.\n"
)


# --- 1. a report that says HER2 is NOT heterogeneous is not said to say it is -------------------


@pytest.mark.parametrize(
    "line",
    [
        "We saw no regional heterogeneity in HER2 expression across the three cores.",
        "Heterogeneity was assessed by scanning the entire hybridized area; none was found.",
        "Heterogeneity:          none (no subpopulation with ratio > 2.0)",
        "Isolated cells (3/60, 5%) showed ratio > 2.2 -- below the 10% heterogeneity threshold.",
    ],
)
def test_heterogeneity_the_report_rules_out_is_not_said(line: str) -> None:
    _, said = explain_with_words(BREAST_3 + line + "\n")
    assert HETEROGENEOUS not in said


def test_heterogeneity_the_report_notes_is_still_said() -> None:
    # near-miss: the report does say the staining differs
    _, said = explain_with_words(BREAST_3 + "Staining is heterogeneous, with 1+ areas at the edge.\n")
    assert HETEROGENEOUS in said


# --- 2. a note about two results never says "the higher one" when the lower one is shown -------

ISH_TWO = (
    "Right breast, excision: invasive ductal carcinoma.\n"
    "HER2 FISH (original count): ratio 2.3, AMPLIFIED.\n"
    "Amended recount: mean HER2 3.4, mean CEP17 2.0, ratio 1.7. INTERPRETATION: NOT AMPLIFIED (Group 5).\n"
)
ISH_CONFLICT = [("conflict", {"first": "ISH amplified", "second": "ISH not amplified"})]
FISH_NOT_AMPLIFIED = (
    "Right breast, excision: invasive ductal carcinoma.\nHER2 FISH: ratio 1.3, NOT AMPLIFIED.\n"
)


def test_a_negative_summary_of_two_ish_calls_does_not_say_it_shows_the_higher_one() -> None:
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=ISH_CONFLICT)
    assert "shows the higher one" not in said
    assert "This summary shows ISH not amplified, not the higher one" in said
    es = by_hand(
        FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=ISH_CONFLICT, lang="es"
    )
    assert "ISH no amplificado, no el más alto" in es
    # near-miss: a positive summary does show the higher one
    positive = by_hand(FISH_NOT_AMPLIFIED, status="positive", cancer_type="breast", warnings=ISH_CONFLICT)
    assert "This summary shows the higher one" in positive


def test_the_earlier_result_note_and_the_conflict_note_are_not_both_said() -> None:
    warnings = [("earlier_result", {"earlier": "ISH amplified"}), *ISH_CONFLICT]
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=warnings)
    assert "earlier or corrected HER2 result (ISH amplified)" in said
    assert "The report gives more than one HER2 result" not in said
    # near-miss: an earlier result that is not one of the two differing ones leaves both notes
    other = [("earlier_result", {"earlier": "IHC 3+"}), *ISH_CONFLICT]
    said = by_hand(FISH_NOT_AMPLIFIED, status="negative", cancer_type="breast", warnings=other)
    assert "The report gives more than one HER2 result" in said


# --- 3. an ISH order the report says was cancelled is not awaited ---------------------------------

WHEN_ISH = "When will that result be ready"
GASTRIC_3 = (
    "Stomach, gastrectomy: adenocarcinoma.\n"
    "Initial HER2 IHC 2+; HER2 ISH requested.\n"
    "Revised conclusion: HER2 POSITIVE (IHC 3+).\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The ISH request has been cancelled as it is no longer needed.",
        "According to the outside lab the FISH order was cancelled once IHC was completed.",
    ],
)
def test_a_cancelled_ish_is_not_asked_about(line: str) -> None:
    _, said = explain_with_words(GASTRIC_3 + line + "\n")
    assert WHEN_ISH not in said


def test_a_requested_ish_is_still_asked_about() -> None:
    # near-miss: another order was cancelled, the ISH still stands
    _, said = explain_with_words(GASTRIC_3 + "The Ki-67 order was cancelled.\n")
    assert WHEN_ISH in said


# --- 4. a score 0 the report says is not ultralow is not summarised as ultralow -----------------

ZERO = (
    "Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
    "Item: HER2 by IHC (4B5) - Score 0 (no staining): no membrane staining in any invasive tumor cell.\n"
)


def test_a_zero_the_report_says_is_not_ultralow_is_not_called_ultralow() -> None:
    text = ZERO + '"HER2-null." Not ultralow; not HER2-low.\nHER2 status: NEGATIVE.\n'
    comment = "Comment: HER2-low and HER2-ultralow therapies do not apply to this result.\n"
    result, said = explain_with_words(text + comment)
    # the comment's "ultralow therapies" speaks of drugs, not this tumour (fix11b, ddd0f31); the
    # summary must not call the 0 ultralow either way
    assert not result.her2_ultralow
    assert "ultralow" not in said.split("It is not HER2-low or HER2-ultralow")[0].lower()
    assert "Your report calls this HER2-ultralow" not in said and "sometimes called HER2-null" in said


def test_a_zero_the_report_calls_ultralow_is_still_ultralow() -> None:
    # near-miss: the report itself gives the ultralow category
    text = (
        "Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "HER2 IHC (4B5): score 0, faint incomplete staining in 5% of cells (HER2-ultralow). NEGATIVE.\n"
    )
    _, said = explain_with_words(text)
    assert "Your report calls this HER2-ultralow" in said


# --- 5. why there is no result: a failed test, a test not done, a request -----------------------

FISH_FAILED = (
    "HER2 FISH CONSULT\n"
    "Material: right breast excision, block C4. Invasive ductal carcinoma.\n"
    "Test requested: HER2 FISH\n"
    "RESULT: NO RESULT - hybridisation failure. Absent signals in both channels.\n"
    "A repeat on block C4 also failed.\n"
    "Please send an alternative block.\n"
)


def test_a_failed_ish_with_nothing_awaited_is_not_said_to_be_pending() -> None:
    result, said = explain_with_words(FISH_FAILED)
    assert result.status == "not_found"
    assert "pending" not in said and "stain could not be read" not in said
    assert "gave no result that could be read" in said
    assert "When will the HER2 result be ready" not in said
    _, es = explain_with_words(FISH_FAILED, "es")
    assert "no dio un resultado que se pudiera leer" in es


def test_a_failed_ish_with_a_repeat_in_progress_is_awaited() -> None:
    # near-miss: the report says the repeat is in progress and will follow
    _, said = explain_with_words(
        FISH_FAILED.replace("Please send an alternative block.\n", "")
        + "Repeat HER2 FISH has been ordered on block C5 and will follow in an addendum.\n"
    )
    assert "gave no result that could be read" not in said


NOT_DONE_REQUEST = (
    "Lymph node, left axilla, FNA: metastatic carcinoma, consistent with breast primary.\n"
    "Clinical note: Please do ER/PR/HER2 if positive.\n"
    "ER, PR and HER2 were NOT performed: the cell block has too few tumour cells.\n"
)


def test_a_request_the_lab_did_not_perform_is_not_pending() -> None:
    result, said = explain_with_words(NOT_DONE_REQUEST)
    assert result.status == "not_found"
    assert "HER2 was not tested on this sample" in said
    assert "pending" not in said


def test_a_request_still_awaited_is_pending() -> None:
    # near-miss: the lab says the test was sent out
    text = NOT_DONE_REQUEST.replace(
        "ER, PR and HER2 were NOT performed: the cell block has too few tumour cells.\n",
        "HER2 has been sent to the reference laboratory; the result will follow.\n",
    )
    _, said = explain_with_words(text)
    assert "HER2 was not tested on this sample" not in said


def test_spanish_not_performed_is_said() -> None:
    text = (
        "Pieza: hemicolectomía izquierda.\n"
        "Diagnóstico: Adenocarcinoma de colon descendente, pT3 pN1a.\n"
        "Comentario: se recomienda determinar el estado de HER2. El estudio de HER2 NO se ha realizado en esta muestra.\n"
    )
    _, said = explain_with_words(text)
    assert "HER2 was not tested on this sample" in said
    _, es = explain_with_words(text, "es")
    assert "no se analizó HER2 en esta muestra" in es or "no se hizo" in es or "HER2 no se" in es
    # near-miss: the advice alone is advice
    _, advised = explain_with_words(
        text.replace(" El estudio de HER2 NO se ha realizado en esta muestra.", "")
    )
    assert "HER2 was not tested on this sample" not in advised


# --- 6. a gastric report that names its biopsy is not asked whether it was a biopsy --------------

BIOPSY_Q = "Was HER2 tested on a small biopsy or on a larger surgery sample?"


@pytest.mark.parametrize(
    "site",
    [
        "Esophagogastric junction biopsy, Siewert II.",
        "Site: Oesophagogastric junction / proximal stomach (cardia), 5 biopsies.",
        "Spec: gastric fundus/body biopsies x6.",
    ],
)
def test_a_named_gastric_biopsy_is_not_asked_about(site: str) -> None:
    text = f"{site}\nAdenocarcinoma, poorly differentiated.\nHER2 IHC (4B5): 0, NEGATIVE.\n"
    _, said = explain_with_words(text)
    assert BIOPSY_Q not in said


def test_an_unnamed_gastric_sample_is_asked_about() -> None:
    # near-miss: the report does not say which kind of sample it is
    _, said = explain_with_words("Stomach: adenocarcinoma, intestinal type.\nHER2 IHC (4B5): 0, NEGATIVE.\n")
    assert BIOPSY_Q in said


def test_a_named_spanish_junction_biopsy_is_not_asked_about() -> None:
    text = (
        "Unión gastroesofágica, biopsia. Informe 25-B-6631.\nAdenocarcinoma pobremente diferenciado.\n"
        "HER2: IHQ 0, NEGATIVO.\n"
    )
    _, said = explain_with_words(text, "es")
    assert "¿Se analizó HER2 en una biopsia pequeña" not in said


# --- 7. the earlier-result note names the earlier result, not the current one too ---------------


def test_the_earlier_result_note_leaves_out_the_current_score() -> None:
    warnings = [("post_treatment", {"earlier": "IHC 3+, HER2 0, IHC 0"})]
    text = "Breast, residual carcinoma after neoadjuvant therapy.\nHER2 IHC: 0, NEGATIVE.\n"
    said = by_hand(text, status="negative", cancer_type="breast", warnings=warnings, ihc=Ihc(score="0"))
    assert "before treatment (IHC 3+)" in said
    # near-miss: a category word alone is not left as the earlier result
    warnings = [("post_treatment", {"earlier": "IHC 1+, HER2-low"})]
    said = by_hand(text, status="negative", cancer_type="breast", warnings=warnings, ihc=Ihc(score="1+"))
    assert "before treatment (IHC 1+, HER2-low)" in said


def test_no_result_shown_means_no_note_about_the_result_shown() -> None:
    warnings = [("post_treatment", {"earlier": "IHC 1+"})]
    text = "Plasma ctDNA panel. Breast cancer.\nERBB2 amplification: NOT DETECTED.\n"
    said = by_hand(text, status="not_found", cancer_type="breast", warnings=warnings)
    assert "The result this summary shows" not in said
    # near-miss: with a result shown, the note stays
    said = by_hand(text, status="negative", cancer_type="breast", warnings=warnings, ihc=Ihc(score="0"))
    assert "The result this summary shows" in said


# --- 8. a blood test's borderline call is not scored by stain rules nor asked about a biopsy -----

PLASMA_EQUIVOCAL = (
    "Liquid biopsy report, cell-free DNA panel.\n"
    "Cancer type provided: Gastric adenocarcinoma, metastatic\n"
    "ERBB2 - copy number elevation, INDETERMINATE. Plasma copy number 2.1 (borderline zone).\n"
    "HER2 (ERBB2) status by plasma is equivocal. Tissue HER2 testing (IHC, with ISH when IHC is\n"
    "2+) is recommended before any decision about HER2-directed therapy.\n"
)


def test_a_blood_tests_borderline_call_reads_as_a_blood_test() -> None:
    result, said = explain_with_words(PLASMA_EQUIVOCAL)
    assert result.status == "equivocal"
    assert result.explanation is not None
    assert "Hofmann" not in str(result.explanation.scoring_rules)
    assert BIOPSY_Q not in said
    assert "suggests a further HER2 test on tumor tissue" in said
    # near-miss: without the report's advice, no advice is put in its mouth
    _, plain = explain_with_words(PLASMA_EQUIVOCAL.split("Tissue HER2")[0] + "\n")
    assert "suggests a further HER2 test on tumor tissue" not in plain


def test_a_gastric_ngs_report_that_advises_a_stain_says_so() -> None:
    text = (
        "Gastric adenocarcinoma, tumor DNA sequencing (tissue).\n"
        "ERBB2/HER2 was NOT amplified (copy number 2.3).\n"
        "HER2 IHC (with ISH if 2+) is recommended per gastric guidelines.\n"
    )
    _, said = explain_with_words(text)
    assert "suggests a further HER2 test on tumor tissue" in said
    # near-miss: a stain done as recommended is no advice
    _, done = explain_with_words(text.replace("is recommended per", "was performed as recommended by"))
    assert "suggests a further HER2 test on tumor tissue" not in done


# --- 9. a serial blood table's earlier copy number is not shown as this test's --------------------

SERIAL = (
    "Serial ctDNA Monitoring Report\n"
    "Diagnosis: Metastatic adenocarcinoma of the rectum\n"
    "  Marker                 2023-11-20 (prior)        2025-10-06 (this test)\n"
    "  ERBB2 amplification    DETECTED (plasma CN 3.1)  NOT DETECTED\n"
    "Interpretation: The current plasma sample does not show ERBB2 amplification.\n"
)


def test_a_serial_tables_earlier_copy_number_is_not_this_tests() -> None:
    result, said = explain_with_words(SERIAL)
    assert result.status == "not_found"
    assert "not found in this blood sample" in said
    assert "3.1" not in said


def test_a_blood_copy_number_on_its_own_row_is_shown() -> None:
    # near-miss: one call on the row, its number is this test's
    text = (
        "Liquid biopsy (plasma ctDNA). Metastatic adenocarcinoma of the rectum.\n"
        "ERBB2 amplification: DETECTED (plasma copy number 3.1)\n"
    )
    _, said = explain_with_words(text)
    assert "3.1" in said


# --- 10. a sample not tested again after treatment is said to be so, not "no result found" -------

NOT_RETESTED = (
    "Left breast, mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 4 mm.\n"
    "Pre-treatment core biopsy: ER positive, PR negative, HER2 POSITIVE (IHC 3+).\n"
    "Residual tumour (this specimen): Biomarker testing was NOT repeated on the residual\n"
    "carcinoma; repeat testing can be performed on request.\n"
)


def test_a_sample_not_tested_again_after_treatment_is_said_so() -> None:
    result, said = explain_with_words(NOT_RETESTED)
    assert result.status == "not_found"
    assert "HER2 was not tested again on the tumor left after treatment" in said
    assert "Has my tumor been tested for HER2?" not in said
    assert "could not find a result for my tumor" not in said
    assert "before treatment (IHC 3+)" in said
    _, es = explain_with_words(NOT_RETESTED, "es")
    assert "no se volvió a analizar HER2" in es


def test_a_sample_tested_again_after_treatment_gives_its_result() -> None:
    # near-miss: the biomarkers were repeated on the residual tumour
    text = NOT_RETESTED.replace(
        "Biomarker testing was NOT repeated on the residual\ncarcinoma; repeat testing can be performed on request.\n",
        "HER2 was repeated on the residual carcinoma: IHC 1+, NEGATIVE.\n",
    )
    result, said = explain_with_words(text)
    assert result.status == "negative"
    assert "not tested again" not in said


# --- 11. an ISH the report says was not done is not awaited --------------------------------------

LUNG_2 = (
    "Lung, right upper lobe, core biopsy: adenocarcinoma.\n"
    "ERBB2 mutation testing: sent to the molecular laboratory as an NGS panel; results will be\n"
    "reported separately.\n"
    "HER2 immunohistochemistry (4B5): Score 2+, EQUIVOCAL. HER2 ISH is not performed on lung\n"
    "specimens in this laboratory and was not performed.\n"
)


def test_an_ish_not_done_is_not_asked_about_as_awaited() -> None:
    result, said = explain_with_words(LUNG_2)
    assert result.status == "equivocal"
    assert "When will the gene copy test (ISH) result be ready" not in said
    assert "Could a gene copy test (ISH) be done on another sample" in said


def test_an_ish_requested_is_still_awaited() -> None:
    # near-miss: the lab has requested the ISH
    text = LUNG_2.split("HER2 ISH is not performed")[0] + "HER2 FISH has been requested.\n"
    _, said = explain_with_words(text)
    assert "When will the gene copy test (ISH) result be ready" in said


# --- 12. a control's call in a receptor row is not a second sample's ------------------------------

RECEPTOR_TABLE = (
    "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
    "    marker      | clone | result                     | note\n"
    "    ER          | SP1   | negative (<1%)             | internal control positive\n"
    "    PR          | 1E2   | negative (0%)              | internal control positive\n"
    "    HER2        | 4B5   | 3+ / positive              | ISH not performed (not indicated)\n"
)


def test_a_controls_call_in_a_receptor_row_is_not_a_second_sample() -> None:
    _, said = explain_with_words(RECEPTOR_TABLE)
    assert "Estrogen receptor (ER): negative" in said and "differs between samples" not in said


def test_two_samples_in_a_receptor_row_still_differ() -> None:
    # near-miss: a second column is another sample's call
    text = RECEPTOR_TABLE.replace("| internal control positive\n    PR", "| Part B: positive\n    PR", 1)
    _, said = explain_with_words(text)
    assert "Estrogen receptor (ER): differs between samples" in said
