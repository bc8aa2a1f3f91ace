"""review18 (session 18): near-misses of the session's new rules that read the wrong way.

A review of the session's change wrote the current sample's own result in layouts the new rules
had not been tried on: a test kit's licence and this sample's score beside a trial word read as a
study's criterion (a 3+ lost, positive read negative), a variant row under a "Tested and negative"
list read wild-type, a clinical history's "current HER2 status: equivocal" and an IHC-stage final
word held a settled result equivocal, and a ratio OCR cut as "ra tio" was joined only when another
word of the report held "rat". A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

BREAST = "Breast, right, core biopsy: invasive ductal carcinoma, grade 3.\n"
COLON = "Sigmoid colon, resection: adenocarcinoma, pT3 N1.\nMolecular panel (NGS, 50 genes):\n"


# a kit's licence and this sample's own score beside a trial word are no entry criterion
OWN_SCORE_BESIDE_TRIAL_WORDS: list[PhraseCase] = [
    (
        "kit-licensed-for-ivd-3plus",
        BREAST
        + "Earlier core (2023): HER2 IHC 1+.\nHER2 IHC (PATHWAY 4B5, licensed for IVD use): 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "kit-licensed-in-eu-0",
        BREAST + "HER2 (HercepTest, licensed in the EU for diagnostic use): score 0, negative.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "sample-for-trial-inclusion",
        BREAST + "Block A2 sent for trial inclusion: HER2 IHC 0 (negative).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "eligibility-review-own-score",
        BREAST + "Study eligibility criteria review - HER2 IHC 1+ (HER2-low), negative for overexpression.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # the criterion itself still names no result of this tumour
    (
        "licence-for-her2-negative-disease",
        BREAST + "HER2 testing: requested on the excision.\n"
        "Note: the CDK4/6 inhibitor is licensed for HR-positive, HER2-negative advanced disease.\n",
        "not_found",
        {},
    ),
    (
        "inclusion-score-list",
        BREAST
        + "HER2 by IHC: pending.\nTrial (inclusion: HER2 IHC 0 or 1+ disease) discussed with the patient.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OWN_SCORE_BESIDE_TRIAL_WORDS))
def test_own_score_beside_trial_or_licence_words(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# a variant row below a "Tested and negative" list is a finding, not the list's covered hotspot
VARIANT_ROW_BELOW_NEGATIVE_LIST: list[PhraseCase] = [
    (
        "row-with-vaf",
        COLON + "HER2 IHC: 1+.\nTested and negative: KRAS, NRAS\nBRAF V600E, VAF 22%\n",
        "negative",
        {"related.braf": "mutant"},
    ),
    (
        "row-with-cdna",
        COLON + "HER2 IHC: 0.\nGenes tested and found wild-type: KRAS, NRAS\nBRAF p.V600E (c.1799T>A)\n",
        "negative",
        {"related.braf": "mutant"},
    ),
    # the list's own hotspot, continued after a comma on the next line, stays wild-type
    (
        "hotspot-in-wrapped-list",
        COLON + "HER2 IHC: 0.\nAlso tested and negative: KRAS (exons 2-4), NRAS,\nBRAF V600E, PIK3CA.\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(VARIANT_ROW_BELOW_NEGATIVE_LIST))
def test_variant_row_below_a_negative_list(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# "current HER2 status" inside a history line, and an IHC's own final word printed above the ISH it
# asked for, are not the lab's last word on the settled result
NOT_THE_LABS_LAST_WORD: list[PhraseCase] = [
    (
        "history-current-status-equivocal",
        "Clinical history: left breast cancer; current HER2 status: equivocal on the core, excision sent for repeat.\n"
        "Left breast, wide local excision: invasive ductal carcinoma.\nHER2 IHC (4B5) on the excision: 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "ihc-final-word-before-group-4",
        BREAST + "HER2 IHC (4B5): 2+\nFINAL HER2 IHC RESULT: EQUIVOCAL - reflex FISH\n"
        "HER2 FISH: HER2/CEP17 ratio 1.5, mean HER2 4.4 signals per cell (ASCO/CAP group 4).\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    # the lab's own final word after the ISH still holds the group equivocal
    (
        "final-word-after-group-4",
        BREAST
        + "HER2 IHC (4B5): 2+\nHER2 FISH: HER2/CEP17 ratio 1.6, mean HER2 4.7 signals per cell (group 4).\n"
        "Current HER2 status: EQUIVOCAL (limited tumour; repeat on the excision advised).\n",
        "equivocal",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_THE_LABS_LAST_WORD))
def test_not_the_labs_last_word(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# "ra tio" is joined whatever other words the report holds
def test_ratio_cut_as_ra_tio_is_read_without_other_rat_words() -> None:
    text = (
        "Breast core: invasive carcinoma.\nHER2 FISH: HER2/CEP17 ra tio 2.4, mean HER2 5.1 signals per cell\n"
    )
    assert_reads_status(text, "positive", {"ish.ratio": 2.4})
