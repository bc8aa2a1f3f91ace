"""What the patient reads, session 9 (helper sentences9): the patient-text defect families found
reading the summaries of tests/devset9 (129 reports) with their labels, as a clinician would.

Each family has cases that failed before its change and near-misses that must not change. The
cases are written in the words of the report families (not copied from the devset files), so they
test the phrase family, not one report. A case whose engine reading is not what this file tests
is built by hand (a Result with the warning the engine gives), so an engine change elsewhere
cannot turn it into a different case.
"""

from __future__ import annotations

import pytest

from her2cli.explain import build_explanation
from her2cli.fact_kinds import NotFoundReason
from her2cli.messages import load_messages
from her2cli.model import Ihc, Result
from her2cli.report_rows import local_sample
from her2cli.report_words import read_text_facts
from her2cli.sample_names import read_sample_names

from .summary_cases import by_hand as _by_hand
from .summary_cases import explain_with_words as _exp


def _keys(result: Result) -> set[str]:
    return {s.key for s in build_explanation(result, "en").meaning}


# ---- 1. no result: say only why the report itself gives ---------------------------------------
# A stain the report calls "not interpretable" was done and could not be read (b9-f01-07 said "the
# test may not have been done"); "HER2 testing is not indicated" for this cancer is no
# recommendation to test (b9-f06-05 said "Your report recommends HER2 testing").

NOT_INTERPRETABLE = (
    "SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (BIOPSY)\n"
    "HER2 (by immunohistochemistry):\n"
    "   [ ] Negative (Score 0)   [ ] Negative (Score 1+)\n"
    "   [ ] Equivocal (Score 2+) [ ] Positive (Score 3+)\n"
    "   [x] Cannot be determined - see comment\n"
    "Comment: Cores show crush artifact with internal control failure; HER2\n"
    "IHC is not interpretable. HER2 testing will be repeated on the excision specimen.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "HER2 IHC is not interpretable.",
        "The HER2 stain is not interpretable on this block.",
    ],
)
def test_a_stain_the_report_calls_not_interpretable_is_a_stain_that_could_not_be_read(sentence: str) -> None:
    assert read_text_facts(f"Breast core biopsy. {sentence}").uninterpretable


def test_a_not_interpretable_stain_is_not_a_test_that_may_not_have_been_done() -> None:
    result, words = _exp(NOT_INTERPRETABLE)
    assert result.facts is not None and result.facts.not_found_reason == NotFoundReason.UNINTERPRETABLE
    assert "could not be read" in words
    assert "the test may not have been done" not in words


def test_near_miss_another_marker_not_interpretable_leaves_a_pending_her2_pending() -> None:
    text = (
        "Breast, left, core: invasive ductal carcinoma.\n"
        "Ki-67 is not interpretable on this block.\n"
        "HER2: PENDING at time of sign-out; will be reported in an addendum.\n"
    )
    facts = read_text_facts(text)
    assert not facts.uninterpretable
    result, words = _exp(text)
    assert result.facts is not None and result.facts.not_found_reason == NotFoundReason.PENDING
    assert "could not be read" not in words


SQUAMOUS = (
    "ESOPHAGUS, MID, BIOPSY: SQUAMOUS CELL CARCINOMA, moderately differentiated.\n"
    "Note: HER2 testing is not indicated for squamous cell carcinoma of the esophagus; HER2 is\n"
    "recommended for adenocarcinoma of the esophagus/GEJ/stomach. PD-L1 CPS: 12 (22C3).\n"
)


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        ("en", "Your report says HER2 testing is not indicated", "Your report recommends HER2 testing"),
        ("es", "la prueba de HER2 no está indicada", "Su informe recomienda hacer la prueba de HER2"),
    ],
)
def test_testing_not_indicated_is_said_as_the_report_says_it(lang: str, said: str, never: str) -> None:
    result, words = _exp(SQUAMOUS, lang)
    assert result.status == "not_found"
    assert said in words
    assert never not in words
    assert "HER2-negative" not in words.replace("does not mean the tumor is HER2-negative", "")


@pytest.mark.parametrize(
    "text",
    [
        "Sigmoid colon adenocarcinoma, pT3 N0. HER2 testing is recommended if metastatic disease develops.",
        "Gastric adenocarcinoma, biopsy. HER2 testing is recommended before systemic therapy.",
    ],
)
def test_near_miss_a_recommended_test_is_still_a_recommendation(text: str) -> None:
    result, words = _exp(text)
    assert result.facts is not None and result.facts.not_found_reason == NotFoundReason.RECOMMENDED
    assert "not indicated" not in words


def test_near_miss_ish_not_required_after_a_3_plus_stain_is_no_untested_her2() -> None:
    facts = read_text_facts("HER2 IHC 3+ (positive). ISH is not required when IHC is 3+.")
    assert not facts.her2_not_indicated


# ---- 2. a blood test with no HER2 copy result: "not detected" in blood is never "negative" ------
# b9-f05-02 ("ERBB2 No alteration detected ... low tumor shedding may result in false-negative
# findings") said only "The report shows tumor DNA testing", without the blood caveat.

PLASMA_NOTHING = (
    "Circulating Tumor DNA Analysis - Final Report\n"
    "Indication: metastatic breast cancer, progression on CDK4/6 inhibitor\n"
    "Results:\n"
    "  ESR1 Y537S    VAF 2.3%\n"
    "  ERBB2         No alteration detected\n"
    "Interpretation: No ERBB2 alterations were detected in circulating DNA. A negative result\n"
    "does not exclude alterations in the tumor; low tumor shedding may result in false-negative\n"
    "findings. Consider tissue testing if clinically indicated.\n"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "some tumors release too little DNA into the blood to be seen"),
        ("es", "algunos tumores sueltan muy poco ADN en la sangre como para verlo"),
    ],
)
def test_a_blood_test_with_no_her2_copy_result_says_it_does_not_rule_one_out(lang: str, said: str) -> None:
    result, words = _exp(PLASMA_NOTHING, lang)
    assert result.status == "not_found"
    # a sentence of its own or a clause after a colon: the caveat is said either way
    assert said.lower() in words.lower()
    assert "HER2-negative." not in words


def test_a_blood_test_with_no_her2_copy_result_asks_about_tissue() -> None:
    result, _ = _exp(PLASMA_NOTHING)
    exp = build_explanation(result, "en")
    assert any("tissue sample" in q for q in exp.questions)
    assert "nf_ngs" not in _keys(result)


def test_near_miss_a_tissue_dna_test_with_no_her2_copy_result_says_nothing_about_blood() -> None:
    text = (
        "SOLID TUMOUR NGS REPORT (Amplicon 52-gene)\n"
        "Sample: breast primary, core; tumour cellularity ~20%\n"
        "RESULT: No clinically reportable variants detected.\n"
        "Genes covered: AKT1, ALK, BRAF, EGFR, ERBB2, ESR1, KRAS, PIK3CA, TP53\n"
        "Limitation: copy number changes (including ERBB2 amplification) are NOT assessed by this assay.\n"
    )
    result, words = _exp(text)
    assert result.status == "not_found"
    assert "blood" not in words


# ---- 3. a withdrawn result whose test is ordered again is a result to come ------------------------
# b9-f10-06 ("The result is withdrawn. Repeat testing on the correct block has been ordered and
# will be reported in a further amendment") said only "not clear from this report".

WITHDRAWN = (
    "AMENDMENT #2: HER2 RESULT WITHDRAWN\n"
    "The HER2 IHC result reported on 2026-10-28 (score 3+) was obtained on a block that was\n"
    "subsequently found to belong to a different patient. The result is withdrawn. Repeat testing\n"
    "on the correct block has been ordered and will be reported in a further amendment.\n"
    "Specimen: breast core, left\n"
)


def test_a_withdrawn_result_with_a_repeat_ordered_says_a_new_result_will_come() -> None:
    result, words = _exp(WITHDRAWN)
    assert result.status == "not_found"
    assert "nf_withdrawn_repeat" in _keys(result)
    assert "HER2 will be tested again" in words


def test_near_miss_a_repeat_ordered_with_nothing_withdrawn_is_a_pending_result() -> None:
    text = (
        "The MDT asked whether the residual tumour in the mastectomy should be re-tested for HER2.\n"
        "Residual invasive carcinoma measures 4 mm. Repeat HER2 testing on the residual\n"
        "tumour has been ordered on block B3; result to follow in a supplementary report.\n"
        "Breast, left.\n"
    )
    facts = read_text_facts(text)
    assert not facts.repeat_after_withdrawal
    assert not facts.uninterpretable


# ---- 4. equivocal: what happens next, as the report says -------------------------------------------
# b9-f06-09 ("HER2 ISH: requested; insufficient tumour remaining on the block -- rebiopsy
# suggested") said the ISH result "will come later" and that a test was pending.

GEJ_NO_ISH = (
    "GEJ / cardia biopsy\n"
    "Adenocarcinoma, moderately differentiated.\n"
    "HER2 IHC (4B5): 2+ (weak-to-moderate basolateral staining in a cluster of >=5 cells).\n"
    "HER2 ISH: requested; insufficient tumour remaining on the block -- rebiopsy suggested.\n"
)


def test_an_ish_that_could_not_be_done_is_not_a_result_to_come() -> None:
    words = _by_hand(
        GEJ_NO_ISH,
        status="equivocal",
        cancer_type="gastric",
        ihc=Ihc(score="2+"),
        warnings=[("ihc_equivocal_no_ish", {}), ("pending", {})],
    )
    assert "not enough tumor for a gene copy test" in words
    assert "will come later" not in words
    assert "When will the gene copy test (ISH) result be ready" not in words
    assert "is pending or was sent to another lab" not in words


def test_near_miss_an_ish_requested_and_to_follow_is_a_result_to_come() -> None:
    text = GEJ_NO_ISH.replace(
        "insufficient tumour remaining on the block -- rebiopsy suggested", "result to follow"
    )
    assert not read_text_facts(text).ish_not_possible
    words = _by_hand(
        text,
        status="equivocal",
        cancer_type="gastric",
        ihc=Ihc(score="2+"),
        warnings=[("ihc_equivocal_no_ish", {}), ("pending", {})],
    )
    assert "its result will come later" in words


# ---- 5. a note names the earlier result in the reader's words, never "None" ------------------------
# b9-f10-02 (a corrected ISH whose earlier "AMPLIFIED" line had no ratio) said "(ISH ratio 2.5,
# ISH ratio None)"; the Spanish note said "(ISH ratio 4.6, ...)" with an English word and a dot.

CORRECTED_ISH = (
    "AMENDED REPORT -- CORRECTED RESULT\n"
    "Reason for amendment: transcription error in HER2 ISH values.\n"
    "CORRECTED: HER2/CEP17 ratio 1.5; average HER2 copy number 3.4 signals/cell;\n"
    "HER2 NOT AMPLIFIED (Group 5). HER2 NEGATIVE.\n"
    "PREVIOUSLY REPORTED (in error): HER2/CEP17 ratio 2.5; average HER2 copy number 6.4;\n"
    "AMPLIFIED.\n"
    "Specimen: right breast excision, invasive lobular carcinoma. HER2 IHC 2+.\n"
)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_note_never_says_none(lang: str) -> None:
    result, words = _exp(CORRECTED_ISH, lang)
    assert result.status == "negative"
    assert "None" not in words
    assert "?" not in " ".join(build_explanation(result, lang).warnings)


@pytest.mark.parametrize(
    ("earlier", "said"),
    [
        ("ISH ratio 4.6, ISH amplified", "cociente de ISH 4,6, ISH amplificado"),
        ("ISH ratio 3", "cociente de ISH 3"),
    ],
)
def test_a_spanish_note_names_the_ratio_in_spanish_with_a_decimal_comma(earlier: str, said: str) -> None:
    words = _by_hand(
        "Breast, left, excision. HER2 IHC 1+.",
        status="negative",
        cancer_type="breast",
        ihc=Ihc(score="1+"),
        warnings=[("earlier_result", {"earlier": earlier})],
        lang="es",
    )
    assert said in words
    assert "ratio" not in words


def test_near_miss_an_english_note_keeps_the_ratio_as_written() -> None:
    words = _by_hand(
        "Breast, left, excision. HER2 IHC 1+.",
        status="negative",
        cancer_type="breast",
        ihc=Ihc(score="1+"),
        warnings=[("earlier_result", {"earlier": "ISH ratio 4.6, ISH amplified"})],
    )
    assert "(ISH ratio 4.6, ISH amplified)" in words


# ---- 6. "HER2-enriched": say the report uses the term, not that it gives a gene activity result -----
# b9-f01-05 ("Tumor is HER2-enriched / not triple negative" in a pathology comment) said "The
# report also gives a gene activity result".


@pytest.mark.parametrize(
    "line",
    [
        "Tumor is HER2-enriched / not triple negative.",
        "Intrinsic subtype (PAM50): HER2-enriched.",
        "ERBB2 mRNA score 11.2 (high).",
    ],
)
def test_a_gene_activity_term_is_named_as_a_term_not_as_a_result_the_report_gives(line: str) -> None:
    text = f"Breast, left, core: invasive ductal carcinoma. HER2 IHC 3+ (positive). {line}"
    result, words = _exp(text)
    assert result.status == "positive"
    assert "gene activity term" in words
    assert "gives a gene activity result" not in words


def test_near_miss_no_gene_activity_term_no_sentence() -> None:
    result, words = _exp("Breast, left, core: invasive ductal carcinoma. HER2 IHC 3+ (positive). ER 90%.")
    assert result.status == "positive"
    assert "gene activity" not in words


# ---- 7. a sample's name keeps its clock position ------------------------------------------------
# b9-f01-01 ("A. Left breast, 2:00, ultrasound-guided core biopsy") showed "Part A (left breast, 2)".

TWO_TUMORS = (
    "SPECIMENS\n"
    "A. Left breast, 2:00, ultrasound-guided core biopsy\n"
    "B. Left breast, 5:00, ultrasound-guided core biopsy\n"
    "BREAST BIOMARKERS\n"
    "                 ER        PR        HER2 IHC (4B5)\n"
    "Part A           95% str   40% mod   3+ (positive)\n"
    "Part B           98% str   90% str   1+ (negative)\n"
)


def test_a_sample_name_keeps_its_clock_position() -> None:
    names = dict(read_sample_names(TWO_TUMORS))
    assert names["A"] == "left breast, 2:00, ultrasound-guided core biopsy"
    assert names["B"] == "left breast, 5:00, ultrasound-guided core biopsy"


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        ("Specimen B: Liver, segment 2, wedge resection", "B", "liver, segment 2, wedge resection"),
        (
            "PART 2: LEFT AXILLARY SENTINEL LYMPH NODE, EXCISION",
            "2",
            "left axillary sentinel lymph node, excision",
        ),
        ("A. Left axilla: lymph node, excision", "A", "left axilla"),
    ],
)
def test_near_miss_a_colon_that_is_no_time_still_ends_the_name(text: str, key: str, name: str) -> None:
    assert dict(read_sample_names(text))[key] == name


# ---- 8. a withdrawn result whose line wraps is still withdrawn ----------------------------------
# variants8 v8-C-02 ("The HER2 FISH result reported on 05/02/2026 (HER2/CEP17 ratio 2.6, AMPLIFIED,
# / HER2 POSITIVE) is WITHDRAWN ... is being repeated") said "The HER2 stain on this sample could
# not be read".

WITHDRAWN_WRAPPED = (
    "AMENDED REPORT\n"
    "The HER2 FISH result reported on 05/02/2026 (HER2/CEP17 ratio 2.6, AMPLIFIED,\n"
    "HER2 POSITIVE) is WITHDRAWN. The hybridized slide was prepared from a different patient's block.\n"
    "HER2 testing (IHC with reflex ISH) is being repeated on this patient's\n"
    "block A3. Results will be issued in a further addendum.\n"
    "Right breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
)


def test_a_withdrawn_result_over_two_lines_is_a_result_to_come_not_an_unreadable_stain() -> None:
    result, words = _exp(WITHDRAWN_WRAPPED)
    assert result.status == "not_found"
    assert "nf_withdrawn_repeat" in _keys(result)
    assert "could not be read" not in words


def test_near_miss_a_result_and_a_later_paragraph_that_withdraws_something_else() -> None:
    assert not read_text_facts(
        "HER2 result: 3+ (positive).\n\nThe consent was withdrawn."
    ).repeat_after_withdrawal


# ---- 9. a metastasis in the ovary is not ovarian cancer --------------------------------------------
# variants8 v8-D-02 (a breast cancer metastasis in the ovary; "Left ovary ...: no tumour") said
# "Cancer type: Ovarian cancer, as named in the report".


@pytest.mark.parametrize(
    "text",
    [
        "Right ovary: metastatic carcinoma, consistent with the known breast primary.",
        "Left ovary and both fallopian tubes: no tumour.",
    ],
)
def test_an_ovary_with_a_metastasis_or_no_tumor_names_no_ovarian_cancer(text: str) -> None:
    assert read_text_facts(text).cancer_named is None


def test_near_miss_an_ovarian_carcinoma_is_named() -> None:
    assert read_text_facts("Left ovary: high-grade serous carcinoma.").cancer_named == "ovarian"


# ---- 10. a sentence wrapped onto the next line is one sentence -------------------------------------
# variants8 v8-F-03 ("the stain is being\nrepeated on block C2. The HER2 score will follow in an
# addendum.") said "this summary did not find a HER2 result" instead of "the stain could not be read".

REPEATED_WRAPPED = (
    "Method: HER2 IHC (PATHWAY 4B5, BenchMark ULTRA), ultraView DAB detection.\n"
    "Patient slide: staining was suboptimal (edge artefact) and the stain is being\n"
    "repeated on block C2. The HER2 score will follow in an addendum.\n"
    "Right breast excision.\n"
)


def test_a_stain_being_repeated_over_a_line_wrap_is_a_stain_that_could_not_be_read() -> None:
    assert read_text_facts(REPEATED_WRAPPED).uninterpretable
    result, words = _exp(REPEATED_WRAPPED)
    assert result.status == "not_found"
    assert "could not be read" in words


def test_near_miss_a_next_line_that_starts_a_new_item_is_not_joined() -> None:
    text = "HER2 IHC 1+ (negative)\nKi-67 could not be evaluated.\n"
    assert not read_text_facts(text).uninterpretable


# ---- 11. a Spanish summary never half-translates a sample's name ---------------------------------
# devset9 b9-f02-03 and b9-f02-10 showed "Resultado de la muestra residual invasive tumor";
# b9-f02-04 showed "original tumor primario".


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("residual invasive tumor", "tumor invasivo residual"),
        ("residual invasive carcinoma", "carcinoma invasivo residual"),
        ("original primary", "«original primary»"),
        ("RESIDUAL INVASIVE CARCINOMA (block A5)", "carcinoma invasivo residual (bloque A5)"),
    ],
)
def test_a_spanish_sample_name_is_translated_whole_or_quoted(label: str, said: str) -> None:
    labels = load_messages("es")["labels"]
    assert local_sample(label, labels) == said


@pytest.mark.parametrize(("label", "said"), [("residual tumour", "tumor residual"), ("Part A", "Parte A")])
def test_near_miss_a_sample_name_spanish_already_translated_is_unchanged(label: str, said: str) -> None:
    assert local_sample(label, load_messages("es")["labels"]) == said


def test_near_miss_an_english_sample_name_stays_as_written() -> None:
    assert local_sample("residual invasive tumor", load_messages("en")["labels"]) == "residual invasive tumor"
