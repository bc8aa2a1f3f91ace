"""Breast samples (ASCO/CAP 2018 truth rules). All text written for this project; patients are fictional."""

from __future__ import annotations

import random

from _builders import (
    BIOMARKER_FOOT,
    ER_NEG,
    ER_POS,
    PR_NEG,
    PR_POS,
    biomarker_table,
    fish_report,
    ki67,
    letter_doc,
    sample,
)
from _doc import KV, PB, H, Hidden, P, Pre, Rule, Sp, T
from _fake import fmt_date, gross_breast, micro_filler, patient, plus, seed_for
from _layouts import (
    Sample,
    breast_synoptic,
    clinical_block,
    expect,
    hosp_doc,
    ihc,
    ihc_legend,
    ish,
    signout,
)


def _start(stem: str, sex: str = "F", **kw):
    rng = random.Random(seed_for(stem))
    return rng, patient(rng, sex, **kw)


def _core_dx(rng, side="LEFT", pos="2 O'CLOCK", grade=2) -> list:
    return [
        H("FINAL DIAGNOSIS"),
        P(f"BREAST, {side}, {pos}, ULTRASOUND-GUIDED CORE NEEDLE BIOPSY:"),
        P(
            f"- INVASIVE DUCTAL CARCINOMA (NO SPECIAL TYPE), NOTTINGHAM GRADE {grade} OF 3, measuring "
            f"{rng.randint(6, 14)} mm in greatest linear extent in the cores.",
            indent=2,
        ),
        P("- Ductal carcinoma in situ, intermediate nuclear grade, cribriform type.", indent=2),
        P("- Microcalcifications associated with carcinoma in situ.", indent=2),
    ]


# ------------------------------------------------------------------------------------------


@sample
def breast_core_biomarker_table_ihc3():
    out = []
    for stem, fmt in (
        ("breast_core_biomarker_table_ihc3", "pdf"),
        ("breast_core_biomarker_table_ihc3_txt", "txt"),
    ):
        rng, pt = _start("breast_core_biomarker_table_ihc3")
        blocks = _core_dx(rng, grade=3) + [
            H("BREAST BIOMARKER STUDIES (block A1)"),
            biomarker_table(
                [
                    ER_NEG,
                    PR_NEG,
                    [
                        "HER2 (c-erbB-2) protein",
                        "4B5 (Ventana)",
                        "Score 3+: strong, complete, circumferential membrane staining in 95% of invasive tumor cells",
                        "POSITIVE",
                    ],
                    ki67(55),
                ]
            ),
            P(BIOMARKER_FOOT, size=8),
            *ihc_legend(True),
            H("GROSS DESCRIPTION"),
            P(gross_breast(rng, "core")),
            H("MICROSCOPIC DESCRIPTION"),
            P(micro_filler(rng, "breast")),
            *signout(pt),
        ]
        doc = hosp_doc(pt, "northgate", blocks)
        exp = expect(
            "positive",
            "breast",
            False,
            ihc=ihc("3+", 95, "4B5"),
            notes="Breast core biopsy, biomarker table row 'HER2 (c-erbB-2) protein | 4B5 | Score 3+ ... "
            "| POSITIVE' with a wrapped result cell; scoring legend listing every category must not "
            "count." + (" Text twin of the PDF sample." if fmt == "txt" else ""),
        )
        out.append(
            Sample(
                stem,
                fmt,
                "breast_biomarker_table",
                doc,
                exp,
                "biomarker table, wrapped cell, legend trap, c-erbB-2 synonym",
            )
        )
    return out


@sample
def breast_biomarker_table_ihc1_herceptest():
    stem = "breast_biomarker_table_ihc1_herceptest"
    rng, pt = _start(stem)
    blocks = [
        H("DIAGNOSIS"),
        P(
            "Right breast, 10 o'clock, 4 cm from nipple, core biopsies: Invasive lobular carcinoma, classic type, "
            "grade 2. Lymphovascular invasion not identified."
        ),
        H("Prognostic markers"),
        biomarker_table(
            [
                ER_POS,
                PR_POS,
                [
                    "HER2",
                    "HercepTest (Dako)",
                    "1+ (faint, incomplete membrane staining in approximately 30% of invasive tumour cells)",
                    "Negative (HER2-low)",
                ],
                ki67(12),
            ],
            grid=True,
        ),
        P(
            "HER2 immunohistochemistry interpreted according to ASCO/CAP 2018 guidance. " + BIOMARKER_FOOT,
            size=8,
        ),
        H("Gross"),
        P(gross_breast(rng, "core")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks, date_style="dmy")
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("1+", 30, "HercepTest"),
        notes="Text-file biomarker grid; HER2 1+ with 'HER2-low' lab call; HercepTest clone; result cell "
        "wraps across lines in a +---+ table.",
    )
    return Sample(stem, "txt", "breast_biomarker_table", doc, exp, "text grid table, 1+, HER2-low call")


@sample
def breast_lumpectomy_ihc2_fish_amplified():
    stem = "breast_lumpectomy_ihc2_fish_amplified"
    rng, pt = _start(stem)
    blocks = [
        *clinical_block(
            f"{pt.age}-year-old woman with a screen-detected 2.1 cm left breast mass; core biopsy showed "
            "invasive ductal carcinoma.",
            "Left breast carcinoma",
        ),
        H("FINAL DIAGNOSIS"),
        P(
            "A. LEFT BREAST, LUMPECTOMY (NEEDLE-LOCALISED): INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2, 21 MM. "
            "MARGINS NEGATIVE. SEE SYNOPTIC REPORT AND ADDENDUM."
        ),
        P("B. LEFT AXILLARY SENTINEL LYMPH NODES (2): NEGATIVE FOR METASTATIC CARCINOMA (0/2)."),
        H("SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (CAP)"),
        *breast_synoptic(
            rng,
            size_mm=21,
            extra=[
                ("Estrogen receptor", "Positive (95%, strong)"),
                ("Progesterone receptor", "Positive (60%, moderate)"),
                ("HER2 by IHC (clone 4B5)", "Equivocal (score 2+); reflex FISH ordered - see addendum"),
            ],
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "lumpectomy")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "breast")),
        *signout(pt),
        PB(),
        H(f"ADDENDUM #1 ({fmt_date(plus(pt.reported, 4))}) - HER2 FISH"),
        KV(
            [
                ("Method", "Dual-probe FISH (HER2 / CEP17), block A3"),
                ("Number of cells counted", "40"),
                ("Average HER2 signals per nucleus", "5.8"),
                ("Average CEP17 signals per nucleus", "2.2"),
                ("HER2/CEP17 ratio", "2.6"),
                ("Result", "AMPLIFIED (ASCO/CAP ISH group 1)"),
            ]
        ),
        P("FINAL HER2 STATUS: POSITIVE. Interpretation per ASCO/CAP 2018 guideline."),
        P(f"Addendum signed by {pt.pathologist}.", size=8),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("2+", clone="4B5"),
        ish=ish("amplified", 2.6, 5.8),
        notes="Synoptic lumpectomy, 3 pages with header/footer on every page; IHC 2+ on page 1 resolved by "
        "FISH addendum on page 3 (group 1, amplified) -> positive.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "multi-page synoptic, 2+ then FISH addendum")


@sample
def breast_fish_signal_count_ihc2_not_amplified():
    stem = "breast_fish_signal_count_ihc2_not_amplified"
    rng, pt = _start(stem)
    doc = fish_report(
        pt,
        "cascade",
        method_title="HER2 GENE AMPLIFICATION BY FISH (PathVysion-type dual probe)",
        method_text="",
        indication="HER2 IHC 2+ (equivocal) on core biopsy; reflex ISH per protocol",
        cells=60,
        her2_mean=2.3,
        cep17_mean=1.9,
        ratio=1.2,
        group="Group 5",
        result_lines=[
            "NEGATIVE - HER2 gene NOT AMPLIFIED.",
            "The HER2/CEP17 ratio is below 2.0 and the average HER2 copy number is below 4.0 signals per "
            "cell (ASCO/CAP ISH group 5).",
        ],
        comment="Together with the prior IHC score of 2+, the final HER2 status is negative (HER2-low).",
    )
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("2+"),
        ish=ish("not_amplified", 1.2, 2.3),
        notes="FISH signal-count table (cells, totals, means, ratio, group) plus a reference legend "
        "listing all five groups incl. 'Positive (amplified)' (legend trap). IHC 2+ only cited "
        "in the indication line.",
    )
    return Sample(stem, "pdf", "fish_signal_count", doc, exp, "FISH table, group 5, legend trap")


@sample
def breast_core_ihc2_fish_pending():
    stem = "breast_core_ihc2_fish_pending"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "RIGHT", "UPPER OUTER QUADRANT") + [
        H("ANCILLARY STUDIES"),
        P("Estrogen receptor: POSITIVE, 80% of tumor nuclei, moderate to strong intensity (Allred 7)."),
        P("Progesterone receptor: POSITIVE, 15%, weak to moderate."),
        P(
            "Her2neu by immunohistochemistry (4B5): 2+ EQUIVOCAL - weak to moderate complete membrane staining "
            "in 40% of invasive tumor cells."
        ),
        P("Reflex HER2 FISH has been ordered on block A1. Results will be reported in an addendum."),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "core")),
        H("MICROSCOPIC"),
        P(micro_filler(rng, "breast")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "equivocal",
        "breast",
        None,
        ihc=ihc("2+", 40, "4B5"),
        notes="IHC 2+ with FISH ordered but not yet reported -> equivocal (the pending FISH is a pending "
        "mention, not a result). 'Her2neu' spelling.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "2+ equivocal, ISH pending, Her2neu")


@sample
def breast_core_ihc0_ultralow_table():
    stem = "breast_core_ihc0_ultralow_table"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "LEFT", "12 O'CLOCK", grade=1) + [
        H("BIOMARKERS"),
        biomarker_table(
            [
                ER_POS,
                PR_POS,
                [
                    "HER2 (IHC)",
                    "4B5",
                    "0+: faint, barely perceptible, incomplete membrane staining in approximately 5% of invasive "
                    "tumor cells",
                    "Negative - HER2-ultralow (IHC 0 with staining, >0 <1+)",
                ],
                ki67(8),
            ],
            widths=(0.16, 0.1, 0.44, 0.3),
        ),
        P(
            "Comment: per CAP breast biomarker reporting, tumors with faint staining in 10% or fewer of cells are "
            "reported as '0+' (HER2-ultralow) to distinguish them from tumors with no staining (HER2-null).",
            size=8,
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks)
    exp = expect(
        "negative",
        "breast",
        False,
        ultralow=True,
        ihc=ihc("0", 5, "4B5"),
        notes="'0+' ultralow in a table row; her2_low false, her2_ultralow true; the comment names "
        "HER2-null too.",
    )
    return Sample(stem, "pdf", "breast_biomarker_table", doc, exp, "0+ ultralow")


@sample
def breast_excision_her2_zero_sp3_txt():
    stem = "breast_excision_her2_zero_sp3_txt"
    rng, pt = _start(stem)
    blocks = [
        H("Final Pathologic Diagnosis"),
        P(
            "Right breast, wide local excision: invasive carcinoma NST, grade 3 (3+3+3), 17 mm, with central "
            "necrosis and a prominent lymphocytic infiltrate. Margins clear (closest 4 mm, inferior)."
        ),
        H("Hormone receptors and HER2"),
        P("ER: negative (<1% of tumour nuclei). PR: negative (0%)."),
        P(
            "HER2 (clone SP3): score 0 - no membrane staining observed in the invasive tumour (HER2-null). "
            "Interpretation: NEGATIVE."
        ),
        P("Phenotype: triple negative."),
        H("Macroscopy"),
        P(gross_breast(rng, "lumpectomy")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks, date_style="eu", title="Histopathology Report")
    exp = expect(
        "negative",
        "breast",
        False,
        ultralow=False,
        ihc=ihc("0", clone="SP3"),
        notes="Prose 'score 0 - no membrane staining (HER2-null)'; triple negative; her2_ultralow false.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "score 0 null, SP3")


@sample
def breast_ihc_range_0_1_cb11():
    stem = "breast_ihc_range_0_1_cb11"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "LEFT BREAST, MASTECTOMY: INFILTRATING LOBULAR CARCINOMA, PLEOMORPHIC VARIANT, 34 MM. "
            "LOBULAR CARCINOMA IN SITU. NIPPLE AND SKIN UNINVOLVED."
        ),
        H("SYNOPTIC"),
        *breast_synoptic(
            rng,
            procedure="Total mastectomy",
            size_mm=34,
            extra=[
                ("ER", "POSITIVE (85%)"),
                ("PR", "NEGATIVE (<1%)"),
                ("HER-2/neu (CB11)", "NEGATIVE (0-1+)"),
            ],
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "lumpectomy")),
        H("COMMENT"),
        P(
            "Membrane staining for HER-2/neu is weak and incomplete in a minority of cells; the score lies between "
            "0 and 1+. Both categories are negative."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "eastbay", blocks, font="Times-Roman")
    exp = expect(
        "negative",
        "breast",
        None,
        ihc=ihc(None, clone="CB11", score_range="0-1+"),
        notes="Score given only as a range '0-1+' -> score null, score_range '0-1+', status negative; "
        "her2_low null because 0 vs 1+ is unresolved.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "range 0-1+, CB11, Times font")


@sample
def breast_ihc_range_1_2_sish_negative():
    stem = "breast_ihc_range_1_2_sish_negative"
    rng, pt = _start(stem)
    blocks = [
        H("DIAGNOSIS"),
        P("Breast, left, core biopsy: invasive ductal carcinoma, grade 2."),
        H("RECEPTOR STUDIES"),
        T(
            [
                ["Test", "Result", "Call"],
                ["ER (SP1)", "70%, moderate", "Positive"],
                ["PR (1E2)", "20%, weak", "Positive"],
                ["HER2 IHC (4B5)", "1-2+ ; heterogeneous weak to moderate membrane staining", "See ISH"],
                ["HER2 SISH", "HER2/CEP17 ratio 1.1; mean HER2 copy number 2.4 per cell", "Not amplified"],
            ],
            [0.22, 0.56, 0.22],
            grid=False,
        ),
        P("Final HER2 interpretation: NEGATIVE (ISH not amplified)."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc(None, clone="4B5", score_range="1-2+"),
        ish=ish("not_amplified", 1.1, 2.4),
        notes="IHC range '1-2+' (score null) resolved by SISH not amplified -> negative; HER2-low true "
        "because both 1+ and 2+/ISH-negative are low. Plain (gridless) text table.",
    )
    return Sample(stem, "txt", "breast_biomarker_table", doc, exp, "range 1-2+, SISH, gridless table")


@sample
def breast_sish_only_amplified():
    stem = "breast_sish_only_amplified"
    rng, pt = _start(stem)
    doc = fish_report(
        pt,
        "riverside",
        method_title="HER2 SILVER IN SITU HYBRIDIZATION (SISH), BRIGHT-FIELD DUAL PROBE",
        method_text="",
        indication="Newly diagnosed invasive breast carcinoma; primary HER2 testing by ISH",
        cells=20,
        her2_mean=9.2,
        cep17_mean=2.2,
        ratio=4.2,
        group="1",
        result_lines=[
            "HER2 GENE AMPLIFIED (POSITIVE).",
            "Average HER2 copy number 9.2 signals/cell; HER2/CEP17 ratio of 4.2.",
        ],
        legend=False,
        table_style="pre",
        site="Breast, right, 9 o'clock core biopsy",
    )
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=None,
        ish=ish("amplified", 4.2, 9.2),
        notes="ISH-only report (no IHC) in a monospace dotted-leader layout; amplified -> positive.",
    )
    return Sample(stem, "pdf", "fish_signal_count", doc, exp, "SISH only, Pre layout")


@sample
def breast_fish_group2_ihc1():
    stem = "breast_fish_group2_ihc1"
    rng, pt = _start(stem)
    doc = fish_report(
        pt,
        "cascade",
        method_title="HER2 FISH - DUAL PROBE (HER2/CEP17)",
        method_text="",
        indication="Re-testing on excision specimen at clinician request (core biopsy IHC 1+)",
        cells=40,
        her2_mean=3.6,
        cep17_mean=1.7,
        ratio=2.1,
        group="Group 2",
        result_lines=[
            "ASCO/CAP ISH Group 2 (ratio >= 2.0, average HER2 copy number < 4.0).",
            "Concurrent HER2 IHC on the same block (4B5): score 1+.",
            "FINAL INTERPRETATION: HER2 NEGATIVE. Per ASCO/CAP 2018, group 2 with concurrent IHC 0-2+ is "
            "reported as negative, with a comment.",
        ],
        comment="Comment: evidence is limited on the efficacy of HER2-targeted therapy in this uncommon group.",
    )
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("1+", clone="4B5"),
        ish=ish(ratio=2.1, cn=3.6),
        notes="ISH group 2 (ratio 2.1 but mean HER2 3.6) with IHC 1+ -> negative. A naive 'ratio >= 2 "
        "means amplified' rule gets this wrong. ish.result deliberately not asserted. Also "
        "contains the guideline phrase 'IHC 0-2+' which is not this tumor's score.",
    )
    return Sample(stem, "pdf", "fish_signal_count", doc, exp, "ISH group 2 + IHC 1+")


@sample
def breast_fish_group3_ihc2_positive_txt():
    stem = "breast_fish_group3_ihc2_positive_txt"
    rng, pt = _start(stem)
    doc = fish_report(
        pt,
        "mercy",
        method_title="HER2/neu FISH ANALYSIS",
        method_text="",
        indication="HER2 IHC score 2+ on biopsy",
        cells=40,
        her2_mean=6.4,
        cep17_mean=3.8,
        ratio=1.7,
        group="3",
        result_lines=[
            "ISH group 3: HER2/CEP17 ratio < 2.0 with average HER2 copy number ≥ 6.0 signals/cell.",
            "Additional work-up: the IHC slide (2+) was reviewed and a second observer recounted 20 "
            "additional cells in the area of strongest staining; results concordant.",
            "FINAL RESULT: HER2 POSITIVE.",
        ],
        table_style="pre",
        legend=True,
    )
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("2+"),
        ish=ish(ratio=1.7, cn=6.4),
        notes="Group 3 (ratio 1.7, mean 6.4) with IHC 2+ -> positive (ratio < 2 does not make it "
        "negative). Reference legend present. ish.result not asserted.",
    )
    return Sample(stem, "txt", "fish_signal_count", doc, exp, "ISH group 3 + IHC 2+")


@sample
def breast_addendum_revised_positive():
    stem = "breast_addendum_revised_positive"
    rng, pt = _start(stem)
    blocks = [
        *clinical_block("Palpable right breast mass, 3 cm. BI-RADS 5."),
        H("FINAL DIAGNOSIS"),
        P("RIGHT BREAST, 11:00, CORE BIOPSIES: INVASIVE DUCTAL CARCINOMA, GRADE 3."),
        H("BREAST MARKERS (PRELIMINARY)"),
        KV(
            [
                ("ER", "Negative (0%)"),
                ("PR", "Negative (0%)"),
                ("HER2 by IHC (4B5)", "Equivocal (2+). Reflex in situ hybridization is pending."),
            ]
        ),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "core")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "breast")),
        *signout(pt),
        PB(),
        H(f"ADDENDUM - REVISED REPORT ({fmt_date(plus(pt.reported, 5))})"),
        P("Reason for revision: HER2 in situ hybridization result."),
        P(
            "Dual-colour chromogenic in situ hybridization (CISH) for HER2 was performed on block A1. Sixty "
            "invasive tumour nuclei were evaluated. HER2/CEP17 ratio: 3.4. Average HER2 copy number: 7.1 "
            "signals per nucleus. Result: AMPLIFIED."
        ),
        P("The HER2 status is revised from EQUIVOCAL to POSITIVE. The clinician was notified by telephone."),
        P(f"Addendum electronically signed by {pt.pathologist}.", size=8),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("2+", clone="4B5"),
        ish=ish("amplified", 3.4, 7.1),
        notes="Original report says equivocal/ISH pending; the revised-report addendum states CISH "
        "amplified and 'revised from EQUIVOCAL to POSITIVE' -> final positive.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "addendum revision, CISH")


@sample
def breast_two_parts_ihc1_and_ihc3():
    stem = "breast_two_parts_ihc1_and_ihc3"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P("PART 1: LEFT BREAST, UPPER OUTER QUADRANT, CORE BIOPSY - Invasive ductal carcinoma, grade 2."),
        P(
            "PART 2: LEFT BREAST, LOWER INNER QUADRANT, CORE BIOPSY - Invasive ductal carcinoma, grade 3 "
            "(morphologically distinct second focus)."
        ),
        H("IMMUNOHISTOCHEMISTRY"),
        T(
            [
                ["Specimen", "ER", "PR", "HER2 (A0485 polyclonal)"],
                [
                    "Part 1 (UOQ)",
                    "Positive, 95%",
                    "Positive, 70%",
                    "1+ (negative); incomplete faint staining",
                ],
                [
                    "Part 2 (LIQ)",
                    "Positive, 60%",
                    "Negative, <1%",
                    "3+ (positive); strong complete membrane staining in 80% of invasive cells",
                ],
            ],
            [0.18, 0.16, 0.16, 0.5],
        ),
        P(
            "COMMENT: The two foci differ in HER2 status. The HER2-positive focus (Part 2) should be considered for "
            "treatment planning."
        ),
        H("GROSS DESCRIPTION"),
        P("Part 1: " + gross_breast(rng, "core")),
        P("Part 2: " + gross_breast(rng, "core")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks)
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("3+", 80, "A0485"),
        notes="Two specimens with different HER2 IHC (1+ and 3+); the higher (3+) decides.",
    )
    return Sample(stem, "pdf", "breast_biomarker_table", doc, exp, "two specimens conflicting, A0485")


@sample
def breast_consult_letter_hyphenated():
    stem = "breast_consult_letter_hyphenated"
    rng, pt = _start(stem)
    paras = [
        f"Thank you for referring {pt.first} {pt.last}, whom I saw today in the breast oncology clinic to discuss "
        "adjuvant treatment after her left wide local excision and sentinel node biopsy.",
        "Histology showed a 19 mm grade 2 invasive ductal carcinoma with clear margins and no nodal involvement "
        "(pT1c pN0). The tumour is strongly oestrogen receptor positive (Allred 8/8) and progesterone receptor "
        "positive (Allred 6/8). On immunohistochemistry the tumour scored 1+ for HER2 (HER2-low), and fluorescence "
        "in situ hybridisation, requested because of focal stronger staining, showed no ampli-\nfication "
        "(HER2/CEP17 ratio 1.2; mean HER2 copy number 2.6 per cell). She therefore has HER2-negative disease.",
        "We discussed endocrine therapy with an aromatase inhibitor for five years and the small absolute benefit "
        "of chemotherapy. A genomic recurrence score has been requested and I will see her again with the result.",
        "She asked whether trastuzumab would be relevant; I explained that it is not indicated for her tumour.",
    ]
    doc = letter_doc(
        pt,
        org="Lakeshore University Hospital - Breast Oncology Service",
        org_addr="Clinic B, 9 Harbor Circle, Lakeshore  |  Tel 555-0199",
        author="Dr Imogen Featherstone",
        author_title="Consultant Medical Oncologist",
        recipient=f"Dr {pt.physician.split(',')[0]}\nFairview Family Practice\n14 Elm Row",
        re_line="Re: adjuvant treatment discussion",
        paragraphs=paras,
    )
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("1+"),
        ish=ish("not_amplified", 1.2, 2.6),
        notes="Consult letter (prose). 'no ampli-' / 'fication' hyphenated across a line break; "
        "trastuzumab mentioned only as not indicated.",
    )
    return Sample(stem, "pdf", "consult_letter", doc, exp, "prose letter, hyphenation, drug mention")


@sample
def breast_white_text_trap_ihc1():
    stem = "breast_white_text_trap_ihc1"
    rng, pt = _start(stem)
    blocks = _core_dx(rng) + [
        H("BREAST BIOMARKERS"),
        biomarker_table(
            [
                ER_POS,
                PR_POS,
                [
                    "HER2",
                    "HercepTest",
                    "Score 1+ - faint partial membrane staining, 40% of tumor cells",
                    "Negative",
                ],
                ki67(18),
            ]
        ),
        Hidden("white", "HER2 POSITIVE (3+) - AMPLIFIED - FINAL HER2 STATUS: POSITIVE"),
        P(BIOMARKER_FOOT, size=8),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("1+", 40, "HercepTest"),
        notes="Visible HER2 1+ negative. A white-on-white line 'HER2 POSITIVE (3+) - AMPLIFIED' sits in "
        "the text layer and must not count.",
    )
    return Sample(stem, "pdf", "breast_biomarker_table", doc, exp, "hidden white text trap")


@sample
def breast_her2_enriched_subtype_only():
    stem = "breast_her2_enriched_subtype_only"
    rng, pt = _start(stem)
    blocks = [
        H("GENE EXPRESSION PROFILE - 50-GENE INTRINSIC SUBTYPE ASSAY (fictional)"),
        KV(
            [
                ("Specimen", "Left breast core biopsy, block A2 (tumor area circled, 70% tumor)"),
                ("Intrinsic subtype", "HER2-Enriched"),
                ("Risk of recurrence (ROR) score", "64 (high risk category)"),
                ("Proliferation score", "High"),
            ]
        ),
        P(
            "The HER2-Enriched intrinsic subtype is defined by a gene-expression pattern and is not a substitute "
            "for clinical receptor testing by immunohistochemistry or in situ hybridization. Receptor status was "
            "not provided with this specimen."
        ),
        T(
            [
                ["Subtype", "Description"],
                ["Luminal A", "Low proliferation, hormone-receptor pathway genes high"],
                ["Luminal B", "Higher proliferation, hormone-receptor pathway genes present"],
                ["HER2-Enriched", "High expression of the 17q12 amplicon genes and proliferation genes"],
                ["Basal-like", "Basal keratin and proliferation genes high"],
            ],
            [0.25, 0.75],
        ),
        P(
            "Methodology: RNA extracted from FFPE tissue, digital counting of 50 classifier genes and 8 housekeeping "
            "genes.",
            size=8,
        ),
        *signout(pt, "Reviewed by laboratory director."),
    ]
    doc = hosp_doc(pt, "cascade", blocks, title="Molecular Pathology Report")
    exp = expect(
        "not_found",
        "breast",
        None,
        notes="Only the gene-expression subtype 'HER2-Enriched' is given; no IHC/ISH -> not_found.",
    )
    return Sample(stem, "pdf", "no_her2_trap", doc, exp, "HER2-enriched subtype trap")


@sample
def breast_core_studies_pending():
    stem = "breast_core_studies_pending"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "LEFT", "3 O'CLOCK") + [
        H("COMMENT"),
        P(
            "Breast prognostic markers (ER, PR and HER2/neu) have been ordered on block A1 and will be reported in "
            "an addendum."
        ),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "core")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "breast")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "eastbay", blocks)
    exp = expect(
        "not_found",
        "breast",
        None,
        notes="ER/PR/HER2 ordered and pending ('will be reported in an addendum') -> not_found.",
    )
    return Sample(stem, "txt", "no_her2_trap", doc, exp, "pending trap")


@sample
def breast_legend_only_see_separate():
    stem = "breast_legend_only_see_separate"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "A. Right breast, segmental mastectomy: residual invasive ductal carcinoma, 8 mm, grade 2, with treatment "
            "effect. Margins negative."
        ),
        P("B. Right axillary sentinel lymph node: one lymph node, negative for carcinoma (0/1)."),
        H("BIOMARKER STATUS"),
        P(
            f"ER, PR and HER2 testing was performed on the diagnostic core biopsy (see separate report "
            f"{pt.accession[:-2]}17). Repeat testing on this specimen is available on request."
        ),
        H("HER2 IHC interpretation key (for reference)", 2),
        T(
            [
                ["Score", "Staining pattern", "Interpretation"],
                ["0", "No staining or incomplete faint staining in <=10% of cells", "Negative"],
                ["1+", "Incomplete faint staining in >10% of cells", "Negative"],
                ["2+", "Weak/moderate complete staining in >10% of cells", "Equivocal - reflex ISH"],
                ["3+", "Strong complete staining in >10% of cells", "Positive"],
            ],
            [0.1, 0.6, 0.3],
            size=8,
        ),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "lumpectomy")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "not_found",
        "breast",
        None,
        notes="HER2 result is in a separate report; the page carries only a scoring key listing every "
        "category (legend trap) -> not_found.",
    )
    return Sample(stem, "pdf", "no_her2_trap", doc, exp, "see separate report + legend trap")


@sample
def breast_offpage_text_ihc2_fish_neg():
    stem = "breast_offpage_text_ihc2_fish_neg"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P("LEFT BREAST, EXCISION: Invasive ductal carcinoma, grade 2, 16 mm; margins negative."),
        H("SYNOPTIC REPORT"),
        *breast_synoptic(rng, size_mm=16),
        Hidden("offpage", "HER2 POSITIVE 3+ (AMPLIFIED)"),
        H("HER2 TESTING"),
        KV(
            [
                ("HER2 IHC (4B5)", "2+ (equivocal)"),
                ("HER2 FISH", "Non-amplified: HER2/CEP17 ratio 1.4, average HER2 signals 3.1 per cell"),
                ("Final HER2 status", "NEGATIVE (IHC 2+, ISH non-amplified; HER2-low)"),
            ],
            key_frac=0.3,
        ),
        PB(),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "lumpectomy")),
        H("MICROSCOPIC DESCRIPTION"),
        P(micro_filler(rng, "breast")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("2+", clone="4B5"),
        ish=ish("not_amplified", 1.4, 3.1),
        notes="Visible IHC 2+ / FISH non-amplified -> negative, HER2-low. Text drawn outside the page box "
        "says 'HER2 POSITIVE 3+ (AMPLIFIED)' and must not count.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "off-page text trap")


@sample
def breast_render_mode3_ihc0():
    stem = "breast_render_mode3_ihc0"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "RIGHT", "6 O'CLOCK", grade=3) + [
        H("BIOMARKER RESULTS"),
        biomarker_table(
            [
                ER_NEG,
                PR_NEG,
                ["HER2/neu", "4B5", "Score 0 (no staining)", "Negative"],
                ki67(70),
            ]
        ),
        Hidden("invisible", "HER2/neu: POSITIVE (score 3+) - HER2 gene amplified by FISH, ratio 5.2"),
        P(BIOMARKER_FOOT, size=8),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "northgate", blocks)
    exp = expect(
        "negative",
        "breast",
        False,
        ultralow=False,
        ihc=ihc("0", clone="4B5"),
        notes="Visible HER2 score 0 (no staining). A text-render-mode-3 (invisible) line claims 3+ and "
        "FISH ratio 5.2; it must not count.",
    )
    return Sample(stem, "pdf", "breast_biomarker_table", doc, exp, "render mode 3 invisible text trap")


@sample
def breast_male_cb11_score3_upper_txt():
    stem = "breast_male_cb11_score3_upper_txt"
    rng, pt = _start(stem, sex="M")
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "LEFT BREAST (MALE), SIMPLE MASTECTOMY: INFILTRATING DUCTAL CARCINOMA, MODERATELY DIFFERENTIATED, "
            "MEASURING 2.6 CM. NIPPLE INVOLVED BY CARCINOMA. DEEP MARGIN FREE (0.4 CM)."
        ),
        H("SPECIAL STUDIES"),
        P("ESTROGEN RECEPTOR: POSITIVE (90%). PROGESTERONE RECEPTOR: POSITIVE (75%)."),
        P("HER-2/NEU ONCOPROTEIN (CB11): POSITIVE, SCORE 3. CONTROLS ARE SATISFACTORY."),
        H("GROSS DESCRIPTION"),
        P(
            "RECEIVED FRESH LABELED 'LEFT BREAST' IS A SIMPLE MASTECTOMY SPECIMEN MEASURING 14 X 11 X 3 CM WITH AN "
            "OVERLYING ELLIPSE OF SKIN BEARING THE NIPPLE. A FIRM RETROAREOLAR MASS MEASURES 2.6 X 2.2 X 1.9 CM."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "eastbay", blocks, title="SURGICAL PATHOLOGY")
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("3+", clone="CB11"),
        notes="Old-style upper-case text report, male breast; 'HER-2/NEU ... POSITIVE, SCORE 3' (no '+'); "
        "'CONTROLS ARE SATISFACTORY'.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "SCORE 3 without plus, upper case, male")


@sample
def breast_dish_ihc2_amplified_txt():
    stem = "breast_dish_ihc2_amplified_txt"
    rng, pt = _start(stem)
    blocks = [
        H("DIAGNOSIS"),
        P(
            "Left breast, 1 o'clock, ultrasound-guided core biopsy: invasive carcinoma, no special type, grade 2."
        ),
        H("HER2 STATUS"),
        P(
            "HER2 IHC (Ventana 4B5): 2 + (equivocal) - moderate complete membrane staining in 60% of invasive cells."
        ),
        P(
            "HER2 dual ISH (DISH, bright-field dual-probe in situ hybridization) on the same block: HER2/CEP17 ratio "
            "of 2.3; average HER2 copy number 4.9 signals/cell. AMPLIFIED (ASCO/CAP group 1)."
        ),
        P("Overall HER2 status: POSITIVE."),
        H("ER / PR"),
        P("ER: positive, 99% strong. PR: positive, 5% weak."),
        H("Gross"),
        P(gross_breast(rng, "core")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks, compact=True)
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("2+", 60, "4B5"),
        ish=ish("amplified", 2.3, 4.9),
        notes="'2 +' with a space; DISH dual ISH group 1 amplified -> positive. Compact two-line header.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "2 + spacing, DISH")


@sample
def breast_ihc2_fish_nonamp_wrapped_table():
    stem = "breast_ihc2_fish_nonamp_wrapped_table"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "RIGHT", "9 O'CLOCK") + [
        H("PROGNOSTIC / PREDICTIVE MARKERS"),
        biomarker_table(
            [
                ER_POS,
                PR_NEG,
                [
                    "HER2 protein (IHC) and HER2 gene (FISH)",
                    "4B5 / dual-probe FISH",
                    "IHC 2+ (equivocal): weak to moderate complete membrane staining in 25% of cells. Reflex FISH "
                    "non-amplified: HER2/CEP17 ratio 1.5, mean HER2 3.2 copies per cell.",
                    "NEGATIVE (HER2-low)",
                ],
                ki67(22),
            ],
            widths=(0.2, 0.15, 0.45, 0.2),
            size=8,
        ),
        P(BIOMARKER_FOOT, size=8),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "lakeshore", blocks)
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("2+", 25, "4B5"),
        ish=ish("not_amplified", 1.5, 3.2),
        notes="One table row carries both IHC 2+ and FISH non-amplified in a cell that wraps over "
        "several lines; the marker cell also wraps.",
    )
    return Sample(
        stem, "pdf", "breast_biomarker_table", doc, exp, "wrapped multi-line cells, IHC+FISH in a row"
    )


@sample
def breast_drug_mention_only_pcr_txt():
    stem = "breast_drug_mention_only_pcr_txt"
    rng, pt = _start(stem)
    blocks = [
        *clinical_block(
            "Left breast carcinoma, status post neoadjuvant docetaxel, carboplatin, trastuzumab and "
            "pertuzumab (TCHP) with anti-HER2 blockade, now for definitive surgery."
        ),
        H("FINAL DIAGNOSIS"),
        P(
            "A. LEFT BREAST, LUMPECTOMY: NO RESIDUAL INVASIVE CARCINOMA IDENTIFIED. Tumor bed with fibrosis, "
            "hemosiderin-laden macrophages and chronic inflammation, consistent with complete treatment response. "
            "Biopsy clip identified."
        ),
        P(
            "B. LEFT AXILLARY SENTINEL LYMPH NODES: THREE LYMPH NODES, NEGATIVE FOR CARCINOMA (0/3); one node "
            "with treatment-related fibrosis."
        ),
        H("SYNOPTIC (POST-NEOADJUVANT)"),
        KV(
            [
                ("Residual invasive carcinoma", "None (ypT0)"),
                ("Residual DCIS", "None"),
                ("Lymph nodes", "ypN0 (0/3)"),
                ("Residual cancer burden", "RCB-0 (pathologic complete response)"),
            ]
        ),
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "lumpectomy")),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks)
    exp = expect(
        "not_found",
        "breast",
        None,
        notes="Only drug mentions (trastuzumab, pertuzumab, 'anti-HER2 blockade') in the history of a "
        "post-treatment specimen with no residual tumor; no HER2 result stated -> not_found.",
    )
    return Sample(stem, "txt", "no_her2_trap", doc, exp, "drug-mention trap")


@sample
def breast_uk_her2neu_positive_score3_a4():
    stem = "breast_uk_her2neu_positive_score3_a4"
    rng, pt = _start(stem)
    blocks = [
        H("Report"),
        P("Specimen: left breast wide local excision with sentinel node."),
        P("Macroscopy: " + gross_breast(rng, "lumpectomy")),
        P("Microscopy: " + micro_filler(rng, "breast")),
        H("Summary / Minimum dataset"),
        KV(
            [
                ("Invasive tumour type", "No special type"),
                ("Whole size of invasive tumour", "27 mm"),
                ("Grade", "3 (T3 P3 M3)"),
                ("Oestrogen receptor (Allred)", "0/8 - negative"),
                (
                    "HER2 (ERBB2) protein expression by immunohistochemistry, clone 4B5",
                    "Positive (score 3+), strong complete membrane staining in 100% of invasive tumour cells",
                ),
                ("Lymph nodes", "1/2 positive (macrometastasis 6 mm)"),
                ("Pathological stage", "pT2 pN1a"),
            ],
            key_frac=0.42,
        ),
        P("SNOMED: T04000 M85003"),
        *signout(pt, "Authorised by consultant histopathologist."),
    ]
    doc = hosp_doc(
        pt,
        "lakeshore",
        blocks,
        title="Cellular Pathology Report",
        date_style="dmy",
        font="Times-Roman",
        pagesize="A4",
    )
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("3+", 100, "4B5"),
        notes="UK-style minimum dataset on A4 in Times; the long key 'HER2 (ERBB2) protein expression by "
        "immunohistochemistry, clone 4B5' wraps in its cell; value 'Positive (score 3+)'.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "key/value wrap, positive (score 3+)")


@sample
def breast_her2_low_statement_liver_met():
    stem = "breast_her2_low_statement_liver_met"
    rng, pt = _start(stem)
    blocks = [
        H("FINAL DIAGNOSIS"),
        P(
            "Liver, segment 6, core biopsy: metastatic carcinoma consistent with breast primary (GATA3 and "
            "mammaglobin positive, CK20 negative), in a patient with a history of left breast carcinoma."
        ),
        H("BIOMARKERS ON METASTASIS"),
        P("ER: positive (70%, moderate). PR: negative (0%)."),
        P(
            "HER2: low - IHC score 1+ (4B5), faint incomplete membrane staining in 60% of tumour cells. This tumour "
            "is HER2-low, which may be relevant to eligibility for HER2-directed antibody-drug conjugates."
        ),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "mercy", blocks)
    exp = expect(
        "negative",
        "breast",
        True,
        ihc=ihc("1+", 60, "4B5"),
        notes="Breast metastasis in liver; 'HER2: low - IHC score 1+' -> negative with her2_low true "
        "(the word 'low' must not be read as a separate status).",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "HER2-low statement, metastasis")


@sample
def breast_two_col_path_layout_ihc3_fish():
    """A pathology report whose biomarker section is a side-by-side two-panel layout."""
    stem = "breast_two_col_path_layout_ihc3_fish"
    rng, pt = _start(stem)
    from _doc import TwoCol

    left = [
        H("IMMUNOHISTOCHEMISTRY", 2),
        P("Estrogen receptor: POSITIVE, 40%, weak."),
        P("Progesterone receptor: NEGATIVE."),
        P("HER2 (4B5): POSITIVE, 3+ (strong complete membrane staining in 90% of invasive tumor cells)."),
        P("Ki-67: 35%."),
    ]
    right = [
        H("IN SITU HYBRIDIZATION", 2),
        P("HER2 FISH (confirmatory, requested by oncology): AMPLIFIED."),
        P("HER2/CEP17 ratio: 5.6. Mean HER2 signals per cell: 12.3. Mean CEP17 per cell: 2.2."),
        P("40 nuclei scored by two observers."),
    ]
    blocks = _core_dx(rng, "LEFT", "4 O'CLOCK", grade=3) + [
        H("GROSS DESCRIPTION"),
        P(gross_breast(rng, "core")),
        TwoCol(left, right, title="BREAST BIOMARKER PANEL"),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "positive",
        "breast",
        False,
        ihc=ihc("3+", 90, "4B5"),
        ish=ish("amplified", 5.6, 12.3),
        notes="Biomarker page in two side-by-side columns (IHC left, ISH right); a naive row-wise text "
        "extraction interleaves the columns.",
    )
    return Sample(stem, "pdf", "two_column", doc, exp, "two-column pathology page")


_ = (Pre, Rule, Sp)


@sample
def breast_ln_fna_cellblock_ihc2_no_ish():
    stem = "breast_ln_fna_cellblock_ihc2_no_ish"
    rng, pt = _start(stem)
    blocks = [
        H("CYTOLOGY DIAGNOSIS"),
        P(
            "Lymph node, right axilla, ultrasound-guided fine needle aspiration (smears and cell block): POSITIVE "
            "FOR MALIGNANT CELLS. Metastatic carcinoma, consistent with breast primary (GATA3 positive)."
        ),
        H("ANCILLARY STUDIES ON CELL BLOCK"),
        KV(
            [
                ("ER", "Positive (80%)"),
                ("PR", "Positive (10%)"),
                ("HER2/neu (4B5)", "2+ (equivocal)"),
                ("HER2 ISH", "Not performed - insufficient tumour cells in the cell block"),
            ],
            key_frac=0.3,
        ),
        P(
            "Comment: HER2 status is equivocal on this sample. Repeat HER2 testing with ISH on the core biopsy "
            "or the surgical specimen is recommended."
        ),
        P("Adequacy: satisfactory for evaluation. Rapid on-site evaluation performed."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "riverside", blocks, title="Cytopathology Report")
    exp = expect(
        "equivocal",
        "breast",
        None,
        ihc=ihc("2+", clone="4B5"),
        ish=None,
        notes="Axillary FNA cell block: HER2 IHC 2+, ISH 'Not performed' -> equivocal; ish null.",
    )
    return Sample(stem, "pdf", "synoptic_surgical", doc, exp, "cytology 2+, ISH not performed")


@sample
def breast_heterogeneous_ihc2_overall_txt():
    stem = "breast_heterogeneous_ihc2_overall_txt"
    rng, pt = _start(stem)
    blocks = _core_dx(rng, "LEFT", "UPPER INNER QUADRANT") + [
        H("HER2 IMMUNOHISTOCHEMISTRY (HercepTest)"),
        P(
            "Heterogeneous staining: weak to moderate complete membrane staining in 30% of invasive tumor cells; "
            "a small subpopulation (about 5% of cells) shows strong complete staining, below the 10% threshold "
            "for a 3+ score."
        ),
        P(
            "Overall HER2 IHC score: 2+ (EQUIVOCAL). Reflex ISH has been requested and will be issued as an "
            "addendum."
        ),
        H("ER/PR"),
        P("ER positive (95%, strong); PR positive (50%, moderate)."),
        *signout(pt),
    ]
    doc = hosp_doc(pt, "cascade", blocks)
    exp = expect(
        "equivocal",
        "breast",
        None,
        ihc=ihc("2+", 30, "HercepTest"),
        notes="Heterogeneous HER2: strong staining in only ~5% of cells (below the 3+ threshold) and an "
        "explicit overall score 2+ -> equivocal; the word 'strong complete' must not become 3+.",
    )
    return Sample(stem, "txt", "synoptic_surgical", doc, exp, "heterogeneous staining, overall 2+")
