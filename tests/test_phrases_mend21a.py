"""mend21a (session 21): the read-only review's findings on this session's rules, mended as phrase
families (review21's cases reworded, with near-misses that keep each rule's intended reading).

A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

# --- 1. key rows with a label before the score, under a named scoring system --------------------------
# probe21 (9bfd6d9a) made "Scoring system used: <name>" a field line unless a key row follows; a key
# row that opens with "HER2", "IHC" or "Category" before its digit ("HER2 3+ : positive") was not seen
# as one, so the key's 3+ was read as the patient's (NEGATIVE read POSITIVE). A key row is up to three
# label words and then the digit (or a category word); "HER2 IHC score: 3+" (label, colon, value)
# stays the report's own field (near-misses: tests/probe21_cases.py SYSTEM_FIELD "sf-near-miss-*-field-*").
# key-row-ihc-label read right before the mend too: kept for coverage.
SYSTEM_KEY_ROWS: list[Case] = [
    (
        "key-row-her2-colon",
        "Invasive ductal carcinoma, left breast core.\nHER2 immunohistochemistry (4B5): score 1+, faint partial staining.\n"
        "Scoring system applied: ASCO/CAP 2023\nHER2 3+ : positive\nHER2 1+ : negative (HER2-low)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "key-row-her2-dot-leader",
        "Invasive carcinoma, right breast excision.\nHER2 IHC result ...... 0 (no staining)\n"
        "Scoring system ...... ASCO/CAP\nHER2 3+ ...... positive\nHER2 0 ...... negative\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "key-row-ihc-label",
        "Oesophageal adenocarcinoma, biopsy.\nHER2 IHC (4B5): 1+\nScoring system used: Hofmann biopsy criteria\n"
        "IHC 3+: strong complete or lateral staining in a cluster of at least 5 cells - positive\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "key-row-category-label",
        "Gastric adenocarcinoma, biopsy.\nHER2 IHC (4B5): 0\nScoring system ........ Hofmann (biopsy)\n"
        "Category 3+ ........ strong complete staining, a cluster of 5 or more cells\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SYSTEM_KEY_ROWS))
def test_key_row_with_label_under_named_system_is_a_key(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 2. words that withdraw another value, after the name's own value ------------------------------
# fix21 (73334016) marker-withdrawn: a RAS/BRAF/MSI/MMR name whose clause says "in error" or
# "withdrawn" gives no result. An aside after the name's own value that withdraws ANOTHER value
# ("p.G12C detected (the wild-type call was issued in error)"), or withdraws something else ("research
# consent withdrawn"), took the current value too (KRAS mutant read wild-type). The clause now ends at
# a bracket, " - " or a column gap after the first value, and at the next name of the same family.
AMENDED = "Colorectal adenocarcinoma, right hemicolectomy. AMENDED REPORT.\n"
WITHDRAWN_OTHER_VALUE: list[Case] = [
    (
        "mutant-then-bracketed-wild-type-in-error",
        AMENDED
        + "Amended result: KRAS p.G13D detected (wild-type had been entered in error after a tube swap)\n"
        "HER2 IHC: 1+.\n",
        "negative",
        {"related.kras": "mutant", "related.kras_variant": "G13D"},
    ),
    (
        "mutant-dash-consent-withdrawn",
        AMENDED
        + "NRAS: p.Q61K detected - consent for research use withdrawn, no tissue banked\nHER2 IHC: 0.\n",
        "negative",
        {"related.nras": "mutant"},
    ),
    (
        "table-row-comment-column-other-value-in-error",
        AMENDED + "Gene     Result              Comment\n"
        "BRAF     V600E detected      the wild-type entry of 02/11 was issued in error\nHER2 IHC: 0.\n",
        "negative",
        {"related.braf": "mutant"},
    ),
    (
        "msi-high-then-mss-in-error",
        AMENDED
        + "Microsatellite instability: MSI-H (MSS appeared on the draft report in error)\nHER2 IHC: 1+.\n",
        "negative",
        {"related.msi": "MSI-H"},
    ),
]
WITHDRAWN_OTHER_VALUE_NEAR: list[Case] = [
    # the name's own value withdrawn, the bracket holding the value itself: still no result
    (
        "bracketed-own-value-retracted",
        AMENDED + "The MSI (MSI-H) result has been retracted pending repeat testing.\nHER2 IHC: 0.\n",
        "negative",
        {"related.msi": None},
    ),
    (
        "own-mutant-entered-in-error",
        AMENDED
        + "KRAS p.G12V was entered erroneously; no KRAS result is given in this version.\nHER2 IHC: 1+.\n",
        "negative",
        {"related.kras": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(WITHDRAWN_OTHER_VALUE + WITHDRAWN_OTHER_VALUE_NEAR)
)
def test_words_withdrawing_another_value_leave_the_own_value(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- 3. an IHC heading that says what its antibody is validated to detect ---------------------------
# fix21's capability lead ("can detect", "validated to detect") set aside every HER2 name after it,
# so "HER2 IHC (4B5, validated to detect HER2-low expression)" over its score read not_found, and "we
# could not detect ERBB2 amplification (CN 2.1)" (a result) lost its negative. The lead now governs a
# name only with a copy-number word between them or right after the name, and "not" is no lead.
CAPABILITY_HEADING: list[Case] = [
    (
        "ihc-heading-validated-for-low-then-3plus",
        "Invasive lobular carcinoma, breast core biopsy.\nHER2 IHC (clone 4B5, assay validated to detect HER2-low "
        "expression)\nScore: 3+ (circumferential intense membrane staining, 85% of tumour cells)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "ihc-heading-optimised-low-levels-then-0",
        "Gastric adenocarcinoma, biopsy.\nHER2 immunostain - 4B5 antibody, optimised to detect HER2 at low "
        "levels\nResult: 0 (no membrane staining)\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "could-not-detect-amplification-is-a-result",
        "Targeted NGS (tissue), oesophageal adenocarcinoma, tumour content 50%.\n"
        "Copy number: we could not detect ERBB2 amplification in this sample (estimated copy number 2.0).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]
CAPABILITY_HEADING_NEAR: list[Case] = [
    # an assay description about amplification stays no result (fix21's rule)
    (
        "panel-can-detect-amplification-then-own-result",
        "Targeted NGS (tissue), gastric adenocarcinoma.\nThe panel can detect ERBB2 amplification at a copy "
        "number of 6 or more.\nResult: ERBB2 copy number 2.1, not amplified.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "designed-to-detect-gains-only",
        "Targeted NGS (plasma), breast carcinoma.\nThis assay is designed to detect copy-number gains of "
        "ERBB2 above 2.5 copies.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(CAPABILITY_HEADING + CAPABILITY_HEADING_NEAR)
)
def test_capability_lead_needs_a_copy_number_object(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 4. a probe name or a specimen accession after a comma is no other gene ------------------------
# fix21's other-gene clause: after a comma, a gene-like symbol opens another gene's clause. "CEN17"
# (the centromere probe) and accessions such as "S26-04512" counted as one, and the ISH call after
# them was dropped (not_found).
NOT_ANOTHER_GENE: list[Case] = [
    (
        "cen17-counts-then-not-amplified",
        "Invasive ductal carcinoma, breast core.\nHER2 FISH: mean HER2 2.3 signals/cell, CEN17 1.9 signals/cell, "
        "not amplified\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "accession-then-amplified",
        "Invasive carcinoma, breast excision.\nHER2 dual ISH, T26-11873 block A3: amplified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
NOT_ANOTHER_GENE_NEAR: list[Case] = [
    # another gene's own clause after a comma keeps its words (fix21's rule)
    (
        "erbb2-amplified-then-fgfr2-not",
        "Targeted NGS (tissue), gastric adenocarcinoma.\nERBB2 amplified (copy number 14), FGFR2 not amplified.\n",
        # fix22: positive as without the FGFR2 clause; not_found came from the doubt gate reading
        # FGFR2's "not" as a denial of ERBB2's word (interpret/doubt.py now ends the clause there)
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_ANOTHER_GENE + NOT_ANOTHER_GENE_NEAR))
def test_probe_name_or_accession_is_no_other_gene(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 8. a key line of the scale is no score ---------------------------------------------------------
# fix21a (f0479448) read "N (on a 0-3 scale)" as score N; a key line "Scale: 3 (on a 0-3 scale) =
# strong complete staining, positive" under the report's own "1+" read POSITIVE. A scale label before
# the digit or an "=" after the bracket makes it a key line; fix21a's own cases keep their score.
SCALE_KEY_LINE: list[Case] = [
    (
        "scale-label-key-line-under-own-score",
        "Invasive ductal carcinoma, breast core.\nHER2 IHC (4B5): 1+\n"
        "Scale: 3 (on a 0-3 scale) = intense complete membrane staining, positive\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "equals-after-bracketed-scale-key",
        "Gastric adenocarcinoma, biopsy.\nHER2 IHC: 0 (no staining)\nKey: 3 (on a 0 to 3 scale) = strong basolateral staining\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SCALE_KEY_LINE))
def test_scale_key_line_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
