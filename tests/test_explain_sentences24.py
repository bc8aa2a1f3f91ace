"""What the patient reads (session 24 helper sentences24): session 23's open rows, review23's fold
of the ER/PR share rule, and the audit of variants17a/b. Each case is a short report written for
the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from her2cli.summary_receptors import receptors_as_written, share_category

from .summary_cases import explain_with_words

# --- 1. an ISH group 2-4 beside a 2+ stain is not "not amplified" by itself ---------------------
# (variants16a v16a-f03-02, variants16b v16b-f03-02 / f03-05: group 4 / group 2 with IHC 2+, final
# call negative, read "the gene copy test (ISH) result was not amplified"; facts.md 2 and 11: groups
# 2-4 have no answer of their own, the lab settles them with the stain)

NOT_AMPLIFIED_SAID = "the gene copy test (ISH) result was not amplified"
WITH_THE_STAIN = "Taken together with the gene copy test (ISH), the final result is HER2-negative"


@pytest.mark.parametrize(
    "ish",
    [
        "Dual-probe ISH: HER2/CEP17 ratio 1.7, average HER2 copies per cell 4.9 (ASCO/CAP 2018 group 4).",
        "FISH: ratio 2.4; mean HER2 signals/nucleus 3.3; mean CEP17 1.4. Group 2.",
        "SISH - mean HER2 5.2 per cell, mean CEP17 3.1 per cell, ratio 1.68, ISH group 4",
    ],
)
def test_a_group_2_to_4_with_a_2_plus_stain_is_not_said_not_amplified(ish: str) -> None:
    text = (
        "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "HER2 immunohistochemistry: score 2+ (equivocal).\n"
        f"{ish}\n"
        "Final HER2 status (IHC and ISH reviewed together): NEGATIVE.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "negative", ish
    assert NOT_AMPLIFIED_SAID not in said, ish
    assert WITH_THE_STAIN in said, ish


def test_a_group_5_not_amplified_is_still_said() -> None:
    # near-miss: a group 5 (or no group at all) is not amplified by its own numbers; the sentence stays
    for ish in (
        "FISH: HER2/CEP17 ratio 1.3, mean HER2 copies 2.6 per cell. Result: NOT AMPLIFIED.",
        "Dual-probe ISH ratio 1.1, HER2 2.2 copies/cell: not amplified (group 5).",
        "HER2 FISH: no amplification detected.",
    ):
        text = (
            "Breast, right, excision: invasive lobular carcinoma.\n"
            "HER2 IHC: 2+ (equivocal).\n"
            f"{ish}\n"
            "HER2 status: negative.\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "negative", ish
        assert NOT_AMPLIFIED_SAID in said, ish
        assert WITH_THE_STAIN not in said, ish


# --- 2. one ER/PR share rule: "<1%" is negative (review23's fold) --------------------------------
# (summary_receptors._share_category read "<1%" as "1" = low positive, receptor_share.share_category
# read it negative; now one function: under the 1% line by its own words)


def test_under_one_percent_is_negative_in_every_spelling() -> None:
    for written in ("<1%", "< 1 %", "(<1%)", "negative (\u22641%)", "0.5%", "0 %"):
        assert share_category(written) == "negative", written


def test_one_percent_and_above_keep_their_category() -> None:
    # near-miss: 1% itself is low positive, not "under 1%"
    assert share_category("1%") == "low_positive"
    assert share_category("8% weak") == "low_positive"
    assert share_category(">90% strong") == "positive"
    assert share_category("Allred 7/8") is None


def test_two_tumours_under_one_percent_and_zero_agree() -> None:
    text = "Tumour A: ER 95%, PR <1%\nTumour B: ER 80%, PR 0%\n"
    assert dict(receptors_as_written(text))["pr"] == "negative"


def test_two_tumours_under_one_percent_and_one_percent_differ() -> None:
    # near-miss: "<1%" and "1%" fall on either side of the line
    text = "Tumour A: ER 95%, PR <1%\nTumour B: ER 80%, PR 1%\n"
    assert dict(receptors_as_written(text))["pr"] == "mixed"


# --- 3. a correction the report words as a transcription error or a superseded revision ---------
# (devset25 b25-f01-07: 'the HER2 IHC score in the original report ... was transcribed incorrectly
# as "1+"'; b25-f10-06: 'Revision 1 ... reported a HER2/CEP17 ratio of 2.1 ... The revision-1 result
# is superseded': neither was said back as a correction)

CORRECTED_SAID = "This report says it corrects an earlier HER2 result"


@pytest.mark.parametrize(
    "note",
    [
        "ADDENDUM 04/03/2024: the HER2 result in the first report of\n02/03/2024 was transcribed wrongly as 0. The correct score is 1+.",
        "Note: HER2 immunostain score was transcribed erroneously in the preliminary report; corrected below.",
        "Version 1 (12 May) reported a HER2 IHC score of 3+.\nOn review the slide was re-scored.\nThe version 1 result is superseded.",
    ],
)
def test_a_correction_in_other_words_is_said_back(note: str) -> None:
    text = (
        "SURGICAL PATHOLOGY -- AMENDED REPORT\n"
        f"{note}\n"
        "Breast, right, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 1+ (negative)\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "negative", note
    assert CORRECTED_SAID in said, note


@pytest.mark.parametrize(
    "note",
    [
        "Note: the HER2 score was transcribed correctly from the referring laboratory's report.",
        "Version 1 (12 May) reported a HER2 IHC score of 1+. Version 2 adds the Ki-67 result.",
        "The ER result in the first report was transcribed incorrectly; HER2 is unchanged.",
    ],
)
def test_a_revision_that_corrects_no_her2_result_is_not_called_one(note: str) -> None:
    # near-miss: the same words, with nothing of HER2 corrected
    text = (
        "SURGICAL PATHOLOGY REPORT\n"
        f"{note}\n"
        "Breast, right, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 1+ (negative)\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "negative", note
    assert CORRECTED_SAID not in said, note


# --- 4. a history line naming the core biopsy, in a report on the tumour after treatment ---------
# (devset19 b19-f02-01: "History: ... core biopsy ... ER 5%" beside the residual tumour's "ER <1%"
# read "differs between samples" once "<1%" became negative by the one share rule)


def test_a_history_core_biopsy_receptor_is_not_the_residual_tumours() -> None:
    for history in (
        "History: cT2N0 IDC, left breast; core biopsy XY-26-0101 (02/2026) ER 8%, PR 0%, HER2 3+.",
        "Clinical history: right breast core bx 01/2026 ER 4%, PR 0%, HER2 2+ FISH amplified.",
    ):
        text = (
            f"{history}\n"
            "Completed neoadjuvant chemotherapy with trastuzumab and pertuzumab.\n\n"
            "Residual invasive ductal carcinoma, 6 mm, ypT1b.\n"
            "BIOMARKERS ON RESIDUAL TUMOR\n"
            " ER     <1%    negative\n"
            " HER2   IHC 1+ NEGATIVE\n"
        )
        assert dict(receptors_as_written(text))["er"] == "<1%", history


def test_a_history_line_of_the_same_untreated_tumour_still_counts() -> None:
    # near-miss: no treatment between, the core biopsy is this tumour's (facts.md 11), so its share
    # and the excision's differ in category and the summary says so
    text = (
        "History: left breast core biopsy (02/2026) ER 8%, PR 0%.\n\n"
        "Left breast excision: invasive ductal carcinoma, 14 mm.\n"
        " ER     <1%    negative\n"
        " HER2   IHC 1+ NEGATIVE\n"
    )
    assert dict(receptors_as_written(text))["er"] == "mixed"
