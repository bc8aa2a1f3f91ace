"""A report after treatment whose own sample has no HER2 result, and that only quotes the result
from before treatment, has no HER2 result for that sample: not found (facts.md §11; the lead's
convention of session 9).

Blind set 9 b9-f02-03 (a complete response: "NO RESIDUAL INVASIVE CARCINOMA (ypT0) ... Biomarker
testing not performed (no residual invasive tumor). Prior HER2 result per referring note: IHC 3+.")
was called positive: "no residual invasive tumor" was read as the sample the 3+ was measured on,
and "Prior HER2 result" marked the value earlier without naming a sample. Structure: a negated
sample ("no residual tumour") names no sample, and a result the report calls earlier ("prior HER2
result", "previous HER2 status", "per outside report") is from before treatment. "HER2 was not
repeated on this sample" no longer adopts the earlier result either. Near-misses: the sample after
treatment with a result of its own (it decides), and an excision WITHOUT treatment quoting its core
(the same tumour's earlier specimen counts).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

NOT_RETESTED = [
    (
        "complete-response-prior-result-per-note",
        "Left breast segmental mastectomy after neoadjuvant THP:\n"
        " - No residual invasive carcinoma (ypT0), tumour bed fibrosis.\n"
        "Biomarkers not performed (no residual invasive tumour). Prior HER2 result per referring note: IHC 3+.\n",
    ),
    (
        "complete-response-previous-status-outside",
        "MASTECTOMY, RIGHT, POST NEOADJUVANT CHEMOTHERAPY\n"
        "NO RESIDUAL INVASIVE CARCINOMA. ypT0 ypN0.\n"
        "Previous HER2 status (per outside report): POSITIVE, IHC 3+.\n",
    ),
    (
        "gastrectomy-referral-result",
        "Total gastrectomy after 4 cycles of FLOT.\n"
        "Diagnosis: no residual tumour (ypT0 N0), complete regression.\n"
        "Referral HER2 result: IHC 3+ (positive) on the diagnostic biopsy.\n",
    ),
    (
        "residual-not-repeated",
        "Left breast, mastectomy after neoadjuvant chemotherapy:\n"
        "Residual invasive ductal carcinoma, 6 mm (ypT1b).\n"
        "HER2 was not repeated on the residual tumour; pre-treatment core biopsy HER2 IHC 3+ (positive).\n",
    ),
]

NEAR_MISSES = [
    (
        "residual-with-own-result",
        "Left breast, mastectomy after neoadjuvant chemotherapy:\n"
        "Residual invasive ductal carcinoma, 6 mm (ypT1b).\n"
        "Prior HER2 result per referring note: IHC 3+.\n"
        "HER2 (4B5) on the residual tumour: 1+, negative.\n",
        "negative",
    ),
    (
        "untreated-excision-quotes-core",
        "Right breast, wide local excision (no prior treatment):\n"
        "Invasive ductal carcinoma, 18 mm, pT1c.\n"
        "HER2 was not repeated on the excision; core biopsy HER2 IHC 3+ (positive).\n",
        "positive",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_RETESTED], ids=[c[0] for c in NOT_RETESTED])
def test_a_result_quoted_across_treatment_is_no_result_for_the_sample_after_it(text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found"
    assert result.ihc is None
    assert any(m.reason == "pre_treatment" for m in result.mentions), "the earlier result stays as history"


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_current_result_or_an_untreated_tumours_earlier_specimen_still_counts(
    text: str, status: str
) -> None:
    assert explain_text(text).status == status
