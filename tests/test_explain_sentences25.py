"""What the patient reads (session 25 helper sentences25): session 24's open rows and the audit of
variants18a/b. Each case is a short report written for the test, with a near-miss where the
sentence (or the reading) must stay."""

from __future__ import annotations

import pytest

from her2cli.api import explain_text
from her2cli.model import Ihc, Ish
from her2cli.report_words import read_text_facts

from .summary_cases import by_hand, explain_with_words

# --- 1. a decision that waits for the HER2 result is not a stain that failed --------------------
# (devset25 b25-f11-10: "Eligibility: cannot be assessed until HER2 scoring ... is available" beside
# "HER2 IHC ordered ..., in progress" read "No HER2 result yet: the stain could not be read")

NOT_READ = "the stain could not be read"


@pytest.mark.parametrize(
    "waits",
    [
        "Suitability for trastuzumab deruxtecan cannot be assessed until the HER2 stain is scored.",
        "Treatment choice can not be evaluated before the HER2 result is back.",
        "Trial eligibility could not be assessed till HER2 testing is complete.",
    ],
)
def test_a_decision_waiting_for_the_her2_result_is_no_failed_stain(waits: str) -> None:
    text = (
        "ONCOLOGY NOTE -- metastatic breast cancer (liver).\n"
        "HER2 IHC on the liver biopsy ordered last week, in progress.\n"
        f"{waits}\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found", waits
    assert NOT_READ not in said, waits
    assert not read_text_facts(text).uninterpretable, waits


@pytest.mark.parametrize(
    "failed",
    [
        "HER2 IHC could not be evaluated (poor fixation, no internal control staining).",
        "HER2 staining cannot be interpreted: edge artefact throughout. A new block is requested.",
    ],
)
def test_a_stain_that_could_not_be_read_is_still_said(failed: str) -> None:
    # near-miss: the same words about the stain itself, with no "until"
    text = f"Breast, core biopsy: invasive ductal carcinoma.\n{failed}\n"
    _, said = explain_with_words(text)
    assert read_text_facts(text).uninterpretable, failed
    assert NOT_READ in said, failed


# --- 2. an ISH sent out whose report is attached is not "requested, result to come" -------------
# (variants17b v17b-f03-04: "FISH RESULT - HER2 - (sent out to <lab>, report attached p.3)" read
# "a gene copy test (ISH) has been requested and its result will come later" while the engine
# had not read the result: a pending sentence must not stand beside the test's own result)

TO_COME = "has been requested and its result will come later"


@pytest.mark.parametrize(
    "sent",
    [
        "HER2 FISH: sent out to Northgate Molecular, report attached (page 2).",
        "Reflex ISH was referred to the regional reference laboratory; their full report is enclosed.",
        "FISH sent to an outside lab - outside report appended below.",
    ],
)
def test_an_ish_with_its_report_attached_is_not_said_to_come(sent: str) -> None:
    text = f"Breast, left, excision: invasive carcinoma, NST.\nHER2 IHC (4B5): 2+, equivocal.\n{sent}\n"
    said = by_hand(text, status="equivocal", cancer_type="breast", warnings=[], ihc=Ihc(score="2+"))
    assert TO_COME not in said, sent


@pytest.mark.parametrize(
    "sent",
    [
        "HER2 FISH: sent out to Northgate Molecular; the report will be attached when received.",
        "Reflex ISH has been requested; result to follow in an addendum.",
    ],
)
def test_an_ish_still_to_come_is_said_to_come(sent: str) -> None:
    # near-miss: a report that will be attached is not attached yet
    text = f"Breast, left, excision: invasive carcinoma, NST.\nHER2 IHC (4B5): 2+, equivocal.\n{sent}\n"
    said = by_hand(text, status="equivocal", cancer_type="breast", warnings=[], ihc=Ihc(score="2+"))
    assert TO_COME in said, sent


# --- 3. the ISH method is the one the report names, not one it advises ---------------------------
# (variants16b v16b-f03-03: a single-probe SISH report whose recommendation names "dual-probe FISH"
# was shown "ISH method: FISH")


def _method(text: str) -> str | None:
    result = explain_text(text)
    return result.ish.method if result.ish else None


@pytest.mark.parametrize(
    ("method_line", "advice", "expected"),
    [
        (
            "Method: silver ISH (SISH), single probe.",
            "Recommendation: dual-probe FISH on the excision.",
            "SISH",
        ),
        (
            "HER2 CISH (chromogenic), dual probe.",
            "Confirmatory FISH is suggested if clinically needed.",
            "CISH",
        ),
    ],
)
def test_a_method_named_only_in_advice_is_not_the_results(
    method_line: str, advice: str, expected: str
) -> None:
    text = (
        "Breast, core biopsy: invasive ductal carcinoma. HER2 IHC 2+.\n"
        f"{method_line}\n"
        "Average HER2 copies per nucleus: 4.6. RESULT: EQUIVOCAL.\n"
        f"{advice}\n"
    )
    assert _method(text) == expected


def test_the_method_of_the_result_stays_when_advice_names_it_again() -> None:
    # near-miss: the advised test is the same method as the result's
    text = (
        "Breast, core biopsy: invasive ductal carcinoma. HER2 IHC 2+.\n"
        "HER2 FISH (PathVysion): ratio 1.4, average HER2 copies 4.4 per cell. Group 5, NOT AMPLIFIED.\n"
        "Recommendation: repeat FISH on the excision specimen.\n"
    )
    assert _method(text) == "FISH"


# --- 4. a copy number given only on another gene's row is not HER2's -----------------------------
# (devset25 b25-f05-06: a blood test's "CCND1 amplification detected, plasma CN 2.9" below the ERBB2
# row was shown "HER2 copy number in blood (plasma): 2.9")

SHOWN = "HER2 copy number"


@pytest.mark.parametrize(
    "other",
    [
        " CCND1            amplification detected, plasma CN 3.7",
        " MET              AMPLIFIED (copy number 3.7)",
        " FGFR2 amplification, CN 3.7",
    ],
)
def test_another_genes_copy_number_is_not_shown_as_her2s(other: str) -> None:
    text = (
        "cfDNA PANEL (plasma)\nDiagnosis: gastric adenocarcinoma, metastatic.\n"
        "BIOMARKER FINDINGS\n"
        " ERBB2 (HER2)     AMPLIFICATION DETECTED\n"
        f"{other}\n"
        " TP53 p.R175H VAF 9.1%\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive", other
    assert SHOWN not in said, other


def test_her2s_own_copy_number_is_still_shown() -> None:
    # near-miss: the copy number on the ERBB2 row itself, another gene's below it
    text = (
        "cfDNA PANEL (plasma)\nDiagnosis: gastric adenocarcinoma, metastatic.\n"
        "BIOMARKER FINDINGS\n"
        " ERBB2 (HER2)     AMPLIFICATION DETECTED, plasma CN 3.7\n"
        " CCND1            amplification detected, plasma CN 2.4\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive"
    assert f"{SHOWN} in blood (plasma): 3.7" in said


# --- 5. another marker's score before a HER2 name it sets itself apart from ---------------------
# (devset25 b25-f08-09: "Claudina 18.2: positiva (75 %, 2+/3+) -- no confundir con HER2" was read as
# a HER2 score and shown as the result before treatment; with no HER2 result of its own the same
# words read HER2-POSITIVE)


@pytest.mark.parametrize(
    "line",
    [
        "Claudin 18.2: 3+ in 80% of cells (not HER2).",
        "Claudin 18.2: positive (75 %, 3+) -- not to be confused with HER2.",
        "CLDN18.2 (43-14A): moderate-to-strong 2+/3+ in 90% -- distinct from HER2.",
    ],
)
def test_another_markers_score_before_her2_is_not_her2s(line: str) -> None:
    text = f"Stomach, antral biopsy: adenocarcinoma, diffuse type.\n{line}\n"
    result = explain_text(text)
    assert result.status == "not_found", line
    assert result.ihc is None, line


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("ER 95% positive, PR 80% positive; 3+ HER2 membrane staining in 90% of cells.", "3+"),
        ("Immunostains: ER negative. Score 3+ for HER2 (complete membrane staining).", "3+"),
        ("ER: 0%   PR: 0%   3+ HER2", "3+"),
        ("MMR intact; 1+ HER2 (weak incomplete), negative.", "1+"),
    ],
)
def test_her2s_own_score_before_its_name_is_still_read(line: str, score: str) -> None:
    # near-miss: another marker on the line, but in a clause of its own before the HER2 score
    text = f"Breast, core biopsy: invasive ductal carcinoma.\n{line}\n"
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.score == score, line


# --- 6. the cancer line names the cancer the report names -----------------------------------------
# (variants17a v17a-f05-02 a faxed "N0n-sma11 ce1l lung carc1noma", v17a-f05-04 "Indication  mCRC",
# v17a-f07-05 "favours ovarian primary", variants17b v17b-f10-05 "(endometrium, serous)": "Another
# type of cancer" / "Cancer type not stated in the report")


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Clinical dx: non-small cell lung ca, stage IVB", "Lung cancer"),
        ("Indication: mCRC, RAS/BRAF/HER2 panel", "Colorectal"),
        ("Dx - CRC with liver metastases", "Colorectal"),
        ("WT1 negative, PAX8 positive: favours a primary ovarian origin.", "Ovarian cancer"),
        ("Case MP-26-0101 (endometrium, clear cell)", "Endometrial"),
    ],
)
def test_the_cancer_the_report_names_is_named(line: str, named: str) -> None:
    text = f"{line}\nERBB2 (HER2): no amplification detected by NGS. HER2 IHC: not performed.\n"
    result = explain_text(text)
    assert result.explanation is not None
    assert named in result.explanation.cancer_type, line


@pytest.mark.parametrize(
    "line",
    [
        "Diagnosis: breast carcinoma. Enrolled on a trial arm for mCRC.",
        "PAX8 negative: does not favour ovarian primary.",
        "Scored by the (endometrial, serous criteria) of the study.",
    ],
)
def test_a_cancer_only_mentioned_is_not_named(line: str) -> None:
    # near-miss: the abbreviation not in the diagnosis field, a negated favouring, a criteria name
    text = f"{line}\nERBB2 (HER2): no amplification detected by NGS.\n"
    result = explain_text(text)
    assert result.explanation is not None
    for named in ("Colorectal", "Ovarian", "Endometrial"):
        assert named not in result.explanation.cancer_type, line


# --- 7. a withdrawn result whose test is ordered again is a result to come ----------------------
# (variants17b v17b-f10-05: an ERBB2 result WITHDRAWN after a sample swap, "New DNA extraction from
# the correct block has been requested", "HER2 IHC on this case: not performed" said "HER2 was not
# tested on this sample")


@pytest.mark.parametrize(
    "again",
    [
        "New DNA extraction from the correct block has been requested; a new report will follow.",
        "A new test on block B3 was ordered today.",
    ],
)
def test_a_withdrawn_result_tested_again_is_to_come(again: str) -> None:
    text = (
        "NOTICE: the ERBB2 result issued on 02/03/2026 (amplified, 8 copies) is WITHDRAWN (specimen mix-up).\n"
        f"{again}\n"
        "HER2 IHC on this case: not performed.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found", again
    assert "not tested on this sample" not in said, again
    assert "will be tested again" in said, again


def test_a_withdrawn_result_with_no_new_test_is_not_said_to_come() -> None:
    # near-miss: withdrawn, and nothing ordered again
    text = (
        "NOTICE: the ERBB2 result issued on 02/03/2026 (amplified, 8 copies) is WITHDRAWN (specimen mix-up).\n"
        "No new testing was requested.\n"
        "HER2 IHC on this case: not performed.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert "will be tested again" not in said


# --- 8. an ISH copy number from another area's line is not the result's ---------------------------
# (devset26 b26-f03-09: a small amplified focus's "ratio 3.4, mean HER2 7.8" beside the overall
# "ratio 1.2 ... NOT AMPLIFIED" was shown "Average HER2 gene copies per cell: 7.8", "ISH group 3
# (worked out by this summary)" and "above both cut-off lines")


def _area_summary(rows: str, copies: float, group: int | None) -> str:
    text = (
        "HER2 FISH with heterogeneity review. Breast excision, IHC 2+.\n"
        f"{rows}"
        "RESULT: HER2 NOT AMPLIFIED (overall ratio 1.3). FINAL HER2 STATUS: NEGATIVE.\n"
    )
    ish = Ish(result="not_amplified", ratio=1.3, her2_copy_number=copies, group=group, result_from="lab")
    return by_hand(text, status="negative", cancer_type="breast", warnings=[], ihc=Ihc(score="2+"), ish=ish)


@pytest.mark.parametrize(
    "rows",
    [
        "  Amplified focus (20 cells):   ratio 2.9, mean HER2 8.1\n"
        "  Rest of the tumour (40 cells): ratio 1.3, mean HER2 2.6, mean CEP17 2.0\n",
        "  Cluster area: HER2/CEP17 ratio 3.1; HER2 copies 8.1 per cell\n"
        "  Main area: HER2/CEP17 ratio 1.3; HER2 copies 2.6 per cell\n",
    ],
)
def test_another_areas_copy_number_makes_no_group(rows: str) -> None:
    said = _area_summary(rows, 8.1, 3)
    assert "8.1" not in said
    assert "group 3" not in said


def test_the_results_own_copy_number_is_still_shown() -> None:
    # near-miss: the copy number on the line of the result's own ratio, another area's above it
    rows = (
        "  Amplified focus (20 cells):   ratio 2.9, mean HER2 8.1\n"
        "  Rest of the tumour (40 cells): ratio 1.3, mean HER2 2.6, mean CEP17 2.0\n"
    )
    said = _area_summary(rows, 2.6, 5)
    assert "Average HER2 gene copies per cell: 2.6" in said


# --- 9. an ISH or a confirmatory test not done is not "HER2 was not tested" ----------------------
# (variants13b v13b-f02-04 "HER2 IHC: 0 ... HER2 ISH: not performed (decal)" and variants17a
# v17a-f08-04 "Se sugiere IHQ HER2 confirmatoria (no realizada en este laboratorio)" under an NGS
# ERBB2 line, both read without a status, said "HER2 was not tested on this sample")


@pytest.mark.parametrize(
    "clause",
    [
        "HER2 FISH: not performed (decalcified sample).",
        "Reflex HER2 ISH was not done.",
        "Confirmatory HER2 IHC was not performed at this laboratory.",
        "IHQ HER2 confirmatoria: no realizada.",
    ],
)
def test_another_test_not_done_is_not_her2_untested(clause: str) -> None:
    text = f"Breast core biopsy.\nHER2 IHC: 0 (no membrane staining).\n{clause}\n"
    assert not read_text_facts(text).her2_not_performed, clause


def test_an_ish_report_whose_ish_was_not_done_is_still_untested() -> None:
    # near-miss: a FISH order not done, and no stain score anywhere: HER2 was not tested
    text = "HER2 FISH order for block A2: TEST NOT PERFORMED (block exhausted).\n"
    assert read_text_facts(text).her2_not_performed


@pytest.mark.parametrize(
    "clause",
    [
        "HER2 testing was not performed on this sample.",
        "HER2 IHC not performed due to decalcification.",
        "El estudio de HER2 no se ha realizado en esta muestra.",
    ],
)
def test_her2_itself_not_done_is_still_said(clause: str) -> None:
    # near-miss: the clause is about the HER2 test itself
    text = f"Breast core biopsy: invasive carcinoma.\n{clause}\n"
    assert read_text_facts(text).her2_not_performed, clause
    _, said = explain_with_words(text)
    assert "not tested on this sample" in said, clause


# --- 10. no invasive cancer left after treatment is not a biopsy to retest at surgery -------------
# (variants13a v13a-f02-03, variants17b v17b-f02-03: a mastectomy after neoadjuvant treatment, ypT0
# with residual DCIS, said "If invasive cancer is found later, for example at surgery, HER2 can be
# tested then" and asked "whether the tumor was tested again")

SURGERY_LATER = "for example at surgery"


def test_no_invasive_cancer_after_treatment_is_said_as_such() -> None:
    text = (
        "Specimen: left breast lumpectomy after neoadjuvant chemotherapy with trastuzumab.\n"
        "Pre-treatment core biopsy: HER2 IHC 3+, positive.\n"
        "Complete response: no residual invasive carcinoma is present (ypT0).\n"
        "Residual ductal carcinoma in situ, 4 mm (ypTis).\n"
        "Receptors and HER2: not repeated on this specimen.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert SURGERY_LATER not in said
    assert "no invasive cancer left" in said
    assert "whether the tumor was tested again" not in said
    assert "only carcinoma in situ" not in said  # a complete response may leave no in situ cancer either


def test_a_biopsy_with_only_dcis_still_points_to_surgery() -> None:
    # near-miss: no treatment, a core biopsy with DCIS only
    text = (
        "Specimen: right breast core biopsy.\n"
        "Ductal carcinoma in situ, high grade. No invasive carcinoma identified.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert SURGERY_LATER in said
