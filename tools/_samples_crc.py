"""Colorectal samples (the seed audience). All text written for this project; patients are fictional."""

from __future__ import annotations

import random

from _builders import ctdna_report, fish_report, letter_doc, ngs_report, sample
from _doc import KV, PB, H, Hidden, P, Pre, Rule, Sp, T
from _fake import fmt_date, gross_colon, micro_filler, patient, plus, seed_for
from _layouts import (
    RAS_WT,
    Sample,
    clinical_block,
    crc_synoptic,
    expect,
    hosp_doc,
    hotspot_methods,
    ihc,
    ish,
    mmr_table,
    ngs,
    ras_block,
    signout,
)


def _start(stem: str, sex: str | None = None, **kw):
    rng = random.Random(seed_for(stem))
    sex = sex or rng.choice("FM")
    return rng, patient(rng, sex, **kw)


def _crc_dx(site="SIGMOID COLON", proc="SIGMOIDECTOMY", stage="pT3 pN1a") -> list:
    return [
        H("FINAL DIAGNOSIS"),
        P(f"{site}, {proc}:"),
        P(f"- INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED ({stage}). SEE SYNOPTIC REPORT.", indent=2),
        P("- Margins of resection negative for tumor.", indent=2),
    ]


# ------------------------------------------------------------------------------------------


@sample
def crc_resection_ihc3_ngs_amp():
    out = []
    for stem, fmt in (("crc_resection_ihc3_ngs_amp", "pdf"), ("crc_resection_ihc3_ngs_amp_txt", "txt")):
        rng, pt = _start("crc_resection_ihc3_ngs_amp", "M")
        blocks = [
            *clinical_block(
                f"{pt.age}-year-old man with a stenosing sigmoid mass and two liver lesions on CT. "
                "Neoadjuvant therapy: none.",
                "Sigmoid adenocarcinoma, clinical stage IV",
            ),
            *_crc_dx(stage="pT3 pN1b"),
            H("SYNOPTIC REPORT - COLON AND RECTUM RESECTION"),
            *crc_synoptic(rng, site="Sigmoid colon", n="pN1b", nodes=(3, 21)),
            H("MISMATCH REPAIR PROTEINS (IHC, block A6)"),
            *mmr_table(
                (),
                interpretation="Interpretation: no loss of nuclear expression of mismatch repair proteins "
                "(MMR proficient). Low probability of MSI-H.",
            ),
            P("Microsatellite instability (PCR, 5 mononucleotide markers): microsatellite stable (MSS)."),
            PB(),
            *ras_block(
                "No mutation detected (wild-type)",
                "No mutation detected (wild-type)",
                "No mutation detected (V600E not present)",
            ),
            H("HER2 IMMUNOHISTOCHEMISTRY (block A6, clone 4B5)", 2),
            P(
                "HER2 3+: intense, complete (circumferential) membrane staining in approximately 80% of tumor "
                "cells. Interpretation: POSITIVE (HERACLES diagnostic criteria: 3+ in >= 50% of cells)."
            ),
            H("GROSS DESCRIPTION"),
            P(gross_colon(rng)),
            H("MICROSCOPIC DESCRIPTION"),
            P(micro_filler(rng, "colon")),
            *signout(pt),
            PB(),
            H(f"ADDENDUM ({fmt_date(plus(pt.reported, 14))}): SEND-OUT COMPREHENSIVE GENOMIC PROFILING"),
            P("Results received from the reference laboratory on block A6 (tumor content 50%):"),
            KV(
                [
                    ("ERBB2", "Amplification (CN=18)"),
                    ("APC", "R1450* (nonsense)"),
                    ("TP53", "R273H"),
                    ("Microsatellite status", "MS-Stable"),
                    ("Tumor mutational burden", "5 mutations/Mb"),
                ],
                key_frac=0.3,
            ),
            P(
                "The ERBB2 amplification is concordant with the HER2 IHC result above. Full report scanned to the "
                "electronic record."
            ),
        ]
        doc = hosp_doc(pt, "riverside", blocks)
        rel = dict(RAS_WT, msi="MSS", mmr="proficient")
        exp = expect(
            "positive",
            "colorectal",
            None,
            ihc=ihc("3+", 80, "4B5"),
            ngs=ngs("amplified", 18),
            rel=rel,
            notes="Metastatic sigmoid adenocarcinoma: MMR table (all retained), MSS, KRAS/NRAS/BRAF "
            "wild-type, HER2 IHC 3+ (HERACLES) and an NGS addendum 'ERBB2 Amplification (CN=18)'."
            + (" Text twin of the PDF." if fmt == "txt" else ""),
        )
        out.append(
            Sample(stem, fmt, "crc_resection_mmr", doc, exp, "CRC synoptic + MMR + RAS + IHC 3+ + NGS amp")
        )
    return out


@sample
def crc_resection_dmmr_braf_her2_0():
    stem = "crc_resection_dmmr_braf_her2_0"
    rng, pt = _start(stem, "F")
    blocks = [
        *_crc_dx("RIGHT COLON (CECUM)", "RIGHT HEMICOLECTOMY", "pT3 pN0"),
        P("- Tumor shows medullary features with prominent tumor-infiltrating lymphocytes.", indent=2),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Cecum", n="pN0", nodes=(0, 24), grade="G3, poorly differentiated"),
        H("ANCILLARY STUDIES"),
        H("Mismatch repair immunohistochemistry", 2),
        *mmr_table(
            ("MLH1", "PMS2"),
            grid=False,
            interpretation="Loss of MLH1 and PMS2 expression: deficient mismatch repair (dMMR). BRAF "
            "testing performed to evaluate for sporadic (MLH1 promoter-methylated) tumor.",
        ),
        P("MSI by PCR: MSI-High (instability at 5 of 5 markers)."),
        H("Molecular", 2),
        KV(
            [
                ("BRAF", "p.V600E mutation DETECTED"),
                ("KRAS", "wild-type (no mutation in exons 2-4)"),
                ("NRAS", "wild-type"),
            ]
        ),
        H("HER2 (ERBB2)", 2),
        P("HER2 immunohistochemistry (4B5): score 0, no membranous staining in tumor cells. Negative."),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng, "right colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    rel = {"kras": "wild-type", "nras": "wild-type", "braf": "mutant", "msi": "MSI-H", "mmr": "deficient"}
    exp = expect(
        "negative",
        "colorectal",
        None,
        ihc=ihc("0", clone="4B5"),
        rel=rel,
        notes="dMMR (MLH1/PMS2 lost), MSI-H, BRAF V600E, HER2 IHC 0 -> negative. 'Positive' words occur "
        "nowhere near HER2.",
    )
    exp["related"]["braf_variant"] = "V600E"
    return Sample(stem, "pdf", "crc_resection_mmr", doc, exp, "dMMR, BRAF V600E, HER2 0")


@sample
def crc_biopsy_ihc2_equivocal_heracles_txt():
    stem = "crc_biopsy_ihc2_equivocal_heracles_txt"
    rng, pt = _start(stem, "M")
    blocks = [
        H("DIAGNOSIS"),
        P(
            "Rectum, 8 cm from anal verge, endoscopic biopsies: invasive adenocarcinoma, moderately differentiated."
        ),
        H("BIOMARKERS (requested for metastatic disease)"),
        P("KRAS: wild-type. NRAS: wild-type. BRAF: wild-type. (Real-time PCR hotspot assay.)"),
        P(
            "HER2 by IHC (4B5): Score: 2+ -- moderate basolateral/lateral membrane staining in about 60% of tumor "
            "cells. HERACLES criteria: EQUIVOCAL. Confirmation by in situ hybridization is advised; the biopsy is "
            "exhausted and a further block will be needed."
        ),
        H("MICROSCOPIC"),
        P(micro_filler(rng, "colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "equivocal",
        "colorectal",
        None,
        ihc=ihc("2+", 60, "4B5"),
        rel=RAS_WT,
        notes="Rectal biopsy, 'Score: 2+' in 60% with HERACLES 'EQUIVOCAL' and ISH advised (not done) "
        "-> equivocal.",
    )
    return Sample(stem, "txt", "crc_resection_mmr", doc, exp, "Score: 2+ equivocal CRC")


@sample
def crc_ihc2_fish_amplified():
    stem = "crc_ihc2_fish_amplified"
    rng, pt = _start(stem, "F")
    doc = fish_report(
        pt,
        "cascade",
        method_title="ERBB2 (HER2) FISH - COLORECTAL CARCINOMA",
        method_text="",
        indication="Metastatic colorectal adenocarcinoma, RAS/BRAF wild-type; HER2 IHC 2+ on resection",
        cells=50,
        her2_mean=6.1,
        cep17_mean=2.2,
        ratio=2.8,
        group=None,
        result_lines=[
            "HER2 GENE AMPLIFIED. HER2/CEP17 ratio 2.8 with amplification (ratio >= 2) in 70% of "
            "scored tumor nuclei (HERACLES: amplified when ratio >= 2 in >= 50% of cells).",
            "In combination with IHC 2+, the tumor is HER2-POSITIVE by HERACLES criteria.",
        ],
        legend=False,
        site="Colon, sigmoid, resection (block A4)",
    )
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("2+"),
        ish=ish("amplified", 2.8, 6.1),
        rel=RAS_WT,
        notes="FISH report for CRC: IHC 2+ in the indication, FISH amplified (HERACLES) -> positive. "
        "'RAS/BRAF wild-type' is stated in the indication line.",
    )
    return Sample(stem, "pdf", "fish_signal_count", doc, exp, "CRC FISH amplified")


@sample
def crc_ihc2_sish_not_amplified_txt():
    stem = "crc_ihc2_sish_not_amplified_txt"
    rng, pt = _start(stem, "M")
    blocks = [
        *_crc_dx("DESCENDING COLON", "LEFT HEMICOLECTOMY", "pT4a pN2a"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Descending colon", pt_stage="pT4a", n="pN2a", nodes=(5, 19)),
        H("IMMUNOHISTOCHEMISTRY"),
        P("Mismatch repair proteins MLH1, PMS2, MSH2, MSH6: intact nuclear expression (proficient)."),
        P("HER2 (clone 4B5) - Score: 2+ (moderate lateral membrane staining, 55% of tumour cells)."),
        H("IN SITU HYBRIDISATION"),
        P("HER2 SISH: non-amplified (HER2/CEP17 ratio 1.2). Final HER2 status: NEGATIVE."),
        H("MOLECULAR"),
        P("KRAS exon 2 c.35G>A p.(Gly12Asp) [G12D] detected. NRAS and BRAF: no mutation detected."),
        H("MACROSCOPIC DESCRIPTION"),
        P(gross_colon(rng, "descending colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks, date_style="dmy")
    rel = {"kras": "mutant", "nras": "wild-type", "braf": "wild-type", "mmr": "proficient"}
    exp = expect(
        "negative",
        "colorectal",
        None,
        ihc=ihc("2+", 55, "4B5"),
        ish=ish("not_amplified", 1.2, None),
        rel=rel,
        notes="IHC 2+ then SISH non-amplified -> negative. KRAS G12D written as p.(Gly12Asp).",
    )
    exp["related"]["kras_variant"] = "G12D"
    return Sample(stem, "txt", "crc_resection_mmr", doc, exp, "CRC 2+ SISH negative")


@sample
def crc_foundation_like_erbb2_amp():
    stem = "crc_foundation_like_erbb2_amp"
    rng, pt = _start(stem, "F")
    left = [
        H("ERBB2 - amplification", 2),
        P(
            "Gene and alteration: ERBB2 encodes the HER2 receptor tyrosine kinase. Amplification of ERBB2 leads to "
            "overexpression of the receptor and constitutive downstream signalling."
        ),
        P(
            "Frequency and prognosis: ERBB2 amplification is reported in a small minority of colorectal cancers, "
            "enriched in RAS wild-type, left-sided tumors, and has been associated with resistance to anti-EGFR "
            "antibodies."
        ),
        P(
            "Potential treatment strategies: dual HER2 blockade (for example trastuzumab with tucatinib, or "
            "trastuzumab with pertuzumab) and HER2-directed antibody-drug conjugates have shown activity in "
            "ERBB2-amplified, RAS wild-type metastatic colorectal cancer."
        ),
        H("APC - R876*", 2),
        P(
            "APC truncating mutations activate WNT signalling and are common in colorectal cancer. No targeted "
            "therapies are approved for APC alterations."
        ),
    ]
    right = [
        H("TP53 - R248Q", 2),
        P(
            "TP53 loss-of-function mutations are found in most colorectal carcinomas. There are no approved "
            "therapies that target TP53 alterations."
        ),
        H("SMAD4 - loss (exons 1-12)", 2),
        P("SMAD4 inactivation is associated with advanced stage. No approved targeted therapies."),
        H("Pertinent negatives", 2),
        P(
            "No reportable alterations were detected in KRAS, NRAS or BRAF. Absence of these alterations is "
            "relevant to anti-EGFR antibody and HER2-directed therapy selection."
        ),
        H("Biomarkers", 2),
        P("Microsatellite status: MS-Stable. Tumor mutational burden: 4 Muts/Mb (low)."),
    ]
    therapies = [
        [
            "ERBB2 amplification",
            "Tucatinib + trastuzumab; trastuzumab deruxtecan",
            "Trastuzumab, pertuzumab, lapatinib, neratinib, ado-trastuzumab emtansine",
            "6 trials",
        ],
        ["APC R876*", "None", "None", "1 trial"],
        ["TP53 R248Q", "None", "None", "3 trials"],
    ]
    doc = ngs_report(
        pt,
        "genomescope",
        tumor="Colon adenocarcinoma (CRC)",
        specimen="Liver, core biopsy (metastasis)",
        purity="60%",
        findings=[
            ("ERBB2", "amplification – 24 copies"),
            ("APC", "R876*"),
            ("TP53", "R248Q"),
            ("SMAD4", "loss exons 1-12"),
        ],
        biomarkers=[("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "4 Muts/Mb")],
        negatives="Genomic findings not detected (pertinent negatives): KRAS, NRAS, BRAF - no alteration "
        "detected.",
        therapies=therapies,
        interp_left=left,
        interp_right=right,
        vus=[
            ("ERBB3", "A232V"),
            ("ERBB4", "R106C"),
            ("EGFR", "amplification not detected; E114K"),
            ("PIK3CB", "D1067fs*11"),
        ],
        trials=[
            "NCT-FICT-0001: HER2-directed bispecific antibody in HER2-amplified solid tumors",
            "NCT-FICT-0002: tucatinib combinations in gastrointestinal cancers",
        ],
        about=True,
        rng=rng,
    )
    rel = dict(RAS_WT, msi="MSS")
    exp = expect(
        "positive",
        "colorectal",
        None,
        ngs=ngs("amplified", 24),
        rel=rel,
        notes="FoundationOne-like CGP report (~7 pages): summary table 'ERBB2 | amplification – 24 copies', "
        "therapy table with trastuzumab/tucatinib, two-column interpretation page, VUS page naming "
        "ERBB3/ERBB4/EGFR (must not count), methods page gene list naming ERBB2.",
    )
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "CGP amp 24 copies, two-column, VUS, gene list")


@sample
def crc_ngs_erbb2_amp_equivocal():
    stem = "crc_ngs_erbb2_amp_equivocal"
    rng, pt = _start(stem, "M")
    left = [
        H("ERBB2 - amplification (equivocal)", 2),
        P(
            "The ERBB2 copy number in this sample is close to the amplification threshold (equivocal). "
            "Orthogonal testing (HER2 IHC and ISH) on tissue is recommended to confirm HER2 status before "
            "HER2-directed therapy is considered."
        ),
        H("KRAS - G12D", 2),
        P("KRAS G12D is an activating mutation; it predicts lack of benefit from anti-EGFR antibodies."),
    ]
    right = [
        H("TP53 - c.524G>A (R175H)", 2),
        P("Loss-of-function TP53 mutation; not directly targetable."),
        H("Tumor mutational burden", 2),
        P("6 Muts/Mb. Microsatellite status: MS-Stable."),
    ]
    doc = ngs_report(
        pt,
        "genomescope",
        tumor="Rectal adenocarcinoma",
        specimen="Rectum, resection, block B3",
        purity="30%",
        findings=[("ERBB2", "amplification – equivocal†"), ("KRAS", "G12D"), ("TP53", "R175H")],
        biomarkers=[("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "6 Muts/Mb")],
        negatives=None,
        summary_note="† See appendix: amplification called equivocal when the copy number is near the threshold "
        "of detection for this specimen's purity.",
        therapies=[
            [
                "ERBB2 amplification (equivocal)",
                "None approved on this basis",
                "Trastuzumab, pertuzumab",
                "2 trials",
            ],
            ["KRAS G12D", "None", "None", "4 trials"],
        ],
        interp_left=left,
        interp_right=right,
        references=False,
    )
    rel = {"kras": "mutant", "msi": "MSS"}
    exp = expect(
        "equivocal",
        "colorectal",
        None,
        ngs=ngs("equivocal", None),
        rel=rel,
        notes="'ERBB2 amplification – equivocal' with a dagger footnote -> equivocal; KRAS G12D mutant.",
    )
    exp["related"]["kras_variant"] = "G12D"
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "NGS amplification equivocal")


@sample
def crc_ngs_no_erbb2_amp_kras_g12v_txt():
    stem = "crc_ngs_no_erbb2_amp_kras_g12v_txt"
    rng, pt = _start(stem, "F")
    blocks = [
        H("SOLID TUMOR MOLECULAR PROFILE - RESULT SUMMARY"),
        KV(
            [
                ("Diagnosis", "Metastatic colon adenocarcinoma (transverse colon primary)"),
                ("Specimen", "Transverse colon resection, block A3; 50% tumor"),
                ("Assay", "Targeted DNA panel, 161 genes, SNV/indel and copy number"),
            ]
        ),
        H("CLINICALLY SIGNIFICANT VARIANTS (Tier I/II)", 2),
        T(
            [
                ["Gene", "Variant", "VAF", "Tier"],
                ["KRAS", "c.35G>T p.G12V", "34%", "I"],
                ["PIK3CA", "c.1633G>A p.E545K", "29%", "II"],
                ["TP53", "c.743G>A p.R248Q", "41%", "II"],
            ],
            [0.15, 0.45, 0.15, 0.25],
            grid=False,
        ),
        H("COPY NUMBER ANALYSIS", 2),
        T(
            [
                ["Gene", "Estimated copy number", "Call"],
                ["ERBB2", "2.1", "Not amplified"],
                ["MET", "2.3", "Not amplified"],
                ["EGFR", "2.0", "Not amplified"],
            ],
            [0.2, 0.4, 0.4],
            grid=False,
        ),
        P("No ERBB2 amplification detected."),
        H("PERTINENT NEGATIVES", 2),
        P("NRAS and BRAF: no pathogenic variants detected. Microsatellite status: stable (MSS) by NGS."),
        H("INTERPRETATION", 2),
        P(
            "The KRAS G12V mutation predicts resistance to anti-EGFR monoclonal antibodies (cetuximab, "
            "panitumumab). ERBB2 (HER2) copy number is within the normal range."
        ),
        PB(),
        H("METHODS"),
        P(
            "Hybrid-capture library preparation from FFPE DNA; sequencing on a benchtop instrument to a mean depth "
            "of 800x. Copy number is estimated relative to a pooled normal reference after purity adjustment; genes "
            "with an estimated copy number of 6 or more are reported as amplified."
        ),
        P(
            "Genes in panel (partial): AKT1, ALK, APC, BRAF, CTNNB1, EGFR, ERBB2, ERBB3, FBXW7, KRAS, MET, NRAS, "
            "PIK3CA, PTEN, SMAD4, TP53 ..."
        ),
        *signout(pt, "Molecular pathologist review completed."),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks, title="Molecular Diagnostics Report")
    rel = {"kras": "mutant", "nras": "wild-type", "braf": "wild-type", "msi": "MSS"}
    exp = expect(
        "negative",
        "colorectal",
        None,
        ngs=ngs("not_amplified", 2.1),
        rel=rel,
        notes="Tissue NGS with a copy-number table 'ERBB2 | 2.1 | Not amplified' and 'No ERBB2 "
        "amplification detected' -> negative (tissue NGS rule). KRAS G12V.",
    )
    exp["related"]["kras_variant"] = "G12V"
    return Sample(stem, "txt", "ngs_multipage", doc, exp, "tissue NGS not amplified, CN table")


@sample
def crc_ngs_erbb2_s310f_only():
    stem = "crc_ngs_erbb2_s310f_only"
    rng, pt = _start(stem, "M")
    left = [
        H("ERBB2 p.S310F (c.929C>T)", 2),
        P(
            "ERBB2 S310F is a recurrent activating mutation in the extracellular domain of HER2. Activating ERBB2 "
            "mutations are distinct from ERBB2 amplification; responses to HER2-directed agents in "
            "ERBB2-mutant colorectal cancer have been reported in basket studies but are variable."
        ),
        H("APC p.R1450*", 2),
        P("Truncating APC mutation, typical of colorectal carcinogenesis."),
    ]
    right = [
        H("PIK3CA p.H1047R", 2),
        P("Activating PIK3CA kinase-domain mutation."),
        H("Pertinent negatives", 2),
        P("KRAS, NRAS and BRAF: wild-type (no variants detected in the coding regions assessed)."),
        H("MSI / TMB", 2),
        P("Microsatellite stable. TMB 7.9 mut/Mb."),
    ]
    doc = ngs_report(
        pt,
        "onconav",
        tumor="Colorectal carcinoma, metastatic",
        specimen="Lung nodule, wedge resection",
        purity="45%",
        findings=[
            ("ERBB2", "p.S310F missense, VAF 23.4%"),
            ("APC", "p.R1450*, VAF 38%"),
            ("PIK3CA", "p.H1047R, VAF 21%"),
            ("TP53", "p.R213*, VAF 40%"),
        ],
        biomarkers=[("MSI status", "Stable (MSS)"), ("TMB", "7.9 mut/Mb")],
        negatives=None,
        therapies=[
            ["ERBB2 S310F", "None approved", "Neratinib (basket data)", "3 trials"],
            ["PIK3CA H1047R", "None", "Alpelisib (breast)", "2 trials"],
        ],
        interp_left=left,
        interp_right=right,
        vus=[("ATM", "V2424G"), ("NOTCH1", "P1770S")],
        gene_style="paragraph",
        findings_title="DETECTED ALTERATIONS",
        summary_style="lines",
    )
    rel = dict(RAS_WT, msi="MSS")
    exp = expect(
        "not_found",
        "colorectal",
        None,
        ngs=ngs(None, None, ["S310F"]),
        rel=rel,
        notes="ERBB2 S310F mutation only (no amplification statement) -> not_found with the mutation "
        "listed; a mutation is never HER2-positive. Findings listed as bold lines, not a table.",
    )
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "ERBB2 mutation only")


@sample
def crc_ngs_erbb2_l755s_msih():
    stem = "crc_ngs_erbb2_l755s_msih"
    rng, pt = _start(stem, "F")
    left = [
        H("ERBB2 L755S", 2),
        P(
            "ERBB2 L755S lies in the kinase domain and is an activating mutation reported to confer resistance "
            "to lapatinib while retaining sensitivity to irreversible inhibitors in preclinical models."
        ),
        H("MSI-High", 2),
        P(
            "Microsatellite instability-high status has been associated with benefit from immune checkpoint "
            "inhibitors."
        ),
    ]
    right = [
        H("RNF43 G659fs*41", 2),
        P("RNF43 frameshift mutations are frequent in MSI-high colorectal cancers."),
        H("Additional findings", 2),
        P("KRAS: wild-type. NRAS: wild-type. BRAF: wild-type."),
    ]
    doc = ngs_report(
        pt,
        "genomescope",
        tumor="Colon adenocarcinoma",
        specimen="Ascending colon, resection",
        purity="70%",
        findings=[
            ("ERBB2", "L755S"),
            ("RNF43", "G659fs*41"),
            ("ARID1A", "Q1334fs*16"),
            ("Microsatellite status", "MSI-High"),
            ("Tumor Mutational Burden", "38 Muts/Mb"),
        ],
        biomarkers=[("Microsatellite status", "MSI-High"), ("Tumor Mutational Burden", "38 Muts/Mb (high)")],
        negatives="KRAS, NRAS, BRAF: wild-type.",
        therapies=[
            [
                "MSI-High",
                "Pembrolizumab, nivolumab (+/- ipilimumab), dostarlimab",
                "Pembrolizumab",
                "8 trials",
            ],
            ["ERBB2 L755S", "None", "Neratinib, trastuzumab deruxtecan (other tumor types)", "4 trials"],
        ],
        interp_left=left,
        interp_right=right,
        references=True,
    )
    rel = dict(RAS_WT, msi="MSI-H")
    exp = expect(
        "not_found",
        "colorectal",
        None,
        ngs=ngs(None, None, ["L755S"]),
        rel=rel,
        notes="ERBB2 L755S mutation in an MSI-H tumor; no ERBB2 copy-number finding -> not_found.",
    )
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "ERBB2 L755S, MSI-H")


@sample
def crc_ctdna_erbb2_amp_plasma_cn():
    stem = "crc_ctdna_erbb2_amp_plasma_cn"
    rng, pt = _start(stem, "M")
    doc = ctdna_report(
        pt,
        "plasmatrace",
        tumor="Colorectal cancer (metastatic)",
        tf="Max VAF 6.8%",
        detected=[
            ["ERBB2", "Amplification", "Plasma copy number 2.6", "Amplification level ++ (high)"],
            ["TP53", "R175H", "6.8%", "-"],
            ["APC", "E1309fs", "5.9%", "-"],
        ],
        not_detected_note="No alterations detected in the EGFR extracellular domain or in MET.",
        cn_note="Plasma copy number is reported for amplifications; '+' to '+++' denote the amplification level "
        "relative to other samples of this test and are not immunohistochemistry scores.",
        interp=[
            "ERBB2 amplification was detected in circulating tumor DNA (plasma copy number 2.6). In RAS "
            "wild-type metastatic colorectal cancer, HER2-directed therapy (for example trastuzumab plus "
            "tucatinib) may be considered; confirmation on tissue is at the discretion of the treating team."
        ],
    )
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=None,
        ngs=ngs("amplified", 2.6, ctdna=True),
        notes="Guardant360-like liquid biopsy: 'ERBB2 | Amplification | Plasma copy number 2.6 | "
        "Amplification level ++' -> positive (ctDNA amplification). '++' is not an IHC score.",
    )
    return Sample(stem, "pdf", "ctdna", doc, exp, "ctDNA amp, plasma CN, ++ level")


@sample
def crc_ctdna_erbb2_not_detected():
    stem = "crc_ctdna_erbb2_not_detected"
    rng, pt = _start(stem, "F")
    doc = ctdna_report(
        pt,
        "cellfree",
        tumor="Colon adenocarcinoma",
        tf="Max VAF 8.4%",
        detected=[
            ["KRAS", "G12V", "8.4%", "Resistance to anti-EGFR antibodies"],
            ["TP53", "G245S", "7.9%", "-"],
        ],
        not_detected_note="ERBB2 amplification: Not detected. MET amplification: Not detected.",
        cn_note="Amplifications are reported as plasma copy number; tissue thresholds do not apply.",
        interp=[
            "KRAS G12V was detected in plasma. HER2 (ERBB2) amplification was not detected in this sample; "
            "because a negative plasma result can reflect low tumor shedding, tissue testing may be considered "
            "if clinically indicated."
        ],
    )
    exp = expect(
        "not_found",
        "colorectal",
        None,
        ngs=ngs(None, None, ctdna=True),
        rel={"kras": "mutant"},
        notes="Liquid biopsy where ERBB2 amplification is 'Not detected' -> not_found (plasma non-detection "
        "is not a negative), ngs.amplification null (no value from a blood 'not detected') with ctdna true.",
    )
    exp["related"]["kras_variant"] = "G12V"
    return Sample(stem, "pdf", "ctdna", doc, exp, "ctDNA ERBB2 not detected")


@sample
def crc_ctdna_erbb2_v842i_txt():
    stem = "crc_ctdna_erbb2_v842i_txt"
    rng, pt = _start(stem, "M")
    doc = ctdna_report(
        pt,
        "plasmatrace",
        tumor="Adenocarcinoma of the rectum, stage IV",
        tf="Max VAF 1.2%",
        detected=[
            ["ERBB2", "V842I", "0.6%", "Kinase domain; variable sensitivity"],
            ["APC", "R1114*", "1.2%", "-"],
        ],
        not_detected_note="ERBB2 amplification not detected.",
        cn_note="Observed plasma copy numbers below the reporting threshold are not listed.",
        interp=[
            "An ERBB2 V842I mutation was detected at low allele fraction. This is a point mutation, not an "
            "amplification; the HER2 amplification status of the tumor is not established by this test."
        ],
    )
    exp = expect(
        "not_found",
        "colorectal",
        None,
        ngs=ngs(None, None, ["V842I"], ctdna=True),
        notes="ctDNA text report: ERBB2 V842I at 0.6% cfDNA and 'ERBB2 amplification not detected' -> "
        "not_found; mutation listed.",
    )
    return Sample(stem, "txt", "ctdna", doc, exp, "ctDNA ERBB2 mutation, amp not detected")


@sample
def crc_history_her2pos_breast_no_own_result():
    stem = "crc_history_her2pos_breast_no_own_result"
    rng, pt = _start(stem, "F")
    blocks = [
        *clinical_block(
            f"{pt.age}-year-old woman with a history of HER2-positive breast cancer (left, 2015), treated with "
            "surgery, chemotherapy and one year of trastuzumab, in remission. Now iron-deficiency "
            "anaemia and an ascending colon mass on colonoscopy."
        ),
        *_crc_dx("ASCENDING COLON", "RIGHT HEMICOLECTOMY", "pT2 pN0"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Ascending colon", pt_stage="pT2", n="pN0", nodes=(0, 22)),
        H("COMMENT"),
        P(
            "The morphology and immunoprofile (CK20+, CDX2+, CK7-, GATA3-) support a primary colonic adenocarcinoma "
            "rather than metastatic breast carcinoma."
        ),
        H("MISMATCH REPAIR", 2),
        *mmr_table((), wording="intact", interpretation="Result: MMR proficient."),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng, "right colon")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "not_found",
        "colorectal",
        None,
        rel={"mmr": "proficient"},
        notes="History of HER2-positive breast cancer in a colon report that has no HER2 result of its "
        "own -> not_found (history trap).",
    )
    return Sample(stem, "pdf", "crc_resection_mmr", doc, exp, "history trap, no own result")


@sample
def crc_history_her2pos_breast_own_ihc1_txt():
    stem = "crc_history_her2pos_breast_own_ihc1_txt"
    rng, pt = _start(stem, "F")
    blocks = [
        *clinical_block(
            "Hx of HER2+ breast ca (2012). New liver lesions; ? breast metastasis vs new primary. "
            "Colonoscopy: sigmoid mass."
        ),
        H("DIAGNOSIS"),
        P(
            "A. Liver, segment 7, core biopsy: metastatic adenocarcinoma, CK20+/CDX2+/SATB2+, CK7-/GATA3-, "
            "consistent with colorectal primary."
        ),
        P("B. Sigmoid colon, biopsy: invasive adenocarcinoma, moderately differentiated."),
        H("ADDITIONAL STUDIES (block A1)"),
        P("HER2 (4B5) IHC on the colorectal metastasis: 1+ (faint segmental staining). NEGATIVE."),
        P("MMR IHC: MLH1, PMS2, MSH2 and MSH6 retained. Proficient."),
        P(
            "Comment: the tumor's HER2 status differs from the patient's prior HER2-positive breast cancer, in "
            "keeping with a separate colorectal primary."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "negative",
        "colorectal",
        None,
        ihc=ihc("1+", clone="4B5"),
        rel={"mmr": "proficient"},
        notes="Same history trap (HER2+ breast) but the colorectal tumor has its own HER2 1+ -> negative.",
    )
    return Sample(stem, "txt", "crc_resection_mmr", doc, exp, "history trap with own result")


@sample
def crc_consult_letter_her2_positive():
    stem = "crc_consult_letter_her2_positive"
    rng, pt = _start(stem, "M")
    paras = [
        f"I reviewed {pt.first} {pt.last} in the gastrointestinal oncology clinic today. As you know, he has "
        "metastatic adenocarcinoma of the sigmoid colon with liver and lung metastases, diagnosed last year, "
        "progressing after FOLFOX-bevacizumab and FOLFIRI.",
        "Molecular results from the primary tumour: KRAS, NRAS and BRAF are all wild-type, and the tumour is "
        "microsatellite stable. HER2 testing shows HER2 overexpression: immunohistochemistry was 3+ in more than "
        "50% of tumour cells, and FISH confirmed HER2 gene amplification with a HER2/CEP17 ratio of 4.5 and a "
        "mean HER2 copy number of 11.2 per cell. His cancer is therefore HER2-positive.",
        "We discussed tucatinib with trastuzumab as his next line of treatment, and trastuzumab deruxtecan as a "
        "later option. He would like to proceed and will start in two weeks after a baseline echocardiogram.",
    ]
    doc = letter_doc(
        pt,
        org="Cascade Cancer Centre - Gastrointestinal Oncology",
        org_addr="5 Timberline Parkway, Cascade City",
        author="Dr Tobias Achterberg",
        author_title="Medical Oncologist",
        recipient=f"Dr {pt.physician.split(',')[0]}",
        re_line="Re: next line of therapy",
        paragraphs=paras,
        date_style="long",
        font="Helvetica",
        pagesize="letter",
    )
    rel = dict(RAS_WT, msi="MSS")
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("3+"),
        ish=ish("amplified", 4.5, 11.2),
        rel=rel,
        notes="Oncology letter in prose: IHC 3+ and FISH amplified (ratio 4.5) -> positive; drug names "
        "as plans.",
    )
    return Sample(stem, "pdf", "consult_letter", doc, exp, "prose CRC positive")


@sample
def crc_hotspot_panel_gene_list_only():
    stem = "crc_hotspot_panel_gene_list_only"
    rng, pt = _start(stem, "M")
    blocks = [
        H("RESULT"),
        P("Colon adenocarcinoma (block A5, 60% tumor): **KRAS c.38G>A, p.G13D DETECTED** (VAF 27%)."),
        P("No pathogenic variants detected in NRAS or BRAF."),
        T(
            [
                ["Gene", "Result"],
                ["KRAS", "p.G13D (c.38G>A)"],
                ["NRAS", "Not detected"],
                ["BRAF", "Not detected"],
                ["PIK3CA", "Not detected"],
            ],
            [0.3, 0.7],
            grid=True,
        ),
        H("INTERPRETATION"),
        P("KRAS mutation: predicts lack of response to anti-EGFR antibody therapy."),
        *hotspot_methods(),
        *signout(pt, "Reviewed and interpreted by the molecular pathologist."),
    ]
    doc = hosp_doc(pt, "mercy", blocks, title="Molecular Pathology - Hotspot Panel")
    rel = {"kras": "mutant", "nras": "wild-type", "braf": "wild-type"}
    exp = expect(
        "not_found",
        "colorectal",
        None,
        ngs=None,
        rel=rel,
        notes="Hotspot panel: ERBB2 appears only in the methods gene list (and the panel does not assess "
        "copy number) -> not_found; KRAS G13D.",
    )
    exp["related"]["kras_variant"] = "G13D"
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "gene list trap")


@sample
def crc_her2_testing_recommended():
    stem = "crc_her2_testing_recommended"
    rng, pt = _start(stem, "F")
    blocks = [
        *_crc_dx("RECTOSIGMOID", "ANTERIOR RESECTION", "pT3 pN2b"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Rectosigmoid junction", n="pN2b", nodes=(9, 17)),
        H("BIOMARKERS"),
        *mmr_table((), interpretation="Interpretation: MMR-proficient (pMMR)."),
        *ras_block("Not detected", "Not detected", "Not detected", style="table"),
        H("COMMENT"),
        P(
            "KRAS, NRAS and BRAF are wild-type. HER2 testing (immunohistochemistry with reflex ISH, or NGS) is "
            "recommended if the patient develops metastatic disease, as HER2 amplification occurs in a small "
            "subset of RAS wild-type colorectal cancers."
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng, "rectosigmoid")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks)
    rel = dict(RAS_WT, mmr="proficient")
    exp = expect(
        "not_found",
        "colorectal",
        None,
        rel=rel,
        notes="'HER2 testing ... is recommended' -> not_found (recommendation trap). RAS table with "
        "'Not detected' cells and an explicit wild-type comment.",
    )
    return Sample(stem, "pdf", "crc_resection_mmr", doc, exp, "recommendation trap")


@sample
def crc_her2_sent_out_pending_txt():
    stem = "crc_her2_sent_out_pending_txt"
    rng, pt = _start(stem, "M")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Liver, segment 4b, wedge resection: metastatic adenocarcinoma, consistent with colorectal origin. "
            "Margin 3 mm."
        ),
        H("SPECIAL STUDIES"),
        P("Mismatch repair IHC: MLH1 present, PMS2 present, MSH2 present, MSH6 present (no loss)."),
        P(
            "HER2/neu IHC: sent out to reference laboratory (Fictional Reference Labs); result will be issued in a "
            "separate report."
        ),
        H("GROSS"),
        P("Received in formalin is a wedge of liver, 5.2 x 3.9 x 2.1 cm, with a 2.3 cm white nodule."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "eastbay", blocks)
    exp = expect(
        "not_found",
        "colorectal",
        None,
        rel={"mmr": "proficient"},
        notes="HER2 sent out, result in a separate report -> not_found. MMR written as 'present (no "
        "loss)' -> proficient.",
    )
    return Sample(stem, "txt", "crc_resection_mmr", doc, exp, "sent-out trap")


@sample
def crc_her2_controls_only_addendum():
    stem = "crc_her2_controls_only_addendum"
    rng, pt = _start(stem, "F")
    blocks = [
        *_crc_dx("TRANSVERSE COLON", "SEGMENTAL RESECTION", "pT4a pN1a"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Transverse colon", pt_stage="pT4a"),
        *signout(pt),
        PB(),
        H(f"ADDENDUM ({fmt_date(plus(pt.reported, 3))}) - HER2 IMMUNOHISTOCHEMISTRY: TECHNICAL NOTE"),
        P(
            "HER2 (4B5) was run on block A7. The external positive control (HER2 3+ breast carcinoma) stained "
            "appropriately and the negative control showed no staining."
        ),
        P(
            "The tumor section detached during processing and is not evaluable. The stain is being repeated on block "
            "A9; an interpretation will follow in a further addendum."
        ),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    exp = expect(
        "not_found",
        "colorectal",
        None,
        notes="Only control-tissue statements ('positive control (HER2 3+ breast carcinoma) stained "
        "appropriately') and a not-evaluable stain pending repeat -> not_found.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "control statement trap")


@sample
def crc_ihc3_heading_across_page_break():
    stem = "crc_ihc3_heading_across_page_break"
    rng, pt = _start(stem, "M")
    blocks = [
        *clinical_block(
            "Metastatic rectal adenocarcinoma; RAS/BRAF wild-type by prior testing. HER2 requested.",
            "Rectal cancer",
        ),
        *_crc_dx("RECTUM", "LOW ANTERIOR RESECTION", "ypT3 ypN1b"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(
            rng,
            site="Rectum",
            pt_stage="ypT3",
            n="ypN1b",
            nodes=(2, 15),
            extra=[("Treatment effect", "Partial response (score 2)")],
        ),
        H("MISMATCH REPAIR PROTEIN EXPRESSION", 2),
        P("MLH1: retained. PMS2: retained. MSH2: retained. MSH6: retained."),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng, "rectum")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "colon")),
        H("COMMENT"),
        P(
            "Residual carcinoma is present as irregular glands and small clusters within fibrotic stroma, with "
            "acellular mucin pools. The tumor regression score reflects partial response. Block A5 contains the "
            "largest area of viable tumor and was selected for ancillary testing; tissue fixation time was "
            "within the recommended range (6 to 72 hours). Results were discussed with the treating "
            "oncologist at the multidisciplinary tumor board."
        ),
        H("HER2 (ERBB2) IMMUNOHISTOCHEMISTRY - block A5, clone 4B5, scored per HERACLES criteria"),
        PB(),
        KV(
            [
                ("Staining intensity", "3+ (intense)"),
                ("Percentage of tumor cells stained", "70% (basolateral and circumferential pattern)"),
                ("Interpretation", "POSITIVE for HER2 protein overexpression"),
            ],
            key_frac=0.36,
        ),
        P("Positive and negative controls performed appropriately."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    rel = dict(RAS_WT, mmr="proficient")
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("3+", 70, "4B5"),
        rel=rel,
        notes="The HER2 section heading is the last line of page 1; the score ('3+'), percentage and "
        "interpretation sit on page 2 after the page footer and the repeated page header. MMR "
        "all 'retained' without an explicit 'proficient'.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "HER2 result across a page/footer break")


@sample
def crc_negation_scope_ihc1_fish_neg():
    stem = "crc_negation_scope_ihc1_fish_neg"
    rng, pt = _start(stem, "F")
    blocks = [
        *_crc_dx("CECUM", "ILEOCECECTOMY", "pT3 pN0"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, site="Cecum", n="pN0", nodes=(0, 16)),
        H("ADDITIONAL STUDIES"),
        P("Immunohistochemistry: negative for HER2 overexpression (IHC score 1+, clone 4B5)."),
        P("FISH: no evidence of ERBB2 amplification (HER2/CEP17 ratio 1.1)."),
        P("HER2 (ERBB2) gene amplification: Not detected."),
        P("Positive and negative controls reacted appropriately."),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng, "cecum")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "negative",
        "colorectal",
        None,
        ihc=ihc("1+", clone="4B5"),
        ish=ish("not_amplified", 1.1, None),
        notes="Negation scope: 'negative for HER2 overexpression', 'no evidence of ERBB2 amplification', "
        "'HER2 (ERBB2) gene amplification: Not detected', plus a control statement.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "negation scope")


@sample
def crc_biopsy_her_2_space_utf16():
    stem = "crc_biopsy_her_2_space_utf16"
    rng, pt = _start(stem, "M")
    blocks = [
        H("DIAGNOSIS"),
        P(
            "Colon, hepatic flexure, biopsy: adenocarcinoma, moderately differentiated, arising in a tubulovillous "
            "adenoma."
        ),
        H("IMMUNOHISTOCHEMISTRY"),
        P("HER 2 (clone 4B5): 1+ → negative. Faint, incomplete membrane staining in ≥10% of tumour cells."),
        P("MMR: MLH1 / PMS2 / MSH2 / MSH6 — all retained (proficient)."),
        H("MICROSCOPY"),
        P(micro_filler(rng, "colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks, date_style="iso")
    exp = expect(
        "negative",
        "colorectal",
        None,
        ihc=ihc("1+", clone="4B5"),
        rel={"mmr": "proficient"},
        notes="UTF-16 (with BOM) text file; 'HER 2' with a space; non-ASCII arrow, ≥ and em dash.",
    )
    return Sample(stem, "txt-utf16", "crc_resection_mmr", doc, exp, "UTF-16 encoding, 'HER 2'")


@sample
def crc_latin1_medico_ihc2_ish_amp():
    stem = "crc_latin1_medico_ihc2_ish_amp"
    rng, pt = _start(stem, "M")
    pt.first, pt.last = "José", "Muñoz"
    blocks = [
        P("Médico solicitante: Dra. Inés Peña Álvarez    Servicio: Oncología Médica"),
        P("Paciente: MUÑOZ, JOSÉ    Nº historia: " + pt.mrn),
        H("DIAGNOSIS"),
        P("Colon, sigmoid, biopsy: adenocarcinoma, moderately differentiated (G2)."),
        H("HER2 ANALYSIS"),
        P(
            "HER2/neu immunohistochemistry (4B5): 2+ (moderate, lateral membrane staining in 50% of tumour cells)."
        ),
        P(
            "In situ hybridization (dual-probe ISH): AMPLIFIED. HER2/CEP17 ratio 3.1; mean HER2 copy number 7.4."
        ),
        P("Conclusion: HER2-positive colorectal adenocarcinoma (IHC 2+ / ISH amplified)."),
        P("KRAS, NRAS and BRAF: wild-type (no mutations detected)."),
        *signout(pt, "Firmado electrónicamente."),
    ]
    doc = hosp_doc(pt, "stmarta", blocks, date_style="eu", title="Informe de Anatomía Patológica")
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("2+", 50, "4B5"),
        ish=ish("amplified", 3.1, 7.4),
        rel=RAS_WT,
        notes="Latin-1 encoded text (bytes for 'Médico', 'Muñoz', 'Anatomía'); English body; IHC 2+ and "
        "ISH amplified -> positive.",
    )
    return Sample(stem, "txt-latin1", "crc_resection_mmr", doc, exp, "Latin-1 encoding")


@sample
def crc_primary_ihc1_liver_met_ihc3():
    stem = "crc_primary_ihc1_liver_met_ihc3"
    rng, pt = _start(stem, "F")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P("A. Sigmoid colon, resection: adenocarcinoma, moderately differentiated, pT3 pN1a (1/14)."),
        P("B. Liver, segment 2, metastasectomy: metastatic colorectal adenocarcinoma, 2.8 cm, margin clear."),
        H("HER2 IMMUNOHISTOCHEMISTRY (clone 4B5)"),
        T(
            [
                ["Specimen", "Score", "% cells", "Pattern", "Interpretation"],
                ["A. Primary (block A4)", "1+", "20%", "Faint, incomplete", "Negative"],
                [
                    "B. Liver metastasis (block B2)",
                    "3+",
                    "60%",
                    "Intense, basolateral/circumferential",
                    "Positive",
                ],
            ],
            [0.26, 0.1, 0.1, 0.3, 0.24],
        ),
        P(
            "Comment: HER2 expression is heterogeneous between the primary tumor and the metastasis. The "
            "metastasis meets HERACLES criteria for HER2 positivity; ISH confirmation has been requested."
        ),
        H("MISMATCH REPAIR"),
        P("Intact expression of MLH1, PMS2, MSH2 and MSH6 in specimen A."),
        H("GROSS DESCRIPTION"),
        P("A: " + gross_colon(rng)),
        P(
            "B: Received fresh is a liver wedge measuring 6.0 x 4.5 x 3.0 cm containing a 2.8 cm firm tan nodule."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("3+", 60, "4B5"),
        rel={"mmr": "proficient"},
        notes="Primary 1+ vs liver metastasis 3+ in one table; the higher (3+) decides -> positive, even "
        "though ISH confirmation was requested.",
    )
    return Sample(stem, "pdf", "crc_resection_mmr", doc, exp, "two specimens, higher wins")


@sample
def crc_ihc3_plus3_spelling_txt():
    stem = "crc_ihc3_plus3_spelling_txt"
    rng, pt = _start(stem, "M")
    blocks = [
        *_crc_dx("DESCENDING COLON", "SEGMENTAL COLECTOMY", "pT3 pN1c"),
        H("SYNOPTIC"),
        *crc_synoptic(rng, site="Descending colon", n="pN1c", nodes=(0, 13)),
        H("BIOMARKERS"),
        *mmr_table((), grid=True, interpretation="pMMR. Microsatellite status by PCR: MSS."),
        *ras_block("wild type", "wild type", "wild type", style="table"),
        P(
            "HER-2/neu (clone SP3): score +3 (strong complete membranous staining, >50% of tumor cells); "
            "HER2 POSITIVE per gastric-type (MyPathway) criteria."
        ),
        H("GROSS"),
        P(gross_colon(rng, "descending colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    rel = dict(RAS_WT, msi="MSS", mmr="proficient")
    exp = expect(
        "positive",
        "colorectal",
        None,
        ihc=ihc("3+", clone="SP3"),
        rel=rel,
        notes="'score +3' spelling and SP3 clone; percent given only as '>50%' (not asserted); RAS "
        "table says 'wild type' without hyphen.",
    )
    return Sample(stem, "txt", "crc_resection_mmr", doc, exp, "+3 spelling")


@sample
def crc_no_her2_mention():
    stem = "crc_no_her2_mention"
    rng, pt = _start(stem, "F")
    blocks = [
        *clinical_block("Screening colonoscopy: 4 cm sigmoid mass."),
        *_crc_dx(stage="pT2 pN0"),
        H("SYNOPTIC REPORT"),
        *crc_synoptic(rng, pt_stage="pT2", n="pN0", nodes=(0, 20)),
        H("MISMATCH REPAIR (IHC)"),
        *mmr_table((), wording="present", interpretation="MMR proficient."),
        P("MSI (PCR): MSI-Low (instability at 1 of 5 markers)."),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_colon(rng)),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "colon")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "not_found",
        "colorectal",
        None,
        rel={"msi": "MSI-L", "mmr": "proficient"},
        notes="A complete colon resection report with MMR and MSI but no HER2 mention at all.",
    )
    return Sample(stem, "pdf", "no_her2_trap", doc, exp, "no HER2 mention")


@sample
def crc_consult_letter_her2_pending_drugs():
    stem = "crc_consult_letter_her2_pending_drugs"
    rng, pt = _start(stem, "M")
    paras = [
        f"Mr {pt.last} attended with his daughter to discuss second-line treatment for metastatic colon cancer.",
        "His tumour is RAS and BRAF wild-type (KRAS, NRAS and BRAF: no mutations detected) and mismatch repair "
        "proficient.",
        "I have requested HER2 testing on the archived resection specimen. If his tumour proves to be "
        "HER2-amplified, tucatinib with trastuzumab would be an option; otherwise we will proceed with "
        "FOLFIRI and an anti-EGFR antibody. The result is awaited and I will contact him when it is available.",
    ]
    doc = letter_doc(
        pt,
        org="Mercy Valley Cancer Centre",
        org_addr="77 Orchard Street",
        author="Dr Wilhelmina Osei",
        author_title="Consultant in Medical Oncology",
        recipient=f"Dr {pt.physician.split(',')[0]}",
        re_line="Re: metastatic colon cancer",
        paragraphs=paras,
        font="Times-Roman",
        pagesize="letter",
    )
    rel = dict(RAS_WT, mmr="proficient")
    exp = expect(
        "not_found",
        "colorectal",
        None,
        rel=rel,
        notes="Letter: HER2 testing requested/awaited and a conditional drug plan ('If ... HER2-amplified, "
        "tucatinib with trastuzumab') -> not_found.",
    )
    return Sample(stem, "txt", "consult_letter", doc, exp, "pending + conditional drug mention trap")


_ = (Hidden, Pre, Rule, Sp)
