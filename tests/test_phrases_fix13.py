"""fix13 (session 13): devset15's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from her2cli import explain_text

Case = tuple[str, str, str, dict[str, Any]]


def _field(d: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)  # type: ignore[assignment]
    return d


def _check(text: str, status: str, keys: dict[str, Any]) -> None:
    result = explain_text(text)
    d = result.to_dict()
    assert result.status == status
    for path, value in keys.items():
        assert _field(d, path) == value, path


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


ALL = (
    EARLIER_AFTER
    + EARLIER_AFTER_NEAR_MISSES
    + PRE_TREATMENT_AFTER
    + PRE_TREATMENT_AFTER_NEAR_MISSES
    + WRAPPED_CATEGORY
    + WRAPPED_CATEGORY_NEAR_MISSES
    + CRITERION_CONDITION
    + CRITERION_CONDITION_NEAR_MISSES
)


def test_ids_are_unique() -> None:
    ids = [c[0] for c in ALL]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("text", "status", "keys"), [c[1:] for c in ALL], ids=[c[0] for c in ALL])
def test_reads_as_written(text: str, status: str, keys: dict[str, Any]) -> None:
    _check(text, status, keys)
