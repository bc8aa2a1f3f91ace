"""mend22a (session 22): unsafe reads found this session, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST_CORE = "SURGICAL PATHOLOGY\nSpecimen: right breast, core needle biopsy.\nInvasive carcinoma of no special type.\n"
BREAST_EXC = "SURGICAL PATHOLOGY\nSpecimen: left breast, wide local excision.\nInvasive lobular carcinoma.\n"

# --- A. scores of several blocks or areas of one sample, in clauses split by ";" -----------------
# Lead probe (session 22): "HER2 IHC (4B5): 1+ on block A1 (...); 3+ on block A2 (...). FINAL HER2
# STATUS: POSITIVE." read negative (1+) with a conflict warning: the mention's near scope ended at
# the ";". A heterogeneous sample's score is its highest part's; the later clause is read when it
# names a block or area of its own, as the first does.
BLOCK_CLAUSES: list[Case] = [
    (
        "two-blocks-semicolon-final-positive",
        BREAST_CORE + "HER2 immunohistochemistry (4B5): 0 on block B1 (no staining); 3+ on block B3 "
        "(complete, intense, 40% of cells). Final HER2: POSITIVE.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "areas-numbered",
        BREAST_EXC + "HER2 IHC: 2+ in area 1 (moderate complete, 20%); 3+ in area 2 (strong, 60%).\n"
        "Overall interpretation: HER2 positive (heterogeneous).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "three-blocks-highest-middle",
        BREAST_CORE + "HER2 (4B5) IHC: 1+ on block A1; 3+ on block A3; 1+ on block A4.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
# the share of cells the 3+ block's clause gives is the 3+'s, not the first block's (it read 25%)
BLOCK_CLAUSES.append(
    (
        "block-share-in-its-own-clause",
        BREAST_CORE
        + "HER2 (clone 4B5): 1+ on block C1 (weak, 25%); 3+ on block C2 (intense complete, 80%).\n",
        "positive",
        {"ihc.score": "3+", "ihc.percent_cells": 80.0},
    )
)
BLOCK_CLAUSES_NEAR: list[Case] = [
    (
        "this-sample-then-earlier-core",
        BREAST_EXC + "HER2 IHC: 1+ on this excision; 3+ on the 2019 core.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "tumour-then-external-control",
        BREAST_CORE + "HER2 IHC (4B5): 1+ on block A1; 3+ on the external control (expected).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "block-then-unlabelled-clause",
        BREAST_CORE + "HER2 IHC: 1+ on block A1; 3+ staining is required for a positive call.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "single-block-own-value",
        BREAST_CORE + "HER2 IHC (4B5): 1+ on block A1 (faint, incomplete, 30%). HER2 negative (HER2-low).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(BLOCK_CLAUSES + BLOCK_CLAUSES_NEAR))
def test_scores_of_blocks_of_one_sample_the_highest_decides(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- B. a criteria list's row that names a result as a requirement, answered "not done" --------
# Lead probe (session 22): a trial screening list's rows "ERBB2 amplification on tissue sequencing
# (CN >= 6) => no molecular testing yet" and "HER2 IHC 3+ by central lab => sample not sent" read
# POSITIVE (IHC 3+, NGS amplified). A row whose answer after the arrow is that the test was not
# done (or the sample not sent) is no result.
CRC_SCREEN = "MOLECULAR TUMOUR BOARD\nMetastatic colorectal adenocarcinoma; trial pre-screening.\nCriteria:\n"
GASTRIC_NGS = "TISSUE NGS PANEL\nSpecimen: gastric adenocarcinoma, biopsy, tumour content 50%.\n"
CRITERIA_NOT_DONE: list[Case] = [
    (
        "ihc-row-block-not-sent",
        CRC_SCREEN
        + "* HER2 IHC 3+ (central review) -> block not yet sent\n* KRAS/NRAS wild type -> confirmed\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "ihc-row-testing-pending",
        CRC_SCREEN + "- HER2 3+ in >= 50% of cells => testing pending\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "amp-row-by-sequencing-no-sequencing-done",
        CRC_SCREEN
        + "- ERBB2 amplification by tissue NGS (copy number 6 or more) -> no sequencing done yet\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]
CRITERIA_NOT_DONE_NEAR: list[Case] = [
    (
        "ihc-3plus-other-test-not-done",
        "SURGICAL PATHOLOGY\nSpecimen: left breast, core biopsy.\nHER2 IHC (4B5): 3+ -> FISH not done (not required).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "ihc-3plus-arrow-positive",
        "SURGICAL PATHOLOGY\nSpecimen: left breast, core biopsy.\nHER2 IHC (4B5): 3+ (strong complete, 90%) => POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "amp-row-by-ngs-detected",
        GASTRIC_NGS + "ERBB2 amplification on tissue sequencing: detected (CN 14); no FISH requested\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(CRITERIA_NOT_DONE + CRITERIA_NOT_DONE_NEAR)
)
def test_a_criterion_row_answered_not_done_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. an NGS amplification beside a note that another test was not requested ----------------
# Lead probes (session 22): "ERBB2  Amplification  CN 18" under a copy-number header, then
# "Comment: no FISH requested." (read as a pending test) or "(FISH confirmation not requested)"
# after the row (FISH taken as the row's test, and not done) read not_found; without the note,
# positive. A note that another test was not requested does not take back the NGS result.
NOT_REQUESTED_NOTE: list[Case] = [
    (
        "table-then-comment-no-ish-requested",
        GASTRIC_NGS + "Copy number alterations\nGene      Alteration       Copy number\n"
        "ERBB2     Amplification    CN 22\nComment: no ISH requested.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "row-aside-confirmation-not-requested",
        GASTRIC_NGS + "ERBB2    Amplification    est. CN 15    (FISH confirmation not requested)\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "row-aside-no-fish-requested",
        GASTRIC_NGS + "ERBB2    Amplification    est. CN 15    (no FISH requested)\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
NOT_REQUESTED_NOTE_NEAR: list[Case] = [
    (
        "her2-fish-requested-pending",
        "SURGICAL PATHOLOGY\nSpecimen: right breast, core biopsy.\nHER2 IHC (4B5): 2+ (equivocal).\n"
        "HER2 FISH requested; result to follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(NOT_REQUESTED_NOTE + NOT_REQUESTED_NOTE_NEAR)
)
def test_another_test_not_requested_keeps_the_ngs_result(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- D. Spanish "no es" negates the status it names -------------------------------------------
# variants15b v15b-f08-05: 'HER2 1+ corresponde a "HER2-bajo" (no es HER2 positivo)' was taken as
# a statement calling HER2 positive (a false conflict note on a negative report).
BREAST_ES = "Mastectomia derecha. Carcinoma ductal infiltrante, grado 2.\nHER2: 1+ (tincion debil e incompleta) - NEGATIVO.\n"
NO_ES: list[Case] = [
    (
        "no-es-in-brackets",
        BREAST_ES + "Nota: el 1+ se considera HER2-bajo (no es HER2 positivo).\n",
        "negative",
        {"warning_codes": []},
    ),
    (
        "el-tumor-no-es",
        BREAST_ES + "Comentario: el tumor no es HER2 positivo.\n",
        "negative",
        {"warning_codes": []},
    ),
]
NO_ES_NEAR: list[Case] = [
    (
        "no-es-necesario-then-positive",
        "Mastectomia derecha. Carcinoma ductal infiltrante.\nHER2: 3+ (tincion completa e intensa).\n"
        "Comentario: no es necesario repetir; el tumor es HER2 positivo.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NO_ES + NO_ES_NEAR))
def test_spanish_no_es_negates_the_status(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
