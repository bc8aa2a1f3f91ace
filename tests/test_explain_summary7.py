"""What the patient reads, session 7 (helper summary7): the patient-text defect families found
reading the summaries of tests/devset7 (117 reports) with their labels, as a clinician would.

Each family has cases that failed before its change and near-misses that must not change. The
cases are written here in the words of the report families (not copied from the devset files),
so they test the phrase family, not one report. A case whose engine reading is not what this file
tests is built by hand (a Result with the warning the engine gives), so an engine change elsewhere
cannot turn it into a different case.
"""

from __future__ import annotations

import pytest

from her2cli.explain import build_explanation
from her2cli.model import Ihc, Ngs

from .summary_cases import by_hand as _by_hand
from .summary_cases import explain_with_words as _exp

# ---- 1. a conflict note never says "shows the higher one" when the lower one is shown -------------

CRC_TABLE = (
    "Sigmoid colon adenocarcinoma, resection; stage IV (liver).\n"
    "HER2 IHC (HERACLES): intensity 3+ in 5% of tumour cells; reported score 1+, HER2 NEGATIVE.\n"
)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("en", "This summary shows 1+, not the higher one", "shows the higher one, but"),
        ("es", "Este resumen muestra 1+, no el más alto", "muestra el resultado más alto"),
    ],
)
def test_a_conflict_with_the_lower_score_shown_says_which_one_is_shown(
    lang: str, said: str, never: str
) -> None:
    words = _by_hand(
        CRC_TABLE,
        status="negative",
        cancer_type="colorectal",
        ihc=Ihc(score="1+"),
        warnings=[("conflict", {"first": "3+", "second": "1+", "page": 1})],
        lang=lang,
    )
    assert said in words and never not in words


def test_a_conflict_with_the_higher_score_shown_keeps_its_note() -> None:
    words = _by_hand(
        CRC_TABLE,
        status="positive",
        cancer_type="colorectal",
        ihc=Ihc(score="3+"),
        warnings=[("conflict", {"first": "1+", "second": "3+", "page": 1})],
    )
    assert "This summary shows the higher one" in words and "not the higher one" not in words


# ---- 2. the report says ISH was sent to a reference lab: the result is on its way -----------------

SENT_TO_LAB = [
    "Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): score 2+ (equivocal).\n"
    "HER2 FISH has been sent to Northfield Reference Laboratory.\n",
    "Esophagus, GEJ biopsy: adenocarcinoma.\nHER2 IHC (4B5): score 2+ (equivocal).\n"
    "HER2 ISH: sent to reference laboratory (Bayside Labs).\n",
]


@pytest.mark.parametrize("text", SENT_TO_LAB)
def test_ish_sent_to_a_reference_lab_is_said_as_coming(text: str) -> None:
    result, words = _exp(text)
    assert result.status == "equivocal"
    assert (
        "Your report says a gene copy test (ISH) has been requested and its result will come later" in words
    )
    assert "Has a gene copy test (ISH) been done" not in words


def test_results_sent_to_a_doctor_are_not_a_pending_ish() -> None:
    _, words = _exp(
        "Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): score 2+ (equivocal).\n"
        "The IHC and FISH results were sent to the referring oncologist.\n"
    )
    assert "has been requested and its result will come later" not in words


# ---- 3. ISH not done for too little tumor: no question about a result that is not coming ------------

NO_ISH_POSSIBLE = (
    "Left breast, mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 0.6 cm.\n"
    "HER2 (retest on residual carcinoma, block B2): Score 2+ (equivocal). ISH was not performed on\n"
    "this block: insufficient residual invasive tumor for a valid count.\n"
)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "en",
            "The report says there was not enough tumor for a gene copy test (ISH)",
            "When will the final HER2 result be ready",
        ),
        (
            "es",
            "El informe dice que no había suficiente tumor para una prueba de copias del gen (ISH)",
            "¿Cuándo estará listo el resultado final de HER2",
        ),
    ],
)
def test_ish_not_done_for_too_little_tumor_is_said_and_no_result_is_promised(
    lang: str, said: str, never: str
) -> None:
    _, words = _exp(NO_ISH_POSSIBLE, lang)
    assert said in words and never not in words


def test_ish_not_done_after_a_0_score_is_not_too_little_tumor() -> None:
    _, words = _exp(
        "Left breast, core biopsy: invasive carcinoma.\nHER2 IHC (4B5): score 0. ISH not performed (IHC 0).\n"
    )
    assert "not enough tumor" not in words


# ---- 4. an earlier result beside a sample taken after treatment is not "earlier or corrected" -----

AFTER_TREATMENT = (
    "Right breast and axilla, post-neoadjuvant excision. Prior core reported HER2 3+.\n"
    "Residual invasive carcinoma 0.7 cm (ypT1b).\n"
    "HER2 (retest on residual carcinoma): Score 2+ (equivocal).\n"
)


def test_an_earlier_result_beside_a_sample_after_treatment_is_said_plainly() -> None:
    words = _by_hand(
        AFTER_TREATMENT,
        status="equivocal",
        cancer_type="breast",
        ihc=Ihc(score="2+", lab_call="equivocal"),
        warnings=[("earlier_result", {"earlier": "IHC 3+"})],
    )
    assert (
        "The report also quotes an earlier HER2 result (IHC 3+). This summary shows the current result"
        in words
    )
    assert "earlier or corrected" not in words
    assert "HER2 can change after treatment" in words  # the meaning paragraph says it once


def test_an_earlier_or_corrected_result_without_treatment_keeps_its_note() -> None:
    words = _by_hand(
        "Left breast, core biopsy: invasive carcinoma.\nHER2 IHC (4B5): score 1+ (negative).\n",
        status="negative",
        cancer_type="breast",
        ihc=Ihc(score="1+", lab_call="negative"),
        warnings=[("earlier_result", {"earlier": "IHC 2+"})],
    )
    assert "earlier or corrected HER2 result (IHC 2+)" in words


# ---- 5. a cancer the report names is not "a cancer the report did not say" ------------------------


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("en", "no scoring rules of its own for the cancer your report names", "did not clearly say"),
        (
            "es",
            "no tiene reglas de puntaje propias para el cáncer que nombra su informe",
            "no indica con claridad",
        ),
    ],
)
def test_a_named_cancer_without_rules_is_not_called_unclear(lang: str, said: str, never: str) -> None:
    words = _by_hand(
        "Right ovary and tube: high-grade serous carcinoma (tubo-ovarian).\nHER2 IHC (4B5): score 3+.\n",
        status="positive",
        cancer_type="unknown",
        ihc=Ihc(score="3+"),
        warnings=[("unknown_cancer_type", {})],
        lang=lang,
    )
    assert said in words and never not in words


def test_a_report_that_names_no_cancer_still_says_so() -> None:
    words = _by_hand(
        "Specimen: tissue block 4.\nHER2 IHC (4B5): score 3+.\n",
        status="positive",
        cancer_type="unknown",
        ihc=Ihc(score="3+"),
        warnings=[("unknown_cancer_type", {})],
    )
    assert "The report did not clearly say what kind of cancer this is" in words


# ---- 6. colorectal 3+ in too few cells: a note in the reader's language --------------------------

CRC_FEW_CELLS = (
    "Sigmoid colon, resection: adenocarcinoma, metastatic to liver.\n"
    "HER2 IHC (HERACLES-CRC scoring): 3+ staining in ~30% of tumour cells.\n"
    "HER2 dual ISH: ERBB2/CEP17 ratio 1.4; mean ERBB2 copies 2.9.\n"
    "CONCLUSION: HER2 NEGATIVE by HERACLES criteria (ISH not amplified).\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Your report gives a protein stain (IHC) score of 3+, but in fewer tumor cells than the scoring rules",
        ),
        (
            "es",
            "Su informe da un puntaje de la tinción de proteína (IHQ) de 3+, pero en menos células del tumor",
        ),
    ],
)
def test_colorectal_3_plus_in_few_cells_is_explained_in_the_readers_language(lang: str, said: str) -> None:
    result, words = _exp(CRC_FEW_CELLS, lang)
    assert "ihc3_low_percent" in result.warning_codes
    assert said in words and "MOUNTAINEER: IHC 3+" not in words  # never the engine's English


# ---- 7. a blood copy number the tool could not call is a number shown, not "no result" -----------


def test_a_plasma_copy_number_without_a_call_is_a_number_shown() -> None:
    words = _by_hand(
        "PLASMA (cfDNA) -- breast cancer, stage IV\nERBB2 Ampl1f1cat1on  Detected  Plasma Copy Number 4.8\n",
        status="not_found",
        cancer_type="breast",
        ngs=Ngs(copy_number=4.8, ctdna=True),
        warnings=[],
    )
    assert "Your report gives a HER2 number (shown above)" in words
    assert "it gives no result for extra copies" not in words


def test_dna_testing_with_no_erbb2_number_still_says_no_result() -> None:
    words = _by_hand(
        "Tumor NGS panel (colon): KRAS G12D detected. Genes tested include ERBB2.\n",
        status="not_found",
        cancer_type="colorectal",
        ngs=Ngs(),
        warnings=[],
    )
    assert "it gives no result for extra copies of the HER2 gene" in words


# ---- 8. a recommended retest is the one next step, not said twice --------------------------------


def test_a_recommended_retest_is_not_followed_by_a_second_ask() -> None:
    _, words = _exp(
        "Breast, left, core biopsy. HER2 IHC on the same block: 2+ (equivocal).\n"
        "Dual ISH: mean HER2 signals 5.2, mean CEP17 3.4, HER2/CEP17 ratio 1.5.\n"
        "Result: INDETERMINATE (ASCO/CAP 2018 group 4). HER2 ISH result: EQUIVOCAL.\n"
        "Repeat testing on the excision specimen is recommended.\n"
    )
    assert "Your report recommends more HER2 testing" in words
    assert "Ask your care team whether more testing has been done or is planned" not in words


# ---- 9. "likely germline" marks a variant; it does not recommend a test --------------------------


def test_a_variant_marked_likely_germline_is_said_as_marked() -> None:
    _, words = _exp(
        "Lung adenocarcinoma, tissue NGS.\nERBB2 p.(Tyr772_Ala775dup) exon 20 insertion, pathogenic.\n"
        "ERBB2 c.3508C>G p.(Pro1170Ala) VAF 49.5% (likely germline) VUS.\n"
    )
    assert "Your report marks a gene change as possibly inherited (germline)" in words
    assert "Your report raises inherited (germline) genetic testing" not in words


def test_a_report_that_recommends_genetic_counseling_still_says_so() -> None:
    _, words = _exp(
        "Colon adenocarcinoma. HER2 IHC (4B5): 1+ (negative).\n"
        "ATM c.5932G>T - likely germline; genetic counseling advised.\n"
    )
    assert "Your report raises inherited (germline) genetic testing or genetic counseling" in words
    assert "marks a gene change as possibly inherited" not in words


# ---- 10. a blood report quoting a tissue sequencing result leads with the tissue result -----------

TISSUE_AND_PLASMA = (
    "THORACIC MOLECULAR SUMMARY\nLung adenocarcinoma, right upper lobe.\n\n"
    "1) Tissue NGS (bronchoscopic biopsy, 2026-08-02)\n"
    "   ERBB2: no mutation detected; ERBB2 copy number: no amplification detected\n\n"
    "2) Plasma ctDNA (2026-09-14)\n"
    "   ERBB2 exon 20 insertion p.Y772_A775dup   DETECTED   VAF 2.1%\n"
    "   ERBB2 amplification                      not detected\n\n"
    "Summary: HER2 (ERBB2) tissue copy number is not amplified.\n"
)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "en",
            "The HER2 copy result shown here comes from the tissue test",
            "No extra HER2 copies found in this blood sample",
        ),
        (
            "es",
            "viene de la prueba en tejido",
            "No se encontraron copias de más de HER2 en esta muestra de sangre",
        ),
    ],
)
def test_a_quoted_tissue_result_leads_a_blood_report(lang: str, said: str, never: str) -> None:
    result, words = _exp(TISSUE_AND_PLASMA, lang)
    assert result.status == "negative" and result.status_basis and result.status_basis.test == "ngs"
    assert said in words and never not in words
    tissue_row = "HER2 gene amplification on tumor DNA sequencing (NGS): not amplified"
    assert lang == "es" or tissue_row in words


def test_a_blood_report_without_a_tissue_result_still_leads_with_the_blood_test() -> None:
    _, words = _exp(
        "Plasma ctDNA (Guardant-style), lung adenocarcinoma, stage IV.\n"
        "ERBB2 amplification ........ not detected\nERBB2 mutations ............ not detected\n"
    )
    assert "No extra HER2 copies found in this blood sample" in words
    assert "comes from the tissue test" not in words


# ---- 11. a withdrawn result with the test repeated: said plainly, the withdrawn value not shown ----

WITHDRAWN_REPEATED = (
    "PATHOLOGY ADDENDUM -- RESULT WITHDRAWN\nSpecimen: right breast core biopsy (block B1).\n"
    "The HER2 IHC result (3+) reported on 03/02/2026 is withdrawn: the staining is not interpretable\n"
    "(edge artefact). HER2 testing will be repeated on block B2; results to follow in a further addendum.\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Your report withdraws a HER2 result it gave before, and says HER2 will be tested again"),
        (
            "es",
            "Su informe retira un resultado de HER2 que había dado antes y dice que HER2 se va a analizar de nuevo",
        ),
    ],
)
def test_a_withdrawn_result_with_a_repeat_test_is_said_plainly(lang: str, said: str) -> None:
    result, words = _exp(WITHDRAWN_REPEATED, lang)
    assert result.status == "not_found"
    assert said in words
    assert "3+" not in " ".join(r.value for r in build_explanation(result, lang).report_says)
    assert "pending, was sent to another lab, or is reported separately" not in words


def test_a_withdrawn_result_replaced_by_a_corrected_one_shows_the_correction() -> None:
    result, words = _exp(
        "AMENDED REPORT\nSpecimen: right breast core biopsy (block B1).\n"
        "The HER2 IHC result (3+) reported on 03/02/2026 is withdrawn: the slide belonged to another patient.\n"
        "Corrected result: HER2 IHC 1+ (negative).\n"
    )
    assert result.status == "negative" and "withdraws a HER2 result it gave before" not in words


# ---- 12. an order form promises no addendum --------------------------------------------------------


def test_an_order_form_asks_for_the_report_not_for_an_addendum() -> None:
    result, words = _exp(
        "PATHOLOGY REQUISITION / TEST REQUEST FORM\nSpecimen submitted: left breast core biopsy x 4.\n"
        "Tests requested:\n   [x] ER / PR\n   [x] HER2 IHC with reflex ISH if 2+\n   [ ] Ki-67\n"
        "HER2 result: ________ (to be completed by pathology)\n"
    )
    assert result.facts and result.facts.document_kind == "order_form"
    assert "this looks like a test order form" in words
    assert "Can I get the added report (addendum)" not in words


def test_a_report_with_a_pending_result_still_asks_for_the_addendum() -> None:
    _, words = _exp(
        "Left breast, core biopsy: invasive ductal carcinoma.\nER positive (90%), PR positive (60%).\n"
        "HER2: IN PROGRESS -- will be reported in an addendum.\n"
    )
    assert "Can I get the added report (addendum) or separate report with the HER2 result?" in words


# ---- 13. a DNA test that could not assess gene copies is not "a stain that could not be read" ------

NOT_EVALUABLE = (
    "TISSUE PANEL REPORT\nDiagnosis: intrahepatic cholangiocarcinoma. Tumor purity: 10%.\n"
    "Copy number analysis: NOT EVALUABLE -- tumor fraction below the 20% threshold.\n"
    "IDH1 p.R132C detected (VAF 4.1%). Because copy number could not be assessed, ERBB2 (HER2)\n"
    "amplification status is unknown from this test.\n"
)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("en", "could not measure HER2 (ERBB2) gene copies in this sample", "stain"),
        ("es", "no pudo medir las copias del gen HER2 (ERBB2) en esta muestra", "no se pudo leer"),
    ],
)
def test_a_dna_test_that_could_not_assess_copies_says_so(lang: str, said: str, never: str) -> None:
    result, words = _exp(NOT_EVALUABLE, lang)
    assert result.status == "not_found"
    headline = build_explanation(result, lang).headline
    assert said in words and never not in headline
    assert "the stain could not be read" not in words and "HER2-negative" not in headline


def test_an_assay_that_does_not_report_copy_number_is_not_a_failed_measurement() -> None:
    _, words = _exp(
        "Colon adenocarcinoma, tissue NGS. KRAS G12V detected.\n"
        "Copy number analysis: not validated for this assay - not reported.\n"
        "HER2 IHC has not been performed on this specimen.\n"
    )
    assert "could not measure HER2 (ERBB2) gene copies" not in words
