"""fix17 (session 17): devset19's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

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


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CONTROL_BRACKET + CONTROL_BRACKET_NEAR))
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


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ENDOCRINE_HISTORY + ENDOCRINE_HISTORY_NEAR)
)
def test_metastasis_after_endocrine_treatment(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a blood report on treatment quoting the tissue result from before it ----------------------
# devset19 b19-f05-06: "Treatment history: HER2-positive by tissue (liver biopsy 2024: IHC 3+, FISH
# ratio 5.6);\ntucatinib + trastuzumab 2024-2026, now radiographic progression.\nSample: plasma drawn
# 2026-09-30 (on therapy)" read positive from the quoted tissue values: a sample drawn on treatment
# was no sample after treatment (samples.toml post-treatment-report), so the history line's values
# stayed current (facts.md section 11; section 7: a blood "not detected" is no negative).
PLASMA = (
    "Findings in this plasma sample\n"
    "  KRAS p.G12D ........................ 0.3%\n"
    "  TP53 p.R213* ....................... 0.9%\n"
    "  ERBB2 amplification ................ not detected\n"
    "Tumour fraction estimate: 1.2%\n"
)
ON_TREATMENT_BLOOD: list[Case] = [
    (
        "plasma-drawn-on-therapy",
        "Liquid Biopsy Monitoring Report\nDiagnosis: metastatic CRC (sigmoid), liver + lung\n"
        "Treatment history: HER2-positive by tissue (liver biopsy 2024: IHC 3+, FISH ratio 5.6);\n"
        "tucatinib + trastuzumab 2024-2026, now radiographic progression.\n"
        "Sample: plasma drawn 2026-09-30 (on therapy)\n\n" + PLASMA,
        "not_found",
        {"ihc": None, "ish": None},
    ),
    (
        "on-treatment-plasma",
        "ctDNA monitoring (cfDNA, 80 genes)\nDiagnosis: metastatic colon adenocarcinoma\n"
        "Therapy history: HER2 amplified on the 2023 liver core (IHC 3+, FISH ratio 6.1); trastuzumab + "
        "pertuzumab since 2023.\nSpecimen: on-treatment plasma, collected 2026-05-14\n\n" + PLASMA,
        "not_found",
        {"ihc": None, "ish": None},
    ),
    (
        "blood-collected-while-on-treatment",
        "Plasma ctDNA report\nIndication: metastatic rectal cancer, progressing.\n"
        "Disease history: tissue HER2 3+ (IHC) and HER2/CEP17 ratio 4.8 on the 2024 primary resection; "
        "tucatinib-based therapy 2024-2026.\nBlood collected while on treatment (cycle 14).\n\n" + PLASMA,
        "not_found",
        {"ihc": None, "ish": None},
    ),
    (
        "blood-drawn-on-treatment-with",
        "Liquid biopsy follow-up\nCancer history: HER2-positive gastric cancer, biopsy 2025: IHC 3+; FISH "
        "ratio 3.9.\nSample: blood drawn 2026-08-02 (on treatment with trastuzumab deruxtecan)\n\n" + PLASMA,
        "not_found",
        {"ihc": None, "ish": None},
    ),
]
ON_TREATMENT_BLOOD_NEAR: list[Case] = [
    # a baseline blood draw before treatment: the tissue result it quotes stands
    (
        "baseline-plasma-before-therapy",
        "Liquid Biopsy Report (baseline, before first-line therapy)\nDiagnosis: metastatic CRC\n"
        "Clinical history: HER2-positive by tissue (liver biopsy 2026: IHC 3+, FISH ratio 5.6).\n"
        "Sample: plasma drawn 2026-09-30\n\n" + PLASMA,
        "positive",
        {"ihc.score": "3+"},
    ),
    # a tissue biopsy taken on treatment with its own result
    (
        "tissue-biopsy-on-treatment-own-result",
        "Liver, core biopsy taken on treatment (trastuzumab + tucatinib since 2025).\n"
        "Diagnosis: metastatic adenocarcinoma, colorectal origin.\n"
        "HER2 IHC (4B5) on this biopsy: 1+ (negative); FISH not amplified, ratio 1.3.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "decision-on-therapy",
        BREAST + "HER2 IHC (4B5): 3+ (POSITIVE), complete intense staining in 95% of cells.\n"
        "Comment: discussed at tumour board for a decision on therapy.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # an on-treatment blood draw's own amplification is its result
    (
        "on-treatment-plasma-detected",
        "Plasma ctDNA report, on-treatment sample (cycle 6).\nERBB2 amplification: DETECTED, plasma copy number 4.2.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ON_TREATMENT_BLOOD + ON_TREATMENT_BLOOD_NEAR)
)
def test_blood_drawn_on_treatment_quotes_earlier_tissue(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. an amplification the blood report says was seen before, and not now ----------------------
# devset19 b19-f05-06: "Comment: ERBB2 amplification seen at baseline (plasma CN 3.4, 2024) is not
# detected in this sample." read amplified: the negation lay past the reach of the "not detected"
# look-ahead and "seen" read as detected (ish.toml amp-hedge-after knew "detected / reported at
# baseline", not "seen / present / noted at baseline" nor "in 2024").
BLOOD = "Plasma ctDNA report (cfDNA, 74 genes). Metastatic colorectal adenocarcinoma.\nKRAS p.G12D detected (0.3%). Tumour fraction 1.2%.\n"
EARLIER_AMPLIFICATION: list[Case] = [
    (
        "seen-at-baseline-not-detected",
        BLOOD
        + "Comment: ERBB2 amplification seen at baseline (plasma CN 3.4, 2024) is not detected in this sample.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "present-at-baseline-no-longer",
        BLOOD
        + "Comment: ERBB2 amplification, present at baseline (plasma copy number 3.4), is no longer detected.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "noted-in-year",
        BLOOD
        + "Comment: the ERBB2 amplification noted in 2024 (plasma CN 3.4) is not detected in this draw.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "which-was-seen-on-prior-draw",
        BLOOD
        + "Comment: ERBB2 amplification, which was seen on the prior plasma draw (CN 3.1), is not detected.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]
EARLIER_AMPLIFICATION_NEAR: list[Case] = [
    (
        "detected-now-not-at-baseline",
        BLOOD
        + "Comment: ERBB2 amplification detected (plasma copy number 4.2); it was not seen at baseline.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "present-now",
        BLOOD + "ERBB2 amplification: present (plasma copy number 3.9).\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "detected-as-in-year",
        BLOOD + "Comment: ERBB2 amplification is detected (plasma CN 4.4), as in 2024.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(EARLIER_AMPLIFICATION + EARLIER_AMPLIFICATION_NEAR)
)
def test_blood_amplification_seen_before_not_now(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. the lab's call before the bracketed key of the (older) criteria it applied ---------------
# devset19 b19-f09-10: "HER2 FISH (PathVysion): HER2/CEP17 ratio 1.95 (...)" over "Interpretation:
# EQUIVOCAL (ASCO/CAP 2007: ratio 1.8-2.2 equivocal; >2.2 amplified; <1.8 not amplified)." read
# negative by today's groups: the key after the call names every category, so the label's line held
# three calls and no one call (findings/label_call.py now reads the words before the key).
CORE = "Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
CALL_BEFORE_KEY: list[Case] = [
    (
        "interpretation-equivocal-2007-key",
        CORE + "HER2 FISH (PathVysion): HER2/CEP17 ratio 1.95 (HER2 mean 4.1, CEP17 mean 2.1; 60 cells).\n"
        "Interpretation: EQUIVOCAL (ASCO/CAP 2007: ratio 1.8-2.2 equivocal; >2.2 amplified; <1.8 not amplified).\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "result-equivocal-criteria-key",
        CORE + "HER2 FISH: HER2/CEP17 ratio 1.86, mean HER2 3.9 signals per cell (40 nuclei).\n"
        "Result: EQUIVOCAL (2007 criteria: <1.8 not amplified, 1.8-2.2 equivocal, >2.2 amplified)\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "ratio-2-1-would-read-positive",
        CORE + "HER2 dual-probe ISH: ratio 2.1; average HER2 copy number 4.3 per cell.\n"
        "Interpretation: Equivocal (ASCO/CAP 2007: >2.2 amplified; 1.8 to 2.2 equivocal).\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "conclusion-older-cutoffs",
        CORE + "HER2 FISH: ratio 1.9 (HER2 3.8/cell; 60 cells)\n"
        "Conclusion: EQUIVOCAL (older cut-offs: ratio <1.8 negative, >2.2 positive)\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
]
CALL_BEFORE_KEY_NEAR: list[Case] = [
    (
        "not-amplified-2018-key",
        CORE + "HER2 FISH: ratio 1.4 (HER2 2.9/cell).\n"
        "Interpretation: NOT AMPLIFIED (ASCO/CAP 2018: ratio < 2.0 and mean HER2 < 4.0).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "amplified-key",
        CORE + "HER2 FISH: ratio 2.6 (HER2 5.9/cell).\nInterpretation: AMPLIFIED (ratio >= 2.0).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "equivocal-see-comment",
        CORE + "HER2 FISH: ratio 1.95 (HER2 4.1/cell).\nInterpretation: equivocal (see comment).\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "negative-before-key",
        CORE + "HER2 FISH: ratio 1.3 (HER2 2.6/cell).\n"
        "Interpretation: NEGATIVE (criteria: <1.8 negative; 1.8-2.2 equivocal; >2.2 positive)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CALL_BEFORE_KEY + CALL_BEFORE_KEY_NEAR))
def test_call_before_criteria_key(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. an ISH group 2-4 whose recount is still to come ------------------------------------------
# devset19 b19-f12-05: IHC 2+ and a group 3 ratio (1.76, mean HER2 6.25) with "Second observer count
# scheduled; final HER2 status will be issued in a supplementary report" and "Current HER2 status:
# EQUIVOCAL (IHC 2+, ISH Group 3, workup incomplete)" read positive: the group was settled by the
# IHC as if the recount the group needs had been done (ish.toml ish-workup-pending,
# interpret/group_word.py hold_while_workup_pending).
IHC2 = (
    "Breast core, right, block A1. Invasive carcinoma NST.\n"
    "HER2 IHC (4B5): 2+ (equivocal), moderate complete staining in 30%.\n"
)
GROUP3 = (
    "HER2 dual ISH: HER2 mean 6.4 signals/cell, CEP17 mean 3.6, HER2/CEP17 ratio 1.78 (40 nuclei). "
    "ASCO/CAP 2018 Group 3.\n"
)
WORKUP_PENDING: list[Case] = [
    (
        "status-workup-incomplete",
        IHC2 + GROUP3 + "Current HER2 status: EQUIVOCAL (IHC 2+, ISH Group 3, workup incomplete).\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "second-count-pending",
        IHC2 + GROUP3 + "HER2 status: EQUIVOCAL (IHC 2+, ISH group 3; second count pending).\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "second-observer-scheduled",
        IHC2
        + GROUP3
        + "Comment: second observer count scheduled; the final HER2 status will follow in a supplementary report.\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "group-4-counting-in-progress",
        IHC2
        + "HER2 FISH: HER2 mean 4.6 signals/cell, ratio 1.6 (Group 4).\n"
        + "Comment: additional cell counting in progress; final result to follow.\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
]
WORKUP_PENDING_NEAR: list[Case] = [
    (
        "recount-performed",
        IHC2
        + GROUP3
        + "Recount by a second observer performed: group 3 confirmed. HER2 POSITIVE per ASCO/CAP 2018.\n",
        "positive",
        {"ish.group": 3},
    ),
    (
        "guideline-requires-recount",
        IHC2
        + GROUP3
        + "Per ASCO/CAP 2018, group 3 with IHC 2+ requires a recount by a second observer; recount concordant.\n",
        "positive",
        {"ish.group": 3},
    ),
    ("no-workup-words", IHC2 + GROUP3, "positive", {"ish.group": 3}),
    # the IHC review by a second pathologist done, its staining "incomplete" (devset12 b12-f03-02)
    (
        "second-pathologist-incomplete-staining",
        IHC2
        + "HER2 FISH: ratio 2.3, average HER2 copy number 3.5 signals/cell (ASCO/CAP 2018 Group 2).\n"
        + "Per guideline, the IHC slide was re-reviewed by a second\npathologist: faint incomplete membrane "
        + "staining only (revised IHC score 1+).\nFINAL HER2 RESULT: NEGATIVE (ISH Group 2 with IHC 1+).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "other-workup-pending",
        IHC2 + "HER2 FISH: ratio 1.3, HER2 2.5/cell: NOT AMPLIFIED.\nPD-L1 workup pending.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(WORKUP_PENDING + WORKUP_PENDING_NEAR))
def test_group_whose_recount_is_pending(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
