"""What the patient reads (session 23 helper sentences23b): an audit of the summary on the
development sets variants16a and variants16b. Each case is a short report written for the test,
with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.explain import build_explanation
from her2cli.model import Result
from her2cli.summary_receptors import call_against_share, share_category

from .summary_cases import explain_with_words

# --- 1. a history line's "ER+/PR+" said as the current sample's ER/PR -------------------------
# (variants16a v16a-f02-02, v16a-f02-03, variants16b v16b-f02-02: the history's shorthand "PR+"
# was shown as "Progesterone receptor (PR): positive" for a current sample whose PR is 0% or <1%)

PR_POSITIVE = "Progesterone receptor (PR): positive"
PR_NEGATIVE = "Progesterone receptor (PR): negative"
CURRENT_HER2 = "HER2 IHC (4B5): 3+, strong complete membrane staining in 80% of cells. POSITIVE.\n"


def test_a_current_share_under_one_percent_outweighs_a_history_shorthand() -> None:
    for history, current in (
        (
            "History: right breast IDC 2014, ER+, PR+, HER2 negative (IHC 1+).",
            "ER 95% strong | PR 0% | Ki67 25%",
        ),
        ("Previous: carcinoma of breast 2016 (ER+, PR+), adjuvant tamoxifen.", "ER 85% strong | PR <1%"),
        ("Past history - breast primary 2015, ER+ PR+ HER2 negative.", "ER: 40% moderate\nPR: 0 %"),
    ):
        text = f"Breast, new mass, core biopsy.\n{history}\n\nBiomarkers on this core:\n{current}\n{CURRENT_HER2}"
        result, said = explain_with_words(text)
        assert result.status == "positive", history
        assert PR_POSITIVE not in said, history
        assert PR_NEGATIVE in said, history
        assert result.related["pr"] == "negative", history


def test_a_current_call_that_agrees_with_its_share_stays() -> None:
    # near-miss: the current sample's own call beside its own share, and a low share the lab calls
    # positive (the lab's word for 1-10% is its own), are said as the report gives them
    for current, er, pr in (
        ("ER: positive (90%)\nPR: positive (30%)", "positive", "positive"),
        ("ER: positive, 5% weak\nPR: negative (0%)", "positive", "negative"),
    ):
        result, said = explain_with_words(f"Breast, left, core biopsy.\n{current}\n{CURRENT_HER2}")
        assert result.related["er"] == er, current
        assert result.related["pr"] == pr, current


def test_share_categories_follow_the_one_percent_line() -> None:
    assert share_category("<1%") == "negative"
    assert share_category("0 % (negativo)") == "negative"
    assert share_category("5% weak") == "low_positive"
    assert share_category("60% weak-moderate") == "positive"
    assert share_category("positive") is None
    assert share_category("NEGATIVE (<1%)") == "negative"
    assert share_category("negativo (< 1 %)") == "negative"
    # a shorthand's call (no named call) against the current share: the share's category
    assert call_against_share("positive", "<1%", None) == "negative"
    assert call_against_share("negative", "40% moderate", None) == "positive"
    assert call_against_share("positive", "5%", None) == "positive"  # the lab's own word for a low share
    assert call_against_share(None, "0%", None) is None
    # a named call stays the lab's word: "ER negative (2%)", or two tumours' lines
    assert call_against_share("negative", "2%", "negative") == "negative"
    assert call_against_share("negative", "100% strong", "negative") == "negative"


# --- 2. a relative's ER/PR or cancer said as the patient's ----------------------------------
# (variants16b v16b-f09-02: a genetics letter's "Maternal aunt, ..., breast cancer aged 48, ER
# positive" was shown as "Estrogen receptor (ER): positive"; variants16a v16a-f09-05: "maternal
# aunt - ovarian cancer at 57" made the cancer line "Ovarian cancer" for a pancreatic cancer)

THIS_BREAST = "Left breast core biopsy: invasive carcinoma NST.\nHER2 (4B5): score 3+, POSITIVE.\n"


def test_a_relatives_receptors_are_not_the_patients() -> None:
    for family in (
        "Family history: maternal aunt, Ruth, breast cancer aged 51, ER positive, PR positive.",
        "Her sister, Joan, breast cancer at 44, ER negative.",
        "Cousin, Vera, lobular carcinoma 2020, ER positive (90%).",
    ):
        result, said = explain_with_words(f"{THIS_BREAST}\n{family}\n")
        assert result.related["er"] is None, family
        assert "Estrogen receptor (ER)" not in said, family


def test_the_patients_own_receptors_beside_a_family_history_stay() -> None:
    # near-miss: the patient's own ER/PR line, after a family history sentence has ended
    for own in ("ER: positive (80%). PR: negative (0%).", "Oestrogen receptor: positive, 95%"):
        text = f"Family history: mother had ovarian cancer.\n\n{THIS_BREAST}{own}\n"
        result, said = explain_with_words(text)
        assert result.related["er"] == "positive", own


def cancer_line(result: Result) -> str:
    return build_explanation(result, "en").cancer_type


PANCREAS = "Pancreas, EUS-guided biopsy: pancreatic ductal adenocarcinoma.\nHER2 IHC (4B5): 0, negative.\n"


def test_a_cancer_named_in_a_relatives_line_is_not_the_cancer_line() -> None:
    for family in (
        "Family history:\n  maternal aunt - ovarian cancer at 60\n",
        "His sister had endometrial cancer (2019).\n",
        "Antecedentes familiares: madre con cáncer de ovario.\n",
    ):
        result, _ = explain_with_words(f"{PANCREAS}{family}")
        assert cancer_line(result) == "Cancer type: Pancreatic cancer, as named in the report", family


def test_the_patients_own_named_cancer_stays() -> None:
    # near-miss: the only named cancer is the patient's, even on a line after a family history
    for text in (
        "Family history: none. Diagnosis: pancreatic ductal adenocarcinoma.\nHER2 IHC: 0, negative.\n",
        "Ovary, left, resection: high-grade serous ovarian carcinoma.\nHER2 IHC: 1+, negative.\n",
    ):
        result, _ = explain_with_words(text)
        assert "as named in the report" in cancer_line(result), text


# --- 3. a letter saying ERBB2 is not on its panel said as "the sequencing gave no HER2 result" --
# (variants16a v16a-f09-05: a genetics letter ordering a germline panel "ERBB2 ... is not on the
# panel" read "The report shows tumor DNA testing, but it gives no result for extra copies")

SEQUENCED = "tumor DNA testing"


def test_erbb2_not_on_the_panel_is_no_sequencing() -> None:
    for line in (
        "Germline panel ordered (blood): BRCA1, BRCA2, PALB2. ERBB2 is not on this panel.",
        "Inherited cancer panel requested; HER2 (ERBB2) is not included in the panel.",
    ):
        result, said = explain_with_words(
            f"Genetics clinic letter.\nPancreatic adenocarcinoma 2021.\n{line}\n"
        )
        assert result.status == "not_found", line
        assert SEQUENCED not in said, line


def test_a_panel_that_lists_erbb2_stays_sequencing_without_a_result() -> None:
    # near-miss: a tumour panel whose gene list names ERBB2 and gives no ERBB2 result
    text = (
        "Tumour NGS panel (50 genes), pancreatic adenocarcinoma.\nKRAS p.G12D detected.\n"
        "Genes on this panel include ERBB2, BRAF, KRAS, NRAS, PIK3CA.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert SEQUENCED in said


# --- 4. a corrected report whose correction is worded as "belonged to another patient" or "a
# typographical error" said nothing about the correction -------------------------------------
# (variants16b v16b-f10-02: an earlier "AMPLIFIED" FISH "belonged to a different patient";
# v16b-f10-04: the earlier summary line's "HER2 POSITIVE" "was a typographical error")

CORRECTED = "This report says it corrects an earlier HER2 result."
NEGATIVE_ISH = "HER2 FISH on block B1: ratio 1.1, mean HER2 2.3 per cell. NOT AMPLIFIED. HER2 NEGATIVE.\n"


def test_a_result_of_another_patient_or_a_typo_is_said_to_be_corrected() -> None:
    for why in (
        "Correction: the ISH result issued on 03/04 (ratio 3.2, amplified) belonged to another patient.",
        "The earlier HER2 IHC result (3+) belonged to a different patient and is withdrawn.",
        'Revision note: the summary line read "HER2 POSITIVE". This was a typographical error.',
    ):
        result, said = explain_with_words(f"Breast core biopsy, left.\n{why}\n{NEGATIVE_ISH}")
        assert result.status == "negative", why
        assert CORRECTED in said, why


def test_a_report_naming_another_patient_or_an_error_elsewhere_says_no_correction() -> None:
    # near-miss: a different patient, or a typographical error, that is not about the HER2 result
    for line in (
        "Specimen received with a request form that belonged to another patient; relabelled on receipt.",
        'The clinical history read "left breast". This was a typographical error (right breast).',
    ):
        result, said = explain_with_words(f"Breast core biopsy.\n{line}\n{NEGATIVE_ISH}")
        assert CORRECTED not in said, line


# --- 5. a requested ISH not seen: a fax's "1SH", the Spanish present tense "se solicita" ------
# (variants16b v16b-f06-05 "Ref1ex 1SH requested -- RESULT TO F0LLOW", v16b-f08-05 "Se solicita
# estudio de HER2 por hibridación in situ (FISH) ... PENDIENTE" said "Ask ... whether more testing
# has been done or is planned" instead of "a gene copy test (ISH) has been requested")

ISH_TO_COME = "has been requested and its result will come later"


def test_a_requested_ish_in_fax_or_spanish_words_is_to_come() -> None:
    for ihc, asked in (
        (
            "HER2 IHC: 2+ (equivocal).",
            "Ref1ex 1SH requested on block A2, result to f0llow.",
        ),
        (
            "HER2: 2+ (dudoso).",
            "Se solicita estudio de HER2 por hibridación in situ (FISH) en laboratorio externo.",
        ),
    ):
        result, said = explain_with_words(f"Breast, left, core biopsy: invasive carcinoma.\n{ihc}\n{asked}\n")
        assert result.status == "equivocal", asked
        assert ISH_TO_COME in said, asked


def test_an_ish_not_requested_is_not_to_come() -> None:
    # near-miss: the ISH is said not to be requested, or the request is for another test
    for ihc, line in (
        ("HER2 IHC: 2+ (equivocal).", "1SH not requested by the clinician."),
        ("HER2: 2+ (dudoso).", "Se solicita estudio de receptores hormonales."),
    ):
        result, said = explain_with_words(f"Breast, left, core biopsy: invasive carcinoma.\n{ihc}\n{line}\n")
        assert ISH_TO_COME not in said, line


# --- 6. a HER2-negative sample after treatment, HER2-positive before: only HER2-low was said ---
# (variants16a v16a-f02-01, variants16b v16b-f02-01, v16b-f02-04: residual tumour 1+ or 2+/not
# amplified after anti-HER2 neoadjuvant treatment of a 3+ or amplified tumour)

BOTH_MATTER = "Your report gives a HER2-positive result for a sample taken before treatment."
RESIDUAL = (
    "Mastectomy after neoadjuvant TCHP: residual invasive carcinoma, 8 mm.\n"
    "HER2 (4B5) on residual tumour: score 1+, NEGATIVE.\n"
)


def test_a_negative_result_after_a_positive_one_before_treatment_says_both_matter() -> None:
    for before in (
        "Pre-treatment core biopsy (2024): HER2 IHC 3+ (positive).",
        "Pre-treatment biopsy: HER2 FISH amplified, ratio 5.0.",
    ):
        result, said = explain_with_words(f"{before}\n{RESIDUAL}")
        assert result.status == "negative", before
        assert BOTH_MATTER in said, before


def test_a_negative_result_after_a_negative_one_says_nothing_of_a_positive() -> None:
    # near-miss: the result before treatment was negative too, or the current result is positive
    for before, now in (
        ("Pre-treatment core biopsy (2024): HER2 IHC 1+ (negative).", RESIDUAL),
        (
            "Pre-treatment core biopsy (2024): HER2 IHC 3+ (positive).",
            RESIDUAL.replace("score 1+, NEGATIVE", "score 3+, POSITIVE"),
        ),
    ):
        result, said = explain_with_words(f"{before}\n{now}")
        assert BOTH_MATTER not in said, (before, now)


# --- 7. a positive result on a decalcified sample told to ask whether another sample should be
# tested (variants16b v16b-f02-03: FISH amplified on a decalcified bone core; the lab says the FISH
# takes precedence over the falsely low IHC) -------------------------------------------------

ANOTHER_SAMPLE = "whether another sample should be tested"
DECALCIFIED_SAID = "decalcified (treated to soften bone)"


def test_a_positive_result_on_a_decalcified_sample_is_not_told_to_retest() -> None:
    for line in (
        "Bone core (decalcification may reduce HER2 staining). HER2 FISH: ratio 3.0, mean HER2 7.1. AMPLIFIED. HER2 POSITIVE.",
        "Caution: decalcified bone biopsy, results may be affected. HER2 IHC 3+, POSITIVE.",
    ):
        result, said = explain_with_words(f"Metastatic breast carcinoma.\n{line}\n")
        assert result.status == "positive", line
        assert DECALCIFIED_SAID in said, line
        assert ANOTHER_SAMPLE not in said, line


def test_a_negative_result_on_a_decalcified_sample_still_asks_about_another_sample() -> None:
    # near-miss: a negative stain on decalcified bone may be falsely low: the retest question stays
    result, said = explain_with_words(
        "Metastatic breast carcinoma.\nCaution: decalcified bone biopsy, results may be affected. HER2 IHC 1+, negative.\n"
    )
    assert result.status == "negative"
    assert ANOTHER_SAMPLE in said


# --- 8. a lung core described by its lobe, "Dx: adenocarcinoma" and TTF-1 positive, said "Another
# type of cancer" (variants16a v16a-f07-01 "Lung, LUL, CT-guided core", v16b-f07-01 "RLL mass") ---

LUNG_LINE = "Cancer type: Lung cancer (as named in the report)"


def test_a_lobe_core_with_a_ttf1_positive_adenocarcinoma_is_lung_cancer() -> None:
    for sample, dx in (
        (
            "Lung, RUL, CT-guided core biopsy",
            "Dx: Invasive non-mucinous adenocarcinoma, lepidic.\n  TTF-1 +, Napsin A +.",
        ),
        ("Specimen: EBUS core, LLL mass.", "Diagnosis: adenocarcinoma, acinar predominant.\nTTF-1 positive."),
    ):
        result, _ = explain_with_words(
            f"{sample}\n\n{dx}\nHER2 (4B5): 3+, strong complete membrane staining in 80%.\n"
        )
        assert cancer_line(result) == LUNG_LINE, sample


def test_a_metastasis_or_a_ttf1_negative_adenocarcinoma_in_the_lung_is_not_lung_cancer() -> None:
    # near-miss: a metastatic adenocarcinoma in a lobe, or TTF-1 negative (another primary)
    for sample, dx in (
        (
            "Lung, RLL, wedge resection",
            "Dx: metastatic adenocarcinoma, colorectal type.\n  CDX2 +, TTF-1 negative.",
        ),
        ("Specimen: RUL core.", "Diagnosis: adenocarcinoma.\nTTF-1 negative, CDX2 positive, CK20 positive."),
    ):
        result, _ = explain_with_words(
            f"{sample}\n\n{dx}\nHER2 (4B5): 3+, strong complete membrane staining in 80%.\n"
        )
        assert cancer_line(result) != LUNG_LINE, sample
