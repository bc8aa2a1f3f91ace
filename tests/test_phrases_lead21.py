"""The lead's mends after blind set 24's end measurement (session 21), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, right, core biopsy: invasive ductal carcinoma, grade 2.\n"
COLON = "Colon, sigmoid, resection: adenocarcinoma. Tissue NGS panel (DNA), tumour content 50%.\n"


# --- A. a caution not to class the tumour yet, with a verb the rule did not list -------------------
# "the case should NOT be classed as HER2-low or HER2-negative before ISH results are available",
# under an IHC 2+ called EQUIVOCAL, was read as the lab's negative call: the conflict gave no status.
NOT_CLASSED_YET: list[Case] = [
    (
        "not-classed-as-low-or-negative",
        BREAST + "HER2 (4B5): EQUIVOCAL (score 2+). Reflex ISH ordered.\n"
        "Comment: most cells are 1+, but the tumour should not be classed as HER2-low or "
        "HER2-negative until the ISH is reported.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "not-counted-as-negative",
        BREAST + "HER2 IHC 2+ (equivocal); FISH to follow.\n"
        "Please note this case must not be counted as HER2 negative before the FISH result.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
NOT_CLASSED_YET_NEAR: list[Case] = [
    # the lab classing the tumour itself keeps its call
    (
        "classed-as-negative-by-the-lab",
        BREAST + "HER2 IHC: 1+ (HER2-low).\nThe tumour is classed as HER2-negative for trastuzumab.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_CLASSED_YET + NOT_CLASSED_YET_NEAR))
def test_a_caution_not_to_class_the_tumour_yet_is_no_call(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- B. the lab's amplification cut-off line ------------------------------------------------------
# "Threshold for ERBB2 amplification: >= 6 copies" under a not-amplified ERBB2 row was read as an
# amplification (no status), and "ERBB2 amplification threshold: 6 copies or more" read POSITIVE.
CUTOFF_LINE: list[Case] = [
    (
        "threshold-for-amplification-colon",
        COLON + "ERBB2 copy number 2.1 - not amplified.\n"
        "Threshold for ERBB2 amplification: >= 6 copies (purity-adjusted).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "amplification-threshold-after-name",
        COLON + "ERBB2 CNV: 2.0 (no amplification)\nERBB2 amplification threshold: 6 copies or more\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "copy-number-cutoff",
        COLON
        + "ERBB2: not amplified (CN 2.3)\nERBB2 copy number cut-off >= 5 for a call of amplification.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]
CUTOFF_LINE_NEAR: list[Case] = [
    # an amplification stated with its cut-off beside it stays an amplification
    (
        "amplified-with-threshold-in-brackets",
        COLON + "ERBB2 amplification detected, copy number 12 (threshold >= 6 copies).\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "amplified-then-threshold-line",
        COLON + "ERBB2: AMPLIFIED, copy number 11.\nThreshold for ERBB2 amplification: 6 copies.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CUTOFF_LINE + CUTOFF_LINE_NEAR))
def test_an_amplification_cutoff_line_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a revised report quoting what its first version said ---------------------------------------
# 'Version 1 reported "ERBB2 amplification detected (7 copies)".' above the re-analysed "ERBB2 copy
# number: 2.2 -> NO AMPLIFICATION DETECTED" read as amplified (no status); without the quotes the
# same lines read POSITIVE. The closing quote before the full stop now ends the sentence too.
FIRST_VERSION_SAID: list[Case] = [
    (
        "version-1-reported-quoted",
        COLON + 'REVISED REPORT (version 2)\nVersion 1 reported "ERBB2 amplification detected (7 copies)".\n'
        "   ERBB2 copy number: 2.2 -> NO AMPLIFICATION DETECTED.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "first-version-stated-unquoted",
        COLON + "The first version of this report stated ERBB2 amplification (copy number 8). This was an "
        "artefact.\nERBB2 copy number 2.0 - not amplified.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "v1-listed",
        COLON + "v1 (issued 2025-02-01) listed ERBB2 amplification, 9 copies; withdrawn after re-analysis.\n"
        "ERBB2: not amplified (copy number 2.1).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]
# A full stop right after the closing quote ('(7 copies)".') ends no sentence (document.toml
# sentence-end), so the quoted first version's clause runs on over the current value's line and that
# value is set aside too (not_found, a lost result on the safe side). Letting the quote end the sentence
# fixed this case but cut devset4 b4-f10-03's legend sentence ('termed "HER2-low". Distinguishing IHC 0
# from 1+ may be relevant ...') in two, and its "IHC 0" was read as a score: left for a rules session.
FIRST_VERSION_NOT_YET = {
    "version-1-reported-quoted": "a full stop after a closing quote ends no sentence: the current line is set aside"
}
FIRST_VERSION_SAID_NEAR: list[Case] = [
    # the current version's own words stay a result
    (
        "version-2-reports-amplification",
        COLON + "Version 2 (current): ERBB2 amplification detected, copy number 10.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "quoted-current-call-before-full-stop",
        BREAST + 'HER2 IHC (4B5): 3+, "positive".\nER: positive, 90%.\n',
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    phrase_params(FIRST_VERSION_SAID + FIRST_VERSION_SAID_NEAR, FIRST_VERSION_NOT_YET),
)
def test_what_a_first_version_said_is_an_earlier_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. a list under a heading that says its variants were not detected ----------------------------
# "Variants not detected in plasma (selected):" over "KRAS (G12, G13, Q61), NRAS, BRAF V600E, ..."
# read BRAF V600E as found (a swap to mutant): the heading says none of the list was detected.
PLASMA = "Plasma ctDNA panel (cfDNA), metastatic colorectal adenocarcinoma.\n"
NOT_DETECTED_LIST: list[Case] = [
    (
        "variants-not-detected-heading",
        PLASMA + "ERBB2 amplification detected (plasma copy number 2.6).\n"
        "  Variants not detected in plasma (selected):\n    KRAS (G12, G13, Q61), NRAS, BRAF V600E, PIK3CA\n",
        "positive",
        {"related.braf": None, "related.kras": None},
    ),
    (
        "alterations-not-identified-heading",
        PLASMA + "ERBB2 amplification detected (plasma copy number 3.1).\nAlterations not identified:\n"
        "BRAF V600E\nKRAS G12D\n",
        "positive",
        {"related.braf": None, "related.kras": None},
    ),
]
NOT_DETECTED_LIST_NEAR: list[Case] = [
    (
        "variants-detected-heading",
        PLASMA
        + "ERBB2 amplification detected (plasma copy number 2.6).\nVariants detected:\n  BRAF V600E (VAF 4.1%)\n",
        "positive",
        {"related.braf": "mutant"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(NOT_DETECTED_LIST + NOT_DETECTED_LIST_NEAR)
)
def test_a_list_under_a_not_detected_heading_is_not_found(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
