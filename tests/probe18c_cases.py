"""Reports with no current HER2 result (or an equivocal one) that must not read NEGATIVE, phrase
families written blind of the labelled sets (probe18c, session 18).

Families: "HER2-negative" as a trial's entry criterion or a drug's indication; "triple negative"
in the clinical question or history; another marker's "negative" beside HER2's pending line; a
negative control row; a failed or insufficient ISH beside an old score; a blood test that detected
nothing; an earlier biopsy's result named as history; an order form with no box ticked; an outside
result not reviewed here; "negative for malignancy" in a node while HER2 is pending; an equivocal
call beside a lower score from another block; a 0 the report calls unreliable (decalcified); Spanish
pending / not assessable words. Each family has near-misses: the same layout with this sample's own
negative, which must stay NEGATIVE. Each case: (id, family, text, allowed statuses, key fields).
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NF
from .probe_runner import ProbeCase as Case

BR = "Left breast, ultrasound-guided core biopsy: invasive ductal carcinoma, grade 3.\n"
GA = "Gastric body, endoscopic biopsy: adenocarcinoma, diffuse and intestinal type.\n"
CO = "Sigmoid colon, resection: adenocarcinoma, moderately differentiated, pT3 N1.\n"

TRIAL: list[Case] = [
    (
        "tr-eligibility-line-pending",
        "trial_criterion",
        BR + "HER2 testing: requested, result to follow in an addendum.\n"
        "Research note: the patient may be eligible for the PALM-7 study (inclusion: HER2-negative, "
        "ER-positive early breast cancer) once receptor status is known.\n",
        NF,
        {},
    ),
    (
        "tr-eligibility-synoptic",
        "trial_criterion",
        BR + "Biomarkers: ER 95% strong; PR 40%; HER2 in progress.\n"
        "Clinical trial screen: Inclusion criteria - HER2 negative disease: to be confirmed.\n",
        NF,
        {},
    ),
    (
        "tr-drug-indication-pending",
        "trial_criterion",
        BR + "HER2 immunohistochemistry has been sent to the reference laboratory.\n"
        "Comment: CDK4/6 inhibitors are licensed for HR-positive, HER2-negative advanced disease; "
        "eligibility will depend on the HER2 result.\n",
        NF,
        {},
    ),
    (
        "tr-spanish-criterio",
        "trial_criterion",
        BR + "HER2: pendiente.\nCriterio de inclusión del ensayo: carcinoma HER2 negativo.\n",
        NF,
        {},
    ),
    (
        "tr-near-miss-criteria-met",
        "trial_criterion",
        BR + "Study screening (PALM-7): inclusion criteria met - HER2 IHC 0 (negative) on this core.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "tr-near-miss-spanish-negativo",
        "trial_criterion",
        BR + "HER2: negativo (1+).\nCriterio de inclusión del ensayo: carcinoma HER2 negativo.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "tr-near-miss-own-negative",
        "trial_criterion",
        BR + "HER2 IHC (4B5): 1+, negative.\n"
        "Research note: the patient may be eligible for the PALM-7 study (inclusion: HER2-negative, "
        "ER-positive early breast cancer).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

TRIPLE: list[Case] = [
    (
        "tn-clinical-question",
        "triple_negative_question",
        "Clinical details: 38F, rapidly growing mass, ? triple negative.\n"
        + BR
        + "Receptor studies (ER, PR, HER2) have been requested and will be reported separately.\n",
        NF,
        {},
    ),
    (
        "tn-rule-out",
        "triple_negative_question",
        "Request: r/o TNBC, please do receptors.\n" + BR + "ER/PR/HER2: to follow.\n",
        NF,
        {},
    ),
    (
        "tn-history-old-cancer",
        "triple_negative_question",
        "Clinical history: right breast triple-negative carcinoma treated in 2015; new left breast mass.\n"
        + BR
        + "HER2 status on the current specimen: pending.\n",
        NF,
        {},
    ),
    (
        "tn-near-miss-current",
        "triple_negative_question",
        "Clinical details: 38F, ? triple negative.\n"
        + BR
        + "ER: 0%. PR: 0%. HER2 IHC: 0 (negative). Triple-negative phenotype confirmed.\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

OTHER_MARKER: list[Case] = [
    (
        "om-synoptic-er-pr-negative",
        "other_marker_negative",
        BR + "ER: Negative (0%)\nPR: Negative (0%)\nHER2: Pending\nKi-67: 70%\n",
        NF,
        {},
    ),
    (
        "om-table-row",
        "other_marker_negative",
        BR + "Marker | Clone | Result\nER | SP1 | negative\nPR | 1E2 | negative\n"
        "HER2 | 4B5 | to follow (repeat stain)\n",
        NF,
        {},
    ),
    (
        "om-prose-ck-negative",
        "other_marker_negative",
        BR + "The tumour cells are negative for CK5/6 and p63. HER2 and hormone receptors are in progress.\n",
        NF,
        {},
    ),
    (
        "om-near-miss-synoptic-her2-negative",
        "other_marker_negative",
        BR + "ER: Negative (0%)\nPR: Negative (0%)\nHER2: Negative (IHC 1+)\nKi-67: 70%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

CONTROL: list[Case] = [
    (
        "ct-negative-control-row",
        "negative_control",
        BR + "HER2 IHC (4B5):\nExternal positive control: 3+ as expected\nNegative control: no staining\n"
        "Patient tissue: stain failed (no tumour in the section); repeat requested.\n",
        NF,
        {},
    ),
    (
        "ct-negative-reagent-control",
        "negative_control",
        GA + "HER2: slides cut, staining to follow.\nQC: negative reagent control appropriate.\n",
        NF,
        {},
    ),
    (
        "ct-near-miss-control-and-result",
        "negative_control",
        BR + "HER2 IHC (4B5):\nExternal positive control: 3+ as expected\nNegative control: no staining\n"
        "Patient tissue: 0 (no staining).\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

FAILED_ISH: list[Case] = [
    (
        "fi-qns-history-1plus",
        "failed_ish_history",
        BR + "HER2 SISH: QNS (insufficient tumour for signal enumeration).\n"
        "Earlier core (2021) HER2 IHC 1+ for reference.\nHER2 IHC on this specimen: requested.\n",
        NF,
        {},
    ),
    (
        "fi-failed-no-signals",
        "failed_ish_history",
        GA + "HER2 FISH: failed - no hybridisation signals in tumour or internal control; "
        "the block will be retested.\nPrior gastric biopsy 2022: HER2 negative.\n",
        NF,
        {},
    ),
    (
        "fi-labelled-failed-clinical-history",
        "failed_ish_history",
        "Clinical history: known HER2-negative carcinoma on the 2023 core.\n"
        + BR
        + "HER2 SISH: failed (no signals in the invasive tumour); repeat requested on block B1.\n",
        NF,
        {},
    ),
    (
        "fi-near-miss-failed-then-repeated",
        "failed_ish_history",
        BR + "HER2 FISH on block A1: failed - no hybridisation signals in the tumour nuclei.\n"
        "Repeated on block A2: HER2/CEP17 ratio 1.2, mean HER2 copy number 2.4; not amplified.\n",
        NEG,
        {},
    ),
    (
        "fi-near-miss-ish-current",
        "failed_ish_history",
        BR + "HER2 IHC: 2+ (equivocal).\nHER2 SISH: HER2/CEP17 ratio 1.3, mean HER2 copy number 2.9 "
        "per cell; not amplified (group 5).\n",
        NEG,
        {},
    ),
]

BLOOD: list[Case] = [
    (
        "bl-ctdna-not-detected",
        "blood_not_detected",
        "Liquid biopsy (plasma cfDNA), 74-gene panel.\nERBB2 copy number: not detected.\n"
        "Tumour fraction low; a negative result does not exclude an alteration.\n",
        NF,
        {},
    ),
    (
        "bl-ctdna-table",
        "blood_not_detected",
        "Circulating tumour DNA report\nGene | Alteration | Result\nERBB2 | amplification | not detected\n"
        "KRAS | G12D | detected (0.8%)\n",
        NF,
        {},
    ),
    (
        "bl-ctdna-negative-word",
        "blood_not_detected",
        "Plasma ctDNA NGS: ERBB2 amplification - negative (not detected at the assay limit).\n",
        NF,
        {},
    ),
]

BLOOD += [
    (
        "bl-interpretation-negative-for-amp",
        "blood_not_detected",
        "Liquid biopsy report (cell-free DNA from plasma)\nAlterations found: TP53 R248Q (4.2%)\n"
        "ERBB2: none found\nInterpretation: negative for ERBB2 amplification in this plasma sample.\n",
        NF,
        {},
    ),
    (
        "bl-summary-line-amplification-negative",
        "blood_not_detected",
        "Plasma circulating tumour DNA panel\nSummary: ERBB2 amplification - negative; no reportable "
        "alterations.\n",
        NF,
        {},
    ),
    (
        "bl-summary-line-negative-erbb2",
        "blood_not_detected",
        "Plasma circulating tumour DNA panel\nSummary: ERBB2 copy number gain - negative; no reportable "
        "alterations.\n",
        NF,
        {},
    ),
    (
        "bl-near-miss-tissue-ngs-not-amplified",
        "blood_not_detected",
        "Comprehensive genomic profiling (FFPE tumour tissue, 324 genes)\nERBB2 amplification: not detected\n"
        "Tumour content: 45%\n",
        NEG,
        {},
    ),
]

HISTORY: list[Case] = [
    (
        "hi-no-amp-2019",
        "earlier_biopsy_history",
        BR + "No amplification of HER2 was seen in the 2019 biopsy of the contralateral breast.\n"
        "HER2 testing on this specimen is in progress.\n",
        NF,
        {},
    ),
    (
        "hi-previously-negative",
        "earlier_biopsy_history",
        "Clinical: recurrence; previously HER2-negative (2017).\n"
        + BR
        + "HER2 retesting requested on this block.\n",
        NF,
        {},
    ),
    (
        "hi-synoptic-previous",
        "earlier_biopsy_history",
        BR + "Previous HER2 (2020, outside): negative\nCurrent HER2: awaited\n",
        NF,
        {},
    ),
    (
        "hi-table-previous-and-awaited",
        "earlier_biopsy_history",
        BR + "Sample | HER2\n2021 core (outside) | negative\nThis excision | result awaited\n",
        NF,
        {},
    ),
    (
        "hi-near-miss-awaited-ish-own-ihc",
        "earlier_biopsy_history",
        BR + "HER2 IHC: 1+ (negative).\nHER2 ISH: not required; Ki-67 result awaited.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "hi-history-score-own-not-performed",
        "earlier_biopsy_history",
        BR + "HER2 IHC on this biopsy: not performed (no invasive tumour left in the block).\n"
        "History: 2019 right breast carcinoma, HER2 1+.\n",
        NF,
        {},
    ),
    (
        "hi-spanish-no-realizado-antecedente",
        "earlier_biopsy_history",
        "Antecedentes: carcinoma de mama derecha 2018, HER2 1+.\n"
        "Mama izquierda, biopsia: carcinoma infiltrante.\nHER2 en la biopsia actual: no realizado (material insuficiente).\n",
        NF,
        {},
    ),
    (
        "hi-near-miss-ish-not-performed-own-ihc",
        "earlier_biopsy_history",
        BR + "HER2 IHC on this biopsy: 0.\nHER2 ISH on this biopsy: not performed (IHC 0 is conclusive).\n"
        "History: 2019 right breast carcinoma, HER2 1+.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "hi-near-miss-current-and-previous",
        "earlier_biopsy_history",
        BR + "Previous HER2 (2020, outside): 3+\nCurrent HER2 IHC: 1+ (negative)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

FORM: list[Case] = [
    (
        "fo-unticked-boxes",
        "unticked_form",
        "Pathology request form\nSpecimen: left breast core\nHER2: [ ] positive [ ] negative [ ] equivocal\n"
        "Tests requested: [x] ER [x] PR [x] HER2\n",
        NF,
        {},
    ),
    (
        "fo-unticked-underscores",
        "unticked_form",
        "Receptor request\nHER2 result: ___ positive ___ negative\nPlease report to Dr Lee.\n",
        NF,
        {},
    ),
    (
        "fo-near-miss-ticked",
        "unticked_form",
        BR + "HER2 IHC result: [ ] positive [x] negative [ ] equivocal\nScore: 1+\n",
        NEG,
        {},
    ),
]

OUTSIDE: list[Case] = [
    (
        "ou-outside-not-reviewed",
        "outside_not_reviewed",
        BR + "HER2 negative per outside report (slides not reviewed here). In-house HER2 testing pending.\n",
        NF,
        {},
    ),
    (
        "ou-referral-letter",
        "outside_not_reviewed",
        BR + "The referral letter states the tumour is HER2 negative; this has not been verified by our "
        "laboratory and repeat HER2 testing has been requested.\n",
        NF,
        {},
    ),
    (
        "ou-according-to-referring-hospital",
        "outside_not_reviewed",
        GA + "According to the referring hospital's report the carcinoma was HER2 negative. HER2 IHC on our "
        "block will follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "ou-near-miss-letter-and-own-result",
        "outside_not_reviewed",
        BR + "The referral letter states the tumour is HER2 negative. Our HER2 IHC (4B5) on block A1: 1+, "
        "negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ou-near-miss-confirmed",
        "outside_not_reviewed",
        BR + "Outside HER2 slides reviewed: we agree, HER2 IHC 0 (negative).\n",
        NEG,
        {},
    ),
]

NODE: list[Case] = [
    (
        "nd-node-negative-her2-pending",
        "node_negative_malignancy",
        "A. Left axillary sentinel node: negative for malignancy (0/2).\n"
        "B. Left breast, wide excision: invasive lobular carcinoma, 22 mm.\n"
        "HER2 on specimen B: pending.\n",
        NF,
        {},
    ),
    (
        "nd-nodes-negative-prose",
        "node_negative_malignancy",
        GA + "Fourteen lymph nodes, all negative for metastatic carcinoma (0/14). "
        "HER2 has been ordered on block A3.\n",
        NF,
        {},
    ),
    (
        "nd-near-miss-node-and-her2",
        "node_negative_malignancy",
        "A. Left axillary sentinel node: negative for malignancy (0/2).\n"
        "B. Left breast, wide excision: invasive lobular carcinoma, 22 mm. HER2 IHC: 1+ (negative).\n",
        NEG,
        {},
    ),
]

EQUIVOCAL: list[Case] = [
    (
        "eq-group4-with-other-block-1plus",
        "equivocal_beside_lower",
        BR + "HER2 IHC (block A2): 2+.\nHER2 ISH: HER2/CEP17 ratio 1.6, average HER2 copy number 4.4 "
        "signals/cell (ISH group 4).\nFinal interpretation: equivocal; repeat on excision recommended.\n"
        "For comparison, block A1 showed 1+.\n",
        EQV_NF,
        {},
    ),
    (
        "eq-indeterminate-ish",
        "equivocal_beside_lower",
        GA + "HER2 IHC: 2+ (equivocal).\nHER2 FISH: indeterminate (heterogeneous signals); "
        "a further block is being tested.\n",
        EQV_NF,
        {},
    ),
    (
        "eq-lab-equivocal-synoptic",
        "equivocal_beside_lower",
        BR + "HER2 (IHC): Equivocal (2+)\nHER2 (ISH): Pending\n",
        EQV,
        {},
    ),
]

UNRELIABLE: list[Case] = [
    (
        "ur-decalcified-zero",
        "unreliable_zero",
        "Bone, iliac crest core: metastatic carcinoma consistent with breast primary.\n"
        "HER2 IHC: 0. Note: the specimen was decalcified in acid; HER2 staining is unreliable and a "
        "negative result cannot be interpreted. Testing of a non-decalcified sample is recommended.\n",
        NF,
        {},
    ),
    (
        "ur-spanish-no-valorable",
        "unreliable_zero",
        BR + "HER2: no valorable (tejido descalcificado). Se recomienda repetir en otra muestra.\n",
        NF,
        {},
    ),
    (
        "ur-comment-not-reliable",
        "unreliable_zero",
        "Bone, vertebral biopsy: metastatic adenocarcinoma, breast origin favoured.\n"
        "HER2 (4B5): 1+\nComment: formic acid decalcification. The HER2 result is not reliable.\n",
        NF,
        {},
    ),
    (
        "ur-near-miss-hedged-caveat",
        "unreliable_zero",
        "Bone, iliac crest core: metastatic carcinoma consistent with breast primary.\n"
        "HER2 IHC: 1+ (negative). Internal and external controls stained as expected.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ur-near-miss-non-decal",
        "unreliable_zero",
        "Bone, iliac crest core: metastatic carcinoma consistent with breast primary.\n"
        "Decalcified with EDTA (validated for HER2). HER2 IHC: 0 (negative).\n",
        NEG,
        {},
    ),
]

SPANISH: list[Case] = [
    (
        "es-receptores-negativos-her2-pendiente",
        "spanish_pending",
        "Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial.\n"
        "Receptores de estrógeno: negativos. Receptores de progesterona: negativos. HER2: pendiente.\n",
        NF,
        {},
    ),
    (
        "es-en-curso",
        "spanish_pending",
        "Estómago, biopsia: adenocarcinoma.\nEstudio de HER2: en curso; se emitirá informe complementario.\n",
        NF,
        {},
    ),
    (
        "es-near-miss-negativo",
        "spanish_pending",
        "Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial.\n"
        "Receptores de estrógeno: negativos. HER2: negativo (puntuación 1+).\n",
        NEG,
        {},
    ),
]

OCR: list[Case] = [
    (
        "oc-fax-pending-er-negative",
        "fax_damage",
        BR + "ER ..... NEGAT1VE\nPR ..... NEGAT IVE\nHER 2 .... PEND1NG\n",
        NF,
        {},
    ),
    (
        "oc-colon-her2-not-performed",
        "fax_damage",
        CO + "MMR: proficient. KRAS: negative for mutation. HER2: not perf ormed (insufficient tumour).\n",
        NF,
        {},
    ),
]

PROTEIN_PENDING: list[Case] = [
    (
        "pp-ngs-no-amp-ihc-ordered",
        "ngs_while_protein_pending",
        "Tumour sequencing panel (FFPE, 500 genes), uterine serous carcinoma.\nERBB2: no amplification "
        "(copy number 2).\nComment: HER2 immunohistochemistry has been requested on block A4 and will be "
        "reported separately.\n",
        NF,
        {},
    ),
    (
        "pp-ngs-no-amp-ihc-pending-label",
        "ngs_while_protein_pending",
        "Lung adenocarcinoma, targeted DNA panel.\nERBB2 amplification: not detected.\nHER2 IHC: pending\n",
        NF,
        {},
    ),
    (
        "pp-ngs-no-amp-block-sent",
        "ngs_while_protein_pending",
        "Molecular tumour board note: pancreatic cancer, tissue NGS shows no ERBB2 amplification.\n"
        "Action: send the paraffin block to the reference centre for central HER2 IHC.\n",
        NF,
        {},
    ),
    (
        "pp-near-miss-no-ihc-requested",
        "ngs_while_protein_pending",
        "Lung adenocarcinoma, targeted DNA panel.\nERBB2 copy number 2.0 (not amplified).\n"
        "No HER2 IHC was requested on this sample; the copy-number result is negative.\n",
        NEG,
        {},
    ),
    (
        "pp-near-miss-ihc-done",
        "ngs_while_protein_pending",
        "Tumour sequencing panel (FFPE, 500 genes), uterine serous carcinoma.\nERBB2: no amplification "
        "(copy number 2).\nHER2 IHC (4B5) on block A4: 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

CASES: list[Case] = (
    TRIAL
    + TRIPLE
    + OTHER_MARKER
    + CONTROL
    + FAILED_ISH
    + BLOOD
    + HISTORY
    + FORM
    + OUTSIDE
    + NODE
    + EQUIVOCAL
    + UNRELIABLE
    + SPANISH
    + OCR
    + PROTEIN_PENDING
)
