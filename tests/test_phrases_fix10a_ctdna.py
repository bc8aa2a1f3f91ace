"""A plasma (ctDNA) report whose ERBB2 row is all dashes found nothing: not found, not negative.

"ERBB2    —    —    —" in a plasma panel's results table, over "KRAS ..." rows and "ALK/ROS1/RET
fusions: not detected", read as a HER2 column header whose cell below said "not detected", so
the report read HER2 negative (devset12 b12-f05-08); its "HOW TO READ THIS REPORT" key ("ERBB2
(HER2): mutations (incl. exon 20 insertions) and amplification are reported") read as an exon 20
insertion. A row of dashes is a data row, never a header; a report's key to reading it is a
legend. A blood test that detects nothing is no HER2 status (facts.md §7, §10). Near-misses: a
plasma amplification stays positive and a tissue report's own negative stays negative.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

PLASMA_HEAD = (
    "Plasma NSCLC Panel (cfDNA)                   Ref LDX-26-30877\n"
    "Patient: Doe, Jane      Lung adenocarcinoma, stage IV\n"
    "Draw date: 2026-10-02   Report date: 2026-10-10\n\n"
)
KEY = (
    "HOW TO READ THIS REPORT\n"
    "  Amplification levels:  + low   ++ medium   +++ high\n"
    "  ERBB2 (HER2): mutations (incl. exon 20 insertions) and amplification are reported;\n"
    '  a "—" means not detected.\n\n'
)

PLASMA_NOTHING = [
    (
        "dash-row-then-fusions-not-detected",
        PLASMA_HEAD + KEY + "RESULTS\n"
        "  Gene     Alteration           cfDNA %     Amplification\n"
        "  EGFR     L858R                4.3         —\n"
        "  ERBB2    —                    —           —\n"
        "  KRAS     —                    —           —\n"
        "  ALK/ROS1/RET fusions: not detected\n",
        "not_found",
    ),
    (
        "dash-row-first",
        PLASMA_HEAD + "RESULTS\n"
        "  Gene     Alteration     cfDNA %     Amplification\n"
        "  ERBB2    —              —           —\n"
        "  MET      —              —           —\n"
        "  Fusions: none detected\n",
        "not_found",
    ),
    (
        "double-dash-row",
        PLASMA_HEAD + "Gene      Variant      VAF      CNV\n"
        "ERBB2     --           --       --\n"
        "TP53      R273C        3.8%     --\n"
        "Other genes: not detected\n",
        "not_found",
    ),
    (
        "key-section-only",
        PLASMA_HEAD + "How to interpret this report:\n"
        "  ERBB2 exon 20 insertions and ERBB2 amplification are reported when detected.\n\n"
        "RESULTS\n  EGFR exon 19 deletion detected (VAF 2.1%).\n  No other alterations detected.\n",
        "not_found",
    ),
    (
        "guardant-style-not-detected",
        PLASMA_HEAD + "ERBB2 amplification: NOT DETECTED\nEGFR L858R: detected (1.2%)\n",
        "not_found",
    ),
]

# more of the family: other layouts of a plasma panel that found nothing in ERBB2
PLASMA_NOTHING_MORE = [
    (
        "en-dash-row-legend-levels",
        PLASMA_HEAD + "Key: amplification + low, ++ medium, +++ high; \u2013 not detected\n\n"
        "Gene            SNV/indel     Amplification\n"
        "EGFR            \u2013             +++\n"
        "ERBB2 (HER2)    \u2013             \u2013\n"
        "MET             \u2013             \u2013\n"
        "Fusions: not detected\n",
        "not_found",
    ),
    (
        "liquid-biopsy-row-dashes-under-header",
        "Liquid biopsy (ctDNA) report, colorectal adenocarcinoma, metastatic.\n\n"
        "Gene     Mutation     VAF     Copy number\n"
        "KRAS     G12D         5.2%    -\n"
        "ERBB2    -            -       -\n"
        "BRAF     -            -       -\n"
        "MSI: not detected\n",
        "not_found",
    ),
    (
        "how-to-interpret-key-then-nothing",
        PLASMA_HEAD + "HOW TO INTERPRET THIS REPORT\n"
        "  ERBB2 (HER2) amplification is reported as + / ++ / +++ when detected.\n\n"
        "RESULTS\n  No reportable alterations detected in the genes tested.\n",
        "not_found",
    ),
]

NEAR_MISSES = [
    (
        "plasma-amplification-detected",
        PLASMA_HEAD + "RESULTS\n  ERBB2 amplification detected, plasma copy number 3.4\n",
        "positive",
    ),
    (
        "tissue-table-her2-row-under-header",
        "Gastric adenocarcinoma, biopsy.\n"
        "Marker     Clone     Result\n"
        "HER2       4B5       1+ (negative)\n"
        "MLH1       ES05      retained\n",
        "negative",
    ),
    (
        "tissue-her2-negative-row",
        "Lung adenocarcinoma, core biopsy.\n"
        "Marker      Result        Score\n"
        "HER2        Negative      1+\n"
        "PD-L1       Positive      TPS 60%\n",
        "negative",
    ),
]


@pytest.mark.parametrize(
    ("report", "expected"),
    [pytest.param(t, e, id=n) for n, t, e in PLASMA_NOTHING + PLASMA_NOTHING_MORE + NEAR_MISSES],
)
def test_plasma_nothing_detected(report: str, expected: str) -> None:
    assert explain_text(report).status == expected


def test_key_mutation_is_not_a_finding() -> None:
    result = explain_text(PLASMA_NOTHING[0][1])
    assert result.ngs is None or not result.ngs.mutations
