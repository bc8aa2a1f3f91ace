"""What the patient reads (issue 8, session 16 helper sentences16): sentences15's leftovers and an
audit of the summary on devset18, reports nobody tuned the text for. Each case is a short report
written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.render.scale import scales_for

from .summary_cases import explain_with_words


def scale_words(text: str, lang: str = "en") -> str:
    """The sentences under the scale drawings ("Where your result sits") for a report text."""
    result, _ = explain_with_words(text, lang)
    assert result.facts is not None
    return " ".join(scale.alt for scale in scales_for(result.facts, lang))


# --- 1. a 3+ in a small share of cells is said as the report gives it, never as "2+" -------------

FEW_CELLS = (
    "Specimen: Left breast core biopsy\n"
    "Diagnosis: Invasive ductal carcinoma, grade 2.\n"
    "HER2 (4B5): 3+ in {share} of tumour cells.\n"
    "ER positive 90%. PR positive 50%.\n"
)


def test_a_few_cells_3_plus_is_not_called_2_plus() -> None:
    for share in ("<10%", "5%", "less than 10%", "<=10%"):
        result, said = explain_with_words(FEW_CELLS.format(share=share))
        assert result.status == "equivocal", share
        assert "was 2+" not in said and "fue 2+" not in said, share
        assert "counts as borderline" in said, share
        drawn = scale_words(FEW_CELLS.format(share=share))
        assert "3+ counts as positive." not in drawn, share  # the bare cut-off would contradict it
        assert "3+ counts as positive only when more than 10% of the tumor cells stain" in drawn, share
        assert "No gene copy test (ISH) result was found" in said, share


def test_a_few_cells_3_plus_in_spanish() -> None:
    _, said = explain_with_words(FEW_CELLS.format(share="<10%"), lang="es")
    assert "fue 2+" not in said
    assert "cuenta como dudoso" in said
    assert "3+ cuenta como positivo solo cuando" in scale_words(FEW_CELLS.format(share="<10%"), "es")


def test_a_2_plus_keeps_its_own_words() -> None:
    # near-miss: a real 2+ is said as a 2+, and its scale keeps the plain cut-off
    text = FEW_CELLS.replace("3+ in {share} of tumour cells", "2+ (equivocal)")
    _, said = explain_with_words(text)
    assert "Your protein stain (IHC) score is 2+" in said
    assert "fewer tumor cells than the scoring rules" not in said
    assert "For breast cancer, 3+ counts as positive. 2+ is borderline" in scale_words(text)


def test_a_3_plus_in_most_cells_keeps_the_plain_cut_off() -> None:
    # near-miss: a 3+ in most cells is positive and the scale says so as before
    result, said = explain_with_words(FEW_CELLS.format(share="90%"))
    assert result.status == "positive"
    assert "fewer tumor cells than the scoring rules" not in said
    assert "For breast cancer, 3+ counts as positive. 2+ is borderline" in scale_words(
        FEW_CELLS.format(share="90%")
    )


# --- 2. numbers and groups the patient reads are the tumour's own (devset17 b17-f12-04, f08-08) ---

WORKED_SUM = (
    "HER2 FISH report, breast, right, excision block C3 (invasive ductal carcinoma)\n"
    "Interpretation: NOT AMPLIFIED (ASCO/CAP 2018 Group 5). HER2: NEGATIVE.\n"
    "Ratio = 48/42 = 1.14; {mean}; average CEP17 = 2.1.\n"
)


def test_a_mean_worked_out_as_a_sum_is_the_result_after_it() -> None:
    for mean, value in (
        ("average HER2 copy number = 48/20 = 2.4 signals/cell", 2.4),
        ("mean HER2 copy number: 60 / 20 = 3.0", 3.0),
        ("mean HER2 signals per cell = 52/20 = 2.6", 2.6),
    ):
        result, said = explain_with_words(WORKED_SUM.format(mean=mean))
        assert result.ish is not None and result.ish.her2_copy_number == value, mean
        assert "48.0" not in said and "60.0" not in said, mean


def test_a_plain_mean_stays() -> None:
    # near-miss: a mean written plainly is read as before
    result, _ = explain_with_words(WORKED_SUM.format(mean="mean HER2 copy number 2.4"))
    assert result.ish is not None and result.ish.her2_copy_number == 2.4


KEY_GROUP = (
    "Informe ISH HER2, carcinoma de mama\n"
    "IHQ previa: HER2 2+ (dudoso)\n"
    "RESULTADO ISH: NO AMPLIFICADO\n"
    "ESTADO FINAL HER2: NEGATIVO (IHQ 2+ / ISH no amplificado)\n"
    "{key}\n"
)


def test_a_key_s_group_is_not_the_tumour_s() -> None:
    for key in (
        "Ref.: amplificado si razón >=2,0 y >=4 señales (grupo 1)",
        "Key: amplified if ratio >= 2.0 and >= 4 signals/cell (group 1)",
        "Reference: ratio >=2.0 with mean HER2 copies >= 4.0 (Group 1)",
    ):
        result, said = explain_with_words(KEY_GROUP.format(key=key))
        assert result.ish is not None and result.ish.group != 1, key
        assert "ISH group (1 to 5): 1" not in said, key


def test_a_measured_group_in_brackets_stays() -> None:
    # near-miss: a group in brackets after the tumour's own ratio is its group
    result, _ = explain_with_words(KEY_GROUP.format(key="Razón HER2/CEP17 1,3 (grupo 5)"))
    assert result.ish is not None and result.ish.group == 5


# --- 3. ER/PR of a past cancer named with its year are not the current sample's (b17-f02-03) ----

METASTASIS = (
    "Specimen: Liver, segment 6 lesion, core biopsy\n"
    "History: {history}\n"
    "Diagnosis: Metastatic carcinoma consistent with breast primary.\n"
    "HER2 IHC: 3+ (complete intense membranous staining in 80% of tumour cells) -> POSITIVE\n"
)


def test_a_past_cancer_s_receptors_are_not_said_as_current() -> None:
    for history in (
        "Left breast cancer 2018 (pT2N0, IDC, ER+/PR+/HER2 1+ negative), lumpectomy, AC-T.",
        "Breast carcinoma diagnosed 2021 (primary core: ER positive, PR positive, HER2 1+).",
        "Right breast cancer diagnosed in 2019, ER+/PR+/HER2-; letrozole to 2024.",
    ):
        result, said = explain_with_words(METASTASIS.format(history=history))
        assert result.related.get("pr") != "positive", history
        assert "Progesterone receptor (PR): positive" not in said, history


def test_the_sample_s_own_receptors_stay() -> None:
    # near-miss: the metastasis's own ER/PR, below the history, are shown
    text = (
        METASTASIS.format(history="Left breast cancer 2018, lumpectomy.")
        + "ER positive (40%). PR negative (<1%).\n"
    )
    result, said = explain_with_words(text)
    assert result.related.get("er") == "positive" and result.related.get("pr") == "negative"


# --- 4. a revised score outranks the original it revises (b17-f10-09) ---------------------------

REVISED = (
    "PATHOLOGY - ADDENDUM TO SURGICAL PATHOLOGY REPORT\n"
    "Specimen: Left breast lumpectomy, invasive ductal carcinoma, grade 1\n"
    "\n"
    "{original}\n"
    "Re-review by a second pathologist: no membrane staining in any invasive tumour cells.\n"
    "REVISED HER2 IHC: 0 (NEGATIVE); not HER2-low.\n"
)


def test_an_original_score_does_not_outrank_its_revision() -> None:
    for original in (
        "Original HER2 IHC: 1+ (negative) -> reported as HER2-low",
        "0riginal HER2 IHC: 1+ (negative)",
        "Initial HER2 IHC score: 1+",
        "Previous HER2 IHC (block A1): 1+ (negative)",
    ):
        result, said = explain_with_words(REVISED.format(original=original))
        assert result.ihc is not None and result.ihc.score == "0", original
        assert not result.her2_low, original
        assert "trastuzumab deruxtecan" not in said, original


def test_two_tumours_keep_the_higher_score() -> None:
    # near-miss: two current scores (two tumours) with no earlier label: the higher is shown
    text = (
        "Specimen: Left breast lumpectomy, two foci of invasive ductal carcinoma\n"
        "Focus A: HER2 IHC 1+ (negative)\n"
        "Focus B: HER2 IHC 0 (negative)\n"
    )
    result, _ = explain_with_words(text)
    assert result.ihc is not None and result.ihc.score == "1+"


# --- 6. an earlier score is named once, not as "HER2 0, IHC 0" (devset18 b18-f02-03) -----------

LIVER = (
    "CLINICAL: History of left breast carcinoma 2017 (pT1c N0, ER+/PR+, {earlier} at outside\n"
    "hospital), treated with lumpectomy, radiation and anastrozole x5 yr. New liver lesions.\n"
    "SPECIMEN: Liver, segment 7, core biopsy. Metastatic breast carcinoma.\n"
    " HER2    3+  - strong, complete membrane staining in ~70% of tumour cells. POSITIVE.\n"
)


def test_an_earlier_score_is_named_once() -> None:
    for earlier, score in (("HER2 0 by IHC", "0"), ("HER2 1+ by IHC", "1+")):
        _, said = explain_with_words(LIVER.format(earlier=earlier))
        assert f"HER2 {score}, IHC {score}" not in said, earlier
        assert f"IHC {score}" in said, earlier


def test_two_different_earlier_results_are_both_named() -> None:
    # near-miss: an earlier stain and an earlier gene copy test are two results, both named
    _, said = explain_with_words(LIVER.format(earlier="HER2 IHC 2+ with FISH amplified"))
    assert "IHC 2+" in said and "amplified" in said


# --- 7. RAS genes a blood test lists as not detected are not asked for (b17-f05-01, b18-f05-01) -

PLASMA_CRC = (
    "Plasma cell-free DNA report\n"
    "Cancer type: Colorectal adenocarcinoma (metastatic, liver)\n"
    "Sample: Peripheral blood, Streck tubes. Tumour fraction estimate: 6%\n"
    "ERBB2 amplification: DETECTED (plasma copy number 3.1)\n"
    "\n"
    "{ras}\n"
    "Note: plasma copy number values must not be compared with tissue thresholds.\n"
)


def test_blood_ras_not_detected_is_not_asked_for() -> None:
    for ras in (
        "Not detected: KRAS, NRAS, BRAF V600E, PIK3CA, MSI-High",
        "(KRAS/NRAS/BRAF: no mutations detected in plasma.)",
        "No KRAS, NRAS or BRAF mutations were detected in cfDNA.",
    ):
        result, said = explain_with_words(PLASMA_CRC.format(ras=ras))
        assert result.status == "positive", ras
        assert "What are my RAS and BRAF results" not in said, ras
        assert "My blood test did not find RAS mutations" in said, ras


def test_a_blood_report_silent_on_ras_still_asks() -> None:
    # near-miss: a blood report that names no RAS result keeps the question
    _, said = explain_with_words(PLASMA_CRC.format(ras="APC R1114* 8.4%"))
    assert "What are my RAS and BRAF results" in said
    assert "My blood test did not find RAS mutations" not in said
