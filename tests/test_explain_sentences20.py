"""What the patient reads (session 20 helper sentences20): an audit of the summary on devset22 and
the earlier sessions' leftovers. Each case is a short report written for the test, with a
near-miss where the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

WORKED_OUT = "worked out by this summary from the numbers in the report"


# --- 1. an ISH group the report does not print is the summary's own reading of its numbers ------
# (devset22 b22-f01-02, b22-f03-05, b22-f03-10: "What your report says" listed a group the report
# never named)


def test_a_group_the_report_does_not_print_is_marked_as_worked_out() -> None:
    for counts in (
        "Dual-probe ISH: mean HER2 signals per cell 2.7, mean CEP17 2.1, HER2/CEP17 ratio 1.29.\n"
        "Interpretation: not amplified.",
        "SISH, 20 nuclei: average HER2 copy number 3.1; average chromosome 17 copy number 2.4;\n"
        "ratio 1.29. Result: NOT AMPLIFIED.",
    ):
        text = f"Left breast, core biopsy, invasive carcinoma.\nHER2 IHC 2+ (equivocal).\n{counts}\n"
        result, said = explain_with_words(text)
        assert result.ish is not None and result.ish.group == 5, counts
        assert f"ISH group (1 to 5): 5 ({WORKED_OUT})" in said, counts


def test_a_group_the_report_prints_is_shown_as_the_report_says() -> None:
    # near-miss: the report names the group itself, so the row is the report's own
    for counts in (
        "Dual-probe ISH: mean HER2 signals per cell 2.7, mean CEP17 2.1, HER2/CEP17 ratio 1.29.\n"
        "ASCO/CAP 2018 Group 5. Interpretation: not amplified.",
        "FISH: HER2/CEP17 ratio 1.29, average HER2 copy number 2.7.\nASCO/CAP Group 5 - NOT AMPLIFIED.",
    ):
        text = f"Left breast, core biopsy, invasive carcinoma.\nHER2 IHC 2+ (equivocal).\n{counts}\n"
        result, said = explain_with_words(text)
        assert result.ish is not None and result.ish.group == 5, counts
        assert "ISH group (1 to 5): 5" in said, counts
        assert WORKED_OUT not in said, counts
