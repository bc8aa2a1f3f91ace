"""A superseded preliminary impression is no result (found on tests/variants7, v7-C-03: a final
report quoting, under "PRELIMINARY RESULT - SUPERSEDED (issued by phone ..., not for clinical use)",
the phoned impression "HER2 2+, probably amplified on quick review - confirm with FISH", above the
final IHC 2+ / FISH ratio 1.2 NOT AMPLIFIED; the quote was read as the ISH result: a swap).

Three structural facts, each its own family:
- a heading line with no colon that says its block was superseded, withdrawn or not for clinical
  use labels the lines under it as an earlier result (context.toml earlier-label);
- a current ISH count with no call word (ratio under 2.0, under 4 signals a cell) is a lower
  current value of the same test, so the earlier "amplified" is set aside (interpret/earlier.py);
- a hedged call ("probably amplified", "likely positive", "suspicious for amplification") is an
  impression, not a result, even with nothing else in the report (context.toml
  hypothetical-hedged-call).

Near-misses: a final positive under the same heading stays positive; a plain call stays a call.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: left breast excision. Invasive ductal carcinoma, grade 2.\n\n"
FINAL_NEGATIVE = (
    "FINAL RESULT (07/06/2026)\nHER2 IHC (4B5, block B4): 2+ equivocal.\n"
    "HER2 FISH: ratio 1.2; mean HER2 signals/cell 2.5; 40 cells. NOT AMPLIFIED.\n"
    "Final HER2 status: NEGATIVE (IHC 2+, ISH negative).\n"
)
FINAL_POSITIVE = (
    "FINAL RESULT (07/06/2026)\nHER2 IHC (4B5, block B4): 2+ equivocal.\n"
    "HER2 FISH: ratio 3.2; mean HER2 signals/cell 7.5; 40 cells. AMPLIFIED.\n"
    "Final HER2 status: POSITIVE (IHC 2+, ISH amplified).\n"
)
PRELIMINARIES = {
    "phoned-quote": (
        "PRELIMINARY RESULT - SUPERSEDED (issued by phone 07/02/2026, not for clinical use)\n"
        '"HER2 2+, probably amplified on quick review - confirm with FISH"\n\n'
    ),
    "provisional-withdrawn": "PROVISIONAL REPORT (withdrawn)\nHER2 FISH: amplified, ratio 2.4 on a partial count.\n\n",
    "verbal-now-superseded": "Verbal result, now superseded by the final report below\nHER2 FISH amplified.\n\n",
    "interim-not-for-use": "Interim report - not for clinical use\nHER2 ISH: AMPLIFIED (ratio 2.1).\n\n",
}


@pytest.mark.parametrize("preliminary", sorted(PRELIMINARIES))
def test_a_superseded_preliminary_above_a_negative_final_result_is_set_aside(preliminary: str) -> None:
    result = explain_text(BREAST + PRELIMINARIES[preliminary] + FINAL_NEGATIVE)
    assert result.status == "negative", [(e.text, e.value) for e in result.evidence]
    assert result.ish is not None and result.ish.result == "not_amplified"


@pytest.mark.parametrize("preliminary", sorted(PRELIMINARIES))
def test_a_positive_final_result_below_a_superseded_preliminary_stays_positive(preliminary: str) -> None:
    result = explain_text(BREAST + PRELIMINARIES[preliminary] + FINAL_POSITIVE)
    assert (result.status, result.ish and result.ish.result) == ("positive", "amplified")


@pytest.mark.parametrize(
    "line",
    [
        "HER2 2+, probably amplified; confirm with FISH.",
        "HER2 IHC 2+, likely amplified on quick review.",
        "HER2: possibly positive (3+?) - to be confirmed.",
        "Impression: suspicious for HER2 amplification; FISH to follow.",
        "HER2 status presumed positive pending FISH.",
    ],
)
def test_a_hedged_call_alone_is_no_positive(line: str) -> None:
    assert explain_text(BREAST + line + "\n").status in ("not_found", "equivocal")


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("HER2 FISH: amplified (ratio 4.1).", "positive"),
        ("HER2 IHC 3+ (positive); the tumour is probably of breast origin.", "positive"),
        ("HER2 FISH: not amplified; amplification unlikely to be missed at this count.", "negative"),
        ("HER2 FISH: ratio 1.3, mean HER2 signals 2.4 per cell: NOT AMPLIFIED.", "negative"),
    ],
)
def test_a_plain_call_beside_hedge_words_stays(line: str, status: str) -> None:
    assert explain_text(BREAST + line + "\n").status == status
