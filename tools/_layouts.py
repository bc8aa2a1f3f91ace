"""Page furniture and reusable sections for the sample reports (all text written for this project)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from _doc import KV, PB, Doc, H, P, Rule, Sp, T, TwoCol
from _fake import DISCLAIMER, HOTSPOT_GENES, PANEL_GENES, Patient, fmt_date, plus

MISSING = object()


@dataclass
class Sample:
    stem: str
    fmt: str  # "pdf", "txt", "txt-utf16", "txt-latin1"
    layout: str
    doc: Doc
    expected: dict
    exercises: str = ""
    extra: dict = field(default_factory=dict)


# ------------------------------------------------------------------------------------------
# Expected-result helpers


def ihc(score, pct=None, clone=None, **more) -> dict:
    d = {"score": score}
    if pct is not None:
        d["percent_cells"] = pct
    if clone is not None:
        d["clone"] = clone
    d.update(more)
    return d


def ish(result=MISSING, ratio=None, cn=None, **more) -> dict:
    d = {}
    if result is not MISSING:
        d["result"] = result
    d["ratio"] = ratio
    d["her2_copy_number"] = cn
    d.update(more)
    return d


def ngs(amp, cn=None, muts=(), ctdna=False) -> dict:
    return {"amplification": amp, "copy_number": cn, "mutations": list(muts), "ctdna": ctdna}


def related(kras=None, nras=None, braf=None, msi=None, mmr=None) -> dict:
    return {"kras": kras, "nras": nras, "braf": braf, "msi": msi, "mmr": mmr}


RAS_WT = {"kras": "wild-type", "nras": "wild-type", "braf": "wild-type"}


def expect(
    status, cancer, her2_low=None, *, ihc=None, ish=None, ngs=None, rel=None, ultralow=MISSING, notes=""
) -> dict:
    d = {
        "_notes": notes,
        "status": status,
        "cancer_type": cancer,
        "her2_low": her2_low,
    }
    if ultralow is not MISSING:
        d["her2_ultralow"] = ultralow
    d["ihc"] = ihc
    d["ish"] = ish
    d["ngs"] = ngs
    d["related"] = related(**(rel or {}))
    return d


# ------------------------------------------------------------------------------------------
# Furniture

LABS = {
    "riverside": (
        "RIVERSIDE REGIONAL MEDICAL CENTER - DEPARTMENT OF PATHOLOGY",
        "1400 Alder Bend Road, Riverside Falls, ST 00000  |  CLIA 99D0000001 (fictional)",
    ),
    "northgate": (
        "Northgate Anatomic Pathology Associates",
        "220 Quarry Lane, Suite 4, Northgate  |  Tel 555-0100  |  Fax 555-0101",
    ),
    "lakeshore": (
        "LAKESHORE UNIVERSITY HOSPITAL  -  Surgical Pathology",
        "Division of Anatomic Pathology, 9 Harbor Circle, Lakeshore",
    ),
    "stmarta": (
        "Hospital Santa Marta - Servicio de Anatomía Patológica",
        "Av. de los Tilos 1200, Villa Esperanza (fictional)",
    ),
    "mercy": ("MERCY VALLEY HEALTH SYSTEM", "Laboratory Medicine & Pathology, 77 Orchard Street"),
    "cascade": ("Cascade Oncology Pathology Group, P.C.", "5 Timberline Parkway, Cascade City"),
    "eastbay": ("EAST BAY COMMUNITY HOSPITAL PATHOLOGY", "301 Marina Way  *  Lab Director: fictitious"),
}


def hosp_doc(
    pt: Patient,
    lab: str,
    blocks: list,
    *,
    title="Surgical Pathology Report",
    date_style="us",
    font="Helvetica",
    pagesize="letter",
    compact=False,
    footer_note=None,
) -> Doc:
    name, addr = LABS[lab]
    ds = lambda d: fmt_date(d, date_style)  # noqa: E731
    if compact:
        header = [name, f"{title.upper()}   Patient: {pt.name()}   MRN: {pt.mrn}   Acc#: {pt.accession}"]
    else:
        header = [
            name,
            addr,
            f"Patient: {pt.name()}    MRN: {pt.mrn}    DOB: {ds(pt.dob)} (Age {pt.age})    Sex: {pt.sex}",
            f"Accession: {pt.accession}    Collected: {ds(pt.collected)}    Received: {ds(pt.received)}    "
            f"Ordering: {pt.physician}",
        ]
    footer = [
        footer_note or "CONFIDENTIAL: fictional test patient - for software testing only",
        f"{title}  |  {pt.accession}  |  Printed {ds(pt.reported)}  |  Page {{page}} of {{pages}}",
    ]
    return Doc(
        header=header,
        footer=footer,
        blocks=blocks,
        font=font,
        pagesize=pagesize,
        title=f"{title} {pt.accession}",
    )


def signout(pt: Patient, extra: str = "") -> list:
    return [
        Sp(4),
        P(
            f"Electronically signed by {pt.pathologist} on {fmt_date(pt.reported)} at 16:{pt.reported.day + 10:02d}. "
            + (extra or "I have personally reviewed the slides and agree with the diagnosis as stated.")
        ),
    ]


def clinical_block(text: str, pre_dx: str | None = None) -> list:
    out = [H("CLINICAL HISTORY"), P(text)]
    if pre_dx:
        out.append(P(f"Pre-operative diagnosis: {pre_dx}"))
    return out


def mmr_table(
    lost: tuple[str, ...] = (), *, grid=True, interpretation: str | None = None, wording="retained"
) -> list:
    rows = [["Protein", "Clone", "Result"]]
    clones = {"MLH1": "M1", "PMS2": "A16-4", "MSH2": "G219-1129", "MSH6": "SP93"}
    for prot in ["MLH1", "PMS2", "MSH2", "MSH6"]:
        if prot in lost:
            res = "Loss of nuclear expression in tumor (internal control positive)"
        else:
            res = {
                "retained": "Retained (intact nuclear expression)",
                "intact": "Intact",
                "present": "Nuclear staining present",
            }[wording]
        rows.append([prot, clones[prot], res])
    out: list = [T(rows, [0.18, 0.18, 0.64], grid=grid)]
    if interpretation:
        out.append(P(interpretation))
    return out


def ras_block(
    kras="not detected", nras="not detected", braf="not detected", *, style="kv", method=None
) -> list:
    method = method or (
        "Targeted next-generation sequencing (hotspot panel) of DNA extracted from block A4; "
        "tumor content estimated at 40%."
    )
    if style == "kv":
        return [
            H("MOLECULAR STUDIES", 2),
            KV([("KRAS (exons 2, 3, 4)", kras), ("NRAS (exons 2, 3, 4)", nras), ("BRAF (codon 600)", braf)]),
            P(f"Method: {method}", size=8),
        ]
    rows = [
        ["Gene", "Exons/codons tested", "Result"],
        ["KRAS", "12, 13, 59, 61, 117, 146", kras],
        ["NRAS", "12, 13, 59, 61, 117, 146", nras],
        ["BRAF", "600", braf],
    ]
    return [H("RAS/RAF mutation analysis", 2), T(rows, [0.16, 0.34, 0.5]), P(f"Method: {method}", size=8)]


def crc_synoptic(
    rng: random.Random,
    site="Sigmoid colon",
    pt_stage="pT3",
    n="pN1a",
    nodes=(1, 18),
    grade="G2, moderately differentiated",
    extra=(),
) -> list:
    rows = [
        (
            "Procedure",
            rng.choice(
                ["Sigmoidectomy", "Low anterior resection", "Right hemicolectomy", "Left hemicolectomy"]
            )
            if site != "Rectum"
            else "Low anterior resection",
        ),
        ("Tumor site", site),
        ("Histologic type", "Adenocarcinoma"),
        ("Histologic grade", grade),
        ("Tumor size", f"{rng.randint(25, 68)} mm"),
        ("Tumor extent", "Invades through the muscularis propria into pericolorectal tissue"),
        ("Lymphovascular invasion", rng.choice(["Not identified", "Present (small vessel)"])),
        ("Perineural invasion", rng.choice(["Not identified", "Present"])),
        ("Tumor budding", f"Low (score {rng.randint(0, 4)} buds / 0.785 mm2)"),
        ("Margins", "All margins negative for invasive carcinoma"),
        ("Regional lymph nodes", f"{nodes[0]} of {nodes[1]} involved"),
        ("Pathologic stage (AJCC 8th)", f"{pt_stage} {n}"),
    ]
    rows.extend(extra)
    return [KV(rows, key_frac=0.34)]


def breast_synoptic(
    rng: random.Random, *, procedure="Lumpectomy", laterality="Left", size_mm=None, grade=2, extra=()
) -> list:
    size_mm = size_mm or rng.randint(9, 38)
    rows = [
        ("Procedure", procedure),
        ("Specimen laterality", laterality),
        ("Histologic type", "Invasive carcinoma of no special type (ductal)"),
        ("Tumor size", f"{size_mm} mm (greatest dimension of largest invasive focus)"),
        (
            "Histologic grade (Nottingham)",
            f"Grade {grade} (tubules {min(3, grade + 1)}, nuclei {grade}, mitoses {max(1, grade - 1)})",
        ),
        (
            "Ductal carcinoma in situ",
            rng.choice(["Present, intermediate grade, solid and cribriform", "Not identified"]),
        ),
        ("Lymphovascular invasion", rng.choice(["Not identified", "Present, focal"])),
        ("Margins", f"Negative for invasive carcinoma; closest margin posterior at {rng.randint(2, 9)} mm"),
        (
            "Regional lymph nodes",
            f"{rng.randint(0, 2)} of {rng.randint(2, 5)} sentinel lymph nodes with metastasis",
        ),
    ]
    rows.extend(extra)
    return [KV(rows, key_frac=0.36)]


# ------------------------------------------------------------------------------------------
# Molecular (NGS / ctDNA) furniture

NGS_LABS = {
    "genomescope": (
        "GenomeScope CDx  |  Comprehensive Genomic Profile (fictional laboratory)",
        "GenomeScope Laboratories, 12 Helix Drive, Cambridge Flats  |  CLIA 99D9999991  |  CAP 0000001",
    ),
    "onconav": (
        "OncoNavigator 500 - Tumor Sequencing Report",
        "OncoNavigator Molecular, 4 Sequence Way (fictional)",
    ),
    "plasmatrace": (
        "PlasmaTrace 74  |  Liquid Biopsy (cfDNA) Report",
        "PlasmaTrace Diagnostics, 800 Bayfront Ave (fictional)",
    ),
    "meridian": (
        "MERIDIAN UNIVERSITY MOLECULAR DIAGNOSTICS LABORATORY",
        "Solid Tumor Hotspot Panel  -  Department of Pathology",
    ),
    "cellfree": (
        "CellFree360-style Circulating Tumor DNA Analysis",
        "Vantage Liquid Genomics (fictional), Redwood Park",
    ),
}


def ngs_doc(
    pt: Patient,
    lab: str,
    blocks: list,
    *,
    tumor: str,
    specimen: str,
    title="Genomic Profile",
    font="Helvetica",
    date_style="dmy",
) -> Doc:
    name, addr = NGS_LABS[lab]
    ds = lambda d: fmt_date(d, date_style)  # noqa: E731
    header = [
        name,
        f"PATIENT {pt.name('first_last')}  |  DOB {ds(pt.dob)}  |  MRN {pt.mrn}  |  REPORT DATE {ds(plus(pt.reported, 9))}",
        f"TUMOR TYPE {tumor}  |  SPECIMEN {specimen}  |  ORDER # {pt.accession.replace('S', 'ORD-')}",
    ]
    footer = [addr, "Fictional report generated as software test data.  Page {page} of {pages}"]
    return Doc(
        header=header,
        footer=footer,
        blocks=blocks,
        font=font,
        pagesize="letter",
        title=f"{title} {pt.accession}",
    )


def ngs_methods_page(genes_note="", *, panel=PANEL_GENES, gene_style="columns") -> list:
    genes = panel.split()
    out: list = [
        H("METHODS AND LIMITATIONS"),
        P(
            "DNA was extracted from formalin-fixed paraffin-embedded tumor tissue and a hybrid-capture "
            "library was sequenced to a median unique coverage above 500x. The assay detects base "
            "substitutions, short insertions and deletions, copy number alterations (amplifications and "
            "homozygous deletions) and selected rearrangements, together with tumor mutational burden "
            "(TMB) and microsatellite instability (MSI). Copy number amplification is called when the "
            "ploidy-adjusted copy number is at or above the gene-specific threshold; values close to the "
            "threshold are reported as 'equivocal'."
        ),
        H("GENES ASSAYED (entire coding sequence)", 2),
    ]
    if gene_style == "columns":
        n = 8
        rows = [genes[i : i + n] + [""] * (n - len(genes[i : i + n])) for i in range(0, len(genes), n)]
        out.append(T(rows, [1 / n] * n, header=False, grid=False, size=7.5))
    else:
        out.append(P(", ".join(genes), size=7.5))
    if genes_note:
        out.append(P(genes_note, size=8))
    out.append(
        P(
            "Limitations: low tumor purity may reduce sensitivity for copy number changes. Germline "
            "variants are not distinguished from somatic variants unless stated.",
            size=8,
        )
    )
    out.append(P(DISCLAIMER, size=7.5))
    return out


def hotspot_methods(extra: str = "") -> list:
    return [
        H("Methodology", 2),
        P(
            "Amplicon-based targeted sequencing of hotspot regions in the following genes: "
            + HOTSPOT_GENES
            + ". Limit of detection approximately 5% variant allele fraction. This panel "
            "does not assess gene copy number or fusions." + (" " + extra if extra else ""),
            size=8,
        ),
    ]


def therapy_table(rows: list[list[str]], title="THERAPIES WITH POTENTIAL CLINICAL BENEFIT") -> list:
    head = [["Alteration", "Therapies (in this tumor type)", "Therapies (other tumor types)", "Trials"]]
    return [H(title), T(head + rows, [0.22, 0.3, 0.3, 0.18])]


def two_col_interpretation(left: list, right: list, title="INTERPRETIVE COMMENTS (continued)") -> TwoCol:
    return TwoCol(left, right, title=title)


def references_page(n: int = 8) -> list:
    refs = [
        "Fictional Author A, et al. Amplification of a receptor tyrosine kinase in gastrointestinal tumors. J Imag Onc. 2019;4:11-19.",
        "Fictional Author B, et al. Dual blockade in refractory colorectal cancer: a phase 2 basket. Imag Clin Trials. 2020;7:220-231.",
        "Fictional Author C, et al. Plasma copy number and tumor fraction. Liquid Bx Rev. 2021;2:45-52.",
        "Fictional Author D, et al. Kinase-domain variants and response to irreversible inhibitors. Exp Ther. 2018;9:301-309.",
        "Fictional Author E, et al. Microsatellite instability detection from panel sequencing. Seq Methods. 2017;3:77-85.",
        "Fictional Author F, et al. Tumor mutational burden harmonisation. Imag Genomics. 2020;12:1-10.",
        "Fictional Author G, et al. Copy-number calling in low-purity samples. Comput Path. 2022;5:90-99.",
        "Fictional Author H, et al. Clinical actionability tiers for somatic variants. Std Rep. 2017;1:1-20.",
    ]
    return [H("REFERENCES")] + [P(f"{i + 1}. {r}", size=8) for i, r in enumerate(refs[:n])]


def appendix_vus(vus: list[tuple[str, str]]) -> list:
    rows = [["Gene", "Variant of unknown significance (VUS)"]] + [[g, v] for g, v in vus]
    return [
        H("VARIANTS OF UNKNOWN SIGNIFICANCE"),
        P(
            "The following variants have uncertain biological or clinical significance. They are listed for "
            "completeness and are not considered actionable.",
            size=8,
        ),
        T(rows, [0.25, 0.75]),
    ]


def fish_reference_legend() -> list:
    return [
        H("Reference ranges (ASCO/CAP 2018 dual-probe ISH)", 2),
        T(
            [
                ["Group", "HER2/CEP17 ratio", "Average HER2 copies/cell", "Interpretation"],
                ["1", ">= 2.0", ">= 4.0", "Positive (amplified)"],
                ["2", ">= 2.0", "< 4.0", "Negative unless concurrent IHC 3+"],
                ["3", "< 2.0", ">= 6.0", "Positive if concurrent IHC 2+ or 3+ (after recount)"],
                ["4", "< 2.0", ">= 4.0 and < 6.0", "Negative unless concurrent IHC 3+"],
                ["5", "< 2.0", "< 4.0", "Negative (not amplified)"],
            ],
            [0.1, 0.22, 0.28, 0.4],
            size=7.5,
        ),
    ]


def ihc_legend(breast=True) -> list:
    if breast:
        txt = (
            "Scoring (ASCO/CAP 2018): 0 = no staining or faint/barely perceptible incomplete membrane staining "
            "in <=10% of invasive tumor cells (negative); 1+ = faint incomplete staining in >10% (negative); "
            "2+ = weak to moderate complete staining in >10% (equivocal, reflex ISH); 3+ = strong complete "
            "circumferential staining in >10% (positive)."
        )
    else:
        txt = (
            "Scoring (gastric/GEJ, Hofmann criteria): 0 = no reactivity or membranous reactivity in <10% of "
            "tumor cells; 1+ = faint/barely perceptible membranous reactivity in >=10%; 2+ = weak to moderate "
            "complete, basolateral or lateral reactivity in >=10%; 3+ = strong complete, basolateral or "
            "lateral reactivity in >=10%. In biopsies a cohesive cluster of >=5 cells suffices."
        )
    return [P(txt, size=7.5)]


def blank_page_filler(rng: random.Random) -> list:
    return [
        H("ABOUT THIS TEST"),
        P(
            "Tumor mutational burden (TMB) is the number of somatic base substitutions and short indels per "
            "megabase of genome examined; germline and known driver variants are excluded. Microsatellite "
            "status is determined from length distributions at more than 100 loci."
        ),
        P(
            "Genomic findings are reported with the supporting evidence available at the time of reporting. "
            "Therapy and trial lists are not ranked and are not recommendations; treatment decisions rest with "
            "the treating physician."
        ),
        Rule(),
    ]


__all__ = [
    "Sample",
    "ihc",
    "ish",
    "ngs",
    "related",
    "expect",
    "RAS_WT",
    "MISSING",
    "hosp_doc",
    "signout",
    "clinical_block",
    "mmr_table",
    "ras_block",
    "crc_synoptic",
    "breast_synoptic",
    "ngs_doc",
    "ngs_methods_page",
    "hotspot_methods",
    "therapy_table",
    "two_col_interpretation",
    "references_page",
    "appendix_vus",
    "fish_reference_legend",
    "ihc_legend",
    "blank_page_filler",
    "PB",
    "Rule",
    "Sp",
    "H",
    "P",
    "KV",
    "T",
    "TwoCol",
]
