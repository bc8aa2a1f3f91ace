"""A sequencing table's row is its own statement: a drug on another row is not its context.

Blind set 9 b9-f04-06 (a cholangiocarcinoma panel: "ERBB2  (copy number)  3  No amplification"
with "IDH1  R132C  --  Ivosidenib (approved)" below it and "Therapy associations for ERBB2 S310F:
... trastuzumab not approved" further down) lost its ERBB2 result: the therapy words of the other
rows set the row aside as therapy prose. Structure: a row of three or more cells whose values all
lie on it is checked for therapy words on that row only. Near-miss: a row that names its drug.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "TISSUE GENOMIC PROFILING REPORT\nPrimary: intrahepatic cholangiocarcinoma (liver biopsy)\n"

ROWS = [
    (
        "copy-row-then-drug-row-and-note",
        " GENE       ALTERATION        COPY #    INTERPRETATION\n"
        " ERBB2      (copy number)     3         No amplification\n"
        " IDH1       R132C             --        Ivosidenib (approved)\n"
        " Therapy associations for IDH1 R132C: ivosidenib; trastuzumab not indicated.\n",
        "negative",
    ),
    (
        "cnv-row-then-therapy-row",
        " Gene    Type    Copies    Call\n"
        " ERBB2   CNV     2         not amplified\n"
        " FGFR2   fusion  --        pemigatinib (approved)\n",
        "negative",
    ),
    (
        "amplified-row-then-drug-note",
        " GENE       ALTERATION        COPY #    INTERPRETATION\n"
        " ERBB2      amplification     18        Amplified\n"
        " KRAS       G12D              --        no targeted therapy approved\n",
        "positive",
    ),
]

NEAR_MISSES = [
    (
        "row-names-its-drug",
        " BIOMARKER          THERAPY                     EVIDENCE\n"
        " ERBB2 amplified    trastuzumab (approved)      Level 1\n",
        ("not_found",),
    ),
]


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_a_rows_own_result_stands_beside_other_rows_therapy(text: str, status: str) -> None:
    assert explain_text(HEAD + text).status == status


@pytest.mark.parametrize(("text", "allowed"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_row_that_names_its_drug_is_therapy(text: str, allowed: tuple[str, ...]) -> None:
    assert explain_text(HEAD + text).status in allowed
