"""A blood (ctDNA) test's "not detected" is no HER2 negative (facts.md §7 and §10), and a mutation
row's call is the mutation's, never a HER2 status (facts.md §6).

Found on tests/variants4 F-01 and F-06: in plasma reports, the rows "ERBB2 mutations ......
Not detected" and "ERBB2 ........ not detected (plasma copy number 2.0 ...)" were read by the
statement reader as "HER2: negative", so the report was called HER2-negative although the blood
test cannot rule amplification out. Now the statement reader reads a detection word ("not
detected", "not identified", "no detectado") in a blood report as the blood test's ERBB2
amplification not detected (a not-found status with the blood-test warning), and a mutation,
variant, SNV, indel or fusion between the name and the call word makes the call the mutation's.
Near-misses: a tissue report's statements stay negative; a tissue result quoted in a blood report
is still a result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = (
    "LIQUID BIOPSY (plasma cfDNA) REPORT\nSpecimen: peripheral blood, cell-free DNA\n"
    "Diagnosis: metastatic colorectal adenocarcinoma\n\n"
)
TISSUE = (
    "SURGICAL PATHOLOGY REPORT\nColon, sigmoid, resection: adenocarcinoma, moderately differentiated.\n\n"
)

NOT_FOUND_IN_BLOOD = [
    (
        "dotted-row",
        "COPY NUMBER\n  ERBB2 ........ not detected (plasma copy number 2.0, below reporting threshold 2.2)\n",
    ),
    ("colon-row", "RESULTS\n  ERBB2 (HER2): Not Detected\n  KRAS: G12D detected\n"),
    ("upper-case", "ALTERATIONS TESTED\n  ERBB2 .......... NOT DETECTED\n"),
    ("not-identified", "Copy number alterations: ERBB2 not identified.\n"),
    ("spanish", "RESULTADOS (plasma)\n  ERBB2: no detectado\n"),
    ("mutation-row", "ALTERATIONS TESTED BUT NOT DETECTED\n  ERBB2 mutations ...... Not detected\n"),
]


@pytest.mark.parametrize(("name", "body"), NOT_FOUND_IN_BLOOD, ids=[c[0] for c in NOT_FOUND_IN_BLOOD])
def test_a_blood_not_detected_is_no_negative(name: str, body: str) -> None:
    result = explain_text(PLASMA + body)
    assert result.status == "not_found", name


def test_a_blood_amplification_not_detected_says_it_was_a_blood_test() -> None:
    result = explain_text(PLASMA + "RESULTS\n  ERBB2 (HER2): Not Detected\n")
    assert result.ngs is not None and result.ngs.ctdna
    assert "ctdna_not_detected" in result.warning_codes


MUTATION_ROWS = [
    ("mutations-dotted", "ERBB2 mutations ...... Not detected\n"),
    ("variants-colon", "HER2 (ERBB2) variants: negative\n"),
    ("snv-indel", "ERBB2 SNV/indel: not detected\n"),
]


@pytest.mark.parametrize(("name", "body"), MUTATION_ROWS, ids=[c[0] for c in MUTATION_ROWS])
def test_a_mutation_row_is_no_her2_status(name: str, body: str) -> None:
    assert explain_text(TISSUE + body).status == "not_found", name


NEAR_MISSES = [
    ("tissue-statement", TISSUE + "HER2 (IHC): negative (score 1+).\n", "negative"),
    ("tissue-ngs-not-detected", TISSUE + "NGS copy number: ERBB2 amplification not detected.\n", "negative"),
    (
        "tissue-result-in-blood-report",
        PLASMA
        + "Prior tissue HER2 (IHC, 2025): 3+, positive.\nRESULTS\n  ERBB2 amplification: Not detected\n",
        "positive",
    ),
    (
        "blood-amplification-detected",
        PLASMA + "RESULTS\n  ERBB2 amplification: DETECTED (plasma copy number 3.1)\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


NO_ALTERATIONS = (
    "LIQUID BIOPSY REPORT\nSpecimen: Plasma cfDNA\n\nRESULT: NO SOMATIC ALTERATIONS DETECTED\n"
    "Estimated circulating tumour fraction: <1% (LOW)\n\n"
)


def test_erbb2_on_the_copy_number_list_of_a_blood_test_that_found_nothing() -> None:
    """variants4 v4-F-02: a blood test that detected no alteration, ERBB2 on its copy-number list:
    the blood test did not detect ERBB2 amplification (not found, with the blood-test note)."""
    result = explain_text(
        NO_ALTERATIONS + "Genes with copy number reporting: ERBB2, MET, EGFR, CCNE1, MYC, KRAS\n"
    )
    assert result.status == "not_found"
    assert result.ngs is not None and result.ngs.ctdna
    assert "ctdna_not_detected" in result.warning_codes


GENE_LIST_NEAR_MISSES = [
    # the list names the genes sequenced for mutations, not copy number
    ("snv-list", NO_ALTERATIONS + "Genes sequenced (SNV/indel): ERBB2, KRAS, NRAS, BRAF, PIK3CA\n"),
    # a tissue panel: its list is no blood result
    (
        "tissue-panel",
        TISSUE
        + "RESULT: NO SOMATIC ALTERATIONS DETECTED\nGenes with copy number reporting: ERBB2, MET, EGFR\n",
    ),
    # the blood test found something: its list says nothing of ERBB2
    (
        "blood-found-kras",
        PLASMA
        + "RESULT: KRAS G12D detected (VAF 2.1%)\nGenes with copy number reporting: ERBB2, MET, EGFR\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), GENE_LIST_NEAR_MISSES, ids=[c[0] for c in GENE_LIST_NEAR_MISSES])
def test_other_gene_lists_stay_gene_lists(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found", name
    # no ERBB2 value from the list; a blood report that names ERBB2 still says it is a blood test
    # (ngs7: `ctdna` for blood reports where ERBB2 has no value, variants5 v5-D-02, variants6 v6-E-02)
    assert result.ngs is None or result.ngs.amplification is None, name
    assert "ctdna_not_detected" not in result.warning_codes, name


def test_a_requisitions_rule_out_request_is_no_pending_test() -> None:
    """v4-F-02: 'Requested: rule out HER2-positive disease' says why this blood test was ordered;
    the summary must not say a HER2 test is still pending."""
    text = 'LIQUID BIOPSY REPORT\nRequested: "rule out HER2-positive / ERBB2-amplified disease"\nSpecimen: Plasma cfDNA\n\n'
    result = explain_text(text + "RESULT: NO SOMATIC ALTERATIONS DETECTED\n")
    assert result.status == "not_found"
    assert "pending" not in result.warning_codes


def test_a_test_requested_to_rule_out_and_still_to_follow_is_pending() -> None:
    text = TISSUE + "HER2 FISH requested to rule out amplification; result to follow.\n"
    assert "pending" in explain_text(text).warning_codes
