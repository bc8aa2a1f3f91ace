"""Trap phrase families written blind of the labelled sets (probe12b, session 12).

Families: vendor tissue NGS reports, multi-platform (one row per test) tables, serial ctDNA
monitoring, germline vs somatic testing, OCR/fax damage inside tables, GI and other tumours with
organ-specific rules, Spanish and bilingual variants of each. Each case: (id, family, text,
allowed statuses, expected key fields). A key field is a dotted path into
``ExplainResult.to_dict()`` ("ihc.score") and its value. Where the report leaves room, not_found is
an allowed reading of a trap; positive never is unless the case is a near-miss whose current result
is positive.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

COLON = "Tumor type: Colon adenocarcinoma (CRC)\n"
LUNG = "Disease: Non-small cell lung carcinoma (NSCLC)\n"
GASTRIC_BX = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
GASTRIC_RX = "Stomach, total gastrectomy: adenocarcinoma, intestinal type, pT3 N1.\n"
BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
CRC_LIVER = "Liver, core biopsy: metastatic adenocarcinoma consistent with colorectal primary.\n"
MAMA = "Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 3.\n"
GASTRICO_PIEZA = "Estómago, gastrectomía total: adenocarcinoma de tipo intestinal, pT3 N1.\n"
COLON_ES = "Tipo de tumor: adenocarcinoma de colon.\n"

VENDOR: list[Case] = [
    (
        "ngsv-genomic-findings-amp",
        "vendor_ngs",
        COLON + "BIOMARKER FINDINGS\nMicrosatellite status - MS-Stable\nTumor Mutational Burden - 4 Muts/Mb\n"
        "GENOMIC FINDINGS\nERBB2 amplification - 14 copies\nAPC R1450*\nTP53 R175H\n"
        "VARIANTS OF UNKNOWN SIGNIFICANCE\nBRCA2 V2466A\nNOTCH1 P1770S\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngsv-vus-section-only",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nKRAS G12D\nAPC Q1367*\nTP53 R248W\n"
        "VARIANTS OF UNKNOWN SIGNIFICANCE\nERBB2 R678Q\nATM L2307F\nKMT2D P2354S\n",
        NF,
        {},
    ),
    (
        "ngsv-genes-assayed-list",
        "vendor_ngs",
        LUNG + "GENOMIC FINDINGS\nKRAS G12C\nSTK11 Q170*\n"
        "GENES ASSAYED\nThe assay detects base substitutions, insertions/deletions and copy number alterations in:\n"
        "ABL1 AKT1 ALK APC AR ARAF ATM BRAF BRCA1 BRCA2 CDK4 CDK6 EGFR ERBB2 ERBB3 ERBB4 FGFR1 FGFR2 KIT\n"
        "KRAS MET MYC NRAS PIK3CA PTEN RET ROS1 TP53\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-equivocal-dagger",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nERBB2 amplification - equivocal\u2020\nKRAS wildtype\n"
        "\u2020 See Appendix: an equivocal amplification is a copy number near the threshold of the assay;\n"
        "confirmation by an orthogonal method (IHC/ISH) is recommended.\n",
        EQV,
        {},
    ),
    (
        "ngsv-equivocal-star-footnote",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nERBB2 amplification - equivocal*\nNRAS wildtype\n"
        "* Copy number of 5 is close to the reporting threshold of the assay.\n",
        EQV,
        {},
    ),
    (
        "ngsv-cn-column",
        "vendor_ngs",
        COLON + "Copy number alterations\nGene | Alteration | Copy number\nCCND1 | Amplification | CN 9\n"
        "ERBB2 | Amplification | CN 7\nMYC | Gain | CN 4\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngsv-amp-cn-equals",
        "vendor_ngs",
        "Tumor type: Gastroesophageal junction adenocarcinoma\nReportable alterations:\n"
        "ERBB2 Amplification (CN=6)\nCDKN2A loss\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngsv-gain-only",
        "vendor_ngs",
        COLON + "Copy number alterations\nGene | Alteration | Copy number\nERBB2 | Gain | CN 4\n"
        "Gains are below the amplification threshold of the assay.\n",
        NOT_POS,
        {},
    ),
    (
        "ngsv-loss-row",
        "vendor_ngs",
        COLON + "Copy number alterations\nGene | Call\nERBB2 | Loss\nSMAD4 | Loss\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-biomarker-tmb-next-to-erbb2",
        "vendor_ngs",
        COLON + "BIOMARKER FINDINGS\nTMB: 12 Muts/Mb (High) | MSI: High | ERBB2: not amplified\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-no-reportable-erbb2",
        "vendor_ngs",
        COLON + "RESULTS\nKRAS G13D detected.\nNo reportable alterations in ERBB2, NRAS or BRAF.\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-see-comment",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nKRAS wildtype\nERBB2: see comment\n"
        "Comment: ERBB2 copy number could not be assessed due to low tumour content (10%).\n",
        EQV_NF,
        {},
    ),
    (
        "ngsv-mutation-not-amp",
        "vendor_ngs",
        LUNG + "GENOMIC FINDINGS\nERBB2 exon 20 insertion (A775_G776insYVMA)\nTP53 R273H\n"
        "No copy number alterations detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-amp-with-vus-below",
        "vendor_ngs",
        "Tumor type: Breast invasive ductal carcinoma\nGENOMIC FINDINGS\nERBB2 amplification\nPIK3CA E545K\n"
        "VARIANTS OF UNKNOWN SIGNIFICANCE\nERBB2 V842I\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngsv-genes-assayed-alteration-types",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nKRAS G12D\nGENES ASSAYED FOR COPY NUMBER ALTERATIONS\n"
        "ERBB2 (amplification), MET (amplification), EGFR (amplification), CDK4 (amplification)\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-genes-tested-inline-types",
        "vendor_ngs",
        COLON + "Genes tested: KRAS (SNV), MET (amplification), ERBB2 (amplification, SNV), BRAF (SNV)\n"
        "Result: KRAS G12D detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ngsv-amp-bracket-then-cn",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nERBB2 (amplification), copy number 12\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngsv-amp-listed-as-vus",
        "vendor_ngs",
        COLON
        + "GENOMIC FINDINGS\nKRAS G12D\nVARIANTS OF UNKNOWN SIGNIFICANCE\nERBB2 amplification (subclonal, 3 copies)\n",
        NOT_POS,
        {},
    ),
    (
        "ngsv-equivocal-after-bracket",
        "vendor_ngs",
        COLON
        + "GENOMIC FINDINGS\nERBB2 amplification (copy number 4, near the assay threshold): equivocal\n",
        EQV,
        {"ngs.amplification": "equivocal"},
    ),
    (
        "ngsv-equivocal-after-bracket-dash",
        "vendor_ngs",
        COLON
        + "GENOMIC FINDINGS\nERBB2 amplification (estimated copy number 5, near the threshold) - equivocal\n",
        EQV,
        {"ngs.amplification": "equivocal"},
    ),
    (
        "ngsv-amp-bracket-cn-only",
        "vendor_ngs",
        COLON + "GENOMIC FINDINGS\nERBB2 amplification (copy number 14)\nKRAS wildtype\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

MULTI: list[Case] = [
    (
        "mp-caris-all-negative",
        "multi_platform",
        COLON + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Negative | 1+, 10%\n"
        "ERBB2 | CISH | Not amplified | 1.2\nERBB2 | NGS | Amplification not detected\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "mp-caris-all-positive",
        "multi_platform",
        GASTRIC_BX + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Positive | 3+, 90%\n"
        "ERBB2 | CISH | Amplified | 5.4\nERBB2 | NGS | Amplified\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "mp-ihc-2plus-cish-not-amp",
        "multi_platform",
        BREAST + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Equivocal | 2+, 30%\n"
        "ERBB2 | CISH | Not amplified | 1.4\n",
        NEG,
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "mp-ihc-2plus-cish-amp",
        "multi_platform",
        BREAST + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Equivocal | 2+, 30%\n"
        "ERBB2 | CISH | Amplified | 2.6\n",
        POS,
        {"ihc.score": "2+", "ish.result": "amplified"},
    ),
    (
        "mp-other-genes-between",
        "multi_platform",
        COLON + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Negative | 0\n"
        "PD-L1 (22c3) | IHC | Positive | CPS 10\nMLH1 | IHC | Positive | Intact\n"
        "ERBB2 | NGS | Mutation not detected\nKRAS | NGS | Mutated | G12V\nERBB2 | CISH | Not amplified | 1.1\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "mp-egfr-amp-erbb2-not",
        "multi_platform",
        COLON + "Gene | Method | Result\nEGFR | NGS | Amplified\nERBB2 | NGS | Amplification not detected\n"
        "MET | NGS | Amplified\n",
        NEG_NF,
        {},
    ),
    (
        "mp-erbb2-mutated-ihc-neg",
        "multi_platform",
        LUNG + "Biomarker | Method | Result | Value\nERBB2 | NGS | Mutated, Pathogenic | S310F\n"
        "HER2/Neu | IHC | Negative | 1+\nPD-L1 (SP263) | IHC | Positive | 60%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "mp-pdl1-positive-row-after-her2-blank",
        "multi_platform",
        COLON + "Biomarker | Method | Result | Value\nHER2/Neu | IHC | Test not performed |\n"
        "PD-L1 (22c3) | IHC | Positive | CPS 5\nMSI | NGS | Stable |\n",
        NF,
        {},
    ),
    (
        "mp-column-header-only-results-next",
        "multi_platform",
        COLON + "Test            Method   Result           Value\n"
        "HER2/Neu        IHC      Negative         1+, 5%\n"
        "ERBB2           CISH     Not Amplified    1.3\n"
        "Mismatch Repair IHC      Proficient\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

CTDNA: list[Case] = [
    (
        "ct-no-longer-detected",
        "ctdna_serial",
        "Guardant360 - plasma ctDNA. Colorectal adenocarcinoma.\nCollection date: 04/02/2026\n"
        "ERBB2 amplification: previously detected (11/10/2025, plasma copy number 3.1); not detected in this sample.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-no-longer-detected-sentence",
        "ctdna_serial",
        "Liquid biopsy (cfDNA), metastatic gastric cancer, on-treatment sample.\n"
        "The previously detected ERBB2 amplification is no longer detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-timepoint-table-oldest-first",
        "ctdna_serial",
        "Plasma ctDNA monitoring. Colorectal adenocarcinoma.\nAlteration | 15/01/2026 | 20/04/2026\n"
        "ERBB2 amplification | Detected (CN 3.8) | Not detected\nTP53 R175H | 12.1% | 0.4%\n",
        NEG_NF,
        {},
    ),
    (
        "ct-timepoint-table-newest-first",
        "ctdna_serial",
        "Plasma ctDNA monitoring. Colorectal adenocarcinoma.\nAlteration | 20/04/2026 (current) | 15/01/2026\n"
        "ERBB2 amplification | Not detected | Detected (CN 3.8)\nTP53 R175H | 0.4% | 12.1%\n",
        NEG_NF,
        {},
    ),
    (
        "ct-cn-with-prior-value",
        "ctdna_serial",
        "Plasma cfDNA. Metastatic colorectal adenocarcinoma.\n"
        "ERBB2 amplification detected, plasma copy number 2.4 (prior 5.1 on 01/2026).\n",
        POS,
        {},
    ),
    (
        "ct-newly-detected",
        "ctdna_serial",
        "Plasma cfDNA. Metastatic gastric adenocarcinoma.\n"
        "ERBB2 amplification newly detected (plasma copy number 4.2); not detected at baseline (01/2026).\n",
        POS,
        {},
    ),
    (
        "ct-date-rows-column",
        "ctdna_serial",
        "Plasma ctDNA. Colorectal adenocarcinoma.\nDate        ERBB2 amp   TP53 R175H\n"
        "01/2026     Detected    12%\n04/2026     Not detected 0.4%\n",
        NEG_NF,
        {},
    ),
    (
        "ct-gene-columns-not-detected",
        "ctdna_serial",
        "Plasma ctDNA. Colorectal adenocarcinoma.\nGene        ERBB2        KRAS\nAmplification   Not detected   Not detected\n",
        NEG_NF,
        {},
    ),
    (
        "ct-chip-note",
        "ctdna_serial",
        "Plasma cfDNA. Breast carcinoma.\nDetected: ERBB2 V842I (0.3%) - possible clonal hematopoiesis;\n"
        "DNMT3A R882H (1.1%) - consistent with clonal hematopoiesis (CHIP).\nNo copy number alterations detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-germline-filtered",
        "ctdna_serial",
        "Plasma cfDNA. Colorectal adenocarcinoma.\nVariants at allele frequencies near 50% were considered likely "
        "germline and are not reported (ERBB2 I655V).\nSomatic alterations: KRAS G12D (2.3%).\n",
        NEG_NF,
        {},
    ),
    (
        "ct-serial-amp-earlier-only-in-history",
        "ctdna_serial",
        "Plasma ctDNA. Colorectal adenocarcinoma.\nHistory: ERBB2 amplification detected on 10/2025 (CN 6.2); "
        "treated with trastuzumab and tucatinib.\nCurrent sample (03/2026): no alterations detected in ERBB2.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-detected-at-baseline",
        "ctdna_serial",
        "Plasma cfDNA, follow-up draw. Metastatic colorectal adenocarcinoma.\n"
        "ERBB2 amplification was detected at baseline (plasma copy number 5.1); not detected in the current sample.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-bracketed-prior-sample",
        "ctdna_serial",
        "Liquid biopsy (ctDNA). Gastric adenocarcinoma.\n"
        "ERBB2 amplification (detected in the prior sample, 01/2026): not detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-newly-detected-previously-not",
        "ctdna_serial",
        "Plasma cfDNA. Colorectal adenocarcinoma.\nERBB2 amplification: detected (plasma copy number 6.2); previously not detected.\n",
        POS,
        {},
    ),
    (
        "es-ctdna-detectada-previamente",
        "spanish",
        "Biopsia líquida (ADN tumoral circulante). Adenocarcinoma colorrectal.\n"
        "Amplificación de ERBB2: detectada previamente (número de copias 4,0); no detectada en la muestra actual.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-current-no-alterations-erbb2",
        "ctdna_serial",
        "Plasma cfDNA monitoring. Metastatic colorectal adenocarcinoma.\n"
        "Previous result (11/2025): ERBB2 amplification, plasma copy number 4.4.\n"
        "This sample (02/2026): No ERBB2 alterations detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ct-amp-with-exon20-negative",
        "ctdna_serial",
        "Plasma cfDNA. Colorectal adenocarcinoma.\nERBB2 amplification detected (plasma copy number 3.4).\n"
        "No alterations detected in ERBB2 exon 20.\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

GERMLINE: list[Case] = [
    (
        "germ-no-pv-erbb2-not-tested",
        "germline",
        BREAST + "Germline testing (Multi-Cancer panel): no pathogenic variants identified in BRCA1, BRCA2, "
        "PALB2, CHEK2, ATM, TP53, PTEN, CDH1. ERBB2 not tested.\n",
        NF,
        {},
    ),
    (
        "germ-hereditary-list-negative",
        "germline",
        "HEREDITARY CANCER PANEL (germline, blood)\nGenes analysed: APC, ATM, BRCA1, BRCA2, CDH1, CHEK2, ERBB2, "
        "MLH1, MSH2, MSH6, PALB2, PMS2, PTEN, STK11, TP53\nRESULT: NEGATIVE - no pathogenic or likely "
        "pathogenic variants detected.\n",
        NF,
        {},
    ),
    (
        "germ-hereditary-negative-result-line",
        "germline",
        "Germline genetic testing (saliva). Panel includes ERBB2.\nResult: Negative\n"
        "Interpretation: no pathogenic germline variants were identified.\n",
        NF,
        {},
    ),
    (
        "germ-vus-erbb2",
        "germline",
        "Inherited cancer risk panel (germline).\nVariant of uncertain significance: ERBB2 c.1963A>G (p.Ile655Val).\n"
        "No pathogenic variants identified.\n",
        NF,
        {},
    ),
    (
        "germ-with-somatic-her2-positive",
        "germline",
        BREAST + "Germline testing: negative for pathogenic variants in BRCA1/2.\n"
        "Tumour HER2 IHC (4B5): 3+ (positive), strong complete membrane staining in 95%.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "germ-with-somatic-her2-negative",
        "germline",
        BREAST + "Germline testing: negative (BRCA1/2, PALB2).\nSomatic: HER2 IHC 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "germ-panel-rows-erbb2-negative",
        "germline",
        "Germline genetic testing (blood):\nBRCA1: negative\nBRCA2: negative\nERBB2: negative\n",
        NF,
        {},
    ),
    (
        "germ-hereditary-erbb2-colon-negative",
        "germline",
        "Hereditary cancer panel (blood). ERBB2: negative. BRCA1: negative.\n",
        NF,
        {},
    ),
    (
        "germ-brca-line-then-receptor-line",
        "germline",
        BREAST
        + "Germline BRCA testing: negative.\nER: positive (90%); PR: positive (40%); HER2: negative.\n",
        NEG,
        {},
    ),
    (
        "germ-line-then-tumour-ngs-amp",
        "germline",
        "Germline testing: no pathogenic variants (BRCA1, BRCA2, PALB2).\n"
        "Tumour NGS: ERBB2 amplification (copy number 11).\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "germ-somatic-same-line",
        "germline",
        "Tumor/normal sequencing. Germline: no pathogenic variants. Somatic: ERBB2 amplification (CN 10).\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "germ-lynch-then-her2-line",
        "germline",
        "Colon, right hemicolectomy: adenocarcinoma.\nGermline testing for Lynch syndrome: negative.\n"
        "HER2: negative (IHC 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "germ-not-performed-then-amp",
        "germline",
        COLON + "Germline testing: not performed (tumor-only assay).\nERBB2 amplification detected (CN 9).\n",
        POS,
        {},
    ),
]

OCR: list[Case] = [
    (
        "ocr-runon-2plus-fish-not-amp",
        "ocr_table",
        BREAST + "HER2 IHC 2+ Equivocal FISH Not amplified 1.3\n",
        NEG,
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "ocr-runon-2plus-fish-amp",
        "ocr_table",
        BREAST + "HER2 IHC 2+ Equivocal FISH Amplified 2.8\n",
        POS,
        {"ihc.score": "2+", "ish.result": "amplified"},
    ),
    (
        "ocr-runon-row-er-pr-her2-ki67",
        "ocr_table",
        BREAST + "ER Positive 95% strong PR Positive 40% HER2 Negative (1+) Ki-67 20%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ocr-runon-her2-then-er-3plus",
        "ocr_table",
        BREAST + "HER2 Negative 1+ ER Positive 3+ 90% PR Positive 2+ 30%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ocr-page-header-mid-table",
        "ocr_table",
        BREAST + "Marker        Result\nHER2 (4B5)\nPage 2 of 3    Patient: DOE, JANE    MRN 0031234\n"
        "              1+ (negative)\nKi-67         15%\n",
        NEG_NF,
        {},
    ),
    (
        "ocr-fax-footer-mid-table",
        "ocr_table",
        BREAST
        + "HER2 IHC score\nFAX 03/12/2026 13:02  +44 20 7946 0333  P.003/004\n0 (no staining), negative\n",
        NEG_NF,
        {},
    ),
    (
        "ocr-colon-next-line-3plus",
        "ocr_table",
        BREAST + "HER2 (4B5)\n: 3+\nStrong complete membrane staining in 90% of invasive tumour cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ocr-colon-next-line-0",
        "ocr_table",
        BREAST + "HER2 (4B5)\n: 0\nNo membrane staining.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ocr-rotated-page-garbage",
        "ocr_table",
        BREAST + "HER2 IHC: 1+ (negative)\n\ne\nv\ni\nt\ni\ns\no\np\n+\n3\n2\nR\nE\nH\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ocr-runon-pending-pipes",
        "ocr_table",
        BREAST + "HER2 | IHC | 2+ | | FISH | pending |\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "ocr-runon-score-ratio-no-words",
        "ocr_table",
        BREAST + "HER2 IHC 1+ FISH ratio 1.1 HER2/cell 2.0 CEP17/cell 1.8\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ocr-runon-2plus-cish-amp-ratio",
        "ocr_table",
        BREAST + "HER2 IHC 2+ Equivocal CISH Amplified ratio 3.0\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "ocr-fish-equivocal-own-word",
        "ocr_table",
        BREAST + "HER2 FISH: equivocal amplification, ratio 2.1, mean HER2 3.9.\n",
        NOT_POS,
        {},
    ),
    (
        "es-ocr-runon-dudoso-amplificado",
        "spanish",
        MAMA + "HER2 IHQ 2+ Dudoso HISH Amplificado 2,6\n",
        POS,
        {"ish.result": "amplified"},
    ),
]

GI: list[Case] = [
    (
        "gi-gastric-resection-3plus-8pct",
        "gi_organ",
        GASTRIC_RX + "HER2 IHC (4B5): 3+ (strong basolateral membrane staining) in 8% of tumour cells.\n",
        NOT_POS,
        {},
    ),
    (
        "gi-gastric-biopsy-cluster-positive",
        "gi_organ",
        GASTRIC_BX
        + "HER2 IHC (4B5): 3+, strong lateral membrane staining in a cohesive cluster of 8 tumour cells "
        "(about 5% of tumour cells); positive according to gastric biopsy criteria.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-positive-per-gastric-not-breast",
        "gi_organ",
        GASTRIC_BX + "HER2: 3+ (basolateral staining) - POSITIVE per gastric criteria.\n"
        "Note: the incomplete (U-shaped) staining would not meet breast criteria.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-gastric-2plus-per-gastric-1plus-per-breast",
        "gi_organ",
        GASTRIC_RX + "HER2 IHC: 2+ (equivocal) by gastric criteria (moderate basolateral staining in 40%); "
        "by breast criteria this would be scored 1+. HER2 ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "gi-crc-heracles-2plus-30",
        "gi_organ",
        CRC_LIVER + "HER2 IHC: 2+ in 30% of tumour cells (HERACLES criteria: negative).\n",
        NEG,
        {},
    ),
    (
        "gi-crc-2plus-40-negative-per-heracles",
        "gi_organ",
        CRC_LIVER + "HER2 IHC 2+ (40% of cells) - negative per HERACLES.\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "gi-crc-2plus-60-heracles-equivocal",
        "gi_organ",
        CRC_LIVER
        + "HER2 IHC: 2+ in 60% of tumour cells (HERACLES criteria: equivocal); HER2 FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "gi-crc-3plus-20-positive-control",
        "gi_organ",
        CRC_LIVER + "HER2 IHC: 3+ in 20% of tumour cells (positive control stained appropriately).\n",
        NOT_POS,
        {},
    ),
    (
        "gi-gastric-2plus-controls-positive-negative",
        "gi_organ",
        GASTRIC_BX + "HER2 IHC (4B5): 2+ (positive and negative controls performed appropriately).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "gi-crc-3plus-60-positive-then-control",
        "gi_organ",
        CRC_LIVER
        + "HER2 IHC: 3+ in 60% of tumour cells, positive; positive control stained appropriately.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-crc-3plus-60",
        "gi_organ",
        CRC_LIVER + "HER2 IHC: 3+ (intense basolateral staining) in 60% of tumour cells. "
        "HER2-positive according to HERACLES criteria.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-crc-3plus-30-gastric-criteria",
        "gi_organ",
        CRC_LIVER + "HER2 IHC: 3+ in 30% of tumour cells; positive using gastric scoring criteria (>=10%).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-salivary-duct-3plus",
        "gi_organ",
        "Parotid gland, resection: salivary duct carcinoma.\nAndrogen receptor: positive (90%).\n"
        "HER2 IHC: 3+ (strong complete membrane staining in 90%).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-bladder-per-gastric",
        "gi_organ",
        "Bladder, TURBT: invasive urothelial carcinoma.\nHER2 IHC: 3+ in 15% of tumour cells "
        "(HER2-positive by gastric criteria).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-biliary-1plus",
        "gi_organ",
        "Gallbladder, cholecystectomy: adenocarcinoma.\nHER2 IHC: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "gi-endometrial-serous-2plus-ish-amp",
        "gi_organ",
        "Endometrium, hysterectomy: serous carcinoma.\nHER2 IHC: 2+ (equivocal).\n"
        "HER2 FISH: amplified, HER2/CEP17 ratio 2.9.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "gi-gastric-resection-report-quotes-breast-negative",
        "gi_organ",
        GASTRIC_RX + "HER2 (4B5): 2+ by gastric criteria. SISH: HER2/CEP17 ratio 1.4, not amplified.\n"
        "Final HER2 status: negative.\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "gi-oesophagectomy-3plus-5pct",
        "gi_organ",
        "Oesophagus, oesophagectomy: adenocarcinoma of the gastro-oesophageal junction, ypT2.\n"
        "HER2 (4B5): score 3+, strong complete membrane staining in approximately 5% of tumour cells.\n",
        NOT_POS,
        {},
    ),
    (
        "gi-gastric-resection-3plus-40pct",
        "gi_organ",
        GASTRIC_RX + "HER2 IHC (4B5): 3+ (strong lateral membrane staining in 40% of tumour cells).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "gi-gastric-3plus-5pct-lab-final-positive",
        "gi_organ",
        GASTRIC_BX
        + "HER2 IHC (4B5): 3+ in 5% of tumour cells (cluster of 8 cells).\nFinal HER2 status: POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

SPANISH: list[Case] = [
    (
        "es-ngs-hallazgos-amp",
        "spanish",
        COLON_ES + "HALLAZGOS GENÓMICOS\nERBB2 amplificación - 9 copias\nKRAS no mutado\n"
        "VARIANTES DE SIGNIFICADO INCIERTO\nBRCA2 V2466A\n",
        POS,
        {},
    ),
    (
        "es-ngs-vsi-erbb2",
        "spanish",
        COLON_ES + "HALLAZGOS GENÓMICOS\nKRAS G12D\nVARIANTES DE SIGNIFICADO INCIERTO\nERBB2 R678Q\n",
        NF,
        {},
    ),
    (
        "es-ngs-sin-alteraciones-reportables",
        "spanish",
        COLON_ES
        + "RESULTADOS\nKRAS G13D detectada.\nNo se detectan alteraciones reportables en ERBB2, NRAS ni BRAF.\n",
        NEG_NF,
        {},
    ),
    (
        "es-ngs-equivoca-daga",
        "spanish",
        COLON_ES + "HALLAZGOS GENÓMICOS\nERBB2 amplificación - dudosa\u2020\n"
        "\u2020 Número de copias próximo al umbral del ensayo; se recomienda confirmar por IHQ/HIS.\n",
        EQV,
        {},
    ),
    (
        "es-ngs-dudosa-tras-parentesis",
        "spanish",
        COLON_ES
        + "HALLAZGOS GENÓMICOS\nERBB2 amplificación (número de copias 4, próximo al umbral): dudosa\n",
        EQV,
        {},
    ),
    (
        "es-ngs-secuenciacion-no-amplificado",
        "spanish",
        COLON_ES
        + "Secuenciación de nueva generación (panel de 50 genes).\nERBB2: no se detecta amplificación.\n",
        NEG_NF,
        {},
    ),
    (
        "es-ngs-amp-en-vsi",
        "spanish",
        COLON_ES
        + "HALLAZGOS GENÓMICOS\nKRAS G12D\nVARIANTES DE SIGNIFICADO INCIERTO\nERBB2 amplificación (subclonal)\n",
        NOT_POS,
        {},
    ),
    (
        "es-ngs-bajo-nivel",
        "spanish",
        COLON_ES + "HALLAZGOS GENÓMICOS\nERBB2 amplificación de bajo nivel (5 copias)\n",
        EQV,
        {},
    ),
    (
        "es-ngs-genes-analizados-tipos",
        "spanish",
        COLON_ES + "Genes analizados: KRAS (SNV), MET (amplificación), ERBB2 (amplificación), BRAF (SNV)\n"
        "Resultado: KRAS G12D.\n",
        NEG_NF,
        {},
    ),
    (
        "es-multiplataforma-negativo",
        "spanish",
        COLON_ES + "Biomarcador | Método | Resultado | Valor\nHER2/neu | IHQ | Negativo | 1+, 10%\n"
        "ERBB2 | HISC | No amplificado | 1,2\nERBB2 | NGS | Amplificación no detectada\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "es-multiplataforma-2-amplificado",
        "spanish",
        MAMA + "Biomarcador | Método | Resultado | Valor\nHER2/neu | IHQ | Dudoso | 2+, 30%\n"
        "ERBB2 | HISC | Amplificado | 2,7\n",
        POS,
        {"ihc.score": "2+"},
    ),
    (
        "es-ctdna-ya-no-se-detecta",
        "spanish",
        "Biopsia líquida (ADN tumoral circulante). Adenocarcinoma colorrectal.\n"
        "La amplificación de ERBB2 detectada previamente (01/2026) ya no se detecta en la muestra actual.\n",
        NEG_NF,
        {},
    ),
    (
        "es-ctdna-tabla-serial",
        "spanish",
        "Biopsia líquida, seguimiento. Adenocarcinoma colorrectal.\nAlteración | 15/01/2026 | 20/04/2026\n"
        "Amplificación de ERBB2 | Detectada (3,8 copias) | No detectada\n",
        NEG_NF,
        {},
    ),
    (
        "es-germinal-negativo",
        "spanish",
        "Estudio genético germinal (panel de cáncer hereditario, 30 genes, incluye ERBB2):\n"
        "Resultado: NEGATIVO. No se identifican variantes patogénicas ni probablemente patogénicas.\n",
        NF,
        {},
    ),
    (
        "es-germinal-no-estudiado",
        "spanish",
        MAMA + "Estudio germinal: sin variantes patogénicas en BRCA1, BRCA2 y PALB2. ERBB2 no estudiado.\n",
        NF,
        {},
    ),
    (
        "es-ocr-runon-dudoso-no-amp",
        "spanish",
        MAMA + "HER2 IHQ 2+ Dudoso HISH No amplificado 1,4\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "es-ocr-dos-puntos-linea-siguiente",
        "spanish",
        MAMA + "HER2 (4B5)\n: 3+ (positivo)\nTinción de membrana completa e intensa en el 90%.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "es-gastrico-pieza-3-en-8",
        "spanish",
        GASTRICO_PIEZA + "HER2 (IHQ): 3+ (tinción basolateral intensa) en el 8% de las células tumorales.\n",
        NOT_POS,
        {},
    ),
    (
        "es-gastrico-positivo-criterios",
        "spanish",
        "Estómago, biopsia endoscópica: adenocarcinoma.\nHER2: positivo según criterios gástricos "
        "(3+, tinción basolateral en el 40%).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "es-colorrectal-heracles-2-en-30",
        "spanish",
        "Hígado, biopsia: metástasis de adenocarcinoma de origen colorrectal.\n"
        "HER2 (IHQ): 2+ en el 30% de las células tumorales (criterios HERACLES: negativo).\n",
        NEG,
        {},
    ),
    (
        "bil-ihc-slash",
        "spanish",
        MAMA + "HER2 IHC / IHQ: 1+ Negative / Negativo\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "bil-germline-somatic",
        "spanish",
        "Germline / Germinal: Negative / Negativo (BRCA1, BRCA2, ERBB2 no incluido / not included)\n",
        NF,
        {},
    ),
]

CASES: list[Case] = VENDOR + MULTI + CTDNA + GERMLINE + OCR + GI + SPANISH
