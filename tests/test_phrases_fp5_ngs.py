"""Sequencing rows that give no amplification, and blood reports' caveats (devset5 b5-f04-09,
b5-f05-04), as phrase families with near-misses.

- b5-f04-09: "ERBB2 amplification not applicable (not detected)" in a therapy table was read as a
  row naming an amplification: positive for a report whose copy number is 2.3. A row whose value
  is "not applicable" or "N/A" gives no value; a bracketed "(not detected)" is a negation.
- b5-f05-04: "ERBB2 amplification not detected; low-level or subclonal amplification cannot be
  excluded in blood" was equivocal: "low-level" in the next clause made the first an equivocal
  amplification. And "MSI-High detected in plasma: consistent with an MSI-H/dMMR tumour" gave MMR
  deficient: MMR is a tissue stain, and a blood report's MMR words count only when they quote a
  tissue result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TISSUE = (
    "TISSUE GENOMIC PROFILE (next-generation sequencing, 523-gene panel)\n"
    "Diagnosis: urothelial carcinoma of the bladder, metastatic. Specimen: TURBT block 2B, FFPE.\n\n"
)

NO_VALUE_ROWS = [
    ("not-applicable", "ERBB2 amplification ..... not applicable\n"),
    ("n-a", "ERBB2 amplification: N/A\n"),
    ("es-no-aplica", "Amplificación de ERBB2: no aplica\n"),
]


@pytest.mark.parametrize(("name", "row"), NO_VALUE_ROWS, ids=[c[0] for c in NO_VALUE_ROWS])
def test_an_amplification_row_not_applicable_gives_no_value(name: str, row: str) -> None:
    result = explain_text(TISSUE + row)
    assert result.status == "not_found", name


NEGATED_ROWS = [
    ("not-applicable-not-detected", "ERBB2 amplification   not applicable (not detected)\n"),
    ("bracketed-not-detected", "ERBB2 amplification   [not detected]\n"),
    ("paren-not-detected", "ERBB2 amplification (not detected)\n"),
]


@pytest.mark.parametrize(("name", "row"), NEGATED_ROWS, ids=[c[0] for c in NEGATED_ROWS])
def test_a_bracketed_not_detected_is_a_negation(name: str, row: str) -> None:
    result = explain_text(TISSUE + row)
    assert result.status == "negative", name
    assert result.ngs is not None and result.ngs.amplification == "not_amplified", name


@pytest.mark.parametrize(
    "row", ["ERBB2 amplification (copy number 14)\n", "ERBB2 amplification: detected (n/a for IHC)\n"]
)
def test_a_detected_amplification_stays_positive(row: str) -> None:
    assert explain_text(TISSUE + row).status == "positive"


PLASMA = (
    "plasma ctDNA panel // final\nsample: plasma, 2 x Streck, drawn 29.10.2026\n"
    "indication: metastatic colorectal adenocarcinoma\n\n"
)

CAVEATS = [
    (
        "low-level-next-clause",
        "ERBB2 amplification not detected; low-level or subclonal amplification cannot be excluded in blood.\n",
    ),
    (
        "borderline-next-sentence",
        "ERBB2 amplification was not detected. A borderline or low-level amplification may be missed.\n",
    ),
]


@pytest.mark.parametrize(("name", "line"), CAVEATS, ids=[c[0] for c in CAVEATS])
def test_a_caveat_after_a_not_detected_is_not_an_equivocal_amplification(name: str, line: str) -> None:
    result = explain_text(PLASMA + line)
    assert result.status == "not_found", name
    assert result.ngs is not None and result.ngs.amplification is None, name


def test_an_equivocal_amplification_in_its_own_clause_stays_equivocal() -> None:
    text = TISSUE + "ERBB2 amplification: equivocal, low-level (copy number 5.1)\n"
    assert explain_text(text).status == "equivocal"


@pytest.mark.parametrize(
    "line",
    [
        "MSI-High detected in plasma: consistent with an MSI-H/dMMR tumour; confirm with tissue MMR IHC.\n",
        "MSI-H in cfDNA, suggestive of a mismatch repair deficient tumour.\n",
    ],
)
def test_a_blood_reports_mmr_words_are_no_mmr_result(line: str) -> None:
    result = explain_text(PLASMA + line)
    assert result.related["mmr"] is None


def test_a_tissue_mmr_result_quoted_in_a_blood_report_counts() -> None:
    text = PLASMA + "MMR IHC on the tumour biopsy (outside pathology): MLH1 and PMS2 lost.\n"
    assert explain_text(text).related["mmr"] == "deficient"


def test_a_tissue_reports_mmr_is_read() -> None:
    text = (
        TISSUE.replace("urothelial carcinoma of the bladder", "colon adenocarcinoma")
        + "MMR: deficient (loss of MLH1/PMS2)\n"
    )
    assert explain_text(text).related["mmr"] == "deficient"
