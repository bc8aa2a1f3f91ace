"""fix22 (session 22): the unsafe families the review of session 21 found and the wrong-way
leftovers of devset24, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_as_written, assert_reads_status, phrase_params

Case = PhraseCase

BREAST_CORE = "Surgical pathology. Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
BREAST_EXCISION = "Surgical pathology. Right breast, wide local excision: invasive carcinoma NST, 21 mm.\n"


# --- A. another gene's or probe's "not amplified" after HER2's own call ---------------------------
# review21: "HER2 FISH: amplified, TOP2A not amplified" read NEGATIVE. The negation in a clause that
# opens with another gene's symbol (TOP2A, MYC) or the chromosome 17 probe is that gene's or probe's.
OTHER_GENE_AFTER: list[Case] = [
    (
        "fish-amplified-comma-top2a-not",
        BREAST_CORE + "ER 0%, PR 0%.\nHER2 by FISH: amplified, TOP2A not amplified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "sish-ratio-comma-myc-gene-not",
        BREAST_EXCISION + "HER2 SISH: amplified (HER2/CEP17 ratio 5.3), MYC gene not amplified.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 5.3},
    ),
    (
        "semicolon-cep17-probe-not",
        BREAST_CORE + "Dual-probe ISH: HER2 AMPLIFIED; CEP17 probe not amplified (no polysomy).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "semicolon-two-others-not",
        BREAST_EXCISION + "FISH panel: HER2 amplified; TOP2A and CEP17 both not amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
OTHER_GENE_AFTER_NEAR: list[Case] = [
    # HER2's own negation keeps its reading beside another gene's amplification
    (
        "her2-not-amplified-top2a-amplified",
        BREAST_CORE + "HER2 FISH: not amplified, TOP2A amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "both-not-amplified",
        BREAST_EXCISION + "HER2 by FISH: not amplified; CEP17 not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # the probe's count in a clause of its own before the call: the call is HER2's
    (
        "cep17-count-clause-then-amplified",
        BREAST_EXCISION
        + "HER2 FISH: mean HER2 6.2 copies/cell; CEP17 2.0 copies/cell; ratio 3.1, amplified.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.1},
    ),
    (
        "cep17-count-clause-then-not-amplified",
        BREAST_CORE
        + "HER2 FISH: HER2 2.2 signals per nucleus; CEP17 2.0 signals; ratio 1.1, not amplified.\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.1},
    ),
    # a shared answer after a list of names is HER2's too: no amplification word of the other's own
    (
        "shared-answer-after-list",
        BREAST_CORE + "FISH: HER2 and TOP2A, not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OTHER_GENE_AFTER + OTHER_GENE_AFTER_NEAR))
def test_another_genes_negation_after_her2s_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a contrast sets an earlier sample's word apart from this sample's --------------------------
# review21: "...because the prior biopsy was not amplified. Unlike that biopsy, the excision is
# amplified." read NEGATIVE; with the two words swapped the same shape read POSITIVE for a negative
# report. The words on the earlier sample's side of "unlike", "in contrast to", "whereas",
# "compared with" are its history; this sample's word may stand in the sentence after the name's.
CONTRAST: list[Case] = [
    (
        "repeat-because-prior-unlike-excision-amplified",
        BREAST_EXCISION + "HER2 note: ISH was done again on this resection as the previous core biopsy was "
        "not amplified. Unlike the core, the resection is amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "prior-amplified-unlike-now-not",
        BREAST_EXCISION + "HER2 ISH: the prior core biopsy was amplified. Unlike that core, the excision "
        "is not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "earlier-whereas-present",
        BREAST_EXCISION + "HER2 SISH: the earlier needle biopsy was reported as not amplified, whereas the "
        "present excision is amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "in-contrast-to-prior-not-now",
        BREAST_EXCISION + "HER2 FISH: the 2023 core biopsy was amplified. In contrast to that biopsy, "
        "this excision is not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]
CONTRAST_NOT_YET = {
    "compared-with-which-was-then-current": "the doubt gate (interpret/doubt.py) reads the earlier "
    "sample's 'not' in the same sentence as the current value and withholds the call (not_found, safe)",
}
CONTRAST += [
    (
        "compared-with-which-was-then-current",
        BREAST_EXCISION + "HER2 ISH: compared with the 2022 biopsy, which was not amplified, the current "
        "resection shows HER2 amplification (ratio 3.3).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
CONTRAST_NEAR: list[Case] = [
    # a contrast with another component, not a sample: the name's own word stands
    (
        "not-amplified-whereas-dcis-component",
        BREAST_EXCISION + "HER2 FISH: not amplified in the invasive carcinoma, whereas the DCIS component "
        "is amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # an earlier sample's word with no word of this sample after the contrast: history only
    (
        "unlike-prior-no-current-word",
        BREAST_EXCISION + "HER2 FISH on this excision: not amplified (ratio 1.3). Unlike the 2021 biopsy, "
        "no reflex test was needed.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "own-sample-amplified-then-unlike-history",
        BREAST_EXCISION
        + "HER2 FISH on this resection: amplified (ratio 4.4), unlike the 2020 core biopsy.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.4},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(CONTRAST + CONTRAST_NEAR, CONTRAST_NOT_YET)
)
def test_a_contrast_sets_the_earlier_samples_word_apart(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# review22 item 1: the contrast cue AFTER this sample's word ("amplified (ratio 3.1), unlike the prior
# biopsy, which was not amplified"): the cue's phrase, with the clause hanging on its sample, is the
# earlier sample's; the word before the cue is this sample's (mend22b). A positive may be withheld
# (not_found: the doubt gate sees the earlier "not" in the same sentence), never read negative.
CONTRAST_CUE_AFTER: list[tuple[str, str, frozenset[str], dict[str, Any]]] = [
    (
        "ngs-detected-unlike-biopsy-in-which-not",
        "Tumour NGS panel, resection specimen.\nERBB2 amplification detected (estimated 12 copies), "
        "unlike the 2022 biopsy, in which ERBB2 was not amplified.\n",
        frozenset({"positive"}),
        {"ngs.amplification": "amplified"},
    ),
    (
        "sish-amplified-compared-with-core-which-not",
        BREAST_EXCISION + "HER2 SISH (excision): amplified (HER2/CEP17 ratio 2.9), compared with the 2023 "
        "needle core, which was not amplified.\n",
        frozenset({"positive", "not_found"}),
        {"ish.result": "amplified"},
    ),
    (
        "resection-amplified-unlike-core-which-not",
        BREAST_EXCISION + "HER2 FISH: this resection is amplified (ratio 3.4, mean HER2 7.0), unlike the "
        "earlier core biopsy, which was not amplified.\n",
        frozenset({"positive", "not_found"}),
        {"ish.result": "amplified"},
    ),
    (
        "resection-not-unlike-core-which-was",
        BREAST_EXCISION + "HER2 ISH: the resection is not amplified (ratio 1.2, mean HER2 2.3), unlike the "
        "earlier core biopsy, which was amplified.\n",
        frozenset({"negative"}),
        {"ish.result": "not_amplified"},
    ),
    (
        "not-compared-with-core-which-was",
        BREAST_EXCISION + "HER2 FISH (resection): not amplified (ratio 1.4), compared with the 2022 needle "
        "core, which was amplified.\n",
        frozenset({"negative"}),
        {"ish.result": "not_amplified"},
    ),
    (
        "not-in-contrast-to-biopsy-which-was",
        BREAST_EXCISION + "HER2 FISH on the mastectomy specimen: not amplified (ratio 1.1), in contrast to "
        "the 2021 biopsy, which was amplified.\n",
        frozenset({"negative"}),
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "allowed", "keys"),
    [pytest.param(text, allowed, keys, id=cid) for cid, text, allowed, keys in CONTRAST_CUE_AFTER],
)
def test_a_contrast_cue_after_this_samples_word(
    text: str, allowed: frozenset[str], keys: dict[str, Any]
) -> None:
    assert_reads_as_written(text, allowed, keys)


# --- C. a bracketed tag on a row speaks for its own row -------------------------------------------
# devset24 b24-f10-01: an amended report tags its unchanged IHC row with the original report's date
# in a bracket; the earlier cue was read forward over the ISH rows the amendment adds below it, and
# the amplified ISH was set aside as earlier (positive read equivocal).
ROW_TAG: list[Case] = [
    (
        "amended-ihc-row-tagged-original-ish-rows-below",
        "ADDENDUM - supersedes the report of 12/03/2024\nSpecimen: left breast core biopsy, invasive carcinoma.\n"
        "Results\n  HER2 IHC (clone 4B5) [as in the original report, 12/03/2024]: 2+\n"
        "  HER2 SISH, added 19/03/2024:\n    ratio HER2:CEP17   3.0\n    mean HER2 per cell  6.1\n"
        "    interpretation      AMPLIFIED\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.0},
    ),
    (
        "revised-ihc-row-previous-tag-fish-not-amplified-below",
        "REVISED REPORT\nSpecimen: right breast excision, invasive lobular carcinoma.\n"
        "HER2 IHC [previous report, unchanged]: 2+ (equivocal)\nHER2 FISH (added in this revision):\n"
        "  HER2/CEP17 ratio 1.3\n  mean HER2 copies/cell 2.6\n  result: not amplified\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.3},
    ),
]
ROW_TAG_NEAR: list[Case] = [
    # the tagged row's own value is still the original report's, kept when nothing replaces it
    (
        "tagged-row-only-value",
        "AMENDED REPORT (adds a comment only)\nSpecimen: left breast core biopsy, invasive carcinoma.\n"
        "HER2 IHC (4B5) [original report, unchanged]: 1+\nComment: specimen adequacy confirmed.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ROW_TAG + ROW_TAG_NEAR))
def test_a_row_tag_speaks_for_its_own_row(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. every area amplified is amplified -----------------------------------------------------------
# review21 item 5: fix21a's subregion rule ("amplified in region 1, not amplified in region 2" is a
# region's result) also made "amplified in area 1 and in area 2" not_found. When every area named is
# amplified the tumour is; one amplified area of several stays regional.
EVERY_AREA: list[Case] = [
    (
        "areas-one-and-two-both-with-ratios",
        BREAST_EXCISION + "HER2 FISH: amplified in area 1 (ratio 3.6) and in area 2 (ratio 4.0).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "regions-a-and-b",
        BREAST_CORE + "HER2 SISH: amplified in region A and region B of the core.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "both-areas-counted",
        BREAST_EXCISION + "Dual ISH for HER2: amplified in both areas counted (40 nuclei each).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
EVERY_AREA_NEAR: list[Case] = [
    # one area amplified, another not: a regional result, no call
    (
        "area-one-amplified-area-two-not",
        BREAST_EXCISION
        + "HER2 FISH: amplified in area 1 (ratio 3.6), not amplified in area 2 (ratio 1.3).\n",
        "not_found",
        {},
    ),
    (
        "region-a-amplified-not-in-region-b",
        BREAST_CORE + "HER2 SISH: amplified in region A and region B, not in region C.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(EVERY_AREA + EVERY_AREA_NEAR))
def test_every_area_amplified_is_amplified(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. the scale's categories listed with "ultralow" are no score ----------------------------------
# safety21 (tests/test_safety.py decalcified-hard-to-tell-apart): "scores of 0, ultralow and 1+ are
# hard to tell apart" with no category line read as IHC 0. "ultralow" as an item of the list is one
# more category listed: three listed make a key, no result.
BONE = "Bone, iliac crest, core biopsy: metastatic carcinoma consistent with breast primary.\n"
CATEGORY_LIST: list[Case] = [
    (
        "decal-difference-between-list",
        BONE + "HER2 IHC not reported: after decalcification the difference between 0, ultralow or 1+ "
        "cannot be judged.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "decal-vs-list",
        BONE + "HER2 immunohistochemistry: not scored. Acid decalcification blurs 0 vs ultralow vs 1+; "
        "please test a soft-tissue sample.\n",
        "not_found",
        {"ihc": None},
    ),
]
CATEGORY_LIST_NEAR: list[Case] = [
    # the score with its own category in a bracket is a result
    (
        "score-zero-ultralow-bracket",
        BREAST_CORE + "HER2 IHC (4B5): 0 (ultralow), faint staining in 5% of cells.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "score-one-then-categories-note-other-sentence",
        BREAST_CORE
        + "HER2 IHC (4B5): 1+ (HER2-low).\nNote: 0, ultralow and 1+ are reported as separate categories.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CATEGORY_LIST + CATEGORY_LIST_NEAR))
def test_a_list_of_the_scales_categories_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a value of one area only does not outrank the whole tumour's ---------------------------------
# safety21: a regional "ratio 4.1 (amplified)" beside whole-tumour not-amplified lines and a final
# negative conclusion read POSITIVE (now withheld by the safety check). A line that says its count is
# of one area only ("area 2 only", "only in region B") is a regional note (context.toml subregion-area).
ONE_AREA_ONLY: list[Case] = [
    (
        "whole-not-amplified-area-two-only-amplified",
        BREAST_CORE
        + "HER2 FISH (whole tumour, 60 nuclei): ratio 1.4, mean HER2 2.9 copies/cell. Not amplified.\n"
        "HER2 FISH, area 2 only (20 nuclei): ratio 4.3 (amplified).\nConclusion: HER2 NEGATIVE\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.4},
    ),
    (
        "only-in-region-b",
        BREAST_EXCISION + "HER2 SISH, invasive tumour overall: ratio 1.2 - not amplified.\n"
        "HER2 SISH ratio 3.9 (amplified) only in region B (15 nuclei).\nFinal HER2 status: negative\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]
ONE_AREA_ONLY_NEAR: list[Case] = [
    # "only" of the count, not of an area: the whole result stands
    (
        "only-twenty-nuclei-amplified",
        BREAST_CORE + "HER2 FISH: only 20 nuclei could be counted; ratio 4.3 (amplified).\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.3},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ONE_AREA_ONLY + ONE_AREA_ONLY_NEAR))
def test_one_areas_value_does_not_outrank_the_whole(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
