"""Each row of a report with a tissue panel and a plasma panel has its own source (left9, item 5).

A summary row whose own source cell says "Tissue" ("ERBB2   Amplification (CN 18)   Tissue" under
"Gene  Alteration  Source") was read as a blood result because the report also has a plasma
panel: a tissue amplification came with "found in a blood (ctDNA) test only" and "plasma copy
numbers cannot be compared with tissue cut-offs", and a tissue "not amplified" was no negative
(facts.md §7: a blood "not detected" is not a negative; a tissue one is). The near-misses keep a
row whose cell says Blood or Plasma a blood result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TWO_PANELS = (
    "GENOMIC PROFILING SUMMARY\nColorectal adenocarcinoma.\n"
    "Tissue panel (FFPE block A1): 324 genes.\nPlasma panel (cfDNA): 74 genes.\n\n"
)

BLOOD_ONLY = "found in a blood"

TISSUE_ROWS = {
    "spaced-columns-amplified": (
        "Summary of findings\nGene    Alteration        Source\n"
        "ERBB2   Amplification (CN 18)   Tissue\nKRAS    G12D              Blood\n",
        "positive",
    ),
    "pipe-table-ffpe": (
        "| Gene | Result | Sample |\n| ERBB2 | amplified, copy number 16 | FFPE |\n| KRAS | wild-type | Plasma |\n",
        "positive",
    ),
    "wide-columns-tumour-tissue": (
        "Gene      Finding                  Source\nERBB2     amplification, CN 12     Tumour tissue (A1)\n",
        "positive",
    ),
    "tissue-not-amplified": (
        "Summary of findings\nGene    Alteration        Source\nERBB2   Not amplified (CN 2)   Tissue\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(TISSUE_ROWS))
def test_a_row_whose_source_cell_says_tissue_is_a_tissue_result(case: str) -> None:
    text, status = TISSUE_ROWS[case]
    result = explain_text(TWO_PANELS + text)
    assert result.status == status
    assert not any(BLOOD_ONLY in str(w) for w in result.warnings)


BLOOD_ROWS = {
    "blood-not-amplified": "Summary of findings\nGene    Alteration        Source\nKRAS    G12D              Tissue\nERBB2   Not amplified (CN 2)   Blood\n",
    "plasma-pipe-row": "| Gene | Result | Sample |\n| ERBB2 | not amplified | Plasma |\n| KRAS | G12D | FFPE |\n",
}


@pytest.mark.parametrize("case", sorted(BLOOD_ROWS))
def test_a_blood_rows_not_amplified_stays_no_negative(case: str) -> None:
    assert explain_text(TWO_PANELS + BLOOD_ROWS[case]).status == "not_found"


def test_a_blood_rows_amplification_keeps_its_blood_warning() -> None:
    text = (
        TWO_PANELS
        + "Summary of findings\nGene    Alteration        Source\nERBB2   Amplification (CN 2.6)   Plasma\n"
    )
    result = explain_text(text)
    assert result.status == "positive"
    assert any(BLOOD_ONLY in str(w) for w in result.warnings)
