"""fix13 (session 13): devset15's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status

Case = PhraseCase


# --- A. an earlier sample named right after the value ("versus 3+ in the 2021 primary") ---------
# devset15 b15-f02-09: the comment "HER2 1+ in the current effusion, versus 3+ in the 2021 primary"
# gave the 2021 primary's 3+ as a second score of this effusion: positive. The words after a value
# that place it in an earlier sample (named by its year, or as the original, prior, initial or
# pre-treatment one) make it an earlier value, set aside by the lower current value.
EARLIER_AFTER: list[Case] = [
    (
        "effusion-versus-2021-primary",
        "Pleural fluid, cell block. Metastatic carcinoma, breast primary.\n"
        "HER2 (4B5) on cell block: 1+, NEGATIVE.\n"
        "Comment: HER2 1+ in the current effusion, versus 3+ in the 2021 primary.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "liver-was-3-on-original-biopsy",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "HER2 IHC: 0 (negative).\nNote: HER2 was 3+ on the original biopsy.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "recurrence-prior-core",
        "Chest wall recurrence, excision: invasive ductal carcinoma.\n"
        "HER2 IHC on this recurrence: 1+ (negative). By comparison, HER2 was 3+ in the prior core biopsy.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "node-2plus-primary-bracket-year",
        "Axillary lymph node, excision: metastatic breast carcinoma.\n"
        "HER2 IHC 2+ (equivocal); 3+ in the primary (2020). ISH to follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "spanish-tumor-primario-de-2019",
        "Metástasis hepática, biopsia con aguja gruesa: carcinoma de mama metastásico.\n"
        "HER2 (IHQ): 1+ (negativo), frente a 3+ en el tumor primario de 2019.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

EARLIER_AFTER_NEAR_MISSES: list[Case] = [
    (
        "same-as-prior-biopsy",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC: 3+ (positive), as in the prior biopsy.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "unchanged-from-previous",
        "Bone metastasis, breast carcinoma.\nHER2 IHC 3+, unchanged from the previous biopsy.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "in-the-primary-tumour-undated",
        "Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC 3+ in the primary tumour; DCIS not scored.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "current-effusion-only",
        "Pleural fluid, cell block: metastatic breast carcinoma.\nHER2 1+ in the current effusion.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


# --- A2. after treatment: the disease a value describes, then its pre-treatment sample --------
# devset15 b15-f02-03: residual disease after neoadjuvant therapy, not re-tested; the comment "in a
# patient with HER2-positive breast cancer per the diagnostic biopsy" was read as this sample's
# positive. facts.md §11: a sample after treatment that was not re-tested is not_found.
PRE_TREATMENT_AFTER: list[Case] = [
    (
        "per-the-diagnostic-biopsy",
        "Right breast excision after neoadjuvant chemotherapy: residual invasive carcinoma, 6 mm. ypT1b.\n"
        "Residual tumour: receptor testing has not been repeated.\n\n"
        "Comment: residual disease after neoadjuvant therapy in a patient with HER2-positive breast cancer "
        "per the diagnostic biopsy.\n",
        "not_found",
        {},
    ),
    (
        "according-to-pre-treatment-core",
        "Left breast mastectomy, post-neoadjuvant: residual invasive carcinoma, ypT2 ypN1a.\n"
        "HER2 not repeated on the residual tumour.\n"
        "Comment: HER2-positive disease according to the pre-treatment core biopsy.\n",
        "not_found",
        {},
    ),
    (
        "as-per-initial-biopsy",
        "Gastrectomy after neoadjuvant FLOT: residual adenocarcinoma, ypT3 ypN1.\n"
        "Comment: HER2 3+ carcinoma, as per the initial biopsy; HER2 was not repeated on the resection.\n",
        "not_found",
        {},
    ),
    (
        "bracket-per-diagnostic-core",
        "Right breast lumpectomy after neoadjuvant therapy: residual carcinoma, 4 mm (ypT1a).\n"
        "Comment: known HER2-positive tumour (per the diagnostic core biopsy); not re-tested.\n",
        "not_found",
        {},
    ),
    (
        "spanish-segun-biopsia-diagnostica",
        "Pieza de mastectomía tras neoadyuvancia: carcinoma residual de 8 mm (ypT1b).\n"
        "Comentario: carcinoma HER2 positivo según la biopsia diagnóstica; no se repite el estudio.\n",
        "not_found",
        {},
    ),
]

PRE_TREATMENT_AFTER_NEAR_MISSES: list[Case] = [
    (
        "residual-retested-negative",
        "Right breast excision after neoadjuvant chemotherapy: residual invasive carcinoma, ypT1c.\n"
        "HER2 IHC on the residual tumour: 1+ (negative).\n"
        "Comment: HER2-positive breast cancer per the diagnostic biopsy.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "residual-retested-positive",
        "Left breast mastectomy after neoadjuvant chemotherapy: residual carcinoma, ypT2.\n"
        "HER2 (residual tumour, block A9): 3+ positive.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


# --- B. a category of disease whose bracket a line break splits --------------------------------
# devset15 b15-f07-08: "T-DXd has an FDA tumour-agnostic approval for ... HER2-positive (IHC\n3+)
# solid tumours" under a urothelial carcinoma's IHC 1+ was read as 3+: the category rules
# (population-category-plural, hypothetical-category-*) missed a bracket split over two lines.
WRAPPED_CATEGORY: list[Case] = [
    (
        "urothelial-tumour-agnostic-approval",
        "Urothelial carcinoma, renal pelvis. HER2 (4B5) IHC score: 1+ (not overexpressed).\n\n"
        "Background note (not a result for this patient): T-DXd has an FDA tumour-agnostic approval for\n"
        "unresectable or metastatic HER2-positive (IHC\n3+) solid tumours.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "breast-low-candidates",
        "Invasive ductal carcinoma, left breast, core biopsy.\nHER2 IHC: 0 (no staining).\n\n"
        "Note: HER2-low (IHC 1+ or\n2+/ISH-) breast cancers are candidates for T-DXd.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "biliary-approved-for",
        "Gallbladder adenocarcinoma, cholecystectomy.\nHER2 IHC (4B5): 1+.\n\n"
        "Zanidatamab is approved for HER2-positive (IHC\n3+) biliary tract cancer.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "cancers-can-be-treated",
        "Salivary duct carcinoma, parotid.\nHER2 IHC: 1+ (negative).\n\n"
        "HER2-positive (IHC\n3+) cancers can be treated with trastuzumab.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

WRAPPED_CATEGORY_NEAR_MISSES: list[Case] = [
    (
        "own-result-wrapped",
        "Urothelial carcinoma, bladder, TURBT.\nHER2: positive (IHC\n3+) in the invasive carcinoma.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


# --- C. a criterion put as a condition ("amplificado si cociente ≥2,0") ------------------------
# devset15 b15-f08-07: a criteria reminder "FISH: amplificado si cociente HER2/CEP17 ≥2,0 con ≥4
# señales/célula" under an IHC 2+ with FISH sent out was read as FISH amplified: positive.
CRITERION_CONDITION: list[Case] = [
    (
        "spanish-si-cociente",
        "Carcinoma infiltrante de mama, BAG.\nHER2 (IHQ, clon 4B5): puntuación 2+, no concluyente.\n"
        "Se ha solicitado FISH; el resultado se emitirá en un informe complementario.\n\n"
        "Recordatorio de criterios: IHQ 3+ positivo; IHQ 0/1+ negativo. FISH: amplificado si cociente\n"
        "HER2/CEP17 ≥2,0 con ≥4 señales/célula.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "spanish-si-la-razon",
        "Carcinoma de mama, biopsia.\nHER2 (IHQ): 1+ (negativo).\n\n"
        "Nota: se considera amplificado si la razón HER2/CEP17 es ≥2.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "spanish-cuando-el-cociente",
        "Adenocarcinoma gástrico, biopsia endoscópica.\nHER2 (IHQ): 0.\n\n"
        "Criterios: FISH amplificado cuando el cociente HER2/CEP17 es ≥2,0.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "english-when-the-ratio",
        "Invasive carcinoma, right breast, core biopsy.\nHER2 IHC: 1+ (negative).\n\n"
        "Criteria: HER2 amplified when the ratio is >= 2.0 with >= 4 signals per cell.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

CRITERION_CONDITION_NEAR_MISSES: list[Case] = [
    (
        "spanish-amplificado-with-ratio",
        "Carcinoma de mama, biopsia.\nHER2 (IHQ): 2+.\nFISH: amplificado (cociente HER2/CEP17 4,1).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


# --- E. a status the report says a result does NOT establish ---------------------------------
# devset15 b15-f05-05: a serial plasma report's "a not-detected result does not establish that the
# tumor is HER2 negative" was read as HER2 negative (facts.md §10: a plasma not-detected is no
# negative). A status after "does not establish / mean / prove that the tumour is" is no status.
NOT_ESTABLISHED: list[Case] = [
    (
        "plasma-does-not-establish",
        "ctDNA panel (plasma), metastatic gastric adenocarcinoma.\n"
        "Result: no ctDNA alterations detected. Tumor fraction <0.5%.\n"
        "A not-detected result does not establish that the tumor is HER2 negative.\n",
        "not_found",
        {},
    ),
    (
        "plasma-does-not-mean",
        "Liquid biopsy, metastatic breast cancer.\nNo ERBB2 amplification detected (low tumour fraction).\n"
        "This does not mean that the tumour is HER2-negative; tissue testing is advised.\n",
        "not_found",
        {},
    ),
    (
        "plasma-does-not-prove",
        "Plasma cfDNA panel. Colorectal adenocarcinoma, metastatic.\nNo alterations detected.\n"
        "A negative plasma result does not prove the tumor is HER2-negative.\n",
        "not_found",
        {},
    ),
    (
        "plasma-not-taken-to-mean",
        "ctDNA (plasma). Esophageal adenocarcinoma.\nERBB2: not detected.\n"
        "This result should not be taken to mean the tumour is HER2 negative.\n",
        "not_found",
        {},
    ),
    (
        "plasma-spanish-no-significa",
        "Biopsia líquida (plasma). Adenocarcinoma gástrico metastásico.\nNo se detectan alteraciones.\n"
        "Un resultado no detectado no significa que el tumor sea HER2 negativo.\n",
        "not_found",
        {},
    ),
]

NOT_ESTABLISHED_NEAR_MISSES: list[Case] = [
    (
        "tissue-negative-then-eligibility-remark",
        "Invasive ductal carcinoma, left breast, core biopsy.\nHER2 IHC: 1+ (negative).\n"
        "HER2 negative; this does not mean that the patient cannot receive T-DXd.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "ratio-does-not-indicate-amplification",
        "Invasive carcinoma, right breast.\nHER2 IHC 2+ (equivocal).\n"
        "HER2 FISH: ratio 1.3, average HER2 copy number 2.4 signals/cell. This does not indicate amplification.\n",
        "negative",
        {},
    ),
]


# --- F. an amplification named in a list of what was not detected ----------------------------
# devset15 b15-f05-02: "the absence of detected alterations, including\nERBB2 amplification, cannot
# rule out their presence in the tumor" in a plasma report with nothing detected: the line that
# opens with "ERBB2 amplification" was read as an amplification row (positive).
ABSENCE_LIST: list[Case] = [
    (
        "plasma-absence-including-wrapped",
        "CIRCULATING TUMOR DNA PANEL (plasma). Indication: metastatic breast cancer.\n"
        "Estimated tumor fraction: <1% (LOW)\nResult: NO SOMATIC ALTERATIONS DETECTED.\n\n"
        "IMPORTANT: The low tumor fraction means that the absence of detected alterations, including\n"
        "ERBB2 amplification, cannot rule out their presence in the tumor.\n",
        "not_found",
        {},
    ),
    (
        "plasma-bracket-list-wrapped",
        "Plasma cfDNA panel, metastatic gastric adenocarcinoma.\nNo reportable alterations detected.\n\n"
        "Note: the absence of reportable alterations (including\nERBB2 amplification) does not exclude their "
        "presence at this tumour fraction.\n",
        "not_found",
        {},
    ),
    (
        "plasma-not-detecting-its-presence",
        "Liquid biopsy, metastatic colorectal cancer. No alterations detected.\n\n"
        "Low shedding: not detecting\nERBB2 amplification does not rule out its presence.\n",
        "not_found",
        {},
    ),
]

ABSENCE_LIST_NEAR_MISSES: list[Case] = [
    (
        "tissue-amplification-detected-other-remark",
        "Tissue NGS, gastric adenocarcinoma.\nAlterations detected:\n"
        "ERBB2 amplification detected (CN 8.2); this does not exclude other alterations.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


# --- G. a relapse's own value beside its primary's earlier value of another test --------------
# probe12c multi-ovary-mets-from-breast (a strict xfail of session 12): "HER2 IHC on the ovarian
# metastasis: 1+ (negative). The primary breast tumour (2020) was HER2 2+, FISH amplified." read
# positive: "The primary tumour (2020)" made the report one on a relapse of an earlier-dated primary
# (findings/samples.py post_treatment_report), whose restated values yield to the relapse's own
# result, but samples.toml dated-primary did not read the organ between "primary" and "tumour".
PRIMARY_BESIDE_RELAPSE: list[Case] = [
    (
        "ovary-met-primary-fish",
        "Specimen: right ovary: metastatic carcinoma, consistent with breast primary.\n"
        "HER2 IHC on the ovarian metastasis: 1+ (negative). The primary breast tumour (2020) was HER2 2+, "
        "FISH amplified.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "liver-met-2019-primary-fish",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC (liver lesion): 0.\n"
        "Comment: the 2019 primary was FISH amplified (ratio 4.8).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "recurrence-primary-dated-ish",
        "Chest wall recurrence, excision: recurrent invasive ductal carcinoma.\n"
        "HER2 IHC on the recurrence: 1+ (negative). The primary tumour (2018) was ISH amplified, ratio 5.1.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "spanish-metastasis-primario-de-2019",
        "Metástasis hepática de carcinoma de mama, biopsia.\nHER2 (IHQ) en la metástasis: 1+ (negativo).\n"
        "El tumor primario de 2019 era FISH amplificado.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

PRIMARY_BESIDE_RELAPSE_NEAR_MISSES: list[Case] = [
    (
        "relapse-current-3plus",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC (liver lesion): 3+ (positive).\n"
        "The primary tumour (2019) was FISH amplified.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


# --- H. a consult's table: another laboratory's column beside this laboratory's --------------
# probe12c cons-slides-reviewed-table (a strict xfail of session 12): "Marker  Outside  Our review"
# over "HER2  3+  1+" read the outside 3+ (positive). Outside a report after treatment, a column
# naming another laboratory beside one naming this laboratory's reading holds earlier values.
CONSULT = "CONSULTATION REPORT (outside slides received for review)\nLeft breast, core biopsy: invasive ductal carcinoma.\n"
LAB_COLUMNS: list[Case] = [
    (
        "outside-our-review",
        CONSULT
        + "Marker      Outside      Our review\nER          95%          95%\nHER2        3+           1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "referring-lab-in-house",
        CONSULT + "Stain        Referring lab      In-house\nHER2 IHC     3+                 1+ (negative)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "outside-result-our-review-zero",
        CONSULT + "Test          Outside result     Our review\nHER2 (4B5)    2+                 0\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "tab-separated-outside-consult",
        CONSULT + "Marker\tOutside\tConsult review\nHER2\t3+\t1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]

LAB_COLUMNS_NEAR_MISSES: list[Case] = [
    (
        "outside-and-ours-agree-3plus",
        CONSULT + "Marker      Outside      Our review\nHER2        3+           3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "ours-higher-than-outside",
        CONSULT + "Marker      Outside      Our review\nHER2        1+           3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


# --- I. a not-detected list under a heading set off by rules ("=== NEGATIVE FOR ===") ---------
# devset15 b15-f07-07: "=== NEGATIVE FOR ===" over " EGFR, ALK, ROS1, RET, MET exon14, BRAF V600E,
# KRAS, NTRK1-3" read BRAF V600E as a mutation: the heading matched only bare or with a colon.
NGS_HEAD = (
    "Tissue NGS, colorectal adenocarcinoma.\nALTERATIONS DETECTED:\n"
    " * ERBB2 amplification - copy number 14\n * TP53 p.C176F\n\n"
)
RULED_HEADINGS: list[Case] = [
    (
        "equals-negative-for",
        NGS_HEAD + "=== NEGATIVE FOR ===\n EGFR, ALK, ROS1, RET, MET exon14, BRAF V600E, KRAS, NTRK1-3\n",
        "positive",
        {"related.braf": "wild-type", "related.kras": "wild-type"},
    ),
    (
        "dashes-not-detected",
        NGS_HEAD + "--- NOT DETECTED ---\nBRAF V600E   KRAS G12C\n",
        "positive",
        {"related.braf": "wild-type"},
    ),
    (
        "stars-pertinent-negatives",
        NGS_HEAD + "** Pertinent negatives **\nBRAF V600E, KRAS, NRAS\n",
        "positive",
        {"related.braf": "wild-type", "related.nras": "wild-type"},
    ),
]

RULED_HEADINGS_NEAR_MISSES: list[Case] = [
    (
        "equals-alterations-detected",
        "Tissue NGS, colorectal adenocarcinoma.\n=== ALTERATIONS DETECTED ===\n"
        " * ERBB2 amplification - copy number 14\n * BRAF V600E (VAF 30 percent)\n",
        "positive",
        {"related.braf": "mutant"},
    ),
]


ALL = (
    EARLIER_AFTER
    + EARLIER_AFTER_NEAR_MISSES
    + PRE_TREATMENT_AFTER
    + PRE_TREATMENT_AFTER_NEAR_MISSES
    + WRAPPED_CATEGORY
    + WRAPPED_CATEGORY_NEAR_MISSES
    + CRITERION_CONDITION
    + CRITERION_CONDITION_NEAR_MISSES
    + NOT_ESTABLISHED
    + NOT_ESTABLISHED_NEAR_MISSES
    + ABSENCE_LIST
    + ABSENCE_LIST_NEAR_MISSES
    + PRIMARY_BESIDE_RELAPSE
    + PRIMARY_BESIDE_RELAPSE_NEAR_MISSES
    + LAB_COLUMNS
    + LAB_COLUMNS_NEAR_MISSES
    + RULED_HEADINGS
    + RULED_HEADINGS_NEAR_MISSES
)


def test_ids_are_unique() -> None:
    ids = [c[0] for c in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("text", "status", "keys"), [c[1:] for c in ALL], ids=[c[0] for c in ALL])
def test_reads_as_written(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
