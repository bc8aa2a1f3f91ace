"""A HER2 result under a history label that names another cancer than the report's is that
cancer's result, not this tumour's (blind set 9 b9-f05-08: a pancreatic plasma report whose
"History: patient also treated 2018 for HER2-positive breast cancer (IHC 3+), in remission" was
read as this tumour's 3+, a wrong-way positive).

Structure, not wording: the line opens with a history label ("History:", "Hx:", "CLINICAL
HISTORY:", "Antecedentes:") or says the patient was treated for that cancer ("treated 2018 for"),
and the cancer it names is not this report's. Near-misses: the same label over this report's own
tumour (a restated result of the same cancer counts), and another cancer's history next to a
result of this tumour (that result decides).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

OTHER_CANCER_HISTORY = [
    (
        "plasma-pancreas-treated-year-for",
        "Plasma genomic profile -- pancreatic adenocarcinoma -- Example Reference Lab\n"
        "ERBB2 amp: not detected.\n"
        "KRAS G12D 11.0% | TP53 R273H 8.1%\n"
        "History: patient also treated 2018 for HER2-positive breast cancer (IHC 3+), in remission.\n",
        "not_found",
    ),
    (
        "plasma-biliary-history-label",
        "Liquid biopsy (cfDNA) -- cholangiocarcinoma\n"
        "ERBB2 amplification: not detected.\n"
        "History: breast cancer 2016, HER2-positive (IHC 3+).\n",
        "not_found",
    ),
    (
        "bladder-clin-hx-label",
        "Specimen: bladder tumour, TURBT.\n"
        "CLIN HX: breast carcinoma HER2 3+ (2014).\n"
        "HER2 immunohistochemistry on this specimen: 0 (no staining).\n",
        "negative",
    ),
    (
        "lung-hx-treated-year-for",
        "Hx: treated 2012 for HER2 positive breast cancer (IHC 3+).\n"
        "Current specimen: lung adenocarcinoma. ERBB2 amplification: not detected by NGS (tissue).\n",
        "negative",
    ),
    (
        "spanish-antecedentes-label",
        "Biopsia líquida -- adenocarcinoma de páncreas\n"
        "ERBB2 amplificación: no detectada.\n"
        "Antecedentes: cáncer de mama 2017, HER2 positivo (IHQ 3+).\n",
        "not_found",
    ),
]

NEAR_MISSES = [
    (
        "same-tumour-history-label",
        "History: left breast cancer, HER2-positive (IHC 3+) on core biopsy.\n"
        "DIAGNOSIS: Left breast, excision: invasive ductal carcinoma, grade 3, 22 mm.\n",
        "positive",
    ),
    (
        "own-result-next-to-history",
        "Diagnosis: adenocarcinoma of the pancreas, resection.\n"
        "History: treated 2018 for breast cancer, HER2 negative (IHC 1+).\n"
        "HER2 immunohistochemistry on this pancreatic tumour: 3+ (positive), 80% of tumour cells.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(
    ("text", "status"), [c[1:] for c in OTHER_CANCER_HISTORY], ids=[c[0] for c in OTHER_CANCER_HISTORY]
)
def test_another_cancers_history_is_not_this_tumours_result(text: str, status: str) -> None:
    result = explain_text(text)
    assert result.status == status
    assert result.ihc is None or result.ihc.score != "3+"


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_history_of_this_tumour_or_a_current_result_still_counts(text: str, status: str) -> None:
    assert explain_text(text).status == status
