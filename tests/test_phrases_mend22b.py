"""mend22b (session 22): the review of session 22 (review22) found a contrast between two samples
read the wrong way round when the contrast cue comes after this sample's word.

"HER2 FISH: AMPLIFIED, unlike the core biopsy (not amplified)" and "amplified (ratio 2.9), whereas
the 2023 core biopsy was not amplified" read NEGATIVE (before and after fix22's contrast rule), and
fix22's rule took the clause hanging on the earlier sample ("unlike the prior biopsy, which was not
amplified") for this sample's. The cue's phrase that runs to its sentence's end is the other
sample's, with the clauses that hang on it; the word before the cue is this sample's
(findings/contrast_word.py). A positive may still be withheld (not_found: the doubt gate sees the
earlier "not" in the same sentence); it is never read negative.

A case is (id, text, allowed statuses, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import assert_reads_as_written

EXCISION = "Surgical pathology. Left breast, wide local excision: invasive carcinoma NST, 18 mm.\n"
POS_OR_HELD = frozenset({"positive", "not_found"})
NEG = frozenset({"negative"})
POS = frozenset({"positive"})
AMP = {"ish.result": "amplified"}
NOT_AMP = {"ish.result": "not_amplified"}

Case = tuple[str, str, frozenset[str], dict[str, Any]]

# --- A. the earlier sample named after this sample's word (review22 item 2) -----------------------
CUE_AFTER: list[Case] = [
    (
        "bracket-after-unlike",
        EXCISION + "HER2 SISH: AMPLIFIED, unlike the needle core (not amplified).\n",
        POS,
        AMP,
    ),
    (
        "whereas-dated-core-not",
        EXCISION + "HER2 FISH: amplified (ratio 3.2), whereas the 2022 needle biopsy was not amplified.\n",
        POS_OR_HELD,
        AMP,
    ),
    (
        "contrary-to-referring-biopsy",
        EXCISION + "HER2 FISH: amplified (ratio 2.6), contrary to the referring hospital's biopsy, which "
        "was reported not amplified.\n",
        POS_OR_HELD,
        AMP,
    ),
    (
        "compared-to-without-comma",
        EXCISION
        + "HER2 FISH: amplified (ratio 3.0) compared to the earlier biopsy, which was not amplified.\n",
        POS_OR_HELD,
        AMP,
    ),
    (
        "participle-clause-of-the-core",
        EXCISION + "HER2 FISH: amplified (ratio 3.0), unlike the 2019 core, reported as not amplified.\n",
        POS_OR_HELD,
        AMP,
    ),
    (
        "semicolon-then-opening-unlike",
        EXCISION + "HER2 FISH: the 2021 core biopsy was not amplified; unlike that core, the resection is "
        "amplified (ratio 2.9).\n",
        POS,
        AMP,
    ),
    (
        "opening-unlike-with-which-clause",
        EXCISION + "HER2 FISH: Unlike the 2022 core, which was not amplified, the resection is amplified "
        "(ratio 2.8).\n",
        POS,
        AMP,
    ),
]

# --- B. near-misses: the same layouts for a negative sample, and this sample's own word ------------
NEAR: list[Case] = [
    (
        "bracket-after-unlike-neg",
        EXCISION + "HER2 SISH: NOT AMPLIFIED, unlike the needle core (amplified).\n",
        NEG,
        NOT_AMP,
    ),
    (
        "whereas-dated-core-was",
        EXCISION + "HER2 FISH: not amplified (ratio 1.1), whereas the 2022 needle biopsy was amplified.\n",
        NEG,
        NOT_AMP,
    ),
    (
        "participle-clause-neg",
        EXCISION + "HER2 FISH: not amplified (ratio 1.2), unlike the 2019 core, reported as amplified.\n",
        NEG,
        NOT_AMP,
    ),
    (
        "semicolon-then-opening-unlike-neg",
        EXCISION + "HER2 FISH: the 2021 core biopsy was amplified; unlike that core, the resection is not "
        "amplified (ratio 1.2).\n",
        NEG,
        NOT_AMP,
    ),
    (
        "opening-unlike-with-which-clause-neg",
        EXCISION + "HER2 FISH: Unlike the 2022 core, which was amplified, the resection is not amplified "
        "(ratio 1.3).\n",
        NEG,
        NOT_AMP,
    ),
    (
        "next-sentence-this-is-unlike",
        EXCISION + "HER2 FISH: not amplified (ratio 1.1).\nThis is unlike the 2022 core biopsy, which was "
        "amplified.\n",
        NEG,
        NOT_AMP,
    ),
    # the earlier sample first, this sample's word after the cue: as fix22 wrote it
    (
        "earlier-named-first-then-unlike-this",
        EXCISION + "HER2 FISH: the 2021 core was amplified, unlike this excision, which is not amplified "
        "(ratio 1.2).\n",
        NEG,
        NOT_AMP,
    ),
    (
        "earlier-core-whereas-this-excision",
        EXCISION + "HER2 FISH: the earlier core was amplified, whereas this excision is not amplified "
        "(ratio 1.3).\n",
        NEG,
        NOT_AMP,
    ),
    # a contrast with no word on the other sample's side: this sample's word stands
    (
        "unlike-core-no-word",
        EXCISION + "HER2 FISH on this resection: amplified (ratio 4.0), unlike the 2020 core biopsy.\n",
        POS,
        {"ish.result": "amplified", "ish.ratio": 4.0},
    ),
]


@pytest.mark.parametrize(
    ("text", "allowed", "keys"),
    [pytest.param(text, allowed, keys, id=cid) for cid, text, allowed, keys in CUE_AFTER + NEAR],
)
def test_the_contrast_phrase_after_this_samples_word_is_the_other_samples(
    text: str, allowed: frozenset[str], keys: dict[str, Any]
) -> None:
    assert_reads_as_written(text, allowed, keys)


# --- C. review22's final report: regressions of this session (the reviewer's patches) -------------
# R1: a ratio right after a label that ends in a digit ("CEP17:1.3") is a ratio; the clock rule
# (fix22a: "9:00" is no ratio) holds only for an hour that stands alone. R3: an IHC score set against
# another sample's ("1+, as opposed to the core biopsy, which was 3+") is the earlier sample's.
REVIEW22_FINAL: list[Case] = [
    (
        "lis-export-ratio-after-cep17-colon",
        "HER2_ISH_RATIO HER2/CEP17:1.4\nHER2_MEAN_SIGNALS:4.2\n",
        NEG,
        {"ish.ratio": 1.4},
    ),
    (
        "ratio-label-colon-no-space",
        EXCISION + "HER2 SISH (dual probe).\nHER2/CEP17 ratio:1.1\nMean HER2 copy number:2.4\n",
        NEG,
        {"ish.ratio": 1.1},
    ),
    (
        "ihc-low-as-opposed-to-core-3plus",
        EXCISION + "HER2 IHC (resection): 1+, as opposed to the needle core, which was 3+.\n",
        frozenset({"negative", "not_found"}),
        {},
    ),
    (
        "ihc-zero-contrary-to-outside-3plus",
        EXCISION + "HER2 IHC on this excision: 0, contrary to the outside biopsy, which was scored 3+.\n",
        frozenset({"negative", "not_found"}),
        {},
    ),
    # near-miss: this sample's own 3+ with the earlier one named after it stays positive
    (
        "ihc-3plus-as-opposed-to-core-1plus",
        EXCISION + "HER2 IHC (resection): 3+, as opposed to the needle core, which was 1+.\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "allowed", "keys"),
    [pytest.param(text, allowed, keys, id=cid) for cid, text, allowed, keys in REVIEW22_FINAL],
)
def test_review22_final_regressions(text: str, allowed: frozenset[str], keys: dict[str, Any]) -> None:
    assert_reads_as_written(text, allowed, keys)
