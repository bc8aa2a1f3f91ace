"""fix17b (session 17): phrase families of the history-label block and of older wrong-way reads.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

# --- A. a sample line ends a history label's block ---------------------------------------------
# A history label ("History:", "Antecedentes:", "Clinical history:", "Prior results:") opens a block
# of earlier results that reached down to a blank line or the next "Word:" label. A current sample
# written as a comma list ("Right breast, core biopsy: ...", "Mama derecha, biopsia con aguja
# gruesa: ...", "B. Left breast, excision:") opened no new block, so the current result under it
# was read as earlier too (probe16 rz-near-miss-history-positive-current-zero). Such a line ends
# the block (findings/earlier.py, samples.toml sample-list-line) unless it is the history's own: on
# the label's line, right under a bare label heading, dated, or with an earlier cue ("Prior").
HX_EN = "History: left breast carcinoma in 2018, HER2 positive (IHC 3+), treated with trastuzumab.\n"
HX_EN_HEADING = (
    "CLINICAL HISTORY:\nLeft breast carcinoma 2016, HER2 positive (IHC 3+), treated with trastuzumab.\n"
)
HX_ES = (
    "Antecedentes: carcinoma de mama izquierda en 2018, HER2 positivo (IHQ 3+), tratado con trastuzumab.\n"
)
ZERO_EN = "HER2 IHC: 0 (no membrane staining).\n"
ZERO_ES = "HER2: 0 — ausencia de tinción de membrana. NEGATIVO.\n"

HISTORY_BLOCK: list[Case] = [
    (
        "en-colon-sample-line",
        HX_EN + "Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n" + ZERO_EN,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "en-heading-sample-line-with-position",
        HX_EN_HEADING
        + "Right breast, 10 o'clock, core biopsy: invasive ductal carcinoma, grade 2.\n"
        + ZERO_EN,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "en-dash-sample-line",
        HX_EN + "Right breast, core needle biopsy - invasive ductal carcinoma, grade 2.\n"
        "HER2 IHC 1+ (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "en-lettered-sample-line-ish",
        "Prior results: right breast carcinoma 2017, HER2 FISH amplified (ratio 5.2).\n"
        "B. Left breast, excision: invasive lobular carcinoma, 2.1 cm.\n"
        "HER2 FISH: HER2/CEP17 ratio 1.3, mean HER2 copy number 2.6. NOT AMPLIFIED.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "en-value-on-sample-line",
        HX_EN + "Right breast, core biopsy: invasive ductal carcinoma; HER2 IHC 0 (no staining).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "en-gastric-sample-line",
        "Clinical history: gastric adenocarcinoma 2019 treated elsewhere, HER2 positive (IHC 3+).\n"
        "Stomach, antrum, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
        "HER2 IHC: 1+ (faint membranous reactivity in 15% of cells), negative.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "en-current-positive-under-negative-history",
        "History: left breast carcinoma 2015, HER2 negative (IHC 1+).\n"
        "Right breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "HER2 IHC: 3+ (complete intense membrane staining in 95% of tumour cells).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "es-colon-sample-line",
        HX_ES
        + "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
        + ZERO_ES,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "es-dash-sample-line",
        HX_ES + "Mama derecha, biopsia con aguja gruesa — carcinoma infiltrante, grado 2.\n"
        "HER2 (IHQ): negativo, puntuación 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "es-lettered-sample-line",
        "Historia clínica: carcinoma de mama derecha (2017), HER2 positivo (IHQ 3+).\n"
        "B. Mama izquierda, tumorectomía: carcinoma lobulillar infiltrante.\n"
        "HER2 (IHQ): 0, negativo.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "es-datos-clinicos-sample-line",
        "Datos clínicos: carcinoma de mama izquierda en 2016, HER2 positivo (IHQ 3+).\n"
        "Mama derecha, BAG: carcinoma infiltrante, grado 2.\n" + ZERO_ES,
        "negative",
        {"ihc.score": "0"},
    ),
    # near-misses: a sample line that is the history's own stays earlier
    (
        "nm-sample-on-label-line-pending",
        "History: Right breast, core biopsy 2019: HER2 3+, treated with trastuzumab.\n"
        "Left breast, core biopsy: invasive ductal carcinoma. HER2 testing to follow.\n",
        "not_found",
        {},
    ),
    (
        "nm-sample-on-label-line-current-zero",
        "History: Right breast, core biopsy 2019: HER2 3+, treated with trastuzumab.\n"
        "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n" + ZERO_EN,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "nm-dated-sample-line-under-heading",
        "Clinical history:\nRight breast, core biopsy (2019): HER2 IHC 3+.\n"
        "Left breast, excision: invasive carcinoma. HER2 testing is pending.\n",
        "not_found",
        {},
    ),
    (
        "nm-undated-sample-line-under-bare-heading",
        "CLINICAL HISTORY:\nRight breast, core biopsy: HER2 3+, treated with trastuzumab.\n"
        "Left breast, excision: invasive carcinoma. HER2 testing is pending.\n",
        "not_found",
        {},
    ),
    (
        "nm-prior-sample-line-in-block",
        "History: breast carcinoma, on surveillance.\nPrior right breast, core biopsy: HER2 IHC 3+.\n"
        "Left breast, core biopsy: invasive carcinoma. HER2 testing to follow.\n",
        "not_found",
        {},
    ),
    (
        "nm-es-dated-sample-line-under-heading",
        "Antecedentes:\nMama izquierda, biopsia con aguja gruesa (2018): HER2 positivo (IHQ 3+).\n"
        "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante. HER2 pendiente.\n",
        "not_found",
        {},
    ),
    (
        "nm-es-dated-sample-line-current-zero",
        "Antecedentes:\nMama izquierda, biopsia con aguja gruesa (2018): HER2 positivo (IHQ 3+).\n"
        "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante.\n" + ZERO_ES,
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "nm-history-prose-no-sample-line",
        HX_EN + "HER2 testing on the current specimen is pending.\n",
        "not_found",
        {},
    ),
]

# --- B. a blood report quotes a tissue result from the history ----------------------------------
# devset17 b17-f05-07: a plasma (cfDNA) report whose requisition history says "HER2 POSITIVE
# (tissue IHC 3+)" and whose own ERBB2 line is NOT DETECTED read positive: the history's 3+ was
# the only status value left. A blood report's own sample is plasma; a tissue value it marks as
# earlier is history, not its result (facts.md §11; §7, §10 a blood "not detected" is no negative),
# so a value whose own sentence names a year before the report's latest is history
# (findings/earlier.py _dated_before_blood_test); a recent one of the same tumour still counts
# (devset5 b5-f05-06, devset6 b6-f05-04: a quoted diagnostic biopsy of the same year). A heading alone
# on its line ("PLASMA cfDNA RESULTS:") ends the history block above it (findings/earlier.py).
PLASMA_HX = (
    "LIQUID BIOPSY REPORT (plasma cfDNA)\n"
    "Collected: 2026-11-02. Reported: 2026-11-09.\n"
    "Clinical history (from requisition): breast IDC 2019, HER2 POSITIVE (tissue IHC 3+), treated with trastuzumab.\n"
    "PLASMA cfDNA RESULTS:\n"
)
BLOOD_HISTORY: list[Case] = [
    (
        "plasma-requisition-history-ihc3-not-detected",
        PLASMA_HX + "  ERBB2 amplification ...... NOT DETECTED\n  PIK3CA E545K ............. 0.6 %\n"
        "  Tumor fraction ........... 1.2 % (low)\n"
        "COMMENT: ERBB2 amplification was not detected in plasma; low tumor fraction may limit sensitivity.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "plasma-gastric-history-sentence",
        "Plasma ctDNA report\nCollected: 2026-11-02. Reported: 2026-11-09.\nClinical history: gastric adenocarcinoma, HER2 positive (IHC 3+) on the 2021 biopsy, "
        "treated with trastuzumab.\nGenomic findings in plasma: ERBB2 amplification not detected. KRAS G12D detected (1.4%).\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "plasma-spanish-antecedentes",
        "BIOPSIA LÍQUIDA - ADN tumoral circulante (plasma)\nFecha de extracción: 02/11/2026. Informe: 09/11/2026.\n"
        "Antecedentes: carcinoma de mama izquierda en 2019, HER2 positivo (IHQ 3+), tratado con trastuzumab.\n"
        "Resultados en plasma:\n  ERBB2 amplificación: NO DETECTADA\n  PIK3CA H1047R: 0,9 %\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "plasma-history-negative-not-detected",
        "LIQUID BIOPSY REPORT (plasma cfDNA)\nCollected: 2026-11-02. Reported: 2026-11-09.\nClinical history (from requisition): breast IDC 2019, HER2 negative "
        "(tissue IHC 1+).\nPLASMA cfDNA RESULTS:\n  ERBB2 amplification ...... NOT DETECTED\n"
        "  Tumor fraction ........... 1.2 % (low)\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "plasma-history-no-erbb2-line",
        "LIQUID BIOPSY (cfDNA) - PLASMA\nCollected: 2026-11-02. Reported: 2026-11-09.\nHistory: breast carcinoma 2018, HER2-positive (IHC 3+, FISH ratio 4.6).\n"
        "Plasma results: PIK3CA E542K 0.5%; TP53 R248W 0.7%. No other alterations detected.\n",
        "not_found",
        {},
    ),
    # near-misses: the blood test's own amplification still decides; a tissue report keeps its result
    (
        "nm-plasma-amplification-detected-under-history",
        PLASMA_HX
        + "  ERBB2 amplification ...... DETECTED (plasma copy number 3.4)\n  Tumor fraction ........... 8 %\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "nm-plasma-recent-same-tumour-biopsy-quoted",
        "cfDNA REPORT\nDiagnosis: adenocarcinoma of the gastroesophageal junction, metastatic\n"
        "Clinical information (from requisition): HER2 IHC 3+ on the diagnostic GEJ biopsy (BX-26-0917, "
        "07/2026); on trastuzumab + FOLFOX.\n\nRESULTS (plasma, drawn 11/06/2026)\n"
        "  ERBB2 amplification ............. NOT DETECTED\nReviewed 11/14/2026\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "nm-tissue-report-history-then-current-zero",
        "Clinical history: left breast carcinoma 2019, HER2 positive (IHC 3+).\n"
        "Right breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC: 0 (no staining). Plasma testing may be considered.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]

# --- C. another patient's case in a tumour board's list ----------------------------------------
# probe13 subj-tumour-board-list: "Breast multidisciplinary meeting - case list" with one case a
# line ("1. S26-1011: invasive ductal carcinoma, HER2 3+, ...") and "3. S26-1090 (this patient):
# core biopsy, HER2 pending." read the first case's 3+ as this patient's. An item of a case list
# that marks another item as this patient is another patient's (findings/case_list.py,
# samples.toml case-list-item and case-list-self); a list with no such mark is left alone.
BOARD = "Breast multidisciplinary meeting - case list 14/11/2026\n"
BOARD_LIST: list[Case] = [
    (
        "board-this-patient-1plus",
        BOARD + "1. S26-1011: invasive ductal carcinoma, HER2 3+, for neoadjuvant TCHP.\n"
        "2. S26-1042: invasive lobular carcinoma, HER2 0, ER positive.\n"
        "3. S26-1090 (this patient): core biopsy, invasive ductal carcinoma, HER2 IHC 1+ (negative).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "board-arrow-current-patient",
        BOARD + "1. S26-1011: invasive ductal carcinoma, HER2 IHC 3+.\n"
        "2. S26-2231: invasive ductal carcinoma, HER2 IHC 0   <- current patient\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "board-case-numbers-ish",
        "Tumour board 02/12/2026\n- Case 1: invasive carcinoma, HER2 3+ (FISH amplified, ratio 6.0).\n"
        "- Case 2 (this patient): invasive carcinoma, HER2 IHC 2+, FISH not amplified (ratio 1.3). HER2 negative.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    (
        "board-spanish-esta-paciente",
        "Comité de tumores de mama - lista de casos 14/11/2026\n"
        "1. B26-1011: carcinoma ductal infiltrante, HER2 positivo (3+).\n"
        "2. B26-1090 (esta paciente): biopsia con aguja gruesa, HER2 1+ (negativo).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-misses: this patient's own item counts; a list that marks no item is left alone
    (
        "nm-board-this-patient-positive",
        BOARD + "1. S26-1011: invasive lobular carcinoma, HER2 0.\n"
        "2. S26-1090 (this patient): invasive ductal carcinoma, HER2 IHC 3+ (complete intense staining), positive.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "nm-samples-list-no-mark",
        "Right breast, two lesions:\n1. S26-1011 (10 o'clock core): invasive ductal carcinoma, HER2 IHC 3+.\n"
        "2. S26-1012 (2 o'clock core): invasive ductal carcinoma, HER2 IHC 1+.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]

CASES = HISTORY_BLOCK + BLOOD_HISTORY + BOARD_LIST

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


def test_case_ids_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)
    assert set(NOT_YET) <= {c[0] for c in CASES}


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CASES, NOT_YET))
def test_phrase_reads_as_written(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
