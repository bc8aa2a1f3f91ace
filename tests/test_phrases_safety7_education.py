"""Patient education text is no result (found on the trap set tests/variants7, written blind in
session 7; v7-F-03): a result sheet whose HER2 test is still in progress, followed by a leaflet
that explains the categories ('A result of "3+" or "amplified" means HER2-positive; "0" or "1+"
means HER2-negative; "2+" needs a second test') and how common they are ("About 15-20 out of 100
breast cancers are HER2-positive"). By structure: an education heading opens a section that is
not the patient's result (data/rules/sections.toml section-kind-education), and the phrase
families say the same without a heading (context.toml legend-a-result-means with quoted values,
legend-quoted-value-means, population-frequency).

Near-misses: the report's own result before or after such text stays a result, and a result
written on the heading's own line ("About your biomarkers: HER2 3+") is not a heading.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"
PENDING = "HER2: test in progress - result to follow in a separate report.\n\n"

LEAFLETS = {
    "heading-quoted-values": (
        "ABOUT YOUR BIOMARKERS (education text)\nWhat is HER2? HER2 is a protein that helps cells "
        'grow. A result of "3+" or "amplified" means HER2-positive; "0" or "1+" means '
        'HER2-negative; "2+" needs a second test.\n'
    ),
    "quoted-values-no-heading": 'A result of "3+" or "amplified" means HER2-positive.\n',
    "curly-quotes": "A result of \u201c3+\u201d means HER2-positive; \u201c2+\u201d needs a second test.\n",
    "score-or-score-means": "A score of 3+ or 2+ with amplification means HER2-positive.\n",
    "out-of-100": "About 15-20 out of 100 breast cancers are HER2-positive, which means the cells make too much HER2.\n",
    "one-in-five": "About 1 in 5 breast cancers is HER2-positive.\n",
    "patient-education-heading": "Patient education\nHER2 IHC 3+ or FISH amplified: your cancer is HER2-positive.\n",
    "ocr-heading": "ABOUT YOUR BIOMARKERS\nA result of '3+' or 'amplified' means HER2-positive.\n",
}


@pytest.mark.parametrize("leaflet", sorted(LEAFLETS))
def test_education_text_after_a_pending_result_is_no_result(leaflet: str) -> None:
    result = explain_text(BREAST + PENDING + LEAFLETS[leaflet])
    assert result.status == "not_found", [e.text for e in result.evidence]
    assert result.ihc is None or result.ihc.score is None


@pytest.mark.parametrize("leaflet", sorted(LEAFLETS))
def test_a_negative_result_before_education_text_stays_negative(leaflet: str) -> None:
    own = "HER2 IHC (4B5): score 1+, faint incomplete staining. HER2 status: NEGATIVE.\n\n"
    result = explain_text(BREAST + own + LEAFLETS[leaflet])
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+")


@pytest.mark.parametrize("leaflet", sorted(LEAFLETS))
def test_a_positive_result_before_education_text_stays_positive(leaflet: str) -> None:
    own = "HER2 IHC (4B5): score 3+ in 95% of cells. HER2 status: POSITIVE.\n\n"
    result = explain_text(BREAST + own + LEAFLETS[leaflet])
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")


@pytest.mark.parametrize(
    "text",
    [
        "About your biomarkers: HER2 IHC 3+ (positive).\n",
        "ABOUT YOUR BIOMARKERS (education text)\nHER2 is a protein.\n\nRESULTS\nHER2 IHC (4B5): 3+, POSITIVE.\n",
        "Patient information: Jane Doe, DOB 01/02/1960\nHER2 IHC (4B5): 3+, POSITIVE.\n",
        "HER2 IHC 3+ in 15 of 20 tumour fragments; HER2 POSITIVE.\n",
    ],
)
def test_a_result_on_its_own_line_or_after_a_new_heading_stays(text: str) -> None:
    assert explain_text(BREAST + text).status == "positive"
