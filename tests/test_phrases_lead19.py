"""The lead (session 19): "Pre-treat core" (an abbreviation of pre-treatment before a sample noun)
names the biopsy before treatment, so its quoted ISH result is that sample's, not the residual
tumour's.

Blind set 22 b22-f02-08 (a scanned re-excision after neoadjuvant chemotherapy): "Pre-treat core
(...): HER2 amplified, ratio 2.9" above the residual tumour's own group 5, not amplified, ratio 1.5,
and "HER2 status, residual tumour: NEGATIVE" read POSITIVE (amplified, 2.9): samples.toml
pre-treatment knew "pre-treatment", "pretx", "pre-NAC" but not "pre-treat". A case is (id, text,
status, {path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

PRE_TREAT_ABBREVIATION: list[PhraseCase] = [
    (
        "pre-treat-core-amplified-residual-not",
        "Left breast segmentectomy after neoadjuvant therapy.\n"
        "Pre-treat core (B-19-3310): HER2 FISH amplified, ratio 3.4.\n"
        "Residual carcinoma, 4 mm.\n"
        "HER2 FISH on residual tumour: ratio 1.3, mean HER2 2.6 signals/cell - not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "pre-treat-biopsy-3plus-residual-1plus",
        "Mastectomy following neoadjuvant chemotherapy.\n"
        "Pre treat biopsy: HER2 IHC 3+.\n"
        "Residual invasive carcinoma: HER2 IHC 1+ (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-miss: a method line's "pre-treat" (of the slides) names no sample; the result stays
    (
        "pre-treat-the-slides-method",
        "Core biopsy, left breast: invasive carcinoma.\n"
        "Method: pre-treat the slides with protease, then hybridise overnight.\n"
        "HER2 FISH: ratio 3.1, mean HER2 6.8 signals/cell - AMPLIFIED.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(PRE_TREAT_ABBREVIATION))
def test_a_pre_treat_abbreviation_names_the_sample_before_treatment(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# Blind set 22 b22-f03-04: a dual-ISH enumeration row "Total nuclei 40 | HER2 mean 6.8 | Chr17 mean
# 4.3 | ratio 1.58" (the HER2 name before "mean") lost its copy number, so the ratio alone made a
# group 5 "not amplified" over the lab's "FINAL HER2 STATUS: POSITIVE (ISH Group 3 with concurrent
# IHC 2+ ...)": a positive report read NEGATIVE. ish.toml ish-copy reads "HER2 mean 6.8" as the
# mean copy number, the mirror of "mean HER2 6.8".
HER2_NAME_BEFORE_MEAN: list[PhraseCase] = [
    (
        "pipe-row-group3-with-ihc-2plus-final-positive",
        "Dual-probe ISH, core biopsy left breast.\n"
        "Counts: nuclei 30 | HER2 mean 7.1 | CEP17 mean 4.0 | ratio 1.78\n"
        "IHC on the same block: 2+. Group 3 after recount.\n"
        "Final HER2 status: POSITIVE.\n",
        "positive",
        {"ish.her2_copy_number": 7.1},
    ),
    (
        "semicolon-row-group5-negative",
        "HER2 SISH, excision: HER2 mean 2.2; CEP17 mean 1.9; ratio 1.16. Not amplified.\n",
        "negative",
        {"ish.her2_copy_number": 2.2},
    ),
    # near-miss: "HER2/CEP17 mean 1.5" is the ratio's name, not a copy number
    (
        "ratio-named-her2-cep17-mean",
        "HER2 FISH, excision: HER2/CEP17 mean 1.5, not amplified (group 5).\n",
        "negative",
        {"ish.her2_copy_number": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(HER2_NAME_BEFORE_MEAN))
def test_the_her2_name_before_mean_gives_the_copy_number(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
