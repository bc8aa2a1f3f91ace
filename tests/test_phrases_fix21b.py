"""fix21b (session 21): tests/variants14b's misses (writer26b's 60 hand-written reports: patient-held
documents and odd structures), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. "no non-amplified area": a double negation is no call of its own -----------------------------
# variants14b v14b-f03-02: a dual-ISH sheet called "HER2 GENE AMPLIFIED" and added that no
# non-amplified tumour area was found; the inner "non-amplified" was read as the call (positive read
# NEGATIVE). A negated "non-amplified"/"unamplified" part of the tumour says every part is amplified.
DOUBLE_NEGATED: list[Case] = [
    (
        "amplified-then-no-nonamplified-area",
        "Gastric biopsy, HER2 SISH.\nHER2/CEP17 ratio 3.8, mean HER2 8.1 per cell.\n"
        "Interpretation: AMPLIFIED. Signals evenly spread; no non-amplified tumour\n"
        "areas were found on the slide.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "without-unamplified-cells",
        "Breast core, HER2 FISH: ratio 5.6 (average HER2 11.2/cell). Result: amplified, "
        "without unamplified cells in the areas scored.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "no-non-amplified-foci-seen",
        "HER2 dual ISH (GEJ resection): HER2/Chr17 ratio 2.9. HER2 gene amplification present; "
        "no non amplified foci seen.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
DOUBLE_NEGATED_NEAR: list[Case] = [
    # the inner word without a negation before it stays the call
    (
        "plain-non-amplified-with-area-words",
        "Breast core, HER2 FISH: ratio 1.3, mean HER2 2.4 per cell. Result: non-amplified "
        "tumour cells throughout.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # "no" as a value of its own line, then a non-amplified result: still not amplified
    (
        "no-heterogeneity-then-non-amplified",
        "HER2 FISH (breast core)\nHeterogeneity: no\nNon-amplified (HER2/CEP17 ratio 1.2; mean HER2 2.1).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(DOUBLE_NEGATED + DOUBLE_NEGATED_NEAR))
def test_negated_non_amplified_area_is_no_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a meeting's case blocks: the document names the case it concerns ---------------------------
# variants14b v14b-f09-05: MDT minutes with a block per case ("Patient 4/9: ..." over its indented
# lines), the preceding case's "HER2 IHC 3+ - HER2 POSITIVE", and at the end "(These minutes concern
# patient 5/9 ...)" whose HER2 was awaited: read as this patient's positive.
CASE_BLOCKS: list[Case] = [
    (
        "tumour-board-blocks-extract-relates-to-case-2",
        "Breast tumour board, 3 March\n\n"
        "Case 1/4 - M. Tran, 48, left breast IDC\n"
        "  * core biopsy: HER2 IHC 3+, positive; ER 90%\n"
        "  * plan: neoadjuvant TCHP\n\n"
        "Case 2/4 - P. Olsen, 66, right breast ILC\n"
        "  * core biopsy taken 28/02; HER2 and ER pending\n\n"
        "This extract relates to case 2 only.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "mdm-blocks-minutes-refer-to-patient-3",
        "Upper GI MDM\n"
        "Patient 2: A. Weiss, 70, oesophageal adenocarcinoma\n"
        " - HER2 FISH amplified (ratio 4.1) on biopsy; for FLOT + trial screening\n\n"
        "Patient 3: L. Boyd, 55, gastric antrum cancer\n"
        " - HER2 requested on biopsy, not yet reported\n\n"
        "The minutes refer to patient 3.\n",
        "not_found",
        {"ish": None},
    ),
]
CASE_BLOCKS_NEAR: list[Case] = [
    # the block of the case the document concerns keeps its own value
    (
        "own-case-block-keeps-its-3plus",
        "Upper GI MDT - minutes\n"
        "Patient 1/3: R. Kahn, 61, gastric body carcinoma\n"
        " - biopsy: HER2 IHC 1+ (negative)\n\n"
        "Patient 2/3: D. Moss, 58, GOJ adenocarcinoma\n"
        " - biopsy: HER2 IHC 3+ (positive); MMR proficient\n\n"
        "(These minutes concern patient 2/3, D. Moss.)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # blocks with no word on which case the document concerns are left alone
    (
        "blocks-without-named-case",
        "Tumour board\nCase 1/2 - core biopsy, left breast\n  * HER2 IHC 3+, positive\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CASE_BLOCKS + CASE_BLOCKS_NEAR))
def test_other_case_block_of_minutes_is_another_patients(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- C. a withdrawn result whose "is" was read by OCR as "1s" ---------------------------------------
# variants14b v14b-f10-02: a faxed addendum, "Addendum No. 1 reported HER2 FISH rat1o 2.9,
# AMPL1F1ED. TH1S RESULT 1S WITHDRAWN", the current IHC 2+ equivocal with FISH repeated: the
# withdrawn amplification read as the result (equivocal read POSITIVE).
OCR_WITHDRAWN: list[Case] = [
    # review21: passes on db81c2f6 too (its 'Earlier' already marks the value earlier; the
    # '1S WITHDRAWN' change is not exercised): a near-miss kept for coverage.
    (
        "fax-1s-withdrawn",
        "HER2 IHC 2+ (equivocal).\nEarlier addendum: HER2 FISH ratio 3.1, AMPLIFIED. THAT RESULT 1S\n"
        "WITHDRAWN (slide from another case). Repeat FISH pending.\n",
        "equivocal",
        {"ish": None},
    ),
    # review21: passes on db81c2f6 too: a near-miss kept for coverage.
    (
        "fax-ls-withdrawn-lowercase",
        "HER2 immunohistochemistry: 2+, equivocal.\nThe FISH result issued on 3 May (ratio 2.6, amplified) ls withdrawn;"
        " FISH is being repeated.\n",
        "equivocal",
        {"ish": None},
    ),
]
OCR_WITHDRAWN_NEAR: list[Case] = [
    # a current amplified FISH in the same OCR'd layout stays
    (
        "fax-amplified-not-withdrawn",
        "HER2 IHC 2+ (equivocal).\nFISH (block A2): HER2 ratio 3.1, AMPL1F1ED. Th1s resu1t 1s final.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OCR_WITHDRAWN + OCR_WITHDRAWN_NEAR))
def test_ocr_damaged_withdrawn_result_is_set_aside(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
