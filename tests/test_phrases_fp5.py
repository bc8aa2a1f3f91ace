"""Wrong-way status calls of the fifth development set (tests/devset5) as phrase families with
near-misses: the structural fact the engine ignored, not the one report's wording.

- b5-f05-02, b5-f05-06: "ERBB2 mutations ...... not detected" was read as "HER2: negative". A
  mutation (variant, fusion) row's "not detected" is that test's result, never a HER2 status
  (issue 11 family 7); in a plasma report it left a negative where the report gives no HER2
  result at all.
- b5-f12-05: "Concurrent IHC 2+ (not 3+) -> FINAL RESULT: HER2 NEGATIVE": the "3+" the report
  rules out, right before the name, was read as the score: positive for a negative report.
- b5-f02-08: "Note: differs from the 2019 primary (HER2 3+)" in a report of 2026 on a recurrence
  scored 2+, not amplified: the earlier sample's 3+ outranked the current result. A sample named
  by an earlier year, or the one the current result is contrasted with, is an earlier result;
  a sample named by the report's own year is not.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = (
    "PLASMA cfDNA GENOTYPING REPORT\n"
    "Diagnosis: metastatic breast carcinoma. Sample: plasma (Streck tube), drawn 11/04/2026.\n\n"
)
TISSUE = (
    "TISSUE NGS PANEL (next-generation sequencing, FFPE block A2)\n"
    "Diagnosis: metastatic breast carcinoma.\n\n"
)

MUTATION_ROWS = [
    ("plasma-dotted-row", PLASMA, " ERBB2 mutations ............ not detected\n"),
    ("plasma-colon-row", PLASMA, "ERBB2 (HER2) mutation: NOT DETECTED\n"),
    ("tissue-sequence-variants", TISSUE, "ERBB2 sequence variants: none detected\n"),
    ("tissue-snv-indel", TISSUE, "ERBB2   SNV/indel   negative\n"),
    ("tissue-fusion", TISSUE, "ERBB2 fusion: not detected\n"),
    ("es-mutaciones", TISSUE, "ERBB2 mutaciones: no detectadas\n"),
]


@pytest.mark.parametrize(("name", "head", "line"), MUTATION_ROWS, ids=[c[0] for c in MUTATION_ROWS])
def test_a_mutation_row_not_detected_is_no_her2_status(name: str, head: str, line: str) -> None:
    assert explain_text(head + line).status == "not_found", name


STILL_STATUS = [
    (
        "tissue-amplification-not-detected",
        TISSUE,
        "ERBB2 amplification: not detected (copy number 2.1)\n",
        "negative",
    ),
    ("status-negative", TISSUE, "HER2 status: negative\n", "negative"),
    ("ihc-negative-by-word", TISSUE, "HER2 (IHC): negative\n", "negative"),
    (
        "plasma-amplification-detected-beside-mutations",
        PLASMA,
        " ERBB2 amplification ........ DETECTED (copy number 9.8)\n ERBB2 mutations ............ not detected\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "head", "line", "status"), STILL_STATUS, ids=[c[0] for c in STILL_STATUS])
def test_a_status_or_amplification_row_is_still_read(name: str, head: str, line: str, status: str) -> None:
    assert explain_text(head + line).status == status, name


FISH = (
    "HER2 FISH REPORT\nLeft breast excision, invasive ductal carcinoma.\n"
    "Mean HER2 signals/nucleus: 5.2\nMean CEP17 signals/nucleus: 3.5\nHER2/CEP17 ratio: 1.5\n"
    "ASCO/CAP 2018 Group 4.\n"
)

RULED_OUT_SCORES = [
    ("not-in-brackets", "Concurrent IHC 2+ (not 3+) -> FINAL RESULT: HER2 NEGATIVE (not amplified).\n"),
    ("not-a", "Concurrent IHC 2+ (not a 3+) -> final result: HER2 NEGATIVE.\n"),
    (
        "no-staining-of-that-grade",
        "IHC on the same block: 2+, no 3+ staining seen; HER2 NEGATIVE (not amplified).\n",
    ),
    ("es-no", "IHC concurrente 2+ (no 3+): RESULTADO FINAL HER2 NEGATIVO (no amplificado).\n"),
]


@pytest.mark.parametrize(("name", "line"), RULED_OUT_SCORES, ids=[c[0] for c in RULED_OUT_SCORES])
def test_a_score_the_report_rules_out_is_not_its_score(name: str, line: str) -> None:
    result = explain_text(FISH + line)
    assert result.status == "negative", name
    assert result.ihc is not None and result.ihc.score == "2+", name


@pytest.mark.parametrize(
    ("name", "line", "status"),
    [
        ("a-given-3plus", "Concurrent IHC 3+ (not 2+) on the same block.\n", "positive"),
        ("not-amplified-then-score", "HER2 not amplified; concurrent IHC 2+.\n", "negative"),
    ],
)
def test_near_misses_of_a_ruled_out_score(name: str, line: str, status: str) -> None:
    assert explain_text(FISH + line).status == status, name


RECURRENCE = (
    "SURGICAL PATHOLOGY - RECURRENCE            Reported 2026-11-15\n"
    "Diagnosis: left chest wall, excision: recurrent invasive ductal carcinoma of the breast.\n"
    "Biomarkers on recurrent tumor (block A2):\n"
    "- HER2 IHC 4B5: 2+ (equivocal)\n"
    "- HER2 FISH: HER2/CEP17 ratio 1.7, average HER2 copy number 4.6 per nucleus. FINAL ISH RESULT: NOT AMPLIFIED.\n\n"
)

EARLIER_SAMPLES = [
    ("differs-from-dated-primary", "Note: differs from the 2019 primary (HER2 3+).\n"),
    ("dated-primary", "The 2019 primary tumour was HER2 3+.\n"),
    ("unlike-dated-core", "Unlike her 2021 core biopsy (HER2 3+), the recurrence is not amplified.\n"),
    ("in-contrast-to", "This is in contrast to the mastectomy specimen, HER2 3+.\n"),
    ("es-biopsia-de-year", "La biopsia de 2019 fue HER2 3+ (positivo).\n"),
    (
        "es-a-diferencia",
        "A diferencia del tumor primario de 2019 (HER2 3+), la recidiva no está amplificada.\n",
    ),
]


@pytest.mark.parametrize(("name", "line"), EARLIER_SAMPLES, ids=[c[0] for c in EARLIER_SAMPLES])
def test_an_earlier_sample_named_by_year_or_contrast_does_not_outrank_the_current(
    name: str, line: str
) -> None:
    result = explain_text(RECURRENCE + line)
    assert result.status == "negative", name
    assert result.ihc is not None and result.ihc.score == "2+", name


def test_a_sample_named_by_the_reports_own_year_is_current() -> None:
    text = (
        "SURGICAL PATHOLOGY   Date: 03/02/2026\nLeft breast, excision: invasive ductal carcinoma.\n"
        "HER2 on the 2026 excision: 3+ (positive). Core biopsy: HER2 1+.\n"
    )
    assert explain_text(text).status == "positive"


def test_an_earlier_year_alone_with_no_current_value_still_counts() -> None:
    text = (
        "SURGICAL PATHOLOGY   Date: 03/02/2026\nLeft breast, excision: invasive ductal carcinoma.\n"
        "HER2 was not repeated; the 2024 core biopsy was HER2 3+ (positive).\n"
    )
    assert explain_text(text).status == "positive"
