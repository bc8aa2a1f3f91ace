"""fix22b (session 22): tests/variants15b's misses (writer28b's 60 hand-written reports: genomic and
non-breast reports, trial notes, Spanish), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_fields, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. "no NGS on file": a test not done is no negation of the amplification ----------------------
# variants15b v15b-f09-03: a trial pre-screening note listed "ERBB2 amplification by NGS acceptable
# (>=6 copies) -> no NGS on file"; the "no" of "no NGS" was read as the amplification's negation
# (not_found read NEGATIVE). After an amplification word, "no <test> on file / available / performed
# / requested" says no test was done: no value, neither negative nor an alteration row.
NO_TEST_DONE: list[Case] = [
    (
        "tissue-ngs-row-no-sequencing-on-file",
        "Referral note, metastatic cholangiocarcinoma.\n"
        "ERBB2 amplification (tissue NGS): no sequencing on file yet.\n",
        "not_found",
        {"ngs": None},
    ),
    (
        "gene-amplification-no-fish-available",
        "Gastric adenocarcinoma, metastatic. HER2 IHC pending.\n"
        "HER2 gene amplification - no FISH available for this patient.\n",
        "not_found",
        {"ish": None},
    ),
    (
        "amplification-status-no-ngs-performed-to-date",
        "Biliary tract cancer, trial screening.\n"
        "ERBB2 amplification status: no NGS performed to date; block requested.\n",
        "not_found",
        {"ngs": None},
    ),
    (
        "worksheet-arrow-no-tissue-ngs-received",
        "Tumour board worksheet - urothelial carcinoma, metastatic\n"
        "ERBB2 amplification -> no tissue NGS received from the outside lab\n",
        "not_found",
        {"ngs": None},
    ),
]
NO_TEST_DONE_NEAR: list[Case] = [
    # a bare "no" (or one before the test's own figures) is still the value
    (
        "amplification-no-with-ngs-copy-number",
        "Colorectal adenocarcinoma.\nERBB2 amplification: no (NGS, copy number 2.1).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "amplification-no-then-report-attached",
        "Lung adenocarcinoma, tissue NGS panel.\nERBB2 amplification: no. NGS report attached.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # a negative call first, then a test not needed: still the negative
    (
        "none-detected-then-no-repeat-needed",
        "Colorectal adenocarcinoma, tissue NGS.\nERBB2 amplification: none detected; no NGS repeat needed.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # an amplification found, then a confirmation test not done: still the amplification
    (
        "detected-then-no-fish-performed",
        "Tissue NGS panel, gastric adenocarcinoma\n"
        "ERBB2 amplification detected, copy number 16. No FISH performed.\n",
        "positive",
        {},
    ),
    # "no" as the value, then where the report lies: still the negative
    (
        "no-then-fish-report-in-chart",
        "Referral letter. Gastric cancer.\nHER2 amplification: no; FISH report in the chart.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NO_TEST_DONE + NO_TEST_DONE_NEAR))
def test_no_test_on_file_is_no_negation(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a plan's condition on a RAS/BRAF state is no result ------------------------------------------
# variants15b v15b-f09-02: tumour board minutes, "Await RAS/BRAF. If wild-type, request HER2 IHC",
# read BRAF wild-type (RAS/BRAF were pending). A RAS/BRAF name followed, past only the other names
# of its list or a word that it is awaited, by "if wild-type" / "if mutant" is no result.
MarkerCase = tuple[str, str, dict[str, Any]]
CONDITION_ON_STATE: list[MarkerCase] = [
    (
        "list-sent-dash-if-ras-wild-type",
        "Sigmoid adenocarcinoma, liver metastases. MDT outcome:\n"
        "KRAS/NRAS/BRAF sent - if RAS wild-type, anti-EGFR with FOLFIRI.\n",
        {"kras": None, "nras": None, "braf": None},
    ),
    (
        "await-braf-result-semicolon-if-wild-type",
        "Rectal cancer, stage IV.\nAwait BRAF result; if wild-type, consider HER2 testing (HERACLES).\n",
        {"braf": None},
    ),
    (
        "spanish-pendiente-si-es-nativo",
        "Cáncer de colon metastásico.\nPendiente KRAS/NRAS/BRAF. Si es nativo, solicitar HER2 por IHQ.\n",
        {"kras": None, "nras": None, "braf": None},
    ),
]
CONDITION_ON_STATE_NEAR: list[MarkerCase] = [
    # the name's own value first, then a condition on something else: the value stays
    (
        "braf-wild-type-then-if-her2-amplified",
        "Colon adenocarcinoma, metastatic.\nBRAF: wild-type. If HER2 amplified, trastuzumab plus lapatinib.\n",
        {"braf": "wild-type"},
    ),
    (
        "ras-braf-wild-type-semicolon-if-her2",
        "Colon adenocarcinoma, metastatic.\nRAS/BRAF: wild-type; if HER2 3+, refer to the trial.\n",
        {"kras": "wild-type", "braf": "wild-type"},
    ),
    (
        "kras-mutation-then-counterfactual-wild-type",
        "Colon adenocarcinoma, metastatic.\n"
        "KRAS G12D detected. If wild-type had been found, anti-EGFR would be an option.\n",
        {"kras": "mutant"},
    ),
]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        pytest.param(text, fields, id=cid)
        for cid, text, fields in CONDITION_ON_STATE + CONDITION_ON_STATE_NEAR
    ],
)
def test_condition_on_ras_braf_state_is_no_result(text: str, fields: dict[str, Any]) -> None:
    assert_fields(text, fields)
