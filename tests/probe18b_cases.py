"""Unsafe positives still open after session 17 (probe18b, session 18), written blind of the
labelled sets: a quoted result dated by a trailing year beside the current specimen's own value;
an earlier plasma draw's ERBB2 amplification beside the current draw's "not detected"; a value its
own comment invalidates; a provisional score read before the stained slide; a staining intensity
in at most 10% of cells taken for a 3+; a decalcified bone biopsy whose own HER2 was not done
quoting the primary's 3+. Each case: (id, family, text, allowed statuses, expected key fields);
near-misses put the current sample's own value in the same layout.
"""

from __future__ import annotations

from .probe_runner import EQV_NF, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Left breast, ultrasound-guided core biopsy: invasive carcinoma of no special type, grade 3.\n"
LIVER = "Liver, segment 6, core biopsy: metastatic carcinoma, consistent with breast origin.\n"
BONE = (
    "Left iliac crest, trephine biopsy (decalcified in formic acid): metastatic carcinoma, breast primary.\n"
)
PLASMA = "Specimen: peripheral blood (Streck tube), cell-free DNA.\nAssay: 74-gene plasma panel.\n"

# 1. a quoted result dated by a year written after it; the current specimen's own value wins
TRAILING_YEAR: list[Case] = [
    (
        "ty-primary-paren-score-year",
        "trailing_year",
        BR + "HER2 IHC (this specimen): 0.\nPrimary breast tumour HER2: positive (3+), 2019.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ty-previous-core-year-in-paren",
        "trailing_year",
        LIVER + "HER2 immunostain on the liver core: 1+.\nPrevious breast core HER2 result: 3+ (2018).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ty-initial-tumour-in-year",
        "trailing_year",
        BR + "HER2 (4B5), current block A2: score 0.\nInitial tumour HER2: 3+ in 2017.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ty-later-date-written",
        "trailing_year",
        "Report date: 14/10/2026.\n"
        + LIVER
        + "HER2 IHC: 1+ (negative).\nHER2 of the breast cancer: 3+, 2020.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ty-near-miss-current-positive-primary-dated-zero",
        "trailing_year",
        BR + "HER2 IHC (this specimen): 3+.\nPrimary breast tumour HER2: 0, 2019.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ty-near-miss-current-value-own-year",
        "trailing_year",
        LIVER + "Breast primary HER2: 0.\nHER2 IHC on this liver core: 3+ (2026).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 2. an earlier plasma draw's amplification beside the current draw's result
CTDNA_DRAWS: list[Case] = [
    (
        "cd-detected-before-not-now",
        "ctdna_draws",
        PLASMA
        + "ERBB2 amplification: detected on the 2024 draw; not detected in the current sample (2026).\n",
        NOT_POS,
        {},
    ),
    (
        "cd-previously-detected",
        "ctdna_draws",
        PLASMA + "ctDNA result: ERBB2 copy-number gain previously detected (sample of 03/2024); "
        "not detected in this sample.\n",
        NOT_POS,
        {},
    ),
    (
        "cd-near-miss-detected-now",
        "ctdna_draws",
        PLASMA
        + "ERBB2 amplification: detected in the current sample (2026); not detected on the 2024 draw.\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

# 3. a value the report's own comment invalidates
COMMENT_VOIDS: list[Case] = [
    (
        "cv-comment-not-valid-repeat",
        "comment_invalidates",
        BR + "HER2 IHC: 3+ (see comment).\nComment: strong staining of the benign ducts; the result "
        "is not valid and the test is repeated on block B.\n",
        NF,
        {},
    ),
    (
        "cv-comment-after-blank-line",
        "comment_invalidates",
        BR + "HER2 (4B5): 3+ (see note)\n\nNote: the on-slide control stained weakly; this stain is not "
        "interpretable and will be repeated on block A3.\n",
        NF,
        {},
    ),
    (
        "cv-near-miss-comment-valid",
        "comment_invalidates",
        BR + "HER2 IHC: 3+ (see comment).\nComment: controls stained as expected; the result is reliable.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "cv-near-miss-comment-about-er",
        "comment_invalidates",
        BR + "HER2 IHC: 3+ (see comment).\nER: 95% (see comment)\nComment: the ER stain is not valid "
        "and is repeated on block B.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 4. a provisional score to be confirmed on the stained slide
PROVISIONAL: list[Case] = [
    (
        "pr-screening-image-to-confirm",
        "provisional_read",
        BR + "HER2: 3+ on the initial screening image, to be confirmed on the stained slide.\n",
        EQV_NF,
        {},
    ),
    (
        "pr-provisional-digital-prescreen",
        "provisional_read",
        BR + "HER2 IHC: provisional 3+ on the digital pre-screen; final score to follow after review of "
        "the glass slide.\n",
        EQV_NF,
        {},
    ),
    (
        "pr-preliminary-read-label",
        "provisional_read",
        BR + "HER2 preliminary read: 3+ (awaiting confirmation on the stained slide).\n",
        EQV_NF,
        {},
    ),
    (
        "pr-near-miss-confirmed",
        "provisional_read",
        BR + "HER2: 3+ on the initial screening image, confirmed on the stained slide.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "pr-near-miss-pending-ish",
        "provisional_read",
        BR + "HER2 IHC: positive (3+), pending ISH confirmation.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 5. a staining intensity in at most 10% of cells is not a 3+
INTENSITY: list[Case] = [
    (
        "in-intensity-completeness-ten",
        "intensity_not_score",
        BR + "HER2 (4B5) intensity 3, completeness 10%.\n",
        NOT_POS,
        {},
    ),
    (
        "in-intensity-plus-ten-percent-cells",
        "intensity_not_score",
        BR + "HER2 IHC: staining intensity 3+ in 10% of tumour cells (complete membrane).\n",
        NOT_POS,
        {},
    ),
    (
        "in-intensity-five-percent",
        "intensity_not_score",
        BR + "HER2 IHC: intensity 3 (strong), complete membranous staining in 5% of tumour cells.\n",
        NOT_POS,
        {},
    ),
    (
        "in-near-miss-intensity-most-cells",
        "intensity_not_score",
        BR + "HER2 (4B5) intensity 3, completeness 80%; score 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "in-near-miss-score-ten-percent",
        "intensity_not_score",
        BR + "HER2 IHC: 3+ in 10% of tumour cells (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 6. a decalcified bone biopsy whose own HER2 was not done quotes the primary's 3+
DECALCIFIED: list[Case] = [
    (
        "dq-not-performed-primary-quoted",
        "decalcified_quote",
        BONE + "HER2 not performed: decalcification makes the result unreliable. Primary HER2 3+ (2020).\n",
        NF,
        {},
    ),
    (
        "dq-not-reliable-for-reference",
        "decalcified_quote",
        BONE + "HER2 IHC on this sample is not reliable after acid decalcification and was not done. "
        "For reference, the primary tumour was HER2 3+ (2020).\n",
        NF,
        {},
    ),
    (
        "dq-not-assessed-known-primary",
        "decalcified_quote",
        BONE + "HER2: not assessed (decalcified tissue). Known primary HER2 positive, IHC 3+, 2020.\n",
        NF,
        {},
    ),
    (
        "dq-near-miss-own-score",
        "decalcified_quote",
        BONE + "HER2 IHC on this sample (EDTA decalcified): 3+.\nPrimary HER2 0 (2020).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "dq-near-miss-fish-not-done",
        "decalcified_quote",
        BONE + "HER2 IHC (this sample): 3+. HER2 FISH not performed (decalcified).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# B. strict xfails of session 17 fixed here (probe17b mn-board-*, mn-quiz-answer; probe17
# fh-near-miss-history-boxes; fix17b nm-*): variants in other words, and near-misses
BOARD_LIST: list[Case] = [
    (
        "bl-case-hospital-number-current-patient",
        "board_list",
        "Upper GI cancer meeting, 02/10/2026.\nCase 1 (hospital no. 7781): gastric biopsy, HER2 3+, trastuzumab "
        "added.\nCase 2 (hospital no. 8120, current patient): gastric biopsy, HER2 to follow.\n",
        NF,
        {},
    ),
    (
        "bl-initials-age-list",
        "board_list",
        "Breast MDT list:\n1) A.B., 58F - left breast, HER2 3+, for TCHP.\n2) C.D., 47F (this patient) - "
        "right breast core, HER2 awaited.\n3) E.F., 71F - right breast, HER2 0.\n",
        NF,
        {},
    ),
    (
        "bl-near-miss-own-item-result",
        "board_list",
        "Breast MDT list:\nCase 1 (MRN 50112): HER2 0, for surgery.\nCase 2 (MRN 50190, this patient): core "
        "biopsy, HER2 IHC 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

QUIZ: list[Case] = [
    (
        "qz-self-assessment-answer-line",
        "quiz_answer",
        "Self-assessment slide 12 (upper GI).\nAnswer: gastric adenocarcinoma, intestinal type; HER2 3+.\n",
        NF,
        {},
    ),
    (
        "qz-near-miss-clinician-question",
        "quiz_answer",
        BR + "Question from the clinic: is this tumour HER2 positive?\nAnswer: HER2 IHC 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

HISTORY_BOX: list[Case] = [
    (
        "hb-past-history-ticked",
        "history_box",
        BR + "Past medical history:\n  [x] HER2+ breast cancer, 2015 (treated)\n  [ ] diabetes\n",
        NF,
        {},
    ),
    (
        "hb-near-miss-result-box-below",
        "history_box",
        BR + "Clinical history:\n  [x] HER2-positive breast cancer (2019)\n  [ ] none\n"
        "HER2 IHC:\n  [ ] 0   [ ] 1+   [ ] 2+   [x] 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

PENDING_OWN_LINE: list[Case] = [
    (
        "po-previous-excision-then-own-core",
        "pending_own_line",
        "Clinical history: treated breast cancer.\nPrevious left breast, excision: HER2 3+ (positive).\n"
        "Right breast, core biopsy: invasive carcinoma. HER2 to follow.\n",
        NF,
        {},
    ),
    (
        "po-near-miss-own-core-scored",
        "pending_own_line",
        "Clinical history: treated breast cancer.\nPrevious left breast, excision: HER2 3+ (positive).\n"
        "Right breast, core biopsy: invasive carcinoma. HER2 IHC 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

# C. new trap families (probe18b part C): a machine's score beside the pathologist's, one
# observer's score beside the consensus, a 3+ in apocrine metaplasia beside the carcinoma's score
MACHINE_SCORE: list[Case] = [
    (
        "ms-algorithm-then-pathologist",
        "machine_score",
        BR + "Image analysis (algorithm) HER2 score: 3+.\nPathologist HER2 score (reported): 1+.\n",
        NOT_POS,
        {},
    ),
    (
        "ms-ai-then-pathologist-no-name",
        "machine_score",
        BR + "HER2 IHC, AI-assisted score: 3+ (membrane completeness 62%).\n"
        "Pathologist's score after review: 2+ (equivocal); ISH to follow.\n",
        NOT_POS,
        {},
    ),
    (
        "ms-digital-then-final",
        "machine_score",
        BR + "Digital image analysis of HER2: 3+.\nFinal HER2 IHC score (pathologist): 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ms-near-miss-pathologist-higher",
        "machine_score",
        BR + "Image analysis (algorithm) HER2 score: 1+.\nPathologist HER2 score (reported): 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ms-near-miss-scored-with-analysis",
        "machine_score",
        BR + "HER2 IHC (4B5), scored with digital image analysis: 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CONSENSUS: list[Case] = [
    (
        "co-two-observers-consensus",
        "consensus_score",
        BR + "HER2 IHC: observer 1 scored 3+, observer 2 scored 2+; consensus score 2+ (equivocal).\n",
        EQV_NF,
        {},
    ),
    (
        "co-double-reading-agreed",
        "consensus_score",
        BR
        + "HER2 IHC double reading: first reader 3+, second reader 1+; agreed score after joint review: 1+.\n",
        NOT_POS,
        {},
    ),
    (
        "co-near-miss-consensus-positive",
        "consensus_score",
        BR + "HER2 IHC: observer 1 scored 2+, observer 2 scored 3+; consensus score 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

APOCRINE: list[Case] = [
    (
        "am-strong-in-apocrine-only",
        "non_tumour_component",
        BR
        + "HER2 IHC: 0. Strong (3+) membranous staining is seen in the adjacent apocrine metaplasia only.\n",
        NOT_POS,
        {},
    ),
    (
        "am-present-in-apocrine-not-carcinoma",
        "non_tumour_component",
        BR + "HER2 IHC: 1+ (negative). Complete intense membrane staining (3+) is present in apocrine "
        "metaplasia, not in the carcinoma.\n",
        NOT_POS,
        {},
    ),
    (
        "am-near-miss-in-carcinoma",
        "non_tumour_component",
        BR + "HER2 IHC: 3+ membranous staining is seen in 90% of the invasive carcinoma.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CASES: list[Case] = (
    TRAILING_YEAR
    + CTDNA_DRAWS
    + COMMENT_VOIDS
    + PROVISIONAL
    + INTENSITY
    + DECALCIFIED
    + BOARD_LIST
    + QUIZ
    + HISTORY_BOX
    + PENDING_OWN_LINE
    + MACHINE_SCORE
    + CONSENSUS
    + APOCRINE
)
