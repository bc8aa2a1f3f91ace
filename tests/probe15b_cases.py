"""Lost-result phrase families written blind of the labelled sets (probe15b, session 15).

Short report fragments of a real, current HER2 result written the way a lab would, which the
engine may read as not found (safe but unhelpful): synoptic/CAP checklist lines, table rows whose
value sits a column away, results only in a comment, note or addendum, unusual wordings, and
ctDNA/NGS rows in another column order; each family with near-misses that must keep their reading
(a legend, a key, a history line, a pending test, a gene list, a control, an earlier biopsy).
Each case: (id, family, text, allowed statuses, expected key fields); a key field is a dotted path
into ``ExplainResult.to_dict()``.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS, POS_NF
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
BR3 = "Left breast, mastectomy: invasive ductal carcinoma, 31 mm, grade 3.\n"
LB = "Liquid biopsy (plasma cfDNA, 74 genes) - metastatic breast carcinoma.\n"
TS = "Tumour NGS (DNA, 523 genes), tissue block A3, tumour content 50%.\n"

SYNOPTIC: list[Case] = [
    (
        "syn-erbb2-by-ihc-neg-score",
        "synoptic",
        BR
        + "BREAST BIOMARKER REPORTING TEMPLATE\nEstrogen Receptor (ER): Positive (95%, strong)\nProgesterone Receptor (PgR): Positive (60%)\nHER2 (ERBB2) by immunohistochemistry: Negative (Score 1+)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "syn-plus-results-equivocal",
        "synoptic",
        BR
        + "HER2 BY IMMUNOHISTOCHEMISTRY\n+ Results: Equivocal (Score 2+)\n+ Percentage of cells with uniform intense complete membrane staining: 0%\n+ Antibody: 4B5 (Ventana)\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "syn-test-results-positive-3",
        "synoptic",
        BR3
        + "HER2 (ERBB2) Status\nTest Type: Immunohistochemistry\nResults: Positive (Score 3+)\nPercentage of Cells with Uniform Intense Complete Membrane Staining: 90%\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "syn-dash-result-negative-0",
        "synoptic",
        BR
        + "Ancillary studies\n- HER2 (by IHC):\n  - Result: Negative (Score 0)\n  - Cold ischemia and fixation times meet requirements\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "syn-ish-dual-probe-amplified",
        "synoptic",
        BR3
        + "HER2 BY IN SITU HYBRIDIZATION\n+ Results: Positive (amplified)\n+ Group 1: HER2/CEP17 ratio >=2.0; average HER2 copy number >=4.0 signals/cell\n+ Average number of HER2 signals per cell: 7.4\n+ Average number of CEP17 signals per cell: 2.1\n+ HER2/CEP17 ratio: 3.5\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "syn-final-diagnosis-line",
        "synoptic",
        "FINAL DIAGNOSIS:\nLeft breast, 2 o'clock, ultrasound-guided core biopsy:\n- Invasive ductal carcinoma, Nottingham grade 2.\n- ER positive (90%), PR positive (30%), HER2 negative (1+) by immunohistochemistry.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "syn-nm-options-legend",
        "synoptic",
        BR
        + "HER2 (ERBB2) by immunohistochemistry\n___ Negative (Score 0)\n___ Negative (Score 1+)\n___ Equivocal (Score 2+)\n___ Positive (Score 3+)\n___ Cannot be determined\n",
        NF,
        {},
    ),
    (
        "syn-nm-pending",
        "synoptic",
        BR
        + "HER2 (ERBB2) by immunohistochemistry: Pending; an addendum will follow.\n+ Results: (to follow)\n",
        NF,
        {},
    ),
]

TABLE_GAP: list[Case] = [
    (
        "tab-value-next-line",
        "table_gap",
        BR
        + "IMMUNOHISTOCHEMISTRY\nMarker          Clone        Result\nER              SP1          Positive, 90%\nHER2            4B5\n                             Score 3+ (positive)\n",
        POS_NF,
        {},
    ),
    (
        "tab-dot-leader",
        "table_gap",
        BR
        + "Receptor studies\nER ......................... 95% strong\nPR ......................... 20% moderate\nHER2 ....................... 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "tab-wide-gaps-row",
        "table_gap",
        BR
        + "Test                 Method     Result           Interpretation\nHER2                 IHC        2+               Equivocal\nHER2                 FISH       ratio 1.3        Not amplified\n",
        NEG,
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "tab-under-headers",
        "table_gap",
        BR + "        ER        PR        HER2       Ki-67\n        90%       40%       1+         15%\n",
        NEG_NF,
        {},
    ),
    (
        "tab-two-column-page",
        "table_gap",
        "Patient: DOE, JANE                      Specimen: S26-4411\nDiagnosis: invasive carcinoma, NST       HER2 (IHC, 4B5): 3+, positive\nGrade: 3                                ER: negative (0%)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "tab-nm-scale-header",
        "table_gap",
        BR
        + "HER2 scoring:   0        1+        2+          3+\n                negative negative  equivocal   positive\nHER2 result: pending\n",
        NF,
        {},
    ),
]

ADDENDUM: list[Case] = [
    (
        "add-fish-amplified-ratio",
        "addendum",
        BR
        + "HER2 IHC (4B5): 2+ (equivocal); reflex ISH requested.\nADDENDUM (14/03/2026): HER2 FISH: amplified, ratio 4.1\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "add-ngs-interpretation",
        "addendum",
        "Solid tumour NGS panel (DNA, 500 genes). Tumour content 40%.\nINTERPRETATION: ERBB2 amplification (CN 14) detected. This finding may indicate eligibility for HER2-directed therapy.\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "add-comment-negative-not-amp",
        "addendum",
        BR
        + "COMMENT: The HER2 dual-probe ISH performed on block A2 is not amplified (HER2/CEP17 ratio 1.2; average HER2 copy number 2.3 signals/cell).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "add-bilingual-header",
        "addendum",
        "Résultat / Result: HER2 (IHC) score 0 - négatif / negative\nSein droit / Right breast: carcinome infiltrant / invasive carcinoma\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "add-nm-addendum-will-follow",
        "addendum",
        BR
        + "HER2 IHC (4B5): 2+ (equivocal).\nADDENDUM: HER2 FISH has been requested; an addendum with the amplified/not amplified result will follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

# a HER2 stain described in a sentence, its score in the bracket closing it (lost positives on main:
# the result-line rule read no result line; interpret/result_line.py _described)
DESCRIBED: list[Case] = [
    (
        "ds-note-under-table-3plus",
        "described_stain",
        BR
        + "Marker   Result\nER       Positive (90%)\nPR       Positive (20%)\nHER2     see note\nNote: HER2 immunohistochemistry shows complete, intense membrane staining in 80% of tumour cells (score 3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ds-comment-3plus-positive",
        "described_stain",
        BR
        + "ER: negative (0%)\nPR: negative (0%)\nHER2: see comment\nComment: HER2 (4B5) shows strong complete membrane staining in >90% of invasive tumour cells (3+, positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ds-plain-sentence-3plus",
        "described_stain",
        BR
        + "HER2 (4B5) demonstrates strong complete membrane staining in >90% of invasive tumour cells (3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ds-immunostain-approx",
        "described_stain",
        BR3
        + "The HER2 immunostain shows strong, circumferential membranous staining in approximately 95% of tumour cells (score 3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ds-comment-1plus",
        "described_stain",
        BR
        + "ER: positive (95%)\nPR: positive (30%)\nHER2: see comment\nComment: HER2 (4B5) shows faint incomplete membrane staining in 30% of tumour cells, score 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ds-comment-2plus",
        "described_stain",
        BR
        + "ER: positive (95%)\nHER2: see comment below\nKi-67: 25%\nComment: HER2 immunostain is equivocal (2+); reflex FISH has been ordered.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "ds-nm-note-history-3plus",
        "described_stain",
        BR
        + "ER: positive (95%)\nHER2: see comment\nComment: The previous biopsy (S25-1180) was HER2 3+. HER2 testing on this specimen is pending.\n",
        NF,
        {},
    ),
    (
        "ds-nm-note-criteria",
        "described_stain",
        BR
        + "HER2: see note\nNote: HER2 is scored per ASCO/CAP 2018: 3+ = strong complete staining in >10% of cells (positive).\nHER2 IHC result to follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "ds-nm-positive-control",
        "described_stain",
        BR
        + "Positive control: HER2 shows strong complete membrane staining (3+).\nHER2 (4B5), tumour: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ds-nm-dcis-component",
        "described_stain",
        BR
        + "HER2 (4B5) shows strong complete membrane staining in the DCIS component (3+); the invasive carcinoma is 1+.\n",
        NOT_POS,
        {},
    ),
    (
        "ds-nm-earlier-biopsy-after",
        "described_stain",
        BR
        + "HER2 immunostain shows strong complete membrane staining in 90% of tumour cells (score 3+) on the 2019 biopsy; repeat testing on this specimen is pending.\n",
        NF,
        {},
    ),
    (
        "ds-nm-key",
        "described_stain",
        BR
        + "Key: HER2 shows strong complete membrane staining in >10% of tumour cells (score 3+) = positive.\nHER2 result: to follow.\n",
        NF,
        {},
    ),
    (
        "ds-nm-3plus-intensity-small-share",
        "described_stain",
        BR
        + "HER2 shows strong complete membrane staining in 5% of tumour cells (3+ intensity) and weak incomplete staining in 40% (score 1+).\n",
        NOT_POS,
        {},
    ),
    (
        "ds-nm-history",
        "described_stain",
        BR
        + "Clinical history: HER2 shows strong complete membrane staining (3+) on the outside biopsy. HER2 on this specimen: pending.\n",
        NF,
        {},
    ),
    (
        "ds-nm-conditional",
        "described_stain",
        BR
        + "If HER2 shows strong complete membrane staining in >10% of tumour cells (3+), trastuzumab is indicated. HER2 IHC is pending.\n",
        NF,
        {},
    ),
    (
        "ds-nm-control-section",
        "described_stain",
        BR
        + "HER2 shows strong complete membrane staining in >10% of tumour cells (3+) in the control section; the tumour shows no staining (0).\n",
        NOT_POS,
        {},
    ),
]

WORDING: list[Case] = [
    ("w-overexpressed-score-3", "wording", BR + "HER2 is overexpressed (score 3).\n", POS, {}),
    (
        "w-strong-complete-3plus",
        "wording",
        BR + "HER2 protein expression: strong, complete (3+) in 70% of invasive tumour cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "w-cerbb2-negative",
        "wording",
        BR + "c-erbB-2 oncoprotein: negative (score 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "w-neu-oncoprotein",
        "wording",
        BR + "HER2/neu oncoprotein immunostain: 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "w-score-2-of-3",
        "wording",
        BR + "HER2: score 2 of 3 (equivocal); FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    ("w-her2neu-3-plus", "wording", BR + "HER-2 neu: 3 plus (positive).\n", POS, {"ihc.score": "3+"}),
    (
        "w-tres-cruces",
        "wording",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2: positivo (tres cruces).\n",
        POS,
        {},
    ),
    (
        "w-no-amplificado",
        "wording",
        "Mama izquierda, biopsia: carcinoma ductal infiltrante.\nHER2 (SISH): no amplificado (cociente HER2/CEP17 1,3).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "w-cnv-gain-6-copies",
        "wording",
        "Tumour NGS (DNA): ERBB2 CNV gain (6 copies) - amplification.\n",
        POS_NF,
        {},
    ),
    (
        "w-membrane-immunoreactivity",
        "wording",
        BR + "HER2: negative; weak incomplete membrane immunoreactivity in 15% of cells (score 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "w-no-overexpression-0",
        "wording",
        BR + "No HER2 protein overexpression (score 0).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "w-ratio-only",
        "wording",
        BR
        + "HER2 gene status (dual ISH): HER2:CEP17 = 1.1; HER2 2.0 copies/cell. Interpretation: no amplification.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "w-cish-amp",
        "wording",
        BR + "HER2 CISH: gene amplification present (clusters).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "w-pt-tres-cruzes",
        "wording",
        "Mama direita, biópsia: carcinoma invasivo.\nHER2: positivo (3 cruzes).\n",
        POS,
        {},
    ),
    (
        "w-fr-score",
        "wording",
        "Sein gauche, biopsie: carcinome infiltrant de type non spécifique.\nHER2 : score 2+ (équivoque), FISH demandée.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "w-de-score",
        "wording",
        "Mamma rechts, Stanzbiopsie: invasives Karzinom NST.\nHER2-Score: 0 (negativ).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "w-it-score",
        "wording",
        "Mammella destra, agobiopsia: carcinoma invasivo NST.\nHER2: score 3+ (positivo).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "w-2plus-fish-neg-final",
        "wording",
        BR + "HER2 by IHC 2+; by FISH non-amplified (ratio 1.4). Final HER2 status: negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "w-plus-plus-plus",
        "wording",
        BR + "HER2: +++ (strong complete membranous staining, >10% of cells).\n",
        POS,
        {},
    ),
    (
        "w-nm-plus-legend",
        "wording",
        BR + "Key: + weak, ++ moderate, +++ strong.\nHER2: result to follow.\n",
        NF,
        {},
    ),
    (
        "w-nm-overexpression-if",
        "wording",
        BR
        + "HER2 overexpression (score 3+) would indicate eligibility for trastuzumab. HER2 testing is in progress.\n",
        NF,
        {},
    ),
    (
        "w-nm-cerbb2-history",
        "wording",
        "Clinical history: c-erbB-2 3+ carcinoma of the left breast 2018. Now right axillary node FNA.\nCytology: metastatic carcinoma. Receptors not tested on this sample.\n",
        NF,
        {},
    ),
]

# HER2-ultralow written with its score in words: "0 with faint staining" (ihc.toml ihc-score)
ULTRALOW: list[Case] = [
    (
        "ul-status-ultralow-0-faint",
        "ultralow",
        BR + "HER2 status: ultralow (0 with faint staining in <=10% of tumour cells).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ul-her2-ultralow-ihc0",
        "ultralow",
        BR + "HER2: HER2-ultralow (IHC 0 with faint, incomplete membrane staining in 5% of cells).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ul-0-with-membrane-staining",
        "ultralow",
        BR + "HER2 (4B5): 0 with membrane staining (ultralow), faint in 8% of tumour cells.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ul-0-with-weak-incomplete",
        "ultralow",
        BR
        + "HER2 immunohistochemistry: 0 with weak, incomplete membrane staining in <10% of invasive cells (HER2-ultralow).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    ("ul-her2-low-1plus", "ultralow", BR + "HER2 status: HER2-low (IHC 1+).\n", NEG, {"ihc.score": "1+"}),
    ("ul-0-null", "ultralow", BR + "HER2 status: HER2-null (IHC 0, no staining).\n", NEG, {"ihc.score": "0"}),
    (
        "ul-nm-definition",
        "ultralow",
        BR
        + "HER2-ultralow is defined as IHC 0 with faint staining in <=10% of cells; patients may be eligible for T-DXd.\nHER2 IHC: pending.\n",
        NF,
        {},
    ),
    (
        "ul-nm-key-line",
        "ultralow",
        BR
        + "Key: 0 with faint staining in <=10% of cells = ultralow; 1+ = low.\nHER2 (4B5): result to follow.\n",
        NF,
        {},
    ),
]

# ctDNA / NGS rows with a variant-class cell ("CNA", "CNV") before or after the gene (ngs.toml
# row-label, numeric-cells-gap)
NGS_ROWS: list[Case] = [
    (
        "ngs-amp-plasma-cn",
        "ngs_rows",
        LB + "Genomic alterations detected:\nERBB2 amp (plasma copy number 3.1)\nPIK3CA H1047R (VAF 4.2%)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-amp-dash-detected",
        "ngs_rows",
        LB + "Copy number alterations\nERBB2 Amplification - detected\nCCNE1 Amplification - not detected\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-cna-type-gene-detail",
        "ngs_rows",
        LB
        + "Alteration type     Gene      Detail              cfDNA %\nSNV                 TP53      R248Q               6.1%\nCNA                 ERBB2     Amplification       --\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-cnv-type-first",
        "ngs_rows",
        LB
        + "Type     Gene      Alteration\nSNV      PIK3CA    E545K (VAF 3.3%)\nCNV      ERBB2     Amplification\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-copy-number-row",
        "ngs_rows",
        TS
        + "Type           Gene     Alteration        Copy number\nCopy number    ERBB2    Amplified         18\nShort variant  PIK3CA   E545K             VAF 22%\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-bars-class-between",
        "ngs_rows",
        TS
        + "| Gene | Variant type | Result | Copies |\n| TP53 | SNV | p.R175H | - |\n| ERBB2 | CNV | Amplification | 9.6 |\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-gain-col",
        "ngs_rows",
        TS
        + "Copy number variants\nGene      Chromosome     Copy number     Call\nERBB2     17q12          12.4            Gain (amplification)\nCCND1     11q13          2.1             Neutral\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ngs-not-detected-cn2",
        "ngs_rows",
        "Tumour NGS (tissue, 324 genes). Tumour content 60%.\nERBB2: no amplification detected (copy number 2).\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-bars-class-not-amplified",
        "ngs_rows",
        TS + "| Gene | Type | Result |\n| ERBB2 | CNV | Not amplified (2.1 copies) |\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "ngs-nm-cna-not-detected",
        "ngs_rows",
        LB
        + "Type     Gene      Result\nCNA      ERBB2     Amplification not detected\nCNA      MET       Amplification not detected\n",
        NF,
        {},
    ),
    (
        "ngs-nm-classes-reported",
        "ngs_rows",
        TS
        + "Alteration classes reported: SNV, indel, CNV\nCNV      ERBB2, MET, EGFR amplification (reportable range)\nNo alterations detected.\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-nm-genes-tested-cna",
        "ngs_rows",
        LB + "Genes tested for CNA    ERBB2     Amplification\nResult: pending\n",
        NF,
        {},
    ),
    (
        "ngs-nm-vus-heading",
        "ngs_rows",
        TS
        + "Variants of uncertain significance\nCNV      ERBB2     Amplification (subclonal, uncertain significance)\n",
        NF,
        {},
    ),
    (
        "ngs-nm-gene-list",
        "ngs_rows",
        LB
        + "Genes analysed for copy number: ERBB2, MET, EGFR, CCNE1, CDK4, MYC.\nNo reportable alterations detected in PIK3CA.\nResults for copy number are reported separately.\n",
        NF,
        {},
    ),
    (
        "ngs-nm-vus-snv",
        "ngs_rows",
        LB + "Variants of unknown significance: ERBB2 c.2264C>T (VAF 0.4%)\n",
        NF,
        {},
    ),
    (
        "ngs-nm-panel-genes-table",
        "ngs_rows",
        TS
        + "Genes tested for copy number alterations\nGene      Chromosome\nERBB2     17q12\nMET       7q31\nCNA: none detected\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-nm-neutral",
        "ngs_rows",
        TS
        + "Copy number variants\nGene      Chromosome     Copy number     Call\nERBB2     17q12          2.0             Neutral\n",
        NEG_NF,
        {},
    ),
]

IT = "Mammella sinistra, agobiopsia: carcinoma invasivo NST.\n"
PT = "Mama direita, biópsia: carcinoma invasivo.\n"
FR = "Sein gauche, biopsie: carcinome infiltrant.\n"

# batch 2: ISH amplification words in Portuguese, Italian and French (ish.toml amp-word,
# amp-neg-before: "não amplificado" read AMPLIFIED on main, caught only by the result-line rule)
ROMANCE_AMP: list[Case] = [
    (
        "ra-pt-nao-amplificado",
        "romance_amp",
        PT + "HER2: escore 2+; SISH: não amplificado (razão 1,2).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-pt-ausencia",
        "romance_amp",
        PT + "HER2: escore 2+; SISH: ausência de amplificação do gene HER2 (razão 1,1).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-pt-amplificado",
        "romance_amp",
        PT + "HER2: escore 2+; SISH: amplificado (razão 3,1).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "ra-it-non-amplificato",
        "romance_amp",
        IT + "HER2: score 2+; FISH: non amplificato (rapporto 1,2).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-it-assenza",
        "romance_amp",
        IT + "HER2: score 2+; FISH: assenza di amplificazione (rapporto 1,2).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-it-amplificato",
        "romance_amp",
        IT + "HER2: score 2+; FISH: amplificato (rapporto HER2/CEP17 4,0).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "ra-fr-non-amplifie",
        "romance_amp",
        FR + "HER2 : score 2+ ; FISH : gène HER2 non amplifié (ratio 1,3).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-fr-amplifie",
        "romance_amp",
        FR + "HER2 : score 2+ ; FISH : gène HER2 amplifié (ratio 3,6).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "ra-fr-pas-d-amplification",
        "romance_amp",
        FR + "HER2 : score 2+ ; FISH : pas d'amplification du gène HER2 (ratio 1,3).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ra-nm-pt-se-amplificado",
        "romance_amp",
        PT + "HER2: escore 2+; SISH em andamento; se amplificado, indicado trastuzumabe.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "ra-nm-it-se-amplificato",
        "romance_amp",
        IT + "HER2: score 2+; FISH in corso (se amplificato, candidata a trastuzumab).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

# batch 2: a kind-of-amplification word between the gene and the word ("ERBB2 focal
# amplification (CN=8)"; ngs.toml amp-qualifier-gap), the HercepTest kit as a result's label
# (result_line.toml result-line-label-word), other lost results left as they are
BATCH2: list[Case] = [
    (
        "b2-ngs-focal-cn",
        "ngs_kind",
        TS + "ERBB2 focal amplification (CN=8) detected.\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-gene-amp-cn",
        "ngs_kind",
        TS + "ERBB2 gene amplification (copy number 24)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-copy-number-amp",
        "ngs_kind",
        TS + "Genomic findings:\nERBB2 copy number amplification (CN 11)\nTP53 R273H (VAF 41%)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-high-level",
        "ngs_kind",
        TS + "Genomic findings\nHigh-level ERBB2 amplification (CN 31)\nCDK12 amplification (CN 18)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-identified",
        "ngs_kind",
        TS + "Amplification of ERBB2 was identified (estimated copy number 22).\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-her2-paren",
        "ngs_kind",
        TS + "ERBB2 (HER2) amplification was detected, estimated copy number 14.\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ngs-nm-gene-amp-not-detected",
        "ngs_kind",
        TS + "ERBB2 gene amplification was not detected.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-ngs-nm-testing-recommended",
        "ngs_kind",
        TS + "No alterations detected. ERBB2 gene amplification testing by FISH is recommended.\n",
        NF,
        {},
    ),
    (
        "b2-ngs-nm-genes-tested",
        "ngs_kind",
        TS
        + "Genes tested: ERBB2 gene amplification, MET gene amplification.\nResult: no reportable alterations.\n",
        NF,
        {},
    ),
    (
        "b2-ngs-nm-focal-not-detected",
        "ngs_kind",
        TS + "ERBB2 focal amplification: not detected\n",
        NEG_NF,
        {},
    ),
    (
        "b2-ngs-nm-threshold",
        "ngs_kind",
        TS
        + "ERBB2 gene amplification (>=6 copies) is reported as amplified.\nNo reportable alterations detected.\n",
        NF,
        {},
    ),
    (
        "b2-ngs-nm-history",
        "ngs_kind",
        TS
        + "Clinical history: known ERBB2 gene amplification (2022).\nNo reportable alterations detected.\n",
        NOT_POS,
        {},
    ),
    ("b2-ngs-nm-blood-not-detected", "ngs_kind", LB + "ERBB2 gene amplification - not detected\n", NF, {}),
    (
        "b2-ngs-nm-known-indication",
        "ngs_kind",
        TS
        + "Clinical indication: known ERBB2-amplified gastric cancer (2022), progression on trastuzumab.\nNo reportable alterations detected.\n",
        NOT_POS,
        {},
    ),
    (
        "b2-ngs-amplifications-label-list",
        "ngs_kind",
        TS + "Amplifications: ERBB2 (2.4), CCND1 (2.1)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    ("b2-herceptest-label", "herceptest", BR + "HercepTest: 3+ (positive).\n", POS, {"ihc.score": "3+"}),
    ("b2-herceptest-dako", "herceptest", BR + "HercepTest (Dako): 3+\n", POS, {"ihc.score": "3+"}),
    ("b2-her2-herceptest-bracket", "herceptest", BR + "HER2 (HercepTest): 3+\n", POS, {"ihc.score": "3+"}),
    (
        "b2-nm-herceptest-control",
        "herceptest",
        BR + "HercepTest control slide: 3+ (adequate).\nHER2 (HercepTest), tumour: 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    ("b2-ihc-0-of-3", "slash_three", BR + "HER2 IHC 0/3.\n", NEG, {"ihc.score": "0"}),
    ("b2-ihc-1-of-3", "slash_three", BR + "HER2 1/3 (negative).\n", NEG, {"ihc.score": "1+"}),
    ("b2-ihc-3-of-3", "slash_three", BR + "HER2 protein: 3/3 (positive).\n", POS, {}),
    (
        "b2-nm-nodes-0-of-3",
        "slash_three",
        BR + "Sentinel lymph nodes: 0/3 involved.\nHER2 IHC: pending.\n",
        NF,
        {},
    ),
    ("b2-score-colon-3", "wording", BR + "HER2 score: 3 (positive).\n", POS, {"ihc.score": "3+"}),
    ("b2-ihc-score-of-1", "wording", BR + "HER2 is negative (IHC score of 1).\n", NEG, {"ihc.score": "1+"}),
    (
        "b2-weakly-positive-low",
        "wording",
        BR + "HER2: 1+ (weakly positive - HER2-low).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    ("b2-3plus-of-3plus", "wording", BR + "HER2 (IHC): Positive 3+/3+.\n", POS, {"ihc.score": "3+"}),
    (
        "b2-sobreexpresion",
        "wording",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2: sobreexpresión (3+).\n",
        POS,
        {},
    ),
    (
        "b2-de-positiv",
        "wording",
        "Mamma links, Stanzbiopsie: invasives Karzinom NST.\nHER2/neu-Status: positiv (Score 3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b2-supp-sish",
        "addendum",
        BR
        + "HER2 IHC: 2+ (equivocal).\nSUPPLEMENTARY REPORT\nHER2 SISH: ratio 2.8, mean HER2 5.6 signals/cell - amplified.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "b2-amended-final",
        "addendum",
        BR + "Amended report (reason: HER2 result added)\nHER2 (4B5): 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b2-ctdna-amp-detected-copies",
        "ngs_rows",
        LB + "ERBB2    Amplification    Detected    2.9 copies\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b2-ctdna-cna-amplified-pcn",
        "ngs_rows",
        LB + "ERBB2 CNA: amplified (plasma copy number 2.6)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

# batch 3: an amplification row whose value is pending read POSITIVE on main ("ERBB2
# amplification: pending", "| ERBB2 | Amplification | Pending |"; ish.toml amp-hedge-after), with
# the lost results of vendor tables, multi-line blocks and final-diagnosis brackets
BATCH3: list[Case] = [
    (
        "b3-nm-amp-row-pending-bars",
        "amp_pending",
        TS + "| Gene | Alteration | Status |\n| ERBB2 | Amplification | Pending |\n",
        NF,
        {},
    ),
    ("b3-nm-amp-row-pending-gaps", "amp_pending", TS + "ERBB2    Amplification    Pending\n", NF, {}),
    ("b3-nm-amp-colon-pending", "amp_pending", TS + "ERBB2 amplification: pending\n", NF, {}),
    ("b3-nm-gene-amp-colon-pending", "amp_pending", TS + "ERBB2 gene amplification: pending\n", NF, {}),
    (
        "b3-nm-copy-number-amp-pending",
        "amp_pending",
        TS + "| Gene | Alteration | Status |\n| ERBB2 | Copy number amplification | Pending |\n",
        NF,
        {},
    ),
    ("b3-nm-cnv-amp-pending", "amp_pending", TS + "| ERBB2 | CNV | Amplification | Pending |\n", NF, {}),
    ("b3-nm-amp-to-follow", "amp_pending", TS + "ERBB2 amplification (result to follow)\n", NF, {}),
    (
        "b3-nm-cna-not-assessed",
        "amp_pending",
        LB + "CNA      ERBB2     Amplification     Not assessed\n",
        NF,
        {},
    ),
    (
        "b3-amp-detected-fish-pending",
        "amp_pending",
        TS + "ERBB2 amplification detected (CN 14); confirmatory FISH pending.\n",
        POS,
        {},
    ),
    (
        "b3-bars-copy-number-amp-detected",
        "ngs_kind",
        TS
        + "| Gene | Alteration | Copy Number | Status |\n| ERBB2 | Copy Number Amplification | 12.3 | Detected |\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b3-bars-copy-number-amp-not-detected",
        "ngs_kind",
        TS
        + "| Gene | Alteration | Copy Number | Status |\n| ERBB2 | Copy Number Amplification | 2.0 | Not detected |\n",
        NEG_NF,
        {},
    ),
    (
        "b3-nm-blood-gene-amp-not-detected",
        "ngs_kind",
        LB
        + "| Gene | Alteration tested | Result |\n| ERBB2 | Gene amplification | Not detected |\n| MET | Gene amplification | Not detected |\n",
        NF,
        {},
    ),
    (
        "b3-fd-paren-markers",
        "final_dx",
        "DIAGNOSIS: Right breast, core biopsy: invasive ductal carcinoma, grade 3 (ER+, PR-, HER2 3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-fd-paren-markers-neg",
        "final_dx",
        "DIAGNOSIS: Left breast, excision: invasive lobular carcinoma, grade 2 (ER 95%, PR 40%, HER2 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-ml-score-interp",
        "multiline",
        BR + "HER2 (4B5):\n  Score: 3+\n  Interpretation: Positive\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-ml-intensity-block",
        "multiline",
        BR
        + "HER2/neu immunohistochemistry\n   Intensity: strong\n   Completeness: complete\n   Percentage: 85%\n   Score: 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-ml-result-below",
        "multiline",
        BR + "HER2 IHC result\n2+ (equivocal) - reflex FISH ordered\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "b3-ml-dashed-table",
        "multiline",
        BR
        + "Biomarker          Result\n---------          ------\nHER2 IHC           3+ Positive\nER                 0% Negative\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-ga-hofmann",
        "gastric",
        "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\nHER2 (gastric scoring, Hofmann): 3+ (cluster of >5 cells with strong complete or basolateral staining).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-ga-basolateral",
        "gastric",
        "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\nHER2 immunostain: strong basolateral membranous reactivity in a cohesive cluster of tumour cells (score 3+, positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-vendor-caris-row",
        "vendor",
        "Molecular profile, gastric adenocarcinoma.\nBiomarker    Method    Analyte    Result\nHer2/Neu     IHC       Protein    Positive | 3+, 100%\nERBB2        CNA-Seq   DNA        Amplified\n",
        POS,
        {},
    ),
    (
        "b3-vendor-amp-by-cna-seq",
        "vendor",
        TS + "ERBB2 (HER2): Amplified by CNA-Seq (copy number 9)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "b3-vendor-f1-equivocal",
        "vendor",
        TS + "GENOMIC FINDINGS\nERBB2 amplification - equivocal\n",
        EQV_NF,
        {},
    ),
    (
        "b3-status-slashes",
        "status_words",
        BR + "ER/PR/HER2: positive/positive/negative (HER2 IHC 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-status-signs",
        "status_words",
        BR + "Receptor status: ER+ / PR+ / HER2- (IHC 0).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "b3-nm-subtype-history",
        "status_words",
        "History: HER2-enriched breast cancer 2017 treated with trastuzumab.\nCurrent specimen: benign breast tissue, no carcinoma.\n",
        NF,
        {},
    ),
]

# batch 4: the probe14 lost results (tests/probe14_cases.py num-a0485-polyclonal, n3-run-id-3plus,
# g2-gain-below-threshold) as families with their near-misses
NGS_T = "Tumour NGS panel (DNA), breast carcinoma.\n"
BATCH4: list[Case] = [
    (
        "b4-bracket-three-items-0",
        "bracket_items",
        BR + "HER2 (4B5, Ventana, 1:50): 0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "b4-bracket-sp3-prediluted-0",
        "bracket_items",
        BR + "HER2 (SP3, rabbit monoclonal, prediluted): 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "b4-cerbb2-a0485-0",
        "bracket_items",
        BR + "c-erbB-2 (Dako A0485, polyclonal, 1:300): 0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "b4-nm-bracket-cores-available",
        "bracket_items",
        BR + "HER2 (block A2, 3 cores, re-cut): 0 cores available\n",
        NF,
        {},
    ),
    (
        "b4-run-id-then-1plus",
        "run_id",
        BR + "HER2 IHC run ID 3+-26-0912 (BenchMark ULTRA): 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    ("b4-nm-lot-id-pending", "run_id", BR + "HER2 lot 3+-118 (expiry 2027): result to follow.\n", NF, {}),
    ("b4-nm-range-2-3", "run_id", BR + "HER2: 2+-3+ (heterogeneous)\n", EQV, {}),
    (
        "b4-gain-below-threshold",
        "gain_below",
        NGS_T + "ERBB2 copy number gain (estimated CN 4), below the threshold for amplification.\n",
        NEG_NF,
        {},
    ),
    (
        "b4-gain-below-reporting",
        "gain_below",
        NGS_T + "ERBB2: gain (5 copies), below the reporting threshold for amplification (6 copies).\n",
        NEG_NF,
        {},
    ),
    (
        "b4-gain-does-not-meet-semicolon",
        "gain_below",
        NGS_T
        + "ERBB2 copy number gain (CN 4.5); does not meet the laboratory's criteria for amplification.\n",
        NOT_POS,
        {},
    ),
    (
        "b4-nm-key-sentence-after",
        "gain_below",
        NGS_T
        + "ERBB2 copy number gain (CN 9). Gains below the threshold for amplification are reported as gains.\n",
        POS,
        {},
    ),
    (
        "b4-nm-other-gene-below",
        "gain_below",
        NGS_T
        + "ERBB2 copy number gain (CN 9)\nMYC copy number gain (CN 4), below the threshold for amplification.\n",
        POS,
        {},
    ),
    (
        "b4-nm-not-below",
        "gain_below",
        NGS_T + "ERBB2 copy number gain (CN 9), not below the threshold for amplification.\n",
        POS,
        {},
    ),
    (
        "b4-nm-above",
        "gain_below",
        NGS_T + "ERBB2 amplification (CN 14), above the threshold for amplification.\n",
        POS,
        {},
    ),
]

# batch 5: a score out of 3 after the HER2 name, and this tumour's result stated in a sentence the
# result-line rule took for prose (result_line.toml result-line-statement, result-line-marker-list)
BATCH5: list[Case] = [
    (
        "b5-slash-protein-3-of-3",
        "slash_three",
        BR + "HER2 protein: 3/3 (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b5-slash-score-2-of-3",
        "slash_three",
        BR + "HER2 score: 2/3 (equivocal); ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "b5-nm-slash-cores",
        "slash_three",
        BR + "HER2 positive in 1/3 cores on the outside biopsy; HER2 on this specimen: pending.\n",
        NF,
        {},
    ),
    ("b5-nm-slash-blocks", "slash_three", BR + "HER2: 1/3 blocks tested; result to follow.\n", NF, {}),
    ("b5-nm-er-3-of-3", "slash_three", BR + "ER: 3/3 (strong); HER2: pending.\n", NF, {}),
    (
        "b5-st-summary-markers",
        "statement",
        BR + "In summary, this tumour is ER positive, PR negative and HER2 positive (3+).\n",
        POS,
        {},
    ),
    (
        "b5-st-markers-two",
        "statement",
        BR + "The carcinoma is ER negative and HER2 positive (IHC 3+).\n",
        POS,
        {},
    ),
    ("b5-st-markers-signs", "statement", BR + "The tumour is ER+, PR+ and HER2 3+.\n", POS, {}),
    (
        "b5-st-markers-neg",
        "statement",
        BR + "The tumour is ER positive, PR positive and HER2 negative (1+).\n",
        NEG,
        {},
    ),
    ("b5-st-performed-and-is", "statement", BR + "HER2 IHC was performed and is positive (3+).\n", POS, {}),
    (
        "b5-st-performed-on-this-and-is",
        "statement",
        BR + "HER2 immunohistochemistry was performed on this specimen and is positive (score 3+).\n",
        POS,
        {},
    ),
    (
        "b5-st-shows-score-of",
        "statement",
        BR + "Immunohistochemistry for HER2 shows a score of 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    ("b5-st-stain-for-her2-is", "statement", BR + "Immunostaining for HER2 is positive (3+).\n", POS, {}),
    (
        "b5-st-ihc-for-her2-neg",
        "statement",
        BR + "Immunohistochemistry for HER2 shows a score of 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b5-st-tumor-demonstrates-overexpression",
        "statement",
        BR + "The tumor demonstrates HER2 overexpression (3+) by immunohistochemistry.\n",
        POS,
        {},
    ),
    (
        "b5-st-tumour-cells-show-overexpression",
        "statement",
        BR + "Tumour cells show HER2 protein overexpression (score 3+).\n",
        POS,
        {},
    ),
    (
        "b5-st-testing-ihc-0",
        "statement",
        BR + "HER2 testing: IHC score 0; ISH not indicated.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "b5-st-interpreted-as",
        "statement",
        BR + "The HER2 immunostain was interpreted as negative (1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b5-nm-performed-earlier",
        "statement",
        BR
        + "HER2 IHC was performed on the 2019 biopsy and was positive (3+). HER2 on this specimen: pending.\n",
        NF,
        {},
    ),
    (
        "b5-nm-history-markers",
        "statement",
        BR
        + "Clinical history: the previous tumour was ER positive, PR negative and HER2 positive (3+). HER2 on this specimen: pending.\n",
        NF,
        {},
    ),
    (
        "b5-nm-criteria-shows",
        "statement",
        BR
        + "Immunohistochemistry for HER2 shows a score of 3+ when >10% of cells have strong complete staining. HER2 result: to follow.\n",
        NF,
        {},
    ),
    (
        "b5-nm-control-overexpression",
        "statement",
        BR + "The control tissue demonstrates HER2 overexpression (3+). HER2 on the tumour: pending.\n",
        NF,
        {},
    ),
    (
        "b5-nm-would-be",
        "statement",
        BR
        + "If the tumour is ER negative and HER2 positive (3+), trastuzumab would be indicated. HER2 testing is pending.\n",
        NF,
        {},
    ),
    (
        "b5-nm-dcis-overexpression",
        "statement",
        BR + "The DCIS demonstrates HER2 overexpression (3+); the invasive tumour is HER2 1+.\n",
        NOT_POS,
        {},
    ),
    (
        "b5-nm-other-lesion",
        "statement",
        BR + "The left breast tumour (2019) was ER positive and HER2 positive (3+). Current HER2: pending.\n",
        NF,
        {},
    ),
    (
        "b5-nm-external-control-shows",
        "statement",
        BR
        + "The external control shows strong complete membranous HER2 staining (3+). HER2 on the tumour: pending.\n",
        NF,
        {},
    ),
]

# batch 6: IHC 0 spelled after the HER2 name's colon (ihc.toml ihc-score spelled), with the words
# a "zero" may start that are no score
BATCH6: list[Case] = [
    ("b6-zero-colon", "zero_word", BR + "HER2: zero (no staining).\n", NEG, {"ihc.score": "0"}),
    ("b6-zero-ihc-colon-dash", "zero_word", BR + "HER2 IHC: zero - negative.\n", NEG, {"ihc.score": "0"}),
    ("b6-score-zero", "zero_word", BR + "HER2 score: zero.\n", NEG, {"ihc.score": "0"}),
    ("b6-nm-zero-of-cores", "zero_word", BR + "HER2: zero of 3 cores evaluable; repeat requested.\n", NF, {}),
    (
        "b6-nm-zero-tolerance",
        "zero_word",
        BR + "HER2: zero tolerance for cold ischaemia over 1 hour; HER2 pending.\n",
        NF,
        {},
    ),
    ("b6-nm-er-pr-zero", "zero_word", BR + "ER: zero; PR: zero; HER2: pending.\n", NF, {}),
]

CASES: list[Case] = (
    SYNOPTIC
    + TABLE_GAP
    + ADDENDUM
    + DESCRIBED
    + WORDING
    + ULTRALOW
    + NGS_ROWS
    + ROMANCE_AMP
    + BATCH2
    + BATCH3
    + BATCH4
    + BATCH5
    + BATCH6
)
