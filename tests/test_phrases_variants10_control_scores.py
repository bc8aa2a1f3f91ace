"""A control line that lists several scores under the result (variants10 A-05: "Result: 0 (no
membrane staining in tumor cells)" over "Controls: tissue microarray containing breast carcinomas
of known HER2 status (3+, 2+, 1+ and 0 cores) stained in parallel", read as a key: not found).

The structural fact: a sentence with no full stop runs on over the lines below, but a line that
opens with a control's label starts the control's own statement; the scores it lists are no key
around the result above it (findings/keys.listed_in_own_sentence stops there). Near-misses: a
3+ result over the same control line stays positive; a real key under a result is no control.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LUNG = "Right lower lobe, core biopsy: adenocarcinoma of lung, acinar predominant.\n\n"
BREAST = "Left breast core biopsy: invasive ductal carcinoma, grade 2.\n\n"

CONTROL_LINES = [
    " External controls: breast carcinoma microarray of known HER2 status\n"
    "   (3+, 2+, 1+ and 0 cores) stained in parallel; all cores as expected.\n",
    "Positive control: multi-tissue block with 3+, 2+ and 1+ cores, appropriate\n",
    "Control tissue: cell lines 3+, 2+, 1+ and 0, all as expected\n",
]


@pytest.mark.parametrize("control", CONTROL_LINES)
@pytest.mark.parametrize("head", [LUNG, BREAST])
def test_a_zero_over_a_control_listing_scores_is_read(head: str, control: str) -> None:
    text = (
        head
        + "HER2 IHC (4B5), requested for trial screening:\n    Result: 0 (no membrane staining in tumor cells)\n"
    )
    result = explain_text(text + control)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize("control", CONTROL_LINES)
def test_a_3_plus_over_a_control_listing_scores_stays_positive(control: str) -> None:
    text = BREAST + "HER2 (4B5):\n    Result: 3+ (strong complete membrane staining in 90% of tumor cells)\n"
    result = explain_text(text + control)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_a_key_under_a_result_is_still_a_key() -> None:
    text = BREAST + "HER2 (4B5) scoring\n   0 and 1+ negative, 2+ equivocal, 3+ positive\n"
    assert explain_text(text).status == "not_found"
