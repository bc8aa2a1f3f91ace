"""A labelled result line ends the reference-range or methods block above it (found on
tests/variants7, v7-F-06: "REFERENCE RANGES (ASCO/CAP 2018):" over five range lines, then
"RESULTS: mean HER2 3.6/cell; ...; ratio 1.8." and "INTERPRETATION: NEGATIVE - HER2 gene not
amplified (Group 5)." The ranges heading opened a methods section that ran to the end of the
report, so the lab's own result was set aside as methods: a safe miss, but a miss of the result).

By structure (findings/scope.py): inside a methods section, a line that opens with a result label
and has words after it ("RESULTS: ...", "INTERPRETATION: ...", "Final result: ...") starts a new
section. Near-misses: range and key lines that carry their own "Result:" label stay keys (their
cut-offs are no result), and a methods paragraph stays methods.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: left breast excision, block C1. Invasive ductal carcinoma, grade 2.\n"
RANGES = {
    "dotted": (
        "REFERENCE RANGES (ASCO/CAP 2018):\n"
        "  Ratio >=2.0 and HER2 >=4.0 signals/cell ........ POSITIVE (amplified, Group 1)\n"
        "  Ratio <2.0 and HER2 <4.0 ......................... NEGATIVE (Group 5)\n"
    ),
    "legend": "Legend\n  ratio >= 2.0: amplified (positive)\n  ratio < 2.0: not amplified (negative)\n",
    "criteria": "Scoring criteria for reference\n  3+ = positive; 2+ = equivocal; 0-1+ = negative\n",
}
RESULTS = {
    "negative": (
        "RESULTS: mean HER2 3.6/cell; mean CEP17 2.0/cell; ratio 1.8.\n"
        "INTERPRETATION: NEGATIVE - HER2 gene not amplified (Group 5).\n",
        "negative",
    ),
    "positive": (
        "RESULTS: mean HER2 8.6/cell; mean CEP17 2.0/cell; ratio 4.3.\n"
        "INTERPRETATION: POSITIVE - HER2 gene amplified (Group 1).\n",
        "positive",
    ),
    "final-result": ("Final result: HER2 FISH NOT AMPLIFIED (ratio 1.3).\n", "negative"),
}


@pytest.mark.parametrize("result", sorted(RESULTS))
@pytest.mark.parametrize("ranges", sorted(RANGES))
def test_the_labelled_result_after_a_range_block_is_read(ranges: str, result: str) -> None:
    text, status = RESULTS[result]
    assert explain_text(BREAST + RANGES[ranges] + text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Scoring key:\n  Result: ratio >= 2.0 = HER2 POSITIVE (amplified)\n  Result: ratio < 2.0 = HER2 NEGATIVE\n\n"
        "HER2 FISH: pending, to follow.\n",
        "Interpretive criteria\nInterpretation: HER2 ratio >= 2.0 is amplified (positive).\n\n"
        "HER2 FISH: result to follow in an addendum.\n",
        "REFERENCE RANGES:\n  Result: 3+ = HER2 positive\n  Result: 0 or 1+ = HER2 negative\nHER2 IHC: to follow.\n",
    ],
)
def test_key_lines_with_their_own_result_label_stay_keys(text: str) -> None:
    assert explain_text(BREAST + text).status == "not_found"
