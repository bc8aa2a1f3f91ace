"""Unsafe calls still open after session 18 (probe19b, session 19), written blind of the labelled
sets: a trial table's "HR+/HER2- disease" while this sample's HER2 is pending; a stain with no
tumour to score beside a prior biopsy's quoted score; a treatment plan "as for HER2-negative
disease" in a report with no HER2 result; another laboratory's result this one did not review.
Each case: (id, family, text, allowed statuses, expected key fields); near-misses put the current
sample's own value in the same layout.
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NEG_NF, NF, POS
from .probe_runner import ProbeCase as Case

BR = "Left breast, ultrasound-guided core biopsy: invasive carcinoma of no special type, grade 3.\n"
EXC = "Right breast, wide local excision: invasive lobular carcinoma, 24 mm.\n"
GA = "Gastric body, endoscopic biopsy: adenocarcinoma, intestinal type.\n"

# 1. a trial table whose rows (or header) name a HER2 status as the patients a trial admits
TRIAL_TABLE: list[Case] = [
    (
        "tt-header-row-names-status",
        "trial_table",
        BR + "HER2: result to follow in a supplementary report.\nTrial | Key criterion | HR+/HER2- disease\n"
        "TRIAL-204 | node positive | yes\n",
        NF,
        {},
    ),
    (
        "tt-row-under-open-trials",
        "trial_table",
        BR
        + "HER2 IHC: pending (block A2 sent for staining).\n\nOpen trials\nTrial | Key criterion | Population\n"
        "ADJ-CDK study | Key criterion: HR+/HER2- disease | early\n",
        NF,
        {},
    ),
    (
        "tt-rows-negative-and-3plus",
        "trial_table",
        BR
        + "HER2 status pending.\nTrials for discussion | criterion\nABC-12 | HER2-negative | \nXYZ-3 | HER2 3+ | \n",
        NF,
        {},
    ),
    (
        "tt-tab-separated-eligibility",
        "trial_table",
        EXC
        + "HER2 testing: awaited.\nClinical trial\tEligibility\tPhase\nPALM-9\tHER2-positive, node-negative\tIII\n",
        NF,
        {},
    ),
    (
        "tt-near-miss-own-result-above",
        "trial_table",
        BR
        + "HER2 IHC: 1+ (negative).\nTrial | Key criterion | HR+/HER2- disease\nTRIAL-204 | node positive | yes\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "tt-near-miss-own-3plus-above",
        "trial_table",
        BR
        + "HER2 IHC: 3+ (positive).\nStudy | Entry criterion\nMONARCH-X | HR-positive, HER2-negative early breast cancer\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "tt-near-miss-lab-study-table",
        "trial_table",
        BR + "Study | Result | Scoring criteria\nHER2 IHC (4B5) | 3+ | ASCO/CAP 2018\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 2. this sample's stain not scored for want of tumour, beside a prior biopsy's quoted score
NO_TUMOUR: list[Case] = [
    (
        "nt-no-tumour-prior-1plus",
        "no_tumour_block",
        EXC + "HER2 IHC: no tumour in the block; not scored.\nPrior biopsy: HER2 IHC 1+.\n",
        NF,
        {},
    ),
    (
        "nt-no-invasive-left-prior-3plus",
        "no_tumour_block",
        EXC + "HER2 immunohistochemistry: no invasive carcinoma in the section, not scored.\n"
        "Previous core biopsy: HER2 IHC 3+.\n",
        NF,
        {},
    ),
    (
        "nt-unscorable-core-2plus-amplified",
        "no_tumour_block",
        EXC + "HER2 IHC (block B3): unscorable, no tumour cells present.\n"
        "Diagnostic core biopsy (2025): HER2 IHC 2+, ISH amplified.\n",
        NF,
        {},
    ),
    (
        "nt-near-miss-scored-prior-3plus",
        "no_tumour_block",
        EXC + "HER2 IHC: 1+ (scored on block B2).\nPrior biopsy: HER2 IHC 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "nt-near-miss-other-block-scored",
        "no_tumour_block",
        EXC
        + "HER2 IHC, block B1: no tumour in the section; not scored.\nHER2 IHC, block B2: 3+ (positive).\n"
        "Prior biopsy: HER2 IHC 1+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 3. a treatment plan that follows a status, in a report with no HER2 result of its own
TREATED_AS: list[Case] = [
    (
        "ta-planned-as-for-negative",
        "treated_as",
        BR + "Multidisciplinary comment: treatment planned as for HER2-negative disease.\n",
        NF,
        {},
    ),
    (
        "ta-managed-as-hr-positive-negative",
        "treated_as",
        EXC + "MDT outcome: to be managed as HER2-negative, hormone receptor positive disease; endocrine "
        "therapy.\n",
        NF,
        {},
    ),
    (
        "ta-proceeding-as-for-positive",
        "treated_as",
        BR + "Plan: neoadjuvant chemotherapy, proceeding as for HER2-positive disease on clinical grounds.\n",
        NF,
        {},
    ),
    (
        "ta-near-miss-own-zero-above",
        "treated_as",
        BR + "HER2 IHC: 0.\nTreatment planned as for HER2-negative disease.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ta-near-miss-score-then-plan-same-line",
        "treated_as",
        BR + "HER2 IHC 3+ (positive); treatment is planned as for HER2-positive disease.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 4. another laboratory's result that this one says it did not review
OUTSIDE_UNREVIEWED: list[Case] = [
    (
        "ou-status-outside-not-reviewed",
        "outside_unreviewed",
        BR + "HER2: negative (result of an outside laboratory, not reviewed)\n",
        NF,
        {},
    ),
    (
        "ou-score-external-slides-not-reviewed",
        "outside_unreviewed",
        EXC + "HER2 IHC: 1+ (performed at an external laboratory; slides not reviewed)\n",
        NF,
        {},
    ),
    (
        "ou-referring-lab-3plus-not-verified",
        "outside_unreviewed",
        BR + "HER2: 3+ (referring laboratory's result; not verified by us)\n",
        NF,
        {},
    ),
    (
        "ou-outside-3plus-beside-own-1plus",
        "outside_unreviewed",
        BR + "HER2 3+ (outside, not reviewed); our HER2 IHC on block A1: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ou-near-miss-reviewed-and-agreed",
        "outside_unreviewed",
        BR + "HER2: negative (outside laboratory result, slides reviewed and agreed)\n",
        NEG,
        {},
    ),
    (
        "ou-near-miss-own-ish-decides",
        "outside_unreviewed",
        BR + "HER2 IHC (outside, not reviewed here): 2+.\nHER2 FISH on our block A2: amplified, ratio 3.1.\n",
        POS,
        {},
    ),
]

# B. variants of the strict xfails of session 18 fixed here (probe18b ms-ai-then-pathologist-no-name,
# probe18c ct-near-miss-control-and-result and bl-summary-line-negative-erbb2)
PATHOLOGIST_SCORE: list[Case] = [
    (
        "ps-image-analysis-then-pathologist",
        "pathologist_score",
        BR
        + "HER2 (4B5), image-analysis score: 3+.\nPathologist score on glass-slide review: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ps-near-miss-pathologist-higher",
        "pathologist_score",
        BR + "HER2 IHC, AI-assisted score: 1+.\nPathologist's score after review: 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CONTROL_ROWS: list[Case] = [
    (
        "cr-known-control-then-carcinoma",
        "control_rows",
        BR + "HER2 IHC (HercepTest):\nKnown positive control: 3+, appropriate\n"
        "Invasive carcinoma: 1+ (faint incomplete membrane staining).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cr-near-miss-control-only",
        "control_rows",
        BR + "HER2 IHC (4B5):\nExternal positive control: 3+ as expected\n"
        "Patient tissue: not assessable (no tumour in the section).\n",
        NF,
        {},
    ),
    (
        "cr-near-miss-control-then-3plus",
        "control_rows",
        BR + "HER2 IHC (4B5):\nExternal positive control: 3+ as expected\n"
        "Invasive carcinoma: 3+ (strong complete staining, 90%).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

GAIN_NEGATED: list[Case] = [
    (
        "gn-plasma-gain-negative",
        "gain_negated",
        "Cell-free DNA (plasma) report\nERBB2 copy number gain: negative\nPIK3CA H1047R detected (0.6%)\n",
        NF,
        {},
    ),
    (
        "gn-tissue-gain-not-detected",
        "gain_negated",
        "Tumour tissue NGS (FFPE, 500 genes)\nERBB2 copy number gain - not detected\nTP53 R175H (38%)\n",
        NEG,
        {},
    ),
    (
        "gn-near-miss-tissue-gain-5-copies",
        "gain_negated",
        "Tumour tissue NGS (FFPE, 500 genes)\nERBB2 copy number gain (5 copies); ESR1 mutation not detected\n",
        EQV,
        {},
    ),
]

# C. new trap families (probe19b part C), POSITIVE on main before unless noted: another patient's
# line flagged on this report, a value kept for the record only, a QC run log naming control cell
# lines; and families that already read safely (a drug label, a ring trial, a concordance study, a
# patient leaflet), kept as a specification
PEND = "HER2 IHC: pending; an addendum will follow.\n"

WRONG_PATIENT: list[Case] = [
    ("wp-flag-after-value", "wrong_patient", BR + PEND + "HER2: 3+ [WRONG PATIENT - disregard]\n", NF, {}),
    (
        "wp-erroneous-entry-label",
        "wrong_patient",
        BR + PEND + "ERRONEOUS ENTRY (other patient, to be disregarded): HER2 FISH amplified, ratio 5.2.\n",
        NF,
        {},
    ),
    (
        "wp-entered-belongs-to-patient",
        "wrong_patient",
        BR + PEND + "Entered on this report in error (belongs to patient B): HER2 IHC 3+.\n",
        NF,
        {},
    ),
    (
        "wp-own-above-flagged-below",
        "wrong_patient",
        BR + "HER2 IHC: 1+ (negative).\nHER2: 3+ (another patient's result, pasted in error)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "wp-near-miss-flag-then-own",
        "wrong_patient",
        BR + "HER2: 3+ [WRONG PATIENT - disregard]\nHER2 IHC (correct patient): 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "wp-near-miss-own-3plus",
        "wrong_patient",
        BR
        + "HER2 IHC: 3+ (positive).\nA line from another patient's report pasted in error has been removed.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

WRONG_PATIENT += [
    (
        "wp-near-miss-flag-names-earlier-value",
        "wrong_patient",
        BR + "HER2 IHC 1+ (the 3+ shown on the first issue belonged to the wrong patient)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

RECORD_ONLY: list[Case] = [
    (
        "ro-status-for-record-only",
        "record_only",
        BR + PEND + "HER2 status (for the record only): positive\n",
        NF,
        {},
    ),
    (
        "ro-reference-not-this-specimen",
        "record_only",
        BR + PEND + "HER2 (for reference only, not this specimen): 3+\n",
        NF,
        {},
    ),
    ("ro-historical-record", "record_only", BR + PEND + "Historical record only: HER2 amplified.\n", NF, {}),
    (
        "ro-near-miss-record-then-own",
        "record_only",
        BR + "HER2 status (for the record only): positive\nHER2 IHC on this core: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ro-near-miss-own-positive",
        "record_only",
        BR + "HER2 status: positive (IHC 3+) on this core.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

QC_RUN_LOG: list[Case] = [
    (
        "ql-run-log-cell-lines",
        "qc_run_log",
        BR + PEND + "Run QC log: HER2 3+ control (SK-BR-3) stained 3+; 0 control (MDA-MB-231) stained 0.\n",
        NF,
        {},
    ),
    (
        "ql-bt474-amplified",  # NEGATIVE on main (the MCF-7 line's "not amplified")
        "qc_run_log",
        BR + "HER2 FISH: to follow.\nFISH run controls: BT-474 amplified (ratio 4.6); MCF-7 not amplified.\n",
        NF,
        {},
    ),
    (
        "ql-near-miss-own-with-cell-line",
        "qc_run_log",
        BR + "HER2 IHC: 1+ (negative).\nRun QC: SK-BR-3 cells 3+ as expected.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

ALREADY_SAFE: list[Case] = [
    (
        "dl-label-indicated-her2low",
        "drug_label",
        BR
        + PEND
        + "Note: trastuzumab deruxtecan is indicated for unresectable or metastatic HER2-low (IHC 1+ "
        "or IHC 2+/ISH-) breast cancer.\n",
        NF,
        {},
    ),
    (
        "qa-neqas-ring-trial",
        "ring_trial",
        BR
        + PEND
        + "Quality assurance: in the last UK NEQAS ring trial our laboratory scored the HER2 3+ cell "
        "line correctly.\n",
        NF,
        {},
    ),
    (
        "vs-concordance-study",
        "validation_study",
        BR
        + PEND
        + "In our concordance study of the 4B5 clone, HER2 3+ cases showed 98% agreement with ISH.\n",
        NF,
        {},
    ),
    (
        "pl-leaflet-what-means",
        "patient_leaflet",
        BR
        + PEND
        + "What does HER2-positive mean? If your cancer is HER2-positive (IHC 3+ or amplified), drugs "
        "such as trastuzumab may help.\n",
        NF,
        {},
    ),
]

SAMPLE_ROWS: list[Case] = [
    (
        "sr-outside-row-above-own-pending",
        "sample_rows",
        EXC
        + "Specimen | HER2 status\nCore biopsy 2024 (referring hospital) | negative\nCurrent specimen | to follow\n",
        NF,
        {},
    ),
    (
        "sr-positive-row-above-own-negative",  # POSITIVE on main (the earlier row's word)
        "sample_rows",
        BR + "Sample | HER2\n2021 core (outside) | positive\nThis excision | negative\n",
        NEG_NF,
        {},
    ),
    (
        "sr-near-miss-own-row-first",
        "sample_rows",
        BR + "Sample | HER2\nThis excision | negative\n2021 core (outside) | negative\n",
        NEG,
        {},
    ),
    (
        "sr-near-miss-one-row",
        "sample_rows",
        BR + "Sample | HER2\nCore biopsy | negative\n",
        NEG,
        {},
    ),
]

CASES: list[Case] = (
    TRIAL_TABLE
    + NO_TUMOUR
    + TREATED_AS
    + OUTSIDE_UNREVIEWED
    + PATHOLOGIST_SCORE
    + CONTROL_ROWS
    + GAIN_NEGATED
    + WRONG_PATIENT
    + RECORD_ONLY
    + QC_RUN_LOG
    + ALREADY_SAFE
    + SAMPLE_ROWS
)
