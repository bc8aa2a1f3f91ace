"""Mends of session 20's read-only review (review20): plausible texts that this session's new rules
read wrong where the session-start code read them right, reworded here with near-misses that keep
the new rules' intended reading. A case is (id, text, status, {path: value}).

1. A negated gene list with its own nouns (fix20a) must not swallow the next gene's positive
   answer: "No BRAF mutation, KRAS mutation detected (G12D)" is KRAS mutant.
2. "this metastasis" freeing a status call (fix20a) must not free the primary's call that follows
   an unknown or pending result for the metastasis.
3. "ERBB2: no mutation; <clause>" (probe20) reads the clause as ERBB2's amplification answer only
   when it names no other gene and no control.
4. "no amplification testing performed", "no amplification call made": the test was not done.
5. A key then "Result: AMPLIFIED" said of a control cell line is no result (probe20's key rule).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

CRC = "Liver metastasis of colorectal adenocarcinoma, core biopsy. Tissue NGS panel.\n"
LUNG = "Lung adenocarcinoma, resection. Tissue DNA panel (170 genes).\n"

CASES: list[PhraseCase] = [
    # 1. the next gene's own positive answer after a negated item
    (
        "no-nras-mutation-comma-kras-detected",
        CRC + "No NRAS mutation, KRAS mutation detected: p.G12D.\n",
        "not_found",
        {"related.kras": "mutant"},
    ),
    (
        "negative-for-egfr-and-alk-kras-found",
        LUNG + "Negative for EGFR mutations and ALK fusions, KRAS mutation found (G12C).\n",
        "not_found",
        {"related.kras": "mutant"},
    ),
    (
        "without-braf-mutation-kras-identified",
        CRC + "Without BRAF mutation, KRAS mutation identified in codon 13.\n",
        "not_found",
        {"related.kras": "mutant"},
    ),
    # near-miss (fix20a's family): one negated list of items with their own nouns
    (
        "no-egfr-mutation-alk-fusion-or-kras-mutation",
        LUNG + "No EGFR sensitising mutation, ALK fusion or KRAS mutation identified.\n",
        "not_found",
        {"related.kras": "wild-type"},
    ),
    # 2. the primary's call after the metastasis's unknown / pending result
    (
        "metastasis-unknown-primary-negative",
        "Breast carcinoma, liver metastasis core.\nHER2 status of this metastasis: not yet known; primary tumour negative (2020).\n",
        "not_found",
        {},
    ),
    (
        "metastasis-pending-primary-positive",
        "Breast carcinoma, bone metastasis.\nHER2 result for this bone metastasis is pending, primary positive.\n",
        "not_found",
        {},
    ),
    # 3. another gene's or a control's amplification after "ERBB2: no mutation;"
    (
        "erbb2-no-mutation-then-met-amplified",
        LUNG + "ERBB2: no mutation; amplifications found: MET (CN 14)\n",
        "not_found",
        {},
    ),
    (
        "erbb2-no-mutation-then-amplified-genes",
        LUNG + "ERBB2: no mutation; amplified genes - CDK4, MDM2\n",
        "not_found",
        {},
    ),
    (
        "erbb2-no-mutation-then-control",
        CRC + "ERBB2: no mutation; amplified in the positive control only\n",
        "not_found",
        {},
    ),
    # near-miss (probe20's family): the clause is ERBB2's own amplification answer
    (
        "erbb2-no-mutation-then-amplified",
        LUNG + "ERBB2: no mutation; AMPLIFIED (estimated copy number 18)\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "erbb2-no-mutation-then-not-amplified",
        LUNG + "ERBB2: no mutation; not amplified\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # 4. the test was not done
    (
        "erbb2-no-amplification-testing",
        LUNG + "ERBB2: no mutation; no amplification testing performed\n",
        "not_found",
        {},
    ),
    (
        "erbb2-no-amplification-call",
        LUNG + "ERBB2: no mutation; no amplification call made (low depth)\n",
        "not_found",
        {},
    ),
    # 5. a control's result after a key
    (
        "key-then-control-result",
        "Left breast core, invasive carcinoma.\n"
        "HER2 CISH single probe: <4 = not amplified; 4-6 = equivocal; >=6 = AMPLIFIED; Result: AMPLIFIED for the control cell line.\n"
        "CISH on the tumour: to follow.\n",
        "not_found",
        {},
    ),
    # near-miss (probe20's family): the lab's own result after its key
    (
        "key-then-own-result",
        "Left breast core, invasive carcinoma.\n"
        "HER2 CISH single probe: <4 = not amplified; 4-6 = equivocal; >=6 = AMPLIFIED\n"
        "RESULT: EQUIVOCAL (mean 5.1 signals/nucleus).\n",
        "equivocal",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CASES))
def test_review20_texts_read_as_the_session_start_code_read_them(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
