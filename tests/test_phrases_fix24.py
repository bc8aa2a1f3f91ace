"""fix24 (session 24): unsafe leftovers and wrong-way families, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

SURGERY = "Specimen: right breast, total mastectomy. Invasive carcinoma of no special type, 24 mm, grade 2.\n"
WIDE = "Left breast wide local excision: invasive lobular carcinoma, 31 mm; margins clear.\n"


# --- 1a. a bare score after a separator, named by its sample --------------------------------------
# session 24: "HER2 IHC: 3+ (biopsy 2020), 0 (mastectomy)" read POSITIVE: the surgical specimen's "0"
# has no "+" and was no score, so only the dated biopsy's 3+ was read. A lone digit is a score of its
# sample right after the clause's separator and before a bracket or "on the ...", or right after a
# sample word at the clause's end, when the score before it named its own sample
# (samples.toml sample-bare-score, findings/sample_clauses.py).
BARE_SCORE_OF_SAMPLE: list[Case] = [
    (
        "bracketed-dated-biopsy-then-bare-zero-of-surgery",
        SURGERY + "HER2 immunohistochemistry (4B5): 3+ (needle core, 2019), 0 (mastectomy).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "square-brackets-slash",
        WIDE + "HER2 IHC: 3+ [core bx 2022] / 1 [excision]\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "sample-words-lead-each-score",
        SURGERY + "HER2 IHC: 2021 biopsy 3+, current mastectomy 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "bare-zero-on-the-resection",
        WIDE + "HER2 IHC score 3+ on the 2020 trucut biopsy; 0 on this excision.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "spanish-bare-zero-en-la-pieza",
        "Pieza de mastectomía derecha: carcinoma infiltrante.\n"
        "HER2 (IHQ): 3+ en la biopsia de 2019, 0 en la pieza quirúrgica.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
BARE_SCORE_OF_SAMPLE_NEAR: list[Case] = [
    # a description in brackets after the score is no sample, and a share of cells is no score
    (
        "description-then-share-of-cells",
        SURGERY + "HER2 IHC: 3+ (strong, complete membranous staining), >10% of invasive cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "zero-with-its-own-description",
        SURGERY + "HER2 IHC: 0 (no membrane staining)\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # the surgical specimen's own 3+ beside a dated biopsy's bare 0 keeps the report positive
    (
        "dated-biopsy-zero-surgery-high",
        SURGERY + "HER2 IHC: 0 (core 2020), 3+ (mastectomy)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "this-sample-high-older-surgery-bare-zero",
        "Right breast core biopsy, 14G x 3.\nHER2 IHC: 3+ (this core), 0 (2019 excision)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a number that counts blocks or cores is no score
    (
        "count-of-cores-after-a-score",
        SURGERY + "HER2 IHC: 3+ (core biopsy), 2 cores examined\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "block-number-after-a-score",
        SURGERY + "HER2 IHC: 3+ (core biopsy), block 1 (excision)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(BARE_SCORE_OF_SAMPLE + BARE_SCORE_OF_SAMPLE_NEAR)
)
def test_a_bare_score_named_by_its_sample(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 1b. an earlier sample's ISH, NGS or status word and this sample's on one line ----------------
# session 24: "HER2 FISH: amplified (biopsy 2020); not amplified (mastectomy)" read POSITIVE (the
# statement ended at the ";", so only the biopsy's word was read), and "not amplified (core 2021),
# amplified (excision)" read NEGATIVE (within one statement a negation wins). A line whose clauses
# each give a result and name their sample, one an earlier sample's and one this sample's, is read
# clause by clause; the earlier clause's value is set aside whichever way it differs
# (findings/sample_clauses.py line_sample_clauses, interpret/earlier.py).
EARLIER_SAMPLE_CLAUSE: list[Case] = [
    (
        "fish-dated-core-amplified-semicolon-surgery-not",
        SURGERY + "HER2 FISH: AMPLIFIED (needle core, 2019); NOT AMPLIFIED (mastectomy).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "sish-ratios-per-sample",
        WIDE + "HER2 SISH: HER2/CEP17 ratio 5.3 (2021 core biopsy); HER2/CEP17 ratio 1.4 (this excision)\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.4},
    ),
    (
        "ish-on-the-earlier-core-then-on-this-excision",
        WIDE + "HER2 dual ISH: amplified on the previous core; not amplified on the current excision.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "status-words-per-sample",
        WIDE + "HER2 status: POSITIVE (outside core, 2020), NEGATIVE (present excision)\n",
        "negative",
        {},
    ),
    (
        "spanish-amplificado-por-muestra",
        "Pieza de tumorectomía: carcinoma ductal infiltrante.\n"
        "HER2 SISH: amplificado (biopsia 2021); no amplificado (pieza quirúrgica)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "ngs-detected-dated-biopsy-not-detected-resection",
        "Comprehensive genomic profiling, hybrid-capture NGS (523 genes).\n"
        "ERBB2 amplification: detected, CN 16 (2022 liver biopsy); not detected (this resection)\n",
        "negative",
        {},
    ),
    # the wrong way round: the earlier sample's "not amplified" before this sample's "amplified"
    (
        "earlier-not-amplified-this-sample-amplified",
        WIDE + "HER2 FISH: not amplified (core 2020), amplified (excision)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
EARLIER_SAMPLE_CLAUSE_NEAR: list[Case] = [
    # this sample's amplification first, the earlier sample's "not" after it
    (
        "this-excision-amplified-then-older-core-not",
        WIDE + "HER2 FISH: amplified on this excision; not amplified on the 2019 core\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "surgery-not-amplified-dated-core-amplified",
        SURGERY + "HER2 FISH: not amplified (mastectomy); amplified (2018 core)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # one sample's values in several clauses are no two samples
    (
        "one-sample-ratio-and-counts",
        SURGERY + "HER2 FISH (mastectomy): amplified, ratio 4.6; mean HER2 9.2 signals/cell\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.6},
    ),
    (
        "bracketed-counts-no-sample",
        SURGERY + "HER2 FISH: amplified (HER2/CEP17 ratio 3.4; mean HER2 6.8/cell)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # an undated core beside the excision of one report: both this report's own, neither set aside
    (
        "undated-core-and-excision-both-current",
        SURGERY + "HER2 FISH: amplified (core biopsy); amplified (mastectomy)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(EARLIER_SAMPLE_CLAUSE + EARLIER_SAMPLE_CLAUSE_NEAR)
)
def test_an_earlier_samples_result_beside_this_samples(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 2a. a contrast with an earlier sample after this sample's result ------------------------------
# session 24: "HER2 FISH: amplified (ratio 4.0), unlike the prior biopsy, which was not amplified"
# read not_found: the doubt gate took the earlier biopsy's "not" for a denial of this sample's value.
# A contrast cue ("unlike", "in contrast to", "as opposed to", "compared with") that names an earlier
# sample ends the value's clause there (findings/sample_clauses.py earlier_contrast_start).
EARLIER_CONTRAST: list[Case] = [
    (
        "amplified-unlike-the-earlier-core-which-was-not",
        WIDE + "HER2 SISH: AMPLIFIED, HER2/CEP17 ratio 3.7, unlike the earlier core biopsy, which was"
        " not amplified.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.7},
    ),
    (
        "amplified-in-contrast-to-a-dated-biopsy",
        SURGERY + "HER2 FISH: amplified (ratio 4.4), in contrast to the 2020 biopsy, which showed no"
        " amplification.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "amplified-as-opposed-to-the-previous-specimen",
        SURGERY + "HER2 dual ISH: amplified (HER2/CEP17 5.0) as opposed to the previous specimen, which"
        " was non-amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
EARLIER_CONTRAST_NEAR: list[Case] = [
    # this sample's own "not amplified" stays, whatever the earlier sample showed
    (
        "not-amplified-unlike-the-earlier-core",
        WIDE + "HER2 FISH: not amplified (ratio 1.3), unlike the earlier core biopsy, which was amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a contrast that names this sample denies nothing of an earlier one
    (
        "contrast-with-this-excision-which-is-not",
        WIDE + "HER2 FISH on the 2019 core: amplified; unlike this excision, which is not amplified"
        " (ratio 1.1).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(EARLIER_CONTRAST + EARLIER_CONTRAST_NEAR))
def test_a_contrast_with_an_earlier_sample_keeps_this_samples_result(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- 2b. one HER2 IHC statement written as a key's row --------------------------------------------
# session 24: "HER2 IHC 3+ = POSITIVE" read not_found: the check after the decision
# (interpret/verify_lines.py set_aside_line) took the lone "= POSITIVE" for a key's row. A line that
# is one whole HER2 IHC statement (its name, its test, one score, "=" and the call) and the only such
# line of the report is the lab's result (verify.toml own-score-equals-call, lone_score_line). First
# the keys that must stay set aside: rows that come several together, and a key row beside the lab's
# own score.
KEY_ROWS_STAY_ASIDE: list[Case] = [
    (
        "four-key-rows-under-the-result",
        SURGERY + "HER2 immunohistochemistry (4B5): 1+ (negative)\n\n"
        "HER2 IHC 0 = negative\nHER2 IHC 1+ = negative\nHER2 IHC 2+ = equivocal\nHER2 IHC 3+ = positive\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "four-key-rows-and-no-result",
        SURGERY
        + "HER2 IHC 0 = negative\nHER2 IHC 1+ = negative\nHER2 IHC 2+ = equivocal\nHER2 IHC 3+ = positive\n",
        "not_found",
        {},
    ),
    (
        "two-key-rows-and-no-result",
        SURGERY + "HER2 IHC 1+ = negative\nHER2 IHC 3+ = positive\n",
        "not_found",
        {},
    ),
    # one key row below the lab's own lower score: which is the result is not clear
    (
        "one-key-row-below-a-lower-score",
        SURGERY + "HER2 IHC (4B5): 1+\n\nHER2 IHC 3+ = positive\n",
        "not_found",
        {},
    ),
    (
        "a-note-that-restates-the-rule",
        SURGERY + "Note: HER2 score 3+ = positive.\n",
        "not_found",
        {},
    ),
]
LONE_SCORE_LINE: list[Case] = [
    (
        "score-equals-call-alone",
        SURGERY + "HER2 IHC 3+ = POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "clone-and-colon-equals-call",
        WIDE + "HER2 IHC (SP3): 3+ = positive.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "spelled-test-equals-equivocal",
        WIDE + "HER2 immunohistochemistry: score 2+ = EQUIVOCAL\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(KEY_ROWS_STAY_ASIDE + LONE_SCORE_LINE))
def test_a_lone_score_line_with_its_call_after_an_equals_sign(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
