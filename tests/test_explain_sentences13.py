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


def test_a_table_rows_share_then_call_is_still_the_markers() -> None:
    # near-miss: "95%, strong | Positive" is the row's own call, after a share and a comma
    result, _ = explain_with_words(
        AMENDED
        + "| ER     | SP1   | 95%, strong | Positive |\n| PR     | 1E2   | 40%, moderate | Positive |\n"
    )
    assert (result.related["er"], result.related["pr"]) == ("positive", "positive")


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


# --- 9. the ER/PR guideline is not a HER2 scoring rule the report names -----------------------------

BREAST_IHC0 = (
    "Left breast core: invasive carcinoma NST, grade 3.\n"
    "ER 0% NEGATIVE. PR 0% NEGATIVE. HER2 (IHC, clone 4B5) ..... 0 .... NEGATIVE\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "METHODS: interpretation per ASCO/CAP ER/PR 2020 and HER2 2018/2023 guidelines.\n",
        'Hormone receptors: ER low positive (5%, weak), "ER-low positive" per\nASCO/CAP 2020.\n',
    ],
)
def test_the_er_pr_guideline_is_not_named_as_the_her2_rules(line: str) -> None:
    result, _ = explain_with_words(BREAST_IHC0 + line)
    assert result.explanation is not None
    assert "2020" not in (result.explanation.scoring_rules or "")


def test_a_her2_guideline_named_after_er_and_pr_is_still_named() -> None:
    # near-miss: ER, PR and HER2 scored by the same named guideline
    result, _ = explain_with_words(BREAST_IHC0 + "ER, PR and HER2 interpreted per ASCO/CAP 2018.\n")
    assert result.explanation is not None
    assert "ASCO/CAP 2018" in (result.explanation.scoring_rules or "")


# --- 10. a metastasis report restating the primary's result: one note, and this sample's PR --------

BONE_MET = (
    "BONE BIOPSY, L3 vertebral body.\n"
    "Clinical           Breast Ca (R) 2019, ER+/PR+/HER2-negative (IHC 1+), on letrozole +\n"
    "                   palbociclib since 2023. New lytic lesion L3.\n"
    "Diagnosis          Metastatic carcinoma, consistent with breast primary (GATA3+, ER+).\n"
    "Biomarkers on current specimen (block A2)\n"
    "  ER               positive, 70%\n"
    "  PR               negative, <1%\n"
    "  HER2 IHC (4B5)   2+ equivocal (moderate complete membrane staining, ~40% of cells)\n"
    "  HER2 FISH        HER2/CEP17 ratio 3.2   |   mean HER2 7.0 signals/nucleus\n"
    "                   ISH group 1: AMPLIFIED\n"
    "Interpretation     HER2 POSITIVE in the current bone metastasis. Note discordance with the 2019\n"
    "                   primary tumour (HER2-negative, IHC 1+).\n"
)


def test_the_earlier_samples_score_is_named_in_one_note_not_two() -> None:
    result, said = explain_with_words(BONE_MET)
    assert "post_treatment" in result.warning_codes and "conflict" in result.warning_codes
    assert "restates a HER2 result from a sample taken before treatment" in said
    assert "The report gives more than one HER2 result" not in said


def test_the_current_samples_pr_wins_over_the_history_shorthand() -> None:
    result, said = explain_with_words(BONE_MET)
    assert result.related["pr"] == "negative"
    assert "Progesterone receptor (PR): positive" not in said


def test_the_shorthand_alone_still_gives_er_and_pr() -> None:
    # near-miss: no named value, the shorthand is this tumour's
    result, _ = explain_with_words(
        "Left breast core: invasive carcinoma NST, grade 2. ER/PR/HER2: +/+/-\nHER2 IHC 1+, negative.\n"
    )
    assert (result.related["er"], result.related["pr"]) == ("positive", "positive")


# --- 11. a withdrawn result with no repeat ordered says it was withdrawn ----------------------------

WITHDRAWN = (
    "SUPPLEMENTARY REPORT (RESULT WITHDRAWN) | left breast core biopsy\n"
    "The HER2 immunohistochemistry result released on 2026-11-14 (HER2 3+, positive) is WITHDRAWN.\n"
    "The cores were placed in formalin 4 hours after collection; the HER2 result on this specimen\n"
    "is not reportable.\n"
)


def test_a_withdrawn_result_with_a_repeat_only_advised_says_it_was_withdrawn() -> None:
    _, said = explain_with_words(
        WITHDRAWN + "Recommendation: repeat ER, PR and HER2 on the excision specimen or a repeat core.\n"
    )
    assert "earlier HER2 result on this sample was withdrawn" in said
    assert "Will HER2 be tested again" in said
    assert "did not find a HER2 result" not in said


def test_a_withdrawn_result_with_the_repeat_ordered_still_says_a_result_will_come() -> None:
    # near-miss: the repeat is ordered, a result is to come
    _, said = explain_with_words(WITHDRAWN + "Repeat testing on the excision block has been ordered.\n")
    assert "earlier HER2 result on this sample was withdrawn, so" not in said


# --- 12. the earlier result is named without a bare repeated test name --------------------------------

RESIDUAL = (
    "Breast resection after primary systemic therapy\n"
    "Prior diagnostic core (CN-26-20771, 2026-03-04), summary from that report:\n"
    "    IHC 2+; FISH amplified (HER2/CEP17 2.3; mean HER2 4.4 copies/cell) -> HER2 POSITIVE.\n"
    "    Treated with paclitaxel + trastuzumab + pertuzumab x 12 weeks.\n"
    "Current specimen: Left partial mastectomy. Residual invasive ductal carcinoma, 1.4 cm.\n"
    "HER2 re-assessment of residual tumour (block A3):\n"
    "    IHC 4B5 ........................ 2+ (moderate complete, ~15% of cells)\n"
    "    Dual-probe ISH (60 nuclei): mean HER2 3.1, mean CEP17 2.1, ratio 1.5, ASCO/CAP group 5\n"
    "    => residual tumour HER2: NEGATIVE (not amplified)\n"
)


def test_the_earlier_result_names_its_test_once() -> None:
    result, said = explain_with_words(RESIDUAL)
    assert "post_treatment" in result.warning_codes
    assert "(ISH amplified, positive)" in said
    assert "ISH amplified, ISH," not in said


# --- 13. a decalcified bone sample whose ISH the lab could not do --------------------------------------

BONE_2PLUS = (
    "Bone Biopsy Report. CT-guided core biopsy, L3 vertebral body.\n"
    "Diagnosis: Metastatic carcinoma, consistent with breast origin (GATA3 positive, ER positive).\n"
    "HER2 (4B5) on bone core: Score 2+ (moderate complete membrane staining in ~30% of cells).\n"
)


def test_a_lab_that_has_not_validated_ish_on_decalcified_tissue_is_a_caveat_said_once() -> None:
    _, said = explain_with_words(
        BONE_2PLUS
        + "HER2 in situ hybridisation: NOT PERFORMED / not reportable. Acid-decalcified tissue is\n"
        "not validated for ISH at this laboratory (DNA degradation).\n"
    )
    assert "sample was decalcified" in said
    assert "Has a gene copy test (ISH) been done" not in said
    assert "Ask your care team whether more testing has been done or is planned" not in said


def test_a_decalcified_sample_the_lab_does_not_warn_about_is_no_caveat() -> None:
    # near-miss: decalcified, nothing said about the test
    _, said = explain_with_words(BONE_2PLUS + "Decalcification: EDTA.\n")
    assert "sample was decalcified" not in said
    assert "Ask your care team whether more testing has been done or is planned" in said


# --- 14. an ISH the block was referred for is awaited; a DNA test that could not count copies -------

BREAST_2PLUS = (
    "Left breast core biopsies x 4: invasive carcinoma of no special type, grade 2.\n"
    "ER Allred 8/8. PR Allred 6/8.\n"
    "Supplementary comment: HER2 immunohistochemistry shows moderate complete membrane staining in\n"
    "about 40% of invasive cells, scored as 2+ (borderline).\n"
)


def test_a_block_referred_for_ish_is_an_ish_to_come() -> None:
    _, said = explain_with_words(
        BREAST_2PLUS
        + "The block has been referred to the regional ISH centre (Tynebridge Molecular) for HER2\n"
        "ISH; a further supplementary report will follow.\n"
    )
    assert "has been requested and its result will come later" in said


def test_a_block_not_referred_for_ish_is_no_ish_to_come() -> None:
    # near-miss: the referral did not happen
    _, said = explain_with_words(BREAST_2PLUS + "The case was not referred for FISH.\n")
    assert "has been requested and its result will come later" not in said


GEJ_PANEL = (
    "SOLID TUMOR HOTSPOT + CNV PANEL. Dx: gastroesophageal junction adenocarcinoma. Tumor fraction 15%.\n"
    "RESULTS - SEQUENCE VARIANTS: TP53 p.R248Q VAF 11%. No other pathogenic SNV/indel.\n"
)


def test_copy_numbers_a_panel_could_not_assess_e_g_erbb2_are_said() -> None:
    _, said = explain_with_words(
        GEJ_PANEL + "RESULTS - COPY NUMBER VARIANTS: NOT REPORTABLE. Amplifications (e.g., ERBB2, MET,\n"
        "FGFR2) cannot be assessed in this specimen.\n"
    )
    assert "could not measure HER2 (ERBB2) gene copies" in said


def test_a_panel_that_assessed_copy_numbers_is_no_such_case() -> None:
    # near-miss: the copies were assessed
    _, said = explain_with_words(
        GEJ_PANEL + "RESULTS - COPY NUMBER VARIANTS: no amplifications (e.g., ERBB2, MET) detected.\n"
    )
    assert "could not measure HER2 (ERBB2) gene copies" not in said
