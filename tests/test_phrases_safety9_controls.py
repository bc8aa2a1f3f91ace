"""A statement opening with a control's label is the control's (safety9: variants9 F-04, a fax
whose "Externa1 control: breast carcinoma known to be HER2 P0SITIVE (3+) - stained as expected" was
read as the patient's 3+ over the tumour's own "Score 1+ ... NEGATIVE").

The structural fact: a statement labelled as a control ("External control:", "Positive control
(...)") holds the control tissue's expected score, never the patient's, however far its
description runs before the HER2 name (findings/control_label.py; clean spelling failed too). OCR turns the label's letters
into digits and look-alikes ("Externa1", "lnternal", "P0sitive", "Extemal", "contro1"); the
label is still a control's label. Near-misses: the patient's result line with the same damage
("HER2 P0SITIVE (3+)") and a "controls ... appropriate" remark after a result keep the result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Left breast excision: invasive ductal carcinoma, grade 2.\n"


@pytest.mark.parametrize(
    "control",
    [
        "Externa1 control: breast carcinoma known to be HER2 P0SITIVE (3+) - stained as expected.",
        "Extemal control: gastric carcinoma, HER2 3+ (positive), appropriate.",
        "lnternal contro1: HER2 3+ positive cell line - reacted as expected.",
        "P0sitive contro1 (breast carcinoma, HER2 3+): stained appropriately.",
        "EXTERNA1 C0NTROL: known HER2-positive (3+) breast tumour, staining as expected",
        "Exterrnal control - known HER2 POSITIVE (3+) tissue: acceptable.",
        "External control: breast carcinoma known to be HER2 POSITIVE (3+) - stained as expected.",
        "Positive control tissue (a breast carcinoma known to be strongly HER2 POSITIVE, 3+): as expected.",
        "- Kit control: cell line with high HER2 expression (3+), acceptable",
    ],
)
def test_an_ocr_damaged_control_label_keeps_its_score(control: str) -> None:
    text = HEAD + control + "\nRESULT - patient tumour (block B3)\nHER2 (4B5): Score 1+ (faint, incomplete)\n"
    text += "INTERPRETATION: NEGATIVE\n"
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize(
    "text",
    [
        "HER2 (4B5): Score 3+, strong complete staining in 90%. INTERPRETATI0N: P0SITIVE\n"
        "Externa1 and internal controls stained appropriately.\n",
        "HER2 IHC: 3+ (P0SITIVE). Contro1s reacted appropriately.\n",
        "Externa1 control: stained as expected.\nHER2 (4B5): Score 3+ - POSITIVE\n",
        "HER2 (4B5): 3+ POSITIVE; external control appropriate\n",
        "External control: appropriate. HER2 (4B5): Score 3+ - POSITIVE\n",
    ],
)
def test_the_patients_result_beside_a_control_remark_stays(text: str) -> None:
    result = explain_text(HEAD + text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]
