"""Blind set 4's ISH, NGS-tissue and score misses (session 4) as phrase families, each with
near-misses that keep their reading.

1. ISH groups 2-4 (ASCO/CAP 2018) are settled by the concurrent IHC or the lab's final call: the
   ISH result is the settled one (group 4 with IHC 2+ is not amplified, group 3 with IHC 2+
   amplified); with neither it stays equivocal, and an equivocal the lab prints is kept.
"""

from __future__ import annotations

from typing import Any

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"


def _fields(text: str) -> dict[str, Any]:
    r = explain_text(text)
    return {
        "status": r.status,
        "cancer": r.cancer_type,
        "ihc": r.ihc.score if r.ihc else None,
        "ish": r.ish.result if r.ish else None,
        "ratio": r.ish.ratio if r.ish else None,
        "mean": r.ish.her2_copy_number if r.ish else None,
        "group": r.ish.group if r.ish else None,
        "ngs": r.ngs.amplification if r.ngs else None,
        "mmr": r.related.get("mmr"),
    }


def _check(text: str, expected: dict[str, Any]) -> None:
    got = _fields(text)
    assert {k: got[k] for k in expected} == expected


GROUP_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "group4-ihc2-settled-negative",
        BREAST + "HER2 FISH: ratio 1.7; mean HER2 4.6 signals/cell; mean CEP17 2.7.\n"
        "HER2 IHC (same block): 2+.\n",
        {"status": "negative", "ish": "not_amplified", "group": 4},
    ),
    (
        "group2-ihc1-settled-negative",
        BREAST + "HER2 dual ISH: HER2/CEP17 ratio 2.3, average HER2 copy number 3.5 per cell.\n"
        "HER2 IHC 1+.\n",
        {"status": "negative", "ish": "not_amplified", "group": 2},
    ),
    (
        "group3-ihc2-settled-positive",
        BREAST + "HER2 FISH ratio 1.6, mean HER2 6.8 copies per cell.\nHER2 IHC score 2+.\n",
        {"status": "positive", "ish": "amplified", "group": 3},
    ),
    (
        "group4-final-call-without-ihc",
        BREAST + "HER2 FISH: ratio 1.8, mean HER2 5.1 copies/cell.\nFinal HER2 result: negative.\n",
        {"status": "negative", "ish": "not_amplified"},
    ),
    (
        "near-miss-group4-unsettled-stays-equivocal",
        BREAST + "HER2 FISH: ratio 1.8, mean HER2 5.1 copies/cell. Concurrent IHC review to follow.\n",
        {"ish": "equivocal", "group": 4},
    ),
    (
        "near-miss-printed-equivocal-is-kept",
        BREAST + "HER2 FISH ratio 1.9, mean HER2 4.4 copies/cell: EQUIVOCAL (2013 criteria).\nHER2 IHC 2+.\n",
        {"ish": "equivocal"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GROUP_CASES], ids=[c[0] for c in GROUP_CASES])
def test_ish_groups_carry_the_settled_result(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)


# 2. The lab's call word right after a measured ISH value (only punctuation between) is that
#    value's ISH result, also where the ratio alone would say otherwise; a cut-off or another
#    marker between them keeps it away. Means per nucleus are read in every spelling.
GASTRIC = "Stomach, antrum, biopsy: adenocarcinoma, intestinal type.\n"
VALUE_CALL_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ratio-comma-positive",
        BREAST + "HER2/CEP17 ratio 2.6, positive.\n",
        {"status": "positive", "ish": "amplified", "ratio": 2.6},
    ),
    (
        "mean-colon-equivocal-printed",
        BREAST + "HER2 FISH ratio 1.9, mean HER2 4.4 copies/cell: EQUIVOCAL (2013 criteria).\nHER2 IHC 2+.\n",
        {"status": "equivocal", "ish": "equivocal", "mean": 4.4},
    ),
    (
        "gastric-ratio-dash-equivocal",
        GASTRIC + "HER2 FISH ratio 1.9 - equivocal\n",
        {"status": "equivocal", "ish": "equivocal"},
    ),
    (
        "call-before-ratio-in-brackets",
        GASTRIC + "HER2 FISH: EQUIVOCAL (ratio 1.9).\n",
        {"status": "equivocal", "ish": "equivocal", "ratio": 1.9},
    ),
    (
        "spanish-mean-per-nucleo",
        BREAST + "FISH HER2. Media HER2/núcleo: 4,2. Media CEP17/núcleo: 2,2.\nCociente HER2/CEP17: 1,9.\n",
        {"mean": 4.2, "ratio": 1.9, "group": 4},
    ),
    (
        "copies-slash-nucleus",
        BREAST + "HER2 CISH.\n   Average HER2 copies/nucleus: 6.4\n   HER2/CEP17 ratio: 2.9\n",
        {"mean": 6.4, "group": 1, "status": "positive"},
    ),
    (
        "near-miss-cutoff-between-value-and-call",
        GASTRIC + "HER2/CEP17 ratio 1.5 (<2.0) negative.\n",
        {"ish": "not_amplified", "status": "negative"},
    ),
    (
        "near-miss-another-marker-call",
        GASTRIC + "HER2/CEP17 ratio 1.5; ER positive (90%).\n",
        {"ish": "not_amplified", "status": "negative"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in VALUE_CALL_CASES], ids=[c[0] for c in VALUE_CALL_CASES]
)
def test_a_call_word_after_an_ish_value_is_its_result(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected)
