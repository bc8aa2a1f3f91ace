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
CHECK_ONE += [
    # the instruction after a dash, and a blank line before the answer (fix27, second pass)
    (
        "dash-check-one-starred-result-row",
        BREAST + "HER2 IHC - check one:\n" + OPTIONS + "Result: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "check-one-blank-line-before-answer",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "\nResult: Positive (Score 3+)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
CHECK_ONE += [
    # the answer under an "Interpretation:" label that restates its score (fix27, third pass)
    (
        "check-one-interpretation-answer",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "Interpretation: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
CHECK_ONE_NEAR: list[Case] = [
    (
        "check-one-interpretation-prose",
        BREAST + "HER2 IHC (check one):\n" + OPTIONS + "Interpretation: negative results are not eligible\n",
        "not_found",
        {},
    ),
    ("dash-check-one-unanswered", BREAST + "HER2 IHC - check one:\n" + OPTIONS, "not_found", {}),
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
REQUIREMENT += [
    # a bare 0, beside the ISH alternative of the requirement (fix27, second pass)
    (
        "ihc-or-ish-required-this-tumour-is-0",
        BREAST
        + "HER2 IHC 3+ or ISH amplification is required for trastuzumab; this tumour is 0 (no staining).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "her2-low-required-this-tumour-is-0",
        BREAST + "Eligibility for T-DXd requires HER2-low (IHC 1+ or 2+/ISH-); this tumour is 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "required-comma-whereas-this-tumour",
        BREAST + "HER2 IHC 3+ would be required for trastuzumab eligibility, whereas this tumour is 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
REQUIREMENT_NEAR: list[Case] = [
    # a size after the lead is no score
    (
        "own-lead-then-size",
        BREAST + "HER2 IHC 3+ would be required for trastuzumab; this tumour is 0.5 cm from the margin.\n",
        "not_found",
        {},
    ),
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


# --- 3. two compartments in one sentence, the invasive one second ---------------------------------
# "HER2: 3+ in the DCIS; the invasive carcinoma is 1+" read not found (the DCIS's 3+ set aside, the
# invasive tumour's 1+ past the ";" never read); "strong (3+) in the in situ component, 1+ in the
# invasive tumour" read POSITIVE (the invasive word after the 1+ kept the DCIS's 3+). HER2 is scored
# on the invasive tumour only.
COMPARTMENTS: list[Case] = [
    (
        "dcis-3-semicolon-invasive-is-1",
        BREAST + "HER2: 3+ in the DCIS; the invasive carcinoma is 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "in-situ-component-comma-invasive-1",
        BREAST + "HER2: strong (3+) in the in situ component, 1+ in the invasive tumour.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    ("dcis-slash-invasive-2", BREAST + "HER2: DCIS 3+ / invasive 2+\n", "equivocal", {"ihc.score": "2+"}),
    (
        "dcis-bracket-semicolon-invasive-label",
        BREAST + "HER2 IHC: 3+ (DCIS); invasive carcinoma: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "dcis-semicolon-invasive-shows-2",
        BREAST + "HER2 (4B5): 3+ in the DCIS; the invasive tumour shows 2+ staining.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "dcis-semicolon-invasive-scores-0",
        BREAST + "HER2 IHC: 3+ in the DCIS; the invasive component scores 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "dcis-comma-0-in-invasive",
        BREAST + "HER2 IHC: 3+ in the DCIS, 0 in the invasive carcinoma.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
COMPARTMENTS += [
    # stacked rows under the name, and a bare 0 (fix27, second pass)
    (
        "stacked-dcis-row-then-invasive-row",
        BREAST + "HER2 IHC:\n  DCIS: 3+\n  Invasive carcinoma: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "dcis-semicolon-invasive-tumour-bare-0",
        BREAST + "HER2 IHC: 3+ in the associated DCIS; invasive tumour 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "in-situ-component-then-invasive-component-0",
        BREAST + "HER2 IHC: in situ component 3+; invasive component 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
COMPARTMENTS += [
    # a contrast word before the invasive tumour's score (read POSITIVE before; fix27, third pass)
    (
        "dcis-comma-while-invasive-is-1",
        BREAST + "HER2: 3+ in the DCIS, while the invasive carcinoma is 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "dcis-whereas-invasive-is-0",
        BREAST + "HER2 IHC: 3+ in the DCIS, whereas the invasive carcinoma is 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
COMPARTMENTS += [
    # the invasive tumour named by its abbreviation (fix27, fourth pass)
    ("dcis-semicolon-idc-1", BREAST + "HER2 IHC: DCIS 3+; IDC 1+.\n", "negative", {"ihc.score": "1+"}),
]
COMPARTMENTS_NEAR: list[Case] = [
    (
        "dcis-but-not-invasive",
        BREAST + "HER2: 3+ in the DCIS but not in the invasive carcinoma.\n",
        "not_found",
        {},
    ),
    # a row or clause that only mentions the invasive tumour is not its score's
    (
        "stacked-dcis-row-invasive-not-present",
        BREAST + "HER2 IHC:\n  DCIS: 3+\n  Invasive carcinoma: not present\n",
        "not_found",
        {},
    ),
    (
        "dcis-row-no-invasive",
        BREAST + "DCIS component:\n  HER2 3+ (no invasive carcinoma present)\n",
        "not_found",
        {},
    ),
    (
        "dcis-then-no-invasive-1",
        BREAST + "HER2: 3+ in the DCIS; no invasive carcinoma 1+.\n",
        "not_found",
        {},
    ),
    # the reverse: the invasive tumour's 3+ first
    (
        "invasive-3-semicolon-dcis-1",
        BREAST + "HER2: 3+ in the invasive carcinoma; the DCIS is 1+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "invasive-3-comma-dcis-1",
        BREAST + "HER2 IHC: 3+ in the invasive carcinoma, 1+ in the DCIS.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the DCIS only, and a clause naming no invasive score
    ("dcis-only", BREAST + "HER2: 3+ in the DCIS.\n", "not_found", {}),
    (
        "dcis-then-no-invasive-score",
        BREAST + "HER2: 3+ in the DCIS; the invasive carcinoma was not assessed.\n",
        "not_found",
        {},
    ),
    # both compartments named with one score
    (
        "both-compartments-one-score",
        BREAST + "HER2 IHC: 3+ in the DCIS and the invasive carcinoma.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # two scores in the invasive clause are not read from it
    (
        "dcis-then-invasive-two-scores",
        BREAST + "HER2: 3+ in the DCIS; invasive carcinoma 1+ on block A2, 3+ on block A3.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(COMPARTMENTS + COMPARTMENTS_NEAR))
def test_invasive_compartment_second(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 5. a label line, then the value on an indented line of its own -----------------------------
# "HER2 (IHC):" over "  Result: 0" over "  Clone: 4B5" read not found: "Result: 1+" and "Score: 0"
# were read on such a row, the bare 0 after "Result:" was not (ihc.toml ihc-score).
INDENTED: list[Case] = [
    (
        "label-then-indented-result-0",
        BREAST + "HER2 (IHC):\n  Result: 0\n  Clone: 4B5\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "immunostain-then-indented-score-2",
        BREAST + "HER2/neu immunostain:\n    Score: 2+\n    Interpretation: equivocal\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "by-ihc-then-tabbed-dotted-3",
        BREAST + "HER2 by IHC\n\tIntensity score .... 3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "label-clone-first-then-result-0",
        BREAST + "HER2 (IHC):\n  Clone: 4B5\n  Result: 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "label-then-dotted-result-0",
        BREAST + "HER2 (IHC)\n  Result ........ 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "label-then-interpretation-0",
        BREAST + "HER2 IHC\n  Interpretation: 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "check-one-inline-options-result-0",
        BREAST + "HER2 IHC (check one):  * Negative (0)  * Negative (1+)  * Equivocal (2+)  * Positive (3+)\n"
        "Result: 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
INDENTED += [
    (
        "label-then-result-spelled-zero",
        BREAST + "HER2 (IHC):\n  Result: Zero\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
INDENTED_NEAR: list[Case] = [
    # an indented result under another marker's heading is not HER2's
    (
        "er-result-under-her2-score",
        BREAST + "HER2 (IHC): 1+\nER (IHC):\n  Result: 0\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "pr-result-after-her2-without-value",
        BREAST + "HER2 (IHC): see addendum\nPR (IHC):\n  Result: 0\n",
        "not_found",
        {},
    ),
    ("ki67-result-under-her2-label", BREAST + "HER2 (IHC):\nKi-67:\n  Result: 0\n", "not_found", {}),
    # a count or a distance after "Result:" is no score
    (
        "result-0-of-nodes",
        BREAST + "HER2 (IHC):\n  Result: 0/12 lymph nodes\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(INDENTED + INDENTED_NEAR))
def test_value_on_an_indented_line(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 4. an inline scoring key on the label's line, the own result later --------------------------
# "Scoring key. HER2: 3+ = ...; 2+ = ...; 1+ = ...; 0 = none." over "HER2 result: 0": the key is a
# legend and the later own result decides. Written out in full it was read so at the start of
# session 27 (fix26); with rows left short ("3+ = strong complete >10%; 2+ = ...; 1+ = ...; 0 =
# none.") the key read POSITIVE, alone or over the own 0: only one row was defined by its staining,
# so the row was taken for a distribution ("0 = none" now defines the 0 too).
KEY = (
    "Scoring key. HER2: 3+ = strong complete membrane staining >10%; 2+ = weak to moderate complete "
    "membrane staining >10%; 1+ = faint incomplete membrane staining >10%; 0 = none.\n"
)
INLINE_KEY: list[Case] = [
    ("inline-key-then-result-0", BREAST + KEY + "HER2 result: 0\n", "negative", {"ihc.score": "0"}),
    (
        "inline-key-short-rows-then-result-0",
        BREAST
        + "Scoring key. HER2: 3+ = strong complete >10%; 2+ = ...; 1+ = ...; 0 = none.\nHER2 result: 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-dash-label-then-score-1",
        BREAST
        + "Key - HER2: 3+ = strong complete membrane staining >10%; 2+ = weak to moderate complete staining; "
        "1+ = faint incomplete staining; 0 = no staining.\nHER2 score: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "legend-then-results-heading-0",
        BREAST
        + "Legend: HER2: 3+ = strong complete membrane staining >10%; 2+ = weak to moderate; 1+ = faint "
        "incomplete; 0 = none.\n\nRESULTS\nHER2 (4B5): 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "inline-key-then-equivocal",
        BREAST + KEY + "HER2 IHC: 2+ (equivocal), reflex ISH to follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
INLINE_KEY_NEAR: list[Case] = [
    # the key alone: no result
    ("inline-key-alone", BREAST + KEY, "not_found", {}),
    (
        "inline-key-short-rows-alone",
        BREAST + "HER2: 3+ = strong complete >10%; 2+ = ...; 1+ = ...; 0 = none.\n",
        "not_found",
        {},
    ),
    # a measured distribution row stays the result
    (
        "distribution-row-stays",
        BREAST + "HER2 IHC: 3+ 60%, 2+ 30%, 1+ 10%\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "key-categories-alone",
        BREAST + "Scoring key. HER2: 3+ = positive; 2+ = equivocal; 1+ = negative; 0 = negative.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(INLINE_KEY + INLINE_KEY_NEAR))
def test_inline_key_then_own_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 6. a later score said to be another marker's by "for" ----------------------------------------
# Found beside family 2: "HER2 IHC: 0. Note: this tumour is 3+ for ER." read POSITIVE (the near scope
# runs to the other marker's name, so its 3+ was taken as HER2's). A score followed by "for" /
# "staining for" / "expression of" and another marker's name is that marker's (ihc.toml score-said-of).
FOR_OTHER_MARKER: list[Case] = [
    (
        "note-this-tumour-3-for-er",
        BREAST + "HER2 IHC: 0. Note: this tumour is 3+ for ER.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "semicolon-3-for-androgen-receptor",
        BREAST + "HER2 IHC: 1+; this tumour is 3+ for androgen receptor.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "semicolon-2-for-pdl1",
        BREAST + "HER2 IHC: 0; this tumour is 2+ for PD-L1.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "staining-for-ar",
        BREAST + "HER2 IHC: 1+; 3+ staining for AR.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
FOR_OTHER_MARKER_NEAR: list[Case] = [
    # "for" and a compartment or a drug is no other marker
    (
        "3-for-the-invasive-carcinoma",
        BREAST + "HER2 IHC: 3+ for the invasive carcinoma.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "3-positive-for-trastuzumab",
        BREAST + "HER2 IHC: 3+ (positive), eligible for trastuzumab.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "er-row-after-her2",
        BREAST + "HER2 IHC: 1+. ER: 3+ for 90% of cells.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(FOR_OTHER_MARKER + FOR_OTHER_MARKER_NEAR))
def test_score_for_another_marker(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
