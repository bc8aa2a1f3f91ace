"""A "Patient values:" heading ends a reference-range legend (fix10b, devset10 b10-f03-11).

A FISH result sheet printed its reference ranges ("Reference ranges (dual probe, ASCO/CAP
2018):" and the five groups) and then "Patient values:" with the patient's ratio, mean copies and
group, and on page 2 the IHC and the integrated interpretation. "Patient values" was no section
heading, so the legend's section ran on over every value and every HER2 line was a method's: not
found. "Patient values / results / findings / measurements" now opens a section of its own
(sections.toml section-header). Near-miss: values under the legend with no such heading stay the
legend's.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LEGEND = (
    "HER2 FISH RESULT SHEET\nBreast, left, core biopsy, block C1.\n"
    "Reference ranges (dual probe, ASCO/CAP 2018):\n"
    "   Ratio >= 2.0 and HER2 >= 4.0 ........ AMPLIFIED (group 1)\n"
    "   Ratio >= 2.0 and HER2 < 4.0 ......... group 2 - requires IHC correlation\n"
    "   Ratio < 2.0 and HER2 >= 6.0 ......... group 3 - requires IHC correlation\n"
    "   Ratio < 2.0 and HER2 4.0-5.9 ........ group 4 - requires IHC correlation\n"
    "   Ratio < 2.0 and HER2 < 4.0 .......... NOT AMPLIFIED (group 5)\n"
)

AFTER_LEGEND = {
    "patient-values-group2": (
        LEGEND + "Patient values:\n   HER2/CEP17 ratio ................... 2.10\n"
        "   Mean HER2 per nucleus .............. 3.7\n   Mean CEP17 per nucleus ............. 1.76\n"
        "Concurrent IHC review: HER2 IHC 1+.\n"
        "Integrated interpretation: Group 2 with IHC 0-1+ is reported as HER2 NEGATIVE.\n",
        "negative",
    ),
    "patient-results-amplified": (
        LEGEND + "Patient results:\n   HER2/CEP17 ratio ................... 3.40\n"
        "   Mean HER2 per nucleus .............. 7.9\n   Result: AMPLIFIED (group 1)\n",
        "positive",
    ),
    "patient-results-heading": (
        LEGEND
        + "PATIENT RESULTS\n   HER2/CEP17 ratio 1.3; mean HER2 2.6 per nucleus: NOT AMPLIFIED (group 5)\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(AFTER_LEGEND))
def test_the_patients_values_after_a_legend_are_read(case: str) -> None:
    text, status = AFTER_LEGEND[case]
    assert explain_text(text).status == status


def test_values_under_the_legend_with_no_heading_stay_the_legends() -> None:
    text = (
        LEGEND + "   HER2/CEP17 ratio ................... 2.10\n   Mean HER2 per nucleus .............. 3.7\n"
    )
    assert explain_text(text).status == "not_found"
