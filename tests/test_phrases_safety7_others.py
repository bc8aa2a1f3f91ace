"""Other cancers written without a history word (safety7: variants7 other_tumours and blood_genes
families re-written; the same shapes were on blind set 7, b7-f07-02 and b7-f04-10, both called
positive on a report whose own HER2 is not given).

- The other side's cancer dated before the report: "Left breast cancer 2020 was HER2 amplified"
  in a report on a right breast core (findings/sides.py: a year earlier than the report's, or any
  year when the report's own is unknown, makes the other side's clause history).
- A category of a plural, generic noun: "HER2-positive (IHC 3+) solid tumours: T-DXd",
  "ERBB2-mutant solid tumors" - an indication names every such cancer (context.toml
  population-category-plural).

Near-misses: the same side's result, a bilateral report (no single side), "this HER2-positive
tumour" and "both tumours are HER2-positive" keep their result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

RIGHT = "Specimen: Right breast, core biopsy, 11/02/2026. Invasive lobular carcinoma.\n"
LUNG = "Specimen: Right lower lobe, core biopsy. Adenocarcinoma, lung primary.\n"


@pytest.mark.parametrize(
    "history",
    [
        "Left breast cancer 2020 was HER2 amplified.",
        "LEFT breast carcinoma (2019): ER negative, HER2 3+ (positive), treated.",
        "Contralateral (left) tumour 2018: HER2 positive, 3+.",
    ],
)
def test_the_other_sides_dated_cancer_is_not_this_result(history: str) -> None:
    result = explain_text(RIGHT + history + "\nRight breast: HER2 IHC 1+ (negative).\n")
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+")


def test_the_same_sides_result_stays() -> None:
    result = explain_text(RIGHT + "Right breast, 11/02/2026: HER2 IHC 3+ (positive).\n")
    assert result.status == "positive"


def test_a_bilateral_report_keeps_both_sides_results() -> None:
    text = "Specimens: A. Right breast core. B. Left breast core.\nA. Right: HER2 1+ (negative).\nB. Left: HER2 3+ (positive).\n"
    assert explain_text(text).status == "positive"


@pytest.mark.parametrize(
    "row",
    [
        "Therapies: trastuzumab deruxtecan - approved for HER2-positive (IHC 3+) solid tumours.",
        "Clinical trials: HER2-directed ADC basket for HER2-overexpressing or ERBB2-mutant solid tumors (IHC 3+).",
        "Indication: HER2-positive (3+) metastatic breast cancers after one prior regimen.",
    ],
)
def test_an_indication_for_every_such_cancer_is_no_result(row: str) -> None:
    result = explain_text(
        LUNG + "ERBB2 exon 20 insertion detected; ERBB2 amplification not detected.\n" + row + "\n"
    )
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "HER2 IHC (4B5): 3+. This HER2-positive tumour is eligible for trastuzumab deruxtecan.\n",
        "Two foci: both tumours are HER2-positive (3+).\n",
        "HER2 positive (3+) invasive carcinoma.\n",
    ],
)
def test_this_tumours_category_stays(text: str) -> None:
    assert explain_text(RIGHT + text).status == "positive"
