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


# --- lists under a heading that says their items were not detected (b4-f05-03, b4-f05-02,
# b4-f05-06): "NOT DETECTED" over an indented list, "Genes evaluated (all NOT DETECTED):",
# "Not detected: KRAS, NRAS, ..., MSI-High." b4-f05-03 was positive from "ERBB2 amplification"
# listed under NOT DETECTED in a plasma report (the worst direction); b4-f05-02 read "BRAF V600E
# KRAS G12C" under "(all NOT DETECTED)" as two mutations. In blood a "not detected" is no value
# (facts.md §7, §10): not found for HER2, no RAS/BRAF/MSI value.

BLOOD = (
    "CIRCULATING TUMOR DNA (cfDNA) ASSAY - RESULTS\n"
    "Clinical diagnosis: metastatic colorectal adenocarcinoma. Sample: plasma (cfDNA 28 ng).\n\n"
)
TISSUE_CRC = (
    "TISSUE NGS PANEL (next-generation sequencing, FFPE block A2)\n"
    "Diagnosis: colon adenocarcinoma, metastatic.\n\n"
)

HEADED_LISTS = [
    (
        "heading-line-over-indented-list",
        "DETECTED\n   PIK3CA    H1047R     3.5%\n   TP53      R213*      4.1%\nNOT DETECTED\n"
        "   ERBB2 amplification; AKT1; BRCA1; BRCA2; PTEN\n",
    ),
    (
        "all-not-detected-colon",
        "Genes evaluated for actionable variants (all NOT DETECTED):\n   EGFR   ALK   BRAF V600E   KRAS G12C\n"
        "   ERBB2 (HER2) mutations and amplification   NTRK1/2/3 fusions\n",
    ),
    ("alterations-not-detected-colon", "Alterations not detected:\n  ERBB2 amplification\n  KRAS\n  NRAS\n"),
    ("inline-not-detected-label", "Not detected: KRAS, NRAS, BRAF, ERBB2 amplification, MSI-High.\n"),
    ("es-no-detectado-heading", "NO DETECTADO\n   Amplificación de ERBB2; KRAS; NRAS; BRAF\n"),
]


@pytest.mark.parametrize(("name", "block"), HEADED_LISTS, ids=[c[0] for c in HEADED_LISTS])
def test_a_blood_list_under_a_not_detected_heading_gives_no_value(name: str, block: str) -> None:
    result = explain_text(BLOOD + block)
    assert result.status == "not_found", name
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.amplification is None, name
    assert {g: result.related[g] for g in ("kras", "nras", "braf", "msi")} == dict.fromkeys(
        ("kras", "nras", "braf", "msi")
    ), name


NEAR_MISSES = [
    (
        "nm-amplification-under-detected",
        "DETECTED\n   ERBB2 amplification (plasma copy number 3.1)\nNOT DETECTED\n   KRAS; NRAS; BRAF\n",
        "positive",
    ),
    (
        "nm-blank-line-ends-the-list",
        "NOT DETECTED\n   KRAS; NRAS; BRAF\n\nERBB2 amplification (plasma copy number 4.2)\n",
        "positive",
    ),
    (
        "nm-detected-heading-after",
        "NOT DETECTED\n   BRCA1; BRCA2\nDETECTED\n   ERBB2 amplification (plasma copy number 5.0)\n",
        "positive",
    ),
    (
        "nm-not-detected-as-a-value-below-its-label",
        "KRAS\nNot detected\nERBB2 amplification\nDetected (plasma copy number 3.2)\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "block", "status"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_an_amplification_outside_the_not_detected_list_is_read(name: str, block: str, status: str) -> None:
    assert explain_text(BLOOD + block).status == status, name


def test_a_tissue_list_under_a_not_detected_heading_is_a_negative() -> None:
    result = explain_text(TISSUE_CRC + "NOT DETECTED\n   ERBB2 amplification; KRAS; NRAS; BRAF; MSI-High\n")
    assert result.status == "negative"
    assert result.ngs is not None and result.ngs.amplification == "not_amplified"
    assert result.related["kras"] == "wild-type"
    assert result.related["msi"] == "MSS"


# --- MSI and RAS in blood: "MSI-High .... Not detected" (b4-f05-01) is no MSI-high, and in blood
# no value at all (the lead's convention for "not detected" in blood, applied to MSI the same
# way); a tissue result the blood report restates ("KRAS/NRAS/BRAF wild-type by tissue PCR",
# b4-f05-05) is the tumor's result and is kept.

RELATED = [
    ("blood-msi-high-dot-leaders", BLOOD + "  MSI-High .... Not detected\n", {"msi": None}),
    ("blood-msi-status-stable", BLOOD + "  Microsatellite status: MSI-High not detected\n", {"msi": None}),
    ("tissue-msi-high-dot-leaders", TISSUE_CRC + "  MSI-High .... Not detected\n", {"msi": "MSS"}),
    ("nm-blood-msi-high-detected", BLOOD + "  MSI-High .... DETECTED\n", {"msi": "MSI-H"}),
    (
        "blood-restates-tissue-wild-type",
        BLOOD
        + "  KRAS / NRAS / BRAF ......... NOT DETECTED\n\nComment: per outside pathology (rectal biopsy "
        "RH-26-1181) this tumor was KRAS/NRAS/BRAF wild-type by tissue PCR.\n",
        {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
    ),
    (
        "blood-tissue-msi-restated",
        BLOOD
        + "  MSI-High: not detected\nThe resection specimen was microsatellite stable (MSS) by PCR on tissue.\n",
        {"msi": "MSS"},
    ),
    (
        "nm-blood-not-detected-tissue-advised",
        BLOOD + "  KRAS, NRAS, BRAF: not detected. Tissue testing is recommended.\n",
        {"kras": None, "nras": None, "braf": None},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), RELATED, ids=[c[0] for c in RELATED])
def test_blood_related_markers(name: str, text: str, want: dict[str, object]) -> None:
    related = explain_text(text).related
    assert {k: related.get(k) for k in want} == want, name


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        (
            "with-wild-type-by-tissue-pcr",
            BLOOD
            + "Per outside pathology this tumor was HER2 3+ with KRAS/NRAS/BRAF wild-type by tissue PCR.\n",
            {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"},
        ),
        (
            "nm-with-wild-type-population",
            TISSUE_CRC + "Tucatinib is approved for patients with KRAS wild-type disease.\n",
            {"kras": None},
        ),
    ],
    ids=["with-wild-type-by-tissue-pcr", "nm-with-wild-type-population"],
)
def test_a_tissue_result_after_with_is_no_population(name: str, text: str, want: dict[str, object]) -> None:
    related = explain_text(text).related
    assert {k: related.get(k) for k in want} == want, name


# --- a VUS by its own row or its list's heading, not by a VUS list above it (b4-f05-03: the
# activating S310F named in the comment under a VUS list was reported as a VUS)

VUS_CASES = [
    (
        "activating-change-below-a-vus-list",
        "DETECTED\n   ERBB2     S310F      1.2%\nVARIANTS OF UNCERTAIN SIGNIFICANCE\n   ERBB2 T862A 0.3% (VUS)\n\n"
        "Comment: ERBB2 S310F is an activating extracellular-domain mutation.\n",
        ["S310F"],
        ["T862A"],
    ),
    (
        "heading-without-colon",
        "VARIANTS OF UNCERTAIN SIGNIFICANCE\n   ERBB2   T862A   0.3%\n",
        [],
        ["T862A"],
    ),
    ("nm-vus-on-its-row", "ERBB2 V777L 2.1% (VUS)\n", [], ["V777L"]),
    ("nm-vus-label-on-its-line", "Variants of uncertain significance: ERBB2 E1021Q\n", [], ["E1021Q"]),
]


@pytest.mark.parametrize(("name", "block", "muts", "vus"), VUS_CASES, ids=[c[0] for c in VUS_CASES])
def test_a_vus_is_a_vus_by_its_row_or_heading(name: str, block: str, muts: list[str], vus: list[str]) -> None:
    ngs = explain_text(BLOOD + block).ngs
    assert ngs is not None, name
    assert (ngs.mutations, ngs.variants_of_unknown_significance) == (muts, vus), name


def test_a_quoted_dot_leader_row_keeps_its_value() -> None:
    """b4-f05-05 review: the quote "ERBB2 amp1ificati0n ......." stopped before "N0T DETECTED",
    reading like an amplification found; dot leaders join a row's label to its value."""
    result = explain_text(BLOOD + "RESULTS\n  ERBB2 amplification ....... NOT DETECTED\n")
    assert [e.text for e in result.evidence] == ["ERBB2 amplification ....... NOT DETECTED"]
