"""Mends of review20's unsafe findings (mend20a, session 20), reworded in our own words with
near-misses that keep the intended reading of the rule they change. A case is (id, text, status,
{path: value}).

1. probe20's exception to context.toml legend-criteria ("Per HERACLES criteria: HER2 NEGATIVE." is
   the lab's call) must not take a criteria line that goes on to define the call ("... criteria: HER2
   positive for a cluster of at least 5 cells with 3+ staining"): the exception holds only when the
   call ends its clause and no definition word (for, with, at least, cluster) follows.
2. An amplification word after the ERBB2 name that labels another gene list ("ERBB2 wild-type;
   amplified genes: FGFR1") is that list's label, not ERBB2's amplification (already read POSITIVE
   on 629f8e36; review20 preexisting.txt).
3. A key's sentence saying what a category means ("Result: positive means HER2 protein is
   overexpressed") is a legend, not the lab's positive statement (preexisting on 629f8e36).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

GASTRIC = "Gastric body, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
NGS = "Tissue NGS (hybrid capture), liver metastasis of breast carcinoma, tumour content 40%.\n"
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
    # 2. another gene list labelled by an amplification word after ERBB2
    (
        "erbb2-wild-type-amplified-genes-list",
        NGS + "ERBB2: wild-type. Amplified genes: CCND1 (CN 9), FGFR1.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "erbb2-no-variant-amplifications-found-met",
        NGS + "ERBB2 no variant; amplifications found: MET (12 copies)\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "erbb2-amplification-detected-colon-myc",
        NGS + "ERBB2 - amplification detected: MYC, copy number 10\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    # near-misses: ERBB2's own amplification, before or inside such a list
    (
        "erbb2-amplified-colon-copy-number",
        NGS + "ERBB2 amplified: copy number 16; CCND1 not amplified.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "amplified-genes-list-with-erbb2-first",
        NGS + "Amplified genes: ERBB2 (CN 14), MYC (CN 7).\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # 3. what a category means, in a key, with no result on this specimen
    (
        "key-positive-means-overexpressed",
        BREAST + "HER2 IHC scoring: 3+ = positive, 2+ = equivocal, 0-1+ = negative. Interpretation: positive "
        "means HER2 protein is overexpressed by the cells.\nHER2 IHC: not done on this biopsy (insufficient invasive tumour).\n",
        "not_found",
        {},
    ),
    (
        "key-three-plus-indicates-overexpression",
        BREAST + "HER2 testing has been requested.\nNote: 3+ indicates HER2 protein overexpression.\n",
        "not_found",
        {},
    ),
    # near-miss: the lab's own call, then what it means
    (
        "own-call-which-means-overexpressed",
        BREAST + "HER2 (4B5): score 3+, which means the tumour overexpresses HER2 protein.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CASES))
def test_review20_unsafe_texts_read_safely(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
