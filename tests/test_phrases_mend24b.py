"""mend24b (session 24): review24's wrong reads in this session's landings, as phrase families.

A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. the not-equal sign in a note after the sample's own value -------------------------------
# review24 item 5: fix24b's hypothetical-not-equal-sign ("HER2-enriched (PAM50) \u2260 HER2-positive"
# in teaching notes is no call) voided the tumour's own 3+ POSITIVE when the reminder stood in a
# note in the same sentence, after the value. The sign says the phrase on its left is not that
# status; a score or call given before it in its sentence stays the sample's.
OWN_VALUE_BEFORE_SIGN: list[Case] = [
    (
        "review24-3plus-positive-then-pam50-note",
        "Right breast core biopsy: invasive carcinoma, grade 3.\n"
        "HER2 IHC: 3+, POSITIVE (note: PAM50 HER2-enriched \u2260 HER2-positive; this tumour is "
        "HER2-positive by IHC).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "1plus-negative-then-low-note",
        "Breast excision, invasive lobular carcinoma.\n"
        "HER2 (4B5) score 1+, negative - HER2-low (reminder: HER2-low \u2260 HER2 positive).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "fish-amplified-then-mutation-note",
        "Gastric resection, adenocarcinoma.\n"
        "HER2 FISH: amplified, HER2/CEP17 ratio 3.6 (an ERBB2 mutation \u2260 HER2 amplification).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
# fix24b's family stays: the sign with no value of the sample before it in its sentence
SIGN_WITHOUT_OWN_VALUE: list[Case] = [
    (
        "teaching-list-two-signs",
        "Seminar handout, breast subtypes.\nBasal-like \u2260 triple negative; HER2-enriched \u2260 HER2-positive.\n",
        "not_found",
        {},
    ),
    (
        "reminder-line-then-own-2plus-negative-fish",
        "Breast core, left.\nReminder: intrinsic subtype HER2-E \u2260 HER2-positive.\n"
        "HER2 IHC 2+; FISH ratio 1.4, not amplified. HER2 NEGATIVE.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(OWN_VALUE_BEFORE_SIGN + SIGN_WITHOUT_OWN_VALUE)
)
def test_not_equal_sign_after_own_value_keeps_it(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
