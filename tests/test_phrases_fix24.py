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
