"""fix23b (session 23): tests/variants16b's misses (writer30b's 60 hand-written reports: clinic
letters, tumour-board minutes, genetics letters, plasma and tissue summaries, Spanish), as phrase
families.

Each family: variants a different lab or clinic would write (the status they must read as) and
near-misses that keep their reading. A case is (id, text, expected status, {dotted JSON path:
value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a family-history list item that opens with the relative -----------------------------------
# variants16b v16b-f09-02: a genetics letter for an unaffected woman listed her pedigree as bullets;
# "- Maternal cousin, lobular breast cancer aged 39 (2021): her pathology (seen with consent) showed
# ER 8/8, PR 5/8, HER2 1+ (negative)" was read as the patient's own NEGATIVE (not_found expected):
# the relative is named more than the name's back reach (90 characters) before "HER2". A bulleted
# item that opens with the relative is the relative's, however long.
RELATIVE_ITEM: list[Case] = [
    (
        "bullet-paternal-aunt-long-item-her2-3plus",
        "Genetics clinic letter. The patient has no personal history of cancer.\n"
        "Family history:\n"
        " - Paternal aunt, Winifred, ductal carcinoma of the left breast at 47, whose pathology summary\n"
        "   (a copy provided by her daughter) records ER negative, PR negative and HER2 3+.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "bullet-older-sister-diagnosed-amplified",
        "Referral for genetic counselling (unaffected woman, 38).\n"
        "Pedigree:\n"
        "  * Older sister diagnosed with gastric adenocarcinoma aged 44 (2020) at a district hospital,\n"
        "    and the biopsy report the family brought gave HER2 FISH amplified (ratio 4.1).\n",
        "not_found",
        {"ish": None},
    ),
    (
        "bullet-mother-colon-item-long-negative",
        "Family history clinic, unaffected man aged 30.\n"
        "\u2022 Mother: breast cancer aged 55 (2018), wide local excision and radiotherapy, pathology from\n"
        "  the regional hospital copied to us - ER 7/8, PR 4/8, HER2 IHC 0 (negative).\n",
        "not_found",
        {"ihc": None},
    ),
]
RELATIVE_ITEM_NEAR: list[Case] = [
    # the relatives' items end at the next bullet: the patient's own result below stays
    (
        "relatives-bullets-then-patient-core",
        "Family history:\n"
        "  - Sister, breast cancer aged 50.\n"
        "  - Mother, ovarian cancer aged 62.\n\n"
        "Left breast core biopsy: invasive ductal carcinoma, grade 2. ER 8/8, HER2 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a bullet that opens with the relative, then a semicolon and the patient's own tumour
    (
        "relative-clause-semicolon-then-patient-result",
        "Summary:\n"
        " - Mother had breast cancer at 45; the patient's own core biopsy shows invasive carcinoma,\n"
        "   ER positive, PR positive, and HER2 IHC 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the patient's own bullet, in the same list as a relative's
    (
        "patient-bullet-after-relative-bullet",
        "Oncology clinic letter\n"
        " - Mother: breast cancer, HER2 status unknown.\n"
        " - Right breast core biopsy (this patient, 2024): invasive lobular carcinoma, grade 2, ER 8/8,\n"
        "   PR 6/8, Ki-67 10 percent, HER2 IHC 1+ (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(RELATIVE_ITEM + RELATIVE_ITEM_NEAR))
def test_relatives_list_item_is_family_history(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a tumour board's pathology item, and an old result said not to apply --------------------------
# variants16b v16b-f01-03: tumour-board minutes for a man with a 2019 gastric cancer (HER2 3+) and a
# new breast primary (HER2 IHC 1+ = negative). "Background:" read as a gene background (methods),
# running over "Pathology presented (Dr ...):" so the breast 1+ was set aside (not_found); with the
# pathology item read, "the old gastric HER2 3+ result does NOT apply to the breast tumour" was read
# as a second current score (conflict). A pathology item heading ends the background; a result the
# report says does not apply to this tumour is no value of it.
NOT_THIS_TUMOUR: list[Case] = [
    (
        "mdt-background-then-pathology-reviewed-at-mdt",
        "TUMOUR BOARD MINUTES\n"
        "Background:\n"
        " - 2016 right breast cancer treated with surgery and tamoxifen.\n"
        "Pathology reviewed at MDT:\n"
        " Liver core: metastatic adenocarcinoma consistent with breast primary.\n"
        "   HER2 IHC 3+ (strong complete membrane staining, 90% of cells), POSITIVE.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "old-score-does-not-apply-to-current-tumour",
        "Clinic letter. Breast core biopsy (2025): invasive carcinoma, HER2 IHC 0 (negative).\n"
        "The 2017 colonic HER2 2+ score does not apply to the current tumour.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "gastric-result-doesnt-relate-to-this-specimen",
        "MDT outcome. New lung adenocarcinoma; HER2 IHC 1+ on the lung core.\n"
        "Note: the gastric HER2 3+ result doesn't relate to this specimen.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
NOT_THIS_TUMOUR_NEAR: list[Case] = [
    # a category said not to apply keeps the score it qualifies
    (
        "her2-low-category-does-not-apply-keeps-score",
        "Colorectal adenocarcinoma, resection.\n"
        "HER2 IHC: 1+ (negative). The HER2-low category does not apply to colorectal carcinoma.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # "Pathology reviewed:" with a name after it is a labelled line, no heading: the result stays
    (
        "pathology-reviewed-label-line-result-stays",
        "Breast MDT\nPathology reviewed: Dr A. Nobody (core biopsy 24/10/2026)\nHER2 IHC 3+, positive.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the current result said to apply: it stays
    (
        "result-applies-to-the-breast-tumour",
        "MDT sheet. Left breast core: HER2 IHC 3+ (positive); this result applies to the breast tumour.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NOT_THIS_TUMOUR + NOT_THIS_TUMOUR_NEAR))
def test_result_not_of_this_tumour(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a spaced pair of scores named as the threshold scored at ------------------------------------
# variants16b v16b-f11-01: "HER2 (4B5) - scored with attention to the 0 / 1+ threshold (40x review):"
# over "SCORE: 0 with membrane staining = HER2-ULTRALOW" read IHC 1+ (HER2-low) for an ultralow
# tumour: the range reader refused "0 / 1+ threshold" (a boundary, not a range), and the "1+" alone
# was then read. The unspaced "0/1+ boundary" was already no score (fix20a).
THRESHOLD_PAIR: list[Case] = [
    (
        "spaced-0-1-threshold-over-ultralow",
        "Breast core biopsy, invasive carcinoma.\n"
        "HER2 (4B5), reviewed at the 0 / 1+ threshold on two slides:\n"
        "  0 with faint incomplete membrane staining in <10% of cells (HER2-ultralow). Negative.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "spaced-1-2-cut-off-before-1plus",
        "Breast excision, invasive carcinoma.\n"
        "HER2 IHC scored carefully at the 1 + / 2+ cut-off: 1+ (negative, HER2-low).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "zero-slash-one-boundary-then-score-zero",
        "Metastatic breast carcinoma, liver core.\n"
        "HER2: the 0 / 1+ boundary was examined at 40x. Score 0, no staining (HER2-null).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
THRESHOLD_PAIR_NEAR: list[Case] = [
    # a spaced range given as the score stays a range (its higher end decides)
    (
        "spaced-range-as-score-stays",
        "Breast core biopsy.\nHER2 IHC: 1 / 2+ (heterogeneous), sent for ISH; ISH not amplified, ratio 1.3.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a spaced pair with no threshold word is the lab's range
    (
        "spaced-zero-one-range-heterogeneous-stays",
        "Breast core biopsy, invasive carcinoma.\nHER2 IHC 0 / 1+ (heterogeneous), negative.\n",
        "negative",
        {"ihc.score_range": "0-1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(THRESHOLD_PAIR + THRESHOLD_PAIR_NEAR))
def test_spaced_threshold_pair_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
