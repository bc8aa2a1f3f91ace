"""Tissue NGS: "HER2 amplification" named, not found (devset10 b10-f04-06, devset11 b11-f07-03:
an NGS report whose ERBB2 row says not amplified, called amplified from the name of the
biomarker in a question or a note).

Structure, two shapes: (1) a question is no result even when an aside follows its question mark
("clinical question: HER2 amplification? (IHC not done due to limited tissue)"): only a form's
answer box after the mark ("? (X) yes") answers it; (2) a line that names amplification joined to
another noun and goes on as prose ("HER2 amplification/overexpression are distinct biomarkers",
"ERBB2 amplification and overexpression are different findings") is a sentence about the
biomarker, not a row of the alterations found. Near-misses: a real alteration row, and the
report's own answer line under such a question.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

NOT_AMPLIFIED_CASES = [
    (
        "question-with-aside",
        "Tissue NGS panel, gastric adenocarcinoma biopsy.\n"
        "Reason for testing: HER2 amplification? (no tissue left for IHC)\n\n"
        "Copy number: ERBB2 estimated 2 copies, not amplified.\n",
    ),
    (
        "query-aside-spanish-layout",
        "Panel NGS tejido, adenocarcinoma de esofago.\n"
        "Pregunta clinica: HER2 amplification? (sin IHQ previa)\n"
        "ERBB2   |   CN 2   |   not amplified\n",
    ),
    (
        "note-slash-noun-prose",
        "Tissue NGS panel, lung adenocarcinoma, 300 genes.\n"
        "ERBB2 amplification .......... not detected (copy number 2)\n\n"
        "Comment: an ERBB2 mutation was not found either. ERBB2 mutation and\n"
        "HER2 amplification/overexpression are distinct biomarkers.\n",
    ),
    (
        "note-and-noun-prose",
        "Tissue NGS panel, colon adenocarcinoma.\n"
        "Copy number: ERBB2 not amplified (2 copies).\n\n"
        "Note: sequence variants in ERBB2\n"
        "HER2 amplification and overexpression are reported by different tests.\n",
    ),
]

AMPLIFIED_NEAR_MISSES = [
    (
        "alteration-row",
        "Tissue NGS panel, gastric adenocarcinoma.\nGENOMIC FINDINGS\n  ERBB2   amplification - copy number 18\n",
    ),
    (
        "question-then-answer-line",
        "Tissue NGS panel, gastric adenocarcinoma.\n"
        "Clinical question: HER2 amplification? (IHC equivocal on the biopsy)\n\n"
        "Result: ERBB2 amplification detected, estimated copy number 14.\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_AMPLIFIED_CASES], ids=[c[0] for c in NOT_AMPLIFIED_CASES])
def test_the_named_biomarker_is_not_read_as_amplified(text: str) -> None:
    result = explain_text(text)
    assert result.status != "positive"
    assert not (result.ngs and result.ngs.amplification == "amplified")


@pytest.mark.parametrize(
    "text", [c[1] for c in AMPLIFIED_NEAR_MISSES], ids=[c[0] for c in AMPLIFIED_NEAR_MISSES]
)
def test_an_alteration_row_stays_amplified(text: str) -> None:
    result = explain_text(text)
    assert result.ngs is not None and result.ngs.amplification == "amplified"
