"""KRAS/NRAS/BRAF, MSI and MMR fields never read the wrong way (session 10, markers10).

A held-out set read wild-type BRAF/NRAS as mutant and MSS as MSI-H on tissue NGS, ctDNA, GI and
Spanish reports. Family: the ways labs write a negative RAS/BRAF/MSI/MMR result (NGS table columns
"Not detected" / "No alteration" / "Wild type" / "—", prose lists, hotspot names the assay covers,
genes-tested lists, methods text naming what the assay CAN detect, a VUS, Spanish wording, MSI-H
named only in a legend or definition, a high tumour mutational burden). Each case is
(id, fragment, field, expected). Safety first: where a fragment is not clearly mutant / MSI-H the
field must be None or the negative reading, never mutant / MSI-H. A blood (ctDNA) "not detected"
is no wild-type result (facts.md §7, §10): expected None there.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Colon adenocarcinoma, sigmoid, resection; tissue NGS panel.\n"
CTDNA_HEAD = "Liquid biopsy (plasma cell-free DNA, ctDNA) in metastatic colorectal cancer.\n"
WT, MUT = "wild-type", "mutant"

CASES = [
    # NGS tables with a result column
    (
        "table-not-detected",
        "Gene    Result\nKRAS    Not detected\nNRAS    Not detected\nBRAF    Not detected\n",
        "braf",
        WT,
    ),
    (
        "table-no-alteration",
        "Gene     Alteration\nKRAS     No alteration\nNRAS     No alteration\nBRAF     No alteration\n",
        "nras",
        WT,
    ),
    ("table-wild-type", "GENE | RESULT\nKRAS | Wild type\nNRAS | Wild type\nBRAF | Wild type\n", "braf", WT),
    (
        "table-dash",
        "Gene      Variant      VAF\nKRAS      —            —\nNRAS      —            —\nBRAF      —            —\n",
        "braf",
        None,
    ),
    (
        "table-hotspot-label-negative",
        "BRAF V600E           Negative\nKRAS exon 2/3/4      Negative\n",
        "braf",
        WT,
    ),
    ("table-hotspot-label-not-detected", "BRAF (V600E/K)   Not detected\n", "braf", WT),
    (
        "kras-found-braf-table",
        "Gene    Result\nKRAS    p.G12D (c.35G>A) detected, VAF 22%\nNRAS    Not detected\nBRAF    Not detected\n",
        "kras",
        MUT,
    ),
    (
        "kras-found-braf-wt",
        "Gene    Result\nKRAS    p.G12D (c.35G>A) detected, VAF 22%\nNRAS    Not detected\nBRAF    Not detected\n",
        "braf",
        WT,
    ),
    # prose lists
    ("prose-list-no-mutations", "KRAS, NRAS and BRAF: no mutations detected.\n", "braf", WT),
    ("prose-list-nras", "KRAS, NRAS and BRAF: no mutations detected.\n", "nras", WT),
    ("prose-v600e-negative", "BRAF V600E mutation analysis: negative.\n", "braf", WT),
    ("prose-braf-v600e-dots-negative", "BRAF V600E (by PCR) ... negative\n", "braf", WT),
    ("prose-braf-not-detected-vk", "BRAF: not detected (V600E/K)\n", "braf", WT),
    ("prose-no-v600e", "No BRAF V600E mutation was identified.\n", "braf", WT),
    ("prose-ras-wild-type", "RAS (KRAS/NRAS exons 2-4) wild type; BRAF wild type.\n", "nras", WT),
    ("prose-found-v600e", "BRAF p.V600E (c.1799T>A) detected, VAF 18%.\n", "braf", MUT),
    ("prose-found-nras", "NRAS Q61K mutation detected.\n", "nras", MUT),
    # genes-tested lists and methods
    ("genes-tested-only", "Genes assayed: BRAF, KRAS, NRAS, PIK3CA, ERBB2, TP53, APC.\n", "braf", None),
    (
        "methods-can-detect",
        "Methods: the assay detects KRAS G12C, G12D, G12V, G13D, NRAS Q61K and BRAF V600E mutations at 5% allele frequency.\n",
        "braf",
        None,
    ),
    (
        "methods-can-detect-nras",
        "Methods: the assay detects KRAS G12C, G12D, G12V, G13D, NRAS Q61K and BRAF V600E mutations at 5% allele frequency.\n",
        "nras",
        None,
    ),
    (
        "methods-designed-to-detect",
        "This panel is designed to detect BRAF V600E/K/D and KRAS codon 12/13 mutations.\n",
        "braf",
        None,
    ),
    (
        "methods-covered-hotspots",
        "Hotspots covered: BRAF V600, KRAS G12/G13/Q61, NRAS G12/G13/Q61.\n",
        "braf",
        None,
    ),
    ("methods-limit", "Limit of detection for BRAF V600E is 5% mutant allele fraction.\n", "braf", None),
    # VUS
    ("vus-braf", "Variants of uncertain significance:\n  BRAF p.D211G (VAF 48%)\n", "braf", None),
    ("vus-braf-inline", "BRAF p.A762V: variant of uncertain significance.\n", "braf", None),
    ("vus-braf-row", "BRAF    p.R462I    VUS\n", "braf", None),
    ("vus-braf-tier3", "BRAF p.T599I — Tier III (uncertain clinical significance)\n", "braf", None),
    # ctDNA
    ("ctdna-no-somatic", "No somatic alterations detected in KRAS/NRAS/BRAF.\n", "braf", None),
    (
        "ctdna-not-detected-table",
        "Gene   Alteration   cfDNA %\nBRAF   Not detected  —\nNRAS   Not detected  —\n",
        "nras",
        None,
    ),
    # Spanish
    ("es-no-se-detectan", "No se detectan mutaciones en KRAS, NRAS ni BRAF.\n", "braf", WT),
    ("es-no-se-detectan-nras", "No se detectan mutaciones en KRAS, NRAS ni BRAF.\n", "nras", WT),
    ("es-nativo", "BRAF: nativo.\n", "braf", WT),
    ("es-salvaje", "Estado de BRAF: salvaje (no mutado).\n", "braf", WT),
    ("es-tipo-salvaje", "KRAS, NRAS y BRAF: tipo salvaje.\n", "braf", WT),
    ("es-v600e-no-detectada", "Mutación BRAF V600E: no detectada.\n", "braf", WT),
    ("es-mutado", "KRAS: mutado (p.G12V).\n", "kras", MUT),
    # MSI
    ("msi-stable-es", "MSI: estable.\n", "msi", "MSS"),
    ("msi-mss", "Microsatellite status: MSS (stable).\n", "msi", "MSS"),
    (
        "msi-legend",
        "MSI: stable (0/5 markers unstable).\nInterpretation: MSI-H is defined as instability at 2 or more of 5 markers.\n",
        "msi",
        "MSS",
    ),
    (
        "msi-legend-only",
        "Note: MSI-H is defined as instability at >=30% of loci; MSI-L at <30%.\n",
        "msi",
        None,
    ),
    (
        "msi-legend-key",
        "Key: MSI-H = microsatellite instability-high; MSS = microsatellite stable.\nMSI status: MSS.\n",
        "msi",
        "MSS",
    ),
    ("msi-tmb-high", "Tumour mutational burden: high (14 mut/Mb). MSI: stable.\n", "msi", "MSS"),
    ("msi-tmb-high-only", "Tumour mutational burden high (14 mutations/Mb).\n", "msi", None),
    (
        "msi-method-detects",
        "The MSI assay classifies tumours as MSI-High when the score exceeds 20%.\n",
        "msi",
        None,
    ),
    ("msi-high-found", "MSI status: MSI-High (42% unstable loci).\n", "msi", "MSI-H"),
    ("msi-no-evidence", "No evidence of microsatellite instability (MSI-H not detected).\n", "msi", "MSS"),
    ("msi-stable-es-full", "Inestabilidad de microsatélites: estable (MSS).\n", "msi", "MSS"),
    (
        "msi-ims-no",
        "Estado de microsatélites: estable; no se observa inestabilidad (no MSI-H).\n",
        "msi",
        "MSS",
    ),
    # MMR
    ("mmr-intact-list", "MMR proteins intact (MLH1, PMS2, MSH2, MSH6 retained).\n", "mmr", "proficient"),
    (
        "mmr-rows-retained",
        "MLH1: retained\nPMS2: retained\nMSH2: retained\nMSH6: retained\n",
        "mmr",
        "proficient",
    ),
    (
        "mmr-lost",
        "MLH1: loss of nuclear expression\nPMS2: loss of nuclear expression\nMSH2: retained\nMSH6: retained\n",
        "mmr",
        "deficient",
    ),
    (
        "mmr-es",
        "Proteínas reparadoras (MLH1, PMS2, MSH2, MSH6): expresión conservada.\n",
        "mmr",
        "proficient",
    ),
    # a second round: more lab wordings of the same family
    ("status-dash-list", "Mutation status: KRAS - negative; NRAS - negative; BRAF - negative\n", "braf", WT),
    ("leader-normal", "BRAF (exon 15) ........ Normal\n", "braf", WT),
    (
        "not-detected-heading-list",
        "Detected alterations: TP53 R175H.\nNot detected: KRAS, NRAS, BRAF.\n",
        "braf",
        WT,
    ),
    ("slash-list-wt", "KRAS/NRAS/BRAF: WT\n", "braf", WT),
    ("negative-for-v600e-ihc", "BRAF status: Negative for V600E mutation (by IHC, VE1)\n", "braf", WT),
    (
        "v600e-not-detected-non-v600",
        "BRAF: V600E not detected; non-V600 mutations not assessed.\n",
        "braf",
        WT,
    ),
    (
        "control-dna-v600e",
        "Positive control: BRAF V600E detected in control DNA.\nPatient sample: BRAF not detected.\n",
        "braf",
        WT,
    ),
    (
        "control-line-only",
        "Positive control: BRAF V600E (HT-29 cell line) detected as expected.\n",
        "braf",
        None,
    ),
    ("v600e-absent", "BRAF V600E mutation: Absent\n", "braf", WT),
    ("msi-negative-mss", "MSI: Negative (MSS)\n", "msi", "MSS"),
    (
        "msi-h-control",
        "MSI status ........ Stable (MSS); MSI-H control performed as expected\n",
        "msi",
        "MSS",
    ),
    (
        "msi-h-cell-line",
        "Positive control (MSI-H cell line) showed instability as expected. Patient: MSS.\n",
        "msi",
        "MSS",
    ),
    (
        "mmr-internal-control",
        "MLH1, PMS2, MSH2, MSH6: retained nuclear expression (internal positive control present).\n",
        "mmr",
        "proficient",
    ),
    ("mmr-no-loss", "MMR IHC: no loss of expression\n", "mmr", "proficient"),
    ("pathogenic-not-identified", "Pathogenic BRAF mutation not identified.\n", "braf", WT),
    ("hgvs-not-detected-lod", "BRAF c.1799T>A (p.V600E)   Not Detected   LOD 1%\n", "braf", WT),
    ("nras-codons-list", "NRAS codons 12, 13, 59, 61, 117, 146: no mutation detected\n", "nras", WT),
    ("nras-exon3-alternates", "NRAS exon 3 (Q61K/L/R)    Negative\n", "nras", WT),
    ("nras-hotspots-wt", "NRAS (G12/G13/Q61)   wild type\n", "nras", WT),
    (
        "variant-rows-not-detected",
        "Variant           Result\nBRAF V600E        Not detected\nBRAF V600K        Not detected\n",
        "braf",
        WT,
    ),
    (
        "prevalence-note",
        "BRAF: No pathogenic variant detected. Note: BRAF V600E occurs in 8-10% of colorectal cancers.\n",
        "braf",
        WT,
    ),
    (
        "prevalence-msi",
        "MSI-H is found in about 15% of colorectal tumours. MSI status: stable.\n",
        "msi",
        "MSS",
    ),
    (
        "prognosis-sentence",
        "BRAF V600E is associated with poor prognosis in MSS colorectal cancer.\nBRAF: wild type.\n",
        "braf",
        WT,
    ),
    ("msi-h-population", "MSI-H tumours respond to checkpoint inhibitors. This tumour: MSS.\n", "msi", "MSS"),
    ("tmb-high-row", "Tumour mutational burden: TMB-High (12 mut/Mb)\nMSI: MSS\n", "msi", "MSS"),
    (
        "v600e-requested-pending",
        "BRAF V600E mutation analysis was requested. Result pending.\n",
        "braf",
        None,
    ),
    ("v600e-not-performed", "BRAF V600E testing: not performed.\n", "braf", None),
    ("v600e-insufficient", "BRAF V600E: insufficient DNA, no result.\n", "braf", None),
    (
        "msi-h-testing-not-performed",
        "Microsatellite instability (MSI-H) testing: not performed\n",
        "msi",
        None,
    ),
    ("msi-h-testing-requested", "MSI-H testing requested\n", "msi", None),
    ("es-estudio-no-se-detecta", "Estudio de BRAF V600E: no se detecta la mutación.\n", "braf", WT),
    (
        "es-msi-threshold",
        "Resultado: estable (MSS). Interpretación: tumor con inestabilidad alta (MSI-H) si >= 2 marcadores inestables.\n",
        "msi",
        "MSS",
    ),
    ("es-negativo-list", "KRAS (c.34-c.38) negativo; NRAS negativo; BRAF negativo\n", "braf", WT),
    (
        "nm-braf-found-in-tumour",
        "BRAF V600E detected in the tumour (VAF 30%); positive control appropriate.\n",
        "braf",
        MUT,
    ),
    (
        "nm-msi-h-after-control",
        "Controls performed as expected. MSI status: MSI-H (4/5 markers unstable).\n",
        "msi",
        "MSI-H",
    ),
    ("nm-v600e-vaf-of-reads", "BRAF V600E is detected in 12% of reads.\n", "braf", MUT),
    # a third round: abbreviated and empty value cells, therapy rows, thresholds, reference ranges
    ("cell-nd", "BRAF V600E   ND\n", "braf", WT),
    ("cell-neg", "BRAF V600E   Neg\n", "braf", WT),
    ("cell-em-dash", "BRAF V600E   \u2014\n", "braf", None),
    ("cell-hyphen", "BRAF V600E   -\n", "braf", None),
    ("cell-no-after-mutation", "BRAF V600E mutation: NO\n", "braf", WT),
    ("cell-no", "BRAF V600E: No\n", "braf", WT),
    ("cell-undetected", "BRAF V600E  Undetected\n", "braf", WT),
    ("status-normal", "BRAF V600E status: normal\n", "braf", WT),
    ("cdna-zero-vaf", "BRAF p.V600E c.1799T>A   0%   Not detected\n", "braf", WT),
    (
        "pipes-none-detected",
        "Gene | Alteration | VAF | Tier\nBRAF | None detected | \u2014 | \u2014\n",
        "braf",
        WT,
    ),
    (
        "therapy-row-not-indicated",
        "Encorafenib + cetuximab   BRAF V600E   Not indicated (BRAF wild type)\n",
        "braf",
        WT,
    ),
    ("es-no-mutado-bracket", "BRAF: no mutado (V600E)\n", "braf", WT),
    ("es-negativa", "Mutación V600E de BRAF: negativa\n", "braf", WT),
    ("three-letter-negative", "BRAF p.Val600Glu   Negative\n", "braf", WT),
    ("msi-h-neg", "MSI-H: NEG\n", "msi", "MSS"),
    ("msi-h-nd", "MSI-H   ND\n", "msi", "MSS"),
    ("msi-h-dash", "MSI-H   -\n", "msi", None),
    ("msi-h-zero-loci", "MSI-High    0/5 loci\n", "msi", "MSS"),
    ("msi-threshold-bracket", "MSI: Stable (MSI-H threshold: >= 20%)\n", "msi", "MSS"),
    ("msi-reference-range", "MSI status: MSS. Reference range: MSS / MSI-L / MSI-H.\n", "msi", "MSS"),
    ("msi-threshold-sign", "MSI status   MSS   (MSI-H \u2265 30% unstable loci)\n", "msi", "MSS"),
    ("msi-possible-results", "Possible results: MSI-High, MSI-Low, Stable\n", "msi", None),
    ("msi-would-support", "MSI: stable. MSI-H would support Lynch syndrome testing.\n", "msi", "MSS"),
    ("nm-cell-detected", "BRAF p.V600E c.1799T>A   31%   Detected\n", "braf", MUT),
    ("nm-msi-h-loci", "MSI-High    4/5 loci unstable\n", "msi", "MSI-H"),
    ("nm-no-dot-number", "BRAF V600E: detected (see note no. 5)\n", "braf", MUT),
    # a fourth round: negative-findings labels, bracketed panels, IHC for V600E, negated MSI-H / dMMR
    ("relevant-negative-findings", "Relevant negative findings: BRAF V600E, KRAS G12C, MSI-H.\n", "braf", WT),
    (
        "relevant-negative-findings-msi",
        "Relevant negative findings: BRAF V600E, KRAS G12C, MSI-H.\n",
        "msi",
        "MSS",
    ),
    ("es-hallazgos-negativos", "Hallazgos negativos relevantes: BRAF V600E, NRAS, IMS-alta\n", "braf", WT),
    ("es-no-se-detectaron", "No se detectaron: BRAF V600E, NRAS Q61K, MSI-H\n", "braf", WT),
    ("es-no-se-detectaron-msi", "No se detectaron: BRAF V600E, NRAS Q61K, MSI-H\n", "msi", "MSS"),
    (
        "panel-bracket-all-negative",
        "Mutation panel (KRAS G12C/G12D/G12V/G13D, NRAS Q61K/L/R, BRAF V600E): all negative.\n",
        "nras",
        WT,
    ),
    (
        "panel-bracket-all-negative-kras",
        "Mutation panel (KRAS G12C/G12D/G12V/G13D, NRAS Q61K/L/R, BRAF V600E): all negative.\n",
        "kras",
        None,  # every change after "panel (" is one the panel covers: unread, never mutant
    ),
    (
        "most-common-mutation",
        "BRAF V600E is the most common BRAF mutation in CRC.\nBRAF: not detected.\n",
        "braf",
        WT,
    ),
    ("ve1-specific-ihc", "BRAF V600E-specific IHC (VE1) is negative.\n", "braf", WT),
    ("ve1-no-staining", "VE1 (BRAF V600E) immunostain: no staining in tumour cells.\n", "braf", WT),
    ("msi-h-phenotype-not-observed", "The MSI-H phenotype was not observed.\n", "msi", "MSS"),
    ("msi-h-dmmr-no", "MSI-H / dMMR: no\n", "msi", "MSS"),
    ("msi-h-dmmr-status-negative", "MSI-H/dMMR status: negative (pMMR, MSS)\n", "mmr", "proficient"),
    ("dmmr-not-present", "dMMR: not present; pMMR\n", "mmr", "proficient"),
    ("mmr-deficiency-not-identified", "MMR deficiency: not identified\n", "mmr", None),
    ("mmr-deficient-no", "MMR-deficient: No\n", "mmr", None),
    (
        "nm-list-found-then-negative",
        "KRAS G12D detected (VAF 25%), NRAS Q61K and BRAF V600E: not detected.\n",
        "kras",
        MUT,
    ),
    (
        "nm-list-found-then-negative-braf",
        "KRAS G12D detected (VAF 25%), NRAS Q61K and BRAF V600E: not detected.\n",
        "braf",
        WT,
    ),
    ("nm-mmr-lost-rows", "MLH1: lost; PMS2: lost; MSH2: intact; MSH6: intact\n", "mmr", "deficient"),
    ("nm-dmmr-present", "dMMR: present (loss of MLH1/PMS2)\n", "mmr", "deficient"),
    (
        "nm-msi-h-phenotype-observed",
        "The MSI-H phenotype was observed (5/5 markers unstable).\n",
        "msi",
        "MSI-H",
    ),
    # a fifth round: VAF cells, result labels, forms with tick boxes, Spanish "ausencia de"
    ("zero-vaf", "BRAF  V600E  0.00%\n", "braf", WT),
    ("below-cutoff-vaf", "BRAF V600E \u2014 VAF: <0.1% (not detected)\n", "braf", WT),
    ("bracket-list-no-mutation", "BRAF (V600E, V600K, V600D) - no mutation\n", "braf", WT),
    ("result-label-cell", "BRAF V600E   Result: Not detected   Reference: Not detected\n", "braf", WT),
    ("choice-label", "BRAF V600E        Detected / Not detected: Not detected\n", "braf", None),
    ("tick-box-braf", "BRAF V600E:  \u2610 Detected  \u2612 Not detected\n", "braf", None),
    ("tick-box-msi", "MSI   [ ] MSI-H   [X] MSS\n", "msi", "MSS"),
    ("tick-box-msi-unicode", "MSI status:  \u2610 MSI-H  \u2610 MSI-L  \u2612 MSS\n", "msi", "MSS"),
    (
        "no-mutations-in-exons-list",
        "KRAS/NRAS/BRAF: wild-type (no mutations in KRAS exons 2-4, NRAS exons 2-4, BRAF V600E)\n",
        "braf",
        WT,
    ),
    ("es-ausencia-de-mutacion", "BRAF: Ausencia de mutación V600E\n", "braf", WT),
    ("es-ausencia-de-mutaciones-en", "Ausencia de mutaciones en BRAF (V600E)\n", "braf", WT),
    ("nm-vaf-detected", "BRAF  V600E  31.0%\n", "braf", MUT),
    ("nm-tick-box-msi-h", "MSI   [X] MSI-H   [ ] MSS\n", "msi", None),
    ("nm-result-detected", "BRAF V600E   Result: Detected (VAF 22%)\n", "braf", MUT),
    # near-misses: results the new rules must keep
    (
        "nm-msi-bracketed-definition",
        "Result: MSI-H (defined as instability at 2 or more of 5 markers).\n",
        "msi",
        "MSI-H",
    ),
    ("nm-msi-classified", "The tumour is classified as MSI-High (score 38%).\n", "msi", "MSI-H"),
    (
        "nm-msi-after-legend",
        "Key: MSI-H = microsatellite instability-high; MSS = microsatellite stable.\nMSI status: MSI-H.\n",
        "msi",
        "MSI-H",
    ),
    (
        "nm-kras-then-method",
        "KRAS p.G12D (c.35G>A) was detected. The assay detects variants at 5% allele frequency.\n",
        "kras",
        MUT,
    ),
    (
        "nm-braf-found-then-method",
        "BRAF V600E mutation detected (VAF 24%); the assay can detect variants down to 2%.\n",
        "braf",
        MUT,
    ),
    ("nm-braf-pathogenic-tier1", "BRAF p.V600E (c.1799T>A), pathogenic, Tier I.\n", "braf", MUT),
    ("nm-braf-vk-detected", "BRAF (V600E/K)   Detected (V600E)\n", "braf", MUT),
    ("nm-no-kras-exon2", "No KRAS exon 2 mutation was detected.\n", "kras", WT),
    ("nm-es-kras-detectada", "KRAS: mutación p.G12D detectada.\n", "kras", MUT),
    ("nm-es-msi-alta", "Inestabilidad de microsatélites (IMS): alta.\n", "msi", "MSI-H"),
    ("nm-mmr-deficient", "MMR: deficient (loss of MLH1 and PMS2 expression).\n", "mmr", "deficient"),
    (
        "mmr-legend",
        "MMR IHC: intact (proficient).\nNote: loss of MLH1/PMS2 would suggest MMR deficiency.\n",
        "mmr",
        "proficient",
    ),
]


# Safe but not read: left unread (None) or read negative, never mutant / MSI-H.
SAFE_NOT_READ = [
    (
        "genes-tested-list",
        "Genes tested: BRAF, KRAS, NRAS, PIK3CA, ERBB2.\nResult: no pathogenic variants detected.\n",
        "braf",
    ),
    (
        "mutation-detected-column-no",
        "Gene    Mutation detected\nKRAS    No\nNRAS    No\nBRAF    No\n",
        "braf",
    ),
    (
        "none-then-genes-analysed",
        "Mutations detected: none.\nGenes analysed: KRAS, NRAS, BRAF, PIK3CA.\n",
        "braf",
    ),
    ("msi-not-detected", "Microsatellite instability: not detected\n", "msi"),
    ("es-mutacion-ausente", "Mutación en BRAF: ausente\n", "braf"),
    ("es-no-se-observa-inestabilidad", "IMS: no se observa inestabilidad\n", "msi"),
]


@pytest.mark.parametrize(("text", "field"), [c[1:] for c in SAFE_NOT_READ], ids=[c[0] for c in SAFE_NOT_READ])
def test_never_mutant_or_high(text: str, field: str) -> None:
    assert explain_text(HEAD + text).related.get(field) in (None, WT, "MSS")


@pytest.mark.parametrize(("text", "field", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_marker_field(text: str, field: str, want: str | None) -> None:
    head = (
        CTDNA_HEAD
        if "ctdna" in text.lower() or text.startswith(("No somatic", "Gene   Alteration   cfDNA"))
        else HEAD
    )
    assert explain_text(head + text).related.get(field) == want
