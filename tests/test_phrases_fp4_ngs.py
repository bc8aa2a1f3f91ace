"""Sequencing results that could not be given, and blood-test lists of what was not found
(fourth blind set, tests/devset4), as phrase families with near-misses.

- b4-f04-05: "Because copy number could not be assessed, ERBB2 (HER2) amplification status is
  unknown from this test" was read as "not amplified" (the "not" of "could not be assessed" taken
  for a negation of the amplification): a negative for a report that gives no HER2 result. A
  test that could not be done, is unknown or not evaluable gives no value.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TISSUE = (
    "TISSUE GENOMIC PROFILE (next-generation sequencing, 324-gene panel)\n"
    "Diagnosis: intrahepatic cholangiocarcinoma. Specimen: liver core biopsy, FFPE.\n"
)

NOT_ASSESSED = [
    (
        "could-not-be-assessed-then-unknown",
        "Because copy number could not be assessed, ERBB2 (HER2) amplification status is unknown from this test.",
    ),
    ("row-not-evaluable", "ERBB2 amplification: not evaluable (tumor purity below 20%)"),
    ("row-cannot-be-determined", "ERBB2   amplification   cannot be determined (low purity)"),
    ("status-could-not-be-determined", "ERBB2 amplification status could not be determined in this sample."),
    ("unable-to-assess", "Unable to assess ERBB2 amplification because of low tumor content."),
    ("es-no-evaluable", "Amplificación de ERBB2: no evaluable (pureza tumoral insuficiente)."),
]

STILL_READ = [
    ("nm-not-detected-row", "ERBB2 amplification: not detected (copy number 2.1)", "negative"),
    (
        "nm-no-amp-then-other-gene-unassessed",
        "No ERBB2 amplification was detected; MET could not be assessed.",
        "negative",
    ),
    ("nm-amplified-row", "ERBB2 amplification (copy number 18)", "positive"),
    ("nm-equivocal-row", "ERBB2 amplification - equivocal (copy number 5)", "equivocal"),
]


@pytest.mark.parametrize(("name", "line"), NOT_ASSESSED, ids=[c[0] for c in NOT_ASSESSED])
def test_an_amplification_that_could_not_be_assessed_is_no_result(name: str, line: str) -> None:
    result = explain_text(TISSUE + line + "\n")
    assert result.status == "not_found", name
    assert result.ngs is None or result.ngs.amplification is None, name


@pytest.mark.parametrize(("name", "line", "status"), STILL_READ, ids=[c[0] for c in STILL_READ])
def test_an_assessed_amplification_is_still_read(name: str, line: str, status: str) -> None:
    assert explain_text(TISSUE + line + "\n").status == status, name
