"""Unsafe calls still open after session 18 (probe19b, session 19), written blind of the labelled
sets: a trial table's "HR+/HER2- disease" while this sample's HER2 is pending; a stain with no
tumour to score beside a prior biopsy's quoted score; a treatment plan "as for HER2-negative
disease" in a report with no HER2 result; another laboratory's result this one did not review.
Each case: (id, family, text, allowed statuses, expected key fields); near-misses put the current
sample's own value in the same layout.
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, POS
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

CASES: list[Case] = (
    TRIAL_TABLE
    + NO_TUMOUR
    + TREATED_AS
    + OUTSIDE_UNREVIEWED
    + PATHOLOGIST_SCORE
    + CONTROL_ROWS
    + GAIN_NEGATED
)
