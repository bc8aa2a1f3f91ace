"""What the patient reads (issue 8, session 13 helper sentences13): an audit of the summary on
devset15 and sentences12's leftovers, reports nobody tuned the text for. Each case is a short
report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

import pytest

from her2cli.explain import attach_explanation
from her2cli.model import Ihc, Ngs, Result, StatusBasis, empty_related

from .summary_cases import explain_with_words

# --- 1. heterogeneity the report rules out or only names as a limit is not "mentioned" -----------

HETEROGENEOUS = "may not be the same in all parts of the tumor"
BREAST_3PLUS = (
    "Left breast core biopsy: invasive ductal carcinoma, grade 3.\n"
    "HER2 (4B5): score 3+, strong complete membrane staining in ~70% of tumour cells. POSITIVE.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Limitations: rare focal heterogeneity outside the area scored may not be detected.\n",
        "Note: a second block (A11) was reviewed to exclude heterogeneity: IHC 1+.\n",
        "Staining pattern: uniform (intratumoral heterogeneity not significant).\n",
    ],
)
def test_heterogeneity_ruled_out_or_named_as_a_limit_is_not_said(line: str) -> None:
    _, said = explain_with_words(BREAST_3PLUS + line)
    assert HETEROGENEOUS not in said


@pytest.mark.parametrize(
    "line",
    [
        "Comment: HER2 genetic heterogeneity present (3+ in 25% of cells, 1+ elsewhere).\n",
        "Comment: intratumoral heterogeneity significant; a focus may be missed on biopsy.\n",
    ],
)
def test_heterogeneity_the_report_finds_is_still_said(line: str) -> None:
    # near-miss: the report says HER2 differs between parts of this tumour
    _, said = explain_with_words(BREAST_3PLUS + line)
    assert HETEROGENEOUS in said


# --- 2. never "Ask your care team" twice in a row ---------------------------------------------------

PANCREAS_QNS = (
    "Specimen: Pancreas, head, EUS-FNB.\nFinal diagnosis: Adenocarcinoma, pancreatic ductal type.\n"
    "HER2 IHC .......... NOT PERFORMED - tissue exhausted after MMR\n"
    "NGS panel (ERBB2, KRAS, NRG1) .......... QNS (DNA yield 4 ng; minimum 10 ng)\n"
)


def test_no_tumor_with_a_retest_recommended_asks_the_care_team_once() -> None:
    _, said = explain_with_words(
        PANCREAS_QNS + "Comment: Recommend liquid biopsy or re-biopsy if ERBB2 status is needed.\n"
    )
    assert "Ask your care team whether this will be done." in said
    assert "Ask your care team whether another sample can be tested" not in said
    assert "Your care team can tell you which sample could be tested." in said


def test_no_tumor_without_a_recommendation_still_asks_about_another_sample() -> None:
    # near-miss: nothing recommended, the close asks the care team itself
    _, said = explain_with_words(PANCREAS_QNS)
    assert "Ask your care team whether another sample can be tested" in said


# --- 3. no "was a protein stain done?" when the report gives the stain ------------------------------

LUNG_MUTATION = (
    "Specimen: RUL lung core. Dx: lung adenocarcinoma, stage IVA.\n"
    "ERBB2 p.Y772_A775dup (exon 20 insertion), VAF 23%, pathogenic.\n"
    "Copy number: no amplifications detected (ERBB2 CN 2.3, not amplified).\n"
)
STAIN_ASKED = "Was a HER2 protein stain (IHC) done"


def test_a_mutation_report_with_a_stain_score_does_not_ask_whether_a_stain_was_done() -> None:
    _, said = explain_with_words(
        LUNG_MUTATION + "HER2 IHC (4B5): score 1+, faint incomplete staining in ~35% of cells; negative.\n"
    )
    assert STAIN_ASKED not in said
    assert "Was HER2 also tested for extra protein" not in said


def test_a_mutation_report_without_a_stain_still_asks() -> None:
    # near-miss: the same report without the stain line
    _, said = explain_with_words(LUNG_MUTATION)
    assert STAIN_ASKED in said


# --- 4. a receptor's share then a comma ends its value: "margins negative" is not PR -------------

AMENDED = (
    "Right breast excision, invasive carcinoma NST, grade 2, 1.6 cm.\n"
    "HER2 IHC 2+; FISH ratio 1.19, NOT AMPLIFIED (group 5). HER2 NEGATIVE.\n"
)


def test_margins_negative_after_a_pr_share_is_not_a_negative_pr() -> None:
    result, said = explain_with_words(AMENDED + "Other: ER 98%, PR 70%, margins negative, 0/2 SLN.\n")
    assert result.related["pr"] != "negative"
    assert "Progesterone receptor (PR): negative" not in said


def test_a_pr_call_after_its_share_is_still_read() -> None:
    # near-miss: the call is PR's own
    result, _ = explain_with_words(AMENDED + "Other: ER 98% positive, PR 0% negative.\n")
    assert result.related["pr"] == "negative"


# --- 5. a DNA test's result is not scored with stain rules -----------------------------------------

CRC_NGS = "Diagnosis (as submitted): Adenocarcinoma of the colon, metastatic. Specimen: liver core.\n"


def _rules_line(test: str | None, ngs: Ngs | None, ihc: Ihc | None) -> str:
    """The scoring-rules line of a negative colorectal Result built by hand: the lab's own call,
    with or without the test it rests on (devset15 b15-f12-08: 'HER2-negative by NGS' read as a
    call with no test)."""
    result = Result(
        status="negative",
        cancer_type="colorectal",
        her2_low=None,
        her2_ultralow=None,
        ihc=ihc,
        ish=None,
        ngs=ngs,
        related=empty_related(),
        evidence=[],
        mentions=[],
        warnings=[],
        status_basis=StatusBasis(
            "colorectal-heracles-mountaineer", "Colorectal HER2 criteria", test, "stated"
        ),
    )
    attach_explanation(result, "en", text=CRC_NGS)
    assert result.explanation is not None
    return result.explanation.scoring_rules or ""


def test_a_call_on_a_sequencing_only_report_names_no_stain_rules() -> None:
    line = _rules_line(None, Ngs(amplification="not_amplified", copy_number=3.1), None)
    assert "sequencing" in line
    assert "HERACLES" not in line


def test_a_call_on_a_stain_report_still_names_its_rules() -> None:
    # near-miss: the same call with a stain score beside it is a stain call
    line = _rules_line(None, None, Ihc(score="1+"))
    assert "sequencing" not in line


# --- 6. a few-cells 3+ the lab itself calls negative needs no ISH to settle it ----------------------

CRC_FOCAL = (
    "Site: rectosigmoid, resection. Colorectal adenocarcinoma.\n"
    "HER2 IHC (4B5), scored by HERACLES criteria:\n"
    "   3+ (intense, basolateral) ...... 8% of tumour cells\n"
)
ISH_SETTLES = "a gene copy test (ISH) settles it"


def test_a_focal_3plus_the_lab_calls_negative_says_the_report_counts_it_negative() -> None:
    _, said = explain_with_words(
        CRC_FOCAL + "   HERACLES category: 3+ in <=10% of cells -> HER2 NEGATIVE.\n"
        "   ISH: not performed (not required).\n"
    )
    assert ISH_SETTLES not in said
    assert "your report counts this as HER2-negative" in said


def test_a_focal_3plus_with_no_call_still_waits_for_ish() -> None:
    # near-miss: no negative word, the stain alone does not decide
    _, said = explain_with_words(CRC_FOCAL)
    assert "your report counts this as HER2-negative" not in said


# --- 7. a family member's HER2 result is not "an earlier or different tumor" -----------------------

EARLIER_TUMOR = "names HER2 for an earlier or different tumor"


def test_a_relatives_her2_result_is_named_as_someone_elses() -> None:
    _, said = explain_with_words(
        "Clinical history: family history: sister with HER2-positive breast cancer at age 44.\n"
        + BREAST_3PLUS
    )
    assert EARLIER_TUMOR not in said
    assert "a family member's cancer" in said


def test_the_patients_own_earlier_tumor_is_still_set_aside_as_such() -> None:
    # near-miss: the history is the patient's own earlier cancer
    _, said = explain_with_words(
        "Clinical history: right breast carcinoma 2015, HER2 negative (IHC 1+), treated.\n" + BREAST_3PLUS
    )
    assert "a family member's cancer" not in said


# --- 8. a reference range's threshold is no receptor result ---------------------------------------

MASTECTOMY = (
    "Left breast, mastectomy: invasive lobular carcinoma, grade 3.\n"
    "HER2: see footnote 3.\n"
    "3. Biomarkers were performed on the preoperative core biopsy and will not be repeated on this\n"
    "   specimen unless requested; please refer to that report.\n"
)


def test_a_reference_range_gives_no_receptor_result() -> None:
    result, said = explain_with_words(
        MASTECTOMY
        + "   Reference ranges used by this laboratory: ER/PR positive >=1%; HER2 IHC 3+ positive.\n"
    )
    assert result.related["pr"] is None
    assert "Progesterone receptor (PR): positive" not in said


def test_a_receptor_result_with_its_share_is_still_read() -> None:
    # near-miss: a share above the threshold is this tumour's value
    result, _ = explain_with_words(MASTECTOMY + "   ER positive >90% of cells; PR positive (40%).\n")
    assert result.related["pr"] == "positive"
