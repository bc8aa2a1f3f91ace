"""What the patient reads (issue 8, session 10 helper sentences10): a test that is ordered is said
to be awaited, not newly advised; a result still to come reads short and specific; a cancer the
report names by its organ is named; a faxed report's words are read as a clean one's. Each case is
a short report written for the test, with a near-miss where the old wording was right."""

from __future__ import annotations

from pathlib import Path

import pytest

from her2cli.api import explain_text
from her2cli.explain import build_explanation
from her2cli.model import Ihc, Ngs
from her2cli.summary_words import cancer_site, her2_test_awaited, readable_text

from .summary_cases import by_hand, explain_with_words

RECOMMENDS = "recommends more HER2 testing"
ORDERED = "more HER2 testing has been ordered or is pending"

EQUIVOCAL = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\nHER2 IHC (4B5): 2+ (equivocal).\n"
ADVICE = "Repeat HER2 testing on the excision specimen is recommended.\n"


# --- 1. a retest the report says is ordered is awaited, not advised ------------------------------


def test_an_ordered_retest_is_said_to_be_awaited_not_recommended() -> None:
    ordered = EQUIVOCAL + ADVICE + "Repeat HER2 IHC on block A2 has been ordered; the result will follow.\n"
    result, said = explain_with_words(ordered)
    assert result.status == "equivocal"
    assert ORDERED in said and RECOMMENDS not in said
    assert "When will the result be ready" in said
    # the pending note says the same thing: not repeated under "Please note"
    assert "The report says a HER2 test is pending" not in said
    # near-miss: the advice alone is advice
    _, advised = explain_with_words(EQUIVOCAL + ADVICE)
    assert RECOMMENDS in advised and ORDERED not in advised


def test_a_question_about_retesting_with_the_retest_ordered_says_no_advice() -> None:
    # b9-f02-07's shape: the MDT's question reads as advice to the engine, the retest is ordered
    text = (
        "RE: Residual tumour HER2 -- query from MDT\n"
        "The MDT asked whether the residual tumour in the mastectomy should be\n"
        "re-tested for HER2. Pre-treatment core: HER2 IHC 3+, POSITIVE.\n"
        "Residual invasive carcinoma measures 4 mm. Repeat HER2 testing on the residual\n"
        "tumour has been ordered on block B3; result to follow in a supplementary report.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert RECOMMENDS not in said and "Will this be done" not in said
    assert "will come later" in said and "The report recommends testing HER2 again" not in said


def test_an_ordered_retest_in_spanish() -> None:
    text = (
        "Mama izquierda, biopsia con aguja gruesa: carcinoma ductal infiltrante, grado 2.\n"
        "HER2 (IHQ, 4B5): 2+ (equívoco).\n"
        "Se recomienda repetir el estudio de HER2 en la pieza quirúrgica.\n"
    )
    _, said = explain_with_words(text + "Se ha solicitado una nueva biopsia.\n", "es")
    assert "se han pedido más pruebas de HER2" in said and "recomienda más pruebas" not in said
    _, advised = explain_with_words(text, "es")
    assert "recomienda más pruebas de HER2" in advised


@pytest.mark.parametrize(
    "line",
    [
        "Repeat HER2 testing on the residual\ntumour has been ordered on block B3.",
        "HER2 FISH has been ordered on block A1 and will follow in an addendum.",
        "A new biopsy has been requested.",
        "ER/PR/HER2 sent to reference laboratory on block A3",
        "HER2: outside block sent for testing, result awaited.",
        "FISH: pendiente",
    ],
)
def test_awaited_phrases(line: str) -> None:
    assert her2_test_awaited(line)


@pytest.mark.parametrize(
    "line",
    [
        "Her2 immunohistochemistry was requested by the clinician.",  # the order's history
        "HER2 ISH: requested; insufficient tumour remaining on the block",  # asked for, not possible
        "HER-2 SISH to follow.",  # an initial report's promise, kept above the supplementary report
        "Repeat testing on a fresh biopsy or resection is recommended.",  # advice
        "HER2 FISH was not requested.",
        "HER2 FISH can be sent out if requested.",
        "ER status pending",
    ],
)
def test_awaited_near_misses(line: str) -> None:
    assert not her2_test_awaited(line)


# --- 2. a result still to come reads short and specific ------------------------------------------

HISTORY = "History: Left breast cancer 2019, HER2-positive (IHC 3+), lumpectomy.\n\n"
NEW_TUMOUR = "A. RIGHT breast, core biopsy: invasive ductal carcinoma, grade 2.\n"


def test_an_awaited_result_is_not_the_long_not_clear_sentence() -> None:
    text = (
        HISTORY
        + NEW_TUMOUR
        + (
            "   ER/PR/HER2 sent to reference laboratory on block A2; results will be\n   issued as a separate report.\n"
        )
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert said.startswith("HER2 result not in this report yet")
    assert "has been ordered, sent out or is pending" in said
    assert "may belong to an earlier or different cancer" not in said  # the long generic sentence
    assert "not clear from this report" not in said  # the report's status row agrees with the headline
    assert "when the HER2 result will be ready" in said


def test_a_result_set_aside_with_nothing_awaited_keeps_the_not_clear_sentence() -> None:
    # near-miss: a legend's "3+ = positive" is no result, and nothing is ordered
    said = by_hand(
        "Left breast, core biopsy: invasive ductal carcinoma.\nKey: 3+ = HER2 positive.\n",
        status="not_found",
        cancer_type="breast",
        warnings=[("result_unsupported", {"status": "positive", "why": "not_a_result"})],
    )
    assert "HER2 result not clear from this report" in said
    assert "ordered, sent out or is pending" not in said


# --- 3. a cancer named by its organ is named ----------------------------------------------------


def _cancer_line(text: str) -> str:
    return build_explanation(explain_text(text)).cancer_type


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "ENDOMETRIUM -- HYSTERECTOMY -- SEROUS CARCINOMA\nHER2 IHC: 3+ (strong, complete, 40% of cells).\n",
            "Endometrial",
        ),
        ("GALLBLADDER, CHOLECYSTECTOMY: ADENOCARCINOMA, pT2b.\nHER2 IHC (4B5): 1+.\n", "Biliary tract"),
        ("Cervix, biopsy -- adenocarcinoma, HPV-associated, usual type.\nHER2 IHC: 0.\n", "Cervical cancer"),
        ("Left parotid gland, parotidectomy: salivary duct carcinoma.\nHER2 IHC: 3+.\n", "Salivary gland"),
    ],
)
def test_a_cancer_named_by_its_organ_is_named(text: str, named: str) -> None:
    line = _cancer_line(text)
    assert named in line and "Another type of cancer" not in line


@pytest.mark.parametrize(
    "text",
    [
        "Endometrium, biopsy: metastatic carcinoma.\nHER2 IHC: 0.\n",  # a metastasis is not the organ's cancer
        "Cervical lymph node, FNA: squamous cell carcinoma.\nHER2 IHC: 0.\n",  # "cervical" is the neck
        "Gallbladder: chronic cholecystitis, no carcinoma. Liver mass: carcinoma.\nHER2 IHC: 1+.\n",
    ],
)
def test_organ_near_misses_name_no_cancer(text: str) -> None:
    assert cancer_site(text) is None


def test_the_spanish_cancer_line_names_the_cervix() -> None:
    text = "Cervix, biopsy -- adenocarcinoma, HPV-associated, usual type.\nHER2 IHC: 0.\n"
    assert "cuello uterino" in build_explanation(explain_text(text, lang="es"), "es").cancer_type


# --- a faxed report's words are read as a clean one's ---------------------------------------------

FAX = (
    "SPECIMEN: Urinary b1adder, TURBT\n"
    "DIAGN0SIS: INVASIVE HIGH GRADE UR0THELIAL CARCIN0MA, pT2.\n"
    "HER2 IHC (4B5): 1+ (faint inc0mplete staining in 30% of tum0r ce11s).\n"
)


def test_a_faxed_report_names_its_cancer() -> None:
    assert "Urothelial" in _cancer_line(FAX)
    # a clean text is read as it is (no copy made)
    clean = "HER2 IHC (4B5): 1+ in 30% of tumor cells.\n"
    assert readable_text(clean) is clean


def test_a_faxed_not_performed_for_too_little_tumor_is_not_pending() -> None:
    # b11-f09-04's shape: "requested by the clinician" is the order's history, not a pending test
    text = (
        "SPEC: St0mach, b0dy, end0sc0pic bx x3\n"
        "FINAL DX: Invasive adenocarcin0ma, p00rly differentiated, in 1 0f 3 fragments.\n"
        "C0MMENT: Her2 immun0histochemistry was requested by the\n"
        "c1inician. HER2 testing n0t perf0rmed - insufficient\n"
        "tum0r remaining 0n deeper 1eve1s.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert "did not have enough tumor" in said
    assert "pending" not in said


# --- 4. the dead post_treatment_only branch and its words are gone ---------------------------------


def test_post_treatment_only_is_gone() -> None:
    package = Path(__file__).resolve().parent.parent / "her2cli"
    for path in [package / "interpret" / "verify.py", *(package / "data" / "messages").glob("*.toml")]:
        assert "post_treatment_only" not in path.read_text(encoding="utf-8"), path.name


# --- review: a retest the report says is in progress is a result to come --------------------------


def test_a_post_treatment_retest_in_progress_is_pending_not_missing() -> None:
    # b11-f02-05's shape: the sample after treatment will be retested, the studies are in progress
    text = (
        "Clinical: 52F with L breast HER2+ (IHC 3+ on 6/2026 biopsy) IDC s/p neoadjuvant THP.\n"
        "Final diagnosis:\n  Left breast, lumpectomy after neoadjuvant therapy:\n"
        "   -- Residual invasive ductal carcinoma, 0.6 cm, with marked treatment effect.\n"
        "Ancillary testing:\n  ER, PR and HER2 will be repeated on the residual invasive carcinoma (block A3).\n"
        "  These studies are in progress and results will be issued in a supplemental report.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert said.startswith("HER2 result not in this report yet")
    assert "did not find a HER2 result" not in said and "whether the tumor was tested again" not in said
    assert "is not in this report yet" in said  # the post-treatment note says the retest is to come
    assert "will come later, in an added report" in said  # "results will be issued in a supplemental report"
    # near-miss: a plan, not a test under way
    assert not her2_test_awaited("HER2 will be repeated on the excision if invasive carcinoma is found.")


def test_a_tissue_copy_number_quoted_in_a_blood_report_is_the_tissue_one() -> None:
    # b10-f05-07's shape: the tissue line gives the copy number and decides; the plasma rows say "not detected"
    text = (
        "COMBINED TISSUE + PLASMA MOLECULAR SUMMARY\nDx: rectal adenocarcinoma, synchronous liver mets\n"
        "1) TISSUE (liver metastasis core; 50-gene NGS)\n"
        "   KRAS: wild-type\n   ERBB2: no amplification detected (copy number 2.1); no ERBB2 variant\n"
        "2) PLASMA (cfDNA)\n   KRAS not detected | NRAS not detected | ERBB2 not detected\n"
        "Conclusion: RAS wild-type, HER2 not amplified (tissue).\n"
    )
    result, said = explain_with_words(text)
    if not result.facts or not result.facts.tissue_ngs_decides:
        pytest.skip("the engine no longer reads this as a tissue result quoted in a blood report")
    assert "copy number in tumor tissue (NGS): 2.1" in said
    assert "in blood (plasma): 2.1" not in said and "Type of test: Blood test" not in said


def test_a_lower_score_the_lab_states_in_words_is_its_final_answer() -> None:
    # b10-f06-04's shape: a 3+ pattern in 5% of cells described, the lab's own line "1+ -> NEGATIVE"
    conflict = [("conflict", {"first": "1+", "second": "3+"})]
    stated = by_hand(
        "Gastrectomy: adenocarcinoma.\nHER2 IHC score: 1+   ->  HER2 NEGATIVE (gastric resection criteria)\n",
        status="negative",
        cancer_type="gastric",
        warnings=conflict,
        ihc=Ihc(score="1+"),
        evidence=[("HER2 IHC score: 1+   ->  HER2 NEGATIVE (gastric resection criteria)", "ihc", "score=1+")],
    )
    assert "states its final HER2 result" in stated and "not the higher one" not in stated
    # near-miss: the lower score with no call beside it
    bare = by_hand(
        "Gastrectomy: adenocarcinoma.\nHER2 IHC score: 1+\n",
        status="negative",
        cancer_type="gastric",
        warnings=conflict,
        ihc=Ihc(score="1+"),
        evidence=[("HER2 IHC score: 1+", "ihc", "score=1+")],
    )
    assert "not the higher one" in bare


def test_an_ish_that_failed_is_not_said_to_come_later() -> None:
    # b12-f10-09's shape: the initial report's "SISH to follow", then a supplementary report: failed
    start = (
        "Oesophagus, biopsies: adenocarcinoma arising in Barrett's oesophagus.\n"
        "HER-2 IHC (initial report): 2+ (moderate lateral membrane staining). EQUIVOCAL. HER-2 SISH to follow.\n"
    )
    failed = start + (
        "SUPPLEMENTARY REPORT\nHER-2 SISH on block 1: hybridisation failed. ISH result: NOT INTERPRETABLE.\n"
        "HER-2 STATUS: remains EQUIVOCAL (IHC 2+, ISH uninformative).\n"
    )
    result, said = explain_with_words(failed)
    assert result.status == "equivocal"
    assert "was tried but gave no result that could be read" in said
    assert "will come later" not in said and "result be ready" not in said
    # near-miss: the initial report alone, the SISH still to come
    _, waiting = explain_with_words(start)
    assert "was tried but" not in waiting and "result be ready" in waiting


def test_a_blood_note_names_the_blood_copy_number_not_the_tissue_one() -> None:
    # b9-f05-10's shape: tissue "copy number 4 -- not amplified", later plasma "CN 3.1 DETECTED"; the
    # record kept the tissue number
    text = (
        "PART A. TISSUE (lung metastasis wedge): ERBB2 copy number 4 -- not amplified\n"
        "PART B. PLASMA: ERBB2 amplification   plasma CN 3.1   DETECTED (acquired)\n"
    )
    lines = [
        (
            "ERBB2 copy number 4 -- not amplified",
            "ngs",
            "amplification=not_amplified, copy_number=4.0, tissue=True",
        ),
        (
            "ERBB2 amplification   plasma CN 3.1   DETECTED (acquired)",
            "ngs",
            "amplification=amplified, copy_number=3.1",
        ),
    ]
    said = by_hand(
        text,
        status="positive",
        cancer_type="colorectal",
        warnings=[("plasma_cn_not_tissue", {"copy_number": "4"})],
        ngs=Ngs(amplification="amplified", copy_number=4.0, mutations=[], ctdna=True),
        evidence=lines,
    )
    assert "plasma copy number of 3.1" in said and "plasma copy number of 4" not in said
    assert "copy number in tumor tissue (NGS): 4" in said
    # near-miss: the record's number is the blood line's own
    blood_only = by_hand(
        "PLASMA: ERBB2 amplification   plasma CN 3.1   DETECTED\n",
        status="positive",
        cancer_type="colorectal",
        warnings=[("plasma_cn_not_tissue", {"copy_number": "3.1"})],
        ngs=Ngs(amplification="amplified", copy_number=3.1, mutations=[], ctdna=True),
        evidence=lines[1:],
    )
    assert "plasma copy number of 3.1" in blood_only and "in blood (plasma): 3.1" in blood_only


def test_an_order_s_history_is_not_a_pending_test() -> None:
    # variants10 v10-D-07's shape: who asked for HER2, then it could not be done
    text = (
        "Endometrial biopsy\nDiagnosis: Serous carcinoma of the endometrium (p53 aberrant).\n"
        "HER2 immunohistochemistry was requested by Dr. Alvarez for possible trastuzumab\n"
        "therapy. The biopsy block has been exhausted after diagnostic stains; HER2 testing\n"
        "could NOT be performed. Recommend HER2 testing on the hysterectomy specimen.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert "pending" not in said and "not in this report yet" not in said
    assert "Endometrial" in build_explanation(result).cancer_type
    # near-miss: the request is still to be answered
    _, waiting = explain_with_words(text.split("therapy.")[0] + "therapy. HER2 IHC is pending.\n")
    assert "pending" in waiting


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis: Serous carcinoma of the endometrium (p53 aberrant).\n",
        "Acc WLS-25-0614      Endometrium, hysterectomy\nSerous carcinoma, FIGO stage IA.\n",
    ],
)
def test_more_ways_to_name_an_endometrial_cancer(text: str) -> None:
    assert cancer_site(text) == "endometrial"
    assert cancer_site(text.replace("Serous carcinoma", "Metastatic carcinoma")) is None


def test_an_order_then_testing_in_progress_is_pending() -> None:
    # b12-f02-07's shape: the order's history, then "Testing is in progress" in the next sentence
    text = (
        "Left breast, lumpectomy, status post neoadjuvant systemic therapy (TCHP):\n"
        "  Residual invasive carcinoma, ductal type, 1.4 cm.\n"
        "Pre-treatment: core biopsy (06/2026) - ER 5% weak, PR 0%, HER2 IHC 3+ (POSITIVE).\n"
        "Post-treatment: HER2 retesting on the residual tumor was requested by Dr. Oyelowo (tumor board\n"
        "10/29). Testing is in progress on block A4 and will be reported in an addendum.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert said.startswith("HER2 result not in this report yet")
