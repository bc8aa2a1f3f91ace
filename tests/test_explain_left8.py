"""Patient text checked against devset8 reports (left8): every sentence true of THIS report.

1. ER/PR of two tumours whose shares differ but fall in one category (98% and 60%: both positive)
   are "positive", not "differs between samples"; shares in different categories (5% and 95%, 0%
   and 70%) still differ (devset8 b8-f01-03).
2. ER/PR on a "Prior ...... Core bx" line (a dotted leader) of a report on the tumour after
   treatment are the earlier sample's, not shown as the patient's current values (b8-f02-08).
3. A report that names HER2-low only as what a test is for ("HER2 IHC on this tissue is
   recommended for HER2-low eligibility") does not tell the patient the cancer is HER2-low
   (b8-f04-02); a report that states the category keeps it.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text


def _rows(text: str) -> dict[str, str]:
    result = explain_text(text, cancer_type="breast")
    assert result.explanation is not None
    return {row.kind: row.value for row in result.explanation.report_says}


TWO_TUMOURS = (
    "Specimen: Left breast mastectomy with two separate masses\n"
    "RECEPTOR STUDIES\n"
    " Mass 1 (block A3)  ER {er1}  PR {pr1}  HER2 IHC 1+  NEGATIVE\n"
    " Mass 2 (block A7)  ER {er2}  PR {pr2}  HER2 IHC 3+  POSITIVE\n"
)


@pytest.mark.parametrize(
    ("shares", "er", "pr"),
    [
        (("98%", "70%", "60%", "0%"), "positive", "differs between samples (see the report)"),
        (("95%", "40%", "80%", "30%"), "positive", "positive"),
        (("5%", "0%", "95%", "0%"), "differs between samples (see the report)", "0%"),
        (("0%", "0%", "0.5%", "0%"), "negative", "0%"),
    ],
)
def test_two_tumours_receptor_shares_by_category(shares: tuple[str, str, str, str], er: str, pr: str) -> None:
    er1, pr1, er2, pr2 = shares
    rows = _rows(TWO_TUMOURS.format(er1=er1, pr1=pr1, er2=er2, pr2=pr2))
    assert (rows.get("er"), rows.get("pr")) == (er, pr)


def test_one_tumour_share_is_shown_as_written() -> None:
    rows = _rows("Left breast, core: invasive ductal carcinoma.\nER 95%  PR 40%\nHER2 IHC 1+ (negative)\n")
    assert rows["er"].startswith("95") and rows["pr"].startswith("40")


@pytest.mark.parametrize(
    "prior",
    [
        "Prior ...... Core bx 02/2026: IDC gr3, ER 5%, PR 0, HER2 1+ (neg)\n",
        "Prior: core biopsy 02/2026, ER 5%, PR 0%, HER2 1+.\n",
        "Previous ..... Core biopsy (02/2026): ER 5%, PR 0%\n",
    ],
)
def test_prior_sample_receptors_behind_a_leader_are_not_current(prior: str) -> None:
    text = (
        "Specimen ... Right breast lumpectomy, post neoadjuvant chemotherapy (AC-T)\n"
        + prior
        + "DX: residual invasive ductal carcinoma 1.8 cm.\nHER2 RETESTED ON RESIDUAL TUMOR: IHC 3+ ==> HER2 POSITIVE\n"
    )
    rows = _rows(text)
    assert "er" not in rows and "pr" not in rows


def test_near_miss_current_receptors_after_a_leader_are_shown() -> None:
    text = "Specimen ... Right breast core biopsy\nReceptors ...... ER 90%, PR 20%\nHER2 IHC ...... 1+ (negative)\n"
    rows = _rows(text)
    assert rows["er"].startswith("90") and rows["pr"].startswith("20")


NGS_ONLY = (
    "Targeted DNA panel. Tumour: invasive lobular carcinoma of breast, metastatic to bone.\n"
    "COPY NUMBER\n ERBB2 amplification: NOT DETECTED (estimated copy number 2)\n"
)


@pytest.mark.parametrize(
    "purpose",
    [
        "Note: HER2 IHC on this tissue is recommended for HER2-low eligibility.\n",
        "Comment: HER2 immunohistochemistry is advised to assess HER2-low status.\n",
        "HER2-low testing by IHC may be requested on the primary tumour.\n",
    ],
)
def test_her2_low_named_as_a_purpose_is_not_the_category(purpose: str) -> None:
    result = explain_text(NGS_ONLY + purpose)
    assert result.her2_low is None
    assert result.explanation is not None
    assert "is HER2-low" not in " ".join(sentence.text for sentence in result.explanation.meaning)


def test_near_miss_her2_low_stated_is_kept() -> None:
    text = "Left breast, core biopsy: invasive ductal carcinoma.\nHER2 IHC (4B5): 1+, HER2-low.\n"
    assert explain_text(text).her2_low is True


# 4. ER/PR values as written end where the sentence goes on ("ER 100% and PR 80% results are
#    unaffected" is 100% and 80%, not "100% and" and "80% results are unaffected"; b8-f10-06)
@pytest.mark.parametrize(
    ("line", "er", "pr"),
    [
        ("ER 100% and PR 80% results are unaffected.\n", "100%", "80%"),
        ("ER 95% strong, PR 40% weak.\n", "95% strong", "40% weak"),
        ("RE 90% y RP 10% (débil).\n", "90%", "10%"),
    ],
)
def test_receptor_values_as_written_stop_at_the_sentence(line: str, er: str, pr: str) -> None:
    text = (
        "CORRECTED REPORT - HER2 RESULT WITHDRAWN\nThe HER2 result previously reported is withdrawn.\n" + line
    )
    rows = _rows(text)
    assert (rows.get("er", "").split(" (")[0], rows.get("pr", "").split(" (")[0]) == (er, pr)


# 5. a blood (plasma) sequencing report is named as the blood test it is in every row (b8-f05-06)
def test_blood_mutation_only_report_names_the_blood_test() -> None:
    text = (
        "PLASMA ctDNA PANEL - CIRCULA LABS\npatient: X | dx: breast ca, metastatic (ER+)\n" + "-" * 40 + "\n"
        "ERBB2  p.L755S        DETECTED   VAF 0.4%\nERBB2  amplification  not detected\n"
        "ESR1   D538G          DETECTED   VAF 1.1%\n" + "-" * 40 + "\n"
        "Comment: ERBB2 L755S is an activating kinase-domain mutation (neratinib; clinical trials).\n"
        "HER2 protein status (IHC) cannot be inferred from plasma and has not been provided.\n"
    )
    result = explain_text(text)
    assert result.explanation is not None
    rows = {row.kind: row.value for row in result.explanation.report_says}
    assert "Blood" in rows["test_type"] and "Tumor DNA sequencing" not in rows["test_type"]


# 6. the cancer line and the rules the report names, as the report words them (b8-f07-03, b8-f07-09)
def test_adenocarcinoma_of_gallbladder_is_named() -> None:
    text = "Gallbladder, cholecystectomy: adenocarcinoma of gallbladder, pT2b.\nHER2: IHC 3+ (positive).\n"
    result = explain_text(text)
    assert result.explanation is not None
    assert "Biliary" in result.explanation.cancer_type


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("(equivocal by uterine serous criteria)", "uterine serous criteria"),
        ("scored per serous endometrial carcinoma criteria", "serous endometrial carcinoma criteria"),
    ],
)
def test_criteria_named_without_the_call_before_them(phrase: str, named: str) -> None:
    text = (
        "Endometrial biopsy \u2014 Women's Pathology\nDiagnosis: high-grade serous carcinoma of the endometrium.\n"
        "HER2 IHC: 2+ \u2014 moderate complete membrane staining in approximately 50% of tumour cells\n"
        f"{phrase}. HER2 FISH sent to a reference lab; pending.\n"
    )
    result = explain_text(text)
    assert result.explanation is not None
    assert named in (result.explanation.scoring_rules or "")


# 7. a report that only refers to a requisition is not an order form (b8-f05-08: a failed blood
#    test was called "a test order form"); a requisition's own title still is one
@pytest.mark.parametrize(
    ("text", "order_form"),
    [
        (
            "Blood-based genomic test - Sample rejection / No result\nReference Laboratory\n"
            "Patient: X   Breast cancer (HER2 status unknown per requisition)\nSpecimen: 1 tube plasma\n"
            "RESULT: TEST FAILED - insufficient cell-free DNA. ERBB2 (HER2): NOT EVALUATED.\n",
            False,
        ),
        (
            "Molecular pathology report\nClinical details as given on the requisition: breast cancer.\n"
            "HER2 IHC: pending.\n",
            False,
        ),
        (
            "LABORATORY REQUISITION / TEST ORDER\nPatient: X\nSpecimen: left breast core biopsy\n"
            "Tests requested:\n [x] HER2 IHC with reflex to FISH if 2+\n",
            True,
        ),
    ],
)
def test_a_requisition_referred_to_is_no_order_form(text: str, order_form: bool) -> None:
    result = explain_text(text)
    assert result.explanation is not None
    assert ("order form" in result.explanation.headline) is order_form


# 8. ER/PR written with a sign after each name ("ER-/PR-/HER2 3+", "ER+, PR-", "RE+ y RP-") are read
#    (b8-f10-09 asked "What are my hormone receptor results?" of a report that gives them); an
#    earlier cancer's signs are not this tumour's
@pytest.mark.parametrize(
    ("line", "er", "pr"),
    [
        (
            "Referring diagnosis: invasive ductal carcinoma, grade 3; ER-/PR-/HER2 3+.\n",
            "negative",
            "negative",
        ),
        ("Left breast core: invasive carcinoma NST, ER+, PR- , HER2 1+.\n", "positive", "negative"),
        ("Mama izquierda: carcinoma ductal infiltrante, RE+ y RP-, HER2 2+.\n", "positive", "negative"),
        ("History of right breast cancer (2015), ER+/PR+. Left breast core: HER2 1+.\n", None, None),
    ],
)
def test_receptor_signs_after_the_names(line: str, er: str | None, pr: str | None) -> None:
    result = explain_text(line, cancer_type="breast")
    assert (result.related.get("er"), result.related.get("pr")) == (er, pr)
