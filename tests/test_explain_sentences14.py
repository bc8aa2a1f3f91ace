"""What the patient reads (issue 8, session 14 helper sentences14): an audit of the summary on
devset16 and sentences13's leftovers, reports nobody tuned the text for. Each case is a short
report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from .summary_cases import explain_with_words

# --- 1. the earlier result a note names is that sample's, never the current one's call -------------

RESTATES = "restates a HER2 result from a sample taken before treatment"


def _earlier(said: str) -> str:
    """The words in brackets after the earlier-result note's opening."""
    at = said.index(RESTATES) + len(RESTATES)
    return said[said.index("(", at) + 1 : said.index(")", at)]


METASTASIS_3PLUS = (
    "Site: Right iliac crest lytic lesion, bone biopsy\n"
    "History: Breast cancer 2020 (IDC, ER+/PR+/HER2 1+ = negative on core, L breast). Adjuvant anastrozole.\n"
    "Findings: metastatic carcinoma consistent with metastatic breast carcinoma.\n"
    "Biomarkers on soft-tissue component (A2)\n"
    "  HER2 (4B5) - 3+ (strong complete membrane staining in ~60% of tumour cells): POSITIVE.\n"
)


def test_the_current_call_is_not_named_as_the_earlier_sample_s() -> None:
    # devset16 b16-f02-07 said "(IHC 1+, positive)": the positive was the metastasis's
    _, said = explain_with_words(
        METASTASIS_3PLUS
        + "Comment: HER2 result differs from the 2020 primary (1+). Metastasis is HER2 positive.\n"
    )
    assert RESTATES in said
    assert _earlier(said) == "IHC 1+"


def test_an_earlier_call_that_agrees_with_its_score_stays() -> None:
    # near-miss: the history line's own call agrees with its score, nothing is left out
    _, said = explain_with_words(METASTASIS_3PLUS + "Comment: the metastasis differs from the primary.\n")
    assert RESTATES in said
    assert "positive" not in _earlier(said)


LIVER_0 = (
    "Clinical: Metastatic breast carcinoma. Original diagnosis 2021: left breast IDC, HER2 IHC 2+ with\n"
    "FISH AMPLIFIED (outside report). Treated with neoadjuvant TCHP, then trastuzumab deruxtecan.\n"
    "Specimen: Liver, segment VI lesion, core needle biopsy.\n"
    "Diagnosis: metastatic carcinoma, consistent with breast primary.\n"
    "HER2 (4B5) ........ 0    no membrane staining in tumor cells\n"
    "HER2 FISH: HER2/CEP17 ratio 1.10, average HER2 2.2 per nucleus: NOT AMPLIFIED (Group 5)\n"
    "HER2 SUMMARY FOR THIS SPECIMEN: NEGATIVE (IHC 0, FISH not amplified)\n"
    "Comment: In contrast to the primary tumor (2021; HER2 2+ / FISH amplified), the liver metastasis\n"
    "shows no HER2 protein expression and no HER2 gene amplification.\n"
)


def test_a_negative_call_is_not_added_to_an_amplified_earlier_result() -> None:
    # devset16 b16-f02-05 said "(IHC 2+, ISH amplified, negative)"
    _, said = explain_with_words(LIVER_0)
    if RESTATES in said:
        assert "negative" not in _earlier(said)
    assert "ISH amplified, negative" not in said


def test_earlier_consistency_by_hand() -> None:
    from her2cli.model import Ihc, Ish, Result, empty_related  # noqa: PLC0415
    from her2cli.note_earlier import earlier_calls as _earlier_calls  # noqa: PLC0415

    def result(status: str, score: str | None, ish: str | None) -> Result:
        return Result(
            status=status,
            cancer_type="breast",
            her2_low=None,
            her2_ultralow=None,
            ihc=Ihc(score=score) if score else None,
            ish=Ish(result=ish) if ish else None,
            ngs=None,
            related=empty_related(),
            evidence=[],
            mentions=[],
            warnings=[],
        )

    # the current call beside an earlier score it contradicts goes (b16-f02-07, b16-f02-05)
    assert (
        _earlier_calls(result("positive", "3+", None), {"earlier": "IHC 1+, positive"})["earlier"] == "IHC 1+"
    )
    cur = result("negative", "0", "not_amplified")
    assert (
        _earlier_calls(cur, {"earlier": "IHC 2+, ISH amplified, negative"})["earlier"]
        == "IHC 2+, ISH amplified"
    )
    # a call that is not the current status stays with the results it disagrees with: which one is
    # the earlier sample's the words do not say (b16-f02-08; devset8 b8-f01-10's "Rule out HER2-positive")
    cur = result("negative", "1+", "not_amplified")
    assert (
        _earlier_calls(cur, {"earlier": "ISH not amplified, positive"})["earlier"]
        == "ISH not amplified, positive"
    )
    assert _earlier_calls(cur, {"earlier": "IHC 1+, positive"})["earlier"] == "IHC 1+, positive"
    # the current ISH result and its ratio are not named beside another earlier result (b16-f10-03)
    cur = result("negative", "2+", "not_amplified")
    got = _earlier_calls(cur, {"earlier": "HER2-low, IHC 1+, ISH ratio 1.2, ISH not amplified"})["earlier"]
    assert got == "HER2-low, IHC 1+"
    # near-misses: a call that agrees with its scores, and a list of the current result alone, stay
    assert _earlier_calls(result("negative", "1+", None), {"earlier": "IHC 3+, positive"})["earlier"] == (
        "IHC 3+, positive"
    )
    assert _earlier_calls(cur, {"earlier": "ISH not amplified"})["earlier"] == "ISH not amplified"
    assert _earlier_calls(cur, {"earlier": "IHC 3+, ISH amplified"})["earlier"] == "IHC 3+, ISH amplified"


# --- 2. ER/PR as the report writes them: a middle dot or the next marker ends the value ------------


@pytest.mark.parametrize(
    ("line", "er", "pr"),
    [
        ("  RE 80% · RP 5% · Ki-67 35%\n", "80%", "5%"),
        ("· RE: 100% intensidad fuerte (positivo) · RP: 70% (positivo) · Ki-67: 8% (bajo)\n", "100%", "70%"),
    ],
)
def test_receptor_values_stop_at_a_middle_dot(line: str, er: str, pr: str) -> None:
    # devset16 b16-f08-07 showed PR "5% · Ki-67 35%"; b16-f08-04 "70% (positivo) · Ki-67" and no ER
    _, said = explain_with_words(
        "Biopsia con aguja gruesa de mama izquierda: carcinoma infiltrante de mama, grado 2.\n"
        + line
        + "HER2 (4B5): 1+ (tinción débil e incompleta). Resultado: NEGATIVO.\n"
    )
    assert "Ki-67" not in said.split("Progesterone receptor (PR):")[1][:40]
    assert f"Estrogen receptor (ER): {er}" in said
    assert f"Progesterone receptor (PR): {pr}" in said


def test_a_long_receptor_word_is_shown_whole() -> None:
    # devset16 b16-f10-05 showed "30% weak-moderat"
    _, said = explain_with_words(
        "Left breast mastectomy: invasive ductal carcinoma NST, grade 3.\n"
        "ER 30% weak-moderate, PR <1%.\nHER2 IHC SCORE 3+ (strong complete staining in 60% of cells). POSITIVE.\n"
    )
    assert "weak-moderat " not in said + " " and "weak-moderat (" not in said
    assert "30% weak-moderate" in said


# --- 3. "not repeated" on the residual tumour, also in Spanish and as a biomarker row --------------

NOT_RETESTED = "HER2 was not tested again on the tumor left after treatment"


@pytest.mark.parametrize(
    "line",
    [
        "Biomarcadores en tumor residual: NO REALIZADOS. El foco residual es muy escaso; no se repite el estudio de HER2.\n",
        "Biomarkers on residual tumour: Not repeated. Residual invasive tumour is scant.\n",
    ],
)
def test_a_residual_tumour_not_retested_is_said_so(line: str) -> None:
    # devset16 b16-f08-08 said "did not find a HER2 result"; b16-f02-01 "may be in a separate report"
    _, said = explain_with_words(
        "Specimen: left breast mastectomy after neoadjuvant TCHP.\n"
        "History: core biopsy 03/2026: invasive carcinoma NST, ER 0%, PR 0%, HER2 3+ (POSITIVE).\n"
        "Diagnosis: residual invasive carcinoma, 7 mm, RCB-I. ypT1b ypN0.\n" + line
    )
    assert NOT_RETESTED in said


def test_biomarkers_repeated_on_the_residual_tumour_are_no_such_thing() -> None:
    # near-miss: the row gives the repeat's result
    _, said = explain_with_words(
        "Specimen: left breast mastectomy after neoadjuvant TCHP.\n"
        "History: core biopsy 03/2026: HER2 3+ (POSITIVE).\n"
        "Biomarkers on residual tumour: repeated on block B4: HER2 IHC 1+ (negative).\n"
    )
    assert NOT_RETESTED not in said


# --- 4. a cancer the report names is named, also a colon or rectal one the engine left unsettled ---

NOT_STATED = "Cancer type not stated in the report"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Colorectal Carcinoma Extended RAS/BRAF/HER2 Panel (NGS)\n"
            "Tumour: Adenocarcinoma of the rectum with lung metastases; lung wedge, block A2\n"
            "KRAS p.G12D MUTANT. ERBB2 (HER2) amplification NOT DETECTED (estimated copy number 2.1)\n"
            "Interpretation: HER2 (ERBB2) is not amplified in this tumour (negative).\n",
            "Colorectal (colon or rectal) cancer",
        ),
        (
            "CLINICAL HISTORY: 74 yo M with sigmoid mass. PMH: HER2-positive breast\n"
            "carcinoma (male breast, 2015), treated with trastuzumab + docetaxel, NED.\n"
            "SPECIMEN: Sigmoid colon, 30 cm, biopsies.\nDIAGNOSIS: Invasive adenocarcinoma.\n"
            "COMMENT: Morphology and immunoprofile (CK20+, CDX2+, CK7-, GATA3-) favour\n"
            "a primary colorectal adenocarcinoma rather than metastasis from the prior\n"
            "HER2+ breast cancer. Additional biomarkers (HER2, NRAS/BRAF) can be\n"
            "performed on request if metastatic disease is confirmed.\n",
            "Colorectal (colon or rectal) cancer, as named in the report",
        ),
        (
            "Diagnosis (referring): High-grade serous carcinoma, tubo-ovarian origin\n"
            "STATUS: TEST FAILED - INSUFFICIENT DNA QUALITY. No result is available for any gene (ERBB2).\n",
            "Ovarian cancer, as named in the report",
        ),
        (
            "CLINICAL HISTORY: History of HER2-POSITIVE (IHC 3+) ductal carcinoma of left breast 2015.\n"
            "DlAGN0SlS:  AdenocarcinOma, c0nsistent with PERlHlLAR CH0LANGl0CARClN0MA.\n"
            "  - HER2 (4B5) 0n this bi0psy: sc0re 0 (n0 membrane staining in tum0r cells). HER2 NEGATlVE.\n",
            "Biliary tract cancer",
        ),
    ],
)
def test_the_cancer_the_report_names_is_named(text: str, named: str) -> None:
    # devset16 b16-f04-10, b16-f09-04 ('Another type of cancer'), b16-f07-10 (a scanned diagnosis line)
    result, said = explain_with_words(text)
    assert result.explanation is not None
    assert named in result.explanation.cancer_type
    assert "did not clearly say what kind of cancer" not in said


def test_a_colon_cancer_in_the_history_names_no_cancer() -> None:
    # near-miss: a history clause is not this report's cancer
    result, _ = explain_with_words(
        "Clinical: history of colon adenocarcinoma 2015, resected.\n"
        "Specimen: soft tissue nodule, excision: carcinoma, origin uncertain.\n"
        "HER2 IHC (4B5): 1+ (negative).\n"
    )
    assert result.explanation is not None
    assert "Colorectal" not in result.explanation.cancer_type


def test_a_named_colorectal_cancer_does_not_say_the_summary_has_no_rules_for_it() -> None:
    result, said = explain_with_words(
        "Colorectal Carcinoma Extended RAS/BRAF/HER2 Panel (NGS)\n"
        "Tumour: Adenocarcinoma of the rectum with lung metastases; lung wedge, block A2\n"
        "ERBB2 (HER2) amplification NOT DETECTED (estimated copy number 2.1)\n"
    )
    assert "no scoring rules of its own for the cancer your report names" not in said


# --- 5. a sample after treatment with no earlier HER2 result: no "the earlier one" -----------------

EARLIER_ONE = "this one or the earlier one"
RESECTION = (
    "Procedure: Esophagogastrectomy (Ivor Lewis), after 4 cycles FLOT\n"
    "Diagnosis: residual adenocarcinoma of the GEJ, 3.0 cm (ypT3 ypN2).\n"
)


def test_blocks_of_one_resection_after_treatment_are_not_different_times() -> None:
    # devset16 b16-f10-08 said "HER2 results from different times, before and after treatment"
    # and asked "this one or the earlier one?"
    _, said = explain_with_words(
        RESECTION + "   HER2 (4B5), Hofmann/Ruschoff resection criteria:\n"
        "     Block A5 : moderate basolateral staining, ~20% of tumor cells ......... 2+\n"
        "     Block A9 : strong basolateral/lateral staining, ~40% of tumor cells ... 3+\n"
        "     Block A11: strong complete/basolateral staining, ~25% of tumor cells .. 3+\n"
        "   OVERALL HER2 SCORE: 3+ (strong staining in >=10% of tumor cells) - POSITIVE\n"
    )
    assert "from different times" not in said
    assert EARLIER_ONE not in said
    assert "If HER2 was also tested before treatment" in said


def test_an_earlier_result_the_report_restates_is_still_asked_about() -> None:
    # near-miss: the report gives the result before treatment
    _, said = explain_with_words(
        "Specimen: L breast lumpectomy post neoadjuvant chemotherapy (TCHP x 6)\n"
        "Pre-treatment (core AC-26-00211, Jan 2026):  ER 2% weak / PR 0 / HER2 IHC 1+\n"
        "RE-TESTING ON RESIDUAL TUMOUR (block B4):\n"
        "  HER2 ... IHC 3+ (4B5), complete strong membranous staining in ~70% of residual tumour cells -> POSITIVE\n"
    )
    assert "If HER2 was also tested before treatment" not in said


# --- 6. a FISH test that failed is said to have failed, not to be pending --------------------------

FISH_FAILED = (
    "CLINICAL CYTOGENETICS - Report: HER2 FISH, paraffin tissue\n"
    "Specimen: Left breast core biopsy, block A1\n\n"
    "RESULT: NO RESULT - ASSAY FAILURE\n\n"
    "Details: Two hybridization attempts showed weak, uneven signals with high background\n"
    "autofluorescence in tumour nuclei. No HER2/CEP17 ratio can be reported.\n"
    "Recommendation: Repeat testing on another block or a new biopsy. Please refer to the HER2 IHC\n"
    "result on the surgical case (not available to this laboratory).\n"
)


def test_a_failed_fish_is_not_pending() -> None:
    # devset16 b16-f03-08 was headlined "HER2 result not in this report yet"
    result, said = explain_with_words(FISH_FAILED)
    assert result.explanation is not None
    assert "not in this report yet" not in result.explanation.headline
    assert "gave no result" in said


def test_a_fish_that_gave_a_ratio_is_no_failure() -> None:
    # near-miss: signals were adequate and a ratio is given
    _, said = explain_with_words(
        "HER2 FISH, paraffin tissue. Left breast core biopsy, block A1.\n"
        "Two hybridization attempts were made; the second showed adequate signals.\n"
        "HER2/CEP17 ratio 1.3; average HER2 copy number 2.6. NOT AMPLIFIED (group 5).\n"
    )
    assert "gave no result" not in said
