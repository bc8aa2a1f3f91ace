"""What the patient reads (issue 8, session 15 helper sentences15): sentences14's leftovers and an
audit of the summary on devset17, reports nobody tuned the text for. Each case is a short report
written for the test, with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.explain import build_explanation

from .summary_cases import explain_with_words

# --- 1. a score a definitions note gives a category is no result (devset16 b16-f11-02) -------------

NULL_CORE = (
    "Spec: Left breast core\n"
    "Dx: Invasive carcinoma NST, grade 3.\n"
    "   HER2 (4B5):  SCORE 0  -  No membrane staining in any tumour cell\n"
    "   HER2 result: NEGATIVE\n"
)


def test_a_definitions_note_s_scores_are_no_her2_low_result() -> None:
    for note in (
        "Comment: For HER2-low/ultralow definitions see dept. handbook section 4.2 (1+ = low,\n"
        " >0 <1+ = ultralow).\n",
        "Comment: HER2-low categories (1+ = HER2-low, 0 = HER2-null) are listed in the handbook.\n",
        "Note: definitions per department key: 2+ = equivocal; 1+ = low; 0 = null.\n",
    ):
        result, said = explain_with_words(NULL_CORE + note)
        assert result.ihc is not None and result.ihc.score == "0", note
        assert not result.her2_low and not result.her2_ultralow, note
        assert "HER2-low" not in said.replace("not HER2-low", ""), note
        assert "trastuzumab deruxtecan" not in said, note


def test_a_result_naming_its_own_category_stays() -> None:
    # near-miss: one score with its category is the result's own ("HER2: 1+ = HER2-low")
    result, said = explain_with_words(
        "Spec: Left breast core\nDx: Invasive carcinoma NST, grade 2.\n"
        "   HER2 (4B5): 1+ = HER2-low (faint incomplete staining in 40% of cells)\n"
        "   HER2 result: NEGATIVE\n"
    )
    assert result.ihc is not None and result.ihc.score == "1+"
    assert "HER2-low" in said


# --- 2. the ratio the patient reads is the report's own, not one reader's, area's or control's -----


def _ratio(text: str) -> float | None:
    result, _ = explain_with_words(text)
    return result.ish.ratio if result.ish is not None else None


READERS = (
    "HER2 (ERBB2) FISH ANALYSIS -- BREAST\n"
    "Source: Block A3, core biopsy L breast\n"
    "Signal enumeration (two independent readers, invasive tumour only)\n"
    " Reader   Cells   HER2 total   CEP17 total   HER2/cell   CEP17/cell   Ratio\n"
    " 1        20      171          41            8.55        2.05         4.17\n"
    " 2        20      158          44            7.90        2.20         3.59\n"
    " {label} 40      329          85            8.23        2.13         3.87\n"
    "\n"
    "Result:   HER2/CEP17 ratio 3.87; average HER2 copy number 8.2 signals/cell\n"
    "          ASCO/CAP 2018 Group 1 -- HER2 AMPLIFIED (POSITIVE)\n"
)


def test_a_summary_row_labelled_with_its_count_gives_the_ratio() -> None:
    # devset16 b16-f03-01 showed reader 1's 4.17
    for label in ("Combined", "Total   ", "All     "):
        assert _ratio(READERS.format(label=label)) == 3.87, label


AREAS = (
    "HER2 CISH (dual colour, chromogenic), left breast, excision block A6 (IHC previously reported 2+)\n"
    "\n"
    " Area                              Nuclei   HER2 mean   CEP17 mean   Ratio\n"
    " Area A (small cluster, ~8%)       20       6.4         2.0          3.20\n"
    " Area B (main tumour)              20       2.5         1.8          1.39\n"
    " Area C (main tumour)              20       2.7         1.9          1.42\n"
    "\n"
    "{summary} ratio 1.55; mean HER2 3.9.\n"
    "INTERPRETATION\n"
    " The tumour is NOT AMPLIFIED for HER2 (ASCO/CAP 2018 group 5).\n"
    " Final HER2 status (with IHC 2+): NEGATIVE.\n"
)


def test_an_overall_line_below_an_area_table_gives_the_ratio() -> None:
    # devset16 b16-f03-07 showed the small cluster's 3.2
    for summary in ("Overall (all areas, 60 nuclei):", "All 60 nuclei:", "Combined:"):
        assert _ratio(AREAS.format(summary=summary)) == 1.55, summary


def test_an_area_line_below_the_table_is_no_summary() -> None:
    # near-miss: a line naming one more area is no summary of the counts
    assert _ratio(AREAS.format(summary="Area D (20 nuclei):")) == 3.2


SPANISH_FISH = (
    "Estudio FISH HER2, carcinoma ductal infiltrante de mama, bloque A2\n"
    "Núcleos evaluados: 40\n"
    "Cociente HER2/CEP17:          1,40\n"
    "RESULTADO: HER2 NO AMPLIFICADO\n"
    "Interpretación final (IHQ 2+ + FISH no amplificado): HER2 NEGATIVO.\n"
    'Nota: este perfil corresponde a la categoría "HER2-bajo" (HER2-low) a efectos de\n'
    "posibles tratamientos en enfermedad avanzada.\n"
    "{label}: línea celular amplificada (cociente 4,8) y no amplificada\n"
    "(cociente 1,0) con resultados esperados.\n"
)


def test_a_control_cell_line_s_ratio_is_not_the_patient_s() -> None:
    # devset16 b16-f08-02 showed the amplified control line's 4.8
    for label in ("Control interno/externo", "Control externo", "Controles"):
        assert _ratio(SPANISH_FISH.format(label=label)) == 1.4, label


# --- 3. devset17 audit: sentences the report does not support ------------------------------------

CORE_3PLUS = (
    "Specimen: Left breast core biopsy\n"
    "Diagnosis: Invasive ductal carcinoma, grade 3.\n"
    "ER (SP1): positive, 5%. PR (1E2): negative.\n"
    "HER2 (4B5): POSITIVE (Score 3+), complete intense membrane staining in 95% of cells.\n"
)
HETEROGENEITY = "HER2 may not be the same in all parts of the tumor"


def test_another_marker_s_heterogeneity_is_not_said_of_her2() -> None:
    # devset17 b17-f01-01: "Internal normal ducts: ER heterogeneous positive as expected"
    for note in (
        "Controls: internal normal ducts: ER heterogeneous positive as expected.\n",
        "Comment: PR staining is heterogeneous.\n",
        "Ki-67 heterogeneous (hot spot 60%).\n",
    ):
        _, said = explain_with_words(CORE_3PLUS + note)
        assert HETEROGENEITY not in said, note


def test_her2_s_own_heterogeneity_is_said() -> None:
    # near-miss: the HER2 stain's own heterogeneity stays
    _, said = explain_with_words(CORE_3PLUS + "Comment: HER2 staining is heterogeneous.\n")
    assert HETEROGENEITY in said


RESIDUAL_3PLUS = (
    "SYNOPTIC: BREAST, POST-NEOADJUVANT RESECTION\n"
    "Neoadjuvant regimen: TCHP x6 (docetaxel, carboplatin, trastuzumab, pertuzumab)\n"
    "Biomarkers, residual tumour (block A9):\n"
    "  ER: negative (<1%)\n"
    "  HER2 IHC: 3+ (uniform, intense, complete; ~85% of residual cells)\n"
    "  HER2 status (residual): POSITIVE\n"
)


def test_a_trial_s_criteria_are_not_the_scoring_rules() -> None:
    # devset17 b17-f02-05: 'Scoring rules named in the report: KATHERINE criteria'
    for line in (
        "Adjuvant consideration: residual disease after neoadjuvant therapy (KATHERINE criteria).\n",
        "Response assessed per RECIST criteria.\n",
        "Patient meets the trial eligibility criteria.\n",
    ):
        result, _ = explain_with_words(RESIDUAL_3PLUS + line)
        assert "criteria" not in (build_explanation(result, "en").scoring_rules or ""), line


WEDGE = (
    "Specimen: Right lower lobe, wedge resection\n"
    "IHC: TTF-1 neg, GATA3 pos, ER pos (70%) --> Metastatic carcinoma of breast origin.\n"
    "HER2 on this wedge (block A2):\n"
    " - IHC 4B5: 2+ (complete, weak-moderate, 35%)\n"
    " - Dual-probe ISH: ratio 2.4; average HER2 copies 4.9 per cell; avg CEP17 2.0; group 1\n"
    " - FINAL: HER2 POSITIVE (amplified)\n"
)


def test_a_sequencing_test_not_done_is_no_sequencing_result() -> None:
    # devset17 b17-f02-10 said 'HER2 gene amplification on tumor DNA sequencing (NGS): amplified'
    for line in ("Lung NGS panel not requested (not a lung primary).\n", "NGS: not performed.\n"):
        result, said = explain_with_words(WEDGE + line)
        assert result.ngs is None or result.ngs.amplification is None, line
        assert "sequencing" not in said, line
        assert result.ish is not None and result.ish.result == "amplified", line


def test_a_report_s_own_criteria_phrase_stays() -> None:
    # near-miss: "scored per serous endometrial carcinoma criteria" names the scoring rules
    result, _ = explain_with_words(
        "Specimen: Endometrium, hysterectomy. Serous carcinoma.\n"
        "HER2 IHC (4B5): 3+, scored per serous endometrial carcinoma criteria. POSITIVE.\n"
    )
    assert "serous endometrial carcinoma criteria" in (build_explanation(result, "en").scoring_rules or "")


GROUP4 = (
    "Specimen: Left breast, core biopsy. Invasive carcinoma, no special type.\n"
    "HER2 IHC (4B5): 2+ (weak-moderate complete membrane staining, 20%)\n"
    "HER2 dual ISH: mean HER2 4.7 signals/cell; mean CEP17 3.1; HER2/CEP17 ratio 1.5; group 4.\n"
    "FINAL HER2 STATUS: NEGATIVE\n"
)
DECALCIFIED = "sample was decalcified"


def test_a_general_limit_on_decalcified_specimens_is_no_caveat_about_this_sample() -> None:
    # devset17 b17-f03-10: a limitations paragraph on a breast core report
    for line in (
        "LIMITATIONS: Decalcified specimens are not validated.\n",
        "Results on decalcified specimens may be unreliable; interpret with caution.\n",
    ):
        _, said = explain_with_words(GROUP4 + line)
        assert DECALCIFIED not in said, line


def test_a_decalcified_bone_sample_s_caveat_stays() -> None:
    # near-miss: the sample is bone, decalcified, and the lab warns
    _, said = explain_with_words(
        "Specimen: Left iliac crest bone biopsy, decalcified in formic acid.\n"
        + GROUP4.split("\n", 1)[1]
        + "Decalcification may reduce sensitivity.\n"
    )
    assert DECALCIFIED in said


GEJ_NGS = (
    "COMPREHENSIVE GENOMIC PROFILE (tissue)\n"
    "Disease: Esophagogastric junction adenocarcinoma      Specimen site: GEJ biopsy\n"
    "GENOMIC FINDINGS\n"
    "ERBB2  amplification - copy number 22\n"
    "Note: HER2 protein expression (IHC) was not assessed by this test. {advice}\n"
)
FURTHER_TEST = "Your report itself suggests a further HER2 test on tumor tissue"


def test_a_dna_report_s_advice_to_confirm_by_ihc_is_said_back() -> None:
    # devset17 b17-f04-01 left 'Consider confirmatory IHC per tumour-type guidelines' out
    for advice in (
        "Consider confirmatory IHC\nper tumour-type guidelines.",
        "Confirmatory HER2 IHC is recommended.",
    ):
        _, said = explain_with_words(GEJ_NGS.format(advice=advice))
        assert FURTHER_TEST in said, advice


def test_a_confirmatory_test_already_done_is_no_advice() -> None:
    # near-miss: the confirmatory stain was done and gave its result
    _, said = explain_with_words(GEJ_NGS.format(advice="Confirmatory IHC was performed: 3+."))
    assert FURTHER_TEST not in said


GASTRIC_PANEL = (
    "ONCOGENOME TISSUE REPORT\n"
    "Patient ref: ORB-26-55821 | Stomach (antrum) adenocarcinoma, biopsy\n"
    "{purity}\n"
    "| Gene        | Alteration                            | Call                    |\n"
    "| ERBB2       | amplification - equivocal             | EQUIVOCAL               |\n"
    "|             | ({copies})             |                         |\n"
    "| MET         | no amplification                      | -                       |\n"
)


def test_a_panel_s_borderline_copy_number_is_not_called_a_gene_copy_test() -> None:
    # devset17 b17-f04-06 said 'HER2 gene copy test result (ISH): equivocal' and applied Hofmann rules
    for purity, copies in (
        ("Tumour purity: 20% (low) | Date: 2026-11-13", "estimated copy number 5"),
        ("Tumor purity 20%", "copy number 5"),
        ("Date: 2026-11-13", "purity-adjusted copy number 5"),
    ):
        result, said = explain_with_words(GASTRIC_PANEL.format(purity=purity, copies=copies))
        assert result.ish is None, purity
        assert "Gene copy test (in situ hybridization" not in said, purity
        assert "small biopsy or on a larger surgery sample" not in said, purity


def test_an_ish_count_s_copy_number_stays_ish() -> None:
    # near-miss: an ISH count's mean copy number under a cellularity line is ISH
    result, _ = explain_with_words(
        "Stomach adenocarcinoma, biopsy. Tumour cellularity 40%.\n"
        "HER2 SISH: mean HER2 copy number 5.2 per cell, HER2/CEP17 ratio 2.6: AMPLIFIED.\n"
    )
    assert result.ish is not None and result.ish.result == "amplified"


PLASMA_NONE = (
    "LIQUID BIOPSY (ctDNA) RESULT\n"
    "Dx: Gastric adenocarcinoma, stage IV (peritoneal)\n"
    "Result: NO ALTERATIONS DETECTED in the 83-gene panel.\n"
    " ERBB2 (HER2): amplification NOT DETECTED; no mutations detected\n"
    " Estimated tumour fraction: <0.5% (LOW)\n"
)
TISSUE_ASK = "Ask your care team whether a tissue sample should be tested for HER2"


def test_a_blood_report_advising_a_tissue_test_asks_the_care_team_once() -> None:
    # devset17 b17-f05-02 asked about a tissue test twice in a row
    _, said = explain_with_words(
        PLASMA_NONE
        + "We cannot rule out HER2 amplification; tissue HER2 testing (IHC +/- ISH) is recommended.\n"
    )
    assert FURTHER_TEST in said
    assert TISSUE_ASK not in said
    assert "Ask your care team whether HER2 has been tested" not in said


def test_a_blood_report_without_advice_keeps_its_tissue_question() -> None:
    # near-miss: no advice in the report, the close asks about a tissue test
    _, said = explain_with_words(PLASMA_NONE)
    assert TISSUE_ASK in said


GEJ_2PLUS = (
    "Site: Gastro-oesophageal junction biopsy, 5 fragments\n"
    "Dx: Invasive adenocarcinoma, moderately differentiated.\n"
    "HER2 IHC (HercepTest; gastric biopsy scoring): 2+ - weak-to-moderate staining in clusters. EQUIVOCAL.\n"
)
PENDING = "more HER2 testing has been ordered or is pending"


def test_a_not_evaluable_ish_and_another_test_pending_are_no_her2_test_to_come() -> None:
    # devset17 b17-f06-03 said 'more HER2 testing has been ordered or is pending'
    _, said = explain_with_words(
        GEJ_2PLUS
        + "HER2 SISH: attempted on block A2 (11/12/2026) - NOT EVALUABLE: tumour exhausted on recuts.\n"
        'Clinical note: "considering FLOT vs trastuzumab-based regimen depending on HER2 (staging CT pending)".\n'
    )
    assert PENDING not in said
    assert "gave no result that could be read" in said


def test_a_her2_test_pending_stays_pending() -> None:
    # near-miss: the ISH itself is pending
    _, said = explain_with_words(GEJ_2PLUS + "HER2 SISH on block A2: pending.\n")
    assert "has been requested and its result will come later" in said or PENDING in said


COLON_BIOPSY = (
    "Specimen: Right colon (caecum) mass, colonoscopic biopsy x 5\n"
    "Diagnosis: Adenocarcinoma, moderately differentiated.\n"
    "  KRAS/NRAS/BRAF (PCR): no mutations detected (wild-type for codons tested)\n"
)


def test_an_ordered_her2_test_marked_pending_is_awaited() -> None:
    # devset17 b17-f06-08 said 'No HER2 result found' and asked 'Has my tumor been tested for HER2?'
    _, said = explain_with_words(
        COLON_BIOPSY
        + "HER2 IHC: requested by oncology (Dr Nkem Oduya) on 11/13/2026 in view of CT-detected\n"
        "lung nodules; PENDING - will be reported as an addendum.\n"
    )
    assert "HER2 result not in this report yet" in said
    assert "Has my tumor been tested for HER2" not in said


def test_another_test_pending_is_no_her2_to_come() -> None:
    # near-miss: the pending test is another marker's
    _, said = explain_with_words(
        COLON_BIOPSY
        + "HER2 IHC: requested by oncology (Dr Nkem Oduya) on 11/13/2026; not performed (no tumour left).\n"
        "Oncotype: pending - will be reported as an addendum.\n"
    )
    assert "HER2 result not in this report yet" not in said


# --- a "HER2-positive" the report denies is not 'the report calls HER2 positive in one place' ----

LOW_CORE = "Spec: Left breast core\nDx: Invasive carcinoma NST.\nHER2 (4B5): score 1+ (faint incomplete staining in 20%).\n"
CALLS_POSITIVE = "seem to call HER2 positive in one place"


def test_a_denied_positive_is_no_positive_call() -> None:
    # devset17 b17-f07-05, devset16 b16-f07-02, b16-f09-08
    for line in (
        "About a third of salivary duct carcinomas are HER2-positive; this one is not.",
        'It does not indicate HER2 protein overexpression or gene amplification ("HER2-positive").',
        "Tumour is HER2-low (1+) ; not HER2-positive.",
        "The tumour is not HER2-positive.",
    ):
        result, said = explain_with_words(LOW_CORE + line + "\n")
        assert "statement_conflict" not in result.warning_codes, line
        assert CALLS_POSITIVE not in said, line


def test_a_positive_said_elsewhere_still_conflicts() -> None:
    # near-miss: the report does call this tumour HER2 positive somewhere
    for line in (
        "The tumour is HER2-positive.",
        "About a third of salivary duct carcinomas are HER2-positive; this one is too.",
        "Tumour is HER2-low (1+) ; HER2-positive per outside review.",
    ):
        result, said = explain_with_words(LOW_CORE + line + "\n")
        assert "statement_conflict" in result.warning_codes, line
        assert CALLS_POSITIVE in said, line


BTC_NGS = (
    "Comprehensive Genomic Profiling (Solid Tumor, FFPE)\n"
    "DIAGNOSIS  Intrahepatic cholangiocarcinoma (metastatic)\n"
    "GENOMIC FINDINGS\n"
    "  ERBB2        amplification - 14 copies  (ploidy 2.1)\n"
)


def test_a_stain_score_a_dna_report_expects_is_no_stain_result() -> None:
    # devset17 b17-f07-08 showed 'HER2 protein stain score (IHC): 3+', never done
    for note in (
        "NOTE  ERBB2 amplification at this level (14 copies) commonly correlates with HER2 IHC 3+; the\n"
        "labeling of zanidatamab references IHC 3+. IHC confirmation is recommended.\n",
        "NOTE  High-level amplification is usually associated with HER2 IHC 3+.\n",
    ):
        result, said = explain_with_words(BTC_NGS + note)
        assert result.ihc is None, note
        assert "protein stain score (IHC): 3+" not in said, note
        assert result.status == "positive", note


def test_a_stain_done_on_the_same_block_stays() -> None:
    # near-miss: the companion stain was done and gave 3+
    result, _ = explain_with_words(
        BTC_NGS + "Companion assay on the same block: HER2 IHC 4B5 = 3+ (positive).\n"
    )
    assert result.ihc is not None and result.ihc.score == "3+"


MASTECTOMY = (
    "History: Left breast carcinoma on core biopsy 04/2026: ER 0%, PR 0%, HER2 3+. Neoadjuvant TCHP x6.\n"
    "Specimen: Left mastectomy + SLN\n"
    "Diagnosis: Residual invasive carcinoma, 0.7 cm (tumour bed 2.5 cm), cellularity 10%. ypT1b ypN0.\n"
)
NOT_AGAIN = "not tested again after treatment"


def test_biomarkers_not_repeated_under_their_heading_say_so() -> None:
    # devset17 b17-f08-05 read 'not tested yet (the report recommends it)' and asked 'Has my tumor been tested?'
    for block in (
        "Biomarcadores en tumor residual / Biomarkers on residual tumour:\n  No se repitieron (no repeated).\n",
        "Biomarkers on residual tumour:\n  Not repeated; refer to prior core biopsy result above.\n",
    ):
        _, said = explain_with_words(MASTECTOMY + block)
        assert NOT_AGAIN in said, block
        assert "Has my tumor been tested for HER2" not in said, block


def test_biomarkers_repeated_under_their_heading_are_no_such_note() -> None:
    # near-miss: repeated, with a result
    _, said = explain_with_words(MASTECTOMY + "Biomarkers on residual tumour:\n  HER2 IHC 1+ (negative).\n")
    assert NOT_AGAIN not in said


CRC_3PLUS = (
    "Material: Metástasis hepática, biopsia; bloque 2\n"
    "Tumor primario: Adenocarcinoma de colon sigmoides\n"
    " HER2 por inmunohistoquímica (4B5), criterios HERACLES:\n"
    "   Intensidad/patrón: intensa, circunferencial y basolateral\n"
    "   Porcentaje de células: 60%\n"
    "   Puntuación: 3+  -> HER2 POSITIVO (3+ en ≥50% de las células; no requiere ISH según HERACLES)\n"
    "INTERPRETACIÓN\n"
    "Tumor con sobreexpresión de HER2 (3+, 60%).\n"
)


def test_the_measured_share_is_shown_not_the_rule_s_bound() -> None:
    # devset17 b17-f08-06 showed 'Share of tumor cells with this staining: 50% or more'
    result, said = explain_with_words(CRC_3PLUS)
    assert result.ihc is not None and result.ihc.percent_cells == 60.0
    assert "50% or more" not in said


def test_a_bound_alone_stays_the_share() -> None:
    # near-miss: no measured share anywhere, the report's own bound is what it gives
    result, _ = explain_with_words(
        CRC_3PLUS.replace("   Porcentaje de células: 60%\n", "").replace("(3+, 60%)", "(3+)")
    )
    assert result.ihc is not None and result.ihc.percent_cells == 50.0


def test_a_spanish_endometrial_carcinoma_is_named() -> None:
    # devset17 b17-f08-09 said 'Another type of cancer' beside the endometrial serous rules
    for line in (
        "Carcinoma seroso de endometrio, alto grado, 4,5 cm.",
        "Adenocarcinoma endometrioide de endometrio.",
    ):
        _, said = explain_with_words(
            "Espécimen: Útero, anexos (histerectomía total)\nDiagnóstico:\n  " + line + "\n"
            "  HER2/neu (4B5): PUNTUACIÓN 3+ — POSITIVO\n"
        )
        assert "Another type of cancer" not in said, line


def test_a_breast_metastasis_in_the_uterus_is_not_named_endometrial() -> None:
    # near-miss: a metastatic breast carcinoma found in the uterus
    result, _ = explain_with_words(
        "Espécimen: Útero (histerectomía)\nDiagnóstico: Carcinoma metastásico de mama en útero.\n"
        "HER2 (4B5): PUNTUACIÓN 3+ — POSITIVO\n"
    )
    _, said = explain_with_words(
        "Espécimen: Útero (histerectomía)\nDiagnóstico: Carcinoma metastásico de mama en útero.\n"
        "HER2 (4B5): PUNTUACIÓN 3+ — POSITIVO\n"
    )
    assert "Endometrial" not in said


GEJ_FORM = (
    "GASTRO-OESOPHAGEAL BIOPSY - STRUCTURED BIOMARKER FORM\n"
    "Site: Gastro-oesophageal junction, 8 biopsies; adenocarcinoma, intestinal type\n"
    "HER2 IHC (clone 4B5; gastric biopsy criteria)\n"
    "   [ ] 2+     weak-moderate complete/basolateral/lateral in a cluster of >=5 cells\n"
    "   [X] 3+     strong complete/basolateral/lateral in a cluster of >=5 cells\n"
    "   Interpretation:  [X] Positive   [ ] Equivocal (ISH to follow)   [ ] Negative\n"
    "   ISH:            {ish}\n"
)
ISH_WHEN = "gene copy test (ISH) was requested"


def test_an_unticked_request_box_is_no_ish_to_come() -> None:
    # devset17 b17-f09-07 asked when the requested ISH would be ready
    _, said = explain_with_words(GEJ_FORM.format(ish="[X] Not required   [ ] Requested"))
    assert ISH_WHEN not in said


def test_a_ticked_request_box_is_an_ish_to_come() -> None:
    # near-miss: the request box is ticked
    _, said = explain_with_words(GEJ_FORM.format(ish="[ ] Not required   [X] Requested, result to follow"))
    assert ISH_WHEN in said or "will come later" in said


RECUT_3PLUS = (
    "Breast Pathology Consultation. Review of outside material.\n"
    "Outside diagnosis: invasive carcinoma NST, grade 3; ER 0%, PR 0%.\n"
    "{history}\n"
    "CONSENSUS HER2 IHC: 3+ — POSITIVE (ASCO/CAP 2018). ISH not required.\n"
)
RELATIVE = "family member's cancer and its HER2 result"


def test_a_relative_named_beside_a_request_is_no_relative_s_her2_result() -> None:
    # devset17 b17-f10-03 said the report mentions a family member's HER2 result
    _, said = explain_with_words(
        RECUT_3PLUS.format(
            history='Outside requisition: "39F, family history: mother breast ca at 51 — please review HER2 first."'
        )
    )
    assert RELATIVE not in said


def test_a_relative_s_her2_result_is_still_set_aside() -> None:
    # near-miss: the relative's own HER2 result is named
    _, said = explain_with_words(
        RECUT_3PLUS.format(history="Family history: sister with HER2-positive breast cancer.")
    )
    assert RELATIVE in said


TNBC_CORE = (
    "SPECIMEN B: Left breast 4:00 mass, US-guided core, invasive mammary carcinoma, grade 3.\n"
    "ER ............. 0%  NEGATIVE\nPR ............. 0%  NEGATIVE\n"
    "HER2 (IHC, clone 4B5) ..... 0 .... NEGATIVE\n"
)


def test_a_review_s_0_versus_1plus_question_is_no_1plus_result() -> None:
    # devset15 b15-f01-08 read the 1+ of 'the 0 vs 1+ distinction' and named trastuzumab deruxtecan
    for note in (
        "METHODS: HER2 IHC 0 here means no staining at all (this is not\n"
        "  a HER2-ultralow pattern). Slides reviewed by two pathologists for the 0 vs 1+ distinction.\n",
        "REASON: HER2 0 versus 1+ adjudication (department policy).\n",
    ):
        result, said = explain_with_words(TNBC_CORE + note)
        assert result.ihc is None or result.ihc.score in ("0", None), note
        assert not result.her2_low and not result.her2_ultralow, note
        assert "trastuzumab deruxtecan" not in said, note


def test_a_1plus_the_report_gives_stays_beside_a_0() -> None:
    # near-miss: a second block scored 1+ is a result of its own, not a compared pair
    result, _ = explain_with_words(TNBC_CORE + "Block B2: HER2 IHC 1+ (faint incomplete staining in 20%).\n")
    assert result.ihc is not None and result.ihc.score == "1+"


def test_an_ish_in_progress_is_an_ish_to_come() -> None:
    # devset17 b17-f11-06 said 'Ask your care team whether more testing has been done or is planned'
    _, said = explain_with_words(
        "Specimen: Right breast, US core x3\nDiagnosis: Invasive lobular carcinoma, grade 3.\n"
        "- HER2 IHC (4B5): 2+ — equivocal. Weak-to-moderate complete membrane staining in ~20% of cells.\n"
        "- HER2 ISH: reflex testing IN PROGRESS.\n"
    )
    assert "has been requested and its result will come later" in said


# --- 4. a denial that wraps before the category (devset17 b17-f11-03, the lead) ------------------
# "Tumor is neither" / "HER2-low nor HER2-ultralow." read "HER2-low" as the report's category: the
# headline said HER2-low and the summary named trastuzumab deruxtecan for an IHC 0 tumour. A line
# ending in "neither", "nor" or "not" wraps its sentence onto the next line (findings/criteria.py
# JOINERS), so the denial before the category is seen.

ZERO_SYNOPTIC = (
    "BREAST BIOMARKERS - Invasive carcinoma\n"
    "  Specimen ..................... Liver lesion, core biopsy (metastatic breast carcinoma)\n"
    "  ER ........................... Positive (85%, strong)\n"
    "  HER2 interpretation .......... NEGATIVE\n"
)


def test_a_denial_wrapped_onto_the_category_s_line_is_no_her2_low() -> None:
    for comment in (
        "  Comment ...................... No membrane staining in any tumor cell. Tumor is neither\n"
        "                                 HER2-low nor HER2-ultralow.\n",
        "Comment: no membrane staining after review at high power; this tumour is not\nHER2-low (score 0).\n",
        "Comment: the staining seen does not meet the definition of HER2-ultralow nor\n"
        "HER2-low; it is scored 0.\n",
    ):
        result, said = explain_with_words(ZERO_SYNOPTIC + comment)
        assert not result.her2_low and not result.her2_ultralow, comment
        assert "trastuzumab deruxtecan" not in said, comment
        assert "is HER2-low" not in said, comment


def test_a_category_on_its_own_line_after_a_plain_line_stays() -> None:
    # near-miss: the line before ends in a value, not a joining word: the category is the report's
    result, said = explain_with_words(
        "BREAST BIOMARKERS - Invasive carcinoma\n"
        "  HER2 IHC score ............... 1+ (faint incomplete staining in 30%)\n"
        "  HER2 category ................ HER2-low\n"
        "  HER2 interpretation .......... NEGATIVE\n"
    )
    assert result.her2_low
    assert "HER2-low" in said
