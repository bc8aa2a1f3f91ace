"""What the patient reads (session 24 helper mend24b): review24 item 6. sentences24's wording of a
correction ("was transcribed incorrectly", "the version 1 result is superseded") named a report a
correction of an earlier HER2 result when what was wrong was a surname or a block number and the
report said the result had not changed. Each case is a short report written for the test."""

from __future__ import annotations

import pytest

from .summary_cases import explain_with_words

CORRECTED_SAID = "This report says it corrects an earlier HER2 result"


def _said_after(note: str) -> str:
    """The summary of an amended report whose note comes first, above a negative core biopsy's
    score (which must stay negative whatever the note says was wrong)."""
    text = (
        "SURGICAL PATHOLOGY -- AMENDED REPORT\n"
        f"{note}\n"
        "Breast, left, core biopsy: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 1+ (negative)\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "negative", note
    return said


@pytest.mark.parametrize(
    "note",
    [
        # review24's two texts
        "AMENDED REPORT: in the HER2 report issued on 03/02/2024 the patient surname was transcribed "
        "incorrectly; no result changed.",
        "Revision 2: version 1 reported a HER2 IHC score of 1+ with the wrong block number. The version 1 "
        "result is superseded by this report with the block corrected; the HER2 result is unchanged.",
        # the same family in other words
        "Addendum: on the HER2 request form the date of birth was transcribed wrongly.",
        "Note: the HER2 result was transcribed erroneously on the fax copy; the score is unchanged.",
        "Version 1 reported a HER2 ratio of 1.3 under another accession. The version 1 result is superseded "
        "here with the accession corrected; no HER2 result was changed.",
    ],
)
def test_a_revision_of_something_other_than_the_result_is_no_correction(note: str) -> None:
    said = _said_after(note)
    assert CORRECTED_SAID not in said, note


@pytest.mark.parametrize(
    "note",
    [
        # near-misses: a HER2 score, result or ratio itself transcribed wrongly or superseded
        "AMENDED REPORT: the HER2 score in the report issued on 03/02/2024 was transcribed incorrectly; the correct score is below.",
        "Correction: the HER2 status on the first copy was transcribed wrongly; the result below is correct.",
        "Revision 2: version 1 reported a HER2 IHC score of 2+.\nThe slide was re-scored.\n"
        "The version 1 result is superseded.",
    ],
)
def test_a_her2_result_transcribed_wrongly_is_still_said_back(note: str) -> None:
    said = _said_after(note)
    assert CORRECTED_SAID in said, note
