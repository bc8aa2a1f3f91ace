"""fix17 (session 17): devset19's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status

Case = PhraseCase


GASTRIC_NO_CA = (
    "Stomach, antrum, biopsies: chronic active gastritis. NEGATIVE for dysplasia and carcinoma.\n"
    "The requested HER2 was not performed because no carcinoma is present.\n"
)
BREAST = "Breast core, left. Invasive ductal carcinoma, grade 2.\n"

# --- A. a control named right before the bracket that lists its tissues and their scores --------
# devset19 b19-f09-05: "QC note: the IHC run included multitissue control block GX-26-4410
# (gastric carcinoma, HER2 3+; tonsil, HER2 0), which stained appropriately." read the control's
# 3+ as the patient's (the control words were more than 40 characters before the HER2 name, and
# "control block" was no control cue).
CONTROL_BRACKET: list[Case] = [
    (
        "multitissue-control-block",
        GASTRIC_NO_CA
        + "QC note: the IHC run included multitissue control block GX-26-4410 (gastric carcinoma, "
        "HER2 3+;\ntonsil, HER2 0), which stained appropriately.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "control-block-id",
        GASTRIC_NO_CA
        + "QC: control block GX-26-4410 (gastric carcinoma, HER2 3+; tonsil, HER2 0) stained appropriately.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "control-block-first",
        GASTRIC_NO_CA
        + "Control block (gastric adenocarcinoma, HER2 3+) included on the slide; reactive as expected.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "external-control-tma",
        GASTRIC_NO_CA
        + "Quality control: the run's external control tissue microarray (breast carcinoma cores, HER2 3+ "
        "and HER2 1+) performed as expected.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "batch-control-slide",
        GASTRIC_NO_CA
        + "Batch control slide CT-2026-118 (cell lines with known HER2 status: 3+, 1+ and 0) stained as expected.\n",
        "not_found",
        {"ihc": None},
    ),
]
CONTROL_BRACKET_NEAR: list[Case] = [
    # the tumour's own bracket, a control named after it or in another sentence: the score stands
    (
        "tumour-bracket-control-after",
        BREAST + "Tumour (block A2, HER2 3+ in 90% of cells); external control appropriate.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "controls-sentence-before",
        BREAST
        + "Positive and negative controls reacted appropriately. Invasive carcinoma (HER2 3+, 90% of cells).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "carcinoma-bracket-controls-next-sentence",
        BREAST
        + "Invasive carcinoma (grade 3; HER2 IHC 3+, complete membrane staining in 95%). Controls stained "
        "appropriately.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "control-block-then-tumour-score",
        BREAST
        + "Control block stained appropriately.\nHER2 IHC (4B5): 1+ (negative), faint incomplete staining in 30%.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


def _params(cases: list[Case]) -> list[Any]:
    return [pytest.param(text, status, keys, id=cid) for cid, text, status, keys in cases]


@pytest.mark.parametrize(("text", "status", "keys"), _params(CONTROL_BRACKET + CONTROL_BRACKET_NEAR))
def test_control_named_before_its_bracket(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
