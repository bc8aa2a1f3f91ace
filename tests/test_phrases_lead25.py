"""The lead's mends after blind set 28's start measurement (session 25), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
PLASMA = "Liquid biopsy (plasma cfDNA NGS), metastatic breast carcinoma.\n"
TISSUE = "Lung, right upper lobe, core biopsy: adenocarcinoma. Tissue NGS panel (DNA).\n"
COLON = "Colon, sigmoid, resection: adenocarcinoma.\n"


# --- A. serial sample rows: the row its label marks current is the result ------------------------
# "Draw 1 (2023-03-04): ERBB2 amplification, plasma CN 5.2" over "Draw 2 (2023-07-19, current):
# ERBB2 amplification not detected" read POSITIVE from the first draw.
CURRENT_ROW: list[Case] = [
    (
        "serial-draws-current-not-detected",
        PLASMA + "Draw 1 (2024-02-11): ERBB2 amplification, plasma copy number 6.3\n"
        "Draw 2 (2024-08-30, current): ERBB2 amplification not detected.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "collections-this-sample-not-detected",
        PLASMA + "Collection 1, 01/2025: ERBB2 amplified (CN 7.0)\n"
        "Collection 2, 06/2025 (this sample): ERBB2 amplification not detected\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "first-draw-detected-over-current-draw-not",
        PLASMA + "First draw (2023-05-02): ERBB2 amplification detected, CN 4.8\n"
        "Current draw (2023-11-20): no ERBB2 amplification detected\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]
CURRENT_ROW_NEAR: list[Case] = [
    # the current row is the amplified one: it stays positive
    (
        "first-draw-not-detected-current-detected",
        PLASMA + "First draw (2023-05-02): no ERBB2 amplification detected\n"
        "Current draw (2023-11-20): ERBB2 amplification detected, CN 4.8\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # no row marked current: both draws read as before (the highest)
    (
        "two-draws-none-marked",
        PLASMA + "Draw 1 (2023-05-02): ERBB2 amplification detected, CN 4.8\n"
        "Draw 2 (2023-11-20): ERBB2 amplification detected, CN 3.9\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # an IHC row beside a "this specimen" row keeps the earlier readings (the lab may choose it)
    (
        "ihc-rows-this-specimen-undated-core",
        BREAST + "HER2 STUDIES:\n  Core biopsy (S26-1001, 03/02/2026): HER2 IHC 3+ (positive).\n"
        "  Excision (block B1, this specimen): HER2 IHC 1+.\n"
        "COMMENT: Discordant; the core biopsy result is taken to represent the tumour: HER2 POSITIVE.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CURRENT_ROW + CURRENT_ROW_NEAR))
def test_the_sample_row_marked_current_is_the_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a negated other-gene line below a HER2 amplification is not its negation -----------------
# "ERBB2 amplification detected, copy number 9" over "No other amplification detected" read
# NEGATIVE (not amplified).
OTHER_GENE_NEGATED_BELOW: list[Case] = [
    (
        "no-other-amplification-below",
        TISSUE + "ERBB2 amplification detected, copy number 12\nNo other amplification detected\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "no-met-amplification-below",
        TISSUE + "ERBB2 amplification detected (CN 10)\nNo MET amplification detected\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "no-additional-cnv-below",
        TISSUE
        + "ERBB2 amplified, estimated 15 copies\nNo additional copy number alterations were identified.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
OTHER_GENE_NEGATED_BELOW_NEAR: list[Case] = [
    # HER2's own negation on the next line stays HER2's
    (
        "erbb2-label-over-no-amplification",
        TISSUE + "ERBB2 (HER2) copy number 2.0\nNo ERBB2 amplification detected.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "amplification-colon-over-no",
        TISSUE + "ERBB2 amplification:\nNo evidence of amplification (copy number 2.1)\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(OTHER_GENE_NEGATED_BELOW + OTHER_GENE_NEGATED_BELOW_NEAR)
)
def test_another_gene_s_negation_below_is_not_her2_s(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. "copy no." is a copy number, not a negation -----------------------------------------------
# "ERBB2 amplification detected, copy no. 8" read NEGATIVE (not amplified).
COPY_NO: list[Case] = [
    (
        "copy-no-after-detected",
        TISSUE + "ERBB2 amplification detected, copy no. 14\n",
        "positive",
        {"ngs.amplification": "amplified", "ngs.copy_number": 14.0},
    ),
    (
        "copy-no-colon-in-bracket",
        TISSUE + "ERBB2 amplified (copy no.: 9)\n",
        "positive",
        {"ngs.amplification": "amplified", "ngs.copy_number": 9.0},
    ),
]
COPY_NO_NEAR: list[Case] = [
    (
        "amplification-no",
        TISSUE + "ERBB2 amplification: no (copy number 2.2)\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "copy-number-then-no-amplification",
        TISSUE + "ERBB2 copy number 2.1 - no amplification\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(COPY_NO + COPY_NO_NEAR))
def test_copy_no_is_a_number_not_a_negation(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. a sample row's bare 0 under a HER2 IHC heading is that sample's score --------------------
# "Excision (current): 0" beside "Core biopsy (2021): 3+" read POSITIVE from the core alone.
ROW_ZERO: list[Case] = [
    (
        "current-excision-zero-under-heading",
        BREAST + "HER2 immunohistochemistry\nExcision (current): 0\nCore biopsy (2020): 3+\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "dated-core-then-resection-zero-negative",
        BREAST + "HER2 IHC results:\nCore biopsy (2019): 3+\nResection (this specimen): 0 (negative)\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
ROW_ZERO_NEAR: list[Case] = [
    # a count or a margin after a sample word is no score
    (
        "cores-count-zero",
        BREAST + "HER2 IHC 2+\nNumber of cores: 0\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "margin-zero-mm",
        BREAST + "HER2 IHC 3+\nResection margin: 0 mm\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ROW_ZERO + ROW_ZERO_NEAR))
def test_a_sample_row_s_bare_zero_is_its_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. "dMMR/MSI: not deficient" is proficient -----------------------------------------------------
MMR_LABEL_ANSWERED_NO: list[Case] = [
    (
        "dmmr-label-not-deficient",
        COLON + "HER2 IHC 1+\ndMMR/MSI: not deficient (pMMR).\n",
        "negative",
        {"related.mmr": "proficient"},
    ),
    (
        "dmmr-yes",
        COLON + "HER2 IHC 1+\ndMMR/MSI-H: yes (loss of MLH1/PMS2)\n",
        "negative",
        {"related.mmr": "deficient"},
    ),
    (
        "dmmr-plain",
        COLON + "HER2 IHC 1+\nMMR: dMMR (MSH2/MSH6 loss)\n",
        "negative",
        {"related.mmr": "deficient"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(MMR_LABEL_ANSWERED_NO))
def test_a_dmmr_label_answered_no_is_proficient(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a synoptic checklist prints every option, then the answer on a RESULT row -----------------
# "+ Negative (Score 0)" ... "+ Positive (Score 3+)" over "RESULT: Positive (Score 3+)" was set aside
# whole as a key (not found).
OPTIONS_THEN_RESULT: list[Case] = [
    (
        "plus-bulleted-options-result-positive",
        BREAST + "Test: HER2 by immunohistochemistry (4B5)\n+ Negative (Score 0)\n+ Negative (Score 1+)\n"
        "+ Equivocal (Score 2+)\n+ Positive (Score 3+)\nRESULT: Positive (Score 3+)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "options-result-negative",
        BREAST + "HER2 (IHC), 4B5:\n+ Negative (Score 0)\n+ Negative (Score 1+)\n"
        "+ Equivocal (Score 2+)\n+ Positive (Score 3+)\nFinal result: Negative (Score 1+)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
OPTIONS_THEN_RESULT_NEAR: list[Case] = [
    # a key closed by an interpretation row that defines a score is still a key
    (
        "key-closed-by-definition-row",
        BREAST + "HER2 IHC scoring key\n+ Negative (Score 0)\n+ Negative (Score 1+)\n+ Equivocal (Score 2+)\n"
        "+ Positive (Score 3+)\nInterpretation: 3+ = positive, complete intense staining\n",
        "not_found",
        {"ihc": None},
    ),
    # the answer row gives no score: nothing to read
    (
        "options-then-pending",
        BREAST
        + "HER2 IHC reporting categories\nNegative (Score 0)\nNegative (Score 1+)\nEquivocal (Score 2+)\n"
        "Positive (Score 3+)\nFinal result: pending\n",
        "not_found",
        {"ihc": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(OPTIONS_THEN_RESULT + OPTIONS_THEN_RESULT_NEAR)
)
def test_the_result_row_under_printed_options_is_the_answer(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- G. a clause after a named activating mutation gives the amplification answer -------------------
# "ERBB2 S310F activating mutation; NOT amplified." lost the amplification answer.
MUTATION_THEN_AMP: list[Case] = [
    (
        "activating-mutation-then-not-amplified",
        TISSUE + "ERBB2 p.S310F, VAF 22%\nComment: ERBB2 S310F activating mutation; NOT amplified.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "pathogenic-variant-then-amplified",
        TISSUE + "Summary: ERBB2 L755S pathogenic variant; amplified (copy number 12).\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
MUTATION_THEN_AMP_NEAR: list[Case] = [
    # another gene's amplification after the clause stays that gene's
    (
        "activating-mutation-then-met-amplified",
        TISSUE + "ERBB2 S310F activating mutation; MET amplified (copy number 9).\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(MUTATION_THEN_AMP + MUTATION_THEN_AMP_NEAR)
)
def test_the_clause_after_a_named_mutation_answers_amplification(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
