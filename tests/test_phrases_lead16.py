"""The lead (session 16): earlier values of one test that disagree on the call, with no current
value of that test, decide nothing (interpret/earlier.py set_aside_disagreeing_earlier).

A history label's block reaches down to a blank line or the next labelled line; a current sample
written as a comma list ("Right breast, core biopsy: ...") opens no new block, so the current
"HER2: 0" below a history line ("Antecedentes: ... HER2 positivo (IHQ 3+)") was read as earlier
too, and the highest of two earlier values called a new HER2 0 cancer positive (probe16
rz-near-miss-history-positive-current-zero). Until the block is read right, the safe reading is
not a positive. Near-misses: a blank line ends the history block (the current value decides), a
current value lower than the earlier one sets it aside, and earlier values that disagree only
below positive keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import NEG, NEG_NF, NF, ProbeCase, assert_reads_as_written, probe_params

HISTORY_EN = (
    "CLINICAL HISTORY:\nLeft breast carcinoma 2016, HER2 positive (IHC 3+), treated with trastuzumab.\n"
)
HISTORY_ES = "Antecedentes: carcinoma de mama izquierda (2019), HER2 positivo (IHQ 3+).\n"
CORE_EN = "Right breast, 10 o'clock, core biopsy: invasive ductal carcinoma, grade 2.\n"
CORE_ES = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante, grado 2.\n"

CASES: list[ProbeCase] = [
    (
        "history-block-over-current-zero-en",
        "disagreeing_earlier",
        HISTORY_EN + CORE_EN + "HER2 IHC: 0 (no staining).\n",
        NEG_NF,
        {},
    ),
    (
        "history-block-over-current-1plus-es",
        "disagreeing_earlier",
        HISTORY_ES + CORE_ES + "HER2 (IHQ): negativo, puntuación 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "history-block-over-current-zero-es-described",
        "disagreeing_earlier",
        "Antecedentes: carcinoma de mama izquierda en 2018, HER2 positivo (IHQ 3+), tratado con trastuzumab.\n"
        + CORE_ES
        + "HER2: 0 — ausencia de tinción de membrana. NEGATIVO.\n",
        NEG_NF,
        {},
    ),
    (
        "history-block-over-current-not-amplified",
        "disagreeing_earlier",
        "Clinical history: right breast carcinoma 2015, HER2 FISH amplified (ratio 4.8).\n"
        "Left breast, excision: invasive lobular carcinoma.\nHER2 FISH: ratio 1.2, not amplified.\n",
        NEG_NF,
        {},
    ),
    # near-misses: the reading stays
    (
        "nm-blank-line-ends-history",
        "disagreeing_earlier",
        HISTORY_EN + "\n" + CORE_EN + "HER2 IHC: 0 (no staining).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "nm-earlier-1plus-current-0",
        "disagreeing_earlier",
        "History: left breast carcinoma in 2016, HER2 IHC 1+.\nRight breast core: invasive carcinoma. HER2 IHC 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "nm-prior-3plus-current-1plus",
        "disagreeing_earlier",
        "Breast, mastectomy: residual invasive carcinoma.\nPrior biopsy (2019): HER2 IHC 3+.\nCurrent resection: HER2 IHC 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "nm-preliminary-then-final-positive",
        "disagreeing_earlier",
        "Breast, core biopsy: invasive ductal carcinoma.\nPreliminary result: HER2 IHC 1+.\n"
        "Final result (replaces the preliminary report): HER2 IHC 3+, complete intense staining in 90% of cells.\n",
        frozenset({"positive"}),
        {"ihc.score": "3+"},
    ),
    (
        "nm-history-only-pending",
        "disagreeing_earlier",
        "Clinical history: left breast carcinoma in 2016, HER2 positive (IHC 3+); FISH amplified, ratio 5.1.\n"
        "Liver biopsy: metastatic carcinoma consistent with breast primary. HER2 testing to follow.\n",
        NF,
        {},
    ),
]


def test_case_ids_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize(("text", "allowed", "keys"), probe_params(CASES, {}))
def test_disagreeing_earlier_values_decide_nothing(
    text: str, allowed: frozenset[str], keys: dict[str, Any]
) -> None:
    assert_reads_as_written(text, allowed, keys)
