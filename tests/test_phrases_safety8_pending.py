"""A positive only in the clinical history while this report's HER2 test is still pending
(safety8: variants8 G-07, "History: Left breast cancer 2020, HER2-positive (IHC 3+)" over a new
right breast cancer whose "ER/PR/HER2 [were] sent to reference laboratory ... results will be
issued as a separate report", called positive).

Structural (interpret/verify.py, the check's step 4 widened): when every line the positive rests
on sits in the clinical history (its section or its own "History:" label) and the report says a
HER2 test is pending, the report's own answer is still to come: not found, never the history's
result. This is the same as an earlier sample restated while the retest is pending (devset6
b6-f02-07), for history that is not marked as a sample before treatment.

Near-misses: the report's own positive line next to the history (with another test pending), and
a history positive with nothing pending (the same tumour's result restated: it stands, with its
warning, devset5 b5-f02-03's convention).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text


@pytest.mark.parametrize(
    "text",
    [
        (
            "History: Left breast cancer 2020, HER2-positive (IHC 3+), lumpectomy + TH.\n\n"
            "A. RIGHT breast, lumpectomy: invasive ductal carcinoma, 1.6 cm, grade 2.\n"
            "   ER/PR/HER2 sent to reference laboratory on block A3; results will be issued as a\n"
            "   separate report.\nB. RIGHT axillary sentinel node: 0/2.\n"
        ),
        (
            "CLINICAL HISTORY:\nRight breast IDC diagnosed 2021, HER2 3+ (positive), treated.\n\n"
            "DIAGNOSIS:\nLeft breast, core biopsy: invasive lobular carcinoma, grade 2.\n"
            "HER2 testing is pending and will be reported in an addendum.\n"
        ),
        (
            "Clinical information: prior breast carcinoma 2019, HER2-positive (IHC 3+).\n"
            "Specimen: Liver, core biopsy.\nDiagnosis: metastatic carcinoma, consistent with breast primary.\n"
            "HER2 immunohistochemistry has been ordered on block A1; results to follow.\n"
        ),
    ],
)
def test_history_positive_with_her2_pending_is_not_this_reports_answer(text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found", [(e.text, e.value) for e in result.evidence]


def test_the_reports_own_positive_next_to_history_stands() -> None:
    text = (
        "CLINICAL HISTORY: Left breast IDC, HER2 3+ on core biopsy; neoadjuvant therapy.\n\n"
        "DIAGNOSIS: Residual invasive ductal carcinoma, 1.1 cm.\n"
        "HER2 IHC (4B5) on residual tumour: 3+ (positive), 80% of cells.\nKi-67 pending.\n"
    )
    assert explain_text(text).status == "positive"


def test_a_history_positive_with_nothing_pending_stands() -> None:
    text = (
        "CLINICAL HISTORY: Left breast IDC, HER2 3+ (positive) on core biopsy.\n\n"
        "DIAGNOSIS: Left breast, excision: invasive ductal carcinoma, 2.2 cm, margins clear.\n"
    )
    assert explain_text(text).status == "positive"
