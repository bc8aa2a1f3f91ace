"""BRAF read mutant where the report says no mutation (devset11 b11-f04-01: "BRAF  no alteration
detected (incl. V600E)"; b11-f05-09: "No RAS/BRAF mutation was detected").

Two shapes of one structure, the negation is the report's answer: (1) a change named in an aside
after the negation ("(incl. V600E)", "(including G12C)", "[e.g. V600E]") is one the test covered,
not one it found; (2) a negation before the gene name ("No KRAS or BRAF mutation was found")
governs the mutation noun after the name. Near-misses: a change the report found stays mutant.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Colon adenocarcinoma, sigmoid, resection; tissue NGS panel.\n"

WILD_TYPE_CASES = [
    ("incl-aside-row", "NEGATIVE FINDINGS\n   BRAF   no alteration detected (incl. V600E)\n", "braf"),
    ("incl-aside-leaders", "BRAF ........ no alteration detected (incl. V600E)\n", "braf"),
    ("incl-aside-pipes", "BRAF | not detected (incl. V600E) |\n", "braf"),
    ("incl-aside-two-changes", "BRAF    negative (incl. V600E, V600K)\n", "braf"),
    ("including-aside", "BRAF: not detected (including V600E and non-V600 class 2/3 changes).\n", "braf"),
    ("kras-eg-aside", "KRAS: no mutation detected [e.g. G12C, G12D, G13D covered].\n", "kras"),
    ("negation-before-slash-list", "Summary: No RAS/BRAF mutation was detected in the tumour.\n", "braf"),
    ("negation-before-or-list", "No KRAS or BRAF mutations were identified.\n", "braf"),
    ("negation-before-single", "No BRAF mutation was detected.\n", "braf"),
]

MUTANT_NEAR_MISSES = [
    ("found-v600e", "BRAF: V600E mutation detected (VAF 31%).\n", "braf"),
    ("kras-found-braf-negated", "KRAS G12D detected. No BRAF mutation was detected.\n", "kras"),
    ("listed-including-found", "BRAF mutation detected (p.V600E).\n", "braf"),
]


@pytest.mark.parametrize(
    ("text", "gene"), [c[1:] for c in WILD_TYPE_CASES], ids=[c[0] for c in WILD_TYPE_CASES]
)
def test_a_negated_gene_is_wild_type(text: str, gene: str) -> None:
    assert explain_text(HEAD + text).related[gene] == "wild-type"


@pytest.mark.parametrize(
    ("text", "gene"), [c[1:] for c in MUTANT_NEAR_MISSES], ids=[c[0] for c in MUTANT_NEAR_MISSES]
)
def test_a_found_change_stays_mutant(text: str, gene: str) -> None:
    assert explain_text(HEAD + text).related[gene] == "mutant"
