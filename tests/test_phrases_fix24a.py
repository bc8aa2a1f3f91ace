"""fix24a (session 24): tests/variants17a's misses (writer32a's 60 hand-written reports), as phrase
families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a HER2 line's one "score = CALL" before its own staining description ------------------------
# variants17a v17a-f01-05 ("HER2 (Ventana 4B5): Score 2+ = EQUIVOCAL / moderate, complete membrane
# staining in approx. 20% ..."), v17a-f02-02 ("HER2 (4B5): 3+ = POSITIVE, strong circumferential
# membrane staining ...") and v17a-f07-01 ("HER2 IHC 3+ = POSITIVE (strong complete/basolateral
# membrane staining ...)") read not_found: the one "= CALL" was taken for a scoring key's row and the
# check set the lab's result aside. A HER2 line's single score and call, followed by the staining
# it saw (no key word, no threshold, no second "= call") is the result.
SCORE_EQUALS_CALL_THEN_STAIN: list[Case] = [
    (
        "clone-colon-score-equals-positive-then-stain",
        "Breast, left, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "ER 0%, PR 0%.\n"
        "HER2 (clone 4B5): score 3+ = POSITIVE; intense complete membranous staining, about 95% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "bare-score-equals-negative-then-stain",
        "Gastric adenocarcinoma, endoscopic biopsy (6 fragments).\n"
        "HER2/neu (HercepTest): 1+ = NEGATIVE, faint incomplete membrane staining in a few cells.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "ihc-score-equals-equivocal-stain-next-line",
        "Invasive lobular carcinoma, excision specimen.\n\n"
        "HER2 immunohistochemistry 2+ = equivocal\n"
        "   weak to moderate complete membrane staining in roughly 30% of tumour cells.\n"
        "   FISH has been ordered on block B2.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "score-equals-zero-negative-no-membrane-staining",
        "Colorectal adenocarcinoma, sigmoid resection.\n"
        "HER2 IHC score 0 = NEGATIVE (no membrane staining seen in tumour cells).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
SCORE_EQUALS_CALL_THEN_STAIN_NEAR: list[Case] = [
    # a key's row that prints a threshold beside its description stays a key: the pending result
    # is what the report gives
    (
        "pending-then-key-row-with-threshold",
        "Breast core biopsy, invasive carcinoma NST.\n"
        "HER2 IHC: to follow in an addendum.\n"
        "HER2 IHC 3+ = positive (complete intense membrane staining in >10% of tumour cells)\n",
        "not_found",
        {},
    ),
    # a key with a second "= call" on the line stays a key
    (
        "pending-then-two-row-key-with-staining",
        "Breast core biopsy, invasive carcinoma NST.\n"
        "HER2 immunohistochemistry has been requested.\n"
        "HER2 3+ = positive, strong complete membrane staining; 2+ = equivocal, weak to moderate.\n",
        "not_found",
        {},
    ),
    # a labelled scoring system before the same words stays a key
    (
        "scoring-system-label-then-row",
        "Breast core biopsy, invasive carcinoma NST.\n"
        "HER2: pending.\n"
        "Scoring system: HER2 2+ = equivocal (weak to moderate complete membrane staining)\n",
        "not_found",
        {},
    ),
    # the lone note with no staining of its own stays set aside
    (
        "not-performed-then-lone-note",
        "Breast, excision.\nHER2 IHC (4B5): not performed on this specimen.\nNote: HER2 score 3+ = positive.\n",
        "not_found",
        {},
    ),
    # the earlier described-then-scored form still reads (probe16's family)
    (
        "stain-described-then-score-equals-call",
        "Breast core biopsy.\n"
        "HER2 (4B5): faint, barely perceptible incomplete membrane staining in 20% of cells; score 1+ = negative.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    phrase_params(SCORE_EQUALS_CALL_THEN_STAIN + SCORE_EQUALS_CALL_THEN_STAIN_NEAR),
)
def test_score_equals_call_before_its_staining_is_the_result(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- B. a scale printed as its range under the lab's call line is no key ---------------------------
# variants17a v17a-f07-02: a bladder row "HER2 (4B5) ...... 1+ (faint ...)", the call line "-> HER2
# IHC NEGATIVE (score 1+)" and "Scoring scale used: 0 / 1+ / 2+ / 3+ (breast-type criteria ...)"
# read not_found: the scale's four scores were counted as a key's rows below the result. A scale
# printed as its range ("0 / 1+ / 2+ / 3+", "0 to 3+") names the scale, no score's category.
SCALE_RANGE_BELOW_CALL: list[Case] = [
    (
        "bladder-row-call-line-slash-scale",
        "Urothelial carcinoma, TURBT.\nPREDICTIVE MARKERS:\n  PD-L1 (22C3) .... CPS 15\n"
        "  HER2 (4B5) ...... 3+ (strong complete membrane staining, 70% of cells)\n"
        "                  -> HER2 IHC POSITIVE (score 3+)\n"
        "                  Scoring scale used: 0 / 1+ / 2+ / 3+ (breast criteria).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "gastric-type-scale-below-zero",
        "Urothelial carcinoma, TURBT.\nPREDICTIVE MARKERS:\n  PD-L1 (22C3) .... CPS 15\n"
        "  HER2 (EP3) ....... 0  (no membrane staining seen)\n"
        "                  -> HER2 IHC NEGATIVE (score 0)\n"
        "                  Scale used: 0 / 1+ / 2+ / 3+ (gastric-type criteria, by convention).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
SCALE_RANGE_BELOW_CALL_NEAR: list[Case] = [
    # a pending row over the same scale stays not found (the scale gives no score)
    (
        "pending-row-over-slash-scale",
        "Urothelial carcinoma, TURBT.\nPREDICTIVE MARKERS:\n  PD-L1 (22C3) .... CPS 15\n"
        "  HER2 (4B5) ...... pending\n"
        "                   -> HER2 IHC to follow in an addendum\n"
        "                   Scoring scale used: 0 / 1+ / 2+ / 3+ (breast criteria).\n",
        "not_found",
        {},
    ),
    # the equivocal row keeps its reading
    (
        "equivocal-row-over-compact-scale",
        "Urothelial carcinoma, TURBT.\nPREDICTIVE MARKERS:\n  PD-L1 (22C3) .... CPS 15\n"
        "  HER2 (4B5) ..... 2+  (weak to moderate complete staining, 40% of cells)\n"
        "                -> HER2 IHC EQUIVOCAL (score 2+); ISH ordered\n"
        "                Scoring scale: 0/1+/2+/3+ (breast criteria applied).\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(SCALE_RANGE_BELOW_CALL + SCALE_RANGE_BELOW_CALL_NEAR)
)
def test_scale_range_below_the_call_is_no_key(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a tumour board's "Pathology (...):" item ends the "Background:" above it --------------------
# variants17a v17a-f09-05: "Background:" (a sister's HER2-positive cancer, the patient's mass) then
# "Pathology (core biopsy ..., presented by Dr ...):" over "HER2 IHC: 0 -> NEGATIVE" read
# not_found: "Background" opens a methods text in sequencing reports and ran over the pathology
# item, so the patient's own result was filed as methods. The item's heading, alone on its line
# with its colon, starts its own section.
PATHOLOGY_ITEM_ENDS_BACKGROUND: list[Case] = [
    (
        "board-background-then-pathology-item-negative",
        "MULTIDISCIPLINARY BREAST MEETING\n\nBackground:\n - Mother: breast cancer at 50.\n"
        " - 12 mm mass on screening, right breast.\n\n"
        "Pathology (core needle biopsy CB-20-0042, shown by Dr Example):\n"
        " Invasive ductal carcinoma, grade 2. ER 90%, PR 60%.\n HER2 IHC: 1+ -> negative.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "board-background-then-plain-pathology-colon-positive",
        "Tumour board, case 2\n\nBackground:\n  Left breast lump, 30 mm.\n\nPathology:\n"
        "  Invasive carcinoma NST, grade 3.\n  HER2 IHC 3+ (positive), ER negative.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
PATHOLOGY_ITEM_ENDS_BACKGROUND_NEAR: list[Case] = [
    # a sequencing report's gene background stays methods: its HER2 words give no result
    (
        "ngs-background-gene-text-no-result",
        "Tumour NGS panel, colorectal adenocarcinoma.\nRESULTS\n  KRAS G12D detected.\n\n"
        "Background:\n  ERBB2 (HER2) amplification is found in about 3% of colorectal cancers and\n"
        "  predicts benefit from HER2-directed therapy.\n",
        "not_found",
        {},
    ),
    # the pathology line that is itself a result line (no bare heading) keeps its reading
    (
        "pathology-inline-result-line",
        "Tumour board summary.\nPathology (endoscopic biopsy, S20-0001): adenocarcinoma, HER2 IHC 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    phrase_params(PATHOLOGY_ITEM_ENDS_BACKGROUND + PATHOLOGY_ITEM_ENDS_BACKGROUND_NEAR),
)
def test_pathology_item_ends_a_background_section(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
