"""fix26 (session 26): known wrong-way leftovers, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
OWN_0 = BREAST + "HER2 (4B5) IHC score: 0 (no staining observed)\n"


# --- 4. one scoring key row under the report's own score ---------------------------------------
# "HER2: 3+ = POSITIVE, complete intense membrane staining in >10% of tumour cells" under the own
# "HER2 (4B5) IHC score: 0" read not_found with the key's 3+ (then withdrawn by the check).
KEY_ROW: list[Case] = [
    (
        "key-row-3plus-under-own-0",
        OWN_0 + "\nHER2: 3+ = POSITIVE, complete intense membrane staining in >10% of tumour cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-row-bracketed-staining-under-own-1plus",
        BREAST + "HER2 IHC (4B5): 1+ (faint incomplete staining in 20% of cells)\n\n"
        "HER2 3+ = Positive (circumferential, complete, intense staining in >10% of invasive tumour cells)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "key-row-ge-sign-after-receptors",
        BREAST + "HER2/neu immunohistochemistry: score 0\nER: 95% strong. PR: 60%.\n"
        "HER2 3+ = POSITIVE: strong complete membrane staining in \u226510% of tumour cells.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-row-2plus-under-own-0",
        OWN_0
        + "\nHER2: 2+ = EQUIVOCAL, weak to moderate complete membrane staining in >10% of tumour cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-row-call-bracketed-before-equals",
        OWN_0 + "\nHER2: 3+ (POSITIVE) = complete intense membrane staining in >10% of tumour cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "interpretation-guide-block",
        OWN_0 + "\nInterpretation guide:\n"
        "HER2 0 = Negative, no staining or incomplete faint staining in <=10% of tumour cells\n"
        "HER2 1+ = Negative (HER2-low), incomplete faint staining in >10% of tumour cells\n"
        "HER2 2+ = Equivocal, weak to moderate complete staining in >10%\n"
        "HER2 3+ = Positive, complete intense membrane staining in >10% of tumour cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "scoring-criteria-legend-colons",
        OWN_0 + "\nScoring criteria (ASCO/CAP 2023):\nScore 0 : Negative\nScore 1+ : Negative\n"
        "Score 2+ : Equivocal\nScore 3+ : Positive\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
KEY_ROW += [
    (
        "key-row-colon-after-score",
        OWN_0 + "\nHER2 3+: POSITIVE - complete intense membrane staining in >10% of tumour cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-row-bracket-call-then-colon",
        OWN_0 + "\nHER2 3+ (positive): complete, intense circumferential membrane staining in >10% of "
        "invasive tumour cells.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
KEY_ROW.append(
    (
        "key-label-row-under-own-1plus",
        BREAST + "HER2 (4B5) IHC score: 1+\n\nKey: HER2 3+ = positive\n",
        "negative",
        {"ihc.score": "1+"},
    )
)
KEY_ROW_NEAR: list[Case] = [
    # a colon after the score with a measured share: the lab's own result
    (
        "own-3plus-colon-measured-share",
        BREAST + "HER2 IHC score: 3+: complete intense membrane staining in 95% of tumour cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the key line with no own score stays not found
    (
        "key-row-alone",
        BREAST + "HER2 IHC performed on block A2.\n\n"
        "HER2: 3+ = POSITIVE, complete intense membrane staining in >10% of tumour cells\n",
        "not_found",
        {"ihc": None},
    ),
    # a measured share after the "=" is the tumour's: a result
    (
        "own-3plus-equals-measured-share",
        BREAST + "HER2 IHC (4B5): 3+ = POSITIVE, complete intense membrane staining in 90% of tumour cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "own-3plus-bracket-call-over-90",
        BREAST
        + "HER2 IHC (4B5): 3+ (positive), complete intense membrane staining in >90% of tumour cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # no "=": the lab's own result that quotes the cut-off
    (
        "own-3plus-described-with-cutoff",
        BREAST + "HER2 IHC score: 3+ (positive), complete intense staining in >10% of tumour cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the criterion in a bracket after the lab's own score is the rule it applied
    (
        "criteria-bracket-after-own-score",
        BREAST + "HER2 (HercepTest): 3+, strong complete membranous staining >90% -- POSITIVE\n"
        "(ASCO/CAP 2013 criteria: 3+ = strong complete staining in >10%; the former 2007\n"
        " cut-off of >30% is no longer applied)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(KEY_ROW + KEY_ROW_NEAR))
def test_a_scoring_key_row_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 5. the not-equal sign before a value -----------------------------------------------------
# "HER2 FISH ratio \u2260 4.0" read an amplified ratio 4.0 (POSITIVE); "score != 3+" read 3+.
NOT_EQUAL: list[Case] = [
    (
        "ratio-not-equal-sign",
        BREAST + "HER2 IHC 2+.\nHER2 FISH ratio \u2260 4.0\n",
        "equivocal",
        {"ish": None, "ihc.score": "2+"},
    ),
    (
        "ratio-bang-equals",
        BREAST + "HER2 IHC 2+.\nHER2 FISH: HER2/CEP17 ratio != 4.2 (see note)\n",
        "equivocal",
        {"ish": None, "ihc.score": "2+"},
    ),
    (
        "ratio-bracket-not-equal",
        BREAST
        + "HER2 IHC 2+.\nHER2 SISH: ratio (HER2/CEP17) \u2260 2.5, mean HER2 copy number 2.1 per nucleus.\n",
        "equivocal",
        {"ish.ratio": None},
    ),
    (
        "score-bang-equals",
        BREAST + "HER2 IHC: score != 3+\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "score-not-equal-sign",
        BREAST + "HER2 (4B5) IHC score \u2260 3+\n",
        "not_found",
        {"ihc": None},
    ),
]
NOT_EQUAL_NEAR: list[Case] = [
    (
        "ratio-equals",
        BREAST + "HER2 IHC 2+.\nHER2 FISH ratio = 2.6, mean HER2 copies 5.8. Amplified.\n",
        "positive",
        {"ish.ratio": 2.6},
    ),
    (
        "ratio-measured-after-not-equal-note",
        BREAST + "HER2 IHC 2+.\nHER2 FISH: HER2/CEP17 ratio != 2.2 (see note); measured ratio 1.3, "
        "average HER2 copies 2.9. Not amplified.\n",
        "negative",
        {"ish.ratio": 1.3},
    ),
    (
        "ratio-cutoff-then-value",
        BREAST + "HER2 IHC 2+.\nHER2 FISH ratio \u2265 2.0 (2.6), mean HER2 copies 5.8.\n",
        "positive",
        {"ish.ratio": 2.6},
    ),
    (
        "score-equals",
        BREAST + "HER2 IHC: score = 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_EQUAL + NOT_EQUAL_NEAR))
def test_a_value_after_the_not_equal_sign_is_not_read(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 6. a checklist's options bulleted with "*" or "-", answered on the row below ----------------
# "* Negative (0)  * Negative (1+)  * Equivocal (2+)  * Positive (3+)" then "Result: 1+" read not
# found (only "+" bullets were known as options).
OPTIONS = "  * Negative (0)\n  * Negative (1+)\n  * Equivocal (2+)\n  * Positive (3+)\n"
CHECKLIST: list[Case] = [
    (
        "star-options-inline",
        BREAST
        + "HER2 IHC:  * Negative (0)  * Negative (1+)  * Equivocal (2+)  * Positive (3+)\nResult: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "star-options-stacked",
        BREAST + "HER2 IHC (4B5):\n" + OPTIONS + "Result: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "dash-options-score-words",
        BREAST + "HER2 by IHC:\n- Negative (Score 0)\n- Negative (Score 1+)\n- Equivocal (Score 2+)\n"
        "- Positive (Score 3+)\nResult: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "dash-options-her2-low-qualifier",
        BREAST + "HER2 (IHC):\n  - Negative (Score 0)\n  - Negative, HER2-low (Score 1+)\n"
        "  - Equivocal (Score 2+)\n  - Positive (Score 3+)\n  Result: Score 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "dot-options-inline-answer-2plus",
        BREAST + "HER2 IHC (4B5):  \u2022 Negative (0)  \u2022 Negative (1+)  \u2022 Equivocal (2+)  "
        "\u2022 Positive (3+)\nScore: 2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "star-options-answer-3plus",
        BREAST + "HER2 IHC (4B5):\n" + OPTIONS + "Result: 3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
CHECKLIST_NEAR: list[Case] = [
    # the "+" bullets read as before
    (
        "plus-options-stacked",
        BREAST + "HER2 (by immunohistochemistry)\n  + Negative (0)\n  + Negative (1+)\n  + Equivocal (2+)\n"
        "  + Positive (3+)\nResult: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # unanswered options: a blank form
    (
        "star-options-unanswered",
        BREAST + "HER2 IHC (4B5):\n" + OPTIONS,
        "not_found",
        {"ihc": None},
    ),
    # bulleted sample rows are rows, not options: each part's score
    (
        "dash-part-rows",
        BREAST + "HER2 IHC:\n- Part A (1+)\n- Part B (3+)\n- Part C (0)\nResult: 3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a bulleted score row with its call
    (
        "dash-score-row",
        BREAST + "HER2 IHC (4B5):\n  - Score: 2+ (equivocal)\n  - Percentage of cells: 30%\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CHECKLIST + CHECKLIST_NEAR))
def test_a_checklists_bulleted_options_leave_its_answer(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
