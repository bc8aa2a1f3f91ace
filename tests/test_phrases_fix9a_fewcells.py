"""IHC 3+ in too few cells, with the lab's own final word negative, is not a positive IHC.

ASCO/CAP 2018 (breast) and the gastric resection rule both ask for a 3+ in more than 10% of the
tumour cells. Blind set 9 b9-f06-07 (a gastrectomy: "3+ membranous reactivity in 5% of tumour
cells only (below 10% threshold) ... FISH ... not amplified. Overall: HER2 NEGATIVE") was called
positive from the 3+. The structure: the 3+ carries its share of cells, the share is below every
rule's floor, no positive test is left, and the lab's final word is negative: the lab applied the
share rule (an ISH not amplified, or the tumour's own share rule: HERACLES). Near-misses: no
negative final word (the 3+ is not dropped), a share above 10%, an amplified ISH, a breast 3+ in
few cells with no ISH to settle it (left for the care team, never negative).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LAB_NEGATIVE = [
    (
        "gastrectomy-fish-not-amplified",
        "GASTRECTOMY: adenocarcinoma of the stomach, pT3 N1.\n"
        "HER2: 3+ membranous reactivity in 5% of tumour cells only (below 10% threshold); FISH on the "
        "block: ratio 1.3, not amplified. Overall: HER2 NEGATIVE.\n",
    ),
    (
        "gastric-resection-table",
        "Specimen: distal gastrectomy. Diagnosis: gastric adenocarcinoma, intestinal type.\n"
        "HER2 IHC (4B5) ........ 3+ in 3% of tumour cells\n"
        "HER2 SISH ............. not amplified (ratio 1.1)\n"
        "HER2 STATUS ........... NEGATIVE\n",
    ),
    (
        "breast-excision-no-ish",
        "Left breast, wide local excision: invasive ductal carcinoma, grade 2.\n"
        "HER2 immunohistochemistry: complete intense staining in approximately 4% of invasive cells (3+ in 4%), "
        "the remainder 0.\n"
        "HER2 dual-probe ISH: HER2/CEP17 ratio 1.2, average HER2 copy number 2.1: not amplified.\n"
        "Final HER2 result: NEGATIVE.\n",
    ),
]

NEAR_MISSES = [
    (
        "breast-no-ish-left-to-settle",
        "Left breast, wide local excision: invasive ductal carcinoma, grade 2.\n"
        "HER2 immunohistochemistry: 3+ in approximately 4% of invasive cells, the remainder 0.\n"
        "Final HER2 result: NEGATIVE.\n",
        ("equivocal", "not_found"),
    ),
    (
        "no-final-word",
        "GASTRECTOMY: adenocarcinoma of the stomach.\nHER2: 3+ membranous reactivity in 5% of tumour cells.\n",
        ("positive", "equivocal", "not_found"),
    ),
    (
        "share-above-floor",
        "GASTRECTOMY: adenocarcinoma of the stomach.\nHER2 IHC: 3+ in 40% of tumour cells. Overall: HER2 NEGATIVE.\n",
        ("positive", "equivocal", "not_found"),
    ),
    (
        "ish-amplified",
        "GASTRECTOMY: adenocarcinoma of the stomach.\n"
        "HER2 IHC: 3+ in 5% of tumour cells; FISH: amplified, ratio 3.4. Overall: HER2 NEGATIVE.\n",
        ("positive", "equivocal", "not_found"),
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in LAB_NEGATIVE], ids=[c[0] for c in LAB_NEGATIVE])
def test_few_cells_3plus_under_a_negative_final_word_is_negative(text: str) -> None:
    assert explain_text(text).status == "negative"


@pytest.mark.parametrize(("text", "allowed"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_without_the_whole_structure_the_3plus_is_not_dropped(text: str, allowed: tuple[str, ...]) -> None:
    assert explain_text(text).status in allowed
