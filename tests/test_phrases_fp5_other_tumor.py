"""Which tumour the report is about (devset5 b5-f07-06, b5-f07-07, b5-f04-09), as phrase families
with near-misses.

- b5-f07-06 (a lung biopsy) and b5-f07-07 (a liver biopsy of a pancreaticobiliary cancer) were
  scored as breast reports: the breast was named in the clinical question ("?Metastatic breast
  cancer vs new primary", "Rule out metastatic breast cancer") and where the report rules it out
  ("profile does not support metastatic breast carcinoma", "Not consistent with recurrence of
  the patient's breast carcinoma"). As a breast report, the history line with the earlier breast
  cancer's HER2 3+ (or FISH ratio 4.5) was this tumour's result: positive, the worst direction.
  A cancer named only to be ruled out adds nothing to its site; one named in the question weighs
  as little as a history clause.
- b5-f04-09 (a urothelial carcinoma panel) said "lung" because its therapy table names NSCLC as
  another tumour's approval; the report's tumour-type line names its cancer.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LUNG = (
    "CT-GUIDED LUNG BIOPSY - SURGICAL PATHOLOGY\n"
    "CLINICAL HISTORY: History of right breast cancer 2015 (invasive ductal carcinoma, ER+/PR+,\n"
    "HER2-positive by IHC 3+, treated with lumpectomy and trastuzumab). New RUL nodule.\n"
    "{question}\n\n"
    "DIAGNOSIS: Right upper lobe, core biopsy:\n"
    "  ADENOCARCINOMA, consistent with PRIMARY LUNG ADENOCARCINOMA.\n"
    "  TTF-1 positive, GATA3 negative, mammaglobin negative; {ruled_out}\n"
    "HER2 IHC was not performed on this specimen.\n"
)

RULED_OUT = [
    (
        "question-mark-and-does-not-support",
        "?Metastatic breast cancer vs new primary.",
        "profile does not support metastatic breast carcinoma.",
    ),
    (
        "rule-out-and-not-consistent",
        "Rule out metastatic breast cancer.",
        "Not\nconsistent with recurrence of the patient's breast carcinoma.",
    ),
    ("r-o-and-argues-against", "R/O breast primary.", "the profile argues against a breast primary."),
    (
        "trailing-question-mark",
        "Is this metastatic breast cancer?",
        "does not support metastatic breast carcinoma.",
    ),
    (
        "versus-and-negative-for",
        "Lung primary vs. metastatic breast carcinoma?",
        "negative for breast carcinoma markers.",
    ),
]


@pytest.mark.parametrize(("name", "question", "ruled_out"), RULED_OUT, ids=[c[0] for c in RULED_OUT])
def test_a_cancer_named_only_in_the_question_or_ruled_out_is_not_the_reports(
    name: str, question: str, ruled_out: str
) -> None:
    result = explain_text(LUNG.format(question=question, ruled_out=ruled_out))
    assert result.cancer_type == "lung", name
    assert result.status == "not_found", name
    assert result.ihc is None, name


def test_a_breast_metastasis_in_the_lung_is_still_breast() -> None:
    text = (
        "LUNG, RIGHT LOWER LOBE, CORE BIOPSY\n"
        "CLINICAL HISTORY: Known breast cancer. Rule out metastasis.\n\n"
        "DIAGNOSIS: Metastatic carcinoma, consistent with breast primary (GATA3 positive, TTF-1 negative).\n"
        "Metastatic breast carcinoma. HER2 IHC (4B5): 3+ (positive).\n"
    )
    result = explain_text(text)
    assert result.cancer_type == "breast"
    assert result.status == "positive"


def test_a_breast_core_with_a_no_special_type_is_still_breast() -> None:
    text = (
        "BREAST, LEFT, CORE BIOPSY\n"
        "DIAGNOSIS: Invasive carcinoma, no special type, of the left breast, grade 2.\n"
        "HER2 IHC (4B5): 1+ (negative).\n"
    )
    result = explain_text(text)
    assert result.cancer_type == "breast"
    assert result.status == "negative"


LIVER = (
    "LIVER BIOPSY - Surgical Pathology Final Report\n"
    "History: Remote left breast carcinoma (2012), HER2 3+, FISH amplified (ratio 4.5).\n"
    "Now multiple liver lesions and a pancreatic tail mass. Rule out metastatic breast cancer.\n\n"
    "Diagnosis: Liver, core needle biopsy:\n"
    "  METASTATIC ADENOCARCINOMA, most consistent with pancreaticobiliary primary. Not\n"
    "  consistent with recurrence of the patient's breast carcinoma.\n\n"
    "Additional studies on this tumor (block A1):\n"
    "  HER2 IHC (4B5): {score}\n"
)


@pytest.mark.parametrize(
    ("score", "status"), [("0 (no staining)", "negative"), ("3+ (positive)", "positive")]
)
def test_another_cancers_history_result_is_not_this_tumours(score: str, status: str) -> None:
    result = explain_text(LIVER.format(score=score))
    assert result.cancer_type == "other"
    assert result.status == status
    assert result.ish is None


PANEL = (
    "COMPREHENSIVE GENOMIC PROFILING - FINAL REPORT (tissue next-generation sequencing)\n"
    "Tumour type ......... {tumour}\n"
    "Copy number\n"
    "   ERBB2    no amplification detected (copy number 2.3)\n\n"
    "THERAPY TABLE\n"
    "ERBB2 S310Y   trastuzumab deruxtecan (NSCLC, HER2-mutant), other tumour type\n"
)


@pytest.mark.parametrize(
    ("tumour", "cancer_type"),
    [
        ("Urothelial carcinoma of bladder, metastatic (retroperitoneal nodes, lung)", "other"),
        ("Non-small cell lung carcinoma, adenocarcinoma", "lung"),
    ],
)
def test_a_therapy_tables_other_tumour_does_not_name_the_reports_cancer(
    tumour: str, cancer_type: str
) -> None:
    result = explain_text(PANEL.format(tumour=tumour))
    assert result.cancer_type == cancer_type
    assert result.status == "negative"
