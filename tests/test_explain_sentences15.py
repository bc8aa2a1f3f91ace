"""What the patient reads (issue 8, session 15 helper sentences15): sentences14's leftovers and an
audit of the summary on devset17, reports nobody tuned the text for. Each case is a short report
written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

# --- 1. a score a definitions note gives a category is no result (devset16 b16-f11-02) -------------

NULL_CORE = (
    "Spec: Left breast core\n"
    "Dx: Invasive carcinoma NST, grade 3.\n"
    "   HER2 (4B5):  SCORE 0  -  No membrane staining in any tumour cell\n"
    "   HER2 result: NEGATIVE\n"
)


def test_a_definitions_note_s_scores_are_no_her2_low_result() -> None:
    for note in (
        "Comment: For HER2-low/ultralow definitions see dept. handbook section 4.2 (1+ = low,\n"
        " >0 <1+ = ultralow).\n",
        "Comment: HER2-low categories (1+ = HER2-low, 0 = HER2-null) are listed in the handbook.\n",
        "Note: definitions per department key: 2+ = equivocal; 1+ = low; 0 = null.\n",
    ):
        result, said = explain_with_words(NULL_CORE + note)
        assert result.ihc is not None and result.ihc.score == "0", note
        assert not result.her2_low and not result.her2_ultralow, note
        assert "HER2-low" not in said.replace("not HER2-low", ""), note
        assert "trastuzumab deruxtecan" not in said, note


def test_a_result_naming_its_own_category_stays() -> None:
    # near-miss: one score with its category is the result's own ("HER2: 1+ = HER2-low")
    result, said = explain_with_words(
        "Spec: Left breast core\nDx: Invasive carcinoma NST, grade 2.\n"
        "   HER2 (4B5): 1+ = HER2-low (faint incomplete staining in 40% of cells)\n"
        "   HER2 result: NEGATIVE\n"
    )
    assert result.ihc is not None and result.ihc.score == "1+"
    assert "HER2-low" in said
