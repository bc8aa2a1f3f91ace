"""fix18b (session 18): tests/variants11's misses (writer22's 60 hand-written reports), as phrase
families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, right, core needle biopsy: invasive carcinoma of no special type, grade 3.\n"


# --- A. a score in Roman numerals in a marker table, with the scale printed in Roman numerals -----
# variants11 v11-f12-02: a prognostic-panel table row "HER2/neu    III+    >90    strong    POS" was
# not read, and the house-style note "(0, I+, II+, III+)" below it gave 1+ (the OCR repair reads a
# lone "I+" as 1+): a positive report read NEGATIVE. The row's Roman score after the HER2 name is
# the result; a list of three or more scores, Roman or not, is the scale.
ROMAN_TABLE: list[Case] = [
    (
        "table-row-iii-plus-roman-scale-note",
        BREAST + " Marker     Result    Percent   Intensity   Call\n"
        " ER         +         95        strong      POS\n"
        " HER2       III+      100       strong      POS\n"
        " Scores are given in Roman numerals (0, I+, II+, III+) by house convention.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "bar-table-ii-plus",
        BREAST + "| Marker | Score | Call |\n| ER | 8/8 | positive |\n| HER2 | II+ | equivocal, FISH sent |\n"
        "Scale key: 0 / I+ / II+ / III+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "c-erbb2-row-ii-plus",
        BREAST
        + " c-erbB-2     II+        moderate complete, 40%     equivocal (ISH to follow)\n Ki-67   20%\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
ROMAN_TABLE_NEAR: list[Case] = [
    # the colon form and an Arabic table row keep their reading; a Roman grade or stage is no score
    (
        "colon-roman-still-read",
        BREAST + "HER2: III+ (strong complete membrane staining in 90%).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "arabic-row-beside-arabic-scale",
        BREAST + " HER2       1+        30        weak        NEG\n\n Key: 0 / 1+ / 2+ / 3+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "roman-stage-no-score",
        BREAST + "Stage III disease. HER2 testing    III  (see block)\nHER2 IHC: 0, no staining.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ROMAN_TABLE + ROMAN_TABLE_NEAR))
def test_roman_score_in_a_table_row(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a teaching handout: quiz cases and answers are no patient's result ------------------------
# variants11 v11-f09-03: "RESIDENT TEACHING SET" over "(educational material; not a patient
# report)" and quiz cases ("IHC 2+, dual ISH ratio 1.7 ... with 2+ it is negative") read NEGATIVE.
# A title in the first lines that names a teaching set or educational material opens a section of
# examples (read as methods); a teaching-file note at a real report's end does not.
TEACHING: list[Case] = [
    (
        "teaching-set-title-quiz",
        "PATHOLOGY TRAINEES - TEACHING SET 7 (GI biomarkers)\n"
        "Quiz 1: gastric biopsy, HER2 IHC 3+ in a cluster of 8 cells. Answer: positive.\n"
        "Quiz 2: HER2 IHC 1+, FISH ratio 1.2 -> negative.\n",
        "not_found",
        {},
    ),
    (
        "educational-material-second-line",
        "Breast biomarker review\n(educational material - not a patient report)\n"
        "Example: HER2 IHC 2+, ISH ratio 1.5, mean HER2 3.2 -> group 5, HER2 negative.\n"
        "Example: HER2 IHC 0 with no staining -> HER2 negative.\n",
        "not_found",
        {},
    ),
    (
        "not-a-patient-report-title",
        "SAMPLE CASES FOR TEACHING PURPOSES; not an actual patient report\n"
        "Case 3. Colon: HER2 IHC 3+ in 60% of cells, HERACLES positive.\n",
        "not_found",
        {},
    ),
]
TEACHING_NEAR: list[Case] = [
    # a real report that says at its end it went to the teaching file keeps its result
    (
        "real-report-teaching-file-note",
        BREAST + "HER2 IHC (4B5): 3+, strong complete membrane staining in 95% of cells.\n"
        "Result: HER2 POSITIVE.\nComment: this case has been added to the teaching file.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "teaching-hospital-letterhead",
        "St Anne's University Teaching Hospital - Department of Pathology\n"
        + BREAST
        + "HER2 IHC: 1+ (faint incomplete staining). HER2 NEGATIVE.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(TEACHING + TEACHING_NEAR))
def test_teaching_handout_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a corrected report printing the wrong text and the corrected text under their headings ----
# variants11 v11-f10-01: "ORIGINAL (INCORRECT) TEXT - retained for audit:" over the withdrawn
# "HER2 (4B5): 3+, POSITIVE", then "CORRECTED TEXT:" over the 1+: the corrected block had no
# version heading ("corrected" + "text"), so the two scores conflicted and the report read not
# found with an IHC of 3+. A "corrected/amended/revised text (or wording)" heading opens the
# current version.
CORRECTED_TEXT: list[Case] = [
    (
        "incorrect-then-corrected-text",
        "AMENDED REPORT\nReason: transcription error in the HER2 line.\n"
        "ORIGINAL (INCORRECT) TEXT - kept for audit:\n  HER2 IHC: 3+ (positive)\n"
        "CORRECTED TEXT:\n  HER2 IHC: 0 - no membrane staining. NEGATIVE.\n" + BREAST,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "amended-wording",
        "Corrected report\nOriginal (in error):\n   HER2 (4B5) 1+, negative\n"
        "Amended wording:\n   HER2 (4B5) 2+, equivocal; FISH requested.\n" + BREAST,
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
CORRECTED_TEXT_NEAR: list[Case] = [
    # a corrected value under no version heading stays as the revision rule reads it
    (
        "score-corrected-to-in-prose",
        BREAST + "Addendum: the HER2 IHC score 3+ was corrected to 1+ after review. HER2 negative.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "single-version-3plus",
        BREAST + "HER2 (4B5): 3+, POSITIVE. Text corrected for a typing error in the ER line only.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CORRECTED_TEXT + CORRECTED_TEXT_NEAR))
def test_corrected_text_heading_opens_the_current_version(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- D. two scores weighed, then the lab's score ---------------------------------------------------
# variants11 v11-f07-05: "HER2 IHC (4B5): heterogeneous ... ~12% of cells; 2+ vs 1+ borderline." then
# "Scored 2+ (equivocal)." read as an offered pair (hypothetical) and the lab's 2+ was lost. The two
# sides of "2+ vs 1+" are the question weighed; a score after them is the lab's answer.
WEIGHED: list[Case] = [
    (
        "versus-then-scored-next-line",
        "Ovary, interval debulking: high-grade serous carcinoma.\n"
        "HER2 IHC (4B5): weak to moderate complete staining in about 15% of cells; 1+ vs 2+ borderline.\n"
        "Final score 2+ (equivocal); ISH requested.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "versus-then-scored-same-sentence",
        BREAST + "HER2 IHC: faint staining, 0 versus 1+ debated, scored 1+ by consensus (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
WEIGHED_NEAR: list[Case] = [
    # a pair with no score given after it stays no result; a review question beside the score stays
    (
        "versus-no-decision",
        BREAST + "HER2 IHC: heterogeneous; 2+ vs 3+ - sent for a second opinion.\n",
        "not_found",
        {},
    ),
    (
        "distinction-question-then-score",
        BREAST + "HER2 slides reviewed for the 0 vs 1+ distinction: HER2 IHC 0 (no staining).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(WEIGHED + WEIGHED_NEAR))
def test_score_given_after_two_weighed(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a scoring key in a methods paragraph, inline --------------------------------------------
# variants11 v11-f02-05: under "METHODS / QA" (a heading the section reader did not know), "HER2
# scoring follows ASCO/CAP 2018/2023: 0 = no staining ...; 1+ = faint incomplete staining >10%; ..."
# gave 1+ beside the residual tumour's "SCORE 0" (HER2-low for a HER2-0 tumour). A methods heading
# with "/ QA" or "and quality control" opens a methods section; two scores in a row each defined
# after "=" are a key.
INLINE_KEY: list[Case] = [
    (
        "methods-qc-heading-key",
        BREAST + "HER2 (4B5) ........ 0, no membrane staining. HER2 NEGATIVE.\n\n"
        "Methods and quality control\n"
        " HER2 is scored 0 = absent; 1+ = faint partial >10%; 2+ = weak complete; 3+ = strong complete.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "inline-key-own-line",
        BREAST + "HER2 IHC: 0 (no staining in any tumour cell). Negative.\n"
        "Scores used here: 0 = none or <=10% faint; 1+ = faint incomplete >10%; 2+ = moderate complete.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
INLINE_KEY_NEAR: list[Case] = [
    # a score with its call after "=", and the ratio after it, stay the result
    (
        "score-equals-call",
        BREAST + "HER2 IHC 2+ = equivocal; FISH ratio = 1.3, mean HER2 2.9: not amplified. HER2 negative.\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "methods-heading-alone-result-above",
        BREAST + "HER2 IHC (4B5): 1+ (faint incomplete staining in 30%). Negative.\n\nMETHODS / QA\n"
        " Ventana BenchMark ULTRA; external controls appropriate.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(INLINE_KEY + INLINE_KEY_NEAR))
def test_inline_scoring_key_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
