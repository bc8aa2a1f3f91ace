"""fix22a (session 22): tests/variants15a's misses (writer28a's 60 hand-written reports, many with
several samples that disagree), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- A. a blood report quotes a tissue result "per <year> biopsy" ---------------------------------
# variants15a v15a-f05-02: a 2022 liquid biopsy's header "(tissue: ER+, HER2 1+ per 2021 biopsy)"
# over a plasma result with no ERBB2 alteration read NEGATIVE from the quoted 1+. The year and the
# sample named after the value say where it comes from: an earlier tissue sample, history for the
# blood test (facts.md §7, §11), so the plasma "not detected" leaves the status not found.
BLOOD_QUOTES_DATED_SAMPLE: list[Case] = [
    (
        "plasma-header-per-year-core-biopsy",
        "CIRCULATING TUMOUR DNA PANEL                  Report date 14/03/2024\n"
        "Indication: metastatic breast cancer; HER2 IHC 0 per 2020 core biopsy.\n\n"
        "ERBB2 amplification: not detected\n"
        "ERBB2 mutations: not detected\n"
        "PIK3CA E545K detected (VAF 4.0%).\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "cfdna-per-the-year-resection",
        "Liquid biopsy (cfDNA), drawn 2025-09-02.\n"
        "Gastric adenocarcinoma, HER2 2+ / FISH not amplified (per the 2023 resection).\n"
        "Result: no ERBB2 copy-number gain detected in plasma. Tumour fraction 2%.\n",
        "not_found",
        {"ish": None},
    ),
    (
        "plasma-quoted-positive-per-year-biopsy",
        "Plasma NGS report, collected 11 June 2026\n"
        "Breast cancer, metastatic to liver (HER2 3+ per 2019 biopsy).\n"
        "ERBB2: no alteration detected (amplification, SNV, indel).\n",
        "not_found",
        {"ihc": None},
    ),
    # the blood test's own amplification is its result: the quoted tissue 1+ is history, not a
    # disagreement that leaves it equivocal (devset14 b14-f05-04's family)
    (
        "plasma-amplified-beside-year-biopsy",
        "Plasma NGS report, collected 11 June 2026\n"
        "Breast cancer, metastatic (HER2 1+ per 2021 biopsy).\n"
        "ERBB2 amplification DETECTED, plasma copy number 3.4.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
BLOOD_QUOTES_DATED_SAMPLE_NEAR: list[Case] = [
    # a tissue result of the same year as the blood test still counts (the diagnostic biopsy
    # of this episode, devset12 b12-f05-05's family)
    (
        "plasma-header-same-year-biopsy-counts",
        "CIRCULATING TUMOUR DNA PANEL                  Report date 14/03/2024\n"
        "Indication: metastatic breast cancer; HER2 IHC 1+ per 2024 core biopsy.\n\n"
        "ERBB2 amplification: not detected\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # a tissue report that quotes the core of the same tumour, with no own HER2 result, keeps it
    (
        "resection-quotes-year-core-keeps-it",
        "Left breast wide local excision, received 03/2022.\n"
        "Invasive ductal carcinoma, 21 mm, grade 2. No neoadjuvant therapy.\n"
        "HER2 3+ per 2022 core biopsy; not repeated on the excision.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the excision's own result wins over the core quoted with its year
    (
        "excision-own-score-beside-year-core",
        "Right breast mastectomy, signed 2023-05-10.\n"
        "HER2 IHC (excision, block A4): 1+, negative.\n"
        "For comparison: HER2 2+ with FISH not amplified per 2022 core biopsy.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(BLOOD_QUOTES_DATED_SAMPLE + BLOOD_QUOTES_DATED_SAMPLE_NEAR)
)
def test_blood_report_quoting_dated_tissue_sample(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
