"""A report that scores ISH by the ASCO/CAP 2007 cut-offs and calls its ratio equivocal is
equivocal, not overruled by today's groups.

"HER2/CEP17 ratio = 1,9; mean HER2 3,9/cell -> EQUIVOCAL (ratio 1,8 - 2,2; ASCO/CAP 2007) ...
HER2 STATUS: EQUIVOCAL" read negative (devset12 b12-f12-09): the engine worked the ratio out by
the 2018 groups (group 5, not amplified) though the lab called it equivocal by the criteria it
names. A ratio in the 2007 equivocal band (1.8-2.2) with the lab's own word equivocal (and no
other call) keeps the lab's call: the safe one (facts.md §2; a ratio of 2.0-2.2 would otherwise
read positive). Near-misses: a ratio outside the band, or a lab that calls it negative or says
nothing, keep their reading.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

OLDER_EQUIVOCAL = [
    (
        "ratio-1-9-2007-named",
        "Right breast excision: invasive ductal carcinoma, grade 2.\n"
        "HER2 FISH: HER2/CEP17 ratio = 1.9; mean HER2 3.9/cell (60 nuclei)\n"
        "  -> EQUIVOCAL (ratio 1.8-2.2; ASCO/CAP 2007)\n"
        "HER2 STATUS: EQUIVOCAL - repeat testing on another block recommended.\n",
        "equivocal",
    ),
    (
        "ratio-2-1-would-read-positive",
        "Left breast core biopsy: invasive carcinoma NST.\n"
        "HER2 dual-probe ISH: ratio 2.1, average HER2 copy number 4.4 per cell.\n"
        "Overall HER2 status: equivocal (criteria: ASCO/CAP 2007).\n",
        "equivocal",
    ),
    (
        "ratio-decimal-comma",
        "Carcinoma ductal infiltrante, mama derecha.\n"
        "HER2 FISH: ratio HER2/CEP17 1,85; media HER2 3,7 señales/núcleo\n"
        "HER2 status: EQUIVOCAL\n",
        "equivocal",
    ),
    (
        "ihc-2plus-fish-1-8",
        "Breast core: IDC grade 3.\nHER2 IHC: 2+ (equivocal)\n"
        "HER2 FISH ratio 1.8, HER2 signals 3.4 per nucleus (2007 guideline).\n"
        "Final HER2 status: EQUIVOCAL.\n",
        "equivocal",
    ),
    (
        "ratio-2-0-no-mean",
        "Breast excision, invasive lobular carcinoma.\n"
        "HER2 FISH: HER2/CEP17 ratio 2.0.\n"
        "HER2 result: equivocal by the 2007 cut-offs; IHC to follow.\n",
        "equivocal",
    ),
    (
        "ocr-fax-2007",
        "C0LDSTREAM H0SPITAL PATH0L0GY  Fax pg 1/1 (criteria used: ASC0/CAP 2007)\n"
        "lnvasive ductal carcin0ma, grade 2.\n"
        "HER2 FlSH : HER2 / CEP17 rati0 = 2,2 ; mean HER2 4,1 / cel1\n"
        "HER2 STATUS : EQUlV0CAL\n",
        "equivocal",
    ),
]

# OCR-damaged ISH reports (devset9 b9-f03-06: "rati0 : 1 .9" read as no ratio and the band
# "ratio 1.8-2.2" read as the ratio 1.8, and "EQUlVOCAL" across the edge of a repair window left
# unread): a number split at its point is one number, a band of cut-offs is no value, and the
# lab's equivocal label after the values is its call
OCR_ISH = [
    (
        "split-decimal-band-after",
        "HER2  FlSH  REPORT    pg 1\nPatlent: D0E , Jane  Acc: FS-26-4408\nCe1ls counted: 4O\n"
        "HER2 / CEP17 rati0 : 1 .9\nMean HER2 c0py no.: 4 .2 /cell\n"
        "lnterpretation: EQUlVOCAL  -  ratio 1.8-2.2 ,\n repeat count / IHC recommended (2007 criteria).\n",
        "equivocal",
    ),
    (
        "band-only-no-value",
        "Breast core: IDC.\nHER2 FISH: see separate report.\n"
        "Criteria: ratio 1.8-2.2 equivocal; ratio > 2.2 amplified (ASCO/CAP 2007).\n",
        "not_found",
    ),
    (
        "band-with-spaces-after-value",
        "Breast excision: IDC grade 2.\nHER2 FISH ratio 1.6, mean HER2 2.9 signals/cell\n"
        "-> NOT AMPLIFIED (equivocal band: ratio 1,8 - 2,2; ASCO/CAP 2007)\n",
        "negative",
    ),
    (
        "split-decimal-amplified",
        "HER2  FlSH  REP0RT\nBreast core, lDC.\nHER2 / CEP17 rati0 : 4 .6\nMean HER2 c0py no.: 9 .8 /cell\n"
        "Interpretation: AMPLlFlED\n",
        "positive",
    ),
    (
        "split-decimal-not-amplified",
        "HER2  FlSH  REP0RT\nBreast core, lDC.\nHER2 / CEP17 rati0 : 1 .2\nMean HER2 c0py no.: 2 .4 /cell\n"
        "Interpretation: N0T AMPLlFlED\n",
        "negative",
    ),
]

NEAR_MISSES = [
    (
        "ratio-1-9-no-words",
        "Breast core: IDC.\nHER2 FISH: HER2/CEP17 ratio 1.9; mean HER2 copies 3.9 per cell.\n",
        "negative",
    ),
    (
        "ratio-1-9-lab-negative",
        "Breast core: IDC.\nHER2 FISH: HER2/CEP17 ratio 1.9; mean HER2 copies 3.9 per cell.\n"
        "HER2 STATUS: NEGATIVE (ASCO/CAP 2018, group 5).\n",
        "negative",
    ),
    (
        "ratio-1-4-equivocal-ihc-words",
        "Breast core: IDC.\nHER2 FISH: HER2/CEP17 ratio 1.4; mean HER2 copies 2.6 per cell.\n"
        "HER2 STATUS: EQUIVOCAL\n",
        "negative",
    ),
    (
        "ratio-3-amplified",
        "Breast core: IDC.\nHER2 FISH: HER2/CEP17 ratio 3.0; mean HER2 copies 7.2 per cell. AMPLIFIED.\n"
        "HER2 STATUS: POSITIVE\n",
        "positive",
    ),
]


@pytest.mark.parametrize(
    ("report", "expected"),
    [pytest.param(t, e, id=n) for n, t, e in OLDER_EQUIVOCAL + OCR_ISH + NEAR_MISSES],
)
def test_older_cutoffs_equivocal(report: str, expected: str) -> None:
    assert explain_text(report).status == expected
