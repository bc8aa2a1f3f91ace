"""Sequencing, blood and co-marker reports that blind set 8 misread (devset8 families 4-8), as
structural facts with near-misses. Each case was written from the family, not copied from the
failing report:

- whether a report is a blood test is a whole-report fact, read once from its title and sample
  lines ("Plasma NGS", a letter-spaced fax title, "Sample type: peripheral blood"), not from how
  often its rows say "plasma" (b8-f05-03, b8-f05-07); a tumour-normal panel's matched blood is not;
- a mixed tissue + plasma report's tissue part keeps its wild-type rows (b8-f05-09);
- the lab's own call closes a copy-number gain ("reported as NOT AMPLIFIED", b8-f04-10);
- a colorectal 3+ in too few cells that the lab calls negative is negative (b8-f06-03);
- a measured share of cells is a measured score, even on a line that names a therapy (b8-f07-04);
- a Spanish not-detected list label (b8-f08-07), rows after an indented VUS list (b8-f04-08);
- signals per cell are an ISH count (b8-f06-02); an ERBB2 row among other genes' rows is
  sequencing (b8-f04-04); a bulleted copy-number sentence under the result label is a result
  (b8-f04-05).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

# --- 1. a blood report says so in its title or sample lines ---------------------------------------

BLOOD_REPORTS = [
    (
        "plasma-title",
        "Plasma NGS -- thoracic companion panel | Westbrook Reference Laboratory\n"
        "Pt: Doe, Alex | Dx: lung adenocarcinoma | drawn 10/02/2026\n\n"
        "NOT DETECTED\n  EGFR, ALK, BRAF, KRAS\n  ERBB2 amplification: not detected\n",
    ),
    (
        "letter-spaced-fax-title",
        "P L A S M A   G E N O M I C   R E P O R T      (fax 10/02/26)\n"
        "Pt: DOE, ALEX     Dx: colon adenocarcinoma\n"
        "-------------------------------------------\n"
        "Not detected: KRAS, BRAF\n"
        "ERBB2 amplification ........ not detected\n",
    ),
    (
        "sample-type-line-in-body",
        "GENOMIC PROFILE -- Harbor Molecular\nPatient: Doe, Alex\nDiagnosis: rectal adenocarcinoma\n"
        "Ordering: Dr. Q. Lin\nReport date: 2026-10-04\nAccession: HM-26-9913\n\n"
        "Sample type: peripheral blood (2 x 10 mL Streck)\n\n"
        "Results\n  KRAS ...... not detected\n  BRAF ...... not detected\n"
        "  ERBB2 copy number ...... not amplified\n",
    ),
    (
        "spanish-sample-line",
        "INFORME DE GENÓMICA\nPaciente: Ruiz, Ana\nDiagnóstico: adenocarcinoma de colon\nFecha: 2026-10-01\n\n"
        "Tipo de muestra: sangre periférica (tubo Streck)\n\n"
        "Resultados\n  KRAS ...... no detectado\n  BRAF ...... no detectado\n"
        "  ERBB2 amplificación ...... no detectada\n",
    ),
    (
        "letter-spaced-liquid-biopsy",
        "G E N O M I C   R E P O R T\nL I Q U I D   B I O P S Y\nPt: DOE, ALEX\n\n"
        "Not detected: KRAS, BRAF\nERBB2 amplification: not detected\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), BLOOD_REPORTS, ids=[c[0] for c in BLOOD_REPORTS])
def test_a_blood_report_named_by_its_title_or_sample_line_gives_no_negatives(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.ngs is not None and result.ngs.ctdna, name
    assert result.ngs.amplification is None, name
    assert result.status == "not_found", name
    assert result.related["kras"] is None and result.related["braf"] is None, name


def test_a_letter_spaced_plasma_title_keeps_a_detected_amplification() -> None:
    text = (
        "P L A S M A   R E P O R T\nPt: DOE, ALEX   Dx: colorectal adenocarcinoma\n"
        "Detected:\n  ERBB2 amplification ...... detected (copy number 3.1)\n"
    )
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.amplification == "amplified"


TISSUE_NEAR_MISSES = [
    (
        "matched-normal-blood-in-header",
        "SOLID TUMOR PANEL (tumor/normal) -- Crest Genomics\n"
        "Tumor: colon adenocarcinoma, resection, FFPE block A4\n"
        "Matched normal: peripheral blood sample\n\n"
        "KRAS: wild-type\nERBB2 copy number: 2 (not amplified)\n",
    ),
    (
        "plasma-advice-in-the-body",
        "SOLID TUMOR PANEL -- Crest Genomics\nTumor: colon adenocarcinoma, resection, FFPE block A4\n\n"
        "KRAS: wild-type\nERBB2 copy number: 2 (not amplified)\n\n"
        "Comment: plasma testing may be considered at progression.\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), TISSUE_NEAR_MISSES, ids=[c[0] for c in TISSUE_NEAR_MISSES])
def test_near_miss_a_tissue_report_naming_blood_elsewhere_stays_tissue(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.ngs is not None and not result.ngs.ctdna, name
    assert result.ngs.amplification == "not_amplified", name
    assert result.related["kras"] == "wild-type", name


# --- 2. the tissue part of a mixed tissue + plasma report ------------------------------------------

TISSUE_PARTS = [
    ("part-a-dash", "PART A \u2014 TISSUE (DNA 500 genes)", "PART B \u2014 PLASMA (cfDNA 70 genes)"),
    ("section-colon", "Section 1: Tissue (FFPE block A2):", "Section 2: Plasma (drawn 10/01):"),
    ("letter-paren", "A) TISSUE (colon resection):", "B) PLASMA (cfDNA):"),
]


@pytest.mark.parametrize(("name", "tissue", "plasma"), TISSUE_PARTS, ids=[c[0] for c in TISSUE_PARTS])
def test_the_tissue_part_of_a_mixed_report_keeps_its_wild_type_rows(
    name: str, tissue: str, plasma: str
) -> None:
    text = (
        "TISSUE + PLASMA PROFILE\nDiagnosis: colon adenocarcinoma, metastatic\n\n"
        f"{tissue}\n  ERBB2   Amplification   copy number 10\n  KRAS / NRAS / BRAF: wild-type\n  MSI: stable\n\n"
        f"{plasma}\n  ERBB2 amplification   NOT DETECTED\n  KRAS   not detected\n"
    )
    result = explain_text(text)
    assert result.status == "positive", name
    assert result.ngs is not None and result.ngs.ctdna, name
    assert result.related["kras"] == "wild-type" and result.related["braf"] == "wild-type", name
    assert result.related["msi"] == "MSS", name
    # the amplification is the tissue part's: a tissue sequencing result, not a blood one
    assert result.status_basis.test == "ngs", name


def test_near_miss_the_plasma_part_alone_gives_no_wild_type() -> None:
    text = (
        "TISSUE + PLASMA PROFILE\nDiagnosis: colon adenocarcinoma, metastatic\n\n"
        "PART A \u2014 TISSUE (DNA 500 genes)\n  ERBB2   Amplification   copy number 10\n\n"
        "PART B \u2014 PLASMA (cfDNA 70 genes)\n  KRAS   not detected\n  NRAS   not detected\n"
    )
    result = explain_text(text)
    assert result.related["kras"] is None and result.related["nras"] is None


# --- 3. the lab's own call closes a copy-number gain -----------------------------------------------

PANEL = "TISSUE GENOMIC REPORT -- next-generation sequencing\nPrimary: breast carcinoma; specimen: liver biopsy, FFPE\n\n"
GAIN_THEN_CALL = [
    (
        "semicolon-reported-as",
        "\u2022 ERBB2 copy number gain (4 copies) - does not meet the laboratory threshold for\n"
        "  amplification (>= 6 copies); reported as NOT AMPLIFIED.\n\u2022 CDH1: no alteration\n",
    ),
    (
        "sentence-interpreted-as",
        "ERBB2: copy number gain, 5 copies. Below the cut-off for amplification; interpreted as\n"
        "not amplified.\n",
    ),
    (
        "call-as-its-own-sentence",
        "ERBB2 copy number 3 (gain, below the amplification threshold of 6). Not amplified.\n",
    ),
    (
        "dash-classified-as",
        "- ERBB2 gain (5 copies), classified as non-amplified by the laboratory threshold\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), GAIN_THEN_CALL, ids=[c[0] for c in GAIN_THEN_CALL])
def test_the_labs_own_call_closes_a_copy_number_gain(name: str, rows: str) -> None:
    result = explain_text(PANEL + rows)
    assert result.ngs is not None and result.ngs.amplification == "not_amplified", name
    assert result.status == "negative", name


@pytest.mark.parametrize(
    "rows",
    [
        "\u2022 ERBB2 copy number gain (5 copies)\n\u2022 CCND1 amplification (12 copies), reported as amplified\n",
        "\u2022 ERBB2 copy number gain (5 copies).\n",
        "ERBB2 copy number gain (5 copies). Amplification of MYC is also seen.\n",
    ],
    ids=["next-bullet-is-another-genes", "no-call", "next-sentence-is-another-genes"],
)
def test_near_miss_a_gain_without_its_own_call_stays_borderline(rows: str) -> None:
    result = explain_text(PANEL + rows)
    assert result.ngs is not None and result.ngs.amplification == "equivocal"


# --- 4. colorectal 3+ in too few cells, called negative by the lab ---------------------------------

CRC = "Colon adenocarcinoma, resection.\nHER2 IHC (4B5), colorectal (HERACLES) criteria:\n"


@pytest.mark.parametrize(
    "body",
    [
        " score 3+ in approximately 5% of tumour cells; remainder 0-1+.\n HER2 status: NEGATIVE.\n",
        " 3+ (intense, complete) in 10% of tumor cells\nInterpretation: HER2 negative (HERACLES).\n",
        " Intensity 3+, in about 20% of cells.\nFINAL HER2 RESULT: NEGATIVE\n",
    ],
    ids=["status-line", "interpretation-line", "final-result-line"],
)
def test_colorectal_3plus_in_few_cells_with_a_negative_final_word_is_negative(body: str) -> None:
    result = explain_text(CRC + body)
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "3+"


def test_near_miss_3plus_in_few_cells_without_a_final_word_stays_not_negative() -> None:
    result = explain_text(CRC + " score 3+ in approximately 5% of tumour cells; remainder 0-1+.\n")
    assert result.status in ("equivocal", "not_found")


def test_near_miss_3plus_in_most_cells_stays_positive() -> None:
    result = explain_text(CRC + " score 3+ in approximately 70% of tumour cells.\n HER2 status: POSITIVE.\n")
    assert result.status == "positive"


# --- 5. a measured share of cells is a measured score ---------------------------------------------

MEASURED_WITH_THERAPY = [
    (
        "equals-score-then-result-with-drug",
        "Endometrial serous carcinoma.\nHER2 testing (serous carcinoma criteria):\n"
        "  IHC: intense complete membranous staining in ~40% of tumor cells = 3+\n"
        "  RESULT: HER2 POSITIVE - candidate for carboplatin/paclitaxel + trastuzumab.\n",
    ),
    (
        "heading-names-the-drug",
        "Lung adenocarcinoma, core biopsy.\nHER2 IHC (4B5), requested for T-DXd eligibility:\n"
        "  3+ - strong complete membrane staining in ~35% of tumour cells.\n",
    ),
    (
        "score-row-beside-therapy-note",
        "Bladder urothelial carcinoma.\nHER2 IHC: 3+ in 80% of tumour cells (trastuzumab deruxtecan may be considered).\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), MEASURED_WITH_THERAPY, ids=[c[0] for c in MEASURED_WITH_THERAPY])
def test_a_measured_share_of_cells_is_a_result_beside_therapy_words(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "positive", name
    assert result.ihc is not None and result.ihc.score == "3+", name


@pytest.mark.parametrize(
    "text",
    [
        "Lung adenocarcinoma.\nT-DXd is approved for HER2 IHC 3+ in >= 10% of tumour cells (tumour-agnostic).\n",
        "Note: trastuzumab deruxtecan eligibility requires HER2 3+ in at least 10% of cells.\n",
        "HER2 IHC pending.\nNote: T-DXd is approved for tumours with HER2 IHC 3+ in 10% of tumour cells or more.\n",
        "HER2 IHC pending.\nTrastuzumab deruxtecan may benefit patients whose tumours show HER2 3+ in approximately 10% of cells.\n",
        "HER2 IHC pending.\nEligibility for T-DXd: HER2 IHC 3+ (complete membrane staining in 10% of tumour cells).\n",
    ],
    ids=[
        "approval-bound",
        "eligibility-at-least",
        "approval-share",
        "drug-first-share",
        "eligibility-label-share",
    ],
)
def test_near_miss_a_bound_in_a_drugs_approval_is_no_result(text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found"


# --- 6. not-detected lists in Spanish; rows after an indented VUS list -----------------------------


@pytest.mark.parametrize(
    "label",
    ["Biomarcadores no detectados:", "Marcadores no detectados en plasma:", "Hallazgos no detectados:"],
)
def test_spanish_not_detected_list_gives_no_msi_high(label: str) -> None:
    text = (
        "BIOPSIA LÍQUIDA — INFORME\nTumor: adenocarcinoma gástrico, estadio IV\n\n"
        "  ERBB2   Amplificación   DETECTADA   3,4\n"
        f"{label} KRAS, inestabilidad de microsatélites alta (MSI-H).\n"
    )
    result = explain_text(text)
    assert result.related["msi"] is None


def test_near_miss_spanish_detected_list_keeps_msi_high() -> None:
    text = (
        "BIOPSIA LÍQUIDA — INFORME\nTumor: adenocarcinoma gástrico, estadio IV\n\n"
        "Biomarcadores detectados: inestabilidad de microsatélites alta (MSI-H).\n"
    )
    assert explain_text(text).related["msi"] == "MSI-H"


VUS_THEN_ROWS = [
    (
        "labelled-rows-at-margin",
        "Variants of uncertain significance:\n   ERBB2 p.(Ala1216Asp) VAF 46% - VUS\n   ATM p.(Phe858Leu)\n"
        "Copy number: ERBB2 - no amplification detected.\nNRAS: no variant detected. BRAF: no variant detected.\n",
    ),
    (
        "tier-iii-heading",
        "  Tier III (VUS):\n     ERBB2 c.3647C>A   VUS\n  NRAS: wild-type\n  BRAF: wild-type\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), VUS_THEN_ROWS, ids=[c[0] for c in VUS_THEN_ROWS])
def test_a_row_back_at_the_margin_after_an_indented_vus_list_is_its_own(name: str, rows: str) -> None:
    text = "SOLID TUMOR PANEL -- NGS\nTumour: sigmoid colon adenocarcinoma\n\n" + rows
    result = explain_text(text)
    assert result.related["nras"] == "wild-type" and result.related["braf"] == "wild-type", name


def test_near_miss_an_indented_item_of_the_vus_list_is_no_wild_type() -> None:
    text = (
        "SOLID TUMOR PANEL -- NGS\nTumour: sigmoid colon adenocarcinoma\n\n"
        "Variants of uncertain significance:\n   ERBB2 p.(Ala1216Asp) VUS\n   NRAS p.(Ala18Thr), no other variant detected\n"
    )
    assert explain_text(text).related["nras"] is None


# --- 7. which test a value belongs to: per-cell counts, gene tables, result bullets -----------------


@pytest.mark.parametrize(
    "ish",
    [
        "Reflex HER2 dual-ISH (same block):\n   ERBB2/CEP17 ratio 2.5; mean ERBB2 5.4/cell\n   => AMPLIFIED\n",
        "Reflex SISH:\n   HER2 signals 6.1 per nucleus, ratio 2.6\n   Result: AMPLIFIED\n",
    ],
    ids=["dual-ish-per-cell", "sish-per-nucleus"],
)
def test_signals_per_cell_are_ish_beside_an_outside_ngs_note(ish: str) -> None:
    text = (
        "Colorectal HER2 testing\nRectum, biopsy\nKRAS/NRAS/BRAF: wild-type (outside NGS, 10/2026)\n\n"
        "HER2 IHC (HERACLES criteria): 2+ in ~60% of tumour cells => EQUIVOCAL\n" + ish
    )
    result = explain_text(text)
    assert result.status == "positive"
    assert result.ish is not None and result.ish.result == "amplified"
    assert result.ngs is None


GENE_TABLES = [
    (
        "equivocal-row-over-other-genes",
        "Alterations detected\n  ERBB2     amplification - equivocal (~6 copies)\n"
        "  CCNE1     amplification - 9 copies\n  TP53      R273H\n",
        "equivocal",
    ),
    (
        "amplified-row-under-another-gene",
        "Findings\n  PIK3CA   H1047R\n  ERBB2    amplification (CN 14)\n  CDKN2A   loss\n",
        "amplified",
    ),
]


@pytest.mark.parametrize(("name", "rows", "call"), GENE_TABLES, ids=[c[0] for c in GENE_TABLES])
def test_an_erbb2_row_among_other_genes_rows_is_sequencing(name: str, rows: str, call: str) -> None:
    text = "Ansel Genomics - Solid Tumor Report\nDiagnosis: gastric adenocarcinoma\n\n" + rows
    result = explain_text(text)
    assert result.ngs is not None and result.ngs.amplification == call, name
    assert result.ish is None, name


def test_near_miss_a_her2_row_among_marker_rows_stays_ihc() -> None:
    text = "Breast biomarkers\n  ER      positive (90%)\n  HER2    2+ (equivocal)\n  Ki-67   20%\n"
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.score == "2+"
    assert result.ngs is None


def test_a_bulleted_copy_number_sentence_under_the_result_label_is_a_result() -> None:
    text = (
        "MOLECULAR DIAGNOSTICS REPORT -- 161-gene panel (DNA)\nDiagnosis: cholangiocarcinoma\n\n"
        "RESULT: No reportable alterations.\n - No pathogenic SNVs/indels identified.\n"
        " - No reportable copy number alterations were detected in the genes tested, including\n"
        "   ERBB2, FGFR2, MET, MYC and CDK4/6.\n"
    )
    result = explain_text(text)
    assert result.ngs is not None and result.ngs.amplification == "not_amplified"
    assert result.status == "negative"


def test_near_miss_the_same_sentence_in_an_interpretation_paragraph_is_a_gene_list() -> None:
    text = (
        "SOLID TUMOR NGS PANEL REPORT\nDiagnosis: adenocarcinoma of colon\n\n"
        "INTERPRETATION\nKRAS G12D predicts lack of benefit from anti-EGFR antibodies.\n"
        "No copy number alterations were detected among genes evaluated (ERBB2, MET, MYC).\n"
    )
    result = explain_text(text)
    assert result.ngs is None or result.ngs.amplification is None


def test_the_next_genes_no_call_does_not_negate_an_amplification_row() -> None:
    text = (
        "SOLID TUMOR PROFILE (DNA, 523 genes)\nDx: metastatic breast carcinoma\n\n"
        "COPY NUMBER (log2 / estimated copies)\n"
        "  ERBB2   17q12   log2 +1.8   ~7 copies    AMPLIFICATION\n"
        "  CCND1   11q13   log2 +0.3   ~3 copies    no call\n"
    )
    result = explain_text(text)
    assert result.ngs is not None and result.ngs.amplification == "amplified"
    assert result.ngs.copy_number == 7.0
    assert result.status == "positive"


def test_near_miss_prose_between_name_and_amplification_stays_prose() -> None:
    text = (
        "SOLID TUMOR PROFILE (DNA, 523 genes)\nDx: metastatic breast carcinoma\n\n"
        "  ERBB2   was tested   for amplification   by this assay\n"
    )
    result = explain_text(text)
    assert result.status != "positive"


# --- 8. Spanish: "puntuación" is the IHC score's label ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("HER2 : puntuación 0 (NEGATIVO) - sin tinción de membrana", "0"),
        ("HER2: puntuación 2 (equívoco); se solicita FISH", "2+"),
        ("HER2 (4B5) puntaje: 3 (positivo)", "3+"),
        ("HER2 - puntuación: 1 (negativo)", "1+"),
    ],
    ids=["puntuacion-0", "puntuacion-2", "puntaje-3", "puntuacion-colon"],
)
def test_spanish_puntuacion_labels_the_ihc_score(line: str, score: str) -> None:
    text = (
        "Anatomía Patológica\nMuestra: mama izquierda, biopsia\nRE: positivo 80%\n" + line + "\nKi 67: 10 %\n"
    )
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.score == score


def test_near_miss_an_allred_puntuacion_is_no_her2_score() -> None:
    text = "Anatomía Patológica\nMuestra: mama\nRE: puntuación de Allred 3\nHER2: negativo\n"
    result = explain_text(text)
    assert result.ihc is None or result.ihc.score is None


# --- 9. a mutation called "HER2 positive" is no HER2 status -----------------------------------------

MUTATION_CALLED_POSITIVE = [
    (
        "lung-interpretation",
        "MOLECULAR PATHOLOGY - Lung\nDx: lung adenocarcinoma, stage IV\n\n"
        "ERBB2 exon 20 insertion (p.Y772_A775dupYVMA) detected, VAF 18%.\n"
        "Interpretation: HER2-mutant NSCLC; HER2 positive by NGS (activating mutation).\n",
    ),
    (
        "blood-row",
        "PLASMA ctDNA PANEL\nDx: metastatic breast carcinoma\n\nERBB2 p.S310F detected (VAF 0.9%) - HER2 POSITIVE (mutation)\n",
    ),
    (
        "status-line-for-insertion",
        "TUMOR PROFILE (DNA)\nDx: lung adenocarcinoma\n\nHER2 status: positive for ERBB2 exon 20 insertion by NGS\n",
    ),
    (
        "spanish-mutacion",
        "INFORME MOLECULAR\nDiagnóstico: adenocarcinoma de pulmón\n\nERBB2 p.L755S detectada (VAF 12%)\nHER2: positivo (mutación activadora)\n",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), MUTATION_CALLED_POSITIVE, ids=[c[0] for c in MUTATION_CALLED_POSITIVE]
)
def test_a_mutation_called_her2_positive_is_no_her2_status(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found", name
    assert result.ngs is not None and result.ngs.mutations, name


@pytest.mark.parametrize(
    "line",
    [
        "HER2 status: POSITIVE, ERBB2 mutation not detected by NGS",
        "HER2 IHC: positive (3+). KRAS mutation detected.",
        "HER2 positive (amplified, copy number 14); no ERBB2 mutation",
    ],
    ids=["mutation-absent", "another-genes-mutation", "amplified-then-no-mutation"],
)
def test_near_miss_a_positive_call_beside_a_mutation_sentence_stays_positive(line: str) -> None:
    text = "TUMOR PROFILE\nDx: gastric adenocarcinoma, biopsy\n\n" + line + "\n"
    assert explain_text(text).status == "positive"
