"""A negation with a zero for its O ("N0T DETECTED", "n0t amplified") in a text layer or text file
is still a negation, even when nothing else in the text looks faxed: read as printed, the word
that is left ("DETECTED", "amplified") made a blood report with no ERBB2 amplification positive
(tests/variants4 v4-F-05). Near-misses: the same rows without the negation stay positive, and a
staging code ("ypN0") is not touched."""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = (
    "CELL-FREE DNA PANEL - PLASMA\n"
    "Diagnosis: gastric adenocarcinoma, metastatic\n\n"
    " Gene      Alteration       Result\n"
    " TP53      R273C            DETECTED (VAF 5.2%)\n"
    " ERBB2     Amplification    {erbb2}\n"
    " MET       Amplification    N0T DETECTED\n"
)
TISSUE = (
    "SURGICAL PATHOLOGY - BREAST, LEFT, CORE BIOPSY\n"
    "Invasive ductal carcinoma, grade 2. ypN0.\n"
    "HER2 FISH (dual probe): HER2/CEP17 ratio 1.3, mean HER2 copy number 2.9 signals/cell.\n"
    "Interpretation: HER2 gene {call} (ASCO/CAP 2018 group 5).\n"
)


@pytest.mark.parametrize("erbb2", ["N0T DETECTED", "n0t detected", "N0t Detected"])
def test_a_damaged_not_keeps_a_blood_amplification_undetected(erbb2: str) -> None:
    result = explain_text(PLASMA.format(erbb2=erbb2))
    assert result.status != "positive"
    assert result.ngs is None or result.ngs.amplification != "amplified"


def test_near_miss_a_detected_amplification_is_still_positive() -> None:
    assert explain_text(PLASMA.format(erbb2="DETECTED (plasma copy number 8.1)")).status == "positive"


@pytest.mark.parametrize(("call", "status"), [("N0T amplified", "negative"), ("not amplified", "negative")])
def test_a_damaged_not_in_an_ish_call_and_staging_untouched(call: str, status: str) -> None:
    result = explain_text(TISSUE.format(call=call))
    assert result.status == status
    assert result.ish is not None and result.ish.result == "not_amplified"
