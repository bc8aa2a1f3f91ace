"""A list of what a panel tested is not what it found.

"Alterations tested: ERBB2 amplification, MET amplification, FGFR2 amplification" names the
changes a sequencing panel looks for; reading its first item as a genomic-alterations row made a
gastric report with "no alterations detected" positive. The same for a list under a label that says
the changes are of uncertain significance, not detected or still pending. The near-misses keep a
row under a label that reports what was found.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GENE_LIST_TRAPS = [
    (
        "gastric-alterations-tested",
        "NGS REPORT\nDiagnosis: gastric adenocarcinoma.\n"
        "Alterations tested: ERBB2 amplification, MET amplification, FGFR2 amplification\n"
        "Result: no alterations detected in the genes tested.\n",
    ),
    (
        "crc-genes-assessed-for-cna",
        "Molecular pathology, colorectal adenocarcinoma (liver metastasis).\n"
        "Copy number targets assessed: ERBB2 amplification; MET amplification.\n"
        "Findings: KRAS G12D (VAF 31%). No copy number alterations.\n",
    ),
    (
        "breast-vus-label-not-assessed",
        "NGS REPORT\nDiagnosis: invasive ductal carcinoma of breast.\n"
        "Variants of uncertain significance: ERBB2 amplification not assessed.\n"
        "Pathogenic variants: none.\n",
    ),
    (
        "lung-panel-covered",
        "Lung adenocarcinoma, EBUS FNA. Targeted panel.\n"
        "Targets covered: EGFR mutation, ALK fusion, ERBB2 amplification, MET exon 14 skipping\n"
        "Results: EGFR L858R detected. No other reportable alterations.\n",
    ),
    (
        "gastric-pending-label",
        "Gastric adenocarcinoma, biopsy. Sequencing report, part 1.\n"
        "Pending: ERBB2 amplification (copy number analysis to follow in part 2).\n",
    ),
    (
        "spanish-genes-estudiados",
        "Informe de secuenciación. Adenocarcinoma gástrico.\n"
        "Genes estudiados: ERBB2 amplificación, MET amplificación.\n"
        "Resultado: no se detectan alteraciones.\n",
    ),
]

NEAR_MISSES = [
    (
        "gastric-genomic-alterations-row",
        "NGS REPORT\nDiagnosis: gastric adenocarcinoma.\n"
        "Genomic alterations: ERBB2 amplification (copy number 24)\n",
        "positive",
    ),
    (
        "crc-amplifications-count-row",
        "Colorectal adenocarcinoma, NGS.\nAmplifications (1): ERBB2 amplification - 18 copies\n",
        "positive",
    ),
    (
        "breast-alterations-detected-row",
        "Breast carcinoma, NGS panel.\nAlterations detected: ERBB2 amplification (CN 12)\n",
        "positive",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in GENE_LIST_TRAPS], ids=[c[0] for c in GENE_LIST_TRAPS])
def test_a_list_of_tests_is_no_amplification(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive"
    assert (result.to_dict().get("ngs") or {}).get("amplification") != "amplified"


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_row_of_what_was_found_keeps_its_call(text: str, status: str) -> None:
    assert explain_text(text).status == status
