"""fix23a (session 23): tests/variants16a's misses (writer30a's 60 hand-written reports, many
quoting a sample that is not the current one), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a scoring rule's share of cells for a score, in an aside of the HER2 heading ---------------
# variants16a v16a-f07-04: "HER2 (4B5), serous endometrial criteria (>30% for 3+):" over the
# block's "2+" had the rule's 3+ read as a score of the tumour (shown as the IHC score; with a 1+
# under such a heading the report read POSITIVE). The share a rule asks for a score ("> 30% for
# 3+", "3+ requires >= 10% ...", "3+ = > 30% of cells") states the rule, not a result.
RULE_SHARE_FOR_SCORE: list[Case] = [
    (
        "uterine-heading-share-for-three-plus",
        "Uterine serous carcinoma, hysterectomy.\n\n"
        "HER2 immunostain (serous carcinoma scoring, >30% of tumour cells for 3+):\n"
        "  Block C2: 1+ (faint, incomplete membrane staining in about 25% of cells).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "gastric-heading-score-requires-share",
        "Gastric adenocarcinoma, biopsy.\n\n"
        "HER2 IHC (biopsy scoring, 3+ requires >=10% of cells or a cohesive cluster):\n"
        "  Result: 1+ in small groups of cells.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "criteria-aside-cells-for-three-plus",
        "Endometrial carcinoma, serous type.\n\nHER2 IHC (criteria: > 30% cells for 3+)\nScore: 2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "named-system-score-equals-share",
        "Serous endometrial carcinoma.\n\n"
        "HER2 IHC, scored per the Buza system (3+ = >30% of cells, complete):\n"
        "  Block A5: 0 (no staining).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
RULE_SHARE_FOR_SCORE_NEAR: list[Case] = [
    # a scoring key that defines every score by its share stays a key: the result above it is read
    # (devset19 b19-f08-04's layout)
    (
        "scoring-key-rows-below-result",
        "Invasive ductal carcinoma, excision.\n"
        "HER2 (4B5): score 1+, faint incomplete staining in about 40% of cells. NEGATIVE.\n\n"
        "Scoring key: 0 = no staining or <=10% faint; 1+ = >10% faint incomplete;\n"
        "2+ = >10% weak to moderate complete (reflex ISH); 3+ = >10% intense complete.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # the tumour's score after an arrow, with the rule's bar after it: the arrow's score is read
    # (variants13a v13a-f07-01's layout; an arrow's head is no "greater than")
    (
        "arrow-score-then-rule-bar",
        "Serous endometrial carcinoma.\n\n"
        "HER2 IHC (4B5): strong complete membrane staining in\n"
        "  about 60% of tumour cells => 3+  (the bar is >30% for 3+ with these criteria)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "rule-bar-in-heading-then-score-line-below",
        "Uterine serous carcinoma.\n\n"
        "HER2 (4B5), scored by the serous carcinoma system (3+ requires >30% of tumour cells):\n"
        "  Moderate to strong lateral staining in ~50% of tumour cells.\n"
        "  Score 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a 3+ followed by its own share of cells is the tumour's result
    (
        "score-then-own-share-in-brackets",
        "Uterine serous carcinoma.\n\nHER2 (4B5): 3+ (>30% of cells, complete intense staining).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # an observation that ends "for a score of 3+" gives the score
    (
        "observation-for-a-score-of-three-plus",
        "Serous carcinoma of the endometrium.\n\n"
        "HER2 IHC: strong complete membrane staining in more than 30% of tumour cells, for a score of 3+.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # "3+ in > 10% of cells" is the score and its share, not a rule
    (
        "score-in-share-of-cells",
        "Gastric adenocarcinoma, resection.\n\nHER2: 3+ in >10% of cells (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the words "requires" after a score with no share of cells keep the score
    (
        "score-requires-no-reflex",
        "Invasive ductal carcinoma.\n\nHER2 IHC 3+; this requires no reflex ISH.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(RULE_SHARE_FOR_SCORE + RULE_SHARE_FOR_SCORE_NEAR)
)
def test_rule_share_for_a_score_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. an adverb after the amplification word: "nonetheless" is no "none" ------------------------
# variants16a v16a-f04-05: "ERBB2 amplification is nonetheless reported as detected in this
# tumour" was read as ERBB2 NOT amplified: the negation "none" matched the start of "nonetheless"
# (a tissue NGS amplification reading NEGATIVE). A negation word is a whole word; and an adverb
# between the verb and "detected"/"present" keeps the affirming word's reading.
ADVERB_AFTER_AMPLIFICATION: list[Case] = [
    (
        "ngs-amplification-nonetheless-present",
        "Colorectal tissue NGS panel, liver metastasis.\n"
        "KRAS G13D detected.\n"
        "ERBB2 amplification was nonetheless present.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-amplification-nevertheless-detected",
        "Tumour sequencing, gastric resection.\nERBB2 amplification is nevertheless detected in this sample.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "fish-amplification-nonetheless-present-with-ratio",
        "Breast core biopsy, HER2 FISH.\nDespite the 1+ stain, HER2 gene amplification is nonetheless present (ratio 2.4).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
ADVERB_AFTER_AMPLIFICATION_NEAR: list[Case] = [
    # the same adverbs before a negation keep it
    (
        "ngs-amplification-still-not-detected",
        "Tissue NGS, colorectal primary.\nERBB2 amplification is still not detected.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "fish-amplification-nevertheless-absent",
        "HER2 FISH, breast excision.\nHER2 gene amplification was nevertheless absent (ratio 1.3).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # "none" as a whole word is still the negation
    (
        "ngs-amplification-none",
        "Tissue NGS, lung adenocarcinoma.\nERBB2 amplification: none\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ADVERB_AFTER_AMPLIFICATION + ADVERB_AFTER_AMPLIFICATION_NEAR)
)
def test_adverb_after_amplification_keeps_its_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a tumour/normal copy-number table: ploidy, log2R and an exome are sequencing's words --------
# variants16a v16a-f12-03: "CNV SUMMARY (tissue WES-lite, tumour/normal)", "Purity 0.35, ploidy
# 2.9" and a table " gene  chr  log2R  est.copies  call" with "ERBB2 ... 24.6  AMP" was read as an
# ISH amplification (no ISH was done): the report had one sequencing cue, and the ERBB2 row's
# neighbour (GRB7) is no panel gene. A tumour's ploidy, a log2R column and an exome are
# sequencing's measures; an ISH count gives none of them.
COPY_NUMBER_TABLE_IS_NGS: list[Case] = [
    (
        "exome-ploidy-log2r-table",
        "Copy-number report -- tumour/normal exome\n"
        "Specimen: gastric body biopsy\n"
        "Estimated purity 40%, ploidy 3.4\n\n"
        " gene   log2R  est.copies  call\n"
        " ERBB2  +2.9   18.2        AMP\n"
        " GRB7   +2.8   17.5        AMP (co-amplified)\n",
        "positive",
        {"ngs.amplification": "amplified", "ish": None},
    ),
    (
        "wes-summary-line",
        "Tumour WES (matched normal), oesophageal adenocarcinoma.\n"
        "Tumour ploidy 3.1.\n"
        "ERBB2: high-level amplification, about 30 copies.\n",
        "positive",
        {"ngs.amplification": "amplified", "ish": None},
    ),
]
COPY_NUMBER_TABLE_IS_NGS_NEAR: list[Case] = [
    # an ISH count that speaks of aneuploidy or polysomy stays ISH
    (
        "fish-aneuploidy-words-stay-ish",
        "HER2 FISH, breast core\n"
        "HER2/CEP17 ratio 1.4; mean HER2 2.9/cell. No polysomy; aneuploidy not assessed.\n"
        "Result: not amplified.\n",
        "negative",
        {"ish.result": "not_amplified", "ngs": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(COPY_NUMBER_TABLE_IS_NGS + COPY_NUMBER_TABLE_IS_NGS_NEAR)
)
def test_copy_number_table_with_ploidy_is_sequencing(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
