"""fix24b (session 24): tests/variants17b's misses (writer32b's 60 hand-written reports: clinic
letters, tumour boards, teaching notes, LIS exports, copy-number tables, Spanish), as phrase
families.

Each family: variants a different lab or clinic would write (the status they must read as) and
near-misses that keep their reading. A case is (id, text, expected status, {dotted JSON path:
value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a scoring key written as sentences, one score defined per sentence ------------------------
# variants17b v17b-f09-03: teaching notes gave the breast scoring key as sentences ("3+ = strong
# complete circumferential staining >10% of cells. 2+ = weak/moderate complete >10% -> reflex ISH.
# 1+ = ...") under "Topic: HER2 scoring pitfalls", read as this patient's 3+ (POSITIVE, not_found
# expected). A full stop between two defined scores separates a key's entries as a semicolon does.
KEY_SENTENCES: list[Case] = [
    (
        "key-sentences-3plus-first",
        "Registrar handout: HER2 in breast\n"
        "Scoring: 3+ = intense complete membrane staining in more than 10% of cells. 2+ = weak to\n"
        "moderate complete staining in more than 10%. 1+ = faint partial staining. 0 = no staining.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "key-sentences-zero-first-after-her2",
        "Quality bulletin, immunohistochemistry section.\n"
        "HER2 IHC: 0 = no staining or faint staining in 10% or fewer. 1+ = faint incomplete staining\n"
        "in more than 10%. 2+ = weak or moderate complete ring. 3+ = strong complete ring.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "key-sentences-two-spaces",
        "Lab handbook, HER2 4B5 assay.  3+ = strong circumferential membrane staining, >10%.  "
        "2+ = moderate complete membrane staining, >10%.\n",
        "not_found",
        {"ihc": None},
    ),
]
KEY_SENTENCES_NEAR: list[Case] = [
    # a score given its call after "=", then another marker's value: the sample's own result
    (
        "score-equals-staining-then-pr-sentence",
        "Breast core biopsy, invasive carcinoma.\n"
        "HER2 IHC score 3+ = strong complete membrane staining in 90% of cells. PR 2+ in 40% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "score-equals-equivocal-then-fish-sentence",
        "Breast excision, invasive ductal carcinoma.\nHER2 (4B5) 2+ = equivocal. FISH ratio = 1.3, not amplified.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    # a key in the notes below, and the tumour's result on its own line above: the result stays
    (
        "result-line-then-key-sentences",
        "Breast core biopsy, left, invasive carcinoma.\n"
        "HER2 IHC (4B5): 3+, positive.\n\n"
        "Key: 3+ = strong complete staining >10%. 2+ = weak to moderate complete >10%.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(KEY_SENTENCES + KEY_SENTENCES_NEAR))
def test_key_written_as_sentences_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. the not-equal sign before a status -----------------------------------------------------
# variants17b v17b-f09-03: "HER2-enriched (PAM50) \u2260 HER2-positive." in teaching notes read as a
# positive call. The sign says the thing on its left is not that status.
NOT_EQUAL: list[Case] = [
    (
        "pam50-not-equal-positive",
        "Tutorial notes on breast cancer subtypes.\nLuminal B \u2260 HER2-positive; HER2-enriched \u2260 HER2 positive.\n",
        "not_found",
        {},
    ),
    (
        "mutation-not-equal-amplification",
        "Molecular tumour board teaching slide.\nAn ERBB2 exon 20 insertion \u2260 HER2 amplification.\n",
        "not_found",
        {"ngs": None},
    ),
]
NOT_EQUAL_NEAR: list[Case] = [
    # the tumour's own call beside the reminder keeps its reading
    (
        "not-equal-reminder-then-own-3plus",
        "Breast core biopsy.\nNote: HER2-enriched (PAM50) \u2260 HER2-positive.\nHER2 IHC on this tumour: 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "own-negative-then-not-equal-reminder",
        "Breast excision.\nHER2 IHC 1+, negative (HER2-low).\nReminder: HER2-low \u2260 HER2-positive.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_EQUAL + NOT_EQUAL_NEAR))
def test_not_equal_sign_before_a_status_is_no_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a subpopulation said to be absent -------------------------------------------------------
# variants17b v17b-f03-04: a FISH count ("ratio = 1.15") followed by "Heterogeneity screen: no
# amplified subpopulation (>10% cells with ratio >2) identified." and "RESULT: NEGATIVE (not
# amplified)" was read as a heterogeneity note (the ratio measured in one area): the ISH was dropped
# and the IHC 2+ gave EQUIVOCAL (negative expected). A subpopulation that is not there is no area.
ABSENT_SUBPOPULATION: list[Case] = [
    (
        "no-distinct-amplified-subpopulation-after-ratio",
        "Breast excision, invasive carcinoma. HER2 IHC 2+ (equivocal), reflex FISH:\n"
        "60 nuclei scored, HER2/CEP17 ratio 1.3, mean HER2 2.6 signals/cell.\n"
        "The whole area was screened; no distinct amplified subpopulation was seen.\n"
        "FISH interpretation: not amplified (group 5).\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.3},
    ),
    (
        "no-distinct-subpopulation-amplified-ratio",
        "Gastric biopsy, adenocarcinoma. HER2 IHC 2+.\n"
        "SISH: ratio 3.4, mean HER2 7.9 per nucleus; no distinct subpopulation with another ratio seen.\n"
        "Result: AMPLIFIED.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.4},
    ),
]
ABSENT_SUBPOPULATION_NEAR: list[Case] = [
    # a subpopulation that is there keeps the note a subregion's: the overall call stays the lab's
    (
        "amplified-subpopulation-present-overall-not-amplified",
        "Breast core biopsy. HER2 IHC 2+.\n"
        "FISH: an amplified subpopulation (15% of cells) had a ratio of 3.8; the remaining tumour\n"
        "was not amplified (ratio 1.4). Overall: not amplified, HER2 negative.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ABSENT_SUBPOPULATION + ABSENT_SUBPOPULATION_NEAR)
)
def test_subpopulation_said_absent_is_no_subregion(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
