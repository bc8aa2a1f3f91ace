"""Session-8 leftovers, wrong-way first (left9).

1. An amplification negation whose exception is HER2 ("No amplifications other than ERBB2") says
   ERBB2 IS the amplified gene: it was read as ERBB2 not amplified (a wrong-way negative). The
   colon and comma forms were fixed in session 8 (tests/test_phrases_lead8.py); the sentence forms
   ("No amplification other than in ERBB2", "No copy-number gains except ERBB2", "Sin
   amplificaciones salvo ERBB2") were still negated by the "no" in front of the amplification
   word. The exception gives no value from that word (never a positive by itself); the
   near-misses whose exception is another gene keep their negative.
2. A tissue copy-number test that says it found no amplification over the genes it covered
   ("Copy number alterations: none detected (genes assessed include ERBB2)") is ERBB2 not
   amplified (facts.md §7-8: a tissue "not detected" is a result; a gene list alone is not).
   It was read only when three other panel genes sat next to ERBB2 on the list. A bare list of
   the genes assessed, a test not done and a blood test's "none detected" stay no negative.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TISSUE_HEADS = {
    "lung": "Lung adenocarcinoma, tissue NGS panel (DNA, 500 genes).\n",
    "crc": "COMPREHENSIVE GENOMIC PROFILING (tumour tissue, FFPE block A2)\nDiagnosis: colorectal adenocarcinoma\n\n",
    "gastric": "MOLECULAR REPORT\nAssay: 300-gene DNA panel (CNV, SNV)\nDiagnosis: gastric adenocarcinoma\n",
}

# --- 1. HER2 as the exception of a negated amplification -----------------------------------------

EXCEPTION_SENTENCES = {
    "other-than": "No amplifications other than ERBB2 (copy number 14).\n",
    "other-than-in": "No amplification other than in ERBB2 (copy number 12).\n",
    "gains-except": "No copy-number gains except ERBB2 (CN 10).\n",
    "except-for-her2": "No gene amplification except for HER2 (ERBB2), estimated 9 copies.\n",
    "detected-except": "No amplifications were detected other than ERBB2 (copy number 9).\n",
    "wrapped-line": "Summary: no amplifications other\nthan ERBB2 were found.\n",
    "spaced-ocr": "No  amplifications  other  than  ERBB2  (copy  number  11).\n",
    "spanish-salvo": "Sin amplificaciones salvo ERBB2 (numero de copias 12).\n",
    "spanish-excepto": "No se detectaron amplificaciones, excepto en ERBB2.\n",
}


@pytest.mark.parametrize("head", sorted(TISSUE_HEADS))
@pytest.mark.parametrize("case", sorted(EXCEPTION_SENTENCES))
def test_her2_as_the_exception_is_never_not_amplified(case: str, head: str) -> None:
    result = explain_text(TISSUE_HEADS[head] + EXCEPTION_SENTENCES[case])
    assert result.status != "negative"
    assert not (result.ngs and result.ngs.amplification == "not_amplified")
    assert not (result.ish and result.ish.amplification == "not_amplified")


# "no other amplifications; ERBB2 amplified": the other sentence says which one, and it stands
EXCEPTION_THEN_CALL = {
    "no-other-then-amplified": "No other amplifications; ERBB2 amplified (copy number 12).\n",
    "none-other-then-row": "No amplifications other than the one below.\nERBB2 amplification, copy number 15.\n",
}


@pytest.mark.parametrize("case", sorted(EXCEPTION_THEN_CALL))
def test_the_amplification_the_exception_names_stands(case: str) -> None:
    assert explain_text(TISSUE_HEADS["lung"] + EXCEPTION_THEN_CALL[case]).status == "positive"


# near-misses: the exception is another gene, or the negation names ERBB2 itself
EXCEPTION_NEAR_MISSES = {
    "other-gene-exception": "No amplifications other than in MET (copy number 8); ERBB2 not amplified.\n",
    "except-met-then-row": "No amplification except in MET.\nERBB2: not amplified (copy number 2).\n",
    "no-erbb2-amplification": "No ERBB2 amplification (copy number 2.1).\n",
    "no-amplification-of-erbb2": "No amplification of ERBB2 was detected.\n",
    "spanish-sin-amplificacion": "ERBB2: sin amplificacion (numero de copias 2).\n",
}


@pytest.mark.parametrize("case", sorted(EXCEPTION_NEAR_MISSES))
def test_a_negation_about_erbb2_itself_stays_negative(case: str) -> None:
    assert explain_text(TISSUE_HEADS["lung"] + EXCEPTION_NEAR_MISSES[case]).status == "negative"


# --- 2. a negated copy-number result over the genes it covered -----------------------------------

COVERED_NONE = {
    "labelled-include-erbb2-alone": "Copy number alterations: none detected (genes assessed include ERBB2 ...)\n",
    "labelled-include-erbb2-met": "Copy number alterations: none detected (genes assessed include ERBB2, MET).\n",
    "cnv-none-erbb2": "CNV: none (ERBB2 assessed).\n",
    "amplifications-none-her2": "Amplifications: none detected (HER2/ERBB2 and EGFR were assessed).\n",
    "under-heading": "COPY NUMBER\nNo amplifications were detected in the genes tested (ERBB2).\n",
}


@pytest.mark.parametrize("head", sorted(TISSUE_HEADS))
@pytest.mark.parametrize("case", sorted(COVERED_NONE))
def test_a_tissue_none_over_the_genes_it_covered_is_not_amplified(case: str, head: str) -> None:
    result = explain_text(TISSUE_HEADS[head] + COVERED_NONE[case])
    assert result.status == "negative"
    assert result.ngs is not None and result.ngs.amplification == "not_amplified"


# near-misses: a gene list alone, a test not done, a blood test, a none about another gene
NOT_A_RESULT = {
    "gene-list-alone": "Genes assessed for copy number include ERBB2.\n",
    "list-label-only": "Copy number genes: ERBB2, MET.\n",
    "not-assessed": "Copy number alterations: not assessed (genes include ERBB2).\n",
}


@pytest.mark.parametrize("case", sorted(NOT_A_RESULT))
def test_a_list_of_the_genes_assessed_is_no_result(case: str) -> None:
    result = explain_text(TISSUE_HEADS["lung"] + NOT_A_RESULT[case])
    assert result.status == "not_found"


def test_a_blood_tests_none_over_its_genes_is_never_negative() -> None:
    text = (
        "Liquid biopsy (plasma cfDNA), 74-gene panel.\n"
        "Copy number alterations: none detected (genes assessed include ERBB2).\n"
    )
    assert explain_text(text).status != "negative"
