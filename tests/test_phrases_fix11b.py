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


# 2. A CEP17 mean is never shown as the HER2 copies per cell (devset13 b13-f03-07: "Increased
#    CEP17 signals (mean 3.4/cell)" in a note was shown as the average HER2 3.4; the report's HER2
#    average was 3.7). The HER2 mean named as such is still read, in either order.
CEP17_NOTES = [
    "Note: increased CEP17 signals (mean 3.4/cell), so-called polysomy 17.",
    "Note: CEP17 copies: mean 3.4 per cell.",
    "Note: CEP17 signals, mean 3.4 signals/cell (polysomy pattern).",
    "Note: chromosome 17 signals (mean 3.4/cell) are increased.",
]


@pytest.mark.parametrize("note", CEP17_NOTES)
def test_a_cep17_mean_in_a_note_is_not_the_her2_copies(note: str) -> None:
    text = (
        "HER2 FISH, left breast core: HER2/CEP17 ratio 1.09, NOT AMPLIFIED (group 5).\n"
        f"{note}\nINTERPRETATION: HER2 NEGATIVE by FISH.\n"
    )
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ish is not None and result.ish.her2_copy_number != 3.4


@pytest.mark.parametrize(
    "line",
    [
        "mean HER2 3.7 signals/cell, mean CEP17 3.4 signals/cell",
        "CEP17 mean 3.4 signals/cell, HER2 mean 3.7 signals/cell",
        "average HER2 copy number 3.7; average CEP17 copy number 3.4",
        "average CEP17 copy number 3.4; average HER2 copy number 3.7",
    ],
)
def test_near_miss_her2_and_cep17_means_in_one_line_read_apart(line: str) -> None:
    text = f"HER2 FISH, left breast core: {line}. HER2/CEP17 ratio 1.09, NOT AMPLIFIED (group 5).\n"
    result = explain_text(text)
    assert result.ish is not None and result.ish.her2_copy_number == 3.7


# 3. An NGS CNV table's log2 / copy ratio is not an ISH HER2/CEP17 ratio (devset13 b13-f04-08:
#    "ERBB2 .... normal (no amplification; log2 ratio 0.04)" was shown as ISH ratio 0.04).
NGS_ROWS = [
    "ERBB2 ........ normal (no amplification; log2 ratio 0.04)",
    "ERBB2   copy number: normal   log2-ratio: 0.04   no amplification",
    "ERBB2   no amplification (copy ratio 1.02)",
    "ERBB2   not amplified, CN ratio 0.98",
    "ERBB2   no amplification (log2 copy ratio 0.1)",
]


@pytest.mark.parametrize("row", NGS_ROWS)
def test_an_ngs_log2_or_copy_ratio_is_not_an_ish_ratio(row: str) -> None:
    text = (
        "NEXT-GENERATION SEQUENCING REPORT - colon adenocarcinoma, resection\n"
        "Copy number variants:\n"
        f"  {row}\n"
        "KRAS G12V detected.\n"
    )
    result = explain_text(text)
    assert result.status != "positive"
    assert result.ish is None or result.ish.ratio is None


def test_near_miss_an_ish_ratio_in_the_same_report_is_still_read() -> None:
    text = (
        "Colon adenocarcinoma. HER2 FISH: HER2/CEP17 ratio 1.2, not amplified.\n"
        "NGS: ERBB2 no amplification (log2 ratio 0.04).\n"
    )
    result = explain_text(text)
    assert result.ish is not None and result.ish.ratio == 1.2


# 5. A HER2-low / ultralow word naming a therapy or its indication is no category of this tumour
#    (devset13 b13-f11-04: "HER2-low and HER2-ultralow therapies do not apply" made a "Not
#    ultralow" IHC 0 ultralow in the JSON).
THERAPY_LINES = [
    "Comment: HER2-low and HER2-ultralow therapies do not apply to this result category.",
    "Comment: HER2-ultralow therapy (trastuzumab deruxtecan) is not indicated.",
    "Comment: HER2-ultralow treatment options do not apply.",
    "Comment: HER2-low and HER2-ultralow indications were considered; not applicable.",
]


@pytest.mark.parametrize("line", THERAPY_LINES)
def test_a_therapy_named_after_ultralow_does_not_make_a_null_zero_ultralow(line: str) -> None:
    text = (
        "Left breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 by IHC (4B5): Score 0 (no staining): no membrane staining in any tumor cell.\n"
        "HER2 interpretation: NEGATIVE\n"
        f"{line}\n"
    )
    result = explain_text(text)
    assert result.status == "negative"
    assert result.her2_ultralow is not True


def test_near_miss_a_reported_ultralow_stays_ultralow() -> None:
    text = (
        "Left breast core biopsy, invasive ductal carcinoma.\n"
        "HER2 by IHC (4B5): Score 0, faint incomplete staining in 5% of cells (HER2-ultralow).\n"
        "HER2 interpretation: NEGATIVE\n"
    )
    result = explain_text(text)
    assert result.her2_ultralow is True
