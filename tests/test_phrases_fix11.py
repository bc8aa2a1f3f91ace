"""fix11 (session 11): devset13's HER2 status reports read the wrong way, as phrase families.

1. A withdrawn result (b13-f10-09): a notice quotes a HER2 result and then retracts it (another
   patient's slide, issued in error, to be disregarded), or says the HER2 status is unknown, with
   no new result after it. The call rests only on the quoted line: not_found (interpret/verify.py,
   the voided check; verify.toml result-voided and status-unknown). A new result after the
   notice, or an "unknown" said before the report's own result, keeps the call.
"""

from __future__ import annotations

import pytest

from her2cli.api import explain_text

# --- 1. a withdrawn result -------------------------------------------------------------------------

VOIDED = {
    "retracted_wrong_patient": (
        "NOTICE OF REPORT RETRACTION\n"
        "Specimen: Left breast, core biopsy\n"
        "On 2026-03-02 an addendum to this case reported:\n"
        '   "HER2 (4B5) IHC: 3+, strong complete membrane staining - POSITIVE."\n'
        "The slide reported under this accession belonged to another patient. That HER2 result is "
        "retracted in full.\n"
        "HER2 testing will be repeated on block A2; a new addendum will follow.\n"
    ),
    "issued_in_error_disregard": (
        "AMENDMENT\n"
        "Breast, right, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "Previously reported: HER2 FISH: AMPLIFIED (HER2/CEP17 ratio 4.2).\n"
        "The HER2 FISH result above was issued in error and should be disregarded. Repeat "
        "hybridisation is in progress.\n"
    ),
    "please_disregard": (
        "Breast, left, excision: invasive lobular carcinoma.\n"
        "Addendum of 12 May: HER2 IHC 3+ (positive).\n"
        "CORRECTION 14 May: please disregard the HER2 result in the addendum of 12 May (specimen "
        "mix-up). A corrected HER2 result will be issued.\n"
    ),
    "status_unknown_after_quote": (
        "Breast, right, core biopsy: invasive ductal carcinoma.\n"
        'The referral letter quotes "HER2 3+ positive" from an outside laboratory; no outside '
        "report or slides were received.\n"
        "HER2 status of this tumour: unknown. HER2 testing has been requested on block A1.\n"
    ),
    "withdrawn_equivocal": (
        "Gastric biopsy: adenocarcinoma, intestinal type.\n"
        "Addendum 1: HER2 IHC 2+ (equivocal), ISH to follow.\n"
        "Addendum 2: the HER2 IHC reported in addendum 1 has been withdrawn (wrong block "
        "stained). HER2 IHC is being repeated.\n"
    ),
    "spanish_anulado": (
        "Biopsia de mama izquierda: carcinoma ductal infiltrante.\n"
        "Informe complementario previo: HER2 (IHQ) 3+ positivo.\n"
        "El resultado de HER2 del informe complementario previo queda anulado por error de "
        "identificacion. Estado de HER2: desconocido.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(VOIDED))
def test_a_withdrawn_result_is_not_a_call(name: str) -> None:
    result = explain_text(VOIDED[name])
    assert result.status == "not_found", result.status  # never negative: the safe direction


VOIDED_NEAR = {
    # a replacement result after the notice stands
    "retracted_then_new_result": (
        "AMENDED REPORT\n"
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "The HER2 result first issued (1+) was issued in error (slide of another patient) and is "
        "retracted.\n"
        "Repeat HER2 IHC (4B5) on block A1: 3+, strong complete membrane staining in 95% of cells "
        "(POSITIVE).\n",
        "positive",
    ),
    # a revised result, then the line withdrawing the original one of another call (b13-f06-10)
    "revised_then_original_withdrawn": (
        "AMENDED REPORT\n"
        "Colon, hemicolectomy: adenocarcinoma.\n"
        "REVISED HER2 RESULT: POSITIVE, IHC 3+ in 60% of tumour cells (HERACLES criteria).\n"
        'The original result "HER2 2+ (equivocal), ISH recommended" is withdrawn.\n',
        "positive",
    ),
    "corrected_then_error_named": (
        "CORRECTED REPORT\n"
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n"
        "The HER2 score of 1+ given in the first report was issued in error.\n",
        "positive",
    ),
    # "unknown" before the report's own result: the report answers it
    "unknown_at_referral": (
        "Clinical: HER2 status: unknown at referral.\n"
        "Breast, right, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n",
        "positive",
    ),
    # another test's or gene's status unknown
    "mutation_status_unknown": (
        "Breast, right, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n"
        "ERBB2 (HER2) mutation status remains unknown: NGS failed.\n",
        "positive",
    ),
    "er_retracted": (
        "Breast, right, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 3+ (positive), complete membrane staining in 90% of cells.\n"
        "The ER result issued on 2 May was issued in error and is retracted.\n",
        "positive",
    ),
    # an equivocal that is still awaiting its ISH: "undetermined" is not a withdrawal of the 2+
    "equivocal_status_undetermined": (
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 2+ (equivocal), weak to moderate complete staining in 30% of cells.\n"
        "HER2 status remains undetermined pending ISH, which will be reported separately.\n",
        "equivocal",
    ),
}


@pytest.mark.parametrize("name", sorted(VOIDED_NEAR))
def test_a_result_not_withdrawn_keeps_its_call(name: str) -> None:
    text, status = VOIDED_NEAR[name]
    assert explain_text(text).status == status


# --- 2. a per-area count table (b13-f03-06) --------------------------------------------------------
# A heterogeneous ISH counted area by area prints one row per area ("amp area ... / non-amp ..."):
# a row's label is the area's, not the tumour's call, and the amplified row's ratio is not the
# non-amplified row's (context.toml subregion-area). Without the lab's own overall call the
# report is read no further than equivocal; never negative from the non-amplified row.

AREA_TABLES = {
    "abbreviated_rows": (
        "Breast, right, excision: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "Dual-colour CISH, areas counted separately:\n"
        "   area        nuclei  HER2 mean  CEN17 mean  ratio\n"
        "   amp area     20       9.2        2.7       3.4\n"
        "   non-amp      20       2.6        1.9       1.4\n"
    ),
    "worded_regions": (
        "Breast, left, core biopsy: invasive carcinoma. HER2 IHC 2+ (equivocal).\n"
        "HER2 FISH, heterogeneous signal pattern:\n"
        "Amplified region (about 30% of tumour): mean HER2 8.1, HER2/CEP17 ratio 3.0\n"
        "Non-amplified region: mean HER2 2.2, HER2/CEP17 ratio 1.1\n"
    ),
    "areas_in_one_line": (
        "Breast, core biopsy: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 SISH: non-amplified areas: ratio 1.2 (40 nuclei); amplified areas: ratio 3.6 (20 nuclei).\n"
    ),
}


@pytest.mark.parametrize("name", sorted(AREA_TABLES))
def test_a_per_area_table_is_not_read_negative(name: str) -> None:
    assert explain_text(AREA_TABLES[name]).status in ("equivocal", "not_found")


AREA_NEAR = {
    "plain_not_amplified": (
        "Breast, core biopsy: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 FISH: NOT AMPLIFIED (HER2/CEP17 ratio 1.2, mean HER2 2.1 signals per cell).\n",
        "negative",
    ),
    "plain_amplified": (
        "Breast, core biopsy: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 CISH: AMPLIFIED (HER2/CEN17 ratio 3.4, mean HER2 9.2 signals per nucleus).\n",
        "positive",
    ),
    "ngs_amp_row": (
        "Breast carcinoma, metastatic. Tissue NGS.\nCopy number alterations:\n  ERBB2   amplified   copy number 14\n",
        "positive",
    ),
}


@pytest.mark.parametrize("name", sorted(AREA_NEAR))
def test_a_whole_tumour_ish_result_keeps_its_call(name: str) -> None:
    text, status = AREA_NEAR[name]
    assert explain_text(text).status == status


# --- 3. a hedge that neither confirms nor excludes (b13-f04-05) ------------------------------------
# "ERBB2 amplification can neither be confirmed nor excluded by this assay": no amplification
# result (ish.toml amp-hedge-after); the NGS row's own "amplification - equivocal" decides.

NGS_EQUIVOCAL = (
    "Breast carcinoma, metastatic. Tissue NGS, purity 25%.\n"
    "GENOMIC ALTERATIONS\n   ERBB2 ......... amplification - equivocal (copy number 5)\n"
    "NOTE: ERBB2 amplification {hedge}. Correlation with HER2 IHC and/or ISH is recommended.\n"
)
HEDGES = [
    "can neither be confirmed nor excluded by this assay",
    "can be neither confirmed nor excluded at this tumour fraction",
    "could not be confirmed or excluded",
    "is neither confirmed nor ruled out",
    "cannot be confirmed or ruled out with this assay",
]


@pytest.mark.parametrize("hedge", HEDGES)
def test_a_hedge_is_no_amplification(hedge: str) -> None:
    assert explain_text(NGS_EQUIVOCAL.format(hedge=hedge)).status == "equivocal"


def test_a_confirmed_amplification_stays() -> None:
    text = "Breast carcinoma, metastatic. Tissue NGS.\nERBB2 amplification was confirmed (copy number 18).\n"
    assert explain_text(text).status == "positive"


# --- 4. a drug's threshold is not a result (b13-f09-10) --------------------------------------------
# "Note that IHC 3+ is the threshold for the tumor-agnostic T-DXd indication", wrapped over two
# lines of prose, beside the report's own 2+ (context.toml hypothetical-threshold; with its own
# HER2 name, "HER2 IHC 3+ is the eligibility criterion for ...", the match holds the score). A
# result the note follows or comments on ("3+ ..., which is the threshold for positivity") stays.

LUNG_2PLUS = (
    "Lung, core biopsy: adenocarcinoma.\n"
    "HER2 IHC (4B5): Score 2+, weak to moderate complete staining in 35% of cells.\n"
    "      Interpretation: EQUIVOCAL (2+). HER2 ISH was not performed. {note}\n"
)
THRESHOLDS = [
    "Note that IHC 3+ is the\n      threshold for the tumor-agnostic trastuzumab deruxtecan indication.",
    "IHC 3+ is the cut-off for trastuzumab deruxtecan eligibility.",
    "Remember that a score of 3+ is the\n      requirement for the tumour-agnostic approval.",
    "The threshold for the tumour-agnostic indication is IHC 3+.",
    "HER2 IHC 3+ is the eligibility criterion for the tumour-agnostic approval.",
    "HER2 IHC 3+ is the\n      cut-off for the tumour-agnostic trastuzumab deruxtecan label.",
]


@pytest.mark.parametrize("note", THRESHOLDS)
def test_a_threshold_is_not_a_score(note: str) -> None:
    assert explain_text(LUNG_2PLUS.format(note=note)).status == "equivocal"


@pytest.mark.parametrize(
    "line",
    [
        "HER2 IHC (4B5): 3+, strong complete staining in 60% of cells.",
        "HER2 IHC (4B5): 3+, strong complete staining in 60% of cells, which is the threshold for positivity.",
        "HER2 IHC (4B5): 3+ (positive). IHC 3+ is the threshold for the tumour-agnostic indication.",
    ],
)
def test_a_score_above_a_threshold_stays(line: str) -> None:
    assert explain_text("Lung, core biopsy: adenocarcinoma.\n" + line + "\n").status == "positive"


# --- 5. a negative the report says must not be read as one (b13-f04-06) ----------------------------

CRC_NGS = (
    "Rectal adenocarcinoma, metastatic. Tissue NGS, tumour content 12%.\n"
    "COPY NUMBER: not evaluable below 20% tumour content.\n"
    "{line}\n"
)
NOT_NEGATIVE = [
    "The absence of a reported ERBB2 amplification must not be interpreted as a negative result.",
    "Absence of ERBB2 amplification in this report should not be taken as evidence of absence.",
    "No ERBB2 amplification was detected, which must not be interpreted as a negative result at "
    "this tumour content.",
]


@pytest.mark.parametrize("line", NOT_NEGATIVE)
def test_a_negative_the_lab_disowns_is_no_result(line: str) -> None:
    assert explain_text(CRC_NGS.format(line=line)).status == "not_found"


def test_a_plain_ngs_negative_stays() -> None:
    text = "Rectal adenocarcinoma. Tissue NGS, tumour content 60%.\nERBB2 amplification: not detected.\n"
    assert explain_text(text).status == "negative"


# --- 6. a call word in the next sentence is not the name's (b13-f09-03) ----------------------------

FAILED_PANEL = [
    "This report provides no information on copy number changes in any gene, including ERBB2 "
    "(HER2) and MET. A negative fusion result does not exclude these alterations.",
    "ERBB2 (HER2) copy number was not reported. The negative RNA result does not exclude it.",
    "No DNA results are available for KRAS, BRAF or ERBB2 (HER2); a negative plasma result would "
    "not exclude an alteration.",
]


@pytest.mark.parametrize("line", FAILED_PANEL)
def test_a_call_word_of_the_next_sentence_is_not_a_her2_statement(line: str) -> None:
    text = "Lung adenocarcinoma. Targeted NGS panel: DNA component failed QC.\n" + line + "\n"
    assert explain_text(text).status == "not_found"


@pytest.mark.parametrize(
    "line, status",
    [
        ("HER2: Negative (IHC 1+).", "negative"),
        ("HER2 status: NEGATIVE.", "negative"),
        ("HER2 (4B5): POSITIVE.", "positive"),
    ],
)
def test_a_status_statement_stays(line: str, status: str) -> None:
    assert explain_text("Breast, core biopsy: invasive carcinoma.\n" + line + "\n").status == status


# --- 7. 'not conclusive for amplification' is equivocal, not a negation (b13-f08-09) ---------------

INCONCLUSIVE = [
    "RESULTADO DUDOSO (LIMÍTROFE). No concluyente para amplificación de HER2.",
    "RESULT: BORDERLINE. Not conclusive for HER2 amplification.",
    "Interpretation: inconclusive for HER2 gene amplification.",
]


@pytest.mark.parametrize("line", INCONCLUSIVE)
def test_inconclusive_for_amplification_is_not_negative(line: str) -> None:
    text = (
        "Breast, left, excision: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 FISH: 60 nuclei counted. HER2/CEP17 ratio 2.1.\n" + line + "\n"
    )
    assert explain_text(text).status == "equivocal"


def test_no_amplification_stays_negative() -> None:
    text = (
        "Breast, left, excision: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 FISH: HER2/CEP17 ratio 1.2, mean HER2 2.0. No HER2 gene amplification.\n"
    )
    assert explain_text(text).status == "negative"


# --- 8. safe misses of devset13: OCR splits and a withdrawn value with decimals --------------------
# b13-f04-07: "ERBB2   amplificati on   CN = 9" (ish.toml amp-word reads the word cut anywhere);
# b13-f07-06: "HE R2 immun0 stain (4B5)" (ocr.toml ocr-damaged-her2-name, the name cut by a
# space, confirmed by a clone); b13-f10-08: '("AMPLIFIED, ratio 2.3, mean HER2 4.6") is WITHDRAWN'
# (ihc.toml withdrawn-after-value reads past a decimal point).

OCR_NGS = [
    ("ERBB2   amplificati on                  CN = 9", "positive"),
    ("ERBB2 amplifica tion (copy number 12)", "positive"),
    ("ERBB2   amplificati on   not detected", "negative"),
]


@pytest.mark.parametrize("row, status", OCR_NGS)
def test_an_amplification_word_cut_by_ocr(row: str, status: str) -> None:
    text = "Urothelial carcinoma, metastatic. Tissue NGS, tumour 70%.\nGENOMIC FINDINGS\n" + row + "\n"
    assert explain_text(text).status == status


OCR_NAME = [
    (
        "HE R2 immun0 stain (4B5), block 1D:\n   Score 1+ faint incomplete membrane staining. NEGATIVE.",
        "negative",
    ),
    ("H ER2 (4B5): 3+, strong complete membrane staining in 80% of cells.", "positive"),
    ("HE R2 IHC: score 0, no staining.", "negative"),
    ("HE R2 receptor studies were not requested.", "not_found"),
]


@pytest.mark.parametrize("line, status", OCR_NAME)
def test_a_her2_name_cut_by_a_space(line: str, status: str) -> None:
    text = "Right ovary: mucinous carcinoma, expansile pattern.\n" + line + "\n"
    assert explain_text(text).status == status


WITHDRAWN_DECIMALS = [
    'The HER2 dual ISH result of 16 Oct ("AMPLIFIED, ratio 2.3, mean HER2 4.6") is WITHDRAWN.',
    "The HER2 FISH result (amplified; ratio 2.4, 5.1 signals per cell) has been retracted.",
]


@pytest.mark.parametrize("line", WITHDRAWN_DECIMALS)
def test_a_withdrawn_value_with_decimals_is_no_result(line: str) -> None:
    text = "Breast, left, core biopsy: invasive carcinoma.\n" + line + "\nHER2 IHC (4B5): 2+ (EQUIVOCAL).\n"
    assert explain_text(text).status == "equivocal"


def test_a_result_then_an_earlier_report_withdrawn_stays() -> None:
    text = (
        "Breast, left, core biopsy: invasive carcinoma.\n"
        "HER2 FISH: AMPLIFIED (ratio 2.3, mean HER2 4.6). The earlier report is withdrawn.\n"
    )
    assert explain_text(text).status == "positive"
