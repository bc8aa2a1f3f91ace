"""A result the report marks as withdrawn right where it prints it is no result (devset10
b10-f10-06: "HER2 IHC 3+ (positive) [withdrawn - see addendum]" under an addendum that withdraws it
and orders a repeat, read as positive).

Structure: the lab's own mark on the value's line ("[withdrawn]", "(RETRACTED)", "- WITHDRAWN",
"[anulado]") sets the value aside as superseded, like "... is withdrawn" after it already did.
Near-misses: "withdrawn" about a patient or a trial, or a result that replaces a withdrawn one,
leave the result standing.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

WITHDRAWN_CASES = [
    (
        "bracket-see-addendum",
        "ADDENDUM: repeat HER2 testing on block B2 has been ordered; a further addendum will follow.\n\n"
        "Original report: right breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 IHC 3+ (positive) [withdrawn - see addendum].\n",
    ),
    (
        "table-row-retracted",
        "Breast, left, core biopsy.\n"
        "Marker     Clone   Result\n"
        "ER         SP1     95% strong\n"
        "HER2       4B5     3+ POSITIVE (RETRACTED)\n"
        "A corrected HER2 result will be issued after repeat staining.\n",
    ),
    (
        "spanish-anulado",
        "Biopsia de mama izquierda: carcinoma ductal infiltrante.\n"
        "HER2 (IHQ, clon 4B5): 3+ positivo [anulado, ver adenda]\n"
        "Se repetira la determinacion de HER2 en el bloque A3.\n",
    ),
    (
        "dash-withdrawn",
        "Gastric biopsy, adenocarcinoma.\nHER2 (4B5): 3+ (positive) - WITHDRAWN, slide from a wrong block.\n",
    ),
]

NEAR_MISSES = [
    (
        "patient-withdrawn-from-trial",
        "Breast core biopsy, invasive carcinoma.\n"
        "HER2 IHC: 3+ (positive).\nNote: the patient was withdrawn from the PX-12 trial.\n",
    ),
    (
        "replaces-a-withdrawn-result",
        "Breast core biopsy, invasive carcinoma.\n"
        "Corrected result: HER2 IHC 3+ (positive), replacing the withdrawn result of 11/02.\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in WITHDRAWN_CASES], ids=[c[0] for c in WITHDRAWN_CASES])
def test_a_result_marked_withdrawn_is_not_the_answer(text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found"
    assert not (result.ihc and result.ihc.score == "3+")


@pytest.mark.parametrize("text", [c[1] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_withdrawn_about_something_else_leaves_the_result(text: str) -> None:
    assert explain_text(text).status == "positive"
