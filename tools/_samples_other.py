"""Gastric/GEJ, esophageal and other-tumor samples. All text written for this project; patients are fictional."""

from __future__ import annotations

import random

from _builders import fish_report, ngs_report, sample
from _doc import KV, PB, H, Hidden, P, T
from _fake import fmt_date, gross_gastric_biopsy, micro_filler, patient, plus, seed_for
from _layouts import (
    Sample,
    clinical_block,
    expect,
    hosp_doc,
    ihc,
    ihc_legend,
    ish,
    ngs,
    signout,
)


def _start(stem: str, sex: str | None = None, **kw):
    rng = random.Random(seed_for(stem))
    sex = sex or rng.choice("FM")
    return rng, patient(rng, sex, **kw)


def _gastric_biopsy(
    pt,
    rng,
    *,
    site: str,
    dx: str,
    her2: list,
    legend=True,
    lab="riverside",
    extra=None,
    date_style="us",
    title="Surgical Pathology Report",
    hidden=None,
):
    blocks = [
        *clinical_block(
            f"Dysphagia/epigastric pain; endoscopy shows an ulcerated mass in the {site.lower()}."
        ),
        H("DIAGNOSIS"),
        P(f"{site.upper()}, ENDOSCOPIC BIOPSIES:"),
        P(f"- {dx}", indent=2),
        H("HER2 TESTING"),
        *her2,
    ]
    if hidden:
        blocks.append(hidden)
    if legend:
        blocks.extend(ihc_legend(False))
    blocks += [
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "stomach")),
        H("GROSS DESCRIPTION"),
        P(gross_gastric_biopsy(rng, site.lower())),
    ]
    if extra:
        blocks.extend(extra)
    blocks += signout(pt)
    return hosp_doc(pt, lab, blocks, date_style=date_style, title=title)


# ------------------------------------------------------------------------------------------ gastric / GEJ


@sample
def gastric_biopsy_ihc3_cluster():
    out = []
    for stem, fmt in (("gastric_biopsy_ihc3_cluster", "pdf"), ("gastric_biopsy_ihc3_cluster_txt", "txt")):
        rng, pt = _start("gastric_biopsy_ihc3_cluster", "M")
        doc = _gastric_biopsy(
            pt,
            rng,
            site="Gastric body",
            dx="ADENOCARCINOMA, INTESTINAL TYPE (LAUREN), MODERATELY DIFFERENTIATED.",
            her2=[
                KV(
                    [
                        ("Antibody", "PATHWAY anti-HER2/neu (4B5)"),
                        ("Score", "3+"),
                        (
                            "Pattern",
                            "Strong basolateral/lateral membranous reactivity in a cohesive cluster of more "
                            "than 5 tumor cells (approximately 30% of tumor cells overall)",
                        ),
                        ("Interpretation", "POSITIVE (gastric biopsy scoring criteria)"),
                    ],
                    key_frac=0.25,
                )
            ],
        )
        exp = expect(
            "positive",
            "gastric",
            None,
            ihc=ihc("3+", 30, "4B5"),
            notes="Gastric biopsy, key/value HER2 block with 'Score | 3+' on its own line, basolateral "
            "cluster rule; Hofmann legend listing every category."
            + (" Text twin of the PDF." if fmt == "txt" else ""),
        )
        out.append(Sample(stem, fmt, "gastric_biopsy", doc, exp, "gastric 3+ cluster"))
    return out


@sample
def gastric_biopsy_ihc2_ish_requested_txt():
    stem = "gastric_biopsy_ihc2_ish_requested_txt"
    rng, pt = _start(stem)
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Gastric antrum",
        dx="Poorly cohesive and tubular adenocarcinoma (mixed type).",
        her2=[
            P(
                "HER2/neu (4B5): 2+ equivocal. Weak to moderate lateral membranous staining in about 15% of "
                "tumour cells. Reflex HER2 in situ hybridisation has been requested; a supplementary report will "
                "follow."
            )
        ],
        lab="northgate",
        date_style="dmy",
    )
    exp = expect(
        "equivocal",
        "gastric",
        None,
        ihc=ihc("2+", 15, "4B5"),
        notes="'2+ equivocal' with ISH requested (not reported) -> equivocal.",
    )
    return Sample(stem, "txt", "gastric_biopsy", doc, exp, "gastric 2+ equivocal")


@sample
def gej_resection_ihc2_fish_amp():
    stem = "gej_resection_ihc2_fish_amp"
    rng, pt = _start(stem, "M")
    blocks = [
        *clinical_block(
            "Adenocarcinoma of the gastro-oesophageal junction (Siewert II) after perioperative "
            "FLOT chemotherapy."
        ),
        H("FINAL DIAGNOSIS"),
        P(
            "ESOPHAGOGASTRECTOMY (IVOR LEWIS): ADENOCARCINOMA OF THE GASTROESOPHAGEAL JUNCTION, ypT3 ypN2 "
            "(4/27), with moderate treatment response (CAP TRS 2). Margins negative."
        ),
        H("SYNOPTIC REPORT - ESOPHAGOGASTRIC JUNCTION"),
        KV(
            [
                ("Tumor site", "Gastroesophageal junction; epicenter 1 cm distal to the GEJ"),
                ("Histologic type", "Adenocarcinoma, tubular"),
                ("Grade", "G2"),
                ("Tumor size", "4.2 cm"),
                ("HER2 (IHC, 4B5)", "2+ (equivocal); ISH sent, see addendum"),
                ("Lymph nodes", "4 of 27 involved"),
            ],
            key_frac=0.3,
        ),
        H("GROSS DESCRIPTION"),
        P(
            "Received fresh is an esophagogastrectomy specimen with 6.5 cm of esophagus and 9 cm of proximal "
            "stomach along the lesser curvature. An ulcerated tumor straddles the junction."
        ),
        *signout(pt),
        PB(),
        H(f"ADDENDUM ({fmt_date(plus(pt.reported, 6))}): HER2 FLUORESCENCE IN SITU HYBRIDIZATION"),
        P(
            "Block A7. 40 tumor nuclei scored. Mean HER2 signals per nucleus 5.0; mean CEP17 per nucleus 2.1; "
            "HER2:CEP17 ratio 2.4. RESULT: HER2 AMPLIFIED (ratio >= 2.0)."
        ),
        P("Final HER2 status (gastric/GEJ criteria, IHC 2+ with FISH amplification): POSITIVE."),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    exp = expect(
        "positive",
        "gastric",
        None,
        ihc=ihc("2+", clone="4B5"),
        ish=ish("amplified", 2.4, 5.0),
        notes="GEJ resection (cancer_type gastric), IHC 2+ in the synoptic, FISH addendum ratio 2.4 "
        "('HER2:CEP17') amplified -> positive.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "GEJ 2+ FISH amplified addendum")


@sample
def gastric_fish_ratio_1_6_negative():
    stem = "gastric_fish_ratio_1_6_negative"
    rng, pt = _start(stem, "F")
    doc = fish_report(
        pt,
        "cascade",
        method_title="HER2 FISH - GASTRIC / GEJ ADENOCARCINOMA",
        method_text="",
        indication="Gastric adenocarcinoma; HER2 IHC 2+ (equivocal) on biopsy",
        cells=30,
        her2_mean=3.5,
        cep17_mean=2.2,
        ratio=1.6,
        group=None,
        result_lines=[
            "HER2 NOT AMPLIFIED (HER2/CEP17 ratio 1.6; ratio < 2.0 is negative for gastric cancer).",
            "Final HER2 status: NEGATIVE.",
        ],
        legend=False,
        site="Stomach, body, endoscopic biopsy (block A1)",
        table_style="table",
    )
    exp = expect(
        "negative",
        "gastric",
        None,
        ihc=ihc("2+"),
        ish=ish("not_amplified", 1.6, 3.5),
        notes="Gastric FISH: ratio 1.6 not amplified after IHC 2+ -> negative.",
    )
    return Sample(stem, "pdf", "fish_signal_count", doc, exp, "gastric FISH not amplified")


@sample
def gastric_biopsy_cerbb2_ihc1_hofmann_txt():
    stem = "gastric_biopsy_cerbb2_ihc1_hofmann_txt"
    rng, pt = _start(stem)
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Gastric cardia",
        dx="Adenocarcinoma, moderately differentiated.",
        her2=[
            P(
                "c-erbB-2 (HER2) immunohistochemistry: 1+ (negative) according to the gastric cancer scoring "
                "criteria of Hofmann et al.; faint, partial membranous reactivity."
            )
        ],
        lab="eastbay",
        legend=False,
    )
    exp = expect(
        "negative",
        "gastric",
        None,
        ihc=ihc("1+"),
        notes="'c-erbB-2 (HER2) ... 1+ (negative)' with Hofmann criteria named; cardia -> gastric.",
    )
    return Sample(stem, "txt", "gastric_biopsy", doc, exp, "c-erbB-2 1+")


@sample
def gastric_resection_her2neu_0plus():
    stem = "gastric_resection_her2neu_0plus"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Stomach, distal gastrectomy: adenocarcinoma, diffuse type (poorly cohesive, signet-ring cell), "
            "pT4a pN3a (9/31). Omentum negative."
        ),
        H("SYNOPTIC REPORT - STOMACH"),
        KV(
            [
                ("Procedure", "Distal gastrectomy with D2 lymphadenectomy"),
                ("Tumor site", "Antrum and lesser curvature"),
                ("Histologic type", "Poorly cohesive carcinoma, signet-ring cell type"),
                ("Tumor size", "6.8 cm"),
                ("Lymphovascular invasion", "Present"),
                ("Margins", "Negative; closest proximal 1.2 cm"),
                ("Her2neu", "0+ (negative) - no membranous reactivity in tumour cells"),
                ("Pathologic stage", "pT4a pN3a"),
            ],
            key_frac=0.3,
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(
            "Received fresh is a distal gastrectomy, 14 cm along the greater curvature, with a thickened, "
            "rigid wall in the antrum (linitis pattern)."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "negative",
        "gastric",
        None,
        ihc=ihc("0"),
        notes="'Her2neu | 0+ (negative)' in a gastric synoptic -> score '0', negative (no ultralow for "
        "non-breast).",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "0+ gastric, Her2neu")


@sample
def gastric_render_mode3_ihc3():
    stem = "gastric_render_mode3_ihc3"
    rng, pt = _start(stem, "M")
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Gastric body",
        dx="Adenocarcinoma, intestinal type.",
        her2=[
            P(
                "HER2 immunohistochemistry (clone 4B5): 3+ (positive) - strong complete/basolateral "
                "membranous staining in 40% of tumor cells."
            )
        ],
        hidden=Hidden(
            "invisible", "HER2 immunohistochemistry: NEGATIVE (score 0). HER2 FISH: not amplified."
        ),
        lab="cascade",
    )
    exp = expect(
        "positive",
        "gastric",
        None,
        ihc=ihc("3+", 40, "4B5"),
        notes="Visible gastric HER2 3+ positive; a render-mode-3 invisible line says 'NEGATIVE (score 0)' "
        "and 'not amplified' and must not count.",
    )
    return Sample(stem, "pdf", "gastric_biopsy", doc, exp, "invisible text trap (render mode 3)")


@sample
def gej_ngs_copy_number_gain():
    stem = "gej_ngs_copy_number_gain"
    rng, pt = _start(stem, "M")
    left = [
        H("ERBB2 copy number gain", 2),
        P(
            "A high-level copy number gain of ERBB2 (estimated 12 copies) is present, consistent with ERBB2 "
            "amplification. In gastric and gastroesophageal junction adenocarcinoma, HER2 positivity "
            "(IHC 3+ or IHC 2+/ISH-positive) is the basis for trastuzumab with chemotherapy; correlation with "
            "IHC is suggested."
        ),
        H("CCNE1 amplification", 2),
        P(
            "CCNE1 co-amplification (8 copies) has been reported in HER2-amplified gastric cancer and may be "
            "associated with reduced benefit from HER2-directed therapy."
        ),
    ]
    right = [
        H("TP53 Y220C", 2),
        P("Loss-of-function TP53 mutation."),
        H("Other biomarkers", 2),
        P("MSI: stable. TMB: 3 mut/Mb. PD-L1 CPS (by IHC, separate report): 5."),
    ]
    doc = ngs_report(
        pt,
        "onconav",
        tumor="Adenocarcinoma of the gastroesophageal junction",
        specimen="GEJ biopsy, block A2",
        purity="50%",
        findings=[
            ("ERBB2", "Copy number gain, 12 copies (amplified)"),
            ("CCNE1", "Amplification, 8 copies"),
            ("TP53", "Y220C"),
        ],
        biomarkers=[("MSI", "Stable"), ("TMB", "3 mut/Mb")],
        negatives=None,
        therapies=[
            [
                "ERBB2 amplification",
                "Trastuzumab + chemotherapy; pembrolizumab + trastuzumab + "
                "chemotherapy; trastuzumab deruxtecan",
                "Tucatinib, pertuzumab",
                "5 trials",
            ],
            ["CCNE1 amplification", "None", "None", "2 trials"],
        ],
        interp_left=left,
        interp_right=right,
        references=False,
    )
    exp = expect(
        "positive",
        "gastric",
        None,
        ngs=ngs("amplified", 12),
        rel={"msi": "MSS"},
        notes="Tissue NGS 'ERBB2 | Copy number gain, 12 copies (amplified)' in a GEJ tumor -> positive; "
        "CCNE1 amplification must not be attributed to ERBB2.",
    )
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "copy number gain phrasing")


@sample
def gastric_her2_see_separate_report_txt():
    stem = "gastric_her2_see_separate_report_txt"
    rng, pt = _start(stem, "F")
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Gastric antrum",
        dx="Adenocarcinoma, poorly differentiated.",
        her2=[
            P(
                f"HER2 testing has been performed on block A1 and is reported separately (see report "
                f"M{pt.accession[1:]}). PD-L1 (22C3) and MMR immunohistochemistry will be reported in an addendum."
            )
        ],
        legend=False,
        lab="mercy",
    )
    exp = expect(
        "not_found", "gastric", None, notes="HER2 'reported separately (see report ...)' -> not_found."
    )
    return Sample(stem, "txt", "no_her2_trap", doc, exp, "see separate report trap")


@sample
def gastric_her2_not_performed_insufficient():
    stem = "gastric_her2_not_performed_insufficient"
    rng, pt = _start(stem, "M")
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Gastric fundus",
        dx="Signet-ring cell carcinoma (poorly cohesive carcinoma).",
        her2=[
            P(
                "HER2 immunohistochemistry was not performed: insufficient tumour remains in the block after "
                "diagnostic stains. Please submit further biopsies if HER2 status is required."
            )
        ],
        legend=True,
        lab="northgate",
    )
    exp = expect(
        "not_found",
        "gastric",
        None,
        notes="HER2 'not performed' (insufficient tumour) plus a scoring legend -> not_found.",
    )
    return Sample(stem, "pdf", "no_her2_trap", doc, exp, "not performed + legend trap")


# ------------------------------------------------------------------------------------------ esophageal


@sample
def esophagus_barrett_adeno_ihc3():
    stem = "esophagus_barrett_adeno_ihc3"
    rng, pt = _start(stem, "M")
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Distal esophagus",
        dx="INVASIVE ADENOCARCINOMA ARISING IN BARRETT ESOPHAGUS WITH HIGH-GRADE DYSPLASIA.",
        her2=[
            P(
                "HER2 (ERBB2) by immunohistochemistry, clone 4B5: 3 + (positive), strong lateral and complete "
                "membrane staining in 50% of tumor cells."
            )
        ],
        lab="lakeshore",
    )
    exp = expect(
        "positive",
        "esophageal",
        None,
        ihc=ihc("3+", 50, "4B5"),
        notes="Esophageal adenocarcinoma (Barrett) -> cancer_type esophageal; '3 + (positive)' with a space.",
    )
    return Sample(stem, "pdf", "gastric_biopsy", doc, exp, "esophageal 3+")


@sample
def esophagus_adeno_ihc2_ish_not_amplified_txt():
    stem = "esophagus_adeno_ihc2_ish_not_amplified_txt"
    rng, pt = _start(stem, "F")
    doc = _gastric_biopsy(
        pt,
        rng,
        site="Esophagus, 34-37 cm",
        dx="Adenocarcinoma of the esophagus, moderately differentiated.",
        her2=[
            P("HER2 IHC (HercepTest): score 2+ (equivocal)."),
            P(
                "HER2 ISH (dual-colour, bright-field): negative (not amplified); HER2/CEP17 ratio: 1.4; mean "
                "HER2 signals per cell: 3.0."
            ),
            P("Overall: HER2 NEGATIVE."),
        ],
        lab="riverside",
        legend=False,
    )
    exp = expect(
        "negative",
        "esophageal",
        None,
        ihc=ihc("2+", clone="HercepTest"),
        ish=ish("not_amplified", 1.4, 3.0),
        notes="Esophageal adenocarcinoma, IHC 2+ then ISH 'negative (not amplified)' -> negative.",
    )
    return Sample(stem, "txt", "gastric_biopsy", doc, exp, "esophageal 2+ ISH negative")


@sample
def esophagus_resection_ihc2_equivocal():
    stem = "esophagus_resection_ihc2_equivocal"
    rng, pt = _start(stem, "M")
    blocks = [
        *clinical_block(
            "Distal esophageal adenocarcinoma, status post neoadjuvant chemoradiotherapy (CROSS)."
        ),
        H("FINAL DIAGNOSIS"),
        P(
            "Esophagus, distal, and proximal stomach, esophagectomy: residual adenocarcinoma of the distal "
            "esophagus, ypT1b ypN0 (0/19), tumor regression grade 2 (Mandard). Margins negative."
        ),
        H("SYNOPTIC REPORT - ESOPHAGUS"),
        KV(
            [
                ("Tumor site", "Distal esophagus"),
                ("Histologic type", "Adenocarcinoma"),
                ("Residual tumor size", "0.9 cm"),
                ("Treatment effect", "Near complete response; scattered tumor cells"),
                (
                    "HER-2/neu (4B5)",
                    "2+, equivocal. Residual tumor is insufficient for in situ hybridization.",
                ),
                ("Lymph nodes", "0/19"),
            ],
            key_frac=0.3,
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(
            "Received fresh is an esophagectomy specimen, 12 cm of esophagus with a 3 cm cuff of stomach. At the "
            "distal esophagus there is a 1.5 cm area of mucosal scarring."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "equivocal",
        "esophageal",
        None,
        ihc=ihc("2+", clone="4B5"),
        notes="Post-treatment esophagectomy, 'HER-2/neu ... 2+, equivocal', ISH not possible -> equivocal.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "esophageal 2+ equivocal")


# ------------------------------------------------------------------------------------------ other tumors


@sample
def lung_ngs_erbb2_exon20_insertion():
    stem = "lung_ngs_erbb2_exon20_insertion"
    rng, pt = _start(stem, "F")
    left = [
        H("ERBB2 exon 20 insertion", 2),
        P(
            "In-frame insertions in exon 20 of ERBB2 are activating mutations found in a small fraction of "
            "non-small cell lung cancers, typically in never-smokers. Trastuzumab deruxtecan is approved for "
            "NSCLC with activating ERBB2 (HER2) mutations after prior systemic therapy."
        ),
        H("Pertinent negatives", 2),
        P("No alterations were detected in EGFR, ALK, ROS1, RET, MET (exon 14), NTRK1-3, KRAS or BRAF."),
    ]
    right = [
        H("TP53 c.818G>A", 2),
        P("TP53 mutations are common in lung adenocarcinoma and not directly targetable."),
        H("PD-L1", 2),
        P("PD-L1 (22C3) TPS 10% by IHC - reported separately."),
    ]
    doc = ngs_report(
        pt,
        "genomescope",
        tumor="Lung adenocarcinoma",
        specimen="Lung, right upper lobe, CT-guided core",
        purity="40%",
        findings=[("ERBB2", "exon 20 insertion"), ("TP53", "R273H")],
        biomarkers=[("Microsatellite status", "MS-Stable"), ("Tumor Mutational Burden", "2 Muts/Mb")],
        negatives="Pertinent negatives: EGFR, ALK, ROS1, RET, MET, KRAS, BRAF - no alterations detected.",
        therapies=[
            [
                "ERBB2 exon 20 insertion",
                "Trastuzumab deruxtecan",
                "Neratinib, poziotinib (investigational)",
                "7 trials",
            ]
        ],
        interp_left=left,
        interp_right=right,
        vus=[("ERBB4", "S303F"), ("KDR", "Q472H")],
        about=True,
        rng=rng,
    )
    exp = expect(
        "not_found",
        "other",
        None,
        ngs=ngs(None, None, ["exon 20 insertion"]),
        rel={"kras": "wild-type", "braf": "wild-type", "msi": "MSS"},
        notes="Lung CGP with 'ERBB2 exon 20 insertion' only -> not_found (mutation, not amplification); "
        "the T-DXd approval text mentions 'HER2' mutations.",
    )
    return Sample(stem, "pdf", "ngs_multipage", doc, exp, "lung exon 20 insertion")


@sample
def bladder_urothelial_ihc3_txt():
    stem = "bladder_urothelial_ihc3_txt"
    rng, pt = _start(stem, "M")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Urinary bladder, transurethral resection: invasive high-grade urothelial carcinoma with "
            "micropapillary features (30%), invading the muscularis propria (detrusor muscle)."
        ),
        H("IMMUNOHISTOCHEMISTRY"),
        T(
            [
                ["Stain", "Result"],
                ["GATA3", "Positive"],
                ["HER2 (4B5)", "3+ (positive): strong complete membrane staining in 90% of tumor cells"],
                ["PD-L1 (SP142)", "IC 2/3 (>= 5%)"],
            ],
            [0.3, 0.7],
        ),
        P(
            "Comment: HER2 IHC 3+ may confer eligibility for HER2-directed antibody-drug conjugates under the "
            "tumor-agnostic indication."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "positive",
        "other",
        None,
        ihc=ihc("3+", 90, "4B5"),
        notes="Bladder urothelial carcinoma (other) with HER2 3+ in a stain table -> positive.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "other tumor 3+")


@sample
def endometrial_serous_ihc2_fish_amp():
    stem = "endometrial_serous_ihc2_fish_amp"
    rng, pt = _start(stem, "F")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Uterus, cervix, bilateral adnexa, total hysterectomy and BSO: serous carcinoma of the endometrium, "
            "FIGO grade 3 (high grade by definition), invading 60% of the myometrial thickness. LVSI substantial. "
            "Adnexa uninvolved."
        ),
        H("SYNOPTIC REPORT - ENDOMETRIUM"),
        KV(
            [
                ("Histologic type", "Serous carcinoma"),
                ("Myometrial invasion", "11 of 18 mm (61%)"),
                ("p53", "Aberrant (diffuse strong nuclear)"),
                ("Mismatch repair", "Intact (MLH1, PMS2, MSH2, MSH6 retained)"),
                ("HER2", "IHC 2+ (clone 4B5, 40% of cells); FISH amplified (see below)"),
                ("FIGO stage (2023)", "IIC"),
            ],
            key_frac=0.3,
        ),
        H("HER2 FISH"),
        P(
            "HER2/CEP17 ratio 2.9 (60 nuclei); average HER2 copy number 6.7 signals/cell. Result: AMPLIFIED. "
            "HER2 status: POSITIVE (IHC 2+ with ISH amplification, per serous endometrial carcinoma criteria)."
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(
            "Received fresh is a uterus with cervix and bilateral adnexa, 142 g. The endometrial cavity contains a "
            "3.5 cm exophytic tan mass."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "positive",
        "other",
        None,
        ihc=ihc("2+", 40, "4B5"),
        ish=ish("amplified", 2.9, 6.7),
        rel={"mmr": "proficient"},
        notes="Endometrial serous carcinoma (other), IHC 2+ and FISH amplified -> positive. MMR 'Intact'.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "endometrial 2+/FISH+")


@sample
def ovarian_mucinous_ihc2_equivocal():
    stem = "ovarian_mucinous_ihc2_equivocal"
    rng, pt = _start(stem, "F")
    blocks = [
        H("DIAGNOSIS"),
        P("Left ovary, salpingo-oophorectomy: mucinous carcinoma, expansile pattern, 14 cm, capsule intact."),
        H("ANCILLARY STUDIES"),
        P(
            "CK7 positive, CK20 patchy, SATB2 negative, PAX8 weak - in keeping with primary ovarian mucinous "
            "carcinoma."
        ),
        P(
            "HER2 immunohistochemistry (4B5): 2+ (equivocal; moderate complete membrane staining in 20% of cells). "
            "HER2 ISH may be performed on request."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks, date_style="dmy")
    exp = expect(
        "equivocal",
        "other",
        None,
        ihc=ihc("2+", 20, "4B5"),
        notes="Ovarian mucinous carcinoma (other), IHC 2+ without ISH -> equivocal.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "ovarian 2+ equivocal")


@sample
def lung_ngs_erbb2_amp_cn9_layout_txt():
    stem = "lung_ngs_erbb2_amp_cn9_layout_txt"
    rng, pt = _start(stem, "M")
    left = [
        H("ERBB2 amplification", 2),
        P(
            "ERBB2 amplification (CN=9) is present. HER2 overexpression (IHC 3+) is the basis of the "
            "tumor-agnostic approval of trastuzumab deruxtecan; IHC on this specimen is recommended to "
            "document HER2 protein expression."
        ),
    ]
    right = [
        H("STK11 loss", 2),
        P("STK11 loss has been associated with reduced benefit from immunotherapy in lung adenocarcinoma."),
    ]
    doc = ngs_report(
        pt,
        "onconav",
        tumor="Non-small cell lung carcinoma (adenocarcinoma)",
        specimen="Pleural fluid cell block",
        purity="25%",
        findings=[("ERBB2", "Amplification (CN=9)"), ("STK11", "Homozygous deletion"), ("TP53", "E285K")],
        biomarkers=[("MSI", "Stable"), ("TMB", "9 mut/Mb")],
        negatives="EGFR, ALK, ROS1, KRAS, BRAF, MET, RET: no alterations detected.",
        therapies=[
            [
                "ERBB2 amplification",
                "None approved on the basis of amplification alone",
                "Trastuzumab, T-DXd (IHC 3+ indication)",
                "3 trials",
            ]
        ],
        interp_left=left,
        interp_right=right,
        references=False,
    )
    exp = expect(
        "positive",
        "other",
        None,
        ngs=ngs("amplified", 9),
        rel={"kras": "wild-type", "braf": "wild-type", "msi": "MSS"},
        notes="Lung NGS 'ERBB2 Amplification (CN=9)' -> positive for other tumors; 'IHC 3+' appears only "
        "as a general statement about approvals (must not become ihc.score). Text file laid out "
        "like 'pdftotext -layout' output: the interpretation page has two side-by-side columns.",
    )
    return Sample(
        stem, "txt", "ngs_multipage", doc, exp, "lung NGS amp; IHC 3+ generic trap; two-column text"
    )


@sample
def cholangiocarcinoma_ihc1():
    stem = "cholangiocarcinoma_ihc1"
    rng, pt = _start(stem, "F")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Liver, segment 5/6, resection: intrahepatic cholangiocarcinoma, large duct type, 5.1 cm, "
            "moderately differentiated. Margin negative (0.6 cm)."
        ),
        H("BIOMARKERS"),
        T(
            [
                ["Marker", "Result", "Interpretation"],
                ["HER2/neu (IHC, 4B5)", "1+ ; faint incomplete staining in 30% of tumour cells", "Negative"],
                ["MMR (MLH1, PMS2, MSH2, MSH6)", "All retained", "Proficient"],
                ["FGFR2 FISH (break-apart)", "No rearrangement", "Negative"],
            ],
            [0.32, 0.43, 0.25],
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks)
    exp = expect(
        "negative",
        "other",
        None,
        ihc=ihc("1+", 30, "4B5"),
        rel={"mmr": "proficient"},
        notes="Cholangiocarcinoma (other), HER2/neu 1+ negative in a table; FGFR2 FISH negative is not "
        "a HER2 ISH result.",
    )
    return Sample(stem, "pdf", "breast_biomarker_table", doc, exp, "other tumor 1+ table, FGFR2 FISH trap")


@sample
def lung_biopsy_no_her2_egfr():
    stem = "lung_biopsy_no_her2_egfr"
    rng, pt = _start(stem, "F")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Lung, left lower lobe, EBUS-guided biopsy of station 11L: non-small cell carcinoma, favour "
            "adenocarcinoma (TTF-1 positive, p40 negative)."
        ),
        H("PREDICTIVE BIOMARKERS"),
        KV(
            [
                ("EGFR (HER1)", "Exon 19 deletion (p.E746_A750del) DETECTED"),
                ("ALK (D5F3 IHC)", "Negative"),
                ("ROS1 (SP384 IHC)", "Negative"),
                ("PD-L1 (22C3)", "TPS 40%"),
                ("KRAS", "No mutation detected"),
            ],
            key_frac=0.3,
        ),
        P("Comment: EGFR exon 19 deletion is a sensitising mutation for EGFR tyrosine kinase inhibitors."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "eastbay", blocks)
    exp = expect(
        "not_found",
        "other",
        None,
        rel={"kras": "wild-type"},
        notes="Lung biopsy with EGFR (HER1) result only -> not_found; HER1/EGFR must not be read as HER2.",
    )
    return Sample(stem, "pdf", "no_her2_trap", doc, exp, "EGFR/HER1 trap, no HER2")


@sample
def salivary_duct_carcinoma_ihc3():
    stem = "salivary_duct_carcinoma_ihc3"
    rng, pt = _start(stem, "M")
    blocks = [
        H("DIAGNOSIS"),
        P(
            "Right parotid gland, superficial parotidectomy: salivary duct carcinoma, 3.2 cm, with perineural "
            "invasion; 2 of 11 intraparotid lymph nodes involved."
        ),
        H("IMMUNOPROFILE"),
        P("Androgen receptor: positive (95%). GCDFP-15: positive."),
        P("HER2: positive (score 3+), 4B5, complete membranous staining in 80% of tumor cells."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "positive",
        "other",
        None,
        ihc=ihc("3+", 80, "4B5"),
        notes="Salivary duct carcinoma (other); 'positive (score 3+)'.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "positive (score 3+) phrasing, other")


_ = (T,)
