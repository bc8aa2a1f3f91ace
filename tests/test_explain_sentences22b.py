"""What the patient reads (session 22 helper sentences22b): an audit of the summary on the
development sets variants15a and variants15b, which nobody had tuned it on. Each case is a short
report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from typing import Any

from her2cli.model import Ihc, Ish

from .summary_cases import by_hand, explain_with_words


def _summary(
    text: str,
    *,
    status: str,
    warnings: list[tuple[str, dict[str, Any]]],
    evidence: list[tuple[str, str, str]],
    ihc: Ihc | None = None,
    ish: Ish | None = None,
    lang: str = "en",
) -> str:
    """The summary of a Result built by hand (the engine's warnings and evidence as given), its
    facts read from `text` as for a real report."""
    return by_hand(
        text,
        status=status,
        cancer_type="breast",
        warnings=warnings,
        ihc=ihc,
        ish=ish,
        lang=lang,
        evidence=evidence,
    )


# --- 1. the ISH result stated on a final line is no result "worked out from the ratio" ----------
# (v15a-f03-02 "FINAL: HER2 ISH AMPLIFIED (heterogeneous ...)"; v15a-f02-05 "Final: HER2 POSITIVE in
# the ovarian metastasis (amplified)": the note said the summary did not find the result in words)

WORKED_OUT = "did not find the ISH result stated in words"
AMP = Ish("amplified", 3.6, 8.0, None, None, 1, "SISH", "computed", 1)


def _ish_case(final_line: str) -> str:
    counts = "SISH on block A3: HER2/CEP17 ratio 3.6, mean HER2 8.0 per cell (20 cells)."
    return _summary(
        f"Left breast excision.\n{counts}\n{final_line}\n",
        status="positive",
        ish=AMP,
        warnings=[("ish_computed", {"ratio": "3.6"})],
        evidence=[(counts, "ish", "method=SISH, ratio=3.6")],
    )


def test_an_ish_result_on_a_final_line_needs_no_worked_out_note() -> None:
    for final_line in (
        "FINAL: HER2 SISH AMPLIFIED (a distinct amplified cluster, about 20% of the tumour).",
        "Final result: HER2 ISH amplified",
        "Final: HER2 POSITIVE in the nodal deposit (amplified), unlike the earlier core.",
        "Overall: HER2 POSITIVE on this block (amplified)",
    ):
        assert WORKED_OUT not in _ish_case(final_line), final_line


def test_a_ratio_without_words_keeps_the_worked_out_note() -> None:
    # near-miss: no line gives the ISH result in words, or only a legend or a control does
    for final_line in (
        "Comment: see the separate IHC report.",
        "Final control: HER2 SISH amplified (expected).",
        "Key: Group 1 (ratio >= 2.0): AMPLIFIED",
    ):
        assert WORKED_OUT in _ish_case(final_line), final_line


# --- 2. heterogeneity whose criteria the report says are not met ------------------------------
# (v15a-f03-01: "heterogeneity\ncriteria (>5% but <50% amplified cells) not met" said "Your report
# mentions that HER2 may not be the same in all parts of the tumor")

UNEVEN = "may not be the same in all parts of the tumor"
FISH_NEG = (
    "Breast core, FISH (PathVysion), 40 nuclei: HER2/CEP17 ratio 1.2, mean HER2 2.6.\n"
    "Interpretation: NOT AMPLIFIED. HER2 NEGATIVE.\n"
)


def test_heterogeneity_criteria_not_met_is_no_uneven_tumor() -> None:
    for note in (
        "Note: no amplified cluster seen; heterogeneity\ncriteria (>10% amplified cells) not met.",
        "Screened at low power; the heterogeneity\n  criteria were not fulfilled.",
    ):
        _, said = explain_with_words(FISH_NEG + note + "\n")
        assert UNEVEN not in said, note


def test_heterogeneity_the_report_finds_is_said_back() -> None:
    # near-miss: the report says the tumour is uneven
    for note in (
        "Note: genetic heterogeneity present (an amplified focus in about 8% of cells).",
        "Comment: HER2 staining is heterogeneous across the cores.",
    ):
        _, said = explain_with_words(FISH_NEG + note + "\n")
        assert UNEVEN in said, note


# --- 3. a share of cells the report says the staining does not reach --------------------------
# (v15a-f10-04 "0 to 1+, no basolateral/lateral staining in >10%" showed "Share of tumor cells with
# this staining: more than 10%")

SHARE = "Share of tumor cells with this staining"


def test_a_share_the_staining_does_not_reach_is_not_shown() -> None:
    for line in (
        "HER2 IHC (4B5): 1+, no complete membrane staining in >10% of cells. HER2 NEGATIVE.",
        "HER2 IHC: score 0-1+; no lateral or basolateral staining in more than 10% of cells. Negative.",
    ):
        _, said = explain_with_words(f"Colon adenocarcinoma, resection.\n{line}\n")
        assert SHARE not in said, line


def test_a_share_the_staining_reaches_is_shown() -> None:
    # near-miss: the share is the one measured
    for line in (
        "HER2 IHC (4B5): 1+, faint incomplete staining in >10% of cells. HER2 NEGATIVE.",
        "HER2 IHC (4B5): 1+ in about 40% of cells; no ISH. Negative.",
    ):
        _, said = explain_with_words(f"Left breast core biopsy, invasive carcinoma.\n{line}\n")
        assert SHARE in said, line


# --- 4. a drug named as an option in a sentence that runs over two lines -----------------------
# (v15a-f11-01 "may be eligible for trastuzumab deruxtecan (DESTINY-Breast06)\nafter endocrine
# therapy" made an earlier primary's 1+ "a sample taken before treatment")

BEFORE = "sample taken before treatment"
MET = "Liver metastasis, core biopsy: metastatic breast carcinoma (ER+).\n"
MET_IHC = "HER2 IHC (4B5): 0, faint incomplete staining in about 5% of cells (ultralow).\n"
PRIMARY = "Primary tumour (2019, outside report): HER2 1+.\n"


def test_an_option_sentence_over_two_lines_names_no_treatment_given() -> None:
    for comment in (
        "Comment: patients with this result may be eligible for trastuzumab deruxtecan\nafter endocrine therapy.",
        "Comment: T-DXd could be considered in the metastatic setting\nfollowing prior chemotherapy.",
    ):
        result, said = explain_with_words(MET + MET_IHC + comment + "\n" + PRIMARY)
        assert "post_treatment" in result.warning_codes, comment
        assert BEFORE not in said, comment
        assert "an earlier sample" in said, comment


def test_a_treatment_given_keeps_before_treatment() -> None:
    # near-miss: the report says the patient was treated between the two samples
    for history in (
        "History: treated with lumpectomy and adjuvant\nletrozole since 2019.\n",
        "History: breast cancer 2019, on tamoxifen since.\n",
        "Indication  metastatic breast cancer (bone); primary 2019;\n   progression on letrozole\n",
    ):
        result, said = explain_with_words(MET + MET_IHC + history + PRIMARY)
        assert "post_treatment" in result.warning_codes, history
        assert BEFORE in said, history


# --- 5. per-sample calls are no single final call -----------------------------------------------
# (v15a-f01-01 "Site B is HER2 positive; site A is HER2 negative" and v15a-f10-03's part A
# "HER2 NEGATIVE" / part B "HER2 POSITIVE": "The report states its final HER2 result")

FINAL_SAID = "The report states its final HER2 result"
PARTS = (
    "A. Right breast 10 o'clock core: invasive carcinoma.\n"
    "   HER2 IHC (4B5): 1+ (faint, 40% of cells). NEGATIVE.\n"
    "B. Right breast 3 o'clock core: invasive carcinoma.\n"
    "   HER2 IHC (4B5): 3+ (strong complete, 80% of cells). POSITIVE.\n"
)


def test_calls_that_differ_by_sample_are_no_final_call() -> None:
    for comment in (
        "Comment: two separate tumours. Lesion B is HER2 positive; lesion A is HER2 negative.",
        "Comment: the 10 o'clock tumour is HER2 negative and the 3 o'clock tumour is HER2 positive.",
    ):
        result, said = explain_with_words(PARTS + comment + "\n")
        assert result.status == "positive", comment
        assert FINAL_SAID not in said, comment


def test_one_final_call_is_still_the_final_call() -> None:
    # near-miss: the report gives one final call over the blocks of one tumour, with or without
    # each block's own call
    for ends in (("", ""), (" NEGATIVE.", " POSITIVE.")):
        result, said = explain_with_words(
            "Left breast excision, invasive carcinoma.\n"
            f"Block A1: HER2 IHC (4B5) 1+, faint incomplete staining in 30% of cells.{ends[0]}\n"
            f"Block A2: HER2 IHC (4B5) 3+, strong complete staining in 70% of cells.{ends[1]}\n"
            "FINAL HER2 STATUS: POSITIVE.\n"
        )
        assert result.status == "positive", ends
        assert FINAL_SAID in said, ends


# --- 6. two scores the same negative call holds for -----------------------------------------------
# (v15a-f01-05: excision 0, earlier core 1+, "HER2 negative"; v15a-f11-04: excision 1+, outside core
# 2+/ISH not amplified: "The report states its final HER2 result, and this summary shows that one")

HOLDS = "holds for both"


def _two_scores(first: str, second: str, status: str, call_line: str) -> str:
    return _summary(
        f"Breast, excision.\nHER2 IHC: {second}.\nEarlier core biopsy: HER2 {first}.\n{call_line}\n",
        status=status,
        ihc=Ihc(score=second, page=1),
        warnings=[("conflict", {"first": first, "second": second, "page": 1})],
        evidence=[(call_line, "status_statement", f"call={status}")],
    )


def test_a_negative_call_over_two_scores_does_not_pick_one() -> None:
    for first, second in (("0", "1+"), ("1+", "2+")):
        said = _two_scores(first, second, "negative", "FINAL HER2 STATUS: NEGATIVE")
        assert HOLDS in said, (first, second)
        assert FINAL_SAID not in said, (first, second)


def test_a_final_call_between_a_positive_and_a_negative_score_stays() -> None:
    # near-miss: the call says which of the two results counts
    said = _two_scores("1+", "3+", "positive", "FINAL HER2 STATUS: POSITIVE")
    assert FINAL_SAID in said
    assert HOLDS not in said


def test_the_same_call_note_in_spanish() -> None:
    said = _summary(
        "Mama, pieza.\nHER2 IHQ: 1+.\nBiopsia previa: HER2 0.\nCONCLUSIÓN: HER2 NEGATIVO\n",
        status="negative",
        ihc=Ihc(score="1+", page=1),
        warnings=[("conflict", {"first": "0", "second": "1+", "page": 1})],
        evidence=[("CONCLUSIÓN: HER2 NEGATIVO", "status_statement", "call=negative")],
        lang="es",
    )
    assert "vale para los dos" in said


# --- 7. the positive words are the earlier sample's the summary already names --------------------
# (v15a-f02-01: residual tumour 1+/not amplified after a 3+ core; "The report's words seem to call
# HER2 positive in one place, but the test result is negative" beside the post-treatment note)

SEEM = "seem to call HER2 positive"
RESIDUAL = "Residual tumour after neoadjuvant TCHP: HER2 IHC 1+, ISH not amplified. HER2 NEGATIVE."


def _statement_case(earlier: str) -> str:
    return _summary(
        f"{RESIDUAL}\nPre-treatment core: {earlier}.\nA HER2-positive clone may have been eradicated.\n",
        status="negative",
        ihc=Ihc(score="1+", lab_call="negative", page=1),
        warnings=[("post_treatment", {"earlier": earlier}), ("statement_conflict", {})],
        evidence=[(RESIDUAL, "ihc", "score=1+, lab_call=negative")],
    )


def test_positive_words_of_the_earlier_sample_need_no_second_note() -> None:
    for earlier in ("IHC 3+", "ISH amplified", "IHC 2+, ISH amplified, positive"):
        assert SEEM not in _statement_case(earlier), earlier


def test_positive_words_with_a_negative_earlier_sample_keep_the_note() -> None:
    # near-miss: the earlier sample was negative too, so the positive words are not its
    for earlier in ("IHC 1+", "IHC 2+, ISH not amplified"):
        assert SEEM in _statement_case(earlier), earlier


# --- 8. one note about the earlier sample, not two ----------------------------------------------
# (v15a-f02-04: a recurrence after a HER2-positive primary gave the post-treatment note and "The
# report also quotes an earlier or corrected HER2 result (IHC 3+)")

CORRECTED = "earlier or corrected HER2 result"


def _earlier_case(extra: str) -> str:
    line = "Recurrence, chest wall: HER2 IHC 2+, FISH not amplified. HER2 NEGATIVE."
    return _summary(
        f"History: mastectomy 2019 for HER2-positive IDC (IHC 3+), trastuzumab x 1 year.\n{line}\n{extra}",
        status="negative",
        ihc=Ihc(score="2+", lab_call="negative", page=1),
        warnings=[("post_treatment", {"earlier": "positive"}), ("earlier_result", {"earlier": "IHC 3+"})],
        evidence=[(line, "ihc", "score=2+, lab_call=negative")],
    )


def test_a_treated_earlier_sample_gets_one_note() -> None:
    said = _earlier_case("")
    assert "sample taken before treatment" in said
    assert CORRECTED not in said


def test_a_corrected_result_keeps_its_own_note() -> None:
    # near-miss: the report also corrects a result it issued before
    said = _earlier_case(
        "AMENDED REPORT - REASON FOR AMENDMENT: CORRECTION OF HER2 RESULT issued on 2 May.\n"
    )
    assert CORRECTED in said


# --- 9. no note asking whether ISH is planned where the report says it is ------------------------
# (v15a-f11-05 "borderline 1+/2+ ... ISH has been requested (result to follow)"; v15b-f11-05 "HER2
# ISH ordered, result to follow": "Ask whether an ISH test was done or is planned")

ASK_ISH = "no ISH result was found in this report"


def test_an_ish_the_report_says_is_coming_needs_no_question_note() -> None:
    for line in (
        "HER2 IHC: 2+ (equivocal). Reflex FISH has been requested; result to follow as an addendum.",
        "HER2 IHC: borderline 1+/2+, reported as EQUIVOCAL. ISH ordered on block A1, results to follow.",
    ):
        result, said = explain_with_words(f"Left breast core biopsy, invasive carcinoma.\n{line}\n")
        assert result.status == "equivocal", line
        assert ASK_ISH not in said, line


def test_a_borderline_stain_with_no_ish_word_keeps_the_note() -> None:
    # near-miss: the report says nothing of an ISH test
    result, said = explain_with_words(
        "Left breast core biopsy, invasive carcinoma.\nHER2 IHC (4B5): borderline 1+/2+, reported as EQUIVOCAL.\n"
    )
    assert result.status == "equivocal"
    assert ASK_ISH in said


# --- 10. a method legend's quoted receptor category is no result ----------------------------------
# (v15a-f01-04: ER NEGATIVE (0%) beside the legend 'Low positive (1-10%) results are reported as "ER
# Low Positive"' showed "Estrogen receptor (ER): differs between samples")

CORE = "Left breast core biopsy: invasive ductal carcinoma, grade 3.\nHER2 IHC (4B5): 3+, POSITIVE.\n"


def test_a_legend_quoting_a_receptor_category_is_no_second_value() -> None:
    for legend in (
        'Method: values of 1-10% are reported as "ER Low Positive".',
        "ER/PR method note: weak staining in 1-10% of cells is reported as 'ER low positive'.",
    ):
        _, said = explain_with_words(
            f"{CORE}Estrogen receptor: NEGATIVE (0%)\nProgesterone receptor: NEGATIVE (0%)\n{legend}\n"
        )
        assert "Estrogen receptor (ER): negative" in said, legend
        assert "differs between samples" not in said, legend


def test_two_samples_with_different_receptors_still_differ() -> None:
    # near-miss: two samples give different ER values
    _, said = explain_with_words(
        "A. Left breast core: invasive carcinoma. ER positive (90%). HER2 IHC 1+, negative.\n"
        "B. Left breast 6 o'clock core: invasive carcinoma. ER negative (0%). HER2 IHC 1+, negative.\n"
    )
    assert "Estrogen receptor (ER): differs between samples" in said
