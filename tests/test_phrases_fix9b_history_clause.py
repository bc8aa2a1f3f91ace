"""A HER2 result in a clause joined by a semicolon to the history of another cancer is that
cancer's result, not this report's.

"Prior history: gastric adenocarcinoma 2015 treated by gastrectomy; HER2 at that time reported as
3+" in a report on a colorectal liver metastasis was read as the colorectal tumour's IHC 3+ (a
wrong-way positive, tests/devset9 b9-f07-08): the statement bounds end the HER2 clause at the
semicolon, so it named no site of its own. The sentence it belongs to opens with a history word
and another cancer. Near-misses: the history clause names this report's cancer, the clause before
names another organ without a history word, or the clause before the semicolon is no history.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

OTHER_CANCER_CASES = [
    (
        "crc-gastric-prior-history",
        "LIVER, CORE: Metastatic colorectal adenocarcinoma (CDX2+).\n"
        "Prior history: gastric adenocarcinoma 2015 treated by gastrectomy; HER2 at that time\n"
        "reported as 3+ (per outside records).\nKRAS testing requested.\n",
    ),
    (
        "ovary-breast-history-of",
        "OVARY, LEFT: high-grade serous carcinoma.\n"
        "History of breast carcinoma (2019), treated with trastuzumab; HER2 was 3+ on that occasion.\n"
        "WT1 positive, PAX8 positive.\n",
    ),
    (
        "lung-breast-previously-diagnosed-two-clauses",
        "Lung, wedge resection: adenocarcinoma, acinar predominant.\n"
        "Clinical note: previously diagnosed breast cancer in 2012; mastectomy; HER2 IHC 3+ then.\n"
        "TTF-1 positive.\n",
    ),
    (
        "crc-breast-hx-of-one-line",
        "Colon, sigmoid, resection: adenocarcinoma, pT3 N1.\n"
        "Hx of breast cancer 2010; HER2 positive (IHC 3+) per outside report.\n",
    ),
]

NEAR_MISSES = [
    (
        "history-of-this-cancer",
        "positive",
        "Stomach, biopsy: adenocarcinoma, intestinal type.\n"
        "History of gastric adenocarcinoma diagnosed on endoscopy; HER2 IHC 3+ on this biopsy.\n",
    ),
    (
        "other-organ-named-without-history",
        "positive",
        "Colon, transverse, resection: adenocarcinoma invading the gastric wall; HER2 IHC 3+ in\n"
        "80% of tumour cells (HERACLES criteria).\n",
    ),
    (
        "no-history-before-semicolon",
        "positive",
        "Colon, resection: adenocarcinoma, moderately differentiated; HER2 IHC 3+ in 70% of cells "
        "(HERACLES criteria).\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in OTHER_CANCER_CASES], ids=[c[0] for c in OTHER_CANCER_CASES])
def test_a_result_joined_to_another_cancers_history_is_not_this_reports(text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found"
    assert result.ihc is None


@pytest.mark.parametrize(("status", "text"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_result_of_this_reports_cancer_still_counts(status: str, text: str) -> None:
    assert explain_text(text).status == status
