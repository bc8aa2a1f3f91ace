"""left10 (session 10): short leftovers, as phrase families with near-misses.

1. Spanish sequencing rows that give the ERBB2 amplification call after a "de ERBB2" label or a
   copy number with a decimal comma (devset10 b10-f08-06: "Amplificación de ERBB2 (HER2):
   DETECTADA — número de copias en plasma 3,4" was not read; the call rested on prose).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA = "Informe de biopsia líquida (ADN circulante en plasma)\nCarcinoma de mama metastásico\n\nAlteraciones detectadas:\n"
TISSUE = "Informe de secuenciación (NGS) en tejido tumoral\nCarcinoma de mama metastásico\n\nAlteraciones detectadas:\n"

# (row, amplification, copy number, status)
SPANISH_AMPLIFICATION = [
    (
        "  • Amplificación de ERBB2 (HER2): DETECTADA — número de copias en plasma 3,4",
        "amplified",
        3.4,
        "positive",
    ),
    ("  • Amplificación de ERBB2: detectada", "amplified", None, "positive"),
    ("  • Amplificación ERBB2: detectada", "amplified", None, "positive"),
    ("  • ERBB2 amplificado (NC 3,4)", "amplified", 3.4, "positive"),
    ("  • Amplificación de HER2: presente", "amplified", None, "positive"),
    ("  • Amplification of ERBB2: detected", "amplified", None, "positive"),
]

# near-misses: a negated row, another gene's row, a word that is no call
SPANISH_NEAR_MISSES = [
    ("  • Amplificación de ERBB2: no detectada", "not_found"),
    ("  • Amplificación ERBB2: NO DETECTADA (número de copias 2,1)", "not_found"),
    ("  • ERBB2 no amplificado (NC 2,0)", "not_found"),
    ("  • Amplificación de MET: detectada", "not_found"),
    ("  • Amplificación de MET: detectada; ERBB2: no detectada", "not_found"),
    ("  • ERBB2 p.S310F detectada; amplificación de MET detectada", "not_found"),
    ("  • Amplificación de ERBB2: detectable mediante NGS", "not_found"),
]


@pytest.mark.parametrize(("row", "amp", "cn", "status"), SPANISH_AMPLIFICATION)
@pytest.mark.parametrize("head", [PLASMA, TISSUE], ids=["plasma", "tissue"])
def test_spanish_amplification_row(head: str, row: str, amp: str, cn: float | None, status: str) -> None:
    result = explain_text(head + row + "\n")
    assert result.status == status
    assert result.ngs is not None
    assert result.ngs.amplification == amp
    assert result.ngs.copy_number == cn


@pytest.mark.parametrize(("row", "status"), SPANISH_NEAR_MISSES)
def test_spanish_amplification_near_miss_plasma(row: str, status: str) -> None:
    result = explain_text(PLASMA + row + "\n")
    assert result.status == status
    assert result.ngs is None or result.ngs.amplification != "amplified"


@pytest.mark.parametrize(("row", "status"), SPANISH_NEAR_MISSES[3:])
def test_spanish_other_gene_near_miss_tissue(row: str, status: str) -> None:
    result = explain_text(TISSUE + row + "\n")
    assert result.status != "positive"
    assert result.ngs is None or result.ngs.amplification != "amplified"


# 2. A metastasis the report traces to the breast, in another organ, is a breast cancer
# (variants8 v8-D-02: an ovarian metastasis of breast cancer typed "other"); an ovarian primary
# in a patient with a history of breast cancer, or a breast origin ruled out or asked, stays other.
BREAST_METASTASES = [
    "Specimen: Right ovary, oophorectomy\nDIAGNOSIS:\nRight ovary: metastatic carcinoma, consistent with"
    " the patient's known breast primary.\nHER2 (4B5): score 1+ - NEGATIVE.\n",
    "Specimen: Left ovary\nDIAGNOSIS: Ovary, left: metastatic breast carcinoma (lobular type).\nHER2 IHC: 0.\n",
    "Specimen: Lung, wedge resection\nDIAGNOSIS: Lung, right lower lobe: metastatic adenocarcinoma, most"
    " consistent with breast primary (GATA3+, TTF-1 negative).\nHER2 IHC 2+.\n",
    "Peritoneum, biopsy: metastatic carcinoma of mammary origin.\nHER2: 3+ positive.\n",
]

OTHER_PRIMARIES = [
    "Specimen: Bilateral salpingo-oophorectomy\nDIAGNOSIS: Right ovary: high-grade serous carcinoma"
    " (PAX8+, WT1+).\nClinical: history of breast cancer (2019).\nHER2 IHC: 1+.\n",
    "Specimen: Right ovary\nDIAGNOSIS: Right ovary: high-grade serous carcinoma. The immunoprofile does"
    " not support metastatic breast carcinoma.\nHER2 IHC: 0.\n",
    "Specimen: Right ovary\nDIAGNOSIS: Right ovary: carcinoma. Rule out metastatic breast carcinoma.\nHER2 IHC: 0.\n",
    "Specimen: Right ovary\nDIAGNOSIS: Right ovary: endometrioid carcinoma. History of metastatic breast"
    " carcinoma (2018).\nHER2 IHC: 0.\n",
    "Specimen: Right ovary\nDIAGNOSIS: Right ovary: metastatic carcinoma, consistent with ovarian primary;"
    " patient has a history of breast cancer.\nHER2 IHC: 0.\n",
]


@pytest.mark.parametrize("report", BREAST_METASTASES)
def test_breast_metastasis_in_another_organ_is_breast(report: str) -> None:
    assert explain_text(report).cancer_type == "breast"


@pytest.mark.parametrize("report", OTHER_PRIMARIES)
def test_other_primary_with_breast_history_stays_other(report: str) -> None:
    assert explain_text(report).cancer_type == "other"


# 3. The HER2 name OCR cut once ("HE R2", "H ER2") is read only where its own IHC score follows on
# its line (variants10 v10-G-03); a name alone, letters cut more than once, or another marker's
# score on the line stay unread.
OCR_HEAD = "BROOKSIDE PATHOLOGY   [scanned document - OCR]\nLeft breast, excision\nInvasive lob ular carcinoma, grade 2.\n\n"
SPLIT_NAME_READ = [
    ("  HE R2 (Herce pTest)   Neg ative, score 1 +\n", "negative", "1+"),
    ("  H ER2: score 0\n", "negative", "0"),
    ("  HE R2 IHC 3+\n", "positive", "3+"),
    ("  HE R2 (4B5)   Equiv ocal, score 2 +\n", "equivocal", "2+"),
]
SPLIT_NAME_UNREAD = [
    "  HE R2 positive\n",
    "  H E R 2   score 3+\n",
    "  HE R2 margin; ER 3+ (strong)\n",
    "  HE R2 3\n",
    "  H&E R2 3+\n",
]


@pytest.mark.parametrize(("line", "status", "score"), SPLIT_NAME_READ)
def test_split_her2_name_with_its_score_is_read(line: str, status: str, score: str) -> None:
    result = explain_text(OCR_HEAD + line)
    assert result.status == status
    assert result.ihc is not None
    assert result.ihc.score == score


@pytest.mark.parametrize("line", SPLIT_NAME_UNREAD)
def test_split_her2_name_without_its_score_stays_unread(line: str) -> None:
    result = explain_text(OCR_HEAD + line)
    assert result.status == "not_found"
    assert result.ihc is None
