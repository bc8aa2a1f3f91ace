"""fix14 (session 14): devset16's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status

Case = PhraseCase


# --- A. a class of tumours defined by criteria in brackets, the subject of an eligibility -------
# devset16 b16-f06-05: "HER2-positive mCRC (HERACLES: 3+ in >=50%, or 3+ in >10% to <50% / 2+ in
# >=50% confirmed by ISH) may be eligible for tucatinib + trastuzumab; this tumour does not meet
# criteria" read as this tumour's IHC 3+ over its own 1+ (NEGATIVE): positive. The bracket after
# "HER2-positive <class>" says who qualifies (ihc.toml class-criteria-after-name).
CLASS_CRITERIA: list[Case] = [
    (
        "crc-heracles-bracket",
        "Adenocarcinoma, sigmoid colon. KRAS wild-type.\n"
        "HER2 IHC (4B5): 1+ in 40% of tumour cells. HER2 RESULT: NEGATIVE\n"
        "Comment: HER2-positive mCRC (HERACLES: 3+ in >=50%, or 3+ in >10% to <50% / 2+ in >=50% confirmed by\n"
        "ISH) may be eligible for tucatinib + trastuzumab; this tumour does not meet criteria.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "gastric-cancers-bracket",
        "Gastric adenocarcinoma, biopsy.\nHER2 IHC: 1+ (negative).\n"
        "Note: HER2-positive gastric cancers (IHC 3+ in >=10% of tumour cells) are eligible for trastuzumab.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "disease-bracket-qualify",
        "Colon adenocarcinoma, liver metastasis.\nHER2 IHC: 0.\n"
        "HER2-positive metastatic disease (IHC 3+ in at least 50% of cells) may qualify for tucatinib.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "es-tumores-positivos",
        "Adenocarcinoma gástrico. HER2 (IHQ): 1+ (negativo).\n"
        "Los tumores HER2 positivos (IHQ 3+ en >=10% de las células) pueden ser candidatos a trastuzumab.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-misses: this tumour's own result with an eligibility stays positive
    (
        "near-this-tumour-bracket",
        "Colon adenocarcinoma.\nHER2 IHC: 3+ in 80% of tumour cells.\n"
        "This HER2-positive tumour (IHC 3+ in 80% of cells) may be eligible for tucatinib + trastuzumab.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "near-result-bracket-eligible",
        "Gastric adenocarcinoma.\nHER2: positive (IHC 3+ in 60% of cells); eligible for trastuzumab.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), CLASS_CRITERIA, ids=[c[0] for c in CLASS_CRITERIA]
)
def test_class_criteria_bracket(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a drug's approval wrapped onto the next line before the score --------------------------
# devset16 b16-f07-07: "Trastuzumab deruxtecan has tumour-agnostic FDA approval for" / "IHC 3+ solid
# tumours; 2+ is not covered" read as this tumour's 3+ over its 2+ (equivocal): the sentence of a
# value read past its mention's statement was searched from the value's own line only. A line that
# ends in a joining word (or a next line opening in lower case) wraps one sentence
# (findings/prose_lines.py prose_line_start).
_LUNG = (
    "Cell block shows metastatic non-small cell carcinoma, favour adenocarcinoma.\n"
    "Predictive markers on cell block 4R:\n- PD-L1 (SP263): tumour proportion score 60%\n"
)
APPROVAL_WRAPPED: list[Case] = [
    (
        "tdxd-approval-for-wrapped",
        _LUNG + "- HER2 (4B5), performed at request of MDT for trial eligibility:\n"
        "  moderate complete membrane staining in about 30% of tumour cells = 2+ (equivocal).\n"
        "  Reflex HER2 SISH has been requested; the result will be issued in Interim Report #2.\n\n"
        "Note: HER2 IHC scoring in lung is not standardised; the gastric scoring system is used\n"
        "for descriptive purposes. Trastuzumab deruxtecan has tumour-agnostic FDA approval for\n"
        "IHC 3+ solid tumours; 2+ is not covered by that approval.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "tdxd-approved-in-wrapped",
        _LUNG + "- HER2 (4B5): 1+ (faint incomplete staining, 20% of cells).\n\n"
        "Note: HER2 scoring in lung follows the gastric system. T-DXd is approved in\n"
        "IHC 3+ unresectable solid tumours after prior therapy.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "tdxd-licensed-with-wrapped",
        _LUNG + "- HER2 IHC (4B5): 0, no staining.\n\n"
        "Comment: HER2 testing in NSCLC is not standardised. Trastuzumab deruxtecan is licensed for patients with\n"
        "IHC 3+ solid tumours.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # near-miss: this tumour's own 3+ stays positive beside the approval note
    (
        "near-own-3plus-with-approval-note",
        _LUNG + "- HER2 (4B5): 3+ (strong complete membrane staining in 40% of cells).\n\n"
        "Note: HER2 scoring in lung follows the gastric system. Trastuzumab deruxtecan has approval for\n"
        "IHC 3+ solid tumours.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), APPROVAL_WRAPPED, ids=[c[0] for c in APPROVAL_WRAPPED]
)
def test_approval_wrapped_onto_score_line(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. Spanish "si" before the test that would settle the status -----------------------------
# devset16 b16-f08-07: "Si la ISH resulta amplificada el tumor se considerará HER2 positivo; si no,
# HER2 negativo" under an IHC 2+ with ISH requested read as an amplified ISH: positive. The English
# "If ISH is amplified ..." was a condition; the Spanish "si" named only a result or a count
# (context.toml hypothetical-condition; ihc.toml condition-inside after a "Nota:" label).
_ES_2PLUS = (
    "Perfil inmunohistoquímico (mama):\n  RE 80% · RP 5% · Ki-67 35%\n"
    "  HER2 (4B5): 2+ (tinción de membrana completa, débil a moderada, 60% de las células).\n"
    "  Resultado: DUDOSO (no concluyente / limítrofe).\n"
    "  Se ha solicitado hibridación in situ (ISH, doble sonda); el resultado se emitirá en\n"
    "  un informe complementario.\n\n"
)
SPANISH_IF_ISH: list[Case] = [
    (
        "es-si-la-ish-resulta",
        _ES_2PLUS + 'Nota para la paciente y el equipo: HER2 2+ no significa "HER2 positivo". Si la ISH\n'
        "resulta amplificada el tumor se considerará HER2 positivo; si no, HER2 negativo (HER2-bajo).\n",
        "equivocal",
        {"ihc.score": "2+", "ish": None},
    ),
    (
        "es-si-el-ish-comma",
        _ES_2PLUS + "Nota: Si el ISH resulta amplificado, el tumor se considerará HER2 positivo.\n",
        "equivocal",
        {"ish": None},
    ),
    (
        "es-si-la-hibridacion",
        _ES_2PLUS
        + "Comentario: si la hibridación in situ muestra amplificación, el carcinoma será HER2 positivo.\n",
        "equivocal",
        {"ish": None},
    ),
    (
        "es-si-la-fish-confirma",
        _ES_2PLUS
        + "Nota: si la FISH confirma amplificación, se considerará HER2 positivo y candidato a trastuzumab.\n",
        "equivocal",
        {"ish": None},
    ),
    # near-misses: a stated ISH result stays; "sí" (yes) is no condition
    (
        "near-es-ish-amplificada-stated",
        "Mama, biopsia. HER2 (4B5): 2+.\nISH (doble sonda): AMPLIFICADA, cociente HER2/CEP17 2,8. HER2 POSITIVO.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "near-es-si-yes",
        "Mama, biopsia. HER2 (4B5): 2+.\n¿Amplificación por ISH? Sí: cociente HER2/CEP17 3,1 (amplificado).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), SPANISH_IF_ISH, ids=[c[0] for c in SPANISH_IF_ISH]
)
def test_spanish_if_ish_condition(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. a scoring key written as a sentence: "3+ = strong complete staining in >10%; 2+ = ..." ---
# devset16 b16-f01-06: a methods note "HER2 ... is scored per ASCO/CAP 2018 (3+ = strong complete
# staining in >10%; 2+ = weak-moderate complete staining in >10%; 1+ = ...)" under a heading
# "METHODS / DISCLAIMER" read as IHC 3+ where HER2 was not reported: positive. Its rows gave a share
# and no category, so they were taken for a staining distribution ("3+ 60%, 2+ 30%"). Two scores
# defined by their staining on one row are a key (ihc.toml score-defined-as-staining); "METHODS /
# DISCLAIMER" is a methods heading (sections.toml section-header).
_NOT_DONE = (
    "Left breast, partial mastectomy: invasive ductal carcinoma, grade 2.\n"
    "  HER2 (by immunohistochemistry)........ [X] Not reported on this specimen - see comment\n\n"
)
_KEY = (
    " HER2 in this laboratory, when performed, uses clone 4B5 and is scored per ASCO/CAP 2018 (3+ = strong complete\n"
    " staining in >10%; 2+ = weak-moderate complete staining in >10%; 1+ = faint incomplete staining\n"
    " in >10%; 0 = no staining or <=10%). These tests were developed by the laboratory.\n"
)
SCORING_KEY_SENTENCE: list[Case] = [
    ("key-methods-disclaimer", _NOT_DONE + "METHODS / DISCLAIMER\n" + _KEY, "not_found", {}),
    ("key-under-comment", _NOT_DONE + "COMMENT\n" + _KEY, "not_found", {}),
    ("key-technical-notes", _NOT_DONE + "TECHNICAL NOTES\n" + _KEY, "not_found", {}),
    (
        "key-after-own-negative",
        "Breast core: invasive carcinoma.\nHER2 IHC (4B5): 1+ (negative).\n\nNOTE\n"
        " HER2 is scored per ASCO/CAP 2018: 3+ = strong complete staining in >10% of cells; 2+ = weak to moderate "
        "complete staining in >10%; 0 = no staining.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "key-spanish",
        "Mama, biopsia. HER2 no realizado en esta muestra.\n\nMétodo: HER2 se puntúa según ASCO/CAP 2018 (3+ = tinción "
        "completa intensa en >10%; 2+ = tinción completa débil o moderada en >10%; 1+ = tinción incompleta débil).\n",
        "not_found",
        {},
    ),
    # near-misses: a staining distribution and one defined score of this tumour stay results
    (
        "near-distribution-row",
        "Gastric biopsy: adenocarcinoma.\nHER2 IHC (4B5): 3+ 60%, 2+ 30%, 1+ 10%.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "near-one-defined-score",
        "Breast core: invasive carcinoma.\nHER2 IHC: 3+ = strong complete staining in 80% of tumour cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), SCORING_KEY_SENTENCE, ids=[c[0] for c in SCORING_KEY_SENTENCE]
)
def test_scoring_key_sentence(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a ruler after a table's rows closes the table -------------------------------------------
# devset16 b16-f12-06: "HER2 lHC (HercepTest):  0  (n0 staining ...)" over "-> NEGATlVE", a ruler and
# 'N0te: case number prefix "3+" is a 10gistics c0de ...': the line was taken for a header row
# (HercepTest names HER2), and its "column" ran past the ruler into the note, whose "3+" became
# the score: positive for a negative report. A ruler after rows ends the table (findings/rulers.py).
_RULER = " ----------------------------------------------------------------------------\n"
RULER_CLOSES_TABLE: list[Case] = [
    (
        "ocr-hercep-ruler-note",
        " Spec: R breast c0re 2/3 (2 0f 3 c0res with tum0ur),  bl0ck 1/2\n"
        + _RULER
        + " DlAGN0SlS: lnvasive duct al carcin0ma, grade l/3, 7 mm in c0re.\n"
        " ER  8/8 (All red)     PR  7/8      Ki-67  5 %\n"
        " HER2 lHC (HercepTest):  0  (n0 staining 0bserved in invasive tum0r cells)\n"
        "         -> NEGATlVE\n"
        + _RULER
        + ' N0te: case number prefix "3+" is a 10gistics c0de (batch 3+) and is n0t a\n'
        " HER2 sc0re. Rm 3+2B = 0ncology day unit r0om.\n",
        "negative",
        {},
    ),
    (
        "clean-hercep-ruler-note",
        "Right breast core: invasive ductal carcinoma.\n"
        " HER2 IHC (HercepTest):  0  (no staining observed in invasive tumor cells)\n"
        "         -> NEGATIVE\n" + _RULER + ' Note: the "3+" in the accession number is a batch code.\n',
        "negative",
        {},
    ),
    (
        "equals-ruler-room-code",
        "Breast core biopsy: invasive carcinoma.\n"
        " HER2 IHC (HercepTest):   1+   (faint incomplete staining in 20% of cells)\n"
        "         = NEGATIVE\n ==========================================\n"
        " Clinic room 3+2B; batch 3+ / tray 2+.\n",
        "negative",
        {},
    ),
    # near-misses: a ruler under a header row underlines it; the rows below stay the column's
    (
        "near-ruler-under-header",
        "Breast, core biopsy: invasive carcinoma.\n"
        "Block    ER        PR        HER2      Ki-67\n"
        "-----    --        --        ----      -----\n"
        "A1       90        70        3+        15\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), RULER_CLOSES_TABLE, ids=[c[0] for c in RULER_CLOSES_TABLE]
)
def test_ruler_closes_table(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. the pre-treatment biopsy's result, its label damaged by OCR -----------------------------
# devset16 b16-f02-06: "Pre-treatmnt bi opsy (SG-26-2203, 03/2026) : HER2 lHC 3+" above the residual
# tumour's own "2+ equivocal ... FISH sent" in a post-neoadjuvant excision read positive: the
# misspelt "treatmnt" no longer marked the earlier sample (samples.toml pre-treatment).
_POST = " Spec: LEFT BREAST, SEGMENTAL EXCISION, post neo adjuvant chemo\n DIAGNOSIS: residual invasive ductal carcinoma, 8 mm, with treatment effect\n"
_RESIDUAL_2PLUS = "\n Residual tumour, blk A5 (repeat as requested):\n HER2 IHC (4B5): 2+ equivocal -- HER2 FISH sent to reference lab, result to follow.\n"
PRE_TREATMENT_OCR: list[Case] = [
    (
        "pre-treatmnt-bi-opsy",
        _POST
        + " Pre-treatmnt bi opsy (SG-26-2203 , 03/2026) : HER2 lHC 3+ ; ER 0 ; PR 0\n"
        + _RESIDUAL_2PLUS,
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "pre-treatrnent-core",
        _POST + " Pre-treatrnent core (03/2026): HER2 IHC 3+, ER 0, PR 0\n" + _RESIDUAL_2PLUS,
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "pre-treat-ment-split",
        _POST + " Pre-treat ment biopsy: HER2 IHC 3+ (positive)\n" + _RESIDUAL_2PLUS,
        "equivocal",
        {"ihc.score": "2+"},
    ),
    # near-miss: the residual tumour's own 3+ stays positive under a pre-treatment 1+
    (
        "near-residual-3plus",
        _POST
        + " Pre-treatmnt biopsy (03/2026): HER2 IHC 1+\n\n Residual tumour, blk A5:\n HER2 IHC (4B5): 3+ (positive)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), PRE_TREATMENT_OCR, ids=[c[0] for c in PRE_TREATMENT_OCR]
)
def test_pre_treatment_label_ocr(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. a cut-off's category in a cell under a header row ---------------------------------------
# devset16 b16-f10-04: "ADDENDUM  06/10/2026  - HER2 DUAL lSH (Ventana ...)" was taken for a header
# row (three cells) and "(amp1ified if >= 2.0)" beside the ratio for a cell under its HER2 column:
# an amplified ISH over the stated "NOT AMPLIFIED": positive for a negative report. A cell's
# amplification word followed by a cut-off is the key's category (ish.toml amp-defined-after).
_ORIGINAL_2PLUS = (
    " Original report 01/10/2026: Invasive carcinoma NST, grade 3, right breast\n"
    " core; ER 0/8, PR 0/8, HER2 IHC 2+ (equivocal), ISH to follow.\n"
    " ----------------------------------------------------------------------\n"
)
CUTOFF_CELL: list[Case] = [
    (
        "addendum-dated-header-if-cutoff",
        _ORIGINAL_2PLUS + " ADDENDUM  06/10/2026  - HER2 DUAL ISH (Ventana INFORM HER2 Dual ISH)\n"
        "   Cells counted  20    HER2 mean   3.1    Chr17 mean   2.6\n"
        "   HER2 : Chr17 ratio   1.2        (amplified if >= 2.0)\n"
        "   Result:  HER2 NOT AMPLIFIED   (ASCO/CAP 2018 group 5)\n FINAL HER2 STATUS: NEGATIVE\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "addendum-ocr-header-if-cutoff",
        _ORIGINAL_2PLUS + " ADDENDUM  06/10/2026  - HER2 DUAL lSH (Ventana lNF0RM HER2 Dual lSH)\n"
        "   Ce11s c0unted  20    HER2 mean   3.1    Chr17 mean   2.6\n"
        "   HER2 : Chr17 rati0   l.2        (amp1ified if >= 2.0)\n"
        "   Resu1t:  HER2 N0T AMPLlFlED   (ASC0/CAP 2018 gr0up 5)\n FlNAL HER2 STATUS: NEGATlVE\n",
        "negative",
        {},
    ),
    (
        "supplement-header-if-ratio",
        _ORIGINAL_2PLUS
        + " SUPPLEMENTARY REPORT  07/10/2026  - HER2 DUAL ISH (Ventana INFORM HER2 Dual ISH)\n"
        "   Nuclei  40    HER2 mean   2.8    CEP17 mean   2.2\n"
        "   HER2/CEP17 ratio   1.3        (amplified if ratio >= 2.0)\n"
        "   Result:  HER2 NOT AMPLIFIED\n",
        "negative",
        {},
    ),
    # near-miss: a stated amplified cell stays the result
    (
        "near-amplified-cell",
        _ORIGINAL_2PLUS + " ADDENDUM  06/10/2026  - HER2 DUAL ISH (Ventana INFORM HER2 Dual ISH)\n"
        "   Cells counted  20    HER2 mean   8.1    Chr17 mean   2.0\n"
        "   HER2 : Chr17 ratio   4.1        AMPLIFIED\n FINAL HER2 STATUS: POSITIVE\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("cid", "text", "status", "keys"), CUTOFF_CELL, ids=[c[0] for c in CUTOFF_CELL])
def test_cutoff_category_cell(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H. a "Reference:" label before the key's first word ---------------------------------------
# devset16 b16-f12-02: a PDF-extracted FISH table whose criteria split over two columns,
# "Reference: ratio    amplified; ratio <2.0" / ">=2.0 with mean     with mean <4.0: not" /
# ">=4.0:              amplified", gave "Final HER2 NEGATIVE (with IHC 2+)" an amplified ISH:
# positive. A key row labelled "Reference:" at a line's start, before a word of the key ("ratio",
# "amplified", "negative"), is a legend (context.toml legend-reference-row); a "(reference: ratio
# >=2.0 = amplified)" aside inside a result's lines is not (devset16 b16-f06-10 stays negative).
REFERENCE_LABEL: list[Case] = [
    (
        "pdf-two-column-reference",
        "LINNET  MOLECULAR  PATHOLOGY   -   FISH RESULT  (extracted from PDF)   LMP-26-5577\n"
        "Patient CORCORAN, Bríd | DOB 1958-12-01 | Breast, R, excision A6 | IHC HER2 2+ (ref.)\n"
        "HER2/CEP17 dual probe FISH\n"
        "Cells    HER2        CEP17       HER2/\n"
        "counted  signals     signals     CEP17\n"
        "                                 ratio\n"
        "20       46          40          1.15\n"
        "Average HER2 copy   2.3\n"
        "number / cell\n"
        "Average CEP17       2.0\n"
        "copy number / cell\n"
        "Interpretation      NOT AMPLIFIED (ASCO/\n"
        "                    CAP 2018 Group 5)\n"
        "Final HER2          NEGATIVE\n"
        "(with IHC 2+)\n"
        "Reference: ratio    amplified; ratio <2.0\n"
        ">=2.0 with mean     with mean <4.0: not\n"
        ">=4.0:              amplified\n"
        "Tech: 3 | Slide 2/2 | Run 26-114 | Reviewed: Dr. Fenella Ashdown-Uchenna 2026-07-30\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "reference-ratio-columns",
        "HER2/CEP17 dual probe FISH, breast excision (IHC 2+)\n"
        "Average HER2 copy   2.3\n"
        "Average CEP17       2.0\n"
        "HER2/CEP17 ratio    1.15\n"
        "Interpretation      NOT AMPLIFIED (ASCO/\n"
        "                    CAP 2018 Group 5)\n"
        "Final HER2          NEGATIVE\n"
        "(with IHC 2+)\n"
        "Reference: ratio    amplified; ratio <2.0\n"
        ">=2.0 with mean     with mean <4.0: not\n"
        ">=4.0:              amplified\n",
        "negative",
        {},
    ),
    (
        "reference-negative-group",
        "HER2 SISH, breast core (IHC 2+)\n"
        "Mean HER2 / nucleus   3.0\n"
        "Ratio HER2:CEP17      1.4\n"
        "Result                NOT AMPLIFIED\n"
        "Final HER2            NEGATIVE\n"
        "Reference: negative   group 5; positive\n"
        "(ratio <2.0)          group 1 (amplified)\n",
        "negative",
        {},
    ),
    (
        "reference-ratio-cutoff",
        "HER2 DDISH, gastric biopsy (IHC 2+)\n"
        "HER2/CEP17 ratio    1.3\n"
        "Final HER2          NEGATIVE\n"
        "Reference: ratio    >=2.0: amplified\n",
        "negative",
        {},
    ),
    # near-misses: a reference laboratory's name is no key; an amplified result stays; the
    # reference aside in brackets inside a result's lines keeps the result (devset16 b16-f06-10)
    (
        "near-reference-aside-in-result-lines",
        "Diagnosis: Adenocarcinoma, intestinal type, gastric resection.\n\nHER2 (resection criteria, >=10% cells):\n"
        "  IHC 4B5: 2+ - weak-to-moderate lateral/basolateral staining in ~25% of tumour cells\n"
        "  Dual FISH:  HER2 signals/nucleus 2.9 | CEP17/nucleus 2.2 | HER2:CEP17 1.32\n"
        "              (reference: ratio >=2.0 = amplified / positive)\n"
        "  FISH: NOT AMPLIFIED\n  Final HER2 status: NEGATIVE (IHC 2+, FISH not amplified)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "near-reference-lab-name",
        "Gastric biopsy. HER2 IHC: 3+ (positive).\nReference: Quest Diagnostics, accession Q-1234.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "near-amplified-with-reference",
        "HER2 DDISH, breast core (IHC 2+)\nHER2/CEP17 ratio    4.2\nResult              AMPLIFIED\n"
        "Final HER2          POSITIVE\nReference: ratio    >=2.0: amplified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), REFERENCE_LABEL, ids=[c[0] for c in REFERENCE_LABEL]
)
def test_reference_label_key(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- I. a result the lab could not give, and an old result quoted from the notes ---------------
# devset16 b16-f11-10: a node core with too little tumour, "HER2: NOT REPORTED ... the distinction
# between 0, "0+ (ultralow)" and 1+ cannot be made ... HER2 indeterminate (insufficient tumour)",
# under "Clinical: R breast Ca 2012 (mastectomy; ER+, HER2 "negative, low" per old notes)", read
# negative. Scores the lab could not tell apart and an "indeterminate (insufficient tumour)" are no
# result (context.toml failed-cannot-determine); "breast Ca 2012" names the dated primary as
# "breast carcinoma 2012" does (samples.toml dated-primary, earlier-sample).
NO_RESULT_OLD_NOTES: list[Case] = [
    (
        "node-not-reported-old-notes",
        "PRIORY FIELDS HOSPITAL - HISTOPATHOLOGY\n"
        "Lab no. PF26/11934        Name: HAYWARD-NKEMELU, Joan      DOB 03/03/1949\n"
        "Specimen: Right axillary lymph node, core biopsy (recurrent breast carcinoma?)\n"
        'Clinical: R breast Ca 2012 (mastectomy; ER+, HER2 "negative, low" per old notes).\n'
        'Oncologist asks: "HER2-low or ultralow? For T-DXd discussion."\n'
        "\n"
        "Microscopy: Two cores of lymph node with sinusoidal and capsular involvement by\n"
        "metastatic carcinoma, consistent with breast origin (GATA3 positive). The invasive tumour\n"
        "in the cores is sparse (estimated 60 tumour cells) and shows crush artefact.\n"
        "\n"
        "ER: positive (approximately 80%), assessed on the limited tumour present.\n"
        "HER2: NOT REPORTED. The amount of viable, uncrushed tumour is below the minimum needed for\n"
        'a reliable HER2 score, and the distinction between 0, "0+ (ultralow)" and 1+ cannot be made\n'
        "on this material. HER2 status cannot be determined. A repeat biopsy, or HER2 testing on\n"
        "the 2012 mastectomy block (held at this hospital, PF12/04410) is suggested if HER2-low /\n"
        "ultralow status will change management.\n"
        "\n"
        "Conclusion: Metastatic breast carcinoma in axillary lymph node, ER positive; HER2\n"
        "indeterminate (insufficient tumour).\n"
        "Dr. Sebastian Oduya-Frankland, Consultant Pathologist    08/11/2026\n",
        "not_found",
        {},
    ),
    (
        "old-notes-ca-year-not-performed",
        "Specimen: Left axillary lymph node, core biopsy (recurrent breast carcinoma)\n"
        "Clinical: L breast Ca 2016 (lumpectomy; ER+, HER2 negative per old notes).\n"
        "Microscopy: metastatic carcinoma, breast origin, sparse and crushed.\n"
        "HER2: not performed on this material (insufficient tumour).\n",
        "not_found",
        {},
    ),
    (
        "distinction-cannot-be-made",
        "Specimen: Right axillary lymph node core.\n"
        "Microscopy: metastatic breast carcinoma, scant and crushed.\n"
        "HER2: NOT REPORTED. The distinction between 1+ and 2+ cannot be made on this crushed material.\n",
        "not_found",
        {},
    ),
    (
        "indeterminate-insufficient-tumour",
        "Specimen: Liver core biopsy, metastatic breast carcinoma.\n"
        "HER2 IHC: indeterminate (insufficient tumour). Repeat biopsy suggested.\n",
        "not_found",
        {},
    ),
    (
        "status-cannot-be-determined-scores",
        "Specimen: Pleural fluid cell block, metastatic breast carcinoma.\n"
        "HER2 status cannot be determined (scant tumour cells); 0 and 1+ could not be reliably distinguished.\n",
        "not_found",
        {},
    ),
    (
        "near-distinction-was-clear",
        "Specimen: Right axillary lymph node core.\n"
        "HER2 IHC (4B5): 1+ (faint incomplete staining), NEGATIVE. The distinction from 0 was clear on this material.\n",
        "negative",
        {},
    ),
    (
        "near-node-own-3plus-under-diagnosis",
        "Specimen: Left axillary lymph node, core biopsy (recurrent breast carcinoma)\n"
        "Clinical: L breast Ca 2016 (ER+, HER2 negative).\n"
        "\n"
        "DIAGNOSIS: Metastatic breast carcinoma in lymph node.\n"
        "HER2 IHC (4B5): 3+ (strong complete staining, 90%). POSITIVE.\n",
        "positive",
        {},
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "status", "keys"), NO_RESULT_OLD_NOTES, ids=[c[0] for c in NO_RESULT_OLD_NOTES]
)
def test_no_result_and_old_notes(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- J. "then <score>, now <score>" ---------------------------------------------------------------
# probe13 b2-en-then-now: "HER2: then 3+, now 1+" read 3+; "then" alone is too common a word to mark
# an earlier value, but a value "then" leads with a "now" value right after it is the earlier one
# (context.toml earlier-after-then-now).
THEN_NOW: list[Case] = [
    (
        "then-now-comma",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2: then 3+, now 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "then-now-semicolon-ihc",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC: then 3+; now 0 (no staining).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "es-entonces-ahora",
        "Biopsia hepática: carcinoma de mama metastásico.\nHER2: entonces 3+, ahora 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "then-but-now",
        "Lung, core biopsy: metastatic breast carcinoma.\nHER2 IHC then 3+ but now 1+ (faint incomplete).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # near-misses: "then" as a sequence word, and a current 3+ after an earlier 1+
    (
        "near-then-fish",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC: 3+, then FISH was requested.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "near-then-1plus-now-3plus",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2: then 1+, now 3+ (strong complete staining).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("cid", "text", "status", "keys"), THEN_NOW, ids=[c[0] for c in THEN_NOW])
def test_then_now_pair(cid: str, text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
