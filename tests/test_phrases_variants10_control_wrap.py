"""A control's description wrapped onto the next line (variants10 A-02: "c0ntr ol tissue: multi-b1ock
c0ntrol (breast carc inoma, known" over "HER2 amp) showed 3 + str0ng c0mplete membrane staining -
appropriate." under a gastric biopsy's own "Score 0 - NEGATIVE" read positive, 3+ and amplified).

The structural fact: a statement opening with a control's label is the control's however long it
runs (findings/control_label.py); when the HER2 name's line goes on from the line above - a bracket
opened there is still open at the name, or the line above ends on a word no statement ends on
("for", "with", "of") - the label may stand at the start of that line above. Near-misses: a
control line that ends its statement (no open bracket, a full stop or a complete phrase) leaves
the next line's result alone.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRIC = (
    "Gastric body biopsies: adenocarcinoma, intestinal type.\n\n"
    "HER2 immunohistochemistry (gastric biopsy criteria):\n"
    "  Tumour cells: no membranous reactivity in any cluster. Score 0 - NEGATIVE.\n\n"
)
BREAST = (
    "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n\n"
    "HER2 (4B5): 0 - no staining. NEGATIVE.\n\n"
)

WRAPPED_CONTROLS = [
    (
        GASTRIC,
        "  Control tissue: multi-block control (breast carcinoma, known\n"
        "  HER2 amplified) showed 3+ strong complete membrane staining - appropriate.\n",
    ),
    (
        BREAST,
        "External control: breast carcinoma known to be positive for\nHER2 (3+), stained as expected.\n",
    ),
    (GASTRIC, "Positive control (gastric carcinoma with known\nHER2 3+ expression): appropriate staining.\n"),
    (BREAST, "On-slide control (cell line with\nHER2 amplification, 3+): stained appropriately.\n"),
    (BREAST, "Ext. control (breast ca,\nHER2 3+): adequate.\n"),
]


@pytest.mark.parametrize(("head", "control"), WRAPPED_CONTROLS)
def test_a_wrapped_control_line_is_the_controls(head: str, control: str) -> None:
    result = explain_text(head + control)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), [
        (e.text, e.value) for e in result.evidence
    ]


CLOSED_CONTROLS = [
    "External control stained appropriately\n",
    "Control tissue reacted appropriately (all controls reviewed).\n",
    "External control (breast carcinoma 3+) appropriate;\n",
    "Controls: appropriate\n",
]


@pytest.mark.parametrize("control", CLOSED_CONTROLS)
def test_a_result_under_a_finished_control_line_is_the_tumours(control: str) -> None:
    text = (
        "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n\n"
        + control
        + "HER2 (4B5): 3+, strong complete membrane staining in 90% of tumour cells. POSITIVE.\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_a_wrapped_tumour_sentence_keeps_its_result() -> None:
    text = (
        "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n\n"
        "Tumour cells show strong complete membrane staining (scored by\n"
        "HER2 ASCO/CAP 2018 criteria): 3+ POSITIVE. Controls appropriate.\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]
