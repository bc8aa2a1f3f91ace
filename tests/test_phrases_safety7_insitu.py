"""HER2 staining of the in-situ component (DCIS) is not the tumor's result: HER2 is scored on
invasive carcinoma only (ASCO/CAP 2018). Found by re-writing variants7 G-02 (DCIS with strong
staining beside invasive foci 1+ and 0, labelled negative) as a labelled row: "DCIS component:
HER2 3+ (strong complete membrane staining)" above "Invasive carcinoma: HER2 (4B5) score 1+,
NEGATIVE" was called positive (the highest score). By structure (findings/context.py): an IHC
value whose own sentence names an in-situ component and no invasive carcinoma is set aside
(context.toml in-situ-component, reported as "subregion").

Near-misses: a sentence naming the invasive carcinoma keeps its score, and "with associated DCIS"
in the diagnosis line does not touch the HER2 line below it.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, mastectomy. Invasive ductal carcinoma, grade 2.\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "DCIS component: HER2 3+ (strong complete membrane staining).\nInvasive carcinoma: HER2 (4B5) score 1+, NEGATIVE.\n",
            "negative",
        ),
        ("Ductal carcinoma in situ: HER2 3+.\nInvasive carcinoma: HER2 IHC 0, negative.\n", "negative"),
        (
            "In situ component: HER2 IHC 3+ (not scored).\nInvasive tumour: HER2 (4B5) 1+ - NEGATIVE.\n",
            "negative",
        ),
        (
            "Ductal carcinoma in situ only; no invasive carcinoma. HER2 3+ in DCIS (not scored).\n",
            "not_found",
        ),
    ],
)
def test_the_in_situ_components_score_is_not_the_result(text: str, status: str) -> None:
    result = explain_text(BREAST + text)
    assert result.status == status, [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Invasive ductal carcinoma with associated DCIS. HER2 (4B5): 3+, POSITIVE.\n",
        "HER2 3+ in both the invasive carcinoma and the DCIS.\n",
        "HER2 (4B5): 3+ (positive) in the invasive carcinoma; DCIS also 3+.\n",
        "Invasive carcinoma: HER2 (4B5) 3+, POSITIVE.\nDCIS: present, high grade.\n",
    ],
)
def test_the_invasive_carcinomas_score_beside_dcis_stays(text: str) -> None:
    result = explain_text(BREAST + text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")
