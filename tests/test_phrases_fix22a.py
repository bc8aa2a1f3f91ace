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


# --- B. an aligned key:value ISH block: the call row's label is padded to its colon ---------------
# variants15a v15a-f12-04: "Ratio               :  > 7" over "Interpretation      :  AMPLIFIED
# (ratio >= 2.0)": the result label was not known with six spaces before its colon, so the call
# sat in one statement with the lower bound "> 15" of the counts above it and was dropped as a
# row of cut-offs (the ISH result lost; here a positive read not_found). A padded label opens the
# call's own statement, as an unpadded one does.
PADDED_CALL_LABEL: list[Case] = [
    (
        "dual-ish-lower-bounds-then-padded-interpretation",
        "Breast core biopsy - HER2 dual ISH\n"
        "  Mean HER2 signals/cell :  > 20 (clustered)\n"
        "  Mean CEP17/cell        :  1.9\n"
        "  Ratio                  :  > 10\n"
        "  Interpretation         :  AMPLIFIED (ratio >= 2.0)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "sish-copies-lower-bound-padded-result",
        "GEJ biopsy, HER2 SISH\n"
        "   HER2 copies per nucleus   > 12, clusters\n"
        "   CEP17 per nucleus         2.3\n"
        "   Result                 :  POSITIVE / AMPLIFIED (ratio >= 2.0)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "ratio-lower-bound-padded-result",
        "HER2 FISH, left breast excision\n  HER2/CEP17 ratio     :  > 8\n  Result               :  amplified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
PADDED_CALL_LABEL_NEAR: list[Case] = [
    # the same layout with a measured ratio and a not-amplified call keeps it
    (
        "padded-not-amplified-with-its-cutoff",
        "HER2 FISH, left breast excision\n"
        "  HER2 signals/nucleus :  1.8\n"
        "  CEP17/nucleus        :  1.7\n"
        "  HER2/CEP17 ratio     :  1.1\n"
        "  Interpretation       :  NOT AMPLIFIED (ratio < 2.0)\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.1},
    ),
    # a padded reference row under the call is the cut-off, not a second call
    (
        "padded-reference-row-under-not-amplified",
        "HER2 FISH, left breast excision\n"
        "  HER2/CEP17 ratio     :  1.3\n"
        "  Mean HER2/cell       :  2.6\n"
        "  Interpretation       :  NOT AMPLIFIED\n"
        "  Reference            :  amplified (ratio >= 2.0)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a scoring key laid out as padded rows gives no result
    (
        "padded-scoring-key-rows",
        "HER2 ISH scoring key\n  Amplified            :  ratio >= 2.0\n  Not amplified        :  ratio < 2.0\n",
        "not_found",
        {"ish": None},
    ),
    # a padded label with no call ("see comment") makes none
    (
        "padded-interpretation-see-comment",
        "HER2 FISH, left breast excision\n  HER2/CEP17 ratio     :  > 2.0 = amplified\n  Interpretation       :  see comment\n",
        "not_found",
        {"ish": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(PADDED_CALL_LABEL + PADDED_CALL_LABEL_NEAR)
)
def test_padded_call_label_opens_its_statement(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a pipe table's "ratio" header cell is no label of the next row's first number --------------
# variants15a v15a-f12-01: "| Block | Site | IHC | % cells | FISH ratio | HER2/cell | Call |" over
# "|---|...|" and "| A2 | R breast core, 9:00 | 2+ | ...": the ratio was read as 9 from the site's
# clock position "9:00" (a negative row reads POSITIVE the same way), and with the % cells column
# before the ratio its 35 was read as the ratio. A ratio label does not reach across the end of a
# pipe table's row, and "9:00" is a clock position or a time, no ratio.
PIPE_HEADER_RATIO: list[Case] = [
    (
        "pipe-table-percent-column-before-ratio",
        "HER2 results, left breast excision\n\n"
        "| Block | IHC | % cells | FISH ratio |\n"
        "|-------|-----|---------|------------|\n"
        "| A3    | 1+  | 40      | 1.2        |\n",
        "negative",
        {"ihc.score": "1+", "ish.ratio": 1.2},
    ),
    (
        "pipe-table-nuclei-column-before-ratio",
        "HER2 FISH, right breast core\n\n"
        "| Block | Nuclei | Mean HER2 | Mean CEP17 | HER2/CEP17 ratio |\n"
        "|---|---|---|---|---|\n"
        "| B1 | 20 | 2.3 | 1.9 | 1.2 |\n",
        "negative",
        {"ish.ratio": 1.2},
    ),
    (
        "site-clock-position-after-ratio-header",
        "HER2 testing summary\n\n"
        "| Block | Site | FISH ratio | Mean HER2 |\n"
        "|---|---|---|---|\n"
        "| B2 | R breast, 9:00 | 1.1 | 2.2 |\n",
        "negative",
        {"ish.ratio": 1.1},
    ),
    (
        "position-column-two-oclock",
        "Right breast core biopsies - HER2\n\n| Core | Position | FISH ratio |\n|---|---|---|\n| C | 2:00 | 1.3 |\n",
        "negative",
        {"ish.ratio": 1.3},
    ),
    (
        "ratio-pointer-then-clock-site-line",
        "HER2 FISH ratio (see table)\nSite: left breast 9:00\nHER2 IHC 1+\n",
        "negative",
        {"ish": None},
    ),
]
PIPE_HEADER_RATIO_NEAR: list[Case] = [
    # a two-cell pipe row holds its label and its value on one line
    (
        "pipe-row-label-and-value",
        "HER2 FISH (breast core)\n| HER2/CEP17 ratio | 1.3 |\n| Mean HER2 per cell | 2.5 |\n| Result | not amplified |\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.3},
    ),
    # a ratio wrapped onto the next line of prose is still the ratio
    (
        "ratio-wrapped-to-next-line",
        "HER2 dual ISH, gastric biopsy: HER2/CEP17 ratio\n4.6 (mean HER2 9.8 per cell); AMPLIFIED.\n",
        "positive",
        {"ish.ratio": 4.6},
    ),
    # a space-aligned table keeps its ratio column (findings/columns.py)
    (
        "space-aligned-ratio-column",
        "HER2 FISH, breast excision\n\nBlock   Nuclei   Mean HER2   Mean CEP17   Ratio\nA2      20       2.4         2.0          1.2\n",
        "negative",
        {"ish.ratio": 1.2},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(PIPE_HEADER_RATIO + PIPE_HEADER_RATIO_NEAR)
)
def test_pipe_header_ratio_reads_no_other_cell(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# rows per reader or area under the header: the row that sums them up holds the ratio (devset20
# b20-f12-10: reader "1" was read as ratio 1.0)
PIPE_TABLE_SUMMARY_ROW: list[Case] = [
    (
        "observer-rows-then-total",
        "HER2 dual ISH, left breast core\n\n"
        "| Observer | Cells | HER2/cell | CEP17/cell | Ratio |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 20 | 5.1 | 2.1 | 2.4 |\n"
        "| 2 | 20 | 4.9 | 2.0 | 2.5 |\n"
        "| Total | 40 | 5.0 | 2.05 | 2.4 |\n\n"
        "Result: AMPLIFIED (ASCO/CAP group 1)\n",
        "positive",
        {"ish.ratio": 2.4},
    ),
    (
        "area-rows-then-overall-no-ruler",
        "HER2 FISH heterogeneity count\n\n"
        "| Area | Nuclei | Ratio |\n"
        "| 1 | 20 | 1.3 |\n"
        "| 2 | 20 | 1.5 |\n"
        "| Overall | 40 | 1.4 |\n"
        "Result: not amplified\n",
        "negative",
        {"ish.ratio": 1.4},
    ),
]
# the pipe table's own column, and only for one row of values or a summary row: rows for several
# samples leave the ratio unread rather than taking the first
PIPE_TABLE_ROWS_NEAR: list[Case] = [
    (
        "pipe-table-two-sample-rows-no-ratio-guessed",
        "HER2 FISH by block\n\n"
        "| Block | Nuclei | HER2/CEP17 ratio |\n"
        "|---|---|---|\n"
        "| A1 | 20 | 1.1 |\n"
        "| B2 | 20 | 4.8 |\n",
        "not_found",
        {"ish": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(PIPE_TABLE_SUMMARY_ROW + PIPE_TABLE_ROWS_NEAR)
)
def test_pipe_table_of_several_rows_guesses_no_ratio(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
