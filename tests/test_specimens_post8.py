"""Which result belongs to which sample (post8, session 8): sample rows with no header, a sample
named before the test's name, a repeated test's block in brackets, and an earlier sample the
report marks only as "prior"/"previously reported" in a report after treatment.

Each family in layouts of my own with near-misses whose answer must not change (a single-sample
report stays single; two samples with the same result list nothing; a value below a "Prior
therapy" row is the current sample's). Cases: (text, status, top-level IHC, top-level ISH, each
listed sample's (ihc, ish, call) in report order) - tests/specimen_cases.py.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

from .specimen_cases import Spec, check_sample_case

MASTECTOMY = "Specimen: Right breast lumpectomy, post neoadjuvant chemotherapy.\n"

CASES: list[tuple[str, str, str, str | None, str | None, list[Spec]]] = [
    # --- rows that open with a sample's name, no header row (devset8 b8-f01-03)
    (
        "rows-mass-blocks",
        "RECEPTOR STUDIES\n Mass 1 (block A3)  ER 98%  PR 70%  HER2 IHC 1+  NEGATIVE\n"
        " Mass 2 (block A7)  ER 60%  PR 0%   HER2 IHC 3+  POSITIVE (complete, intense\n"
        "                                     circumferential staining, ~80% of cells)\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "rows-nodules",
        "IMMUNOHISTOCHEMISTRY\nNodule 1 (block B2)    ER 90%    HER2 IHC 0 (negative)\n"
        "Nodule 2 (block B6)    ER 5%     HER2 IHC 3+ (positive)\n",
        "positive",
        "3+",
        None,
        [("0", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "rows-foci",
        "Markers by tumour focus:\n  Focus 1 (A4)   ER pos   PR pos   HER2 2+ equivocal, FISH pending\n"
        "  Focus 2 (A9)   ER neg   PR neg   HER2 3+ positive\n",
        "positive",
        "3+",
        None,
        [("2+", None, "equivocal"), ("3+", None, "positive")],
    ),
    (
        "rows-tumours-clock",
        "Tumor 1 (right, 10 o'clock)   ER 80%   HER2 1+\nTumor 2 (right, 2 o'clock)    ER 0%    HER2 3+\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    # near-miss: one named row is the report's one sample
    (
        "nm-rows-one-row",
        "Receptors:\n Mass 1 (block A3)  ER 98%  PR 70%  HER2 IHC 1+  NEGATIVE\n",
        "negative",
        "1+",
        None,
        [],
    ),
    # near-miss: two samples, one result: nothing to list
    (
        "nm-rows-same-result",
        "Receptors:\n Mass 1 (block A3)  ER 98%  HER2 IHC 3+  POSITIVE\n Mass 2 (block A7)  ER 95%  HER2 IHC 3+  POSITIVE\n",
        "positive",
        "3+",
        None,
        [],
    ),
    # near-miss: blocks listed in a gross key are no samples of the result
    (
        "nm-rows-block-key",
        "Block A4   invasive carcinoma, 12 mm\nBlock A5   margin\nHER2 IHC (block A4): 2+; ISH not amplified, ratio 1.4.\n",
        "negative",
        "2+",
        "not_amplified",
        [],
    ),
    # --- a sample named before the test's name: "Core biopsy HER2: 1+"
    (
        "label-before-test-name",
        "Core biopsy HER2: 1+ (S-100).\nExcision HER2: 3+.\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "label-before-test-name-ihc",
        "Lumpectomy HER2 IHC: 1+\nCore needle biopsy HER2 IHC: 3+\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "label-before-test-name-repeated-block",
        "Clinical history: core biopsy elsewhere.\n\nHER2 (repeated, block A3; clone 4B5): score 0, no staining.\n"
        "Core biopsy HER2: 1+ (EPA-26-10433).\nFinal HER2 status for this tumor: NEGATIVE on both specimens.\n",
        "negative",
        "1+",
        None,
        [("0", None, "negative"), ("1+", None, "negative")],
    ),
    # near-miss: the one sample named on a line of its own
    (
        "nm-label-single-sample",
        "Specimen: left breast core biopsy.\nHER2: 3+ (positive).\n",
        "positive",
        "3+",
        None,
        [],
    ),
    # --- a sample column's ISH value that runs onto a continuation line (devset8 b8-f01-02)
    (
        "column-continuation-dish",
        "                 Core (A1)                 Lumpectomy (B2)\nER               80%                       85%\n"
        "HER2 IHC         1+                        2+ (equivocal)\n"
        "HER2 DISH        n/a                       ratio 2.5, HER2 5.1/cell,\n"
        "                                           amplified\nKi-67            10%                       12%\n",
        "positive",
        "2+",
        "amplified",
        [("2+", "amplified", "positive"), ("1+", None, "negative")],
    ),
    (
        "column-continuation-fish-group",
        "               Core biopsy (S1)            Excision (S2, A4)\n  ER           90% strong                  95% strong\n"
        "  HER2 IHC     3+ (positive)               2+ (equivocal)\n"
        "  HER2 FISH    not performed               ratio 2.4; HER2 4.6/cell;\n"
        "                                           AMPLIFIED (Group 1)\n  Ki-67        35%                         40%\n",
        "positive",
        "3+",
        "amplified",
        [("3+", None, "positive"), ("2+", "amplified", "positive")],
    ),
    (
        "column-continuation-not-done",
        "                 Biopsy (B1)               Resection (R3)\nHER2 IHC         3+                        2+\n"
        "HER2 ISH         not done                  ratio 2.2; HER2 4.4/cell;\n                                           AMPLIFIED\n",
        "positive",
        "3+",
        "amplified",
        [("3+", None, "positive"), ("2+", "amplified", "positive")],
    ),
    # near-miss: both columns alike and no ISH value: nothing to list
    (
        "nm-column-no-ish",
        "               Core biopsy (S1)            Excision (S2, A4)\n  HER2 IHC     3+ (positive)               3+ (positive)\n"
        "  HER2 FISH    not performed               not performed\n",
        "positive",
        "3+",
        None,
        [],
    ),
    # --- after treatment: the sample the report marks as prior is the sample before treatment
    (
        "prior-dotted-row",
        MASTECTOMY + "Prior ...... Core bx 02/2026: IDC gr3, ER 5%, PR 0, HER2 1+ (neg)\n"
        "DX: residual invasive ductal carcinoma 1.8 cm.\nHER2 RETESTED ON RESIDUAL TUMOR: IHC 3+ ==> POSITIVE\n",
        "positive",
        "3+",
        None,
        [("1+", None, "negative"), ("3+", None, "positive")],
    ),
    (
        "prior-previously-reported",
        MASTECTOMY + "Residual invasive ductal carcinoma, 1.1 cm.\nPreviously reported HER2 status "
        "(biopsy SP-26-0444): POSITIVE, IHC 3+.\nHER2 on the residual tumour: IHC 1+ (negative).\n",
        "negative",
        "1+",
        None,
        [("3+", None, "positive"), ("1+", None, "negative")],
    ),
    (
        "prior-only-not-found",
        MASTECTOMY + "Prior ...... Core bx 02/2026: IDC gr3, ER 95%, HER2 3+ (pos)\n"
        "DX: residual invasive ductal carcinoma 1.8 cm, ypT1c.\n",
        "not_found",
        None,
        None,
        [],
    ),
    # near-miss: a line naming the sample after treatment ends the prior label's reach
    (
        "nm-prior-then-residual-line",
        "Procedure: esophagectomy after neoadjuvant chemoradiation.\nPrevious biopsy result: HER2 IHC 3+.\n"
        "Residual adenocarcinoma, ypT2.\nHER2 (block B2): IHC 3+, positive.\n",
        "positive",
        "3+",
        None,
        [("3+", None, "positive"), ("3+", None, "positive")],
    ),
    # near-miss: a "Prior therapy" row above the current result names no earlier sample
    (
        "nm-prior-therapy-row",
        "Test                      Result        Reference\n"
        "Specimen                  Axillary recurrence after adjuvant trastuzumab, core biopsy\n"
        "Prior therapy             trastuzumab (adjuvant), 2022\n"
        "HER2 IHC (4B5)            2+            0-1+ neg; 2+ equiv; 3+ pos\n"
        "HER2/CEP17 ratio          2.2\nFISH interpretation       AMPLIFIED\n",
        "positive",
        "2+",
        "amplified",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ihc", "ish", "specimens"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_post8_sample_case(
    text: str, status: str, ihc: str | None, ish: str | None, specimens: list[Spec]
) -> None:
    check_sample_case(text, status, ihc, ish, specimens)


def test_rows_name_their_samples() -> None:
    result = explain_text(CASES[0][1])
    assert [s.label for s in result.specimens] == ["Mass 1 (block A3)", "Mass 2 (block A7)"]
