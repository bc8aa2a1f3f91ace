"""Another marker's score on the row after HER2's (safety8: variants8 B-03, a lung panel whose
"c-MET (SP44): 3+ in 55%" row under "HER2 (4B5) IHC: score 0 - NEGATIVE" was read as HER2's 3+).

Newer IHC targets are scored 0-3+ like HER2 (c-MET, TROP2, Nectin-4, folate receptor alpha,
B7-H3, DLL3, Claudin 18.2) and sit in the same biomarker tables. Two structural facts end
HER2's reach: a row whose label names another marker, and a row label of the shape
"<name> (<clone>):", whose clone in brackets says the row is one antibody's result - a name
that is not HER2's is another test's (names.toml other-marker-ci, other-marker-clone-label).

Near-misses: HER2's own row with its clone ("HER2/neu (4B5): 3+", "PATHWAY anti-HER2 (4B5)"),
a HER2 score on the line after a clone-less HER2 heading, a block label ("Block A2 (excision):
3+") and "criteria met (3+ in >10%)" keep HER2's score.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LUNG = "Right upper lobe, core biopsy: adenocarcinoma, lung primary.\nBIOMARKERS\n"


@pytest.mark.parametrize(
    ("her2", "other"),
    [
        (
            "HER2 (4B5) IHC: score 0, no membranous staining - NEGATIVE",
            "c-MET (SP44): 3+ in 55% of tumour cells (high)",
        ),
        ("HER2 (4B5): 1+ (negative)", "TROP2: 3+ in 90% of tumour cells"),
        ("HER2 IHC (4B5): 0", "Nectin-4 (EPR15613): 3+ (H-score 250)"),
        ("HER2: 0 (negative)", "Folate receptor alpha (FOLR1-2.1): 3+ in 80%"),
        ("HER2 (4B5) ........ score 1+", "MET (SP44) ........ 3+ in 60% of cells"),
        ("HER2 (4B5): 0", "B7-H3: 3+, 95% of tumour cells"),
        ("HER2 (4B5): 0", "CDH17 (EPR3996): 3+ in 70%"),
        ("HER2/neu: 1+", "DLL3 (SP347): 3+ in 50% of tumour cells"),
        ("HER2 (4B5):  0 - NEGATIVO", "c-MET (SP44):  3+ en el 60% de las células tumorales"),
    ],
)
def test_another_markers_row_keeps_its_score(her2: str, other: str) -> None:
    result = explain_text(LUNG + her2 + "\n" + other + "\n")
    assert result.status == "negative", [(e.text, e.value) for e in result.evidence]
    assert result.ihc is not None and result.ihc.score in {"0", "1+"}


@pytest.mark.parametrize(
    "text",
    [
        "HER2/neu (4B5): 3+ (positive), complete intense staining in 90%.\n",
        "Antibody: PATHWAY anti-HER2/neu (4B5)\nScore: 3+ (positive)\n",
        "HER2 IMMUNOHISTOCHEMISTRY\nBlock A2 (excision): 3+, strong complete staining in 95%\n",
        "HER2 (4B5): criteria met (3+ in >10% of tumour cells) - POSITIVE\n",
        "HER2 IHC\nClone (4B5): 3+ positive\n",
    ],
)
def test_her2s_own_row_keeps_its_score(text: str) -> None:
    result = explain_text("Breast, left, core biopsy: invasive ductal carcinoma.\n" + text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]
