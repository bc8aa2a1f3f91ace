"""Layout builders shared by the sample modules: FISH signal-count reports, breast biomarker tables,
gastric biopsies, NGS and ctDNA reports, consult letters."""

from __future__ import annotations

import random

from _doc import KV, PB, Doc, H, Hidden, P, Pre, Rule, Sp, T, TwoCol
from _fake import DISCLAIMER, Patient, fmt_date, plus
from _layouts import (
    LABS,
    NGS_LABS,
    appendix_vus,
    blank_page_filler,
    fish_reference_legend,
    ngs_doc,
    ngs_methods_page,
    references_page,
    therapy_table,
)

REGISTRY: list = []


def sample(fn):
    """Register a sample-building function (called later in registration order)."""
    REGISTRY.append(fn)
    return fn


# ------------------------------------------------------------------------------------------
# FISH / ISH signal-count report


def fish_report(
    pt: Patient,
    lab: str,
    *,
    method_title: str,
    method_text: str,
    indication: str,
    cells: int,
    her2_mean: float,
    cep17_mean: float,
    ratio: float,
    group: str | None,
    result_lines: list[str],
    comment: str | None = None,
    legend: bool = True,
    table_style: str = "table",
    site: str = "Breast, left, core biopsy (block A1)",
    date_style: str = "us",
    font: str = "Helvetica",
    extra_blocks: list | None = None,
) -> Doc:
    name, addr = LABS[lab]
    ds = lambda d: fmt_date(d, date_style)  # noqa: E731
    blocks: list = [
        H(method_title),
        KV(
            [
                ("Specimen", site),
                ("Referring accession", pt.accession.replace("S", "R")),
                ("Indication", indication),
                ("Fixation", "10% neutral buffered formalin, 6-72 hours (meets guideline)"),
            ],
            key_frac=0.26,
        ),
        H("RESULTS", 2),
    ]
    her2_total = round(her2_mean * cells)
    cep_total = round(cep17_mean * cells)
    if table_style == "table":
        rows = [
            ["Parameter", "Value"],
            ["Number of invasive tumor nuclei scored", str(cells)],
            ["Total HER2 signals", str(her2_total)],
            ["Total CEP17 signals", str(cep_total)],
            ["Mean HER2 signals per cell", f"{her2_mean:.1f}"],
            ["Mean CEP17 signals per cell", f"{cep17_mean:.1f}"],
            ["HER2/CEP17 ratio", f"{ratio:.1f}"],
        ]
        if group:
            rows.append(["ASCO/CAP ISH group", group])
        blocks.append(T(rows, [0.6, 0.4]))
    else:
        lines = [
            f"Cells counted ........................ {cells}",
            f"HER2 signals (total) ................. {her2_total}",
            f"CEP17 signals (total) ................ {cep_total}",
            f"Average HER2 copy number per cell .... {her2_mean:.1f}",
            f"Average CEP17 copy number per cell ... {cep17_mean:.1f}",
            f"HER2/CEP17 ratio ..................... {ratio:.1f}",
        ]
        if group:
            lines.append(f"ISH group (ASCO/CAP 2018) ............ {group}")
        blocks.append(Pre("\n".join(lines)))
    blocks.append(H("INTERPRETATION", 2))
    blocks.extend(P(x) for x in result_lines)
    if comment:
        blocks.append(P(comment))
    if extra_blocks:
        blocks.extend(extra_blocks)
    if legend:
        blocks.extend(fish_reference_legend())
    blocks.append(
        P(
            "Probe set and scoring: two observers independently scored non-overlapping nuclei in invasive "
            "carcinoma identified on the matched H&E slide. Internal controls (normal cells) showed "
            "expected signal pattern.",
            size=8,
        )
    )
    blocks.append(P(f"Electronically signed: {pt.pathologist}, {ds(plus(pt.reported, 3))}.", size=8))
    header = [
        name,
        "MOLECULAR CYTOGENETICS  -  HER2 IN SITU HYBRIDIZATION REPORT",
        f"Name: {pt.name('last_first_mixed')}   DOB: {ds(pt.dob)}   MRN: {pt.mrn}   Lab#: {pt.accession.replace('S', 'CG')}",
        f"Referring physician: {pt.physician}   Received: {ds(plus(pt.received, 2))}   Reported: {ds(plus(pt.reported, 3))}",
    ]
    footer = [addr, "Page {page} of {pages}  -  fictional test report"]
    return Doc(header=header, footer=footer, blocks=blocks, font=font, title="HER2 ISH report")


# ------------------------------------------------------------------------------------------
# Breast biomarker table report


def biomarker_table(rows: list[list[str]], *, widths=(0.2, 0.14, 0.42, 0.24), grid=True, size=8.5) -> T:
    return T([["Marker", "Clone", "Result", "Interpretation"]] + rows, list(widths), grid=grid, size=size)


ER_POS = [
    "Estrogen receptor (ER)",
    "SP1",
    "Positive nuclear staining in 90% of tumor cells, strong intensity",
    "POSITIVE",
]
PR_POS = [
    "Progesterone receptor (PR)",
    "1E2",
    "Nuclear staining in 40% of tumor cells, moderate intensity",
    "POSITIVE",
]
ER_NEG = ["Estrogen receptor (ER)", "SP1", "No nuclear staining (<1%)", "NEGATIVE"]
PR_NEG = ["Progesterone receptor (PR)", "1E2", "No nuclear staining (0%)", "NEGATIVE"]


def ki67(pct: int) -> list[str]:
    return ["Ki-67", "30-9", f"{pct}% of tumor nuclei", "High" if pct >= 20 else "Low"]


BIOMARKER_FOOT = (
    "Cold ischemia time < 1 hour; fixation in 10% NBF for 6-72 hours. Appropriate positive and negative "
    "external controls were evaluated and performed as expected. Testing performed on block A1."
)


# ------------------------------------------------------------------------------------------
# Consult letter


def letter_doc(
    pt: Patient,
    *,
    org: str,
    org_addr: str,
    author: str,
    author_title: str,
    recipient: str,
    paragraphs: list[str],
    re_line: str,
    date_style="long",
    font="Times-Roman",
    cc: str | None = None,
    extra_blocks: list | None = None,
    pagesize="A4",
) -> Doc:
    blocks: list = [
        P(fmt_date(plus(pt.reported, 12), date_style)),
        P(recipient),
        P(f"**{re_line}**"),
        P(
            f"Patient: {pt.name('first_last')}   Date of birth: {fmt_date(pt.dob, date_style)}   "
            f"Hospital number: {pt.mrn}"
        ),
        Sp(4),
    ]
    blocks.extend(P(p) for p in paragraphs)
    if extra_blocks:
        blocks.extend(extra_blocks)
    blocks.extend([Sp(8), P("Yours sincerely,"), Sp(10), P(f"{author}\n{author_title}")])
    if cc:
        blocks.append(P(f"cc: {cc}", size=8))
    header = [org, org_addr]
    footer = [
        "Private and confidential - fictional correspondence generated as test data",
        "Page {page} of {pages}",
    ]
    return Doc(
        header=header, footer=footer, blocks=blocks, font=font, pagesize=pagesize, title="Clinic letter"
    )


# ------------------------------------------------------------------------------------------
# NGS report (FoundationOne-like and others): summary, therapies, two-column interpretation,
# VUS, methods with a gene list that names ERBB2, references.


def ngs_report(
    pt: Patient,
    lab: str,
    *,
    tumor: str,
    specimen: str,
    purity: str,
    findings: list[tuple[str, str]],
    biomarkers: list[tuple[str, str]],
    negatives: str | None,
    therapies: list[list[str]],
    interp_left: list,
    interp_right: list,
    vus: list[tuple[str, str]] | None = None,
    trials: list[str] | None = None,
    extra_pages: list[list] | None = None,
    summary_note: str | None = None,
    gene_style: str = "columns",
    font: str = "Helvetica",
    references: bool = True,
    about: bool = False,
    rng: random.Random | None = None,
    findings_title: str = "GENOMIC FINDINGS",
    summary_style: str = "table",
) -> Doc:
    blocks: list = [
        H("REPORT SUMMARY"),
        KV(
            [
                ("Disease", tumor),
                ("Specimen", specimen),
                ("Tumor purity (pathologist estimate)", purity),
                ("Ordering physician", pt.physician),
                ("Medical facility", "Fictional Cancer Institute"),
            ],
            key_frac=0.4,
        ),
        H(findings_title, 2),
    ]
    if summary_style == "table":
        blocks.append(T([["Gene / biomarker", "Alteration"]] + [[g, a] for g, a in findings], [0.3, 0.7]))
    else:
        for g, a in findings:
            blocks.append(P(f"**{g}**  {a}"))
    blocks.append(H("BIOMARKER FINDINGS", 2))
    blocks.append(KV(biomarkers, key_frac=0.4))
    if negatives:
        blocks.append(P(negatives))
    if summary_note:
        blocks.append(P(summary_note, size=8))
    blocks.append(PB())
    blocks.extend(therapy_table(therapies))
    if trials:
        blocks.append(H("CLINICAL TRIALS TO CONSIDER", 2))
        blocks.extend(P(f"- {t}", size=8) for t in trials)
    blocks.append(TwoCol(interp_left, interp_right, title="GENOMIC FINDINGS - INTERPRETATION"))
    if vus:
        blocks.extend(appendix_vus(vus))
        blocks.append(PB())
    else:
        blocks.append(PB())
    blocks.extend(ngs_methods_page(gene_style=gene_style))
    for pg in extra_pages or []:
        blocks.append(PB())
        blocks.extend(pg)
    if about and rng is not None:
        blocks.append(PB())
        blocks.extend(blank_page_filler(rng))
    if references:
        blocks.append(PB())
        blocks.extend(references_page())
    return ngs_doc(pt, lab, blocks, tumor=tumor, specimen=specimen, font=font)


# ------------------------------------------------------------------------------------------
# ctDNA (Guardant360-like) report


def ctdna_report(
    pt: Patient,
    lab: str,
    *,
    tumor: str,
    detected: list[list[str]],
    not_detected_note: str,
    cn_note: str,
    interp: list[str],
    tf: str,
    extra: list | None = None,
    genes_tested: str | None = None,
) -> Doc:
    blocks: list = [
        H("SUMMARY OF DETECTED ALTERATIONS"),
        KV(
            [
                ("Cancer type (as provided)", tumor),
                ("Specimen", "Peripheral blood, 2 x 10 mL Streck tubes"),
                ("Collection date", fmt_date(pt.collected, "dmy")),
                ("Tumor fraction / max VAF", tf),
            ],
            key_frac=0.38,
        ),
        T(
            [["Alteration", "Type", "% cfDNA or plasma copy number", "Comment"]] + detected,
            [0.22, 0.2, 0.3, 0.28],
        ),
        P(not_detected_note),
        P(cn_note, size=8),
        H("INTERPRETATION", 2),
    ]
    blocks.extend(P(x) for x in interp)
    if extra:
        blocks.extend(extra)
    blocks.append(PB())
    blocks.append(H("ABOUT THE TEST"))
    blocks.append(
        P(
            "Cell-free DNA (cfDNA) is extracted from plasma and sequenced using hybrid capture with "
            "molecular barcoding. Single nucleotide variants and indels are reported as the percentage of "
            "cfDNA molecules (% cfDNA) carrying the change. Copy number amplifications are reported as "
            "the observed plasma copy number, which is diluted by DNA from normal cells and is therefore "
            "not comparable with tissue copy number thresholds. A 'not detected' result does not rule out "
            "an alteration in the tumor; tissue testing should be considered when clinically indicated."
        )
    )
    blocks.append(H("Genes tested", 2))
    blocks.append(
        P(
            genes_tested
            or (
                "AKT1 ALK APC AR ARAF ATM BRAF BRCA1 BRCA2 CCND1 CCNE1 CDH1 CDK4 CDK6 CDKN2A "
                "CTNNB1 EGFR ERBB2 ESR1 FGFR1 FGFR2 FGFR3 GNAS HNF1A HRAS IDH1 IDH2 JAK2 KIT "
                "KRAS MAP2K1 MET MLH1 MTOR MYC NF1 NRAS NTRK1 PDGFRA PIK3CA PTEN RAF1 RB1 RET "
                "RIT1 ROS1 SMAD4 STK11 TP53 TSC1 (amplifications: ERBB2, MET, EGFR, FGFR2, "
                "KRAS, MYC, CCNE1, CDK4, CDK6, BRAF, PIK3CA, AR)"
            ),
            size=8,
        )
    )
    blocks.append(P(DISCLAIMER, size=7.5))
    name, addr = NGS_LABS[lab]
    header = [
        name,
        f"Patient: {pt.name('first_last')}   DOB: {fmt_date(pt.dob, 'iso')}   Patient MRN: {pt.mrn}",
        f"Report date: {fmt_date(plus(pt.reported, 6), 'iso')}   Physician: {pt.physician}   "
        f"Specimen ID: {pt.accession.replace('S', 'B')}",
    ]
    footer = [addr, "Page {page} of {pages}"]
    return Doc(header=header, footer=footer, blocks=blocks, title="Liquid biopsy report")


__all__ = [
    "REGISTRY",
    "sample",
    "fish_report",
    "biomarker_table",
    "ER_POS",
    "PR_POS",
    "ER_NEG",
    "PR_NEG",
    "ki67",
    "BIOMARKER_FOOT",
    "letter_doc",
    "ngs_report",
    "ctdna_report",
    "Hidden",
    "Pre",
    "Rule",
    "Sp",
    "KV",
    "T",
    "H",
    "P",
    "PB",
    "TwoCol",
    "Doc",
]
