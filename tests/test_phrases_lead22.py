"""The lead's mends after blind set 25's end measurement (session 22), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST_ES = "Muestra: biopsia con aguja gruesa, mama derecha.\nDiagnóstico: carcinoma ductal infiltrante.\n"
BREAST = "Breast, left, core biopsy: invasive lobular carcinoma, grade 2.\n"


# --- A. a column header that names the alteration over one row per blood draw -------------------
# "ERBB2 amp (plasma CN)" heading a column of serial draws ("DETECTED (3.1)" ... "NOT DETECTED")
# was read as an amplification of its own: the current draw's "not detected" lost to it (POSITIVE).
SERIAL_DRAWS: list[Case] = [
    (
        "amp-column-over-dated-samples",
        "Plasma ctDNA monitoring, metastatic colorectal adenocarcinoma.\n"
        "On trastuzumab + tucatinib.\n"
        "\n"
        "Sample   Collected     TF       ERBB2 amp (cfDNA CN)    TP53 R175H\n"
        "1        2023-01-10    9%       DETECTED (2.9)          6.1%\n"
        "2        2023-06-02    <1%      NOT DETECTED            not det.\n"
        "\n"
        "Latest sample (2): ERBB2 amplification not detected; ctDNA below the level of detection.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
    (
        "abbreviated-amp-column-over-lettered-draws",
        "Liquid biopsy follow-up, gastric cancer on trastuzumab.\n"
        "Draw   Date          ERBB2 amp. (plasma CN)         TF\n"
        "A      2024-02-01    present (CN 3.4)               12%\n"
        "B      2024-07-15    absent                         <0.5%\n"
        "\n"
        "Today's draw (B): no ERBB2 amplification detected in plasma.\n",
        "not_found",
        {},
    ),
    (
        "amplification-column-latest-draw-negative",
        "Plasma ctDNA monitoring, metastatic colorectal adenocarcinoma.\n"
        "Visit   Collected     Tumour fraction   ERBB2 amplification (cfDNA CN)   KRAS\n"
        "1       2023-01-10    9%                detected (2.9)                   not detected\n"
        "2       2023-06-02    <1%               not detected                     not detected\n"
        "\n"
        "Latest sample: ERBB2 amplification not detected; ctDNA below the level of detection.\n",
        "not_found",
        {"ngs.amplification": None},
    ),
]
SERIAL_DRAWS_NEAR: list[Case] = [
    # a gene table whose ERBB2 row holds its own amplification cell keeps its result
    (
        "gene-row-amplification-cell-is-a-result",
        "Tissue NGS panel, gastric adenocarcinoma (tumour content 50%).\n"
        "Gene     Alteration      Copy number   Tier\n"
        "ERBB2    Amplification   16            I\n"
        "CCND1    Amplification   7             II\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    # a plasma result line with no column below still reads as the blood test's amplification
    (
        "plasma-amplification-line-keeps-its-call",
        "Plasma cfDNA panel (colorectal cancer). Tumour fraction 15%.\n"
        "ERBB2 amplification detected, plasma copy number 3.8.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SERIAL_DRAWS + SERIAL_DRAWS_NEAR))
def test_a_column_header_naming_the_alteration_is_no_result(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- B. a control label with an abbreviated qualifier ----------------------------------------------
# "control + ext.: 3+ adecuado" (external positive control) on the line after the tumour's 1+ was
# read as a second score of the tumour: the highest, 3+, gave POSITIVE for a negative report.
CONTROL_ABBREVIATED: list[Case] = [
    (
        "control-plus-ext",
        BREAST_ES + "HER2 ..... 1+ (tinción débil e incompleta en 15% de las células) -> NEGATIVO\n"
        "  control + ext.: 3+ adecuado\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "control-bracketed-plus",
        BREAST_ES + "HER2: 0 (sin tinción), NEGATIVO.\n  Control (+) externo: 3+, correcto.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "control-pos-ext-english",
        BREAST + "HER2 IHC: 1+ (HER2-low).\n  control pos. ext.: 3+ as expected\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
CONTROL_ABBREVIATED_NEAR: list[Case] = [
    # the tumour's own 3+ above an abbreviated control line keeps its result
    (
        "tumour-score-after-control-line",
        BREAST + "HER2 IHC (tumour): 3+, POSITIVE.\n  control + ext.: 3+ as expected\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(CONTROL_ABBREVIATED + CONTROL_ABBREVIATED_NEAR)
)
def test_a_control_label_with_an_abbreviated_qualifier_owns_its_score(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)
