"""What the patient reads (session 23 helper sentences23): an audit of the summary on devset25 and
sentences22b's leftovers. Each case is a short report written for the test, with a near-miss where
the sentence must stay."""

from __future__ import annotations

from .summary_cases import explain_with_words

# --- 1. a mutation row that says "not detected" after a dot leader -----------------------------
# (devset25 b25-f05-10: "ERBB2 (HER2) exon 20 insertion ....... not detected" headed the summary
# "HER2 (ERBB2) gene mutation found"; b25-f04-05 "p.V842I ... not present" listed as a mutation)

MUTATION_LISTED = "Changes (mutations) in the HER2 gene"


def test_a_mutation_row_negated_after_a_leader_lists_no_mutation() -> None:
    for row in (
        "ERBB2 exon 20 insertions ............................ NOT DETECTED",
        "HER2 (ERBB2) exon 20 in-frame insertion ...... not detected",
        "ERBB2 c.2524G>A p.V842I ... not present (hotspot covered)",
        "ERBB2 p.S310F: not present",
    ):
        text = (
            "Tissue DNA panel, lung adenocarcinoma, block B2, tumour 50%\n"
            "EGFR L858R ........ DETECTED (VAF 20%)\n"
            f"{row}\n"
            "ERBB2 copy number: 2.1 (not amplified)\n"
        )
        result, said = explain_with_words(text)
        assert result.ngs is None or not result.ngs.mutations, row
        assert MUTATION_LISTED not in said, row
        assert "mutation found" not in said.split("\n")[0], row


def test_a_mutation_row_that_gives_the_variant_still_lists_it() -> None:
    # near-miss: the same layout, with the change found
    for row in (
        "ERBB2 exon 20 insertion ........ DETECTED (p.A775_G776insYVMA, VAF 18%)",
        "ERBB2 p.S310F ... detected, VAF 31%",
    ):
        text = (
            "Tissue DNA panel, lung adenocarcinoma, block B2, tumour 50%\n"
            f"{row}\n"
            "ERBB2 copy number: 2.1 (not amplified)\n"
        )
        result, said = explain_with_words(text)
        assert result.ngs is not None and result.ngs.mutations, row
        assert MUTATION_LISTED in said, row


# --- 2. a score 0 the report says meets no HER2-low or ultralow definition ----------------------
# (devset25 b25-f11-03: "HER2-null ... does not meet HER2-low (1+, 2+/ISH-) or HER2-ultralow (...)
# definitions" was headed "HER2-negative (HER2-ultralow)", "Your report calls this HER2-ultralow")

ULTRALOW_SAID = "Your report calls this HER2-ultralow"


def test_a_score_0_that_meets_no_ultralow_definition_is_not_called_ultralow() -> None:
    for note in (
        "Note: this tumour does not meet HER2-low (1+, 2+/ISH-) or HER2-ultralow (faint staining <=10%) definitions.",
        "The tumour did not fulfil the criteria for HER2-low (1+) or for HER2-ultralow.",
    ):
        text = (
            "Right breast excision: invasive ductal carcinoma, grade 3.\n"
            "HER2 IHC (4B5): 0, no membrane staining (HER2-null). NEGATIVE.\n"
            f"{note}\nER <1%, PR <1%.\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "negative", note
        assert ULTRALOW_SAID not in said, note
        assert "(HER2-ultralow)" not in said.split("\n")[0], note


def test_a_score_0_the_report_calls_ultralow_stays_ultralow() -> None:
    # near-miss: the report says it is ultralow, after a "does not meet" about 1+
    for note in (
        "Note: this does not meet the 1+ definition but is HER2-ultralow (faint staining in 5%).",
        "Faint incomplete staining in 5% of cells: HER2-ultralow.",
    ):
        text = (
            "Right breast excision: invasive ductal carcinoma, grade 3.\n"
            "HER2 IHC (4B5): score 0+ (IHC 0 with membrane staining; HER2-ultralow). NEGATIVE.\n"
            f"{note}\nER 90%, PR 20%.\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "negative", note
        assert "HER2-ultralow" in said, note


# --- 3. an NGS report that says HER2-low cannot be assessed by it -----------------------------
# (devset25 b25-f04-10: "HER2-low status (IHC) is not assessable by NGS" gave "Your report says this
# breast cancer is HER2-low" on a sequencing report with no stain score)

LOW_SAID = "Your report says this breast cancer is HER2-low"


def test_a_her2_low_the_test_cannot_assess_is_no_her2_low_result() -> None:
    for note in (
        "HER2-low status (IHC) is not assessable by NGS.",
        "HER2-low category cannot be determined by sequencing; IHC is needed.",
    ):
        text = (
            "Tumour genomic profile, metastatic breast cancer, lymph node core, purity 50%\n"
            "ERBB2 copy number 2 copies NOT AMPLIFIED\n"
            f"Summary: no ERBB2 amplification. {note}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "negative", note
        assert LOW_SAID not in said, note
        assert "HER2-low" not in said.split("\n")[0], note


def test_a_stain_score_with_the_same_words_stays_her2_low() -> None:
    # near-miss: a stain report whose 1+ is HER2-low, the words about another test beside it
    text = (
        "Left breast core: invasive ductal carcinoma.\n"
        "HER2 IHC (4B5): 1+, faint incomplete staining in 30% of cells. NEGATIVE (HER2-low).\n"
        "ER 90%, PR 40%. HER2-low status was assessed by IHC only.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "negative"
    assert "HER2-low" in said.split("\n")[0]


# --- 4. a gastric biopsy's 3+ in a small cluster that the report calls positive ------------------
# (devset25 b25-f06-01: "3+ ... cluster of ~8 cells, overall < 5%" with "HER2 POSITIVE" was told
# "Under those rules this counts as borderline" beside the positive headline)

BORDERLINE_SAID = "this counts as borderline"


def test_a_positive_gastric_biopsy_3plus_in_few_cells_is_not_called_borderline() -> None:
    for finding in (
        "Score: 3+ (a cohesive cluster of 8 cells; overall < 5% of tumour cells)\nHER2 POSITIVE.",
        "HER2 IHC: 3+ in about 3% of tumour cells (one cluster of >5 cells).\nInterpretation: HER2 POSITIVE (biopsy criteria).",
    ):
        text = (
            "Stomach, antrum, endoscopic biopsies x6: adenocarcinoma, intestinal type.\n"
            f"HER2 IHC (4B5), gastric biopsy scoring:\n{finding}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "positive", finding
        assert BORDERLINE_SAID not in said, finding
        assert "cluster of at least 5" in said, finding


def test_a_few_cells_3plus_without_a_positive_answer_is_still_borderline() -> None:
    # near-miss: the same few-cells 3+ with no positive word from the lab
    text = (
        "Colon, sigmoid resection: adenocarcinoma.\n"
        "HER2 IHC (HERACLES): 3+ in 20% of tumour cells. ISH requested.\n"
    )
    result, said = explain_with_words(text)
    assert result.status != "positive"
    assert "cluster of at least 5" not in said


# --- 5. a "HER2 positive" the report negates where it stands ----------------------------------
# (devset25 b25-f04-06 'should not be read as "HER2 positive"', variants15b v15b-f08-05 "(no es HER2
# positivo)": "The report's words seem to call HER2 positive in one place" on a negative report)

CONFLICT_SAID = "seem to call HER2 positive"


def test_a_negated_positive_word_is_no_conflict() -> None:
    for line in (
        'Conclusion: ERBB2 amplification not present; the ERBB2 S310F change must not be read as "HER2 positive".',
        "Conclusión: ERBB2 no amplificado (no es HER2 positivo).",
    ):
        text = (
            "Colorectal carcinoma, tissue NGS panel, block A3, tumour 60%\n"
            "ERBB2 copy number: normal (no gain). ERBB2 amplification: not detected.\n"
            f"{line}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "negative", line
        assert CONFLICT_SAID not in said, line


# --- 6. a lab's limit that names decalcified tissue beside another kind ------------------------
# (devset25 b25-f02-05: "HER2 testing on decalcified tissue or tissue fixed outside 6-72 hours is not
# validated; this specimen was neither decalcified nor ..." gave "the sample was decalcified")

DECALCIFIED_SAID = "the sample was decalcified"


def test_a_limit_on_decalcified_tissue_is_no_decalcified_sample() -> None:
    for limit in (
        "HER2 testing on decalcified tissue or tissue fixed outside 6-72 hours\nis not validated; this specimen was neither decalcified nor poorly fixed.",
        "Results on decalcified specimens or cytology smears are not validated for HER2.",
    ):
        text = (
            "Brain metastasis, resection: metastatic breast carcinoma.\n"
            "HER2 IHC (4B5): 3+ in 90% of tumour cells. HER2 POSITIVE.\n"
            f"{limit}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "positive", limit
        assert DECALCIFIED_SAID not in said, limit


def test_a_decalcified_bone_sample_keeps_its_caveat() -> None:
    # near-miss: a bone biopsy the lab decalcified, with its warning
    text = (
        "Bone, iliac crest biopsy: metastatic breast carcinoma. Decalcified in EDTA.\n"
        "HER2 IHC (4B5): 3+ in 80% of tumour cells. HER2 POSITIVE.\n"
        "Decalcification may reduce HER2 staining; interpret with caution.\n"
    )
    result, said = explain_with_words(text)
    assert DECALCIFIED_SAID in said


# --- 7. a heterogeneity field named in two words that says none -------------------------------
# (devset25 b25-f01-04: "+ Heterogeneous signals: Not identified" gave "Your report mentions that HER2
# may not be the same in all parts of the tumor")

HETEROGENEITY_SAID = "may not be the same in all parts of the tumor"


def test_a_heterogeneity_field_that_says_none_is_no_caveat() -> None:
    for field in ("+ Heterogeneous signals: Not identified", "Heterogeneous staining ...... none"):
        text = (
            "Left breast core: invasive carcinoma NST.\n"
            "HER2 by ISH: Positive (amplified), HER2/CEP17 ratio 3.8, average HER2 7.6 signals/cell\n"
            f"{field}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "positive", field
        assert HETEROGENEITY_SAID not in said, field


def test_a_heterogeneity_the_report_describes_stays() -> None:
    # near-miss: the report says HER2 differs within the tumour
    text = (
        "Left breast core: invasive carcinoma NST.\n"
        "HER2 by ISH: Positive (amplified), HER2/CEP17 ratio 3.8, average HER2 7.6 signals/cell\n"
        "Heterogeneous signals: present (amplified cluster in 20% of cells)\n"
    )
    result, said = explain_with_words(text)
    assert HETEROGENEITY_SAID in said


def test_a_few_cells_3plus_that_ish_settled_keeps_its_note() -> None:
    # near-miss: the stain alone did not decide; an amplified ISH did (HERACLES 3+ in 10-50%)
    text = (
        "Rectal adenocarcinoma, lung metastasis biopsy.\n"
        "HER2 IHC (HERACLES): 3+ in about 30% of tumour cells (>10% but <50%): ISH required.\n"
        "FISH: HER2/CEP17 ratio 2.6, mean HER2 7.1 -> AMPLIFIED.\n"
        "FINAL: HER2 POSITIVE (HERACLES).\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "positive"
    assert "report itself calls HER2 positive" not in said
    assert "cluster of at least 5" not in said


# --- 8. HER2 not tested again after treatment, the report pointing to the biopsy report ---------
# (devset25 b25-f02-08: "HER2 has not been repeated on the residual tumour. For the HER2 status please
# refer to the diagnostic biopsy report -- not reproduced here" was told "Ask your care team when the
# HER2 result will be ready")

WAITING_SAID = "when the HER2 result will be ready"
EARLIER_SAID = "points to an earlier report"


def test_a_result_left_in_the_biopsy_report_is_not_awaited() -> None:
    for words in (
        "HER2 has not been repeated on the residual tumour. For HER2 status please refer to the\n"
        "diagnostic biopsy report (XB-24-118) -- not reproduced here.",
        "HER2 was not retested on the resection; see the separate pre-treatment biopsy report for HER2.",
    ):
        text = (
            "Oesophagectomy after neoadjuvant chemoradiotherapy (CROSS).\n"
            "Residual adenocarcinoma, ypT2 ypN0. MMR proficient.\n"
            f"{words}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "not_found", words
        assert WAITING_SAID not in said, words
        assert EARLIER_SAID in said, words


def test_a_retest_sent_out_after_treatment_is_still_awaited() -> None:
    # near-miss: the residual tumour's HER2 is sent out, its result to come
    text = (
        "Oesophagectomy after neoadjuvant chemoradiotherapy (CROSS).\n"
        "Residual adenocarcinoma, ypT2 ypN0. MMR proficient.\n"
        "HER2 IHC on the residual tumour has been sent to the reference laboratory; result to follow.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert EARLIER_SAID not in said


# --- 9. the report says which of two results stands ------------------------------------------
# (devset25 b25-f10-05 "The excision result supersedes the core biopsy HER2 result", b25-f11-07 "The
# current (metastatic) result is the one reported here" were told "your report may say which result
# counts")

CHOSEN_SAID = "The report explains which result it regards as the tumor's result"


def test_a_report_that_says_which_result_stands_is_said_back() -> None:
    for comment in (
        "COMMENT: The resection result supersedes the biopsy HER2 result for treatment planning.",
        "The current (metastatic) result is the one reported here.",
        "The MDT is advised that the excision result reflects a larger sample.",
    ):
        text = (
            "Breast excision (no neoadjuvant therapy): invasive ductal carcinoma.\n"
            "Core biopsy (earlier): HER2 IHC 1+ (negative).\n"
            "Excision block C2: HER2 IHC 3+ in 40% of invasive cells. HER2 POSITIVE.\n"
            f"{comment}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "positive", comment
        assert CHOSEN_SAID in said, comment


def test_two_results_with_no_word_on_which_stands_keep_the_question() -> None:
    # near-miss: a report that only says it replaces its own earlier version
    text = (
        "This report supersedes the preliminary report.\n"
        "Breast excision (no neoadjuvant therapy): invasive ductal carcinoma.\n"
        "Core biopsy (earlier): HER2 IHC 1+ (negative).\n"
        "Excision block C2: HER2 IHC 3+ in 40% of invasive cells. HER2 POSITIVE.\n"
    )
    result, said = explain_with_words(text)
    assert CHOSEN_SAID not in said


# --- 10. one sample's scores by area or fragment are not two results ---------------------------
# (sentences22b's leftovers v15a-f06-02 "3+ ....... 30% of tumour cells / 2+ ... 20% / 1+/0 ... 50%",
# v15b-f12-05 "Fragment | tumour | HER2 IHC" were told "The report gives more than one HER2 result
# ... This summary shows the higher one")

PARTS_SAID = "different parts of the same sample"


def test_a_score_breakdown_of_one_sample_is_said_to_be_parts() -> None:
    for breakdown in (
        "HER2 IHC (4B5)\n  3+ (strong, basolateral) ....... 25% of tumour cells\n  2+ ........................... 15%\n  1+/0 ......................... 60%\n",
        "HER2 IHC (4B5), heterogeneous staining:\n  Area A (about 30% of tumour): 3+\n  Area B (about 70%): 1+\n",
        "Fragment | tumour | HER2 IHC\n  1 | yes | 3+\n  2 | yes | 1+\n",
    ):
        text = f"Gastric body, endoscopic biopsies: adenocarcinoma.\n{breakdown}Overall HER2 IHC: 3+. HER2 POSITIVE.\n"
        result, said = explain_with_words(text)
        assert result.status == "positive", breakdown
        assert "shows the higher one" not in said, breakdown
        if "Fragment" in breakdown:  # (the other layouts read here as one result, no conflict note)
            assert PARTS_SAID in said, breakdown


def test_two_blocks_of_separate_samples_are_not_called_parts() -> None:
    # near-miss: two samples, each with its own score
    text = (
        "A. Right breast core: invasive carcinoma. Block A2: HER2 IHC 3+ (positive).\n"
        "B. Right axillary node: metastatic carcinoma. Block B1: HER2 IHC 1+ (negative).\n"
    )
    result, said = explain_with_words(text)
    assert PARTS_SAID not in said


# --- 11. a Spanish report that says HER2 will be done and reported later -----------------------
# (devset25 b25-f08-10: "el estudio de HER2 se realizará sobre el bloque A3 y se informará en un anexo
# posterior" was told "No HER2 result found" instead of a result to come)

TO_COME_SAID = "will come later"


def test_a_spanish_her2_to_be_done_later_is_awaited() -> None:
    for words in (
        "HER2: el estudio de HER2 se realizará sobre el bloque A3 y se informará en un anexo posterior.",
        "La determinación de HER2 se enviará al laboratorio de referencia; el resultado se informará en un anexo.",
    ):
        text = (
            "Cuadrantectomía de mama izquierda: carcinoma ductal infiltrante, grado 1.\n"
            f"Receptores hormonales: RE positivo 90 %; RP positivo 60 %.\n{words}\n"
        )
        result, said = explain_with_words(text)
        assert result.status == "not_found", words
        assert "No HER2 result found" not in said, words


def test_a_spanish_her2_planned_only_if_invasive_is_not_awaited() -> None:
    # near-miss: a condition, not a test under way
    text = (
        "Biopsia de mama: carcinoma ductal in situ de alto grado, sin componente infiltrante.\n"
        "Receptores hormonales: RE positivo 90 %.\n"
        "HER2 se realizará si se confirma carcinoma infiltrante en la pieza quirúrgica.\n"
    )
    result, said = explain_with_words(text)
    assert result.status == "not_found"
    assert TO_COME_SAID not in said


# --- 12. a blood report with draws of other times ---------------------------------------------
# (sentences22b's leftover v15a-f05-04, devset25 b25-f05-08: a serial ctDNA report whose earlier
# draws found ERBB2 amplification was summarised as if it had one blood sample)

SERIAL_SAID = "more than one blood sample, taken at different times"


def test_a_serial_blood_report_says_it_has_samples_of_other_times() -> None:
    for table in (
        "Draw history (plasma)\n  #1  2023-01-10  ERBB2 amp DETECTED (2.9)\n  #2  2023-05-02  ERBB2 amp NOT DETECTED\n"
        "Current draw (#2): ERBB2 amplification not detected in this sample.\n",
        "                  Draw 1 (2024-01-03)   Draw 2 (2024-04-11)\nERBB2 amp (plasma CN)  3.6 DETECTED   2.4 DETECTED\n"
        "Comment: ERBB2 amplification persists in the current draw (Draw 2).\n",
    ):
        text = f"Liquid biopsy (plasma cfDNA), colorectal adenocarcinoma, metastatic\n{table}"
        result, said = explain_with_words(text)
        assert SERIAL_SAID in said, table


def test_a_single_blood_draw_is_not_called_serial() -> None:
    # near-miss: one draw, its date given
    text = (
        "Liquid biopsy (plasma cfDNA), colorectal adenocarcinoma, metastatic\n"
        "Draw: 2024-04-11. Sample 1 of 1.\n"
        "ERBB2 amplification DETECTED, plasma copy number 3.1\n"
    )
    result, said = explain_with_words(text)
    assert SERIAL_SAID not in said
