"""The lead's mends in session 26, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, left, excision: invasive ductal carcinoma, grade 2.\n"


# --- A. bulleted sample rows continue an IHC table ------------------------------------------------
# "HER2 IHC:\n- Part A: 1+\n- Part B: 3+" read only the first row (negative): a row opened by a bullet
# was not known as a specimen row, so the higher score on a later row was lost.
BULLETED_ROWS: list[Case] = [
    ("dashed-parts", BREAST + "HER2 IHC:\n- Part A: 1+\n- Part B: 3+\n", "positive", {"ihc.score": "3+"}),
    (
        "dashed-gastric-biopsies",
        "Stomach, biopsies: adenocarcinoma.\nHER2 IHC\n- Biopsy A (antrum): 1+\n- Biopsy B (body): 3+ (cluster of >5 cells)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "starred-cores",
        BREAST + "HER2 (4B5):\n  * Core 1: 1+\n  * Core 2: 3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "bulleted-residual-row",
        BREAST + "HER2 IHC:\n\u2022 Lesion A: 0\n\u2022 Residual focus B: 2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
BULLETED_ROWS_NEAR: list[Case] = [
    # bulleted rows of another marker do not join the HER2 table
    (
        "dashed-other-marker-row",
        BREAST + "HER2 IHC: 1+\n- Ki-67: 30%\n- ER: 3+ (95%)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # a core biopsy of the same tumour beside the excision (no treatment between): the highest
    # (facts.md section 11, "same tumor, earlier specimen"; tests/test_specimens_spec4.py)
    (
        "core-and-excision-same-tumour",
        BREAST + "HER2 IHC:\n- Core biopsy: 3+\n- Excision (this specimen): 1+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(BULLETED_ROWS + BULLETED_ROWS_NEAR))
def test_bulleted_sample_rows_continue_the_table(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a negation after a contrast word is the other part's ------------------------------------
# "The invasive carcinoma is amplified (ratio 4.0), unlike the DCIS, which is not amplified" read
# NEGATIVE: the "not amplified" six words on was taken as the first word's negation.
ISH = "Breast, core biopsy: invasive ductal carcinoma with associated DCIS.\n"
CONTRAST: list[Case] = [
    (
        "unlike-the-dcis-which-is-not",
        ISH
        + "HER2 FISH: The invasive carcinoma is amplified (ratio 4.0), unlike the DCIS, which is not amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "whereas-the-dcis-is-not",
        ISH + "HER2 FISH: the invasive tumour is amplified (ratio 4.0), whereas the DCIS is not amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "in-contrast-to-the-in-situ",
        ISH
        + "HER2 SISH: amplified (ratio 3.6), in contrast to the in situ carcinoma, which is not amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
CONTRAST_NEAR: list[Case] = [
    # this sample not amplified, the contrast names the earlier amplified one
    (
        "not-amplified-unlike-prior",
        ISH + "HER2 FISH: not amplified (ratio 1.2), unlike the prior biopsy, which was amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # the invasive tumour is the negated side
    (
        "dcis-amplified-whereas-invasive-not",
        ISH
        + "HER2 FISH: The DCIS is amplified, whereas the invasive carcinoma is not amplified (ratio 1.4).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # the contrast opens the sentence: its main clause is this sample's
    (
        "unlike-core-excision-not-amplified",
        ISH + "HER2 FISH: Unlike the core biopsy, the excision is not amplified (ratio 1.3).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CONTRAST + CONTRAST_NEAR))
def test_a_negation_after_a_contrast_is_the_other_parts(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. two labelled calls side by side ---------------------------------------------------------
# "HER2 ISH: amplified (tumour), not amplified (control)" and "amplified (part A), not amplified
# (part B)" read NEGATIVE (one word and its negation). The control's call is no result; of two
# parts the amplified one stands. The positive check still asks for a line that does not deny it,
# so a pair on one line reads not found: never negative.
CORE = "Breast core biopsy: invasive carcinoma.\n"
LABELLED_PAIR: list[Case] = [
    (
        "tumour-amplified-control-not",
        CORE + "HER2 ISH: amplified (tumour), not amplified (control).\n",
        "not_found",
        {},
    ),
    (
        "part-a-amplified-part-b-not",
        CORE + "HER2 ISH: amplified (part A), not amplified (part B).\n",
        "not_found",
        {},
    ),
    (
        "dcis-not-invasive-amplified",
        CORE + "HER2 FISH: not amplified (DCIS), amplified (invasive).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
LABELLED_PAIR_NEAR: list[Case] = [
    # the control is the amplified one: the tumour's call stands
    (
        "tumour-not-control-amplified",
        CORE + "HER2 SISH: not amplified (tumour), amplified (control).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # both parts not amplified
    (
        "both-parts-not-amplified",
        CORE + "HER2 FISH: not amplified (part A), not amplified (part B).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a bracket that is a value, not a label, and a negation of its own clause: as before
    (
        "ratio-bracket-then-older-criteria",
        CORE + "HER2 FISH: amplified (ratio 2.4), not amplified by the older criteria.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(LABELLED_PAIR + LABELLED_PAIR_NEAR))
def test_two_labelled_calls_side_by_side(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. one ratio for each of two samples on one line ----------------------------------------------
# "HER2 SISH ratio: 4.2 (core biopsy 2021), 1.3 (excision)" on a post-treatment excision read
# POSITIVE from the first (the earlier core's) ratio.
POST = "Specimen: right breast, mastectomy after neoadjuvant chemotherapy.\nInvasive carcinoma, residual.\n"
EXCISION = "Specimen: left breast, excision.\nInvasive carcinoma.\n"
SAMPLE_PAIR: list[Case] = [
    # the residual tumour's ratio is read; the dated core's is not (not found, never positive)
    (
        "dated-core-then-excision",
        POST + "HER2 SISH ratio: 4.2 (core biopsy 2021), 1.3 (excision)\n",
        "not_found",
        {},
    ),
    (
        "pre-treatment-core-then-residual",
        EXCISION + "HER2 FISH ratio: 4.4 (pre-treatment core), 1.2 (residual tumour)\n",
        "negative",
        {"ish.ratio": 1.2},
    ),
    (
        "dated-core-then-excision-with-ihc",
        EXCISION + "HER2 FISH ratio 4.2 (core biopsy 2021), 1.3 (excision); HER2 IHC 0 on the excision.\n",
        "negative",
        {"ish.ratio": 1.3},
    ),
]
SAMPLE_PAIR_NEAR: list[Case] = [
    # neither bracket marks an earlier sample: the same tumour's core and excision, as before
    (
        "core-then-excision-undated",
        EXCISION + "HER2 SISH ratio: 4.2 (core biopsy), 1.3 (excision)\n",
        "positive",
        {"ish.ratio": 4.2},
    ),
    # the current sample first: its value is the one read already
    (
        "this-excision-then-dated-core",
        EXCISION + "HER2 SISH ratio: 1.3 (this excision), 4.2 (2021 core)\n",
        "negative",
        {"ish.ratio": 1.3},
    ),
]


# a post-treatment report whose only ISH line quotes the diagnostic biopsy's value, bracketed with
# the biopsy and its date: that is the biopsy's result, not the residual tumour's
SAMPLE_PAIR += [
    (
        "post-treatment-only-the-core-ratio",
        POST + "HER2 SISH ratio: 4.2 (core biopsy 2021)\n",
        "not_found",
        {},
    ),
    ("post-treatment-only-the-2019-core-score", POST + "HER2 IHC: 3+ (2019 core)\n", "not_found", {}),
]
SAMPLE_PAIR_NEAR += [
    # not after treatment: the same tumour's core counts
    (
        "core-ratio-in-an-untreated-excision",
        EXCISION + "HER2 SISH ratio: 4.2 (core biopsy 2021)\n",
        "positive",
        {"ish.ratio": 4.2},
    ),
    # the bracket names the report's own sample
    (
        "post-treatment-mastectomy-bracket",
        POST + "HER2 SISH ratio: 1.2 (mastectomy 2026)\n",
        "negative",
        {"ish.ratio": 1.2},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SAMPLE_PAIR + SAMPLE_PAIR_NEAR))
def test_a_ratio_for_each_of_two_samples(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a rule's condition wrapped onto the next line ----------------------------------------------
# "Per ASCO/CAP, the tumour is reported as HER2 AMPLIFIED when a distinct amplified population" /
# "exceeds 10% of tumour cells." was read as the tumour's call, its condition on the next line
# unseen, and the positive check then found the call denied: not found for an amplified tumour
# whose lab line "FINAL: AMPLIFIED (heterogeneous)" stands below.
AREAS = (
    "HER2 FISH REPORT\nSample: breast excision.\nArea A: 20 cells, ratio 4.2, mean HER2 8.9\n"
    "Area B: 40 cells, ratio 1.3, mean HER2 2.6\n"
)
WRAPPED_CONDITION: list[Case] = [
    (
        "reported-as-amplified-when-wrapped",
        AREAS
        + "Per ASCO/CAP, the tumour is reported as HER2 AMPLIFIED when a distinct amplified population\n"
        "exceeds 10% of tumour cells. HER2 heterogeneity is noted.\nFINAL: AMPLIFIED (heterogeneous)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "called-amplified-if-wrapped",
        AREAS + "By the 2018 update a tumour is called HER2 amplified if the amplified cells\n"
        "form more than 10% of the invasive tumour.\nFINAL: AMPLIFIED (heterogeneous)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
WRAPPED_CONDITION_NEAR: list[Case] = [
    # a wrapped row with no condition keeps its own line: the row's call stands
    (
        "wrapped-row-no-condition",
        "Colon, sigmoid: adenocarcinoma.\nPrior tissue results (same tumor):\n"
        " - Sigmoid primary, HER2 IHC (outside, 2026-06-30): 3+ in ~70% of\n"
        "   tumor cells, HERACLES criteria: POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(WRAPPED_CONDITION + WRAPPED_CONDITION_NEAR)
)
def test_a_rule_condition_wrapped_onto_the_next_line(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. Spanish sequencing lists: "N copias", and "Negativo para:" under an amplification ------------
# "ERBB2 (HER2) amplificacion - 14 copias" over "Negativo para:" read NEGATIVE: normalize.py turns
# "Negativo" into "negative", which the negative-list label did not know ("negative para:"), and
# "14 copias" was no copy number (without it the bare Spanish noun read nothing).
NGS_ES = "INFORME DE SECUENCIACION (NGS) - TEJIDO\nDiagnostico: adenocarcinoma gastrico.\n"
SPANISH_LISTS: list[Case] = [
    (
        "amplificacion-copias-over-negativo-para",
        NGS_ES + "Alteraciones detectadas:\n  ERBB2 (HER2) amplificacion - 14 copias\nNegativo para:\n"
        "  mutaciones de KRAS, NRAS y BRAF\n",
        "positive",
        {"ngs.amplification": "amplified", "ngs.copy_number": 14.0},
    ),
    (
        "amplificado-cn-over-negativo-para-list",
        NGS_ES + "Resultado del panel:\nERBB2 amplificado (CN 9)\nNegativo para:\nKRAS; NRAS; BRAF\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "copias-with-decimal-comma",
        NGS_ES + "Alteraciones detectadas:\n  ERBB2 amplificacion, 8,5 copias\n",
        "positive",
        {"ngs.copy_number": 8.5},
    ),
]
SPANISH_LISTS_NEAR: list[Case] = [
    # the amplification's own negation stands
    (
        "no-amplificacion-then-negativo-para",
        NGS_ES + "ERBB2 (HER2): no se detecta amplificacion (2 copias)\nNegativo para: KRAS, NRAS, BRAF\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # a percentage is no copy number
    (
        "copias-percent-not-a-copy-number",
        NGS_ES + "ERBB2 amplificacion detectada; 12% copias mutadas\n",
        "positive",
        {"ngs.copy_number": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SPANISH_LISTS + SPANISH_LISTS_NEAR))
def test_spanish_sequencing_lists(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. a bare IHC 0 after "result" or "score" between the name and its colon --------------------
# "HER2 result: 0." and "HER2 IHC result: 0." read nothing (not found) where "HER2: 0." and
# "HER2 score: 0." read IHC 0.
ZERO_AFTER_RESULT: list[Case] = [
    ("her2-result-zero", BREAST + "HER2 result: 0.\n", "negative", {"ihc.score": "0"}),
    ("her2-ihc-result-zero", BREAST + "HER2 IHC result: 0\n", "negative", {"ihc.score": "0"}),
    (
        "zero-in-the-invasive-carcinoma-dcis-3plus",
        BREAST + "HER2: 0 in the invasive carcinoma; the adjacent DCIS shows 3+ staining.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "after-a-reflex-sentence",
        BREAST + "Equivocal (2+) cases are reflexed to FISH. HER2 result: 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
ZERO_AFTER_RESULT_NEAR: list[Case] = [
    # a count or a measure after "result" is no score
    (
        "result-zero-point-five",
        BREAST + "HER2 FISH result: 0.5 signals per cell in the stroma\n",
        "not_found",
        {"ihc.score": None},
    ),
    (
        "result-count-of-blocks",
        BREAST + "HER2 result: 0 of 3 blocks suitable; testing not performed\n",
        "not_found",
        {"ihc.score": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ZERO_AFTER_RESULT + ZERO_AFTER_RESULT_NEAR)
)
def test_a_bare_zero_after_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H-J. blind set 29 (session 26), family 1: read from the start run's misses --------------------
# H. A stain described after the name's colon, its score after an "=" closing the description
# ("c-erbB-2: strong circumferential membrane reactivity in approx. 80% of" / "infiltrating tumour
# cells = 3+. Overexpressed."): the positive check found no result line (the clause was cut at
# "approx." and no "= score" form was known): not found for a 3+ tumour.
DESCRIBED_EQUALS: list[Case] = [
    (
        "c-erbb-2-described-equals-3plus",
        BREAST + "c-erbB-2: strong circumferential membrane reactivity in approx. 80% of\n"
        "infiltrating tumour cells = 3+. Overexpressed. ISH not required.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "her2-clone-described-equals-3plus",
        BREAST + "HER2 (4B5): complete intense membrane staining in 90% of invasive cells = 3+.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "described-equals-3plus-positive-bracket",
        BREAST + "HER2: strong complete membranous staining in about 70% of tumour cells = 3+ (positive)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
DESCRIBED_EQUALS_NEAR: list[Case] = [
    # a key's threshold under the report's own score: the key is no result
    (
        "key-threshold-equals-under-own-score",
        BREAST
        + "HER2 IHC: 1+\nKey - HER2: strong complete membrane staining in >10% of invasive cells = 3+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # a plain share with the rule's bar in brackets is this tumour's result
    (
        "plain-share-then-bar-equals-3plus",
        "Endometrium, hysterectomy: serous carcinoma.\nHER2 IHC: complete/basolateral membranous staining in ~40% of tumour cells (>30%) = 3+.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # "approx." no longer ends the clause: a plain score after it reads as before
    (
        "approx-then-score",
        BREAST + "HER2: faint staining in approx. 5% of cells; score 0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]

# I. "complete rings are not seen" describes the staining; it is no negative call of the score
# (a 2+ read with the lab call negative, then set aside as contradicted: not found).
NOT_SEEN_FEATURE: list[Case] = [
    (
        "rings-not-seen-scored-2plus",
        BREAST + "HER2: membrane staining is strong but basolateral in about 40% of cells;\n"
        "complete rings are not seen. Scored 2+ per ASCO/CAP. ISH has been requested.\n",
        "equivocal",
        {"ihc.score": "2+", "ihc.lab_call": None},
    ),
    (
        "circumferential-staining-not-seen-2plus",
        BREAST
        + "HER2: weak to moderate staining in 20% of cells; circumferential staining not seen. Score 2+.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
NOT_SEEN_FEATURE_NEAR: list[Case] = [
    # overexpression not seen is the lab's negative call
    (
        "overexpression-not-seen",
        BREAST + "HER2 protein overexpression not seen (score 1+).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

# J. "staining is not absent" negates the absence, not the HER2-ultralow word after it.
NOT_ABSENT_ULTRALOW: list[Case] = [
    (
        "not-absent-would-describe-ultralow",
        BREAST + "HER2: scored 0, but because staining is not absent we\n"
        'would describe it as HER2 "ultralow" (above null, below 1+).\n',
        "negative",
        {"ihc.score": "0", "her2_ultralow": True},
    ),
]
NOT_ABSENT_ULTRALOW_NEAR: list[Case] = [
    (
        "not-ultralow-null",
        BREAST + "HER2 IHC 0: staining entirely absent; not HER2-ultralow (HER2-null).\n",
        "negative",
        {"her2_ultralow": False},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    phrase_params(
        DESCRIBED_EQUALS
        + DESCRIBED_EQUALS_NEAR
        + NOT_SEEN_FEATURE
        + NOT_SEEN_FEATURE_NEAR
        + NOT_ABSENT_ULTRALOW
        + NOT_ABSENT_ULTRALOW_NEAR
    ),
)
def test_blind29_family_one(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- K. a "+"-bulleted checklist with "(check one)" keeps lead25's reading -----------------------
# fix26 dropped bulleted options before the readers run; with "+" bullets that also dropped the
# options lead25's reader needs beside "(check one)", and "Result: Negative (Score 1+)" read not
# found. "+" bullets are left to lead25's reader (keys.result_row_under_options).
PLUS_CHECKLIST: list[Case] = [
    (
        "plus-bullets-check-one-result-row",
        BREAST
        + "HER2 IHC (check one):\n+ Negative (Score 0)\n+ Negative (Score 1+)\n+ Equivocal (Score 2+)\n"
        "+ Positive (Score 3+)\nResult: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "starred-bullets-result-row",
        BREAST + "HER2 IHC:\n* Negative (Score 0)\n* Negative (Score 1+)\n* Equivocal (Score 2+)\n"
        "* Positive (Score 3+)\nResult: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(PLUS_CHECKLIST))
def test_plus_bulleted_checklist_keeps_its_reading(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
