"""Trap phrase families written blind of the labelled sets (probe12c, session 12).

Families: consult / second-opinion reports (agree, disagree, outside vs ours, re-tested here),
several tumours in one patient (bilateral breast, breast + ovary, synchronous colon + gastric),
HER2 as a diagnostic stain (Paget disease, tumour-type panels, cytology cell blocks), references to
a value given elsewhere ("see table", "see addendum", "reported separately"), page headers and
footers repeating an old value, and negated sentences holding a score. Each case: (id, family,
text, allowed statuses, expected key fields); a key field is a dotted path into
``ExplainResult.to_dict()`` ("ihc.score") and its value. Where the report leaves room, not_found is
an allowed reading of a trap; positive never is unless the case's current result is positive.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS, POS_NF
from .probe_runner import ProbeCase as Case

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
CONSULT = "CONSULTATION REPORT (outside slides received for review)\n" + BREAST
GASTRIC = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"

CONSULT_CASES: list[Case] = [
    (
        "cons-agree-outside-3plus",
        "consult",
        CONSULT + "We agree with the outside interpretation (HER2 3+, positive).\n",
        POS_NF,
        {},
    ),
    (
        "cons-our-2plus-outside-3plus",
        "consult",
        CONSULT + "Our review: HER2 IHC 2+ (equivocal) (outside: 3+). Reflex FISH recommended.\n",
        EQV_NF,
        {},
    ),
    (
        "cons-disagree-outside-positive",
        "consult",
        CONSULT + "We disagree with the outside HER2 score of 3+; on our review the staining is weak and "
        "incomplete, HER2 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "cons-concur-negative",
        "consult",
        CONSULT + "HER2 (outside IHC, reviewed): 1+. Concur.\n",
        NEG_NF,
        {},
    ),
    (
        "cons-outside-only-pending-retest",
        "consult",
        CONSULT
        + "Outside report states HER2 3+. HER2 IHC will be repeated on block A3 here; addendum to follow.\n",
        # the outside lab's result of this tumour, and no result of ours yet: a lone restated value
        # of the same tumour counts (interpret/earlier.py); set aside once ours is given
        POS_NF,
        {},
    ),
    (
        "cons-retested-here-negative",
        "consult",
        CONSULT
        + "Outside HER2: 2+, FISH not done.\nHER2 FISH performed here on block A2: HER2/CEP17 ratio 1.3, "
        "mean HER2 copy number 2.6 signals/cell. NOT AMPLIFIED.\n",
        NEG,
        {},
    ),
    (
        "cons-slides-reviewed-table",
        "consult",
        CONSULT
        + "Marker      Outside      Our review\nER          95%          95%\nHER2        3+           1+\n",
        NOT_POS,
        {},
    ),
    (
        "cons-nm-we-confirm-positive",
        "consult",
        CONSULT + "HER2 IHC (reviewed here): 3+, complete intense membrane staining in 80% of cells. "
        "We confirm the outside result: POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "cons-bracket-referring-lab",
        "consult",
        CONSULT + "HER2 IHC (reviewed here): 1+, negative (referring lab: 3+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cons-bracket-external-report",
        "consult",
        CONSULT + "HER2 FISH (performed here): ratio 1.4, mean HER2 2.9 signals/cell, not amplified "
        "(external report: amplified).\n",
        NEG,
        {},
    ),
    (
        "cons-referring-report-showed-then-ours",
        "consult",
        CONSULT
        + "The referring pathology report showed HER2 3+. On our review of the outside slides: HER2 IHC 2+ "
        "(equivocal); FISH requested.\n",
        EQV_NF,
        {},
    ),
    (
        "cons-nm-outside-slides-show",
        "consult",
        CONSULT
        + "The outside slides show HER2 3+, complete intense membrane staining in 70% of cells; we agree.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

MULTI_CASES: list[Case] = [
    (
        "multi-bilateral-right-report-left-positive",
        "multi_tumour",
        "Specimen: RIGHT breast, core biopsy: invasive lobular carcinoma, grade 2.\n"
        "HER2 (right): IHC 1+, negative.\nFor reference: left breast carcinoma (separate report, same date): HER2 3+.\n",
        NEG,
        {},
    ),
    (
        "multi-bilateral-both-in-one",
        "multi_tumour",
        "A. Right breast, core biopsy: invasive ductal carcinoma. HER2: 0.\n"
        "B. Left breast, core biopsy: invasive ductal carcinoma. HER2: 3+.\n",
        frozenset({"positive", "negative", "not_found", "equivocal"}),
        {},
    ),
    (
        "multi-breast-ovary-ovary-specimen",
        "multi_tumour",
        "Specimen: left ovary, oophorectomy: high-grade serous carcinoma.\n"
        "Clinical: history of breast carcinoma, HER2 positive (3+), treated 2019.\nNo HER2 testing on this specimen.\n",
        NF,
        {},
    ),
    (
        "multi-synchronous-colon-gastric",
        "multi_tumour",
        "Specimen: sigmoid colon, resection: adenocarcinoma, pT3.\nHER2 IHC (colon tumour): 0.\n"
        "Synchronous gastric adenocarcinoma (biopsy S26-4411) was HER2 3+; see that report.\n",
        NEG_NF,
        {},
    ),
    (
        "multi-contralateral-prior-pos",
        "multi_tumour",
        BREAST
        + "HER2: negative (IHC 1+).\nContralateral right breast cancer, 2015: HER2-positive, trastuzumab given.\n",
        NEG,
        {},
    ),
    (
        "multi-ovary-mets-from-breast",
        "multi_tumour",
        "Specimen: right ovary: metastatic carcinoma, consistent with breast primary.\n"
        "HER2 IHC on the ovarian metastasis: 1+ (negative). The primary breast tumour (2020) was HER2 2+, FISH amplified.\n",
        NEG,
        {},
    ),
    (
        "multi-nm-gastric-report-colon-negative",
        "multi_tumour",
        GASTRIC + "HER2 IHC (gastric): 3+ in 40% of tumour cells; POSITIVE.\n"
        "Synchronous colon cancer (separate report): HER2 0.\n",
        POS,
        {},
    ),
    (
        "multi-bilateral-for-comparison",
        "multi_tumour",
        "Specimen: RIGHT breast, lumpectomy: invasive ductal carcinoma, grade 2.\nHER2 IHC: 0 (negative).\n"
        "For comparison, the left breast tumour excised the same day: HER2 3+.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "multi-bilateral-other-report-bracket",
        "multi_tumour",
        "Specimen: RIGHT breast, core biopsy: invasive lobular carcinoma.\nHER2 IHC (right): 1+.\n"
        "Left breast (separate report S26-118): HER2 IHC 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "multi-nm-for-reference-current-only",
        "multi_tumour",
        BREAST + "HER2 IHC: 3+ (positive) in 80% of cells.\nFor reference: ER 90%, PR 40%.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

DIAG_CASES: list[Case] = [
    (
        "diag-paget-panel",
        "diagnostic_stain",
        "Nipple, punch biopsy: Paget disease of the nipple.\nImmunostains: CK7+, HER2+, p63-, S100-, Melan-A-.\n",
        NF,
        {},
    ),
    (
        "diag-extramammary-paget",
        "diagnostic_stain",
        "Vulva, excision: extramammary Paget disease.\nThe Paget cells are positive for CK7, CEA and HER2, and negative "
        "for CK20, GCDFP-15 and SOX10.\n",
        NF,
        {},
    ),
    (
        "diag-gata3-her2-panel",
        "diagnostic_stain",
        "Liver, core biopsy: metastatic carcinoma.\nThe tumour cells are positive for GATA3 and HER2 and negative for "
        "TTF-1, CDX2 and PAX8, supporting breast origin.\n",
        NF,
        {},
    ),
    (
        "diag-cell-block-panel",
        "diagnostic_stain",
        "Pleural fluid, cytology (cell block): malignant cells present.\nImmunocytochemistry on cell block: "
        "CK7 positive, GATA3 positive, HER2 positive, calretinin negative, WT1 negative.\n",
        NF,
        {},
    ),
    (
        "diag-paget-ihc-for-diagnosis",
        "diagnostic_stain",
        "Nipple skin: Paget disease. HER2 immunostain (performed for diagnosis, not for predictive scoring): "
        "strongly positive in the intraepidermal cells.\nUnderlying carcinoma: not identified.\n",
        NF,
        {},
    ),
    (
        "diag-urothelial-panel",
        "diagnostic_stain",
        "Lymph node, FNA cell block: metastatic carcinoma.\nImmunohistochemistry: GATA3 (+), uroplakin II (+), "
        "HER2 (+), p63 (+), TTF-1 (-).\nFavour urothelial origin.\n",
        NF,
        {},
    ),
    (
        "diag-nm-paget-plus-predictive",
        "diagnostic_stain",
        "Nipple and breast, mastectomy: Paget disease with underlying invasive ductal carcinoma, grade 3.\n"
        "Invasive carcinoma, predictive markers: ER negative, PR negative, HER2 IHC 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "diag-nm-cell-block-scored",
        "diagnostic_stain",
        "Pleural fluid, cell block: metastatic breast carcinoma.\nHER2 (4B5) on cell block: 1+ (negative); "
        "interpret with caution on cytology material.\n",
        NEG_NF,
        {},
    ),
    (
        "diag-nm-receptor-panel-with-gata3",
        "diagnostic_stain",
        "Liver, core biopsy: metastatic carcinoma consistent with breast primary.\n"
        "Immunostains: GATA3+, CK7+, ER-, PR-, HER2+.\n",
        POS,
        {},
    ),
    (
        "diag-nm-panel-then-scored-her2",
        "diagnostic_stain",
        "Liver, core biopsy: metastatic carcinoma.\nGATA3 positive, TTF-1 negative, CDX2 negative; HER2 IHC 3+ "
        "(complete strong membrane staining in 90%).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "diag-nm-triple-negative-basal",
        "diagnostic_stain",
        BREAST + "ER-, PR-, HER2-, CK5/6+, EGFR+ (basal-like phenotype).\n",
        NEG,
        {},
    ),
]

REF_CASES: list[Case] = [
    (
        "ref-see-table-no-table",
        "see_elsewhere",
        BREAST + "HER2: see table below.\n",
        NF,
        {},
    ),
    (
        "ref-see-addendum",
        "see_elsewhere",
        BREAST + "Biomarkers: ER and PR positive (see above). HER2: see addendum.\n",
        NF,
        {},
    ),
    (
        "ref-reported-separately",
        "see_elsewhere",
        BREAST + "HER2 results will be reported separately.\n",
        NF,
        {},
    ),
    (
        "ref-see-prior-report-scored",
        "see_elsewhere",
        BREAST + "HER2: see report S25-1102 (3+).\nNo repeat testing on this excision.\n",
        # the same tumour's earlier result restated, no current value against it (interpret/earlier.py)
        POS_NF,
        {},
    ),
    (
        "ref-see-below-then-value",
        "see_elsewhere",
        BREAST + "HER2: see below.\n\nHER2 IHC (4B5): score 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ref-table-has-value",
        "see_elsewhere",
        BREAST
        + "Predictive markers: see table.\nMarker   Result\nER       90%\nHER2     2+ (equivocal), FISH sent\n",
        EQV,
        {},
    ),
    (
        "ref-separately-ish",
        "see_elsewhere",
        BREAST + "HER2 IHC: 2+ (equivocal). ISH results will be issued separately as an addendum.\n",
        EQV,
        {},
    ),
]

PAGE_CASES: list[Case] = [
    (
        "page-header-pending",
        "page_header",
        "Patient: DOE, JANE | MRN 00412 | HER2: pending | Page 1 of 2\n"
        + BREAST
        + "Patient: DOE, JANE | MRN 00412 | HER2: pending | Page 2 of 2\nHER2 IHC: 3+, POSITIVE.\n",
        POS,
        {},
    ),
    (
        "page-header-pending-negative",
        "page_header",
        "HER2: PENDING                                       Page 1/2\n"
        + BREAST
        + "HER2: PENDING                                       Page 2/2\nHER2 FISH: ratio 1.2, mean copy number 2.1; "
        "not amplified.\n",
        NEG,
        {},
    ),
    (
        "page-footer-previous-result",
        "page_header",
        BREAST + "HER2 IHC: 1+ (negative).\n"
        "-- Previous report S24-9911 (2024): HER2 3+ -- printed 2026-11-02 -- page 1 of 1 --\n",
        NEG,
        {},
    ),
    (
        "page-footer-only-old-value",
        "page_header",
        BREAST + "HER2 testing requested on block A2.\n"
        "Footer: prior result on file: HER2 positive (3+) (S23-118) | Page 1 of 1\n",
        # a lone earlier value is kept (interpret/earlier.py); a current one sets it aside
        # (page-footer-previous-result)
        POS_NF,
        {},
    ),
    (
        "page-header-repeated-positive-summary-old",
        "page_header",
        "SUMMARY (from previous biopsy): HER2 3+ | Page 1 of 2\n"
        + "Right breast, lumpectomy after neoadjuvant therapy.\n"
        "SUMMARY (from previous biopsy): HER2 3+ | Page 2 of 2\nResidual tumour HER2 IHC: 0.\n",
        NOT_POS,
        {},
    ),
]

NEG_CASES: list[Case] = [
    (
        "negs-no-overexpression-1plus",
        "negated_score",
        BREAST + "No HER2 overexpression (score 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "negs-not-3plus",
        "negated_score",
        BREAST + "HER2 staining is not 3+.\n",
        NOT_POS,
        {},
    ),
    (
        "negs-less-than-3plus",
        "negated_score",
        BREAST + "HER2 membrane staining less than 3+; see ISH.\n",
        NOT_POS,
        {},
    ),
    (
        "negs-falls-short-of-3plus",
        "negated_score",
        BREAST + "HER2: the staining falls short of 3+ (incomplete membrane staining in 20% of cells).\n",
        NOT_POS,
        {},
    ),
    (
        "negs-does-not-reach-2plus",
        "negated_score",
        BREAST + "HER2 IHC: faint staining that does not reach the threshold for 2+; scored 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "negs-lacks-3plus-criteria",
        "negated_score",
        BREAST + "HER2: does not meet criteria for a 3+ score.\n",
        NOT_POS,
        {},
    ),
    (
        "negs-below-3plus-threshold",
        "negated_score",
        GASTRIC + "HER2: below the 3+ threshold (weak complete staining); 2+, ISH requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "negs-no-3plus-no-2plus",
        "negated_score",
        BREAST + "HER2 IHC: no 3+ or 2+ staining seen; faint incomplete staining in <10% (score 0).\n",
        NEG,
        {},
    ),
    (
        "negs-not-amp-ratio-under-2",
        "negated_score",
        BREAST
        + "HER2 FISH: ratio less than 2.0 (1.4) with average copy number under 4 (3.1): not amplified.\n",
        NEG,
        {},
    ),
    (
        "negs-nm-not-less-than-3plus",
        "negated_score",
        BREAST + "HER2 IHC: 3+ (strong complete membrane staining in 90% of cells); POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "negs-under-the-2plus-category",
        "negated_score",
        BREAST + "HER2: faint staining under the 2+ category; score 1+ (HER2-low).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

CASES: list[Case] = CONSULT_CASES + MULTI_CASES + DIAG_CASES + REF_CASES + PAGE_CASES + NEG_CASES
