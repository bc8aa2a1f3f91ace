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


# --- D. readers' scores on an adjudication worksheet: the consensus further down is the result ------
# variants14b v14b-f11-03: "HER2 SCORING WORKSHEET" (the only HER2 name, in the title), "Reader 1
# (Dr A): 1+", "Reader 2 (Dr B): 2+", then beyond the title's reach "FINAL CONSENSUS SCORE: 2+
# (EQUIVOCAL) - reflex dual ISH ordered": read as reader 1's 1+ (equivocal read NEGATIVE).
READERS: list[Case] = [
    (
        "observers-then-consensus-far-below",
        "HER2 IHC scoring sheet - double reading\nBlock B2, invasive lobular carcinoma\n\n"
        "Observer A (Dr K):   1+   incomplete faint staining, about 50% of cells\n"
        "Observer B (Dr M):   2+   weak complete staining in roughly 12% of cells\n"
        "Joint review at the double-headed microscope, several fields, 20x and 40x:\n"
        "  thin but complete membranes in some 15% of invasive cells; the rest faint\n"
        "  and incomplete; this meets the 2+ definition (more than 10% weak complete).\n\n"
        "Final score: 2+ (equivocal). ISH requested on block B2.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "second-reader-then-agreed-score",
        "HER2 adjudication record\n\nFirst reader - 3+ (strong complete in 20%)\n"
        "Second reader - 2+ (moderate complete, strong only focally)\n"
        "Discussed at multihead; the strong staining is in under 10% of cells and the\n"
        "remaining cells show moderate complete staining only; criteria for 3+ are not met.\n"
        "Both readers agree on the intensity in most fields after review of the whole slide.\n\n"
        "Agreed score: 2+ (equivocal); reflex FISH to follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
READERS_NEAR: list[Case] = [
    # a reader's score with no consensus after it stays the score read
    (
        "single-reader-score-no-consensus",
        "HER2 IHC (4B5)\nReader 1 (Dr Aho): 3+ - strong complete staining in 80% of cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a plain score line (no reader) followed much later by a legend keeps the score
    (
        "score-then-far-legend",
        "HER2 IHC (4B5): 1+ (faint incomplete staining in 30% of cells).\n\n"
        "Comment: ER 95%, PR 40%. Ki-67 12%. Margins clear, nearest 4 mm (posterior).\n"
        "Lymphovascular invasion not seen. Microcalcifications present in DCIS and benign ducts.\n\n"
        "Key: 0/1+ negative; 2+ equivocal; 3+ positive.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(READERS + READERS_NEAR))
def test_consensus_after_readers_scores_is_the_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. "not evidence that the cancer is HER2-negative": a caveat, no negative statement ------------
# variants14b v14b-f05-05: a plasma draw with no ctDNA, "this result is NOT evidence that the cancer
# is HER2-negative", read as the report saying HER2-negative.
NOT_EVIDENCE: list[Case] = [
    (
        "plasma-not-evidence-disease-negative",
        "Liquid biopsy (cfDNA), draw 2026-01-08.\nERBB2: no amplification detected (tumour fraction <1%).\n"
        "This is not evidence that the disease is HER2-negative.\n",
        "not_found",
        {},
    ),
    (
        "plasma-not-proof-tumour-negative",
        "Plasma NGS, 2025.\nERBB2 amplification: not detected. Tumour fraction 0.3%.\n"
        "Not detected here is not proof that the tumour is HER2-negative.\n",
        "not_found",
        {},
    ),
]
NOT_EVIDENCE_NEAR: list[Case] = [
    # a tissue report that says the tumour is HER2-negative stays negative
    (
        "tissue-evidence-that-negative",
        "Breast core biopsy. HER2 IHC 0 (no staining). The tumour is HER2-negative.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_EVIDENCE + NOT_EVIDENCE_NEAR))
def test_not_evidence_of_negative_is_no_statement(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a plasma report quoting an older tissue result: history, not this test's ------------------
# variants14b v14b-f05-03: "tissue HER2 status "2+, FISH not amplified" per 2024 biopsy (not tested
# here)" in a 2026 plasma report read negative; v14b-f05-05: serial plasma draws after treatment
# under "Dx: HER2-positive metastatic breast cancer (tissue IHC 3+, 2021)" read positive once the
# caveat of E no longer read negative.
PLASMA_QUOTED_TISSUE: list[Case] = [
    (
        "plasma-requisition-not-tested-here",
        "cfDNA PANEL REPORT  collected 03 Mar 2026\n"
        'Indication: metastatic breast cancer; tissue HER2 "IHC 1+" per 2023 biopsy (not tested here)\n'
        "RESULT: ERBB2 - no alteration detected. Tumour fraction 3%.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "serial-plasma-after-treatment-dx-line",
        "PLASMA ctDNA MONITORING   report 2026-05-02\n"
        "Dx: HER2-positive metastatic gastric cancer (tissue IHC 3+, 2022)\n\n"
        "Draw  Date        ERBB2 plasma CN  Call\n"
        " 1    2024-02-01  5.1              AMPLIFIED\n"
        " 2    2026-04-20  --               NOT DETECTED\n\n"
        "Current draw: no ctDNA detected; no ERBB2 amplification detected. This is not evidence\n"
        "that the cancer is HER2-negative; it may reflect response to trastuzumab since 2024.\n",
        "not_found",
        {"ihc": None},
    ),
]
PLASMA_QUOTED_TISSUE_NEAR: list[Case] = [
    # a tissue report's own result with "(tested here)" stays
    (
        "tissue-tested-here",
        "Breast core biopsy, 2026. HER2 IHC 3+ (tested here, block A1), positive.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(PLASMA_QUOTED_TISSUE + PLASMA_QUOTED_TISSUE_NEAR)
)
def test_plasma_report_quoted_tissue_is_history(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. a key=value field whose key names a control holds the control's value -----------------------
# variants14b v14b-f01-02: a LIS export, "OBX|ERBB2_IHC_SCORE=2" ... "OBX|ERBB2_FINAL=NEGATIVE" then
# "OBX|ERBB2_CTRL_EXT=CAL_LINE_3PLUS_OK": the control's 3+ was read as the tumour's IHC (the report,
# IHC 2+ and ISH group 5, then read not_found from the clash).
CONTROL_FIELD: list[Case] = [
    (
        "obx-export-control-field-3plus-last",
        "OBX|ERBB2_IHC_SCORE=1\nOBX|ERBB2_IHC_INTERP=NEGATIVE\nOBX|ERBB2_FINAL=NEGATIVE\n"
        "OBX|ERBB2_CONTROL_EXTERNAL=CELL_LINE_3PLUS_ACCEPTABLE\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "key-value-lines-ctrl-key",
        "specimen=BREAST CORE RIGHT\nher2_ihc_score=0\nher2_ihc_result=negative\nher2_ctrl_external=3+ as expected\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
CONTROL_FIELD_NEAR: list[Case] = [
    # the tumour's own score field beside a control field that holds no score stays positive
    (
        "own-3-beside-control-ok",
        "OBX|ERBB2_IHC_CLONE=4B5\nOBX|ERBB2_IHC_SCORE=3\nOBX|ERBB2_IHC_INTERP=POSITIVE\n"
        "OBX|ERBB2_FINAL=POSITIVE\nOBX|ERBB2_CTRL_EXT=CAL_LINE_OK\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CONTROL_FIELD + CONTROL_FIELD_NEAR))
def test_control_field_value_is_the_controls(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
