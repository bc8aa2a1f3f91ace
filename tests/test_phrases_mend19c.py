"""mend19c (session 19): rules of this session that the read-only review (review19) found reading
a stated result as not found, as phrase families. Each family: texts worded as another lab would
write them, read as the result they state, and near-misses where the session's rule must still
hold (its author's reading). A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BR = "Left breast, 12 o'clock, core biopsy: invasive carcinoma of no special type, grade 3.\n"
EXC = "Right breast, wide local excision: invasive lobular carcinoma, grade 2.\n"
NF = "not_found"


# --- A. an "outside, not reviewed" clause that is not the HER2 value's own ----------------------
# review19 item 8 (interpret/unreviewed.py, samples.toml outside-unreviewed): the clause after a
# ";" outside the value's brackets, another marker's results, and a tumour board's review are not
# a disclaimer of the HER2 value.
OUTSIDE_CLAUSE: list[Case] = [
    (
        "own-3plus-then-outside-er-pr-not-reviewed",
        BR + "HER2 (4B5) IHC: 3+, positive; outside hormone receptor results (ER/PR) not reviewed.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "own-1plus-then-outside-ki67-unverified",
        EXC + "HER2 immunostain: score 1+ (negative); the external Ki-67 value has not been verified.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "amplified-outside-lab-then-board-not-reviewed",
        BR + "HER2 SISH: amplified (HER2/CEP17 3.9) - done at a referral laboratory; "
        "not yet reviewed by the tumor board.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "amplified-outside-lab-mdt-not-reviewed",
        BR
        + "HER2 FISH: AMPLIFIED (ratio 5.0); performed at an external laboratory, not yet reviewed at the MDT.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
OUTSIDE_CLAUSE_NEAR: list[Case] = [
    # the disclaimer inside the value's own brackets, across a ";": still set aside (probe19b)
    (
        "bracketed-outside-semicolon-not-reviewed",
        EXC + "HER2 IHC: 2+ (stained at an outside laboratory; slides not reviewed here)\n",
        NF,
        {},
    ),
    (
        "outside-not-reviewed-after-comma",
        BR + "HER2: positive, a referring laboratory's result, not reviewed by this department.\n",
        NF,
        {},
    ),
    (
        "outside-not-reviewed-beside-own-value",
        BR + "HER2 3+ (external, unverified); HER2 IHC repeated on our block B1: 1+ (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OUTSIDE_CLAUSE + OUTSIDE_CLAUSE_NEAR))
def test_outside_clause(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a stated HER2 status, then the plan that follows from it --------------------------------
# review19 item 9 (context.toml hypothetical-treated-as-status): "treated as HER2-positive" after
# the report's own "HER2: positive" is the plan that follows the result, not a hypothesis.
STATED_THEN_PLAN: list[Case] = [
    (
        "status-colon-negative-then-managed-as",
        EXC + "HER2 status: NEGATIVE. To be managed as HER2-negative, hormone receptor positive disease.\n",
        "negative",
        {},
    ),
    (
        "overall-positive-dash-treat-as",
        BR + "Overall HER2: positive - she will be treated as HER2-positive per the breast MDT.\n",
        "positive",
        {},
    ),
    (
        "her2-equals-positive-proceed-as",
        BR + "HER2 = POSITIVE; proceeding as for HER2-positive disease.\n",
        "positive",
        {},
    ),
]
STATED_THEN_PLAN_NEAR: list[Case] = [
    # no stated status: the plan alone is still no result (probe19b treated_as)
    (
        "pending-status-then-treat-as",
        BR + "HER2 status: pending (sent for IHC). Plan: treat as HER2-negative until the result is back.\n",
        NF,
        {},
    ),
    (
        "plan-alone-as-for-positive",
        BR + "Oncology plan: managed as HER2-positive disease on clinical grounds.\n",
        NF,
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(STATED_THEN_PLAN + STATED_THEN_PLAN_NEAR))
def test_stated_status_then_plan(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a lab's result table headed "Protocol | ... | Result | Criteria" ------------------------
# review19 item 10 (document.toml trial-table-header): a header with a result, score or antibody
# cell heads the lab's own result table, not a table of trials.
PROTOCOL_RESULT_TABLE: list[Case] = [
    (
        "protocol-antibody-result-criteria",
        BR + "Protocol    Antibody    Result    Criteria\nHER2 IHC    4B5    3+    ASCO/CAP 2023\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "study-score-criteria-bars",
        EXC + "Study | Clone | Score | Criteria\nHER2 immunohistochemistry | 4B5 | 1+ | ASCO/CAP 2018\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
PROTOCOL_RESULT_TABLE_NEAR: list[Case] = [
    # a trial table's entry criterion is still no result while the HER2 is pending (probe19b)
    (
        "trial-table-entry-criterion-pending-her2",
        BR + "HER2 testing: in progress, report to follow.\n"
        "Trial       Entry criterion         Phase\nNEO-412     HER2-negative disease   II\n",
        NF,
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(PROTOCOL_RESULT_TABLE + PROTOCOL_RESULT_TABLE_NEAR)
)
def test_protocol_result_table(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. "for information only" said of a key, not of the value ----------------------------------
# review19 item 11 (document.toml value-disowned, findings/disowned.py): the words disown the value
# only when they are said of it.
KEY_FOR_INFORMATION: list[Case] = [
    (
        "positive-then-definitions-for-information",
        BR + "HER2 status: POSITIVE (IHC 3+); the scoring definitions below are for information only.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "score-then-criteria-for-reference-only",
        EXC + "HER2 IHC 1+, negative, ASCO/CAP criteria reproduced for reference only.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
KEY_FOR_INFORMATION_NEAR: list[Case] = [
    # said of the value itself: still disowned (probe19b record_only)
    (
        "value-for-the-record-only",
        BR + "HER2 (for the record only): 3+\n",
        NF,
        {},
    ),
    (
        "criteria-then-value-for-record-only",
        BR + "HER2 per ASCO/CAP criteria: positive (for the record only)\n",
        NF,
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(KEY_FOR_INFORMATION + KEY_FOR_INFORMATION_NEAR)
)
def test_key_for_information(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. the overall-label guard reads its words from the record ---------------------------------
# review19 item 14: findings/overall_label.py hand-copied ihc.toml overall-score's `requires` and
# missed consensus, agreed and pathologist; it now reads them from the record.
DIST = "  0 ....... 5%\n  1+ ...... 80%\n  2+ ...... 10%\n  3+ ...... 5%\n"
OVERALL_LABELS: list[Case] = [
    (
        "consensus-label-under-distribution",
        BR
        + "HER2 immunostain - distribution:\n"
        + DIST
        + "CONSENSUS HER2 SCORE: 1+   INTERPRETATION: NEGATIVE\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "agreed-label-under-distribution",
        EXC + "HER2 immunostain - distribution:\n" + DIST + "Agreed HER2 score: 1+ (negative)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "pathologist-label-under-distribution",
        BR + "HER2 immunostain - distribution:\n" + DIST + "Pathologist HER2 score: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-miss: a key headed by an overall label is still no result
    (
        "overall-key-no-result",
        BR + "HER2: stain to follow.\nOverall HER2 score key: 0 = negative; 1+ = negative; "
        "2+ = equivocal; 3+ = positive\n",
        NF,
        {"ihc": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OVERALL_LABELS))
def test_overall_labels(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


def test_overall_label_words_are_the_records() -> None:
    from her2cli.rules import compiled

    c = compiled()
    shortcut = c.shortcuts.get(c.overall_score)
    assert shortcut is not None
    words = shortcut.parts[0].requires
    assert words is not None
    assert {"overall", "final", "consensus", "agreed", "pathologist"} <= set(words)
