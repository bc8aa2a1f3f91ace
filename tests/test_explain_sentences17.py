"""What the patient reads (issue 8, session 17 helper sentences17): session 16's summary leftovers
and an audit of the summary on devset19, reports nobody tuned the text for. Each case is a short
report written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.explain import build_explanation
from her2cli.model import Ihc, Ngs

from .summary_cases import by_hand, explain_with_words


def rules_line(text: str) -> str:
    """The summary's scoring-rules line for a report text."""
    result, _ = explain_with_words(text)
    return build_explanation(result, "en").scoring_rules or ""


# --- 1. a summary that shows no result says nothing about "this HER2 result" (b19-f05-01) -------

PLASMA = (
    "PLASMA PANEL - Liquid Biopsy Report\n"
    "Dx: metastatic colon adenocarcinoma\n"
    "Sample: peripheral blood, drawn 2026-07-14\n"
    "ERBB2 (HER2) Amp        ++  (plasma CN 3.1)  amplification detected\n"
)
BLOOD_NOTES = [("ctdna_positive_only", {}), ("plasma_cn_not_tissue", {"copy_number": "3.1"})]


def _plasma_summary(status: str, *, unsupported: bool) -> str:
    warnings = BLOOD_NOTES + ([("result_unsupported", {})] if unsupported else [])
    return by_hand(
        PLASMA,
        status=status,
        cancer_type="colorectal",
        warnings=warnings,
        ngs=Ngs(amplification="amplified", copy_number=3.1, ctdna=True, page=1),
    )


def test_no_blood_result_note_when_the_summary_gives_no_result() -> None:
    for lang_words in ("This HER2 result comes only from a blood test", "plasma copy number of 3.1"):
        said = _plasma_summary("not_found", unsupported=True)
        assert lang_words not in said, lang_words
    assert "does not give a HER2 result" in _plasma_summary("not_found", unsupported=True)


def test_a_shown_blood_result_keeps_its_notes() -> None:
    # near-miss: a positive from blood alone keeps both notes
    said = _plasma_summary("positive", unsupported=False)
    assert "This HER2 result comes only from a blood test" in said
    assert "plasma copy number of 3.1" in said


# --- 2. "your report calls this ultralow" only when the report does (b19-f02-10) -----------------

ZERO_FAINT = (
    "Specimen: left breast, US core biopsy (recurrence)\n"
    "Dx: invasive ductal carcinoma, grade 2.\n"
    "ER: 95% strong  //  PR: 2% weak\n"
    "HER2 on current core: IHC 0, faint incomplete staining in <=5% of cells. HER2 NEGATIVE.\n"
    "{note}\n"
)


def test_a_term_the_patient_read_about_is_not_the_report_s_category() -> None:
    for note in (
        'Note: patient has been reading about drugs for "HER2-low" and "HER2-ultralow" disease; '
        "per the report category this tumour is IHC 0.",
        "Comment: the patient asked about HER2-ultralow trials at clinic.",
        "She had questions about HER2 ultralow therapy; discussed.",
    ):
        _, said = explain_with_words(ZERO_FAINT.format(note=note))
        assert "Your report calls this HER2-ultralow" not in said, note
    # the faint staining in a few cells is still said as ultralow, as facts.md defines it
    _, said = explain_with_words(
        ZERO_FAINT.format(note="Comment: the patient asked about HER2-ultralow trials.")
    )
    assert "Some doctors call this HER2-ultralow" in said


def test_a_report_that_calls_it_ultralow_is_said_so() -> None:
    # near-miss: the report's own category word stays "your report calls this"
    _, said = explain_with_words(ZERO_FAINT.format(note="Category: HER2-ultralow."))
    assert "Your report calls this HER2-ultralow" in said


# --- 3. a scan made to look for heterogeneity is no heterogeneity (b19-f03-10) -------------------

FISH = (
    "HER2 FISH, breast, right core biopsy (IHC 2+ equivocal)\n"
    "HER2/CEP17 ratio 1.30; mean HER2 2.6 per nucleus. ASCO/CAP 2018 ISH group 5.\n"
    "Integrated HER2 status (IHC 2+ and ISH group 5): NEGATIVE\n"
    "{comment}\n"
)
HETEROGENEOUS = "HER2 may not be the same in all parts of the tumor"


def test_a_search_for_heterogeneity_is_not_said_as_heterogeneity() -> None:
    for comment in (
        "The whole hybridised area was scanned at low power to look for heterogeneity and no "
        "distinct amplified subpopulation was seen.",
        "The slide was screened for heterogeneity; none found.",
        "All invasive areas were checked for intratumoral heterogeneity.",
    ):
        _, said = explain_with_words(FISH.format(comment=comment))
        assert HETEROGENEOUS not in said, comment


def test_heterogeneity_the_report_describes_stays() -> None:
    # near-miss: the report says HER2 differs within the tumour
    _, said = explain_with_words(FISH.format(comment="Genetic heterogeneity present (clustered area ~15%)."))
    assert HETEROGENEOUS in said


# --- 4. a FISH that gave no signals is no result to come (b19-f03-08) -----------------------------

FAILED = (
    "HER2 FISH{title}\n"
    "Specimen: breast, right, core biopsy block A2 - invasive carcinoma\n"
    "Result: {result}\n"
    "HER2 gene status: CANNOT BE DETERMINED on this specimen.\n"
    "Recommend HER2 IHC/ISH on an alternative block.\n"
)


def test_a_failed_fish_is_not_said_as_pending() -> None:
    for title, result_line in (
        (" - TEST NOT REPORTABLE", "No HER2 or CEP17 signals were obtained in tumour nuclei."),
        ("", "No HER2 or CEP17 signals were obtained on two hybridization attempts."),
        (" - TEST NOT REPORTABLE", "see comment."),
    ):
        result, said = explain_with_words(FAILED.format(title=title, result=result_line))
        assert result.status == "not_found", title
        assert "is pending" not in said and "not in this report yet" not in said, (title, result_line)
        assert "gave no result that could be read" in said, (title, result_line)


def test_a_fish_to_follow_stays_pending() -> None:
    # near-miss: a FISH the report says is sent and to follow is a result to come
    text = (
        "HER2 FISH\nSpecimen: breast, right, core biopsy block A2 - invasive carcinoma\n"
        "HER2 FISH: sent to the reference laboratory; result to follow in an addendum.\n"
    )
    _, said = explain_with_words(text)
    assert "gave no result that could be read" not in said
    assert "addendum" in said


# --- 5. a result quoted from an earlier sample of an untreated tumour is not "before treatment" ---
# (devset18 b18-f01-07: "No known presurgical therapy")

EXCISION = (
    "SURGICAL PATHOLOGY REPORT\n"
    "Clinical history: 55-year-old woman with a right breast mass, biopsy-proven invasive ductal\n"
    "carcinoma (S26-006120). {history}\n"
    "Specimen: Right breast, partial mastectomy.\n"
    "Diagnosis: invasive ductal carcinoma, grade 3, 2.6 cm. {effect}\n"
    "Breast biomarker testing: performed on previous biopsy; not repeated on this specimen.\n"
    "BIOMARKERS (from prior core biopsy, S26-006120, block A1):\n"
    "   HER2 (IHC, 4B5) ...... POSITIVE, score 3+\n"
    "   (Repeat HER2 testing on the excision was not requested.)\n"
)


def _no_current(history: str, effect: str) -> str:
    """The summary of the engine's "quoted earlier result, none of this sample's own" reading."""
    return by_hand(
        EXCISION.format(history=history, effect=effect),
        status="not_found",
        cancer_type="breast",
        warnings=[("post_treatment_no_current", {"earlier": "IHC 3+"})],
    )


def test_an_untreated_tumour_s_earlier_sample_is_not_called_before_treatment() -> None:
    for history, effect in (
        (
            "Proceeding directly to surgery (declined neoadjuvant systemic therapy).",
            "Treatment effect: none.",
        ),
        ("Primary surgery.", "Treatment effect ....... No known presurgical therapy"),
        ("Neoadjuvant therapy: None.", ""),
    ):
        said = _no_current(history, effect)
        assert "taken before treatment" not in said, history
        assert "from an earlier sample (IHC 3+)" in said, history


def test_a_treated_tumour_s_note_keeps_before_treatment() -> None:
    # near-miss: a resection after neoadjuvant therapy keeps the "before treatment" note
    said = _no_current(
        "Completed neoadjuvant chemotherapy (TCHP x6).",
        "Residual invasive carcinoma with treatment effect (ypT1c).",
    )
    assert "taken before treatment (IHC 3+)" in said
    assert "from an earlier sample" not in said


# --- 6. a withdrawn result whose test is "being repeated" is said as withdrawn (b19-f10-06) -------

AMENDED = (
    "AMENDED REPORT\n"
    "AMENDMENT: The HER2 immunohistochemistry result previously reported (3+, positive) is WITHDRAWN.\n"
    "{repeat} A further addendum will be issued.\n"
    "Diagnosis: Left breast, core biopsy: invasive ductal carcinoma, grade 2. ER positive (90%).\n"
)


def test_a_withdrawn_result_being_repeated_is_said_as_withdrawn() -> None:
    for repeat in (
        "HER2 IHC and ISH are being repeated on block A2 (invasive carcinoma).",
        "HER2 testing will be repeated on block A2.",
        "HER2 staining is being repeated on the correct block.",
    ):
        result, said = explain_with_words(AMENDED.format(repeat=repeat))
        assert result.status == "not_found", repeat
        assert "Your report withdraws a HER2 result it gave before" in said, repeat


def test_a_withdrawal_with_no_repeat_is_no_test_to_come() -> None:
    # near-miss: a withdrawal with no repeat named is not said as a test to come
    text = AMENDED.format(repeat="No further HER2 testing is planned on this biopsy.").replace(
        " A further addendum will be issued.", ""
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert "says HER2 will be tested again" not in said


# --- 7. the scoring rules named are HER2's, and ones the report used (b19-f10-09, b19-f07-01) -----


def test_the_er_pr_guideline_year_is_not_her2_s() -> None:
    for line in (
        "BREAST BIOMARKERS (block A1; ASCO/CAP 2020 ER/PR, ASCO/CAP 2018/2023 HER2)",
        "Scoring: ASCO/CAP 2020 ER/PR; ASCO/CAP 2018 HER2.",
    ):
        text = f"{line}\nHER2 IHC (4B5): 3+, strong complete membrane staining in 90% of cells. POSITIVE.\n"
        said = rules_line("Left breast core biopsy, invasive ductal carcinoma.\n" + text)
        assert "ASCO/CAP 2020" not in said, line
        assert "ASCO/CAP 2018" in said, line


def test_rules_the_report_says_it_did_not_use_are_not_named() -> None:
    text = (
        "Uterine corpus: serous carcinoma of the endometrium.\n"
        "HER2 (4B5): 3+, strong complete membranous staining in ~40% of tumour cells.\n"
        "COMMENT: HER2 scored according to the endometrial serous carcinoma criteria (Fader/Buza 2019).\n"
        "Breast ASCO/CAP cut-offs are NOT used for this site. The tumour is HER2-positive.\n"
    )
    assert "named in the report: ASCO/CAP" not in rules_line(text)
    # near-miss: a report that scored by ASCO/CAP names it
    assert "named in the report: ASCO/CAP" in rules_line(
        text.replace("are NOT used for this site", "were applied")
    )


# --- 8. another test's "pending" is not a DNA test sent out (b19-f11-03) ---------------------------

TNBC = (
    "Specimen: right breast excision, block C2\n"
    "ER: Negative (0%)  PR: Negative (0%)\n"
    "HER2 IHC: Score 0 - no membrane staining in any tumour cell. NEGATIVE.\n"
    "{ngs}\n"
)
NGS_SENT = "tumor DNA test (NGS) was sent to another lab"


def test_another_test_pending_after_a_semicolon_is_not_ngs_sent_out() -> None:
    ngs = "Tumour content of block C2 for NGS: LOW (15%); macrodissection required; germline BRCA pending."
    _, said = explain_with_words(TNBC.format(ngs=ngs))
    assert NGS_SENT not in said


def test_ngs_sent_out_stays() -> None:
    # near-miss: the report sends the DNA test out
    _, said = explain_with_words(
        TNBC.format(ngs="NGS panel sent to the reference laboratory; results to follow.")
    )
    assert NGS_SENT in said


# --- 9. an "earlier" result that is the one shown is no second result (b19-f01-04) ------------------

REFLEX = (
    "ADDITIONAL STUDIES - HER2 REFLEX, breast core biopsy, invasive ductal carcinoma\n"
    "{original}\n"
    "FISH RESULT: HER2/CEP17 ratio 1.40, mean HER2 3.15 per cell. NOT AMPLIFIED (group 5)\n"
    "Final HER2 status (IHC 2+ / ISH not amplified): NEGATIVE\n"
)
EARLIER_NOTE = "quotes an earlier or corrected HER2 result"


def _reflex_summary(earlier: str) -> str:
    """The summary of the engine's "an earlier result is quoted" reading of a reflex ISH report."""
    original = "Original HER2 IHC on part A (see prior report 09/24/2026): 2+ (equivocal), 25% of cells."
    return by_hand(
        REFLEX.format(original=original),
        status="negative",
        cancer_type="breast",
        warnings=[("earlier_result", {"earlier": earlier})],
        ihc=Ihc(
            score="2+",
            score_range=None,
            percent_cells=None,
            percent_qualifier=None,
            clone=None,
            lab_call="negative",
            page=1,
        ),
    )


def test_the_reflexed_score_is_not_said_as_an_earlier_result() -> None:
    assert EARLIER_NOTE not in _reflex_summary("IHC 2+")


def test_an_earlier_score_that_differs_is_still_said() -> None:
    # near-miss: an earlier score other than the one shown keeps its note
    said = _reflex_summary("IHC 3+")
    assert EARLIER_NOTE in said and "IHC 3+" in said
