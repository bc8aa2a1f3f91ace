"""A heading saying what a test CAN report ("Reportable alterations in this test", "Alterations
this assay can detect", "Test scope") opens a gene list, not results: an "Amp: ERBB2 ..." line
under it is no amplification (devset15 b15-f05-09, fix13b). The same line under a results
heading ("Reportable alterations detected:", "Alterations detected", "Results") stays a result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = (
    "PLASMA SOMATIC PANEL (cfDNA)\n"
    "Dx: metastatic breast carcinoma, HR+\n"
    "RESULT: No reportable alterations detected.\n"
    "ctDNA fraction: insufficient for quantification (<0.5%)\n"
    "----------------------------------------\n"
)
LIST = (
    "   SNV/indel : ESR1  PIK3CA  AKT1  ERBB2  TP53  PTEN\n"
    "   Amp       : ERBB2  CCND1  FGFR1  MYC\n"
    "----------------------------------------\n"
    "Note: a not-detected plasma result does not exclude alterations.\n"
)

SCOPE_HEADINGS = [
    "Reportable alterations in this test",
    "Detectable variants in this panel",
    "Alterations this assay can detect:",
    "Genes and alteration types covered",
    "Test scope",
    "Alteration types reported:",
    "Scope of the assay",
    "Alteraciones que detecta esta prueba",
    "Reportab le alterat ions in this test",  # OCR cut the words
]


@pytest.mark.parametrize("heading", SCOPE_HEADINGS)
def test_scope_heading_opens_a_gene_list(heading: str) -> None:
    r = explain_text(HEAD + heading + "\n" + LIST)
    assert r.status == "not_found"
    assert r.ngs is None or r.ngs.amplification is None


RESULT_HEAD = (
    "PLASMA SOMATIC PANEL (cfDNA)\n"
    "Dx: metastatic breast carcinoma, HR+\n"
    "ctDNA fraction: 4.2%\n"
    "----------------------------------------\n"
)
RESULT_LINES = "   Amp       : ERBB2 (plasma CN 4.8)\n----------------------------------------\n"

RESULT_HEADINGS = [
    "Reportable alterations detected:",
    "Reportable alterations:",  # a vendor's results heading (probe12b ngsv-amp-cn-equals)
    "REPORTABLE ALTERATIONS",
    "Alterations detected",
    "Results",
]


@pytest.mark.parametrize("heading", RESULT_HEADINGS)
def test_results_heading_keeps_the_amplification(heading: str) -> None:
    r = explain_text(RESULT_HEAD + heading + "\n" + RESULT_LINES)
    assert r.ngs is not None and r.ngs.amplification == "amplified"
