"""Wrong-way phrase families written blind of the labelled sets (probe15, session 15).

Short report fragments weighted to the UNSAFE direction (a value read as the patient's current
result when it is not): multi-specimen reports with per-part calls, NGS layouts with therapy tables
and thresholds, addenda and report order, numbers that are not HER2 values, HER2-low/ultralow and
RNA/subtype wording, and OCR damage. Each case: (id, family, text, allowed statuses, expected key
fields); a key field is a dotted path into ``ExplainResult.to_dict()``. Where the report leaves
room, not_found is an allowed reading.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
BR3 = "Left breast, core biopsy: invasive ductal carcinoma, grade 3.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
COLON = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated, pT3 N1b.\n"
LUNG = "Lung, right upper lobe, core biopsy: adenocarcinoma.\n"
BR_ES = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
BR_PT = "Mama direita, biópsia por agulha grossa: carcinoma invasivo de tipo não especial, grau 2.\n"

MULTI: list[Case] = [
    (
        "ms-part-a-pos-part-b-insufficient",
        "multi_specimen",
        "A. Right breast, 10 o'clock, core biopsy: invasive ductal carcinoma, grade 3.\n"
        "B. Right axillary lymph node, FNA cell block: scant atypical cells.\n"
        "HER2 IHC (4B5):\n"
        "Part A: score 3+ (positive), >90% complete intense membrane staining.\n"
        "Part B: insufficient tumour for HER2 assessment.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ms-part-b-see-part-a-neg",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive lobular carcinoma, grade 2.\n"
        "B. Left breast, second core biopsy 3 cm away: invasive lobular carcinoma.\n"
        "Biomarkers:\n"
        "A: ER 95% strong; PR 40%; HER2 1+ (negative).\n"
        "B: see part A.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ms-summary-restates-one-part-pending",
        "multi_specimen",
        "A. Right breast, 2 o'clock, core: invasive carcinoma NST, grade 2.\n"
        "B. Right breast, 7 o'clock, core: invasive carcinoma NST, grade 3.\n"
        "HER2: Part A 2+ (equivocal), FISH pending. Part B 2+ (equivocal), FISH pending.\n"
        "SUMMARY: Two foci of invasive carcinoma; HER2 equivocal in both, reflex ISH to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "ms-node-insufficient-negative-sign",
        "multi_specimen",
        "1. Left breast, core biopsy: invasive ductal carcinoma.\n"
        "2. Left axillary node, core biopsy: metastatic carcinoma, small focus.\n"
        "Specimen | ER | PR | HER2\n"
        "1 | pending | pending | pending\n"
        "2 | insufficient | insufficient | insufficient\n",
        NF,
        {},
    ),
    (
        "ms-overall-negative-one-part-zero",
        "multi_specimen",
        "A. Right breast mass, core biopsy: invasive carcinoma, grade 2.\n"
        "B. Left breast mass, core biopsy: invasive carcinoma, grade 1.\n"
        "HER2 IHC: A = 0; B = 1+.\n"
        "Final diagnosis: bilateral invasive carcinoma; HER2 negative in both specimens.\n",
        NEG,
        {},
    ),
    (
        "ms-dcis-part-3plus-invasive-part-1plus",
        "multi_specimen",
        "A. Left breast, excision: ductal carcinoma in situ, high grade, no invasion.\n"
        "B. Left breast, separate core: invasive ductal carcinoma, grade 2.\n"
        "HER2 (research stain on DCIS, part A): 3+.\n"
        "HER2 on invasive carcinoma (part B): 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ms-near-part-b-positive-listed",
        "multi_specimen",
        "A. Left breast, core: invasive ductal carcinoma, grade 3.\n"
        "B. Left axillary node, core: metastatic carcinoma.\n"
        "HER2 IHC - A: 3+ ; B: 3+\n"
        "Interpretation: HER2 POSITIVE (both parts).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

NGS: list[Case] = [
    (
        "ngs-therapy-table-trastuzumab-other-gene",
        "ngs_layout",
        COLON + "GENOMIC FINDINGS\nKRAS G12D\nAPC R1450*\n"
        "THERAPIES WITH CLINICAL RELEVANCE\n"
        "Gene | Therapy | Evidence\n"
        "KRAS G12D | none approved (resistance to cetuximab, panitumumab) | Level 1\n"
        "Genes with no reportable alterations: ERBB2, NRAS, BRAF\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-cn5-below-threshold",
        "ngs_layout",
        BR3
        + "COPY NUMBER ALTERATIONS\nERBB2 copy number 5 (below reporting threshold of 6; not reported as amplified)\n"
        "CCND1 amplification - 9 copies\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-not-detected-column",
        "ngs_layout",
        LUNG + "Gene | Alteration type | Result\nEGFR | mutation | Not detected\n"
        "ERBB2 | amplification | Not detected\nERBB2 | mutation | Not detected\nKRAS | mutation | G12C detected\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-amp-equivocal-dash",
        "ngs_layout",
        BR3
        + "BIOMARKER FINDINGS\nTMB - 3 Muts/Mb\nGENOMIC FINDINGS\nERBB2 amplification - equivocal\nPIK3CA H1047R\n",
        EQV_NF,
        {},
    ),
    (
        "ngs-trastuzumab-resistance-her2-not-amp",
        "ngs_layout",
        BR3 + "Findings: PIK3CA E545K detected. ERBB2 not amplified (copy number 2).\n"
        "Clinical trial options listed below include trastuzumab deruxtecan basket studies (HER2 mutation cohorts).\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-other-breast-history-ngs-neg",
        "ngs_layout",
        BR3 + "Clinical information: history of HER2-positive (3+) carcinoma of the right breast, 2015.\n"
        "NGS RESULTS (tumour 40%): ERBB2 - no amplification detected (copy number 2.1).\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-near-amp-genomic-findings",
        "ngs_layout",
        GA + "GENOMIC FINDINGS\nERBB2 amplification - copy number 22\nTP53 R273H\n"
        "THERAPIES: trastuzumab, trastuzumab deruxtecan (on-label for this tumour type)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

ADDENDA: list[Case] = [
    (
        "add-supersedes-negative",
        "addenda",
        BR + "HER2 IHC: 3+ (positive).\n"
        "ADDENDUM (amended report): the HER2 slide was re-reviewed after the controls failed; repeat staining\n"
        "on block A3 shows HER2 1+ (negative). This supersedes the previously reported HER2 result.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "add-preliminary-then-final",
        "addenda",
        BR + "PRELIMINARY REPORT: HER2 2+ equivocal, FISH pending.\n"
        "FINAL DIAGNOSIS: HER2 FISH not amplified (HER2/CEP17 ratio 1.3; mean HER2 2.4 signals/cell).\n"
        "HER2 status: NEGATIVE.\n",
        NEG,
        {},
    ),
    (
        "add-corrected-report-retracted-positive",
        "addenda",
        BR
        + "CORRECTED REPORT\nReason for correction: the HER2 result (3+) was transcribed from another case in error.\n"
        "Correct HER2 result: 0 (negative).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "add-comment-below-signout-pending",
        "addenda",
        BR + "HER2 IHC: 2+ (equivocal).\n"
        "Electronically signed out by Dr A. Smith, 03/04/2025\n"
        "Comment: reflex HER2 FISH has been sent to the reference laboratory; results to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "add-dates-out-of-order",
        "addenda",
        BR + "Addendum 2 (12/05/2025): HER2 SISH: ratio 1.2, mean HER2 copy number 2.5 - NOT amplified.\n"
        "Addendum 1 (02/05/2025): HER2 IHC 2+ (equivocal); ISH ordered.\n",
        NEG,
        {},
    ),
    (
        "add-near-addendum-adds-ish-amp",
        "addenda",
        BR + "HER2 IHC: 2+ (equivocal).\n"
        "ADDENDUM: HER2 dual ISH: HER2/CEP17 ratio 3.4, average HER2 copy number 7.8 per cell: AMPLIFIED.\n"
        "Final HER2 status: POSITIVE.\n",
        POS,
        {},
    ),
]

NUMBERS: list[Case] = [
    (
        "num-er-3plus-90-her2-pending",
        "not_her2_number",
        BR + "ER: 3+ (90%), positive. PR: 2+ (30%), positive.\nHER2: to follow.\n",
        NF,
        {},
    ),
    (
        "num-allred-3-plus-5",
        "not_her2_number",
        BR + "ER Allred score 3+5 = 8; PR Allred 2+3 = 5.\nHER2 status will be reported in an addendum.\n",
        NF,
        {},
    ),
    (
        "num-ki67-3plus-her2-0",
        "not_her2_number",
        BR + "Ki-67: 3+ (high, 45%).\nHER2: 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "num-grade-3-3-staging",
        "not_her2_number",
        BR + "Nottingham grade 3/3 (tubules 3, nuclei 3, mitoses 3).\npT2 N1a (2/14) M0.\nHER2 pending.\n",
        NF,
        {},
    ),
    (
        "num-ratio-2cm",
        "not_her2_number",
        BR + "Tumour size: 2.4 cm; the ratio of tumour to breast volume is 2.0.\nHER2 ISH: pending.\n",
        NF,
        {},
    ),
    (
        "num-cep17-alone",
        "not_her2_number",
        BR
        + "HER2 FISH: CEP17 3.0 signals per cell (polysomy noted); HER2 signal enumeration failed, repeat requested.\n",
        NOT_POS,
        {},
    ),
    (
        "num-17q12-x3",
        "not_her2_number",
        BR + "Karyotype / SNP array: gain of 17q12 x3 noted; chromosome 8q gain.\nHER2 IHC to follow.\n",
        NF,
        {},
    ),
    (
        "num-block-a2plus-page-2-3",
        "not_her2_number",
        BR + "Blocks submitted: A1-A4, A2+ for ancillary studies.\nPage 2/3\nHER2 (block A2): score 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "num-pr-2plus-her2-word",
        "not_her2_number",
        BR + "ER 3+ 95%\nPR 2+ 60%\nHER2 negative (score 1)\n",
        NEG,
        {},
    ),
]

LOW: list[Case] = [
    (
        "low-her2-enriched-subtype-ihc-1plus",
        "her2_low_rna",
        BR + "PAM50 intrinsic subtype: HER2-enriched.\nHER2 IHC: 1+ (HER2-low).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "low-her2-enriched-only",
        "her2_low_rna",
        BR + "Prosigna/PAM50 result: intrinsic subtype HER2-Enriched; ROR score 62 (high risk).\n",
        NF,
        {},
    ),
    (
        "low-her2dx-score",
        "her2_low_rna",
        BR + "HER2DX genomic test: pCR likelihood score 78 (high); risk score 30 (low).\n"
        "HER2 status on this specimen: pending.\n",
        NF,
        {},
    ),
    (
        "low-mrna-high-ihc-pending",
        "her2_low_rna",
        BR + "Oncotype DX: Recurrence score 18. Single-gene HER2 mRNA: high (10.9).\n"
        "HER2 IHC on the resection to follow.\n",
        NF,
        {},
    ),
    (
        "low-ultralow-with-ish-neg",
        "her2_low_rna",
        BR + "HER2 IHC: 0 with faint incomplete staining in <10% of cells (HER2-ultralow).\n"
        "HER2 FISH: not amplified (ratio 1.1).\n",
        NEG,
        {"her2_ultralow": True},
    ),
    (
        "low-her2-low-positive-word",
        "her2_low_rna",
        BR + "HER2: 2+ with ISH not amplified; HER2-low positive for T-DXd eligibility.\n",
        NEG,
        {"her2_low": True},
    ),
    (
        "low-ngs-amp-ihc-0",
        "her2_low_rna",
        BR + "HER2 IHC: 0.\nNGS (separate report): ERBB2 copy number 3, no amplification.\n",
        NEG,
        {},
    ),
]

OCR: list[Case] = [
    (
        "ocr-h-e-r-2-spaced-1plus",
        "ocr_damage",
        BR + "H E R 2 (4B5): 1 + (negative)\n",
        NEG_NF,
        {},
    ),
    (
        "ocr-hfr2-0",
        "ocr_damage",
        BR + "HFR2 IHC: score 0, negative\n",
        NEG_NF,
        {},
    ),
    (
        "ocr-not-arnplified",
        "ocr_damage",
        BR + "HER2 IHC 2+ (equivocal).\nHER2 FISH: Not arnplified (ratio 1.4, mean copy 3.1).\n",
        NEG,
        {},
    ),
    (
        "ocr-nonampiified",
        "ocr_damage",
        BR + "HER2 IHC 2+.\nHER2 SISH: nonampiified; HER2/CEP17 1.2.\n",
        NEG,
        {},
    ),
    (
        "ocr-ampllfled",
        "ocr_damage",
        BR + "HER2 IHC 2+.\nHER2 FISH: ampllfled (ratio 4.2; HER2 9.1 copies/cell).\n",
        POS,
        {},
    ),
    (
        "ocr-l-plus-table",
        "ocr_damage",
        BR + "Marker | Result | Score\nER | Positive | 95%\nPR | Positive | 20%\nHER2 | Negative | l+\n",
        NEG,
        {},
    ),
    (
        "ocr-3-space-plus-neg-word",
        "ocr_damage",
        BR + "ER 3 + strong 90%\nHER-2/neu 1 + negative\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ocr-rn-negatlve",
        "ocr_damage",
        BR + "HER2 status: NEGATlVE (IHC score 0)\n",
        NEG,
        {},
    ),
]


MORE: list[Case] = [
    (
        "ms-outside-part-comparison",
        "multi_specimen",
        "A. Left breast, core biopsy (current): invasive ductal carcinoma, grade 2.\n"
        "B. Outside slides S19-2231 (right breast, 2019), submitted for comparison.\n"
        "HER2 IHC:\nA: 1+ (negative)\nB: 3+ (positive)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-outside-part-for-comparison-short",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "B. Outside slides (right breast excision, 2019), for comparison.\n"
        "HER2 IHC:\nA: 1+ (negative)\nB: 3+ (positive)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-consult-slides-part",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "B. Consultation slides, right breast 2019.\n"
        "HER2 IHC:\nA: 1+ (negative)\nB: 3+ (positive)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-consult-slides-part-dated-report",
        "multi_specimen",
        "Date received: 12/02/2026\n"
        "A. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "B. Consultation slides, right breast 2019.\n"
        "HER2 IHC:\nA: 1+ (negative)\nB: 3+ (positive)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-comparison-spanish",
        "multi_specimen",
        "A. Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante, grado 2.\n"
        "B. Laminillas externas de 2019 (mama derecha), para comparación.\n"
        "HER2 (IHQ):\nA: 1+ (negativo)\nB: 3+ (positivo)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-near-outside-core-same-year-excision",
        "multi_specimen",
        "Date received: 12/02/2026\n"
        "A. Outside slides, left breast core biopsy (S26-111, 2026).\n"
        "B. Left breast excision: residual invasive carcinoma.\n"
        "HER2 IHC:\nA: 3+ (positive)\nB: 1+ (negative)\n",
        POS,
        {},
    ),
    (
        "ms-near-only-comparison-part-scored",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma; HER2 pending.\n"
        "B. Outside slides (right breast, 2019), for comparison.\n"
        "HER2 IHC (part B): 3+ (positive)\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
    (
        "ms-review-part-inline",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "B. Right breast, 2019 excision (outside slides, review).\n"
        "HER2 IHC: A 1+ (negative); B 3+ (positive)\n",
        NEG_NF,
        {},
    ),
    (
        "ms-near-node-part-current",
        "multi_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma.\n"
        "B. Left axillary node, core biopsy: metastatic carcinoma.\n"
        "HER2 IHC:\nA: 1+ (negative)\nB: 3+ (positive)\n",
        POS,
        {},
    ),
    (
        "ms-synchronous-gastric-part",
        "multi_specimen",
        "A. Left breast: invasive carcinoma NST. HER2 1+.\n"
        "B. Stomach biopsy (synchronous): adenocarcinoma. HER2 3+ (gastric criteria).\n",
        frozenset({"positive", "negative", "not_found"}),
        {},
    ),
    (
        "ms-table-parts-qns-pending",
        "multi_specimen",
        "Part | Site | ER | PR | HER2\nA | Breast | 95% | 10% | QNS\nB | Node | 90% | 5% | pending\n",
        NF,
        {},
    ),
    (
        "ms-liver-met-primary-quoted-positive",
        "multi_specimen",
        "Liver, core biopsy: metastatic carcinoma, consistent with breast primary.\n"
        "HER2 IHC (liver): 0.\nComment: the primary breast carcinoma (2019) was reported HER2 3+; discordance noted.\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

REPEAT: list[Case] = [
    (
        "rep-staining-to-be-repeated-next-line",
        "repeat_next",
        BR
        + "HER2 IHC: 3+.\nHER2 staining to be repeated on block A3 due to edge artefact; final result to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-will-need-to-be-repeated",
        "repeat_next",
        BR
        + "HER2 IHC: 3+. The HER2 stain will need to be repeated (suboptimal fixation); an addendum will follow.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-comment-ihc-to-be-repeated",
        "repeat_next",
        BR + "HER2 (4B5): 3+\n"
        "Comment: HER2 IHC to be repeated on a better-fixed block; please disregard until the addendum is issued.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-repeat-staining-requested-same-line",
        "repeat_next",
        BR
        + "HER2: 3+ - repeat staining requested because of strong cytoplasmic background; result to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-testing-being-repeated-next-sentence",
        "repeat_next",
        BR
        + "HER2 IHC 3+. HER2 testing is being repeated on the excision specimen because of crush artefact.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-requires-repetition-note",
        "repeat_next",
        BR + "HER2 IHC: 3+.\nNote: HER2 immunostain requires repetition (control failure).\n",
        EQV_NF,
        {},
    ),
    (
        "rep-preliminary-phoned-then-repeat",
        "repeat_next",
        BR + "Preliminary result (phone call to clinician): HER2 3+.\n"
        "Final: HER2 staining to be repeated on block A3 due to edge artefact; final result to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "rep-near-er-to-be-repeated",
        "repeat_next",
        BR + "HER2 IHC: 3+.\nER staining to be repeated on block A3; ER result to follow.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rep-near-repeat-gave-same",
        "repeat_next",
        BR + "HER2 IHC: 3+ (repeat staining on block A3 gave the same result).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rep-near-repeat-recommended-excision",
        "repeat_next",
        BR + "HER2 IHC: 3+. Repeat HER2 testing on the excision is recommended per protocol.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rep-near-fish-repeated-ihc-kept",
        "repeat_next",
        BR + "HER2 IHC: 2+ (equivocal). HER2 FISH will need to be repeated (no signals in the first run).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "rep-near-repeat-result-given",
        "repeat_next",
        BR
        + "HER2 IHC: 3+ on block A1 (edge artefact).\nADDENDUM: repeat HER2 IHC on block A3: 3+, complete intense staining in 80%.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

VERSIONS: list[Case] = [
    (
        "vw-addendum-of-date-wrong-patient",
        "version_withdrawn",
        BR + "HER2 IHC 1+.\nADDENDUM (15/03): HER2 FISH: AMPLIFIED, ratio 5.1.\n"
        "ADDENDUM (16/03): the addendum of 15/03 was issued on the wrong patient and is rescinded.\n",
        NEG_NF,
        {},
    ),
    (
        "vw-numbered-addendum-withdrawn",
        "version_withdrawn",
        BR + "HER2 IHC: 0.\nAddendum 1: HER2 IHC repeated on block B1: 3+.\n"
        "Addendum 2: Addendum 1 is withdrawn; it referred to another patient's specimen.\n",
        NEG_NF,
        {},
    ),
    (
        "vw-supplementary-in-error",
        "version_withdrawn",
        BR + "HER2 IHC 1+ (negative).\nSUPPLEMENTARY REPORT: HER2 SISH amplified (ratio 3.2).\n"
        "CORRECTION: The supplementary report above was issued in error and should be disregarded.\n",
        NEG_NF,
        {},
    ),
    (
        "vw-retracted-fish-repeating",
        "version_withdrawn",
        BR + "HER2 (4B5): 2+, FISH to follow.\nAddendum #1 (03/04/2025): FISH amplified, ratio 2.6.\n"
        "Addendum #2 (05/04/2025): Addendum #1 is retracted (sample mix-up). FISH is being repeated; result to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "vw-near-addendum-confirmed",
        "version_withdrawn",
        BR + "HER2 IHC 1+.\nADDENDUM (15/03): HER2 FISH: AMPLIFIED, ratio 5.1.\n"
        "ADDENDUM (16/03): the addendum of 15/03 is confirmed on repeat testing.\n",
        POS,
        {},
    ),
    (
        "vw-near-later-addendum-new-result",
        "version_withdrawn",
        BR + "HER2 IHC 2+.\nADDENDUM 1: HER2 FISH amplified (ratio 2.9).\n"
        "ADDENDUM 2: This addendum was issued to report the second FISH count: ratio 3.1, amplified.\n",
        POS,
        {},
    ),
]

SUBTYPE: list[Case] = [
    (
        "sub-luminal-b-her2pos-pending",
        "subtype_pending",
        BR
        + "Surrogate subtype: Luminal B (HER2-positive) pattern suggested by morphology; HER2 testing pending.\n",
        NF,
        {},
    ),
    (
        "sub-clinical-details-post-neoadjuvant-pending",
        "subtype_pending",
        "Clinical details: Luminal B HER2-positive breast cancer, post neoadjuvant.\n"
        "Breast, mastectomy: residual invasive carcinoma, 8 mm.\nHER2 IHC on the residual tumour: pending.\n",
        NF,
        {},
    ),
    (
        "sub-indication-her2-plus-restaging",
        "subtype_pending",
        "Indication: HER2+ breast cancer, restaging. Liver lesion biopsy.\n"
        "Liver, core: metastatic carcinoma. ER, PR and HER2 to follow.\n",
        NF,
        {},
    ),
    (
        "sub-suspected-her2-positive-referral",
        "subtype_pending",
        "Reason for referral: suspected HER2-positive breast cancer.\n"
        + BR
        + "HER2 studies requested; report to follow.\n",
        NF,
        {},
    ),
    (
        "sub-morphology-favours-enriched",
        "subtype_pending",
        BR + "Ki-67 45%, morphology favours a HER2-enriched tumour; HER2 IHC is in progress.\n",
        NF,
        {},
    ),
    (
        "sub-luminal-b-like-provisional",
        "subtype_pending",
        BR
        + "Surrogate molecular subtype: Luminal B-like, HER2-positive (provisional, pending HER2 testing).\n",
        NF,
        {},
    ),
    (
        "sub-probable-subtype-to-be-confirmed",
        "subtype_pending",
        BR + "Probable subtype: HER2-positive (to be confirmed by IHC/ISH).\n",
        NF,
        {},
    ),
    (
        "sub-morphology-suggests-her2-positive",
        "subtype_pending",
        BR
        + "Morphology suggests a HER2-positive tumour (apocrine features, high grade); HER2 IHC to follow.\n",
        NF,
        {},
    ),
    (
        "sub-likely-her2-plus-awaiting",
        "subtype_pending",
        BR + "Likely HER2+ given the morphology; awaiting HER2 IHC.\n",
        NF,
        {},
    ),
    (
        "sub-near-positive-pending-ish-confirmation",
        "subtype_pending",
        BR + "HER2 positive (3+), pending ISH confirmation.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sub-near-3plus-morphology-suggests-breast",
        "subtype_pending",
        BR + "HER2 IHC 3+ (positive). Morphology suggests a breast primary.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sub-near-provisional-report-positive",
        "subtype_pending",
        BR + "HER2: POSITIVE (IHC 3+). Provisional report; final report to follow.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sub-near-impression-likely-luminal",
        "subtype_pending",
        BR + "HER2: 3+\nImpression: HER2-positive, likely luminal B phenotype.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sub-near-current-3plus",
        "subtype_pending",
        "Clinical details: Luminal B HER2-positive breast cancer, post neoadjuvant.\nResidual tumour: HER2 IHC 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

OCR2: list[Case] = [
    (
        "ocr-not-line-break-amplified",
        "ocr_damage",
        BR + "HER2 IHC: 2+ (equivocal)\nHER2 FISH result: Not\nAmplified (ratio 1.3)\n",
        NEG,
        {},
    ),
    (
        "ocr-non-ampli-fied-hyphen",
        "ocr_damage",
        BR + "HER2 IHC 2+. HER2 dual ISH: non-ampli-\nfied; HER2/CEP17 ratio 1.4, mean HER2 3.0.\n",
        NEG,
        {},
    ),
    ("ocr-neg-ative-hyphen", "ocr_damage", BR + "HER2 status: neg-\native (IHC 1+).\n", NEG, {}),
    (
        "ocr-non-space-amplified",
        "ocr_damage",
        BR + "HER2 IHC 2+. HER2 FISH: non amplified (ratio 1.2).\n",
        NEG,
        {},
    ),
    ("ocr-non-dash-space", "ocr_damage", BR + "HER2 IHC 2+. HER2 FISH: NON -AMPLIFIED.\n", NEG, {}),
    (
        "ocr-unamplified",
        "ocr_damage",
        BR + "HER2 IHC 2+; HER2 SISH: unamplified (ratio 1.1; 2.2 copies/cell).\n",
        NEG,
        {},
    ),
    (
        "ocr-table-cell-wrap-not-amplified",
        "ocr_damage",
        BR
        + "Test      | Result        | Ratio\nHER2 FISH | Not           | 1.4\n          | amplified     |\n",
        NEG_NF,
        {},
    ),
    (
        "ocr-no-amplification-wrap",
        "ocr_damage",
        BR + "HER2 FISH: No\namplification detected (ratio 1.2)\n",
        NEG_NF,
        {},
    ),
    ("ocr-letter-o-score", "ocr_damage", BR + "HER2 (4B5): score O (no staining)\n", NEG_NF, {}),
    ("ocr-capital-i-plus", "ocr_damage", BR + "HER2 IHC score: I+ (negative)\n", NEG_NF, {}),
    ("ocr-equlvocal", "ocr_damage", BR + "HER2 : 2 + (equlvocal), FISH to follow\n", EQV_NF, {}),
    (
        "ocr-arnplification-absent",
        "ocr_damage",
        BR + "HER2 IHC 2+.\nHER2 ISH: arnplification absent (ratio 1.5)\n",
        NEG,
        {},
    ),
]

NGS2: list[Case] = [
    (
        "ngs-mutation-amp-not-detected",
        "ngs_layout",
        LUNG
        + "GENOMIC FINDINGS\nERBB2 exon 20 insertion (A775_G776insYVMA)\nERBB2 amplification not detected\n",
        NEG_NF,
        {},
    ),
    (
        "ngs-cn-gain-low-level-row",
        "ngs_layout",
        COLON
        + "Gene | Alteration | Copy number | Level\nERBB2 | Copy number gain | 4 | Low\nKRAS | G12V | - | -\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-resistance-table-trastuzumab",
        "ngs_layout",
        BR3
        + "GENOMIC FINDINGS\nPIK3CA H1047R\nTHERAPIES ASSOCIATED WITH RESISTANCE: trastuzumab (PIK3CA activation)\n",
        NF,
        {},
    ),
    (
        "ngs-trial-list-her2-positive",
        "ngs_layout",
        BR3
        + "GENOMIC FINDINGS\nTP53 R273C\nCLINICAL TRIALS: NCT04000000 - HER2-positive metastatic breast cancer (phase 2)\n",
        NF,
        {},
    ),
    (
        "ngs-rna-expression-high",
        "ngs_layout",
        BR3 + "RNA EXPRESSION\nERBB2 (HER2) mRNA: high (96th percentile)\nESR1 mRNA: high\n",
        NF,
        {},
    ),
    (
        "ngs-plasma-amp-plus-low",
        "ngs_layout",
        BR3 + "Cell-free DNA (plasma)\nERBB2 Amplification (+) low level\n",
        frozenset({"positive", "equivocal", "not_found"}),
        {},
    ),
    (
        "ngs-caris-ihc-neg-cna-not-detected",
        "ngs_layout",
        BR3 + "Biomarker | Method | Analyte | Result\nHer2/Neu | IHC | Protein | Negative | 1+, 10%\n"
        "ERBB2 | CNA-Seq | DNA | Amplification Not Detected\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ngs-subclonal-below-threshold",
        "ngs_layout",
        BR3
        + "ERBB2 amplification (copy number 6) - subclonal, below validated threshold; not reported as a finding.\n",
        NOT_POS,
        {},
    ),
]

NUMBERS2: list[Case] = [
    ("num-tils-2plus", "not_her2_number", BR + "TILs: 2+ (30%). ER 100%.\nHER2 to follow.\n", NF, {}),
    (
        "num-miller-payne-3plus",
        "not_her2_number",
        BR + "Stage: ypT1c N0; Miller-Payne grade 3+.\nHER2 pending.\n",
        NF,
        {},
    ),
    ("num-see-page-2-of-3", "not_her2_number", BR + "HER2: see page 2/3.\nPage 2/3: (blank)\n", NF, {}),
    (
        "num-allred-sums-her2-blank",
        "not_her2_number",
        BR + "ER: positive (Allred 3+5=8)\nPR: positive (Allred 2+2=4)\nHER2:\n",
        NF,
        {},
    ),
    (
        "num-pleomorphism-3plus",
        "not_her2_number",
        BR + "Mitotic score 3; nuclear pleomorphism 3+; tubule formation 3.\nHER2 testing requested.\n",
        NF,
        {},
    ),
]

LOW2: list[Case] = [
    (
        "low-her2-low-trial-screening-pending",
        "her2_low_rna",
        BR + "Patient screened for DESTINY-Breast06 (HER2-low). HER2 testing on the metastasis is pending.\n",
        NF,
        {},
    ),
    (
        "low-not-applicable-3plus",
        "her2_low_rna",
        BR + "HER2 IHC: 3+. HER2-low: not applicable.\n",
        POS,
        {"her2_low": False},
    ),
    (
        "low-null-word",
        "her2_low_rna",
        BR + "HER2 IHC 0 (HER2-null: no staining at all).\n",
        NEG,
        {"her2_low": False},
    ),
    (
        "low-previously-3plus-same-tumour-now-1plus",
        "her2_low_rna",
        BR
        + "HER2: 1+ (HER2-low). Previously HER2 3+ (2021 biopsy of the same tumour, before neoadjuvant therapy).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

FEW_CELLS: list[Case] = [
    ("few-lt10-semicolon", "few_cells", BR + "HER2: 3+ in <10% of cells; the remainder 1+.\n", EQV_NF, {}),
    (
        "few-less-than-10-bracket",
        "few_cells",
        BR + "HER2 IHC: 3+ (less than 10% of tumour cells).\n",
        EQV_NF,
        {},
    ),
    ("few-le-10-sign", "few_cells", BR + "HER2 IHC score 3+, \u226410% of invasive cells.\n", EQV_NF, {}),
    ("few-lt10-comma-only", "few_cells", BR + "HER2: 3+, <10%\n", EQV_NF, {}),
    (
        "few-fewer-than-10-cells",
        "few_cells",
        BR + "HER2 IHC: 3+ in fewer than 10% of the tumour cells\n",
        EQV_NF,
        {},
    ),
    ("few-5pct-table", "few_cells", BR + "HER2 (4B5) | 3+ | 8%\n", EQV_NF, {}),
    (
        "few-near-gt10",
        "few_cells",
        BR + "HER2 IHC: 3+ in >10% of cells\n",
        POS,
        {"ihc.percent_qualifier": ">"},
    ),
    ("few-near-90-then-lt10-1plus", "few_cells", BR + "HER2 IHC: 3+ (90%); <10% of cells 1+.\n", POS, {}),
    (
        "few-near-95-then-lt10-unstained",
        "few_cells",
        BR + "HER2 IHC: 3+ (circumferential, intense) in 95% of cells; <10% show no staining.\n",
        POS,
        {},
    ),
    (
        "few-crc-lt50-heracles",
        "few_cells",
        "Colon, resection: adenocarcinoma.\nHER2 IHC: 3+ in <50% of tumour cells (HERACLES).\n",
        EQV_NF,
        {},
    ),
]

GRADE_SUMS: list[Case] = [
    (
        "nott-sum-pending",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Nottingham score 3+3+2 = 8 (grade 3).\n"
        "HER2: pending.\n",
        NF,
        {},
    ),
    (
        "nott-bloom-richardson-addendum",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Modified Bloom-Richardson grade: 3+2+3=8, grade III.\n"
        "ER positive (95%). HER2 to follow in addendum.\n",
        NF,
        {},
    ),
    (
        "nott-components-then-1plus",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Grade 3 (tubules 3 + pleomorphism 3 + mitoses 2).\n"
        "HER2 IHC: 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "nott-brackets-see-addendum",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Histologic grade: 3 (3+3+3).\n"
        "HER2/neu: see addendum.\n",
        NF,
        {},
    ),
    (
        "nott-one-line-er-3plus-her2-2plus",
        "not_her2_number",
        "Invasive ductal carcinoma, Nottingham 3+3+2 (grade III); ER 3+ 95%; PR 0; HER2 equivocal (2+), FISH sent.\n",
        EQV,
        {},
    ),
    (
        "nott-grade-row-her2-negative-1plus",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Grade: 3+3+3=9\n"
        "ER: Negative\n"
        "PR: Negative\n"
        "HER2: Negative (1+)\n",
        NEG,
        {},
    ),
    (
        "gleason-other-primary-pending",
        "not_her2_number",
        "Prostate, needle biopsy: acinar adenocarcinoma, Gleason score 3+4=7 (Grade Group 2).\n"
        "Breast, core biopsy (separate primary): HER2 testing pending.\n",
        NF,
        {},
    ),
    (
        "nodes-3plus-of-14-pending",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\n"
        "Lymph nodes: 3+/14 positive (macrometastases).\n"
        "HER2 testing in progress.\n",
        NF,
        {},
    ),
    (
        "nott-sbr-then-her2-0",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\nSBR grade 3 (3+3+2)\nHER2 0\n",
        NEG,
        {},
    ),
    (
        "nott-grade-then-3plus-query",
        "not_her2_number",
        "Right breast, core biopsy: invasive carcinoma of no special type.\nGrade 2 (2+2+1).\nHER2: 3+ ?\n",
        NOT_POS,
        {},
    ),
]

LONG: list[Case] = [
    (
        "long-three-parts-outside-comparison",
        "long_reports",
        "SURGICAL PATHOLOGY REPORT\n"
        "Accession: S26-04417        Received: 03/11/2026        Reported: 06/11/2026\n"
        "Specimens:\n"
        "A. Left breast, 2 o'clock, ultrasound-guided core biopsy\n"
        "B. Left axillary lymph node, FNA\n"
        "C. Outside slides S21-1190 (left breast excision, 2021), received for comparison\n"
        "\n"
        "FINAL DIAGNOSIS\n"
        "A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1).\n"
        "B. Metastatic carcinoma consistent with breast primary.\n"
        "C. Invasive ductal carcinoma (reviewed); morphology similar to A.\n"
        "\n"
        "BIOMARKERS (part A, block A1)\n"
        "ER: positive, 90%, strong\n"
        "PR: positive, 30%, moderate\n"
        "HER2 (4B5): 1+ (negative)\n"
        "Ki-67: 20%\n"
        "\n"
        "COMMENT\n"
        "HER2 on part C was reported at the outside institution as 3+ (2021). The current tumour (A) is HER2 negative (1+). Discordance noted; clinical correlation recommended.\n",
        NEG,
        {},
    ),
    (
        "long-ngs-copy-number-below-threshold",
        "long_reports",
        "MOLECULAR PATHOLOGY\n"
        "Patient: ----   Specimen: Liver, core biopsy (metastatic breast carcinoma)   Tumour content: 60%\n"
        "Test: 523-gene DNA/RNA panel\n"
        "\n"
        "BIOMARKER FINDINGS\n"
        "TMB: 6.3 mut/Mb\n"
        "MSI: stable\n"
        "\n"
        "GENOMIC FINDINGS\n"
        "PIK3CA H1047R (VAF 31%)\n"
        "ESR1 Y537S (VAF 4%)\n"
        "CDH1 Q706* (VAF 28%)\n"
        "\n"
        "COPY NUMBER\n"
        "ERBB2: copy number 4 (not amplified; amplification threshold 6)\n"
        "CCND1: amplified (CN 11)\n"
        "\n"
        "THERAPIES\n"
        "Alpelisib, capivasertib (PIK3CA) - FDA approved in this tumour type\n"
        "Elacestrant (ESR1) - FDA approved in this tumour type\n"
        "Trastuzumab deruxtecan - HER2-low indication requires IHC; not assessed by this assay\n",
        NEG_NF,
        {},
    ),
    (
        "long-addendum-1-withdrawn-labelling-error",
        "long_reports",
        "ADDENDUM REPORT\n"
        "Original diagnosis (12/10/2026): Right breast core biopsy - invasive carcinoma NST, grade 3. HER2 IHC 2+ (equivocal), reflex ISH sent.\n"
        "Addendum 1 (19/10/2026): HER2 dual ISH - HER2/CEP17 ratio 2.4, mean HER2 copy number 5.1/cell (Group 1): AMPLIFIED. HER2 POSITIVE.\n"
        "Addendum 2 (21/10/2026): The ISH in addendum 1 was performed on block B2, which belongs to a different patient (labelling error). Addendum 1 is withdrawn. Repeat ISH on block A1 has been requested.\n",
        EQV_NF,
        {},
    ),
]

ROMANCE: list[Case] = [
    (
        "es-rep-se-repetira-tincion",
        "repeat_next",
        BR_ES
        + "HER2 (IHQ): 3+.\nSe repetirá la tinción de HER2 en el bloque A3 por artefacto de borde; resultado definitivo a continuación.\n",
        EQV_NF,
        {},
    ),
    (
        "es-rep-tecnica-debe-repetirse",
        "repeat_next",
        BR_ES + "HER2: 3+. La técnica de HER2 debe repetirse (fijación subóptima).\n",
        EQV_NF,
        {},
    ),
    (
        "pt-rep-coloracao-sera-repetida",
        "repeat_next",
        BR_PT
        + "HER2 (IHQ): 3+.\nA coloração de HER2 será repetida no bloco A3 (artefato de borda); resultado final a seguir.\n",
        EQV_NF,
        {},
    ),
    (
        "fr-rep-technique-sera-refaite",
        "repeat_next",
        "Sein droit, biopsie: carcinome infiltrant.\nHER2 : 3+. La technique HER2 sera refaite sur le bloc A3 (artefact de bord).\n",
        EQV_NF,
        {},
    ),
    (
        "es-rep-near-re-debe-repetirse",
        "repeat_next",
        BR_ES + "HER2 (IHQ): 3+.\nLa tinción de RE debe repetirse en el bloque A3.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "es-vw-adenda-anulada",
        "version_withdrawn",
        BR_ES + "HER2 (IHQ): 1+.\nADENDA 1 (15/03): FISH HER2 AMPLIFICADO, razón 5,1.\n"
        "ADENDA 2 (16/03): la adenda 1 queda anulada (corresponde a otro paciente).\n",
        NEG_NF,
        {},
    ),
    (
        "es-few-menos-del-10",
        "few_cells",
        BR_ES + "HER2: 3+ en menos del 10% de las células tumorales.\n",
        EQV_NF,
        {},
    ),
    ("pt-few-menos-de-10", "few_cells", BR_PT + "HER2: 3+ em menos de 10% das células.\n", EQV_NF, {}),
    (
        "es-few-inferior-al-10",
        "few_cells",
        BR_ES + "HER2: 3+ en un porcentaje inferior al 10% de las células.\n",
        EQV_NF,
        {},
    ),
    (
        "es-few-near-mas-del-10",
        "few_cells",
        BR_ES + "HER2: 3+ en más del 10% de las células tumorales.\n",
        POS,
        {"ihc.percent_qualifier": ">"},
    ),
]

RECOUNT: list[Case] = [
    (
        "rc-group4-recount-pending-comment",
        "ish_recount",
        BR + "HER2 2+. FISH (block A2): ratio 1.8, average HER2 copy number 4.2 -> see comment.\n"
        "Comment: results near the cut-off; recount by a second observer pending.\n",
        EQV_NF,
        {},
    ),
    (
        "rc-second-count-requested",
        "ish_recount",
        BR + "HER2 IHC 2+.\nHER2 FISH: ratio 1.9, mean HER2 4.6 signals/cell (group 4). "
        "A second count of 20 further nuclei has been requested; final interpretation to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "rc-group2-will-be-recounted",
        "ish_recount",
        BR
        + "HER2 IHC 2+.\nHER2 ISH: ratio 2.1; mean 3.7 (group 2). The ISH will be recounted by another observer.\n",
        EQV_NF,
        {},
    ),
    (
        "rc-own-line-recount-pending",
        "ish_recount",
        BR + "HER2 2+.\nFISH: ratio 1.8, mean 4.2.\nRecount by a second observer pending.\n",
        EQV_NF,
        {},
    ),
    (
        "rc-group1-recount-pending",
        "ish_recount",
        BR
        + "HER2 IHC 2+.\nHER2 FISH ratio 2.3, mean 4.9 copies: AMPLIFIED. Recount by second observer pending.\n",
        frozenset({"positive", "equivocal", "not_found"}),
        {},
    ),
    (
        "rc-near-negative-after-recount",
        "ish_recount",
        BR
        + "HER2 IHC 2+.\nHER2 FISH: ratio 1.9, mean 4.3 (group 4); HER2 negative after recount by a second observer.\n",
        NEG,
        {},
    ),
    (
        "rc-near-recount-gave-same",
        "ish_recount",
        BR
        + "HER2 IHC 2+.\nHER2 FISH: ratio 1.3, mean 2.4: not amplified. A recount by a second observer gave the same ratio.\n",
        NEG,
        {},
    ),
    (
        "rc-near-ihc-kept-when-ish-recounted",
        "ish_recount",
        BR + "HER2 IHC 3+ (complete, intense, 90%).\nHER2 FISH: ratio 1.9, mean 4.4. Recount pending.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CASES: list[Case] = (
    MULTI
    + NGS
    + ADDENDA
    + NUMBERS
    + LOW
    + OCR
    + MORE
    + REPEAT
    + VERSIONS
    + SUBTYPE
    + OCR2
    + NGS2
    + NUMBERS2
    + LOW2
    + FEW_CELLS
    + GRADE_SUMS
    + LONG
    + ROMANCE
    + RECOUNT
)
