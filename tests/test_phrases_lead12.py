"""A threshold in brackets after "amplification" defines the call; it is not the patient's value.

"Reportable alterations: ERBB2 amplification (CN>=2.5), ERBB2 mutations, EGFR, ALK fusions" in a
plasma report whose table says "ERBB2 amplification  Negative" was read as an ERBB2 amplification
row (positive; found by the lead's probes, session 12): the bracketed copy number looked like the
row's value. A bracket that opens with a comparator (>=, ≥, >, "at least"), "defined", "threshold"
or "cut-off" states when the lab calls amplification, in tissue and in plasma. The near-misses keep
rows whose bracket holds the measured copy number.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

THRESHOLD_TRAPS = [
    (
        "plasma-reportable-alterations",
        "Liquid biopsy\nTest                      Result\nERBB2 amplification       Negative\n"
        "ERBB2 mutation            Not detected\nTumour fraction           1.8%\n"
        "Reportable alterations: ERBB2 amplification (CN>=2.5), ERBB2 mutations, EGFR, ALK fusions\n",
    ),
    (
        "plasma-unicode-comparator",
        "Plasma cfDNA panel, metastatic breast cancer.\nNo ERBB2 alteration detected.\n"
        "Alterations reported by this assay: ERBB2 amplification (≥ 2.14 plasma copies), PIK3CA, ESR1.\n",
    ),
    (
        "tissue-defined-as",
        "Tissue NGS, gastric adenocarcinoma.\nFindings: TP53 R175H. No copy number alterations.\n"
        "Reported changes: ERBB2 amplification (defined as copy number of 6 or more), MET amplification.\n",
    ),
    (
        "tissue-copies-at-least",
        "Colorectal adenocarcinoma, NGS panel.\nResult: KRAS G13D detected.\n"
        "Reportable: ERBB2 amplification (at least 6 copies); MET amplification (at least 6 copies).\n",
    ),
    (
        "plasma-threshold-word",
        "ctDNA report. No reportable alterations detected.\n"
        "Reportable categories: ERBB2 amplification [threshold: plasma CN 2.2]; EGFR amplification.\n",
    ),
]

NEAR_MISSES = [
    (
        "tissue-row-with-copy-number",
        "Breast carcinoma, NGS panel.\nAlterations detected: ERBB2 amplification (CN 12)\n",
        "positive",
    ),
    (
        "tissue-row-equals-copy-number",
        "Gastric adenocarcinoma, NGS.\nGenomic alterations: ERBB2 amplification (CN=24)\n",
        "positive",
    ),
    (
        "tissue-row-copies-word",
        "Colorectal adenocarcinoma, NGS.\nAmplifications (1): ERBB2 amplification (18 copies)\n",
        "positive",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in THRESHOLD_TRAPS], ids=[c[0] for c in THRESHOLD_TRAPS])
def test_a_bracketed_threshold_is_no_amplification(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive"
    assert (result.to_dict().get("ngs") or {}).get("amplification") != "amplified"


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_bracketed_copy_number_keeps_its_call(text: str, status: str) -> None:
    assert explain_text(text).status == status
