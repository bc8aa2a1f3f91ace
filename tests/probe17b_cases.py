"""Unsafe readings (a confident call the report does not make), phrase families written blind of
the labelled sets (probe17b, session 17).

Families: results in the running prose of tumour-board minutes, clinical letters about several
patients, teaching/QA notes and proficiency-testing (EQA) slides; numbers near HER2 that are not
scores (lot and run numbers, dates, block ids, page counters, other markers' shares); results of a
sibling gene or protein (HER3, HER4, EGFR, ERBB3) and HER2 in non-tumour tissue; template
defaults never filled in and conditional comments; plasma (ctDNA) and metastasis results beside
the tissue result. Each case: (id, family, text, allowed statuses, expected key fields). Where the
report leaves room, not_found is an allowed reading.
"""

from __future__ import annotations

from .probe_runner import EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
LU = "Lung, EBUS-guided biopsy of station 7: metastatic adenocarcinoma, lung primary.\n"
OE = "Oesophagus, biopsy at 35 cm: adenocarcinoma arising in Barrett's oesophagus.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"

MINUTES: list[Case] = [
    (
        "mn-board-three-cases-ours-pending",
        "board_minutes_prose",
        "Multidisciplinary breast meeting, 12/03/2026. Cases discussed:\n"
        "Case 1 (MRN 44812): HER2 3+, for neoadjuvant TCHP.\n"
        "Case 2 (MRN 40177): HER2 0, ER positive, for surgery first.\n"
        "Case 3 (MRN 45590, this patient): core biopsy, HER2 IHC pending.\n",
        NF,
        {},
    ),
    (
        "mn-letter-other-patients-mentioned",
        "board_minutes_prose",
        "Dear Dr Patel,\nThank you for referring Mrs A. Her core biopsy HER2 test is still awaited.\n"
        "As discussed, the two other patients you referred this month were both HER2 3+ and have started "
        "trastuzumab.\nYours sincerely,\n",
        NF,
        {},
    ),
    (
        "mn-eqa-slide-results",
        "board_minutes_prose",
        "UK NEQAS ICC run 142, HER2 module. Our returned scores:\nSlide 1: 3+ (expected 3+)\n"
        "Slide 2: 0 (expected 0)\nSlide 3: 2+ (expected 2+)\nOverall: acceptable.\n",
        NF,
        {},
    ),
    (
        "mn-teaching-note-example",
        "board_minutes_prose",
        "Teaching file, breast pathology. Example case: invasive ductal carcinoma, HER2 IHC 3+ "
        "(complete intense membranous staining in >10% of cells). Learning point: no ISH is needed at 3+.\n",
        NF,
        {},
    ),
    (
        "mn-qa-audit-concordance",
        "board_minutes_prose",
        "Quarterly HER2 QA audit: 212 breast cases; 3+ rate 14%, 2+ rate 18%, 0 rate 31%. "
        "Concordance with the reference laboratory 96% (24/25 cases, one 2+/3+ discordant).\n",
        NF,
        {},
    ),
    (
        "mn-board-case-numbered-colon",
        "board_minutes_prose",
        "Tumour board list (gastric), 04/02/2026:\ncase 3: HER2 3+, started trastuzumab.\n"
        "case 4: HER2 1+, FOLFOX.\ncase 5: HER2 not done.\n",
        NF,
        {},
    ),
    (
        "mn-near-miss-board-this-patient-result",
        "board_minutes_prose",
        BR + "Discussed at the breast MDT 12/03/2026.\nHER2 IHC (4B5) on this core biopsy: 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "mn-near-miss-letter-own-result",
        "board_minutes_prose",
        "Dear Dr Patel,\nThank you for referring Mrs A. Her right breast core biopsy shows invasive "
        "carcinoma; HER2 IHC is 1+ (negative) and ER is positive.\nYours sincerely,\n",
        NEG,
        {},
    ),
    (
        "mn-audit-case-counts",
        "board_minutes_prose",
        "Departmental audit of HER2 scoring (breast, 2025): 3+ in 22 of 150 cases (15%), 2+ in 30 (20%).\n"
        "Action: none required.\n",
        NF,
        {},
    ),
    (
        "mn-case-of-the-month",
        "board_minutes_prose",
        "Case of the month: gastric biopsy, HER2 3+ in a cohesive cluster of six cells.\n"
        "Teaching point: a single cluster is enough in a biopsy.\n",
        NF,
        {},
    ),
    (
        "mn-quiz-answer",
        "board_minutes_prose",
        "Breast pathology quiz, slide 4. Answer: invasive lobular carcinoma; HER2 2+, FISH amplified "
        "(ratio 2.6).\n",
        NF,
        {},
    ),
    (
        "mn-eqa-tma-cores",
        "board_minutes_prose",
        "NordiQC run B34, HER2 IHC: our laboratory scored the four tissue microarray cores 0, 1+, 2+ and 3+; "
        "assessment optimal.\n",
        NF,
        {},
    ),
    (
        "mn-board-initials-list",
        "board_minutes_prose",
        "Meeting list:\n1) J.S., 64F - right breast, HER2 3+, for TCHP.\n"
        "2) M.K., 51F (this patient) - left breast core, HER2 awaited.\n",
        NF,
        {},
    ),
    (
        "mn-near-miss-quality-line-after-result",
        "board_minutes_prose",
        BR + "HER2 IHC (4B5): 3+ (positive).\nQuality note: the laboratory takes part in UK NEQAS.\n",
        POS,
        {},
    ),
]

NUMBERS: list[Case] = [
    (
        "nm-lot-number-3plus2",
        "number_not_score",
        BR + "HER2 (clone 4B5, lot 3+2-0417) stain: see addendum.\n",
        NF,
        {},
    ),
    (
        "nm-block-id-a3plus",
        "number_not_score",
        BR + "Blocks for HER2: A3+A4 (tumour present in both). HER2 result to follow.\n",
        NF,
        {},
    ),
    (
        "nm-page-counter",
        "number_not_score",
        BR + "HER2 immunohistochemistry - page 2+/3\nResult: see final page.\n",
        NF,
        {},
    ),
    (
        "nm-run-number",
        "number_not_score",
        BR + "HER2 IHC run no. 3+ batch 26-114 on BenchMark ULTRA; interpretation pending.\n",
        NF,
        {},
    ),
    (
        "nm-date-slash",
        "number_not_score",
        BR + "HER2 requested 3/1 + 2 extra levels; result to follow.\n",
        NF,
        {},
    ),
    (
        "nm-ki67-share-beside-her2",
        "number_not_score",
        BR + "ER 95%, PR 3+ in 80%, Ki-67 30%. HER2: pending.\n",
        NF,
        {},
    ),
    (
        "nm-near-miss-clone-and-score",
        "number_not_score",
        BR + "HER2 (clone 4B5, lot 2-0417): score 0, no staining (negative).\n",
        NEG,
        {},
    ),
    (
        "nm-page-counter-slash",
        "number_not_score",
        BR + "HER2 immunohistochemistry (2/3)\nResults are on the final page.\n",
        NF,
        {},
    ),
    (
        "nm-page-plus-counter",
        "number_not_score",
        BR + "HER2 IHC report, page 1+ annex; result to follow.\n",
        NF,
        {},
    ),
    (
        "nm-slides-cut-date",
        "number_not_score",
        BR + "HER2: 3/1 + 3/2 slides cut, stain pending.\n",
        NF,
        {},
    ),
    (
        "nm-near-miss-range-ascending",
        "number_not_score",
        BR + "HER2 IHC: 2/3+ heterogeneous; FISH amplified (ratio 3.1).\n",
        POS,
        {},
    ),
]

SIBLING: list[Case] = [
    (
        "sg-her3-3plus",
        "sibling_gene",
        BR + "HER3 (research stain): 3+.\nHER2: pending.\n",
        NF,
        {},
    ),
    (
        "sg-egfr-3plus-gastric",
        "sibling_gene",
        GA + "EGFR IHC: 3+ in 80% of tumour cells. HER2 IHC to follow.\n",
        NF,
        {},
    ),
    (
        "sg-erbb3-amplified",
        "sibling_gene",
        BR + "NGS panel: ERBB3 amplification (CN 9). ERBB2: see separate IHC report.\n",
        NF,
        {},
    ),
    (
        "sg-her4-positive",
        "sibling_gene",
        BR + "HER4 immunostain positive (strong). HER2 not performed on this sample.\n",
        NF,
        {},
    ),
    (
        "sg-her2-in-normal-ducts",
        "sibling_gene",
        BR + "HER2 3+ staining is seen in the adjacent benign ducts only (internal artefact); "
        "the invasive tumour is to be re-stained, result to follow.\n",
        NOT_POS,
        {},
    ),
    (
        "sg-her2-ligand",
        "sibling_gene",
        BR + "Heregulin (HER2/HER3 ligand) expression: high (3+). HER2 testing not requested.\n",
        NF,
        {},
    ),
    (
        "sg-near-miss-her3-and-her2",
        "sibling_gene",
        BR + "HER3: 3+.\nHER2 (4B5): 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "sg-phospho-her2-3plus",
        "sibling_gene",
        BR + "Phospho-HER2 (Tyr1248): 3+. HER2 pending.\n",
        NF,
        {},
    ),
    (
        "sg-p-her2-strong",
        "sibling_gene",
        BR + "p-HER2 Y1221/1222 immunostain: strong (3+).\nHER2 testing: requested.\n",
        NF,
        {},
    ),
    (
        "sg-phosphorylated-her2-positive",
        "sibling_gene",
        BR + "Phosphorylated HER2 (pY1248) IHC: positive, 3+ in 60%.\nHER2 (4B5): to follow.\n",
        NF,
        {},
    ),
    (
        "sg-truncated-her2-p95",
        "sibling_gene",
        BR + "Truncated HER2 (p95): positive.\n",
        NF,
        {},
    ),
    (
        "sg-serum-her2-ecd",
        "sibling_gene",
        "Serum HER2 ECD: 18 ng/mL - positive.\n",
        NF,
        {},
    ),
    (
        "sg-serum-her2-neu-elevated",
        "sibling_gene",
        "Serum tumour markers: CA 15-3 48 U/mL; serum HER2/neu 25.1 ng/mL (elevated, positive).\n",
        NF,
        {},
    ),
    (
        "sg-near-miss-phospho-0-her2-3plus",
        "sibling_gene",
        BR + "Phospho-HER2: 0.\nHER2 (4B5): 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "sg-near-miss-her2-1plus-pher2-2plus",
        "sibling_gene",
        BR + "HER2 (4B5): 1+ (negative).\npHER2: 2+.\n",
        NEG,
        {},
    ),
]

TEMPLATE: list[Case] = [
    (
        "tp-unfilled-boxes",
        "template_unfilled",
        BR + "HER2 IHC: [ ] 0 [ ] 1+ [ ] 2+ [ ] 3+\nISH: [ ] amplified [ ] not amplified\n",
        NF,
        {},
    ),
    (
        "tp-blank-row",
        "template_unfilled",
        BR + "Biomarker | Result | Interpretation\nER | 90% | positive\nHER2 IHC | | \nHER2 ISH | | \n",
        NF,
        {},
    ),
    (
        "tp-conditional-comment",
        "template_unfilled",
        BR + "HER2: pending.\nPathologist comment: if the tumour were HER2 3+, the patient would be "
        "eligible for trastuzumab.\n",
        NF,
        {},
    ),
    (
        "tp-placeholder-underscores",
        "template_unfilled",
        BR + "HER2 IHC score: ____ (0 / 1+ / 2+ / 3+)\nHER2 status: ____ (positive / negative)\n",
        NF,
        {},
    ),
    (
        "tp-select-one",
        "template_unfilled",
        BR + "HER2 status (select one): Positive / Equivocal / Negative\n",
        NF,
        {},
    ),
    (
        "tp-near-miss-ticked-box",
        "template_unfilled",
        BR + "HER2 IHC: [ ] 0 [X] 1+ [ ] 2+ [ ] 3+\n",
        NEG,
        {},
    ),
    (
        "tp-placeholder-commas",
        "template_unfilled",
        BR + "HER2 IHC score: ___ (0, 1+, 2+, 3+)\n",
        NF,
        {},
    ),
    (
        "tp-placeholder-dots",
        "template_unfilled",
        BR + "HER2 IHC score: ........ (0 / 1+ / 2+ / 3+)\nER: 90%.\n",
        NF,
        {},
    ),
    (
        "tp-placeholder-select",
        "template_unfilled",
        BR + "HER2 result: <select> 0 | 1+ | 2+ | 3+\n",
        NF,
        {},
    ),
    (
        "tp-near-miss-scale-after-value",
        "template_unfilled",
        BR + "HER2 IHC score: 1+ (scale 0 / 1+ / 2+ / 3+)\n",
        NEG_NF,
        {},
    ),
]

PLASMA_MET: list[Case] = [
    (
        "pm-ctdna-amp-tissue-pending",
        "plasma_met_beside",
        BR + "Plasma ctDNA (2026): ERBB2 amplification detected (plasma CN 3.1).\n"
        "HER2 IHC on the current biopsy: to follow.\n",
        NOT_POS,
        {},
    ),
    (
        "pm-met-positive-primary-query",
        "plasma_met_beside",
        "Liver, core biopsy: metastatic carcinoma. Primary site not established (breast vs upper GI).\n"
        "HER2 was 3+ in a lymph node from another hospital (report not seen).\n",
        NOT_POS,
        {},
    ),
    (
        "pm-primary-3plus-met-0-this",
        "plasma_met_beside",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC on this liver biopsy: 0.\n"
        "The primary (2021, outside) was reported HER2 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "pm-ctdna-not-detected-tissue-pending",
        "plasma_met_beside",
        BR + "Liquid biopsy: no ERBB2 alteration detected (low tumour fraction, result not informative).\n"
        "Tissue HER2 testing to follow.\n",
        NF,
        {},
    ),
    (
        "pm-near-miss-tissue-positive-plasma-none",
        "plasma_met_beside",
        BR + "HER2 IHC on this biopsy: 3+ (positive).\nPlasma ctDNA: ERBB2 not detected.\n",
        POS,
        {},
    ),
]

NONINVASIVE: list[Case] = [
    (
        "ni-metaplastic-glands-only",
        "noninvasive_component",
        GA + "HER2: 3+ in the metaplastic glands only; the adenocarcinoma is 0.\n",
        NEG_NF,
        {},
    ),
    (
        "ni-confined-to-dysplasia",
        "noninvasive_component",
        OE
        + "HER2 IHC: strong (3+) staining confined to the high-grade dysplasia; invasive adenocarcinoma 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "ni-barrett-mucosa",
        "noninvasive_component",
        OE + "HER2: 3+ in Barrett's mucosa with dysplasia; the invasive component is negative (0).\n",
        NEG_NF,
        {},
    ),
    (
        "ni-intestinal-metaplasia-comma",
        "noninvasive_component",
        GA + "HER2 (4B5): 3+ in the intestinal metaplasia, 0 in the carcinoma.\n",
        NEG_NF,
        {},
    ),
    (
        "ni-benign-ducts-artefact",
        "noninvasive_component",
        BR + "HER2 IHC: 3+ in the benign ducts (artefact); invasive carcinoma 0.\n",
        NEG_NF,
        {},
    ),
    (
        "ni-emboli-only",
        "noninvasive_component",
        BR + "HER2: 3+ in the lymphovascular tumour emboli only; invasive tumour scored 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "ni-near-miss-carcinoma-3plus-metaplasia-0",
        "noninvasive_component",
        GA + "HER2: 3+ in the adenocarcinoma; the metaplastic glands are 0.\n",
        POS,
        {},
    ),
    (
        "ni-near-miss-invasive-3plus-dysplasia-1plus",
        "noninvasive_component",
        OE + "HER2 IHC: invasive adenocarcinoma 3+ (positive); dysplasia 1+.\n",
        POS,
        {},
    ),
    (
        "ni-near-miss-dysplasia-and-carcinoma",
        "noninvasive_component",
        OE + "HER2: 3+ in the dysplasia and the adenocarcinoma (positive).\n",
        POS,
        {},
    ),
]

NOT_STATED: list[Case] = [
    (
        "ns-score-expected-from-histology",
        "expected_or_queried",
        BR + "HER2 3+ expected given the histology (apocrine); IHC to follow.\n",
        NF,
        {},
    ),
    (
        "ns-expected-to-be-positive",
        "expected_or_queried",
        BR + "Apocrine morphology: expected to be HER2 positive; HER2 IHC to follow.\n",
        NF,
        {},
    ),
    (
        "ns-predicted-3plus",
        "expected_or_queried",
        BR + "Given the pleomorphic apocrine features the tumour is predicted to be 3+; stain pending.\n",
        NF,
        {},
    ),
    (
        "ns-query-mark-before-score",
        "expected_or_queried",
        BR + "HER2 IHC: ?3+ (equivocal pattern, ISH requested).\n",
        EQV_NF,
        {},
    ),
    (
        "ns-query-mark-space-before-score",
        "expected_or_queried",
        BR + "HER2 IHC: ? 3+ (patchy), ISH requested.\n",
        EQV_NF,
        {},
    ),
    (
        "ns-query-mark-second-opinion",
        "expected_or_queried",
        BR + "HER2 IHC ?3+; awaiting second opinion.\n",
        EQV_NF,
        {},
    ),
    (
        "ns-ai-score-not-for-diagnosis",
        "expected_or_queried",
        BR + "AI-assisted HER2 score: 3+ (not used for diagnosis). Pathologist score: 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "ns-image-analysis-not-for-diagnosis",
        "expected_or_queried",
        BR + "Image analysis (not used for diagnosis): HER2 3+.\nHER2 pathologist score: pending.\n",
        NF,
        {},
    ),
    (
        "ns-near-miss-control-as-expected",
        "expected_or_queried",
        BR + "HER2 (4B5): 1+ (negative); on-slide control 3+ as expected.\n",
        NEG,
        {},
    ),
    (
        "ns-near-miss-result-then-query-other",
        "expected_or_queried",
        BR + "HER2 IHC: 3+ (positive). Query: ER?\n",
        POS,
        {},
    ),
]

IN_ERROR: list[Case] = [
    (
        "er-quoted-negative-transcription-error",
        "recorded_in_error",
        BR
        + 'The "HER2 negative" in the GP referral letter appears to be a transcription error.\nHER2 IHC: pending.\n',
        NF,
        {},
    ),
    (
        "er-request-form-typing-error",
        "recorded_in_error",
        BR
        + "Note: HER2 3+ on the request form was a typing error (it refers to ER 3+). HER2 on this biopsy: "
        "to follow.\n",
        NF,
        {},
    ),
    (
        "er-clinical-summary-clerical-error",
        "recorded_in_error",
        BR
        + "The HER2-positive status in the clinical summary seems to be a clerical error; HER2 testing is in "
        "progress.\n",
        NF,
        {},
    ),
    (
        "er-record-data-entry-error",
        "recorded_in_error",
        BR + "HER2 amplified (as typed in the electronic record) is a data-entry error; FISH has not been "
        "performed.\n",
        NF,
        {},
    ),
    (
        "er-near-miss-error-then-own-result",
        "recorded_in_error",
        BR + "HER2 negative in the previous letter was a copying error. HER2 IHC: 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "er-near-miss-clerical-name-corrected",
        "recorded_in_error",
        BR + "HER2 IHC: 1+ (negative). Clerical error in the previous version (patient name) corrected.\n",
        NEG,
        {},
    ),
]

VOIDED: list[Case] = [
    (
        "vd-voided-bracket-wrong-label",
        "value_voided_after",
        BR + "HER2 IHC on block A: 3+ (voided: wrong patient label). Repeat on block B: 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "vd-voided-then-repeat",
        "value_voided_after",
        BR + "HER2 IHC 3+ voided; repeat 0.\n",
        NEG_NF,
        {},
    ),
    (
        "vd-invalidated-fixation",
        "value_voided_after",
        BR
        + "HER2 IHC 3+ on block A was invalidated (fixation over 72 h); repeat on the excision to follow.\n",
        NF,
        {},
    ),
    (
        "vd-near-miss-other-slide-voided",
        "value_voided_after",
        BR + "HER2 (4B5): 3+ (positive). Earlier slide voided.\n",
        POS,
        {},
    ),
]

MUTATION: list[Case] = [
    (
        "mu-exon20-positive-word",
        "mutation_called_positive",
        LU + "NGS: HER2 (ERBB2) exon 20 insertion (A775_G776insYVMA) - POSITIVE.\n",
        NF,
        {},
    ),
    (
        "mu-alteration-positive",
        "mutation_called_positive",
        LU + "HER2 alteration: positive (ERBB2 V777L).\n",
        NF,
        {},
    ),
    (
        "mu-driver-panel-positive",
        "mutation_called_positive",
        LU + "Driver panel: EGFR negative, ALK negative, ROS1 negative, HER2 positive (exon 20 insertion).\n",
        NF,
        {},
    ),
    (
        "mu-targetable-dup-positive",
        "mutation_called_positive",
        LU + "Targetable alterations: HER2 (ERBB2 Y772_A775dup) - positive.\n",
        NF,
        {},
    ),
    (
        "mu-mutant-nsclc",
        "mutation_called_positive",
        LU + "Conclusion: HER2-mutant NSCLC; eligible for trastuzumab deruxtecan.\n",
        NF,
        {},
    ),
    (
        "mu-near-miss-mutation-and-ihc",
        "mutation_called_positive",
        BR + "Tumour NGS: ERBB2 L755S mutation (activating). HER2 IHC on this core: 1+.\n",
        NEG,
        {},
    ),
]

CASES: list[Case] = (
    MINUTES
    + NUMBERS
    + SIBLING
    + TEMPLATE
    + PLASMA_MET
    + MUTATION
    + VOIDED
    + NONINVASIVE
    + NOT_STATED
    + IN_ERROR
)
