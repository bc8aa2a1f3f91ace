"""Number formats of family 12 (tests/devset9 numbers-format): an abbreviation of "number" is no
negation.

"HER2 FISH ratio 4,1 ; copy no. 9,8 ; amplified." was read as not amplified (a swap, devset9
b9-f12-07): the "no." of "copy no." was taken for the negation "no" within four words before
"amplified" (ish.toml amp-neg-before). "no." before a number or "of" is the word number.
Near-misses: a real "no" before the amplification word keeps it not amplified.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Colorectal adenocarcinoma, liver metastasis, core biopsy.\n"

ABBREVIATION_CASES = [
    ("decimal-comma-copy-no", "HER2 FISH ratio 4,1 ; copy no. 9,8 ; amplified.\n"),
    ("copy-no-without-dot", "HER2 SISH: ratio 3.6, copy no 8.2, AMPLIFIED\n"),
    ("no-of-signals", "HER2 FISH: No. of HER2 signals 12 ; amplified (ratio 4.4).\n"),
    ("signals-no-in-table", "HER2 ISH    ratio 2.9    mean copy no. 7.1    amplified\n"),
]

NEGATION_CASES = [
    ("no-amplification", "HER2 FISH: no amplification (ratio 1.2; copy number 2.1).\n"),
    ("copy-no-then-not-amplified", "HER2 FISH ratio 1,3 ; copy no. 2,4 ; not amplified.\n"),
    ("no-evidence-of", "HER2 FISH shows no evidence of HER2 gene amplification (ratio 1.1).\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in ABBREVIATION_CASES], ids=[c[0] for c in ABBREVIATION_CASES])
def test_an_abbreviated_number_is_no_negation(text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.ish is not None and result.ish.result == "amplified"
    assert result.status == "positive"


@pytest.mark.parametrize("text", [c[1] for c in NEGATION_CASES], ids=[c[0] for c in NEGATION_CASES])
def test_a_real_negation_keeps_not_amplified(text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.ish is not None and result.ish.result == "not_amplified"
