"""A reference / cut-off cell is never the result (post8's report on session 8): a row
"HER2/CEP17 ratio   2.2   <2.0 not amplified" holds the measured value and the lab's reference
range; the range's words ("not amplified", "amplified", in a column, brackets or after "Normal
range:") describe a category, and the lab's own interpretation line decides. Before, the
reference cell's "not" reached over the line break and negated the interpretation's
"AMPLIFIED" (a positive report read as negative). The near-misses keep a plain negative
statement, a negative interpretation under the same reference cells, and a negation that is
the call's own.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n\n"

REFERENCE_CELLS = {
    "column-table": (
        "HER2 FISH (PathVysion)\n"
        "Test                 Result   Reference\n"
        "HER2/CEP17 ratio     2.2      <2.0 not amplified\n"
        "Average HER2 copy number per cell   4.6   <4.0 not amplified\n\n"
        "FISH interpretation: AMPLIFIED\n",
        "positive",
    ),
    "bracketed-reference": (
        "HER2 dual-probe ISH\n"
        "Ratio HER2:CEP17: 2.5 (reference: <2.0 = not amplified)\n"
        "HER2 copies per nucleus: 5.1 (reference <4.0 not amplified)\n"
        "Interpretation: HER2 gene AMPLIFIED (ASCO/CAP group 1)\n",
        "positive",
    ),
    "normal-range-label": (
        "HER2 FISH\n"
        "HER2/CEP17 ratio: 2.8   Normal range: <2.0 (not amplified)\n"
        "Mean HER2 copy number: 5.6   Normal range: <4.0 (not amplified)\n"
        "Final interpretation: AMPLIFIED\n",
        "positive",
    ),
    "spanish": (
        "HER2 por FISH\n"
        "Cociente HER2/CEP17   2,4   <2,0 no amplificado\n"
        "Número medio de copias de HER2   5,2   <4,0 no amplificado\n"
        "Interpretación: AMPLIFICADO\n",
        "positive",
    ),
    "pipe-table": (
        "HER2 SISH\n"
        "HER2/CEP17 ratio | 3.1 | < 2.0 not amplified\n"
        "HER2 signals per cell | 7.0 | < 4.0 not amplified\n"
        "SISH result: Amplified\n",
        "positive",
    ),
    # no interpretation line: the measured values speak (ASCO/CAP group 1), not the reference cells
    "values-only-reference-cells": (
        "HER2 FISH\n"
        "Test   Result   Reference\n"
        "HER2/CEP17 ratio     2.2      <2.0 not amplified\n"
        "Average HER2 copy number per cell   4.6   <4.0 not amplified\n",
        "positive",
    ),
    "values-only-normal-range": (
        "HER2 FISH\n"
        "HER2/CEP17 ratio: 2.8   Normal range: <2.0 (not amplified)\n"
        "Mean HER2 copy number: 6.6   Normal range: <4.0 (not amplified)\n",
        "positive",
    ),
    "values-only-reference-says-amplified": (
        "HER2 FISH\n"
        "HER2/CEP17 ratio     1.3      >=2.0 amplified\n"
        "Average HER2 copy number per cell   2.0   >=6.0 amplified\n",
        "negative",
    ),
    # near-misses: the answer must not change
    "reference-says-amplified-result-negative": (
        "HER2 FISH\n"
        "HER2/CEP17 ratio     1.3      >=2.0 amplified\n"
        "Mean HER2 signals/cell   2.1   >=6.0 amplified\n\n"
        "Interpretation: NOT AMPLIFIED\n",
        "negative",
    ),
    "negative-under-reference-cells": (
        "HER2 FISH\n"
        "HER2/CEP17 ratio     1.2      <2.0 not amplified\n"
        "Average HER2 copy number per cell   2.3   <4.0 not amplified\n\n"
        "FISH interpretation: NOT AMPLIFIED\n",
        "negative",
    ),
    "plain-negative-statement": (
        "HER2 FISH\nHER2/CEP17 ratio 1.4, average HER2 copy number 2.2 per cell.\nHER2 not amplified.\n",
        "negative",
    ),
    "no-amplification-detected": (
        "HER2 FISH: HER2/CEP17 ratio 1.1; mean HER2 copy number 1.9 signals per cell.\n"
        "No HER2 gene amplification detected.\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(REFERENCE_CELLS))
def test_reference_cell_is_not_the_result(case: str) -> None:
    text, status = REFERENCE_CELLS[case]
    result = explain_text(BREAST + text)
    assert result.status == status
    assert result.ish is not None
    assert result.ish.result == ("amplified" if status == "positive" else "not_amplified")


# --- a report that states no treatment before its sample is not a post-treatment report -------
# "residual carcinoma at biopsy site ... (No neoadjuvant therapy was given.)" is what the core
# biopsy left: the core's restated result is this untreated tumour's, with no before-treatment
# warning (devset8 b8-f01-06; facts.md "Same tumor, earlier specimen").

EXCISION = "Right breast, partial mastectomy: residual invasive ductal carcinoma, 1.4 cm, at biopsy site.\n"
RESTATED = (
    "HER2 was performed on the previous core biopsy (S26-111) and is not repeated: HER2 positive, IHC 3+.\n"
)

UNTREATED = {
    "bracketed-statement": (EXCISION + "(No neoadjuvant therapy was given.)\n" + RESTATED, False),
    "history-field": ("CLINICAL HISTORY: Neoadjuvant therapy: none.\n" + EXCISION + RESTATED, False),
    "prior-systemic": (EXCISION + "No prior systemic therapy was administered.\n" + RESTATED, False),
    "treatment-naive": ("Clinical: treatment-naive patient.\n" + EXCISION + RESTATED, False),
    # near-misses: a sample after treatment keeps its warning
    "after-neoadjuvant": (
        "Right breast, mastectomy after neoadjuvant chemotherapy: residual invasive ductal carcinoma.\n"
        + RESTATED,
        True,
    ),
    "untreated-word-but-treated": (
        EXCISION + "No neoadjuvant therapy was given; the patient received trastuzumab for a prior cancer.\n"
        "Status post neoadjuvant TCHP.\n" + RESTATED,
        True,
    ),
}


@pytest.mark.parametrize("case", sorted(UNTREATED))
def test_stated_untreated_sample_is_not_post_treatment(case: str) -> None:
    text, warned = UNTREATED[case]
    result = explain_text(text)
    # after treatment, the core's result quoted across it is no result for the sample after it:
    # not found (session 9's convention, facts.md §11; these near-misses were positive before)
    assert result.status == ("not_found" if warned else "positive")
    assert any(code.startswith("post_treatment") for code in result.warning_codes) is warned


# --- a labelled "none" over the genes a copy-number test covered ---------------------------------
# "CNV: None (ERBB2, MET, FGFR2 and CCND1 assessed)" is the sentence form "No copy number
# alterations were detected in ..." written as a label: the label is its own copy-number heading,
# and ERBB2 on its list is not amplified (not "the sequencing gave no HER2 copy result").

NGS_HEAD = "MOLECULAR REPORT\nAssay: 300-gene DNA panel (CNV, SNV)\nDiagnosis: gastric adenocarcinoma\n"

LABELLED_NONE = {
    "cnv-none": ("CNV: None (ERBB2, MET, FGFR2 and CCND1 assessed).\n", "negative"),
    "amplifications-none-detected": (
        "Amplifications: none detected (ERBB2, MET, CCND1 assessed).\n",
        "negative",
    ),
    "copy-number-alterations-none": (
        "Copy number alterations: none detected (genes assessed include ERBB2, MET, FGFR2).\nKRAS: wild type.\n",
        "negative",
    ),
    # near-misses: an amplification the label names, or one after a none about another gene
    "label-names-amplification": (
        "Copy number alterations: ERBB2 amplification (copy number 12).\n",
        "positive",
    ),
    "none-in-another-gene": (
        "Amplifications: none detected in MET; ERBB2: amplified (copy number 9).\n",
        "positive",
    ),
}


@pytest.mark.parametrize("case", sorted(LABELLED_NONE))
def test_labelled_none_over_gene_list(case: str) -> None:
    text, status = LABELLED_NONE[case]
    assert explain_text(NGS_HEAD + text).status == status
