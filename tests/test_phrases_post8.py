"""Which sample is current, and which result belongs to it (post8, session 8), as a specification.

Structural questions, each written in several layouts of my own with near-misses that must not
change (devset8 b8-f02-04 and b8-f02-11 were called positive for negative reports; blind set 9's
writer labels a post-treatment report that only quotes the earlier result not found):

1. A bracket that holds its own value after an earlier-sample cue names that value, not the one
   before it: "residual carcinoma HER2 negative (pre-treatment HER2 3+)".
2. A cue in the clinical lines does not reach a value under the report's own section label
   ("DIAGNOSIS:", "COMMENT:"): a relapse's "Clinical: breast carcinoma 2019, HER2 1+" is not the
   metastasis's result, and the metastasis's "HER2 3+" is not the 2019 primary's.
3. The current sample has no HER2 result and the report only quotes the earlier one: not found,
   with a warning that the quoted result is from before treatment, also when the report says HER2
   was not repeated on this sample (session 9's convention, facts.md §11; until then the earlier
   result was taken as the one the report gives).
4. A comparison with the primary ("change from primary tumour (HER2 3+, 2021)") quotes the
   earlier sample's value.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

MASTECTOMY = "Specimen: Right breast, mastectomy after neoadjuvant chemotherapy (TCHP x6).\n\n"
LUMPECTOMY_UK = "Specimen: left wide local excision (post neoadjuvant chemotherapy)\n\n"
GASTRECTOMY = "Specimen: Total gastrectomy after 4 cycles of perioperative FLOT.\n\n"

# (id, text, status, top-level IHC score)
CASES = [
    # --- 1. a bracket holding its own value names its own sample
    (
        "bracket-summary-line",
        MASTECTOMY + "DIAGNOSIS: Residual invasive carcinoma, 6 mm, ypT1b ypN0.\n\n"
        "HER2 IHC (block A4): 1+\n\n"
        "SUMMARY: ypT1b ypN0; residual carcinoma HER2 negative (pre-treatment HER2 3+).\n",
        "negative",
        "1+",
    ),
    (
        "bracket-cf-biopsy-score-only",
        GASTRECTOMY + "Residual adenocarcinoma, ypT2.\nResidual tumour: HER2 IHC 0, negative "
        "(pretreatment biopsy 3+).\n",
        "negative",
        "0",
    ),
    (
        "bracket-diagnostic-core-with-name",
        LUMPECTOMY_UK + "MICROSCOPY\nResidual invasive carcinoma with treatment effect.\n\n"
        "HER2 status on the residual tumour is 1+ (diagnostic core biopsy: HER2 3+, positive).\n",
        "negative",
        "1+",
    ),
    # near-miss: a bracket with no value of its own still names the value before it
    (
        "nm-bracket-aside-names-value-before",
        MASTECTOMY + "Residual invasive carcinoma, 9 mm.\nHER2 changed from 3+ (pre-treatment) to "
        "1+ on the residual tumour.\n",
        "negative",
        "1+",
    ),
    # near-miss: a single sample, no treatment: its bracket is its own detail
    (
        "nm-bracket-single-sample",
        "Specimen: left breast core biopsy.\nInvasive ductal carcinoma.\nHER2: positive (IHC 3+, "
        "circumferential staining in 90%).\n",
        "positive",
        "3+",
    ),
    # --- 2. the clinical lines' cue ends where the report's own section label begins
    (
        "block-relapse-metastasis-positive",
        "Specimen: Bone, iliac crest, core biopsy.\nClinical: Right breast carcinoma 2019, treated "
        "with chemotherapy, HER2-negative (IHC 1+).\nDIAGNOSIS: Metastatic carcinoma consistent with "
        "breast primary.\nHER2 on this metastasis: IHC 3+ (strong complete staining). POSITIVE.\n",
        "positive",
        "3+",
    ),
    (
        "block-relapse-final-diagnosis-negative",
        "Specimen: Liver, core biopsy.\nClinical: breast carcinoma 2019 (HER2 3+), treated with "
        "chemotherapy.\nFINAL DIAGNOSIS: Metastatic carcinoma of breast origin.\nHER2 IHC 1+ (negative).\n",
        "negative",
        "1+",
    ),
    (
        "block-relapse-comment-line",
        "Specimen: Lung, wedge resection.\nClinical: breast cancer 2018 (HER2 2+, FISH amplified), "
        "treated with chemotherapy.\nDIAGNOSIS: Metastatic breast carcinoma.\nCOMMENT: HER2 IHC 1+; "
        "negative.\n",
        "negative",
        "1+",
    ),
    (
        "block-relapse-diagnosis-positive",
        "Specimen: Bone, core biopsy.\nClinical: breast carcinoma 2019 (HER2 0), treated with "
        "chemotherapy.\nDIAGNOSIS: Metastatic carcinoma.\nHER2 IHC 3+ (positive).\n",
        "positive",
        "3+",
    ),
    # near-miss: the earlier cue on the value's own line under the diagnosis still names it
    (
        "nm-block-cue-on-own-line",
        MASTECTOMY + "DIAGNOSIS: Residual carcinoma; the pre-treatment biopsy was HER2 3+.\n"
        "HER2 IHC on residual tumour: 1+ (negative).\n",
        "negative",
        "1+",
    ),
    # --- 3. only the earlier result, not adopted: not found
    (
        "earlier-only-clinical-history",
        MASTECTOMY + "CLINICAL HISTORY: Pre-treatment core biopsy: ER 0%, PR 0%, HER2 IHC 3+ "
        "(positive).\n\nDIAGNOSIS: Residual invasive ductal carcinoma, 4 mm (ypT1a), RCB-I.\n",
        "not_found",
        None,
    ),
    (
        "earlier-only-uk-clinical-details-heading",
        LUMPECTOMY_UK + "CLINICAL DETAILS\nCore biopsy 03/2026: invasive carcinoma NST, HER2 POSITIVE "
        "(IHC 3+). Neoadjuvant chemotherapy given.\n\nMICROSCOPY\nResidual invasive carcinoma, "
        "cellularity 10%. ypT1b ypN0.\n",
        "not_found",
        None,
    ),
    (
        "earlier-only-inline-after-value",
        "FINAL DIAGNOSIS: Left breast, mastectomy post neoadjuvant therapy: residual invasive "
        "carcinoma, 8 mm, ypT1b; the tumour was HER2 3+ on the diagnostic biopsy.\n",
        "not_found",
        None,
    ),
    # the report says HER2 was not repeated: the sample after treatment still has no result of its
    # own (session 9 changed this case from positive to not found: the lead's convention,
    # facts.md §11; the earlier result is quoted in the note)
    (
        "earlier-only-not-repeated",
        MASTECTOMY + "DIAGNOSIS: Residual invasive ductal carcinoma, 4 mm (ypT1a).\n\nBIOMARKERS:\n"
        "HER2 was not repeated on the residual tumour. Pre-treatment core biopsy: HER2 IHC 3+ "
        "(positive).\n",
        "not_found",
        None,
    ),
    # near-miss: no treatment before the excision: the core's result is this tumour's
    (
        "nm-untreated-excision-quotes-core",
        "Specimen: Right breast, lumpectomy.\nCLINICAL HISTORY: Invasive carcinoma on core biopsy, "
        "HER2 IHC 3+.\n\nDIAGNOSIS: Invasive ductal carcinoma, 15 mm, pT1c.\n",
        "positive",
        "3+",
    ),
    # near-miss: the sample after treatment has its own result: it decides
    (
        "nm-earlier-and-current",
        MASTECTOMY + "CLINICAL HISTORY: Pre-treatment core biopsy HER2 IHC 3+.\n\nDIAGNOSIS: "
        "Residual invasive carcinoma, 4 mm.\nHER2 (block A2): IHC 3+, positive.\n",
        "positive",
        "3+",
    ),
    # --- 4. a comparison with the primary quotes the earlier sample
    (
        "compare-change-from-primary-year",
        "Specimen: Liver lesion, core biopsy.\nClinical: metastatic breast cancer, treated with "
        "trastuzumab.\n\nReceptors on the liver metastasis:\n   HER2 IHC  0\n   => HER2-negative "
        "(IHC 0). Note change from primary tumour (HER2 3+, 2021).\n",
        "negative",
        "0",
    ),
    (
        "compare-a-change-from-original-primary",
        "Specimen: Brain metastasis, resection.\nClinical: breast cancer treated with T-DM1.\n\n"
        "HER2 IHC: 1+ (negative), a change from the original primary (3+).\n",
        "negative",
        "1+",
    ),
    (
        "compare-changes-from-2019-primary",
        "Specimen: Pleural fluid cell block.\nClinical: recurrent breast cancer after adjuvant "
        "trastuzumab.\n\nHER2 IHC 0 on the cell block, which changes from the 2019 primary "
        "(HER2 3+).\n",
        "negative",
        "0",
    ),
    # near-miss: no comparison; one metastasis, positive
    (
        "nm-compare-metastasis-only",
        "Specimen: Liver lesion, core biopsy.\nClinical: metastatic breast cancer, treated with "
        "chemotherapy.\n\nReceptors on the liver metastasis:\n   HER2 IHC  3+ (positive)\n",
        "positive",
        "3+",
    ),
]


@pytest.mark.parametrize(("text", "status", "ihc"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_post8_phrase(text: str, status: str, ihc: str | None) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc


def case(name: str) -> str:
    return next(c[1] for c in CASES if c[0] == name)


BLOCK_CASES = [c for c in CASES if c[0].startswith("block-")]


@pytest.mark.parametrize("text", [c[1] for c in BLOCK_CASES], ids=[c[0] for c in BLOCK_CASES])
def test_value_under_the_diagnosis_is_the_current_sample(text: str) -> None:
    """The clinical lines' earlier sample is set aside; the value under the report's own label
    is not taken for a restated one."""
    codes = explain_text(text).warning_codes
    assert "post_treatment" in codes
    assert "post_treatment_only" not in codes and "post_treatment_no_current" not in codes


def test_earlier_only_says_the_quoted_result_is_from_before_treatment() -> None:
    result = explain_text(case("earlier-only-clinical-history"))
    assert "post_treatment_no_current" in result.warning_codes
    assert any("before treatment" in w for w in result.warnings)
    assert any(m.text and "3+" in m.text for m in result.mentions)


def test_earlier_only_not_repeated_is_noted_as_not_retested() -> None:
    result = explain_text(case("earlier-only-not-repeated"))
    assert "post_treatment_no_current" in result.warning_codes
    # the note names the quoted earlier result; "not tested again" itself moved to the headline and
    # meaning (sentences11, 874b909)
    assert any("before treatment" in n and "IHC 3+" in n for n in result.notes)


def test_comparison_names_the_primary_as_a_sample() -> None:
    result = explain_text(case("compare-change-from-primary-year"))
    assert [(s.ihc, s.call) for s in result.specimens] == [("3+", "positive"), ("0", "negative")]
    assert result.specimens[0].label == "Primary tumour"
