"""A report on the tumour after treatment that quotes the biopsy before it: the biopsy's 3+ is not
the current result.

"Endoscopic biopsy BT/26/UGI/0101 (April 2026): ... HER2 on that biopsy: IHC 3+" above the
gastrectomy's own "IHC (4B5) score 0 ... HER2 NEGATIVE" after FLOT read positive (devset12
b12-f02-09): the biopsy was named by its accession number before its date, and "that biopsy"
named no earlier sample. The family: post-treatment gastric/GEJ and breast reports that restate
the pre-treatment result however they name it (by reference and date, "that biopsy", "the
diagnostic biopsy", "previously reported as", "at diagnosis") while the sample after treatment
has its own result. Near-misses keep a current 3+ and a biopsy report's own result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRECTOMY = (
    "Specimen: Total gastrectomy (after 4 cycles perioperative FLOT)\n"
    "Tumour: adenocarcinoma, intestinal type, ypT3 ypN1, Becker regression grade 2.\n\n"
)
MASTECTOMY = (
    "Specimen: Left mastectomy after neoadjuvant chemotherapy (TCHP).\n"
    "Residual invasive ductal carcinoma, ypT1c ypN0, RCB-II.\n\n"
)

# (name, report, expected status): the earlier 3+ is quoted, the current sample is 0 or 1+
QUOTED_EARLIER = [
    (
        "biopsy-ref-then-date-that-biopsy",
        GASTRECTOMY + "Endoscopic biopsy BT/26/UGI/0101 (April 2026): adenocarcinoma.\n"
        "HER2 on that biopsy: IHC 3+ (strong basolateral staining) - positive.\n\n"
        "HER2 on the resection (block 6, residual tumour): IHC score 0. HER2 NEGATIVE.\n",
        "negative",
    ),
    (
        "pre-treatment-biopsy-ref",
        GASTRECTOMY + "Pre-treatment biopsy (ref GB-26-118): HER2 3+.\n\n"
        "Residual tumour, block 4: HER2 IHC 1+ (negative).\n",
        "negative",
    ),
    (
        "diagnostic-biopsy-was-positive",
        GASTRECTOMY + "Comment: the diagnostic biopsy was HER2 positive (3+).\n\n"
        "HER2 testing of the residual carcinoma: IHC 0, negative.\n",
        "negative",
    ),
    (
        "previously-reported-as-3plus",
        MASTECTOMY + "HER2 (residual tumour, block B3): 1+ (negative).\n"
        "Note: HER2 was previously reported as 3+ on the core biopsy.\n",
        "negative",
    ),
    (
        "core-ref-date-breast",
        MASTECTOMY + "Core biopsy S26-1002 (02/2026): HER2 IHC 3+.\n\n"
        "Residual invasive carcinoma: HER2 IHC 1+ - negative.\n",
        "negative",
    ),
    (
        "that-biopsy-gej",
        "Oesophagectomy, GEJ adenocarcinoma, ypT2 ypN0 after neoadjuvant chemotherapy.\n\n"
        "An endoscopic biopsy EB-26-0331 was taken in March 2026. On that biopsy HER2 was 3+.\n\n"
        "HER2, residual tumour (block A5): score 0 (no staining).\n",
        "negative",
    ),
    (
        "biopsy-accession-bracket-year",
        GASTRECTOMY + "Biopsy G26/0045 (January 2026) - HER2 IHC 3+ (positive)\n\n"
        "Current specimen, residual tumour: HER2 IHC 0 - negative\n",
        "negative",
    ),
    (
        "at-diagnosis",
        MASTECTOMY + "HER2 at diagnosis: 3+ (core biopsy).\n\nHER2 on residual tumour: IHC 1+, NEGATIVE.\n",
        "negative",
    ),
    (
        "initial-biopsy-prose",
        GASTRECTOMY + "The initial endoscopic biopsy (12/02/2026) showed HER2 3+.\n\n"
        "Post-treatment resection, HER2 IHC: 0.\n",
        "negative",
    ),
    (
        "earlier-biopsy-only-not-found",
        GASTRECTOMY + "Endoscopic biopsy BT/26/UGI/0101 (April 2026): adenocarcinoma.\n"
        "HER2 on that biopsy: IHC 3+ - positive.\n\n"
        "HER2 was not repeated on the resection.\n",
        "not_found",
    ),
]

NEAR_MISSES = [
    (
        "current-3plus-biopsy-3plus",
        GASTRECTOMY + "Endoscopic biopsy BT/26/UGI/0101 (April 2026): HER2 IHC 3+.\n\n"
        "HER2 on the resection (residual tumour): IHC 3+ - POSITIVE.\n",
        "positive",
    ),
    (
        "current-3plus-biopsy-0",
        MASTECTOMY + "Core biopsy S26-1002 (02/2026): HER2 IHC 0.\n\n"
        "Residual invasive carcinoma: HER2 IHC 3+ - positive.\n",
        "positive",
    ),
    (
        "biopsy-report-own-result",
        "Endoscopic biopsy BT/26/UGI/0101 (April 2026): gastric adenocarcinoma, intestinal type.\n"
        "HER2 on this biopsy: IHC 3+ (strong basolateral staining) - positive.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(
    ("report", "expected"),
    [pytest.param(t, e, id=n) for n, t, e in QUOTED_EARLIER + NEAR_MISSES],
)
def test_quoted_earlier_result(report: str, expected: str) -> None:
    assert explain_text(report).status == expected
