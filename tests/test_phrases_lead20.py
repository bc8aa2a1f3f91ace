"""The lead (session 20): families found by blind set 23 after it was measured, each written here in
new words with near-misses that must keep their reading. A case is (id, text, status, {path: value}).

- A gene table with dot leaders or column gaps: the row above's "not detected" is that row's value,
  not a negation of the ERBB2 row's "AMPLIFICATION DETECTED" (a colorectal NGS table read negative).
- A Spanish control line "Control externo HER2 (3+)": the HER2 name between the control's label and
  its bracketed score (a lumpectomy scored 0 read POSITIVE).
- A score written as a fraction in a table with its scale ("HER2  3/3  IHC 0-3  POSITIVE"): the
  scale's 0 is no score.
- Observers' scores then the consensus named where it was reached ("Consensus at multihead: 2+").
- An assay's intended use ("intended for HR-positive, HER2-negative early breast cancer", "per
  label for HR+/HER2-negative disease") is a population, not this patient's status.
- A list of the categories a re-score would choose from ("HER2 0 / ultralow / low") is no score.
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

CASES: list[PhraseCase] = [
    # --- a gene table: the row above's negation stays in its row ---------------------------------
    (
        "dot-leader-row-above-not-detected",
        "Specimen: FFPE block, liver metastasis of rectal adenocarcinoma\n"
        "  NRAS exons 2-4 ........ not detected\n"
        "  BRAF p.V600E .......... not detected\n"
        "  ERBB2 (HER2) .......... AMPLIFIED, estimated 11 copies\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "column-gap-row-above-negativo",
        "Muestra: colon, pieza de resección\n"
        "  BRAF V600E         no detectada\n"
        "  ERBB2 (HER2)       amplificación detectada (9 copias)\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # near-miss: the ERBB2 row's own negation is read
    (
        "dot-leader-own-row-not-amplified",
        "Specimen: FFPE block, colon adenocarcinoma\n"
        "  BRAF p.V600E .......... detected\n"
        "  ERBB2 (HER2) .......... not amplified\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # near-miss: prose wrapped at the line end keeps its negation
    (
        "wrapped-prose-negation",
        "Sequencing of the colon tumour block. There is no\nERBB2 amplification detected in this sample.\n",
        "negative",
        {},
    ),
    # --- a Spanish control line with the HER2 name -----------------------------------------------
    (
        "control-externo-her2-bracket",
        "Mama derecha, biopsia con aguja gruesa.\n"
        "HER2 (4B5): 1+ (negativo).\n"
        "Control externo HER2 (3+): adecuado.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "controle-externe-her2-bracket",
        "Sein gauche, biopsie.\nHER2 : score 0.\nContrôle externe HER2 (3+) conforme.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # near-miss: the patient's own bracketed score after "HER2"
    (
        "her2-bracket-own-score",
        "Mama derecha, biopsia.\nHER2 (3+): positivo.\nControl externo adecuado.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # --- a fraction score with its scale ---------------------------------------------------------
    (
        "fraction-score-with-scale-column",
        "Site: right breast core\n"
        "Marker   Result   Scale      Call\n"
        "ER       8/8      Allred     positive\n"
        "HER2     3/3      IHC 0-3    POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "fraction-score-one-of-three-with-scale",
        "Site: left breast core\nHER2     1/3      IHC 0-3    negative\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-miss: a plain IHC 0 stays negative
    ("plain-ihc-zero", "Breast core biopsy.\nHER2 IHC: 0 (no staining)\n", "negative", {"ihc.score": "0"}),
    # --- observers then the consensus ------------------------------------------------------------
    (
        "consensus-at-multihead",
        "Breast core biopsy.\n"
        "HER2 (4B5), two readers:\n"
        "  Reader A: 1+ ; Reader B: 2+\n"
        "  Consensus at multihead review: 2+ (moderate complete staining in 15%)\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "consensus-of-both-observers",
        "Breast excision.\nHER2 IHC - observer 1: 2+; observer 2: 1+.\nConsensus of both observers: 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # --- an assay's intended use -----------------------------------------------------------------
    (
        "intended-use-population",
        "Breast excision, gene-expression assay result.\n"
        "Recurrence score: 18.\n"
        "This test is validated for node-negative, ER-positive, HER2-negative early breast cancer.\n",
        "not_found",
        {},
    ),
    (
        "per-label-population",
        "Plasma sequencing, metastatic breast cancer.\n"
        "PIK3CA E545K detected. Alpelisib is an option per label for HR+/HER2-negative disease.\n",
        "not_found",
        {},
    ),
    # near-miss: the patient's own status beside a sentence that names an indication
    (
        "own-status-then-indicated",
        "Breast core biopsy.\nHER2 IHC 3+ (positive). Trastuzumab is indicated for HER2-positive disease.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # --- the categories a re-score would choose from ---------------------------------------------
    (
        "categories-list-not-a-score",
        "Request: re-score the 2019 excision for HER2 0 / ultralow / low; the block is exhausted and\n"
        "no re-score is possible.\n",
        "not_found",
        {},
    ),
    (
        "categories-vs-list-not-a-score",
        "Breast excision (2020). We cannot assign HER2 0 vs ultralow vs 1+ on this material.\n",
        "not_found",
        {},
    ),
    # near-miss: a real zero with its ultralow qualifier
    (
        "her2-zero-ultralow-bracket",
        "Breast core biopsy.\nHER2 0 (ultralow).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CASES))
def test_blind_set_23_families_read_as_the_report_means(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
