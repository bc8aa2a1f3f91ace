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


# --- B. a metastasis after endocrine / CDK4/6 treatment whose only HER2 value is the primary's ----
# devset19 b19-f11-10: "Primary 2022 (MOP-22-1120) was HER2 0. Since then: adjuvant AI, now
# progression on fulvestrant + CDK4/6i." above a liver metastasis whose HER2 IHC is not evaluable
# read negative from the primary's 0: endocrine and CDK4/6 drugs were no past treatment
# (samples.toml past-treatment), so the report was not read as one on a sample after treatment
# (facts.md section 11: the earlier result is history; no current result -> not found).
MET = (
    "Patient: Doe, Jane   DOB 1961-04-12\n"
    "Specimen: liver, core biopsy.\n"
    "Diagnosis: Metastatic carcinoma consistent with breast primary (GATA3+, ER+ 70%).\n"
)
NOT_EVALUABLE = "HER2 IHC: NOT EVALUABLE (too few tumour cells). Recommendation: repeat biopsy for HER2.\n"
# the report writes no date of its own: the primary's year is the latest year in it
ENDOCRINE_HISTORY: list[Case] = [
    (
        "progression-on-fulvestrant-cdk46i",
        "Request: assess HER2 for T-DXd. Primary 2022 (MOP-22-1120) was HER2 0. Since then: adjuvant AI, "
        "now progression on fulvestrant + CDK4/6i.\n"
        + MET
        + NOT_EVALUABLE
        + "The 2022 primary result (HER2 0) should not be used alone.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "progressing-on-letrozole-palbociclib",
        "Dr Osei asks for HER2-low status. The primary 2021 (S21-0455) was HER2 1+; she is progressing on "
        "letrozole and palbociclib.\n"
        + MET
        + NOT_EVALUABLE
        + "Comment: the 2021 primary score predates the ultralow category.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "progression-on-anastrozole-ribociclib",
        "Referred for biomarkers. Primary 2019 (B19-3321) was HER2 0. Progression on anastrozole + ribociclib.\n"
        + MET
        + NOT_EVALUABLE
        + "Comment: the 2019 score should be confirmed on new tissue.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "progressing-on-tamoxifen",
        "Seen for T-DXd eligibility. Her primary 2020 was HER2 1+. Now progressing on tamoxifen.\n"
        + MET
        + NOT_EVALUABLE
        + "The 2020 primary score cannot be carried over.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "progression-while-on-abemaciclib",
        "Oncology asks for HER2-low status. Primary 2020 (S20-118) was HER2 IHC 1+. Progression while on "
        "abemaciclib + letrozole.\n"
        + MET
        + NOT_EVALUABLE
        + "Compare with the 2020 primary when re-biopsied.\n",
        "not_found",
        {"ihc": None},
    ),
]
ENDOCRINE_HISTORY_NEAR: list[Case] = [
    # the metastasis has its own result: it stands
    (
        "metastasis-own-score",
        "Primary 2022 was HER2 0. Now progression on fulvestrant + CDK4/6i.\n"
        + MET
        + "HER2 IHC (4B5) on this metastasis: 1+ (HER2-low), faint incomplete staining in 40% of cells.\n"
        + "The 2022 primary was scored before the HER2-low category.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # a primary, not yet treated: its own result
    (
        "candidate-for-fulvestrant",
        BREAST + "HER2 IHC (4B5): 0, no staining. Candidate for fulvestrant per oncology.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "progression-on-imaging-primary",
        BREAST + "Clinical: progression on imaging of a known mass. HER2 IHC (4B5): 2+; FISH not amplified "
        "(ratio 1.3). HER2 NEGATIVE.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), _params(ENDOCRINE_HISTORY + ENDOCRINE_HISTORY_NEAR))
def test_metastasis_after_endocrine_treatment(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
