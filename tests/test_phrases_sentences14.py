"""Engine-side values a patient reads (sentences14): what a panel covers is not what it found, and a
marker named as a test with no result, or as a condition, has no status. Short reports written for
the test, each with a near-miss where the value must stay."""

from __future__ import annotations

from her2cli.api import explain_text

PLASMA_NOTHING = (
    "Liquid biopsy ctDNA NSCLC panel. Sample: peripheral blood, cfDNA.\n"
    "Dx: NSCLC, adenocarcinoma, stage IVB.\n"
    "RESULTS\n"
    "  No tumor-derived alterations detected in the genes tested.\n\n"
    "Genes / alteration classes tested:\n"
    "  EGFR (exons 18-21 incl. T790M, exon 20 ins) | ALK, ROS1, RET fusions | KRAS G12C and hotspots |\n"
    "  BRAF V600E | MET exon 14 skipping, MET amplification | ERBB2 (HER2) exon 19-20 mutations,\n"
    "  exon 20 insertions and amplification | NTRK1/2/3 fusions | PIK3CA hotspots\n"
)


def test_changes_listed_under_a_tested_heading_are_not_found() -> None:
    # devset16 b16-f05-02: headline "HER2 (ERBB2) gene mutation found", KRAS G12C, BRAF V600E
    r = explain_text(PLASMA_NOTHING)
    assert r.ngs is None or not r.ngs.mutations
    assert r.related["kras"] is None and r.related["braf"] is None


def test_changes_listed_under_a_detected_heading_are_found() -> None:
    # near-miss: the same list under a heading that says they were detected
    r = explain_text(
        "Liquid biopsy ctDNA NSCLC panel. Sample: peripheral blood, cfDNA.\n"
        "Dx: NSCLC, adenocarcinoma, stage IVB.\n"
        "Alterations detected:\n"
        "  ERBB2 (HER2) exon 20 insertion p.Y772_A775dup, VAF 1.2%\n"
        "  KRAS G12C, VAF 0.8%\n"
    )
    assert r.ngs is not None and r.ngs.mutations


COLON = (
    "Sigmoid colon, colectomy: adenocarcinoma, pT3 pN1b.\n"
    "BIOMARKER STUDIES (block A4)\n"
    "  MLH1 .............. intact nuclear expression\n"
    "  MSH6 .............. intact nuclear expression\n"
)


def test_a_marker_test_not_requested_has_no_status() -> None:
    # devset16 b16-f09-02 read "KRAS/NRAS/BRAF .... not requested" and a condition as wild-type
    r = explain_text(
        COLON + "  KRAS/NRAS/BRAF .... not requested (stage III; may be ordered if disease recurs)\n"
        "  HER2 .............. not performed on this specimen\n"
        "COMMENT: HER2 testing of colorectal carcinoma is currently recommended in the metastatic\n"
        "setting after RAS/BRAF\nwild-type status is established; it can be added on request.\n"
    )
    assert (r.related["kras"], r.related["nras"], r.related["braf"]) == (None, None, None)


def test_a_marker_row_with_a_result_keeps_it() -> None:
    # near-miss: a dotted row that gives the result
    r = explain_text(COLON + "  KRAS/NRAS/BRAF .... wild-type (no mutation detected)\n")
    assert r.related["kras"] == "wild-type" and r.related["braf"] == "wild-type"


def test_a_long_dot_leader_after_a_marker_reads_in_time() -> None:
    # the dot leader the no-result words now cross must not backtrack (a first try timed out on
    # devset13 b13-f10-05 and devset15 b15-f04-07)
    import time  # noqa: PLC0415

    start = time.monotonic()
    r = explain_text(COLON + "  KRAS " + "." * 60 + " G12D DETECTED\n  BRAF " + ". " * 40 + "\n")
    assert time.monotonic() - start < 10
    assert r.related["kras"] == "mutant"
