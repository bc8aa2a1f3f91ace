"""fix27 (session 27): HER2 results read "not found", as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, left, excision: invasive ductal carcinoma, grade 2.\n"
OPTIONS = " * Negative (0)\n * Negative (1+)\n * Equivocal (2+)\n * Positive (3+)\n"


# --- 1. a checklist's "(check one)" over "*" bullets, the lab's pick on its own line --------------
# fix26 dropped the "*" options before the readers run, but the header's "(check one)" stayed, a
# legend trigger beside the answer row: "Result: Negative (Score 1+)" read not found.
CHECK_ONE: list[Case] = [
    (
        "check-one-starred-result-row",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "Result: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "select-one-dashed-result-positive",
        BREAST
        + "HER2/neu by IHC (select one):\n- Negative (Score 0)\n- Negative (Score 1+)\n- Equivocal (Score 2+)\n"
        "- Positive (Score 3+)\nResult: Positive (Score 3+)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "tick-one-dotted-score-row",
        BREAST + "HER2 IHC [tick one]:\n\u2022 Negative (0)\n\u2022 Negative (1+)\n\u2022 Equivocal (2+)\n"
        "\u2022 Positive (3+)\nScore: 2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "check-one-inline-options",
        BREAST + "HER2 IHC (check one):  * Negative (0)  * Negative (1+)  * Equivocal (2+)  * Positive (3+)\n"
        "Result: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
CHECK_ONE_NEAR: list[Case] = [
    # the options with no answer: a blank form
    ("check-one-unanswered", BREAST + "HER2 IHC (check one):\n" + OPTIONS, "not_found", {}),
    (
        "check-one-blank-result",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "Result: ____\n",
        "not_found",
        {},
    ),
    # a key closed by a defining row stays a key
    (
        "check-one-closed-by-definition",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "Result: 3+ = positive\n",
        "not_found",
        {},
    ),
    # "+" bullets keep lead25's reading
    (
        "check-one-plus-bullets",
        BREAST
        + "HER2 IHC (check one):\n+ Negative (Score 0)\n+ Negative (Score 1+)\n+ Equivocal (Score 2+)\n"
        "+ Positive (Score 3+)\nResult: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CHECK_ONE + CHECK_ONE_NEAR))
def test_check_one_checklist_reads_its_answer(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 2. a requirement's score, then the own score in a clause naming this tumour ----------------
# "HER2 IHC 3+ would be required for trastuzumab eligibility; this tumour is 1+" read not found:
# the clause after the semicolon was past the name's statement, and the requirement's legend (or
# the drug's therapy prose) voided the whole mention.
REQUIREMENT: list[Case] = [
    (
        "would-be-required-this-tumour-is",
        BREAST + "HER2 IHC 3+ would be required for trastuzumab eligibility; this tumour is 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "is-needed-present-tumour-scores",
        BREAST + "A HER2 score of 3+ is needed for trastuzumab; the present tumour scores 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "is-required-here-the-score-is-0",
        BREAST + "HER2 IHC 3+ is required for trastuzumab eligibility; here the score is 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "trial-protocol-this-tumour-scores-2",
        BREAST + "HER2 IHC: 3+ is required for T-DXd under the trial protocol; this tumour scores 2+.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "required-this-case-has-score-of",
        BREAST + "HER2 IHC 3+ is required for trastuzumab; in this case, the HER2 IHC score is 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
REQUIREMENT_NEAR: list[Case] = [
    # the requirement alone: no score of this tumour
    (
        "requirement-alone",
        BREAST + "HER2 IHC 3+ would be required for trastuzumab eligibility.\n",
        "not_found",
        {},
    ),
    # a condition on this tumour's score is no score
    (
        "requirement-then-condition",
        BREAST
        + "HER2 IHC 3+ would be required for trastuzumab eligibility; if this tumour is 2+, ISH will follow.\n",
        "not_found",
        {},
    ),
    # a tumour in general, not this one
    (
        "requirement-then-any-tumour",
        BREAST
        + "HER2 IHC 3+ would be required for trastuzumab eligibility; a tumour that is 1+ does not qualify.\n",
        "not_found",
        {},
    ),
    # an earlier time is no lead
    (
        "requirement-then-was",
        BREAST + "HER2 IHC 3+ would be required for trastuzumab eligibility; this tumour was 1+ in 2019.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(REQUIREMENT + REQUIREMENT_NEAR))
def test_own_score_after_a_requirement(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
