"""Values shown to the patient that were the wrong ones (session 11 audit; helper fix11b).

1. An OCR-damaged negation before an amplification word ("N0 AMPLlFlCAD0", "N0T AMPL1FIED",
   "NON-AMPLlFlED") is still a negation (devset13 b13-f08-08 showed "amplified" for a Spanish
   NO AMPLIFICADO with O->0 and I->l damage). Near-misses: the same damaged word without a
   negation stays amplified, and a staging "N0" is not touched.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

FAX_ISH = (
    "LAB0RAT0RI0 DE GENETlCA - FAX\n"
    "Muestra: tum0rect0mia mama, bl0que 2C, carcin0ma infiltrante. pT1c N0 M0\n"
    "RESULTAD0 SlSH de HER2:\n"
    "  Nucleos contad0s ....... 20\n"
    "  Razon HER2/CEP17 ....... {ratio}\n"
    "  lNTERPRETAClON: {call}\n"
)
NEGATED = [
    "N0 AMPLlFlCAD0",
    "n0 amplificado",
    "No amp1ificado",
    "N0T AMPLIFIED",
    "NOT AMPL1FIED",
    "N0T AMPLlFlED",
    "NON-AMPLlFlED",
    "N0N-AMPLlFlED",
    "N0 AMPLlFlCATl0N",
]


@pytest.mark.parametrize("call", NEGATED)
def test_a_damaged_negation_before_amplification_reads_not_amplified(call: str) -> None:
    result = explain_text(FAX_ISH.format(ratio="1,3", call=call))
    assert result.status != "positive"
    assert result.ish is not None and result.ish.result == "not_amplified"
    assert not any("result=amplified" in (e.value or "") for e in result.evidence)


@pytest.mark.parametrize("call", ["AMPLlFlCAD0", "AMPLlFlED", "amp1ificado", "AMPL1FICATION DETECTED"])
def test_near_miss_a_damaged_amplification_word_alone_stays_amplified(call: str) -> None:
    result = explain_text(FAX_ISH.format(ratio="4,1", call=call))
    assert result.ish is not None and result.ish.result == "amplified"
    assert result.status == "positive"


def test_near_miss_staging_n0_before_a_clean_amplified_line_is_untouched() -> None:
    text = "Invasive ductal carcinoma, pT2 N0 M0.\nHER2 FISH: ratio 4.2, mean HER2 8.1/cell. AMPLIFIED.\n"
    result = explain_text(text)
    assert result.status == "positive"
