"""Mends of review20's unsafe findings (mend20a, session 20), reworded in our own words with
near-misses that keep the intended reading of the rule they change. A case is (id, text, status,
{path: value}).

1. probe20's exception to context.toml legend-criteria ("Per HERACLES criteria: HER2 NEGATIVE." is
   the lab's call) must not take a criteria line that goes on to define the call ("... criteria: HER2
   positive for a cluster of at least 5 cells with 3+ staining"): the exception holds only when the
   call ends its clause and no definition word (for, with, at least, cluster) follows.
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status

GASTRIC = "Gastric body, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
BREAST = "Left breast, core biopsy: invasive carcinoma of no special type, grade 3.\n"

CASES: list[PhraseCase] = [
    # 1. a criteria line defining the call, with no result of this tumour
    (
        "biopsy-criteria-positive-for-cluster",
        GASTRIC + "HER2 immunohistochemistry: to follow.\n"
        "Hofmann/Ruschoff criteria: HER2 positive for a cohesive cluster of five or more cells with 3+ membranous staining.\n",
        "not_found",
        {"ihc.score": None},
    ),
    (
        "criteria-positive-with-staining",
        GASTRIC + "HER2 IHC will be reported separately.\n"
        "Ruschoff criteria: HER2 positive with strong complete or basolateral staining in at least 10% of cells.\n",
        "not_found",
        {"ihc.score": None},
    ),
    (
        "criteria-negative-comma-for-clusters",
        BREAST + "HER2 testing pending.\nReporting criteria: HER2 negative, for clusters below five cells.\n",
        "not_found",
        {},
    ),
    # near-misses (probe20's family): the lab's call under the rule it applied
    (
        "criteria-label-negative-then-bracket",
        GASTRIC + "HER2 IHC repeated on block A3.\nPer gastric biopsy criteria: HER2 NEGATIVE (score 1+).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "guideline-label-positive-full-stop",
        BREAST + "Following review, according to the 2018 ASCO/CAP guideline: HER2 positive.\n",
        "positive",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), [pytest.param(t, s, k, id=c) for c, t, s, k in CASES])
def test_review20_unsafe_texts_read_safely(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
