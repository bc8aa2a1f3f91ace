"""Sequencing tables, blood reports and co-marker rows that blind set 7 misread (devset7 families
4 and 5), as phrase families with near-misses. Each family is a structural fact the engine missed:

- a row of another gene under an ERBB2 row keeps its own words (b7-f04-06: "FGF19
  AMPLIFICATION" over "Structural variants: none" read as ERBB2 not amplified);
- a table row does not reach back into the result row above it (b7-f04-09: the CISH row's ratio
  taken by the NGS row), while a header row above still names the columns;
- a blood report says so in Spanish too ("Biopsia líquida (ADN tumoral circulante)", b7-f08-07),
  and a blood report that names ERBB2 without a value is still a blood test (b7-f05-11, v5-D-02,
  v6-E-02);
- a blood lab's amplification level ("+++", b7-f05-10) and a faxed "Ampl1f1cat1on" (b7-f05-07)
  state an amplification;
- a sentence that says no amplification was found over the genes it lists (b7-f04-05);
- co-marker rows: a method cell between gene and value, a hotspot codon, an MSI score with its
  state in brackets, a row's own bracketed note, a tissue item of a blood report (b7-f04-03,
  b7-f04-06, b7-f05-09, b7-f06-09).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TISSUE_PANEL = (
    "LAKES-ONCOPANEL (505 genes, matched normal) - next-generation sequencing\n"
    "Tumor: Breast invasive ductal carcinoma, metastatic. Specimen: bone biopsy, FFPE.\n\n"
)

# --- 1. another gene's row under the ERBB2 row --------------------------------------------------

OTHER_GENE_ROWS = [
    (
        "fold-change-rows-then-none",
        "  Copy number alterations\n"
        "    ERBB2   AMPLIFICATION   fold change 4.1\n"
        "    CCND1   AMPLIFICATION   fold change 2.6\n"
        "    FGF19   AMPLIFICATION   fold change 2.5\n"
        "  Structural variants: none\n",
    ),
    (
        "pipe-rows-next-gene-not-detected",
        "| Gene  | Alteration    | Detail      |\n"
        "| ERBB2 | Amplification | CN 18       |\n"
        "| MET   | Amplification | not detected|\n",
    ),
    (
        "short-rows-next-gene-negative",
        "CNV results:\n  ERBB2    amplified\n  MYC      not amplified\n  EGFR     negative\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), OTHER_GENE_ROWS, ids=[c[0] for c in OTHER_GENE_ROWS])
def test_another_genes_row_keeps_its_own_words(name: str, rows: str) -> None:
    result = explain_text(TISSUE_PANEL + rows)
    assert result.status == "positive", name
    assert result.ngs is not None and result.ngs.amplification == "amplified", name


NOT_AMPLIFIED_ROWS = [
    (
        "value-on-the-next-line-is-erbb2s",
        "  Copy number alterations\n    ERBB2   amplification\n       not detected\n    CCND1   AMPLIFICATION   CN 9\n",
    ),
    (
        "erbb2-row-negative-next-gene-amplified",
        "  Copy number alterations\n    ERBB2   not amplified   CN 2.1\n    CCND1   AMPLIFIED   CN 9\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), NOT_AMPLIFIED_ROWS, ids=[c[0] for c in NOT_AMPLIFIED_ROWS])
def test_near_miss_erbb2s_own_row_still_decides(name: str, rows: str) -> None:
    result = explain_text(TISSUE_PANEL + rows)
    assert result.status == "negative", name
    assert result.ngs is not None and result.ngs.amplification == "not_amplified", name


# --- 2. a table row does not reach back into the result row above -----------------------------

MULTIPLATFORM = (
    "CARAVEL LIFE SCIENCES -- MULTIPLATFORM PROFILE\n"
    "Primary site: Endometrium; histology: serous carcinoma; specimen: omentum, FFPE\n\n"
    "Biomarker         Method        Analyte    Result           Threshold / Note\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        "ERBB2             CISH          RNA/DNA    Amplified        HER2/CEP17 ratio 2.5\n"
        "ERBB2             NGS (CNA)     DNA        Amplified        copy number 9\n",
        "HER2              SISH          DNA        Amplified        ratio 2.5\n"
        "ERBB2             NGS           DNA        Amplified        copy number 9\n",
    ],
    ids=["cish-over-ngs", "sish-over-ngs"],
)
def test_the_row_below_is_read_as_its_own_test(rows: str) -> None:
    result = explain_text(MULTIPLATFORM + rows + "ER                IHC           Protein    Negative|0\n")
    assert result.status == "positive"
    assert result.ngs is not None and result.ngs.amplification == "amplified"
    assert result.ngs.copy_number == 9.0
    assert result.ish is not None and result.ish.ratio == 2.5


def test_near_miss_a_header_row_above_still_names_the_columns() -> None:
    text = (
        "BREAST BIOMARKER PANEL\nleft breast excision A3\n\n"
        "ISH           Cells   HER2 mean   CEP17 mean   Ratio   Group   Call\n"
        "HER2 DISH     20      3.9         2.4          1.6     5       Not amplified\n"
    )
    result = explain_text(text)
    assert result.ish is not None and result.ish.ratio == 1.6


# --- 3. blood reports: Spanish, and ERBB2 named without a value -----------------------------------

SPANISH_BLOOD = [
    (
        "biopsia-liquida-adn-tumoral",
        "Biopsia líquida (ADN tumoral circulante en plasma) -- informe GA-BL-26-330\n"
        "Diagnóstico clínico: carcinoma de colon metastásico\n\n",
    ),
    (
        "adn-libre-circulante",
        "Estudio de ADN libre circulante (ADNlc), panel de 74 genes\n"
        "Diagnóstico: adenocarcinoma de recto, estadio IV\n\n",
    ),
    (
        "adntc-only",
        "INFORME MOLECULAR - ADNtc\nDiagnóstico: cáncer colorrectal metastásico\n\n",
    ),
]
SPANISH_ROWS = (
    "Resultados:\n"
    "  ERBB2 (HER2) amplificación ........ NO DETECTADA\n"
    "  KRAS ............................. no detectado\n"
    "  NRAS ............................. no detectado\n"
)


@pytest.mark.parametrize(("name", "head"), SPANISH_BLOOD, ids=[c[0] for c in SPANISH_BLOOD])
def test_a_spanish_blood_report_not_detected_is_no_negative(name: str, head: str) -> None:
    result = explain_text(head + SPANISH_ROWS)
    assert result.status == "not_found", name
    assert result.ngs is not None and result.ngs.ctdna, name
    assert result.related["kras"] is None and result.related["nras"] is None, name


def test_near_miss_a_spanish_tissue_report_not_detected_is_negative() -> None:
    text = (
        "INFORME DE SECUENCIACIÓN (NGS) EN TEJIDO -- ADN extraído del tejido tumoral (bloque A2)\n"
        "Diagnóstico: adenocarcinoma de colon metastásico\n\n" + SPANISH_ROWS
    )
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ngs is None or not result.ngs.ctdna


BLOOD_NO_VALUE = [
    (
        "not-evaluable",
        "HELIX RIVER DIAGNOSTICS - cfDNA PANEL (73 genes)\nIndication: metastatic breast cancer\n\n"
        "ERBB2 amplification: NOT EVALUABLE (insufficient tumour fraction)\n",
    ),
    (
        "copy-number-gene-list",
        "Circulating Tumor DNA Report\nSample: Plasma\n\nRESULT: low tumour fraction, see note.\n"
        "Genes with copy-number assessment: CCND1, EGFR, ERBB2, FGFR1, MET, MYC.\n",
    ),
    (
        "mutation-and-amplification-not-detected-after-semicolon",
        "Liquid biopsy status sheet\nPLASMA (drawn 11/19/2026):\n"
        "   EGFR ........... not detected\n"
        "   ERBB2 .......... mutation not detected ; amplification not detected\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), BLOOD_NO_VALUE, ids=[c[0] for c in BLOOD_NO_VALUE])
def test_a_blood_report_naming_erbb2_without_a_value_is_a_blood_test(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "not_found", name
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.amplification is None, name


def test_near_miss_a_tissue_report_advising_a_liquid_biopsy_is_no_blood_test() -> None:
    text = (
        "NEXT-GENERATION SEQUENCING REPORT - TEST NOT COMPLETED\nLab: Prairie Molecular Diagnostics\n"
        "Specimen: Lung, RLL, CT-guided core (block A1)\nDiagnosis: NSCLC, adenocarcinoma\n\n"
        "STATUS: QNS - insufficient DNA.\n\n"
        "Genes on this panel (for reference): AKT1, ALK, BRAF, EGFR, ERBB2 (HER2), KRAS, MET.\n\n"
        "Recommendation: submit an additional block or consider plasma (liquid biopsy) testing.\n"
    )
    result = explain_text(text)
    assert result.status == "not_found"
    assert result.ngs is None


# --- 4. a blood lab's amplification level; a faxed "Ampl1f1cat1on" ------------------------------

PLASMA = "Guardian-Plasma Onco Report (cfDNA)\nCancer: esophageal adenocarcinoma, metastatic\n\nDetected alterations:\n"

LEVELS = [
    (
        "level-plus-3",
        "  ERBB2 (HER2) -- copy number gain, amplification level +++  (plasma copy number 7.9)\n",
    ),
    ("level-colon", "  ERBB2 (HER2) -- copy number gain, amplification level: ++\n"),
    ("grade-bracket", "  ERBB2 (HER2) -- copy number gain, amplification (grade +)\n"),
]


@pytest.mark.parametrize(("name", "row"), LEVELS, ids=[c[0] for c in LEVELS])
def test_a_blood_amplification_level_states_an_amplification(name: str, row: str) -> None:
    result = explain_text(PLASMA + row)
    assert result.status == "positive", name
    assert result.ngs is not None and result.ngs.amplification == "amplified" and result.ngs.ctdna, name


def test_near_miss_a_gain_without_a_level_stays_equivocal_in_blood() -> None:
    result = explain_text(PLASMA + "  ERBB2 (HER2) -- copy number gain (plasma copy number 2.4)\n")
    assert result.status == "equivocal"


FAX = (
    " >>FAX<<  11/25/2026 10:02  PG 1 0F 1   FR0M: C1RCADIA L1QUID BX LAB\n"
    " PATlENT: H0LL1NGSW0RTH , Bea       DX: breast ca, stage lV\n"
    " SAMPLE: PLASMA (cfDNA)\n\n"
    " ALTERATI0N              STATUS        LEVEL\n"
)


@pytest.mark.parametrize(
    "row",
    [
        " ERBB2 Ampl1f1cat1on     Detected      Plasma Copy Number 4.8\n",
        " ERBB2 AMPL1F1CAT10N     DETECTED      Plasma Copy Number 4.8\n",
        " ERBB2 ampl1ficati0n     detected      Plasma Copy Number 4.8\n",
    ],
    ids=["title-case", "upper-case", "lower-case"],
)
def test_a_faxed_amplification_with_ones_for_is_read(row: str) -> None:
    result = explain_text(FAX + row)
    assert result.status == "positive"
    assert result.ngs is not None and result.ngs.amplification == "amplified"


def test_near_miss_a_faxed_not_detected_amplification_stays_no_negative() -> None:
    result = explain_text(FAX + " ERBB2 Ampl1f1cat1on     N0t detected\n")
    assert result.status == "not_found"
    assert result.ngs is not None and result.ngs.amplification is None


# --- 5. a negated amplification sentence over its gene list -------------------------------------

LUNG_TISSUE = (
    "ASTERION PRECISION MEDICINE -- Genomic Report (Tissue)\n"
    "Diagnosis: Non-small cell lung carcinoma, adenocarcinoma, stage IV. Specimen: pleural biopsy, FFPE.\n\n"
    "=== COPY NUMBER ===\n"
)

NEGATED_LISTS = [
    (
        "label-on-its-line",
        "Copy number: No amplifications detected among assessed genes (ERBB2, MET, EGFR, MYC).\n",
    ),
    (
        "among-includes",
        "No amplifications detected among assessed genes (includes ERBB2, MET, EGFR, MYC, CCND1).\n",
    ),
    (
        "were-identified-colon",
        "No copy number alterations were identified in the genes assessed: ERBB2, MET, EGFR, MYC.\n",
    ),
    ("cnv-genes-list", "No CNVs detected (genes: MET, ERBB2, EGFR, CCND1).\n"),
]


@pytest.mark.parametrize(("name", "line"), NEGATED_LISTS, ids=[c[0] for c in NEGATED_LISTS])
def test_a_negated_amplification_sentence_covers_the_genes_it_lists(name: str, line: str) -> None:
    result = explain_text(LUNG_TISSUE + line)
    assert result.status == "negative", name
    assert result.ngs is not None and result.ngs.amplification == "not_amplified", name


NOT_NEGATED_LISTS = [
    (
        "interpretation-paragraph",
        "INTERPRETATION\nThis assay does not report HER2 protein expression.\n"
        "No copy number alterations were detected among genes evaluated for amplification (ERBB2, MET, MYC, EGFR).\n",
    ),
    ("other-amplifications", "No other amplifications detected (genes assessed: MET, ERBB2, EGFR, MYC).\n"),
    ("except", "No amplifications detected except in one gene (assessed: MET, ERBB2, EGFR, MYC).\n"),
    ("bare-panel-list", "Genes assessed for copy number: MET, ERBB2, EGFR, MYC, CCND1.\n"),
]


@pytest.mark.parametrize(("name", "line"), NOT_NEGATED_LISTS, ids=[c[0] for c in NOT_NEGATED_LISTS])
def test_near_miss_a_list_without_a_plain_negation_gives_no_value(name: str, line: str) -> None:
    text = (
        LUNG_TISSUE + line
        if not line.startswith("INTERPRETATION")
        else LUNG_TISSUE[: LUNG_TISSUE.index("===")] + line
    )
    result = explain_text(text)
    assert result.status == "not_found", name


def test_near_miss_a_negated_list_in_a_blood_report_is_no_negative() -> None:
    text = (
        "Circulating tumor DNA (ctDNA) report\nSample: plasma\n\n"
        "No amplifications detected among assessed genes (includes ERBB2, MET, EGFR, MYC, CCND1).\n"
    )
    result = explain_text(text)
    assert result.status == "not_found"
    assert result.ngs is not None and result.ngs.ctdna and result.ngs.amplification is None


# --- 6. co-marker rows ----------------------------------------------------------------------------

CO_MARKERS = [
    (
        "ngs-row-then-bracketed-note",
        "NGS Report: OncoSeq-170\nSpecimen: stomach, adenocarcinoma\n\n"
        "  Gene       Alteration type assessed      Result\n"
        "  KRAS       SNV                           not detected\n"
        "Other findings: CDH1 c.1008G>T (p.Glu336Asp) -- pathogenic (germline origin cannot be excluded)\n"
        "MSI: stable (MSS)          TMB: 2.1 mut/Mb (low)\n",
        {"kras": "wild-type", "msi": "MSS"},
    ),
    (
        "msi-score-stable",
        "Tumor: breast carcinoma\nMSI: MSIsensor score 0.12 (stable)         TMB: 5.3 mut/Mb\n",
        {"msi": "MSS"},
    ),
    (
        "msi-score-unstable",
        "Tumor: colon adenocarcinoma\nMSI score: 34.5% (unstable)\n",
        {"msi": "MSI-H"},
    ),
    (
        "tab-rows-with-method-cell",
        "Marker\tMethod\tResult\tComment\nBRAF\tNGS\tno V600 mutation\t\n"
        "MLH1\tIHC\tretained\t\nPMS2\tIHC\tretained\t\nMSH2\tIHC\tretained\t\nMSH6\tIHC\tretained\t\n",
        {"braf": "wild-type", "mmr": "proficient"},
    ),
    (
        "space-rows-with-method-cell-loss",
        "Marker   Method   Result\nMLH1     IHC      lost\nPMS2     IHC      lost\nMSH2     IHC      retained\n",
        {"mmr": "deficient"},
    ),
    (
        "tissue-item-in-blood-report",
        "INTEGRATED BIOMARKER SUMMARY\nDiagnosis: gastric adenocarcinoma, metastatic\n\n"
        "1) Tissue, endoscopic biopsy (EC-26-1192):\n"
        "   MMR: intact (proficient)  |  PD-L1 CPS 8\n"
        "2) Plasma ctDNA (drawn 11/03/2026):\n"
        "   KRAS: not detected      TP53 R342*: 1.2%\n",
        {"mmr": "proficient", "kras": None},
    ),
    (
        "near-miss-codon-mutation-found",
        "Tumor: colon adenocarcinoma\nBRAF: V600 mutation detected\n",
        {"braf": "mutant"},
    ),
    (
        "near-miss-caveat-outside-brackets",
        "Plasma-free tissue summary\nKRAS: not detected\nA negative result does not exclude a mutation in KRAS.\n",
        {"kras": None},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CO_MARKERS, ids=[c[0] for c in CO_MARKERS])
def test_co_marker_rows(name: str, text: str, expected: dict[str, str | None]) -> None:
    related = explain_text(text).related
    assert {k: related[k] for k in expected} == expected, name


# --- 7. the lab applies its criteria to the score on the row below a dangling label ---------------

CRC_IHC = (
    "SURGICAL PATHOLOGY REPORT - RIGHT HEMICOLECTOMY\nDIAGNOSIS: Ascending colon: adenocarcinoma (pT3).\n\n"
    "HER2 (4B5, HERACLES scoring, performed for research protocol):\n"
)

CRITERION_ROWS = [
    (
        "heracles-equals",
        "2+ moderate basolateral staining in ~40% of tumor cells. HERACLES:\n2+ in <50% of cells = NEGATIVE.\n",
    ),
    (
        "interpretation-heracles-colon",
        "2+ moderate lateral staining in 30% of cells; Interpretation (HERACLES criteria):\n"
        "2+ in fewer than 50% of cells: negative\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), CRITERION_ROWS, ids=[c[0] for c in CRITERION_ROWS])
def test_a_score_restated_under_a_criteria_label_takes_its_call(name: str, rows: str) -> None:
    result = explain_text(CRC_IHC + rows)
    assert result.status == "negative", name
    assert result.ihc is not None and result.ihc.score == "2+" and result.ihc.lab_call == "negative", name


NOT_CRITERION_ROWS = [
    (
        "legend-of-another-score",
        "2+ moderate staining in ~40% of tumor cells. HERACLES criteria:\n3+ in >=50% of cells = POSITIVE\n",
    ),
    (
        "legend-with-two-calls",
        "2+ moderate staining in ~40% of tumor cells. HERACLES:\n2+ in >=50% = EQUIVOCAL, 2+ in <50% = NEGATIVE\n",
    ),
]


@pytest.mark.parametrize(("name", "rows"), NOT_CRITERION_ROWS, ids=[c[0] for c in NOT_CRITERION_ROWS])
def test_near_miss_a_legend_row_gives_no_call(name: str, rows: str) -> None:
    result = explain_text(CRC_IHC + rows)
    assert result.ihc is not None and result.ihc.lab_call is None, name


# --- 8. the lab's labelled interpretation after ISH values given only as cut-offs ----------------

IHC_2 = "BREAST, LEFT, EXCISION. HER2 IHC: 2+ (equivocal), 40% of cells.\n\n"

CUTOFF_INTERPRETATIONS = [
    (
        "legacy-caps-clusters",
        "HER2/NEU FISH: HER2/CEP17 RATIO GREATER THAN 2.0 (>2.0); AVERAGE HER2\n"
        "COPY NUMBER GREATER THAN SIX SIGNALS PER NUCLEUS; CLUSTERS PRESENT,\n"
        "PRECLUDING EXACT ENUMERATION. INTERPRETATION: AMPLIFIED (POSITIVE).\n",
        "amplified",
    ),
    (
        "same-line-sentence",
        "HER2 FISH: ratio greater than 2.0, signal clusters present. Interpretation: Amplified.\n",
        "amplified",
    ),
    (
        "label-on-next-line-negated",
        "HER2 FISH: HER2/CEP17 ratio less than 1.8; average HER2 copy number below 4 signals per cell.\n"
        "Interpretation: NOT AMPLIFIED\n",
        "not_amplified",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "result"), CUTOFF_INTERPRETATIONS, ids=[c[0] for c in CUTOFF_INTERPRETATIONS]
)
def test_a_labelled_interpretation_after_cutoff_values_is_the_ish_result(
    name: str, text: str, result: str
) -> None:
    got = explain_text(IHC_2 + text)
    assert got.ish is not None and got.ish.result == result and got.ish.ratio is None, name
    assert got.status == ("positive" if result == "amplified" else "negative"), name


@pytest.mark.parametrize(
    "text",
    [
        "HER2 FISH: ratio greater than 2.0 is reported as amplified (key). Result: see comment.\n",
        "HER2 FISH: ratio greater than 2.0 required for amplification. Interpretation: pending.\n",
    ],
    ids=["see-comment", "pending"],
)
def test_near_miss_a_label_without_an_amplification_word_gives_no_ish_result(text: str) -> None:
    got = explain_text(IHC_2 + text)
    assert got.status == "equivocal"
    assert got.ish is None or got.ish.result is None


# --- 9. plain-language sequencing: "the tumor DNA", a negated exon 20 sentence --------------------

PLAIN = "Pulmonary Molecular Diagnostics\nLung adenocarcinoma, left upper lobe, EBUS 11L\n\nWhat we found:\n"


@pytest.mark.parametrize(
    "lines",
    [
        "  * The tumor DNA shows many extra copies of the ERBB2 gene (the gene for HER2): ERBB2 is\n"
        "    AMPLIFIED, estimated 11 copies (tumor fraction 40%).\n"
        "  * No ERBB2 point mutation or exon 20 insertion was found.\n",
        "  - In the tumour DNA, ERBB2 is amplified (about 11 copies).\n"
        "  - No ERBB2 exon 20 insertion was found.\n",
    ],
    ids=["tumor-dna-bullets", "tumour-dna-dashes"],
)
def test_the_tumor_dna_is_sequencing_and_a_negated_exon20_sentence_is_no_mutation(lines: str) -> None:
    result = explain_text(PLAIN + lines)
    assert result.status == "positive"
    assert result.ish is None
    assert (
        result.ngs is not None and result.ngs.amplification == "amplified" and result.ngs.copy_number == 11.0
    )
    assert result.ngs.mutations == []


@pytest.mark.parametrize(
    "line",
    [
        "  * ERBB2 exon 20 insertion (A775_G776insYVMA) was found.\n",
        "  * No ERBB2 amplification; ERBB2 exon 20 insertion detected.\n",
    ],
    ids=["found", "negation-in-the-clause-before"],
)
def test_near_miss_an_exon20_insertion_found_is_a_mutation(line: str) -> None:
    result = explain_text(PLAIN.replace("What we found", "Tumor DNA sequencing") + line)
    assert result.ngs is not None and "exon 20 insertion" in result.ngs.mutations


@pytest.mark.parametrize(
    ("row", "change"),
    [
        ("ERBB2   c.2313_2324dup p.(Tyr772_Ala775dup)   20   38.2%   Pathogenic\n", "Y772_A775dup"),
        ("ERBB2 p.Ala775_Gly776insTyrValMetAla (exon 20), VAF 21%\n", "A775_G776insYVMA"),
        ("ERBB2   p.(Gly776_Val777delinsCysVal)   VAF 12%\n", "G776_V777delinsCV"),
    ],
    ids=["dup", "ins", "delins"],
)
def test_a_three_letter_protein_range_is_one_change(row: str, change: str) -> None:
    result = explain_text(TISSUE_PANEL + "Tier I/II variants\n" + row)
    assert result.ngs is not None and change in result.ngs.mutations
    assert not any(m != change and m in change for m in result.ngs.mutations)
