"""What the patient reads (session 22 helper sentences22): an audit of the summary on devset24 and
sentences21's leftovers. Each case is a short report written for the test, with a near-miss where
the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

# --- 1. a report that says no treatment came before its sample ---------------------------------
# (devset24 b24-f08-09: a gastrectomy whose "ypT3?" the report itself corrects to pT3, "paciente sin
# tratamiento previo", was told "This sample was taken after treatment")

AFTER = "This sample was taken after treatment"
GASTRIC = (
    "Gastrectomy: adenocarcinoma of the gastro-oesophageal junction.\n"
    "HER2 IHC (resection criteria): 3+ in 40% of tumour cells. HER2 POSITIVE.\n"
)


def test_a_report_that_says_no_treatment_came_first_is_no_sample_after_treatment() -> None:
    for staging in (
        "Staging: ypT3 (typing error, corrected): the patient had no prior treatment; pT3 N1.",
        "Estadio ypT2? No: paciente sin tratamiento previo; pT2 N0.",
        "ypT3 N1 in the request form; the patient has received no previous systemic therapy (pT3 N1).",
    ):
        result, said = explain_with_words(f"{GASTRIC}{staging}\n")
        assert result.status == "positive", staging
        assert AFTER not in said, staging


def test_a_sample_after_named_treatment_stays_after_treatment() -> None:
    # near-miss: the treatment is named, and "untreated" only compares the two samples
    for staging in (
        "Following neoadjuvant FLOT: ypT3 N1. The pre-treatment biopsy may be more representative of the untreated tumour.",
        "Residual adenocarcinoma after neoadjuvant chemotherapy, ypT2 N0; no prior HER2 testing.",
    ):
        result, said = explain_with_words(f"{GASTRIC}{staging}\n")
        assert result.status == "positive", staging
        assert AFTER in said, staging


# --- 2. a blood test named only by its plasma copy number ------------------------------------
# (devset24 b24-f05-06: a "LIQUID PROFILE" whose ERBB2 row gave "plasma CN 2.1" was shown as
# "Sample tested: Tumor tissue" and "HER2 gene copy number in tumor tissue (NGS): 2.1")


def test_a_plasma_copy_number_is_a_blood_test() -> None:
    for row in (
        "ERBB2   copy number gain - EQUIVOCAL   plasma CN 2.3 (near the cut-off)",
        "ERBB2 amplification: borderline, plasma copy number 2.2",
        "ERBB2 ... gain, equivocal (plasma CN 2.0; reporting threshold 2.1)",
    ):
        text = f"ONCOPANEL PROFILE  report 55-1\nCancer: breast, metastatic\nDraw: 2024-05-01\n\n{row}\nPIK3CA E545K 8%\n"
        result, said = explain_with_words(text)
        assert result.ngs is not None and result.ngs.ctdna, row
        assert "Blood sample" in said, row
        assert "Tumor tissue" not in said, row


def test_a_tissue_panel_that_names_plasma_once_stays_tissue() -> None:
    # near-miss: the word alone, in advice or in a method note, is no blood test
    for aside in (
        "Plasma testing may be considered at progression.",
        "Tumour content 40%; plasma cells present in the stroma.",
        "Reference: Plasma copy number and tumour fraction. J Fict Path 2021;2:45-52.",
    ):
        text = (
            "Tumour tissue sequencing, FFPE block A2 (colon adenocarcinoma)\n"
            "Tumour content: 40%. Panel: 300 genes.\n"
            "Results\n"
            "ERBB2 amplification detected, copy number 12\n"
            f"Comment: {aside}\n"
        )
        result, said = explain_with_words(text)
        assert result.ngs is not None and not result.ngs.ctdna, aside
        assert "Tumor tissue" in said, aside


# --- 3. a borderline stain given as a range of scores -----------------------------------------
# (devset24 b24-f11-07: "HER2 IHC (4B5): BORDERLINE 1+/2+", ISH pending, was told "The protein
# stain (IHC) was 2+, which is borderline")

CORE = "Left breast, core biopsy: invasive carcinoma NST, grade 2.\n"


def test_a_range_of_scores_is_named_as_the_range() -> None:
    for line in (
        "HER2 IHC (4B5): borderline, 1+/2+, in about 15% of cells. HER2 status: EQUIVOCAL.",
        "HER2 IHC: BORDERLINE 1+/2+ (HercepTest).\nHER2 status: EQUIVOCAL.",
        "HER2 (4B5) score 1+/2+, borderline; reported as EQUIVOCAL.",
    ):
        result, said = explain_with_words(f"{CORE}{line}\n")
        assert result.status == "equivocal", line
        assert result.ihc is not None and result.ihc.score is None and result.ihc.score_range, line
        assert "The protein stain (IHC) was 2+" not in said, line
        assert "between 1+ and 2+" in said, line


def test_one_borderline_score_keeps_its_note() -> None:
    # near-miss: the lab gave one score, 2+
    result, said = explain_with_words(
        f"{CORE}HER2 IHC (4B5): 2+ (equivocal), complete weak staining in 20%.\n"
    )
    assert result.status == "equivocal"
    assert "score is 2+" in said
    assert "between 1+ and 2+" not in said


# --- 4. a result named only in the definition of a HER2 category ------------------------------
# (devset24 b24-f11-05: "NOT in the HER2-low category (HER2-low = IHC 1+ or IHC 2+ with
# non-amplified ISH)" beside an amplified ISH was told "The report gives more than one HER2
# result: ISH amplified and ISH not amplified", and asked which one guides treatment)

TWO = "more than one HER2 result"
THREE_PLUS = (
    "Left breast, core biopsy.\nHER2 IHC (4B5): 3+, strong complete staining in 80% of cells. POSITIVE.\n"
)


def _with_second_line(line: str) -> str:
    from her2cli.model import Ihc

    from .summary_cases import by_hand

    return by_hand(
        f"{THREE_PLUS}{line}\n",
        status="positive",
        cancer_type="breast",
        warnings=[("conflict", {"first": "1+", "second": "3+", "page": 1})],
        ihc=Ihc(score="3+", lab_call="positive", page=1),
        evidence=[
            ("HER2 IHC (4B5): 3+, strong complete staining in 80% of cells. POSITIVE.", "ihc", "score=3+"),
            (line, "ihc", "score=1+"),
        ],
    )


def test_a_result_named_only_in_a_definition_is_no_second_result() -> None:
    for line in (
        "Not HER2-low (HER2-low = IHC 1+, or IHC 2+ without amplification).",
        "HER2-low is defined as IHC 1+ or IHC 2+ with a non-amplified ISH; it does not apply.",
        "Key: HER2-low means a score of 1+, or 2+ with ISH not amplified.",
    ):
        said = _with_second_line(line)
        assert TWO not in said, line
    result, said = explain_with_words(
        "Right breast, excision.\nHER2 IHC (4B5): 2+ (equivocal), 60% of cells.\n"
        "Dual ISH: HER2/CEP17 ratio 2.6, mean HER2 5.9 per cell: AMPLIFIED (group 1).\n"
        "Final HER2 status: POSITIVE.\n"
        "HER2-low group does not apply (HER2-low = IHC 1+ / IHC 2+ and ISH non-amplified).\n"
    )
    assert result.status == "positive" and "conflict" in result.warning_codes
    assert TWO not in said


def test_a_second_result_on_its_own_line_keeps_the_note() -> None:
    # near-miss: the other score is a part of the tumour the report scored, not a definition
    for line in (
        "Area B (leading edge): HER2 IHC 1+, faint incomplete staining.",
        "Second block (A4): 1+; HER2-low there.",
    ):
        said = _with_second_line(line)
        assert TWO in said, line
