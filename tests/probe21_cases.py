"""Lost results (probe21, session 21): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of
devsets 13-23 and variants11-13, not copied from their texts. Each case: (id, family, text,
allowed statuses, expected key fields); near-misses keep the reading they had (a pending test, a
key, a purpose with no result, another test ordered).
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

CRC = "Rectal adenocarcinoma, liver metastasis core biopsy.\n"
GB = "Gallbladder adenocarcinoma, omental deposit, core biopsy.\n"

# 1. the scoring system the lab applied, named on a field line ("Scoring system used: HERACLES-A",
#    "Scoring system ....... gastric-type criteria") above the report's own staining and score
#    rows (variants12b v12b-f06-04, devset15 b15-f07-04): the line opened a legend section, so the
#    rows under it were no result. A named system over key rows stays a key (tests/test_phrases_fix19b.py).
SYSTEM_FIELD: list[Case] = [
    (
        "sf-system-used-colon-equivocal",
        "system_field",
        CRC + "HER2 immunohistochemistry\nScoring system used: HERACLES\n"
        "Staining: moderate (2+) complete membrane staining in about 70% of tumour cells.\n"
        "Category: 2+ in at least half the cells, EQUIVOCAL; FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "sf-system-applied-positive",
        "system_field",
        GB
        + "HER2 IHC (4B5)\nScoring system applied: gastric (biopsy)\nIntensity: strong, complete, clusters of >5 cells\n"
        "Result: 3+ (positive)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sf-system-dot-leader-positive",
        "system_field",
        GB
        + "HER2 STUDY\n Clone ...................... 4B5 (HER2)\n Scoring system ............. gastric-type resection criteria\n"
        " Membrane staining ........... strong basolateral, 60% of cells\n Score ...................... 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sf-near-miss-system-used-over-key-rows",
        "system_field",
        CRC + "HER2 IHC: result to follow in a supplementary report.\nScoring system used: HERACLES\n"
        "3+ = intense complete or basolateral staining in >=50% of cells\n2+ = moderate staining in >=50%\n",
        NF,
        {"ihc": None},
    ),
    (
        "sf-near-miss-system-dot-leader-over-key-rows",
        "system_field",
        GB + "HER2 IHC: not performed (insufficient tumour).\nScoring system .......... Hofmann\n"
        "3+ strong complete or basolateral reactivity in a cluster of 5 cells\n",
        NF,
        {"ihc": None},
    ),
    # mend21a: a field row with label words before its colon or dot leader under the named system is
    # still the report's own (a key row has its digit right after the label words)
    (
        "sf-near-miss-her2-ihc-score-field-colon",
        "system_field",
        CRC
        + "Scoring system used: HERACLES\nHER2 IHC score: 3+ (intense complete staining in 80% of cells)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sf-near-miss-her2-score-field-dot-leader",
        "system_field",
        GB + "Scoring system ........ gastric resection criteria\nHER2 score ........ 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 2. a bracketed purpose beside a HER2 test's heading ("(requested for zanidatamab eligibility)"):
#    its "requested" held back the score rows under the heading as a pending test's (devset15
#    b15-f07-04). A request outside the bracket, or one naming another test, is still pending.
PURPOSE_ASIDE: list[Case] = [
    # review21: passes on db81c2f6 too (a near-miss kept for coverage); only devset15
    # b15-f07-04's layout needs only_purpose_requests: the rule is fitted to that one layout.
    (
        "pa-requested-for-eligibility-score-row",
        "purpose_aside",
        GB + "HER2 TESTING (requested for treatment planning)\n Antibody .......... 4B5\n"
        " Staining .......... strong complete membrane, >50% of cells\n Score ............. 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "pa-requested-for-drug-eligibility",
        "purpose_aside",
        GB + "HER2 TESTING (requested for trastuzumab deruxtecan eligibility)\n Antibody .......... 4B5\n"
        " Staining .......... strong complete membrane, >50% of cells\n Score ............. 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # review21: passes on db81c2f6 too: a near-miss kept for coverage.
    (
        "pa-ordered-for-trial-screening",
        "purpose_aside",
        CRC + "HER2 IMMUNOHISTOCHEMISTRY (test ordered for eligibility)\n Antibody .......... 4B5\n"
        " Staining .......... faint incomplete, 30% of cells\n Score ............. 1+\n",
        {"negative"},
        {"ihc.score": "1+"},
    ),
    (
        "pa-near-miss-purpose-no-result",
        "purpose_aside",
        GB + "HER2 TESTING (requested for zanidatamab eligibility)\n Antibody .......... 4B5\n"
        " Result will be issued in a supplementary report.\n",
        NF,
        {"ihc": None},
    ),
    (
        "pa-near-miss-fish-requested-outside",
        "purpose_aside",
        GB + "HER2 IHC (requested for trial screening); HER2 FISH ordered, result to follow.\n"
        "Reference: 3+ strong complete membrane staining in >10% of cells.\n",
        NOT_POS,
        {},
    ),
    (
        "pa-near-miss-confirmation-requested",
        "purpose_aside",
        CRC + "HER2 IHC (4B5): 2+ (FISH requested for confirmation)\n",
        EQV_NF,
        {},
    ),
]

# 3. a reviewer's agreement with the original score ("I agree with the original score of 3+, so
#    this is a HER2-POSITIVE tumour"): "original score" marked the rest of the sentence as an
#    earlier result, so the review's own conclusion was set aside (devset17 b17-f09-06). A
#    disagreement keeps the original an earlier value.
AGREE_ORIGINAL: list[Case] = [
    (
        "ao-agree-original-then-positive",
        "agree_original",
        "Consultation note, left breast core biopsy.\nYou asked about HER2-low therapy. It does not apply, because "
        "on review the HER2 stain on block B1 (4B5) shows intense, complete membrane staining in nearly all "
        "tumour cells; I agree with the original score of 3+, so this is a HER2-POSITIVE carcinoma.\n",
        POS,
        {},
    ),
    (
        "ao-concur-original-equivocal",
        "agree_original",
        "Second opinion, gastric biopsy, adenocarcinoma.\nOn review the HER2 IHC shows moderate complete "
        "staining in a cluster of 8 cells; I concur with the original score of 2+, and this case is HER2 "
        "equivocal; ISH has been sent.\n",
        EQV,
        {},
    ),
    (
        "ao-near-miss-disagree-original",
        "agree_original",
        "Second opinion, left breast excision.\nOn review of the HER2 IHC slide I do not agree with the original "
        "score of 3+; staining is weak and incomplete in 30% of cells (1+), so the tumour is HER2 negative.\n",
        NOT_POS,
        {},
    ),
]

# 4. a dictated transcript's "HER two" (voice recognition writes the name in words; variants13b
#    v13b-f12-04): no name was read, so the score in words was taken from the header line and the
#    positive stood on no result line. Upper-case "HER" only: "her two sisters" is prose.
DICTATED_NAME: list[Case] = [
    (
        "dn-her-two-score-in-words-positive",
        "dictated_name",
        "Voice-recognition transcript, left breast core biopsy.\nThe HER two immunostain shows strong complete "
        "membrane staining in ninety per cent of cells, score three plus, positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "dn-her-two-conclusion-list",
        "dictated_name",
        "Dictated report, right breast core biopsy, invasive carcinoma.\nConclusion: ER negative, PR negative, "
        "HER two positive.\n",
        POS,
        {},
    ),
    (
        "dn-her-two-one-plus-negative",
        "dictated_name",
        "Dictated report, left breast core.\nThe HER two stain shows faint incomplete staining in about twenty "
        "per cent of cells, score one plus, negative.\n",
        {"negative"},
        {"ihc.score": "1+"},
    ),
    (
        "dn-near-miss-her-two-pending",
        "dictated_name",
        "Dictated report, left breast core.\nThe HER two immunostain is pending and will follow in an addendum.\n",
        NF,
        {"ihc": None},
    ),
    (
        "dn-near-miss-her-two-control",
        "dictated_name",
        "Dictated report, left breast core.\nPositive control for HER two shows three plus staining as expected. "
        "The tumour HER two stain has not yet been read.\n",
        NF,
        {"ihc": None},
    ),
    (
        "dn-near-miss-her-two-sisters",
        "dictated_name",
        "Clinic note.\nHer two sisters had breast cancer, one HER2 positive. The patient has had no biopsy yet.\n",
        NOT_POS,
        {},
    ),
]

CASES: list[Case] = SYSTEM_FIELD + PURPOSE_ASIDE + AGREE_ORIGINAL + DICTATED_NAME
