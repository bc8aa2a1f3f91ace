"""What the patient reads (issue 8, session 18 helper sentences18): an audit of the summary on
devset20 and session 17's leftovers. Each case is a short report written for the test, with a
near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.explain import attach_explanation, build_explanation
from her2cli.model import Evidence, Ihc, Result, Specimen, empty_related

from .summary_cases import explain_with_words, words


def rules_line(text: str) -> str:
    """The summary's scoring-rules line for a report text."""
    result, _ = explain_with_words(text)
    return build_explanation(result, "en").scoring_rules or ""


# --- 1. "HER2+" is the gene's name and a call, never a second stain score of 2+ (b20-f01-02) -------

CORE = (
    "Left breast, 2 o'clock, core biopsy: invasive carcinoma of no special type, grade 3.\n"
    "ER: negative (0%)   PR: negative (0%)\n"
    "HER2 IHC (4B5): 3+, strong complete membrane staining in 90% of invasive cells.\n"
    "{summary}\n"
)
TWO_RESULTS = "more than one HER2 result"


def test_a_her2_plus_call_is_no_second_score() -> None:
    for summary in (
        "Interpretation: ER-/PR-/HER2+ (HER2-positive) carcinoma.",
        "Impression: triple marker profile ER negative, PR negative, HER2+ (HER2 positive).",
        "Conclusion: HER-2+ (overexpressed) breast cancer.",
    ):
        result, said = explain_with_words(CORE.format(summary=summary))
        assert result.status == "positive", summary
        assert result.ihc is not None and result.ihc.score == "3+", summary
        assert TWO_RESULTS not in said, summary


def test_a_real_second_score_is_still_said() -> None:
    # near-miss: a written 2+ beside the 3+ is a second result, and the note stays
    _, said = explain_with_words(CORE.format(summary="Second core (block 1C): HER2 IHC 2+ (equivocal)."))
    assert TWO_RESULTS in said
    # and a 2+ written after the gene name with a space is still read as a score
    result, _ = explain_with_words(
        "Breast core biopsy, invasive carcinoma.\nHER2 2+ (equivocal); ISH to follow.\n"
    )
    assert result.ihc is not None and result.ihc.score == "2+"


# --- 2. the ToGA trial named for a medicine is no scoring rule (b20-f06-02, b19-f06-02, f12-06) ----

GASTRIC = (
    "Gastric adenocarcinoma, biopsy (antrum).\n"
    "HER2 IHC (4B5): 1+ in 20% of tumour cells.  HER2 NEGATIVE.\n"
    "{comment}\n"
)


def test_a_trial_mention_names_no_scoring_rules() -> None:
    for comment in (
        "Comment: HER2-positive advanced gastric cancer benefits from trastuzumab (ToGA); not applicable here.",
        "Note: in the ToGA trial trastuzumab with chemotherapy improved survival.",
        "Therapy: trastuzumab + chemotherapy (1st line, ToGA) for ERBB2-amplified tumours.",
    ):
        line = rules_line(GASTRIC.format(comment=comment))
        assert "named in the report: ToGA" not in line, comment
        assert "Gastric/GEJ" in line, comment  # the summary's own gastric rules instead


def test_toga_named_as_scoring_rules_stays() -> None:
    # near-miss: ToGA beside a scoring word or the gastric scoring authors is the rules the lab used
    for comment, named in (
        ("Scored per ToGA/Hofmann criteria.", "ToGA"),
        ("Scoring: Hofmann 2008 / ToGA.", "ToGA"),
        ("Biopsy scored by ToGA criteria.", "ToGA"),
    ):
        line = rules_line(GASTRIC.format(comment=comment))
        assert "named in the report" in line and named in line, comment


# --- 3. a score quoted in the history for an earlier cancer is said as such (b17-f01-06) ----------

SYNOPTIC = (
    "SYNOPTIC REPORT - breast resection, left\n"
    "Histologic type: invasive carcinoma of no special type, grade 3\n"
    "HER2 (by immunohistochemistry): Positive (Score 3+), 95% of cells\n"
    "{history}\n"
)
HISTORY_NOTE = "quoted in the clinical history"


def test_a_history_score_of_another_cancer_is_no_second_result() -> None:
    for history in (
        "Clinical history provided: right breast IDC 2017, treated; outside report HER2 negative (IHC 1+).",
        "Clinical information: prior right breast cancer (2015), ER positive, HER2 IHC 2+ (equivocal).",
        "Medical history: right breast cancer 2010, HER2 score 1+ per the outside lab.",
    ):
        result, said = explain_with_words(SYNOPTIC.format(history=history))
        assert result.status == "positive", history
        if "conflict" not in result.warning_codes:
            continue  # the engine set the history score aside itself: nothing to say
        assert HISTORY_NOTE in said, history
        assert "This summary shows the higher one" not in said, history


def test_two_scores_of_this_tumour_keep_the_conflict_note() -> None:
    # near-miss: a second score on a line of its own (not the history) is a second result
    _, said = explain_with_words(SYNOPTIC.format(history="Block B2 (second focus): HER2 IHC 1+."))
    assert HISTORY_NOTE not in said
    assert "more than one HER2 result" in said


# --- 4. the cancer a diagnosis names in other words is named (b20-f07-04, f07-06, b19-f04-09, f07-07)


def cancer_line(text: str) -> str:
    """The summary's cancer-type line for a report text."""
    result, _ = explain_with_words(text)
    return build_explanation(result, "en").cancer_type or ""


STAIN = "HER2 IHC (4B5): 3+, strong complete membrane staining in 70% of tumour cells.\n"


def test_the_cancer_named_in_other_words_is_named() -> None:
    for diagnosis, named in (
        (
            "Specimen: cholecystectomy.\nHistology: Adenocarcinoma, biliary type, moderately differentiated.\n",
            "Biliary",
        ),
        ("Diagnosis: clear cell carcinoma of the right ovary, FIGO IC.\n", "Ovarian"),
        ("Comment: the profile favours a primary ovarian mucinous carcinoma.\n", "Ovarian"),
        ("Right lower lobe, core: lung parenchyma with invasive mucinous adenocarcinoma.\n", "Lung"),
    ):
        assert named in cancer_line(diagnosis + STAIN), diagnosis


def test_a_metastasis_is_not_named_by_the_organ_it_reached() -> None:
    # near-miss: a metastasis in the ovary or lung names no ovarian or lung cancer
    for diagnosis in (
        "Diagnosis: metastatic colorectal adenocarcinoma of the ovary.\n",
        "Lung, core: lung parenchyma with metastatic adenocarcinoma.\n",
        "Ampulla, resection: adenocarcinoma, pancreatobiliary type.\n",
    ):
        line = cancer_line(diagnosis + STAIN)
        assert not any(word in line for word in ("Ovarian", "Lung", "Biliary")), diagnosis


# --- 5. another tumour's result is not "from before treatment" (b20-f09-07) ------------------------

NEW_PRIMARY = (
    "Left breast, core biopsy: invasive carcinoma, grade 3.\n"
    "HER2 (4B5): 3+, strong complete membrane staining in 95% of cells.\n"
    "{comment}\n"
)


def _two_tumour_summary(comment: str, reasons: tuple[str, ...], lang: str = "en") -> str:
    """The summary of the engine's reading: this sample 3+, and an earlier result read from the
    comment line, which the engine marks with `reasons` (pre_treatment, and other_tumor or not)."""
    text = NEW_PRIMARY.format(comment=comment)
    line = text.splitlines()[1]
    result = Result(
        status="positive",
        cancer_type="breast",
        her2_low=None,
        her2_ultralow=None,
        ihc=Ihc(score="3+", page=1),
        ish=None,
        ngs=None,
        related=empty_related(),
        evidence=[Evidence(1, line, "ihc", "score=3+", 0, len(line), "HER2")],
        mentions=[Evidence(1, comment, "mention", "", 0, 4, "HER2", reason=r) for r in reasons],
        warnings=["engine text"],
        warning_codes=["post_treatment"],
        warning_params=[{"earlier": "negative"}],
        specimens=[
            Specimen("Prior breast carcinoma", call="negative"),
            Specimen("after treatment", "3+", None, "positive"),
        ],
    )
    attach_explanation(result, lang, text=text)
    return words(result, lang)


def test_another_tumour_s_result_is_not_said_as_before_treatment() -> None:
    for comment in (
        "Comment: the profile (ER-, HER2+) differs from the prior right breast carcinoma (ER+, HER2-); a new primary.",
        "Comment: unlike the 2015 contralateral cancer (HER2 negative), this is a separate primary.",
    ):
        said = _two_tumour_summary(comment, ("other_tumor", "pre_treatment"))
        assert "taken before treatment" not in said, comment
        assert "sample after treatment" not in said, comment
        assert "Result for sample described in this report: IHC 3+, positive" in said, comment


def test_an_earlier_sample_of_this_tumour_stays_before_treatment() -> None:
    # near-miss: a result the engine reads only as this tumour's earlier (pre-treatment) one
    said = _two_tumour_summary(
        "Comment: the pre-treatment core biopsy was HER2 negative.", ("pre_treatment",)
    )
    assert "taken before treatment (negative)" in said
    assert "Result for sample after treatment" in said


# --- 6. a HER2 test to come is not "not enough tumor" because another sample had too little (b20-f01-09)

TWO_PARTS = (
    "PART 1: RIGHT BREAST, CORE BIOPSY - invasive ductal carcinoma, grade 2\n"
    "PART 2: RIGHT AXILLA, FNA CELL BLOCK - metastatic carcinoma\n"
    "{part1}\n"
    "Part 2 HER2: not performed (insufficient tumour cellularity in the cell block).\n"
)


def test_a_test_to_come_outranks_another_sample_s_lack_of_tumour() -> None:
    for part1 in (
        "Part 1 HER2: PENDING - addendum to follow (block 1B re-cut).",
        "Part 1 HER2 IHC: in progress; results to follow in a supplementary report.",
    ):
        result, said = explain_with_words(TWO_PARTS.format(part1=part1))
        assert result.status == "not_found", part1
        assert "not enough tumor" not in said, part1
        assert "will come later" in said or "not in this report yet" in said, part1


def test_too_little_tumour_with_nothing_to_come_stays() -> None:
    # near-miss: no test to come, the sample had too little tumour: said so
    _, said = explain_with_words(TWO_PARTS.format(part1="Part 1 HER2: not performed (insufficient tumour)."))
    assert "not enough tumor" in said


# --- 7. "low-level amplification may be below the limit of detection" is no borderline result (b18-f05-03)

PLASMA_PANEL = (
    "Liquid biopsy (plasma cfDNA) - metastatic urothelial carcinoma\n"
    "Copy number: no amplifications detected (ERBB2, MET, EGFR assessed).\n"
    "{comment}\n"
)


def test_a_detection_limit_caveat_is_not_borderline() -> None:
    for comment in (
        "Comment: ERBB2 amplification was not detected; at this tumour fraction, low-level amplification may be below the limit of detection.",
        "Note: not detected in plasma; low level ERBB2 amplification might be missed when ctDNA is scarce.",
    ):
        result, said = explain_with_words(PLASMA_PANEL.format(comment=comment))
        assert result.status != "equivocal", comment
        assert "borderline" not in said, comment


def test_a_low_level_amplification_reported_stays_borderline() -> None:
    # near-miss: the lab calls the finding itself low-level: still a borderline result
    result, _ = explain_with_words(
        PLASMA_PANEL.format(
            comment="Result: low-level ERBB2 amplification (plasma copy number 2.3), equivocal."
        )
    )
    assert result.status == "equivocal"


# --- 8. a final row that gives the ISH result in brackets states it in words (b20-f06-02) ----------

GASTRECTOMY = (
    "Gastrectomy: adenocarcinoma, intestinal type, pT3.\n"
    "HER2\n"
    "  IHC          2+ (moderate basolateral staining in ~25% of tumour cells)\n"
    "  SISH         HER2:Chr17 ratio 1.3 (mean HER2 2.6 per nucleus; 40 nuclei)\n"
    "{final}\n"
    "Note: HER2-positive (IHC 3+ or IHC 2+/ISH+) advanced disease may respond to trastuzumab.\n"
)
WORKED_OUT = "did not find the ISH result stated in words"


def test_a_final_row_with_the_ish_result_is_the_result_in_words() -> None:
    for final in ("  Final        HER2 NEGATIVE (not amplified)", "  Overall: HER2 negative (non-amplified)"):
        result, said = explain_with_words(GASTRECTOMY.format(final=final))
        assert result.status == "negative", final
        assert WORKED_OUT not in said, final


def test_a_ratio_with_no_result_in_words_is_still_said_as_worked_out() -> None:
    # near-miss: no line gives the ISH result in words: the summary says it worked it out
    result, said = explain_with_words(GASTRECTOMY.format(final="  Comment: see ratio above."))
    if "ish_computed" in result.warning_codes:
        assert WORKED_OUT in said
