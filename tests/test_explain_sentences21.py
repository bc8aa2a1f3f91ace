"""What the patient reads (session 21 helper sentences21): an audit of the summary on devset23 and
sentences20's leftovers. Each case is a short report written for the test, with a near-miss where
the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

# --- 1. an earlier sample's result in a report that names no treatment -----------------------
# (devset22 b22-f04-09, b22-f11-01: a metastasis report quoting a 2016 primary's IHC said "a sample
# taken before treatment" and "Result for sample after treatment", though no treatment is named)

BEFORE = "sample taken before treatment"
NODE = "Lymph node, axilla, core biopsy: metastatic breast carcinoma (ER+).\n"
THIS_NODE = "Immunohistochemistry on this node:\nHER2 (4B5): 3+ POSITIVE, strong complete membrane staining in 90% of cells.\n"


def test_an_earlier_primary_quoted_without_any_treatment_is_an_earlier_sample() -> None:
    for history in (
        "Referral: primary breast carcinoma 2015 (other hospital), HER2 IHC 1+ per letter.",
        "Previous primary tumour (2017, outside review): HER2 negative, IHC 1+.",
        "Prior HER2 IHC on primary (2014, outside): 1+ per the referral.",
    ):
        result, said = explain_with_words(f"{NODE}{history}\n\n{THIS_NODE}")
        assert result.status == "positive", history
        assert "post_treatment" in result.warning_codes, history
        assert "an earlier sample" in said, history
        assert BEFORE not in said, history
        assert "Result for sample after treatment" not in said, history


def test_an_earlier_result_with_the_treatment_named_stays_before_treatment() -> None:
    # near-miss: the report says what treatment came between the two samples
    for history in (
        "Primary 2015: HER2 IHC 1+. Treated with surgery, adjuvant AC-T and tamoxifen.",
        "History: breast carcinoma 2013, HER2 IHC 1+. Adjuvant EC-paclitaxel; progressed on letrozole.",
    ):
        result, said = explain_with_words(f"{NODE}{history}\n\n{THIS_NODE}")
        assert result.status == "positive", history
        assert "post_treatment" in result.warning_codes, history
        assert BEFORE in said, history
        assert "Result for sample after treatment" in said, history
        assert "an earlier sample" not in said, history


# --- 2. a ratio or a chromosome 17 count that does not fit the other two numbers ----------------
# (devset23 b23-f12-01: a worksheet's "HER2 / CEP17 ratio ... 120 / 42 = 2.86" was shown as
# "Average chromosome 17 control signals per cell (CEP17): 42.0"; devset16 b16-f12-02 showed a
# table's ratio as 20.0 beside averages 2.3 and 2.0; variants4 v4-B-02 a withdrawn ratio 2.3)


def test_numbers_that_do_not_fit_lose_the_one_that_cannot_be_an_average() -> None:
    from her2cli.report_rows import _unfit_count

    # a chromosome 17 "average" of tens of signals is a total count
    for ratio, her2, cep17 in ((2.88, 6.0, 42.0), (2.1, 4.2, 40.0)):
        assert _unfit_count(ratio, her2, cep17) == "cep17", (ratio, her2, cep17)
    # two plausible averages and a ratio far from their quotient: the ratio is another line's
    for ratio, her2, cep17 in ((20.0, 2.3, 2.0), (2.3, 3.1, 1.9)):
        assert _unfit_count(ratio, her2, cep17) == "ratio", (ratio, her2, cep17)


def test_numbers_that_fit_are_all_shown() -> None:
    # near-miss: the report's own averages agree with its ratio (rounding allowed), or nothing checks them
    from her2cli.report_rows import _unfit_count

    for ratio, her2, cep17 in (
        (1.29, 2.7, 2.1),
        (1.61, 7.1, 4.4),
        (2.3, 4.6, 2.0),
        (None, 3.9, 2.6),
        (1.5, 3.9, None),
    ):
        assert _unfit_count(ratio, her2, cep17) is None, (ratio, her2, cep17)
    text = (
        "Left breast, core biopsy, invasive carcinoma.\nHER2 IHC 2+ (equivocal).\n"
        "Dual-probe ISH: mean HER2 signals per cell 2.7, mean CEP17 2.1, HER2/CEP17 ratio 1.29.\n"
        "Interpretation: not amplified. HER2 NEGATIVE.\n"
    )
    _, said = explain_with_words(text)
    assert "Average chromosome 17 control signals per cell (CEP17): 2.1" in said
    assert "HER2 to chromosome 17 ratio (HER2/CEP17): 1.29" in said


# --- 3. a failed ISH beside "IHC not done" is a test that failed, not one never done ------------
# (devset23 b23-f03-06: "FISH: TEST FAILED ... HER2 IHC (not done at referring lab)" read "No HER2
# result: HER2 was not tested on this sample")

FAILED_ISH = (
    "Specimen: left breast excision, block B2.\nTest: HER2/CEP17 dual-probe FISH\n"
    "RESULT: TEST FAILED - hybridisation unsuccessful on two attempts; no signals in tumour nuclei.\n"
    "HER2 status could not be determined on this block.\n"
)


def test_a_failed_ish_with_ihc_not_done_says_the_ish_failed() -> None:
    for not_done in (
        "Please submit another block, or perform HER2 IHC (not done at the referring laboratory).",
        "Note: HER2 immunohistochemistry was not performed on this case.",
    ):
        result, said = explain_with_words(FAILED_ISH + not_done + "\n")
        assert result.status == "not_found", not_done
        assert "the gene copy test (ISH) gave no result" in said, not_done
        assert "HER2 was not tested on this sample" not in said, not_done


def test_her2_not_done_without_a_failed_test_stays_not_tested() -> None:
    # near-miss: no test was tried, so "not tested" is what the report says
    text = (
        "Left breast excision, invasive carcinoma.\nHER2 testing has NOT been performed on this specimen.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert "gave no result" not in said


# --- 4. the core biopsy's result restated in a resection that did not repeat it ------------------
# (devset23 b23-f01-09: "Receptor status was established on the diagnostic core biopsy ... HER2 3+.
# Repeat testing on the mastectomy was not requested" read as this sample's result, unsaid)

QUOTED = "comes from an earlier sample of the same tumor"


def test_a_result_established_on_the_core_biopsy_is_said_to_be_earlier() -> None:
    for quoted in (
        "Receptor status was established on the diagnostic core biopsy (S-22-118): ER 95%, HER2 3+ (positive).",
        "HER2 3+ (positive) on the core. Repeat testing on the mastectomy was not requested.",
        "HER2 status was determined on the prior core biopsy: HER2 IHC 3+ (positive).",
    ):
        text = f"Right breast, mastectomy: invasive ductal carcinoma, 24 mm, grade 3.\n{quoted}\n"
        result, said = explain_with_words(text)
        assert result.status == "positive", quoted
        assert QUOTED in said, quoted


def test_a_result_tested_on_this_core_biopsy_is_not_called_earlier() -> None:
    # near-miss: the biopsy the report describes is the one tested, or the repeat was done
    for tested in (
        "Right breast, core biopsy: invasive carcinoma.\nHER2 status was determined on this core biopsy: IHC 3+ (positive).",
        "Right breast, mastectomy.\nRepeat testing on the mastectomy was performed: HER2 IHC 3+ (positive).",
    ):
        result, said = explain_with_words(tested + "\n")
        assert result.status == "positive", tested
        assert QUOTED not in said, tested


# --- 5. a fax's damaged "correction" is still a correction -----------------------------------------
# (devset23 b23-f01-07: "Reas0n for c0rrecti0n: HER2 resu1t was transcribed incorrect1y" gave no
# "this report corrects an earlier HER2 result")

CORRECTS = "This report says it corrects an earlier HER2 result"


def test_an_ocr_damaged_correction_is_said_back() -> None:
    text = (
        "C0RRECTED REP0RT\nReas0n f0r c0rrecti0n: the HER2 sc0re was transcribed incorrect1y as 1+.\n"
        "Left breast, core biopsy.\nHER2 (4B5): 3+ P0SITIVE, str0ng c0mplete membrane staining in 80%.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive"
    assert CORRECTS in said


def test_a_report_without_a_correction_says_none() -> None:
    # near-miss: the same fax damage, no correction
    text = "Left breast, core biopsy.\nHER2 (4B5): 3+ P0SITIVE, str0ng c0mplete membrane staining in 80%.\n"
    _, said = explain_with_words(text)
    assert CORRECTS not in said


# --- 6. a sequencing report's amplification call is not shown as an ISH -------------------------
# (devset23 b23-f04-01, b23-f04-03: a tissue DNA report's "ERBB2 (HER2) AMPLIFICATION DETECTED" or
# "Concordance with HER2 IHC/ISH is high" was read as ISH too, and the summary said "A gene copy
# test (ISH) found extra copies")

NGS_REPORT = (
    "Comprehensive genomic profiling, tissue (FFPE), colon adenocarcinoma liver metastasis.\n"
    "Tumour purity 60%.\n"
)


def test_a_sequencing_call_read_twice_is_named_as_sequencing() -> None:
    from her2cli.ngs_echo import ish_is_ngs_echo

    for call in (
        "ERBB2 (HER2) AMPLIFICATION DETECTED\nERBB2 amplification, estimated copy number 12\n",
        "ERBB2 amplification - copy number 15\nConcordance with HER2 IHC/ISH is high for high-level amplification.\n",
    ):
        result, said = explain_with_words(NGS_REPORT + call)
        assert result.status == "positive", call
        if result.ish is not None:
            assert ish_is_ngs_echo(result), call
        assert "HER2 gene copy test result (ISH)" not in said, call
        assert "Tumor DNA testing (NGS) found extra copies" in said, call


def test_a_named_ish_with_its_counts_beside_sequencing_stays_an_ish() -> None:
    # near-miss: the report gives its own FISH result, with a ratio
    text = NGS_REPORT + (
        "ERBB2 amplification - copy number 15\n"
        "HER2 FISH (reflex, same block): HER2/CEP17 ratio 4.2, mean HER2 9.1 signals/cell - AMPLIFIED.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive"
    assert "HER2 gene copy test result (ISH): amplified" in said
