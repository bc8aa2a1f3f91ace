"""What the patient reads (session 20 helper sentences20): an audit of the summary on devset22 and
the earlier sessions' leftovers. Each case is a short report written for the test, with a
near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.model import Ihc

from .summary_cases import by_hand, explain_with_words

WORKED_OUT = "worked out by this summary from the numbers in the report"


# --- 1. an ISH group the report does not print is the summary's own reading of its numbers ------
# (devset22 b22-f01-02, b22-f03-05, b22-f03-10: "What your report says" listed a group the report
# never named)


def test_a_group_the_report_does_not_print_is_marked_as_worked_out() -> None:
    for counts in (
        "Dual-probe ISH: mean HER2 signals per cell 2.7, mean CEP17 2.1, HER2/CEP17 ratio 1.29.\n"
        "Interpretation: not amplified.",
        "SISH, 20 nuclei: average HER2 copy number 3.1; average chromosome 17 copy number 2.4;\n"
        "ratio 1.29. Result: NOT AMPLIFIED.",
    ):
        text = f"Left breast, core biopsy, invasive carcinoma.\nHER2 IHC 2+ (equivocal).\n{counts}\n"
        result, said = explain_with_words(text)
        assert result.ish is not None and result.ish.group == 5, counts
        assert f"ISH group (1 to 5): 5 ({WORKED_OUT})" in said, counts


def test_a_group_the_report_prints_is_shown_as_the_report_says() -> None:
    # near-miss: the report names the group itself, so the row is the report's own
    for counts in (
        "Dual-probe ISH: mean HER2 signals per cell 2.7, mean CEP17 2.1, HER2/CEP17 ratio 1.29.\n"
        "ASCO/CAP 2018 Group 5. Interpretation: not amplified.",
        "FISH: HER2/CEP17 ratio 1.29, average HER2 copy number 2.7.\nASCO/CAP Group 5 - NOT AMPLIFIED.",
    ):
        text = f"Left breast, core biopsy, invasive carcinoma.\nHER2 IHC 2+ (equivocal).\n{counts}\n"
        result, said = explain_with_words(text)
        assert result.ish is not None and result.ish.group == 5, counts
        assert "ISH group (1 to 5): 5" in said, counts
        assert WORKED_OUT not in said, counts


# --- 2. RAS/BRAF: a wrapped "negative for" list and a lab's testing policy are no mutation -------
# (devset22 b22-f04-02: 'NEGATIVE FOR: ... fusions; MET exon 14 skipping;' over 'KRAS, BRAF V600E
# mutations.' read "BRAF: mutation found (V600E)"; b22-f06-06: 'undertaken on request for metastatic
# RAS/BRAF wild-type disease only' read KRAS, NRAS and BRAF wild-type in a stage II colectomy)

LUNG = "Lung adenocarcinoma, bronchial biopsy. Targeted DNA panel.\nERBB2 copy number: not amplified.\n"


def _related(text: str) -> dict[str, str]:
    result, _ = explain_with_words(text)
    return {k: v for k, v in result.related.items() if v and k in ("kras", "nras", "braf")}


def test_a_negative_list_wrapped_onto_the_next_line_still_negates_its_items() -> None:
    for listed in (
        "Negative for: EGFR mutations, ALK and ROS1 fusions; MET amplification;\nKRAS, BRAF V600E mutations.",
        "Not detected: EGFR exon 19/21 changes, ALK, RET fusions,\nKRAS and BRAF V600E mutations.",
        "No se detectaron: EGFR, ALK, ROS1,\nKRAS ni BRAF V600E.",
    ):
        related = _related(LUNG + listed + "\n")
        assert related.get("braf") != "mutant", listed
        assert related.get("kras") == "wild-type", listed


def test_a_row_of_its_own_under_a_wrapped_list_keeps_its_mutation() -> None:
    # near-miss: the line below is a result row (a label, or a share of cells), not the list's tail
    for rows in (
        "Not detected: EGFR, ALK, ROS1,\nKRAS: G12D (VAF 31%)",
        "Not detected: EGFR, ALK, ROS1,\nKRAS G12D 31%",
        "Not detected: EGFR, ALK.\nBRAF V600E mutation.",
    ):
        related = _related(LUNG + rows + "\n")
        assert "mutant" in related.values(), rows


COLON = "Sigmoid colectomy: adenocarcinoma, pT3 pN0.\nHER2: not performed.\n"


def test_a_testing_policy_naming_ras_wild_type_disease_is_no_result() -> None:
    for policy in (
        "HER2 testing is undertaken on request for metastatic RAS/BRAF wild-type disease only.",
        "HER2 IHC is generally reserved for metastatic, RAS/BRAF wild-type disease.",
        "HER2 testing is carried out in KRAS/NRAS wild-type tumours only.",
    ):
        assert _related(COLON + policy + "\n") == {}, policy


def test_the_tumours_own_ras_result_beside_a_policy_is_kept() -> None:
    # near-miss: the report's own RAS/BRAF result, in its own sentence before the policy
    for text in (
        "KRAS/NRAS/BRAF: wild-type by PCR. HER2 testing is reserved for metastatic RAS wild-type disease.",
        "RAS/BRAF: wild-type (tested on block A2).",
    ):
        related = _related(COLON + text + "\n")
        assert related.get("kras") == "wild-type" and related.get("braf") == "wild-type", text


# --- 3. "GOJ" / "OGJ" is the gastro-oesophageal junction, scored by gastric rules ---------------
# (devset22 b22-f09-10 'Metastatic GOJ adenocarcinoma' read "Cancer type not stated"; devset19
# b19-f09-07 'the GOJ adenocarcinoma biopsy' beside "Barrett's oesophagus" read oesophageal)


def test_the_junction_abbreviations_name_the_junction() -> None:
    for text in (
        "OGD biopsy: GOJ adenocarcinoma, moderately differentiated.\nHER2 IHC (4B5): 3+, positive.\n",
        "Biopsies, OGJ tumour: adenocarcinoma.\nHER2 IHC: 0, negative.\n",
        "Assessment: metastatic GOJ adenocarcinoma. HER2 IHC 1+ on the biopsy, negative.\n",
    ):
        result, _ = explain_with_words(text)
        assert result.cancer_type == "gastric", (
            text
        )  # the summary's "Stomach or gastroesophageal junction cancer"


def test_an_oesophageal_cancer_without_the_junction_stays_oesophageal() -> None:
    # near-miss: the oesophagus named alone, and a word that only starts with the letters
    for text in (
        "Oesophagus, mid third, biopsy: adenocarcinoma arising in Barrett's oesophagus.\nHER2 IHC: 3+.\n",
        "Esophageal adenocarcinoma, distal esophagus (GOJO clinic referral).\nHER2 IHC: 3+.\n",
    ):
        result, _ = explain_with_words(text)
        assert result.cancer_type == "esophageal", text


# --- 4. a corrected report says it corrects the HER2 result ------------------------------------
# (devset22 b22-f10-02: 'Reason for correction: transcription error in HER2 score in version 1,
# which read "HER2: 3+ POSITIVE"' - the summary never said the earlier 3+ was an error)

CORRECTS = "This report says it corrects an earlier HER2 result"


def test_a_correction_of_the_her2_score_is_said_back() -> None:
    for note in (
        "CORRECTED REPORT. Reason for correction: typing error in the HER2 score of version 1.",
        "Version 2. A transcription error in HER2 of version 1 is corrected below.",
    ):
        text = f"{note}\nLeft breast excision, invasive carcinoma.\nHER2 (4B5): 1+, NEGATIVE.\n"
        _, said = explain_with_words(text)
        assert CORRECTS in said, note


def test_a_correction_of_something_else_is_not_a_her2_correction() -> None:
    # near-miss: the corrected field is not HER2
    for note in (
        "CORRECTED REPORT. Reason for correction: patient name misspelled.",
        "Version 2: a transcription error in the ER result is corrected.",
    ):
        text = f"{note}\nLeft breast excision, invasive carcinoma.\nHER2 (4B5): 1+, NEGATIVE.\n"
        _, said = explain_with_words(text)
        assert CORRECTS not in said, note


# --- 5. a result quoted from an earlier sample because HER2 was not repeated on this one -------
# (devset22 b22-f01-08: a mastectomy quoting the core biopsy's 3+ 'per previous report' read as if
# the mastectomy itself had been tested)

QUOTED = "Your report says HER2 was not tested again on this sample"


def test_a_result_quoted_because_her2_was_not_repeated_here_is_said_to_be_earlier() -> None:
    for line in (
        "HER2: not repeated on this specimen; HER2 POSITIVE (IHC 3+) on the core biopsy CB-1 (2024).",
        "HER2 was not retested on the current specimen: the core biopsy was HER2 negative (IHC 1+).",
    ):
        text = f"Left mastectomy: invasive ductal carcinoma, 27 mm.\n{line}\n"
        result, said = explain_with_words(text)
        assert result.status in ("positive", "negative"), line
        assert QUOTED in said, line


def test_a_result_tested_on_this_specimen_is_not_called_quoted() -> None:
    # near-miss: HER2 repeated on this specimen, or another marker not repeated
    for line in (
        "HER2 was repeated on this specimen: IHC 3+, POSITIVE.",
        "ER not repeated on this specimen. HER2 IHC (4B5) on block A3: 3+, POSITIVE.",
    ):
        text = f"Left mastectomy: invasive ductal carcinoma, 27 mm.\n{line}\n"
        _, said = explain_with_words(text)
        assert QUOTED not in said, line


# --- 6. Spanish notes say HER2-low and HER2-ultralow in Spanish --------------------------------
# (sentences19 leftover: "(IHQ 1+, HER2-low)" in a Spanish note; devset13 b13-f02-09)

RESIDUAL = (
    "Mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma.\n"
    "HER2 IHC on the residual tumour: 0, negative.\n"
)


def test_a_spanish_note_names_the_her2_categories_in_spanish() -> None:
    for earlier, spanish in (("IHC 1+, HER2-low", "HER2 bajo"), ("HER2-ultralow, IHC 0", "HER2 ultrabajo")):
        said = by_hand(
            RESIDUAL,
            status="negative",
            cancer_type="breast",
            warnings=[("post_treatment", {"earlier": earlier})],
            ihc=Ihc(score="0"),
            lang="es",
        )
        assert spanish in said, earlier
        assert "HER2-low" not in said.replace("(HER2-low)", ""), earlier
        assert "HER2-ultralow" not in said.replace("(HER2-ultralow)", ""), earlier


def test_an_english_note_keeps_the_english_names() -> None:
    # near-miss: the English summary keeps "HER2-low" as the report and the guidelines write it
    said = by_hand(
        RESIDUAL,
        status="negative",
        cancer_type="breast",
        warnings=[("post_treatment", {"earlier": "IHC 1+, HER2-low"})],
        ihc=Ihc(score="0"),
    )
    assert "(IHC 1+, HER2-low)" in said
