"""The lead's mends in session 27, as phrase families.

Each family: variants a different lab would write (the status and numbers they must read as) and
near-misses that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

CORE = (
    "Breast, left, core biopsy: invasive ductal carcinoma.\nHER2 IHC 2+ (equivocal). Reflex ISH performed.\n"
)


# --- A. the numbers of an ISH count are the count's own row's ----------------------------------
# Several counts (observers, areas, columns) and one reported result: the mean copy number and the
# ratio shown are the summary row's or column's ("Combined", "Overall", "Total", "CORRECTED"), and
# a row's values are never taken from the row above it. Before: the first area's or the row
# above's numbers were shown beside the lab's result (blind sets 6, 10, 15a, 22).
COUNT_ROWS: list[Case] = [
    (
        "observers-then-combined",
        CORE
        + "FISH, block A5:\n"
        + "    Observer 1: 20 nuclei, HER2 mean 3.0, CEN17 mean 2.2, ratio 1.36\n"
        + "    Observer 2: 20 nuclei, HER2 mean 2.8, CEN17 mean 2.0, ratio 1.40\n"
        + "    Combined:   40 nuclei, HER2 mean 2.9, CEN17 mean 2.1, ratio 1.38\n"
        + "    => NOT AMPLIFIED.\n",
        "negative",
        {"ish.ratio": 1.38, "ish.her2_copy_number": 2.9},
    ),
    (
        "criteria-row-between-count-and-call",
        CORE
        + "FISH, block A5:\n"
        + "    Reader 1: HER2 mean 3.0, CEN17 mean 2.2, ratio 1.36\n"
        + "    Combined: HER2 mean 2.9, CEN17 mean 2.1, ratio 1.38\n"
        + "    ASCO/CAP 2018 classification: ratio <2.0, mean <4.0\n"
        + "    => NOT AMPLIFIED.\n",
        "negative",
        {"ish.ratio": 1.38, "ish.her2_copy_number": 2.9},
    ),
    (
        "areas-then-overall-row",
        "Stomach, biopsies: adenocarcinoma. HER2 IHC 2+.\n"
        + "Dual ISH, 60 nuclei in three areas:\n"
        + " Area A (20 nuclei)  HER2 mean 4.9   CEP17 2.0   ratio 2.45\n"
        + " Area B (20 nuclei)  HER2 mean 2.4   CEP17 2.1   ratio 1.14\n"
        + " Area C (20 nuclei)  HER2 mean 2.2   CEP17 1.9   ratio 1.16\n"
        + " Overall             HER2 mean 3.2   CEP17 2.0   ratio 1.6\n\n"
        + "Final: HER2 NOT AMPLIFIED (heterogeneous).\n",
        "negative",
        {"ish.ratio": 1.6, "ish.her2_copy_number": 3.2},
    ),
    (
        "total-column",
        CORE
        + "                         Area 1     Area 2     Total\n"
        + " Nuclei scored             30         30         60\n"
        + " Mean HER2/nucleus        3.20       1.80       2.50\n"
        + " HER2:CEP17 ratio         1.52       0.90       1.22\n\n"
        + "Interpretation: HER2 NOT AMPLIFIED.\n",
        "negative",
        {"ish.ratio": 1.22, "ish.her2_copy_number": 2.5},
    ),
    (
        "corrected-column",
        "CORRECTED REPORT - supersedes the report of 20 Nov\n"
        + CORE
        + "HER2 FISH recount restricted to invasive carcinoma:\n\n"
        + "                          Original (20 Nov)     CORRECTED (23 Nov)\n"
        + "HER2 mean/cell            4.6                   2.8\n"
        + "HER2/CEP17 ratio          2.3                   1.3\n"
        + "Interpretation            AMPLIFIED             NOT AMPLIFIED\n\n"
        + "CORRECTED FINAL RESULT: HER2 NOT AMPLIFIED.\n",
        "negative",
        {"ish.ratio": 1.3, "ish.her2_copy_number": 2.8},
    ),
    (
        "area-table-then-overall-line",
        CORE
        + "Dual-probe FISH, 3 areas scored:\n"
        + "  Area   cells  mean HER2  mean CEP17  ratio   comment\n"
        + "  1      20     2.6        1.9         1.37    -\n"
        + "  2      20     9.8        2.1         4.67    amplified cluster\n"
        + "  3      20     3.0        2.0         1.50    -\n"
        + "  Overall (60 cells): mean HER2 5.1, mean CEP17 2.0, ratio 2.55\n\n"
        + "FINAL: HER2 AMPLIFIED (POSITIVE), with genetic heterogeneity.\n",
        "positive",
        {"ish.ratio": 2.55, "ish.her2_copy_number": 5.1},
    ),
    (
        "mean-before-a-comma",
        CORE + "HER2 FISH: HER2 mean 6.4, CEP17 mean 2.0, ratio 3.2. AMPLIFIED.\n",
        "positive",
        {"ish.ratio": 3.2, "ish.her2_copy_number": 6.4},
    ),
]
COUNT_ROWS_NEAR: list[Case] = [
    # one count: its own numbers, as before
    (
        "one-count",
        CORE + "HER2 FISH: 20 nuclei, HER2 mean 2.9, CEP17 mean 2.1, ratio 1.38 - not amplified.\n",
        "negative",
        {"ish.ratio": 1.38, "ish.her2_copy_number": 2.9},
    ),
    # a "Total nuclei 40" label counts nuclei: the row is no summary of rows above
    (
        "total-nuclei-label",
        CORE
        + "HER2 FISH\nTotal nuclei 40 | HER2 mean 6.8 | Chr17 mean 4.3 | ratio 1.58\nResult: not amplified\n",
        "negative",
        {"ish.ratio": 1.58, "ish.her2_copy_number": 6.8},
    ),
    # a legend of cut-offs with no measured value stays a legend
    (
        "criteria-row-without-count",
        CORE + "HER2 ISH criteria: ratio >=2.0 = amplified; ratio <2.0 = not amplified.\n",
        "equivocal",
        {"ish.ratio": None},
    ),
    # a count whose only call word sits on the criteria row is no lab call: the ratio decides
    (
        "call-on-the-criteria-row",
        CORE + "HER2 FISH: HER2 mean 2.9, CEP17 mean 2.1, ratio 1.38\n" + "Criteria: ratio >=2.0 amplified\n",
        "negative",
        {"ish.ratio": 1.38, "ish.result_from": "computed"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(COUNT_ROWS + COUNT_ROWS_NEAR))
def test_ish_numbers_come_from_the_reported_count(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. the sequencing copy number is the observed one -----------------------------------------
# "at a plasma copy number of 2.6." (a sentence's last number) was not read, and the next sentence's
# "tumor fraction-adjusted estimate is ~9 copies" was shown; "observed plasma copy number .... 8.4"
# (a dot leader) was not read, and another gene's "CN 2.9" was shown (blind sets 18, 25).
PLASMA = "Liquid biopsy (plasma cfDNA), colorectal adenocarcinoma, metastatic.\n"
NGS_CN: list[Case] = [
    (
        "copy-number-ends-the-sentence",
        PLASMA
        + "ERBB2 amplification is detected in plasma at a plasma copy number of 2.6. The tumor\n"
        + "fraction-adjusted estimate is ~9 copies.\n",
        "positive",
        {"ngs.copy_number": 2.6},
    ),
    (
        "dot-leader-then-adjusted-row",
        PLASMA
        + " ERBB2 (HER2)     AMPLIFICATION DETECTED\n"
        + "                  observed plasma copy number .... 8.4\n"
        + "                  TF-adjusted tumour copy number . ~31 (estimate)\n"
        + " CCND1            amplification detected, plasma CN 2.9\n",
        "positive",
        {"ngs.copy_number": 8.4},
    ),
    (
        "purity-corrected-after-observed",
        "Tumour tissue NGS panel, gastric adenocarcinoma.\n"
        + "ERBB2 amplification, copy number 12 (purity-corrected copy number 30).\n",
        "positive",
        {"ngs.copy_number": 12},
    ),
]
NGS_CN_NEAR: list[Case] = [
    # "CN 2.6.1" is a version, no copy number; the plain copy number keeps its reading
    (
        "plain-copy-number",
        PLASMA + "ERBB2 amplification detected, plasma copy number 3.1.\n",
        "positive",
        {"ngs.copy_number": 3.1},
    ),
    (
        "an-adjusted-number-alone",
        "Tumour tissue NGS panel, gastric adenocarcinoma.\n"
        + "ERBB2 amplification detected (purity-adjusted copy number 30).\n",
        "positive",
        {"ngs.copy_number": None},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NGS_CN + NGS_CN_NEAR))
def test_sequencing_copy_number_is_the_observed_one(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a lab's call whose bracket explains it with other genes' names ------------------------
# "ERBB2: copy number gain - estimated 4 copies. Below the threshold (>= 6 copies); reported as NOT
# AMPLIFIED (low-level gain, ... as neighbouring genes TOP2A and RARA show the same change)" read
# the gain alone (equivocal; not found): the call was taken for the other genes' because their names
# were in its sentence, inside the bracket that explains it (blind set 30).
ENDOMETRIUM = "Endometrial serous carcinoma, hysterectomy. Targeted NGS panel (DNA).\n"
CALL_BRACKET: list[Case] = [
    (
        "neighbouring-genes-in-the-bracket",
        ENDOMETRIUM
        + "  ERBB2: copy number gain - estimated 4 copies (log2 ratio 0.58).\n"
        + "         Below the assay's amplification threshold (>= 6 copies); reported\n"
        + "         as NOT AMPLIFIED (low-level gain, likely chromosome 17q arm gain,\n"
        + "         as neighbouring genes TOP2A and RARA show the same change).\n"
        + "  CCNE1: amplification, estimated 9 copies.\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "co-gained-genes-in-the-bracket",
        ENDOMETRIUM
        + "ERBB2 copy number gain (5 copies). Interpretation: not amplified (arm-level gain shared with CDK12\n"
        + "and TOP2A; below the 6-copy threshold).\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]
CALL_BRACKET_NEAR: list[Case] = [
    # the call word followed by another gene's name outside a bracket is that gene's
    (
        "another-genes-amplification-after",
        ENDOMETRIUM + "ERBB2 copy number gain (4 copies). Amplification of CCNE1 is also seen.\n",
        "equivocal",
        {"ngs.amplification": "equivocal"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CALL_BRACKET + CALL_BRACKET_NEAR))
def test_a_call_explained_with_other_genes_is_still_the_call(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- D. the patients a drug is indicated for, in a bracket after it --------------------------
# "PIK3CA H1047R -> alpelisib / capivasertib (HR+ HER2- MBC)" read "HER2-" as this tumour's
# negative status (blind set 30). A receptor pair closing a bracket with a disease word is a class of
# patients. Before this, the check right after a HER2 name (names.toml non-result-compound,
# "HER2-targeted", "HER2-enriched") never ran: its "^" matched only at a line start.
BREAST_NGS = "Breast carcinoma, metastatic to bone. Tissue NGS panel.\n  GENOMIC FINDINGS\n"
INDICATION: list[Case] = [
    (
        "drug-column-indication-mbc",
        BREAST_NGS
        + "    PIK3CA ........ H1047R   -> alpelisib / capivasertib (HR+ HER2- MBC)\n"
        + "    ERBB2 ......... not amplified\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "indication-bracket-alone",
        BREAST_NGS + "    ESR1 Y537S -> elacestrant (ER+/HER2-negative advanced disease)\n",
        "not_found",
        {},
    ),
    (
        "indication-mbc-lowercase",
        BREAST_NGS + "    PIK3CA E545K: inavolisib (HR-positive, HER2- mBC)\n",
        "not_found",
        {},
    ),
]
INDICATION_NEAR: list[Case] = [
    # a result in a bracket names its test or score
    (
        "history-bracket-with-score",
        "Breast carcinoma (ER+, HER2 negative, IHC 1+), metastatic. Tissue NGS panel.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "plain-status-line",
        "Breast, core biopsy: invasive carcinoma.\nHER2: negative (IHC 0).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(INDICATION + INDICATION_NEAR))
def test_a_drugs_indication_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a control line under the result, joined to it by "POSITIVE" at the line's end --------
# "(ASCO/CAP 2018 Group 1) -> HER2 POSITIVE" over "Controls : appropriate" read not found: the
# control cue "positive control" matched across the line break, and its part below, the row's first
# word, was not taken as a row of its own, so every HER2 mention above was set aside as a control's
# (devset28 b28-f03-09).
FISH_SHEET = (
    "FISH REPORT  HER2 (ERBB2)  -  breast, resection\n"
    + "Nuclei scored :  40\n"
    + "HER2 mean  : 10.6      CEP 17 mean : 2.0\n"
    + "Ratio HER2/CEP17 :  5.3\n"
    + "Interpretation : AMPLIFIED\n"
)
CONTROL_BELOW: list[Case] = [
    (
        "controls-appropriate-after-positive",
        FISH_SHEET + "(ASCO/CAP 2018 Group 1) -> HER2 POSITIVE\nControls : appropriate\n",
        "positive",
        {"ish.ratio": 5.3},
    ),
    (
        "control-slide-after-negative",
        "HER2 IHC (4B5), breast core biopsy: score 1+\nResult: HER2 NEGATIVE\nControl slide reacted as expected.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "controls-satisfactory-after-equivocal-status",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC: 2+ (equivocal), reflex FISH sent.\nStatus: HER2 EQUIVOCAL\nControls: satisfactory\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
CONTROL_BELOW_NEAR: list[Case] = [
    # a control's own score on the line below stays the control's
    (
        "positive-control-row-with-score",
        "Breast, core biopsy: invasive carcinoma.\nHER2 IHC (4B5): 0\nPositive control: 3+ as expected\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # a control statement that is the mention's own sentence stays a control
    (
        "control-in-the-statement",
        "HER2: external positive control shows 3+ staining.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(CONTROL_BELOW + CONTROL_BELOW_NEAR))
def test_a_control_row_below_the_result_is_its_own(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a label and its score spaced like table cells is no column header ----------------------
# "HER2 :  score  0  (no membrane reactivity ...)" over "control tissue (HER2 3+ gastric ca) ...":
# the double spaces made "HER2 :" a header cell, and the control's 3+ two lines below was read as
# its column's value (not found, with ihc 3+ shown; devset28 b28-f06-06).
GASTRIC = "GASTRIC BX (antrum) - HER2/neu IHC\nDx: poorly cohesive carcinoma, signet ring cell type\n"
SPACED_LABEL: list[Case] = [
    (
        "spaced-label-score-over-control-line",
        GASTRIC
        + "HER2 :  score  0  (no membrane reactivity in tumour cells)\n"
        + "      ->  NEGATIVE\n"
        + "control tissue (HER2 3+ gastric ca) stained appropriately.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "spaced-label-score-over-another-row",
        GASTRIC + "HER2 IHC   score   1+   (faint, incomplete)\nKi-67      40%       3+ lymphoid control\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
SPACED_LABEL_NEAR: list[Case] = [
    # a real header row with its score in the row below keeps its column reading
    (
        "header-over-score-row",
        GASTRIC + "Marker      HER2 (4B5)     Ki-67\nResult      3+             40%\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SPACED_LABEL + SPACED_LABEL_NEAR))
def test_a_spaced_label_and_score_is_no_header(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. a heading line that lists genes with no alteration, without a colon ---------------------
# "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS (selected)" over "KRAS, NRAS, BRAF, ..." left KRAS
# and NRAS unread: only headings ending in a colon were known (blind set 30).
CRC_NGS = "Colorectal adenocarcinoma, liver metastasis. Tissue NGS (324 genes).\nGENE ALTERATIONS\n   ERBB2   amplification - 18 copies\n"
NO_ALTERATION_HEADING: list[Case] = [
    (
        "assayed-with-no-reportable-alterations",
        CRC_NGS
        + "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS (selected)\n   KRAS, NRAS, BRAF, PIK3CA, POLE\n",
        "positive",
        {"related.kras": "wild-type", "related.nras": "wild-type", "related.braf": "wild-type"},
    ),
    (
        "genes-tested-without-alterations",
        CRC_NGS + "Genes tested without alterations\n   KRAS, NRAS, BRAF\n",
        "positive",
        {"related.kras": "wild-type", "related.nras": "wild-type"},
    ),
]
NO_ALTERATION_HEADING_NEAR: list[Case] = [
    # a sentence, not a heading: its genes are left to their own words
    (
        "sentence-about-genes",
        CRC_NGS
        + "Genes assayed with no reportable alterations include several not listed here.\n   KRAS G12D (VAF 22%)\n",
        "positive",  # read NEGATIVE before family I
        {"related.kras": "mutant"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(NO_ALTERATION_HEADING + NO_ALTERATION_HEADING_NEAR)
)
def test_a_no_alteration_heading_line_makes_its_genes_wild_type(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- I. a row with its own copy number is not negated by the next line --------------------------
# "ERBB2   amplification - 18 copies" over "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS (selected)"
# or "Genes with no alterations detected:" read NOT AMPLIFIED (a positive report read negative):
# the negation on the line below was taken as the row's own (blind set 30).
AMP_ROW: list[Case] = [
    (
        "heading-of-unaltered-genes-below",
        "Colorectal adenocarcinoma. Tissue NGS.\n   ERBB2   amplification - 18 copies\n"
        + "GENES ASSAYED WITH NO REPORTABLE ALTERATIONS (selected)\n   KRAS, NRAS, BRAF\n",
        "positive",
        {"ngs.amplification": "amplified", "ngs.copy_number": 18.0},
    ),
    (
        "same-indent-heading-with-colon",
        "Colorectal adenocarcinoma. Tissue NGS.\nERBB2 amplification - 18 copies\nGenes with no alterations detected:\n   KRAS, NRAS\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "sentence-with-no-below",
        "Colorectal adenocarcinoma. Tissue NGS.\nERBB2 amplification (CN 12)\nGenes assayed with no reportable alterations include TP53.\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]
AMP_ROW_NEAR: list[Case] = [
    # a line below that is only the row's negated value is still the row's
    (
        "value-line-below",
        "Tissue NGS.\nERBB2 amplification: 3 copies\nnot detected\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    # a negation on the row's own line
    (
        "negated-on-its-line",
        "Tissue NGS.\nERBB2 amplification (CN 3): not detected\nKRAS G12D detected\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(AMP_ROW + AMP_ROW_NEAR))
def test_a_row_with_its_copy_number_is_negated_on_its_line_only(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- H. a results heading with a dash and the sample it covers ----------------------------------
# "BIOMARKERS — RESIDUAL INVASIVE TUMOUR (block C7)" was no heading, so the "BACKGROUND (from request
# form ...)" section above ran over the residual tumour's results and read them as methods (the
# status came from the comment alone; blind set 30).
RESIDUAL = (
    "Left breast, mastectomy after neoadjuvant therapy.\n\n"
    + "BACKGROUND (from request form)\n   Core biopsy: ER 10% weak, PR neg, HER2 3+.\n\n"
)
DASH_HEADING: list[Case] = [
    (
        "biomarkers-dash-residual",
        RESIDUAL
        + "BIOMARKERS \u2014 RESIDUAL INVASIVE TUMOUR (block C7)\n"
        + "   HER2 IHC (HercepTest) ..... 3+  strong complete membranous, ~80%\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "results-dash-excision",
        RESIDUAL + "RESULTS - RESIDUAL TUMOUR\n   HER2 IHC (4B5): 1+\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
DASH_HEADING_NEAR: list[Case] = [
    # a reference line with a dash is the earlier sample's, not a results heading
    (
        "reference-dash-core",
        "Axillary lymph node, residual carcinoma after neoadjuvant chemotherapy.\n"
        + "BIOMARKER RETESTING (residual nodal carcinoma, block 2B):\n"
        + " HER2 IHC score 1+ (negative)\n\n"
        + "Reference - pre-treatment breast core biopsy (AG-26-03300):\n"
        + " HER2 IHC 3+ (POSITIVE)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(DASH_HEADING + DASH_HEADING_NEAR))
def test_a_results_heading_with_a_dash_ends_the_section_above(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- J. a score that names a part of the tumour --------------------------------------------------
# "... ISH may be performed on request given the small 3+ subpopulation" was read as the tumour's
# score 3+ (the JSON showed ihc 3+ beside "Overall score: 1+"; variants17b v17b-f11-02).
SUBPOPULATION: list[Case] = [
    (
        "small-3plus-subpopulation",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC: 1+ (negative).\n"
        + "Comment: HER2 heterogeneity; ISH may be performed given the small 3+ subpopulation.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "far-3plus-clone-only",
        "Breast core biopsy: invasive carcinoma. HER2-low.\nHeterogeneity noted; a 3+ clone is present in under 5% of cells.\n",
        "not_found",
        {"ihc": None},
    ),
]
SUBPOPULATION_NEAR: list[Case] = [
    # the part's score, then the tumour's own score in the same sentence
    (
        "component-then-own-score",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC: weak-to-moderate complete staining in ~15% and faint incomplete\n"
        + "staining in a further 40%. The 2+ component exceeds 10%: score 2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "score-then-share",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC: 3+ in 60% of tumour cells (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SUBPOPULATION + SUBPOPULATION_NEAR))
def test_a_score_naming_a_part_of_the_tumour_is_not_its_score(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- K. a relative's result on the wrapped line below --------------------------------------------
# "Historia familiar: madre con cáncer de mama" over "HER2 positivo a los 50 años" read POSITIVE
# for a report whose own HER2 was pending: a name opening its line was taken as a new statement even
# when the sentence above had only wrapped there (blind set 30).
WRAPPED_RELATIVE: list[Case] = [
    (
        "spanish-mother-wrapped",
        "Biopsia core de axila: metástasis de carcinoma de mama.\n"
        + "Marcadores predictivos (RE, RP, HER2, Ki-67): en curso.\n"
        + "Nota: se sugerirá estudio en el tumor primario. Historia familiar: madre con cáncer de mama\n"
        + "HER2 positivo a los 50 años (dato aportado por el clínico).\n",
        "not_found",
        {},
    ),
    (
        "english-sister-wrapped",
        "Breast, core biopsy: invasive carcinoma. HER2 testing is pending.\nFamily history: sister with breast cancer\n"
        + "HER2 positive at age 44, treated with trastuzumab.\n",
        "not_found",
        {},
    ),
]
WRAPPED_RELATIVE_NEAR: list[Case] = [
    # a labelled HER2 row under a family-history line is the report's own
    (
        "labelled-row-under-family-history",
        "Breast, core biopsy: invasive carcinoma.\nFamily history: sister, breast cancer\nHER2 (4B5): 3+\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "sentence-ended-above",
        "Breast, core biopsy: invasive carcinoma.\nFamily history: mother had breast cancer.\nHER2 positive (IHC 3+).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(WRAPPED_RELATIVE + WRAPPED_RELATIVE_NEAR))
def test_a_relatives_result_on_the_wrapped_line_below(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- L. a results table's reference column is no row's value -----------------------------------
# "HER2 (IHC)  PENDING  0,1+ negative; 2+ equivocal; 3+ positive" under "Test  Result  Units
# Reference" read NEGATIVE for a pending test (blind set 30 b30-f12-08): the reference cell was read
# as the row's value (findings/reference_columns.py blanks it on rows whose value is a word).
INQUIRY = "RESULTS INQUIRY - Breast panel (core bx 11/24/26)\nTest                 Result        Units   Reference\n"
REFERENCE_COLUMN: list[Case] = [
    (
        "pending-row-beside-its-key",
        INQUIRY
        + "ER (IHC)             88            %       >=1% positive\n"
        + "HER2 (IHC)           PENDING               0,1+ negative; 2+ equivocal; 3+ positive\n"
        + "HER2 ISH ratio       -                     <2.0 not amplified; >=2.0 amplified\n",
        "not_found",
        {},
    ),
    (
        "word-score-beside-its-key",
        INQUIRY + "HER2 (IHC)           1+ (low)      score   0,1+ negative; 2+ equivocal; 3+ positive\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "ref-interp-header-positive-row",
        "TEST            RESULT           UNITS   REF/INTERP\n"
        + "HER2_IHC        POSITIVE (3+)    score   0,1+ neg | 2+ equiv | 3+ pos\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
REFERENCE_COLUMN_NEAR: list[Case] = [
    # a measured row keeps its key: the number is not joined to the row below
    (
        "measured-ratio-row",
        INQUIRY
        + "HER2 ISH ratio       3.1           ratio   <2.0 not amplified; >=2.0 amplified\n"
        + "Interpretation: HER2 AMPLIFIED\n",
        "positive",
        {"ish.ratio": 3.1},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(REFERENCE_COLUMN + REFERENCE_COLUMN_NEAR))
def test_a_reference_column_is_no_rows_value(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- M. a HER2-low part of a 3+ tumour, and "the tumour is scored HER2 3+" ----------------------
# "Per ASCO/CAP (3+ in >10% of cells) the tumour is scored HER2 3+, POSITIVE. Heterogeneity noted;
# the HER2-low component does not change the overall call." read not found: the HER2-low part was
# taken for the tumour's category, and "is scored HER2 3+" was no result line (blind set 30).
HETEROGENEOUS = (
    "Breast, left, lumpectomy: IDC, G2, 18 mm.\n"
    + "HER2 (4B5) - heterogeneous: ~30% of invasive cells show strong complete circumferential\n"
    + "membrane staining (3+); remaining cells 0 to 1+ (faint incomplete).\n"
)
LOW_PART: list[Case] = [
    (
        "scored-3plus-with-low-component",
        HETEROGENEOUS
        + "Per ASCO/CAP (3+ in >10% of cells) the tumour is scored HER2 3+, POSITIVE.\n"
        + "Heterogeneity noted; the HER2-low component does not change the overall call.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "scored-without-as",
        HETEROGENEOUS + "The tumour is scored HER2 3+ (positive).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]
LOW_PART_NEAR: list[Case] = [
    # the tumour's own HER2-low category stays
    (
        "her2-low-tumour",
        "Breast core biopsy: invasive carcinoma.\nHER2 IHC 1+: HER2-low.\n",
        "negative",
        {"her2_low": True},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(LOW_PART + LOW_PART_NEAR))
def test_a_low_part_of_a_positive_tumour(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- N. a table row under another row that gives its own value ------------------------------------
# "Prior therapy   adjuvant trastuzumab 2023-24" over "HER2 IHC (4B5)   2+" set the HER2 row aside as
# therapy prose: the row above was read as the start of the HER2 row's statement (devset8
# b8-f02-09, once its reference column was blanked).
ROW_UNDER_ROW: list[Case] = [
    (
        "therapy-row-above-score-row",
        "Specimen                           Chest wall nodule, excision (recurrence)\n"
        + "Prior therapy                      adjuvant trastuzumab 2023-24\n"
        + "HER2 IHC (4B5)                     2+\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "drug-row-above-call-row",
        "Prior treatment        pertuzumab + trastuzumab (6 cycles, 2025)\n"
        + "HER2 (IHC)             1+     negative\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
ROW_UNDER_ROW_NEAR: list[Case] = [
    # prose that names the drug in the HER2 line's own sentence stays therapy prose
    (
        "drug-in-the-own-sentence",
        "Breast carcinoma. Eligible for trastuzumab if HER2 3+ on the resection.\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ROW_UNDER_ROW + ROW_UNDER_ROW_NEAR))
def test_a_row_under_a_value_row_is_its_own_statement(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
