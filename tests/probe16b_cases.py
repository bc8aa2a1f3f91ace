"""Unsafe readings (a confident call the report does not make), phrase families written blind of
the labelled sets (probe16b, session 16).

Families: a result of another specimen, block, control or earlier sample beside this one;
hypothetical, criteria and eligibility text; results superseded (preliminary / final, amended,
repeated on another block); negations and hedges spread over line breaks and table cells; results
after treatment, of a metastasis or of plasma beside the current tissue result; a subtype guessed
before HER2 is known; an outside result while this sample is pending; an ISH group 2 count with no
IHC. Each case: (id, family, text, allowed statuses, expected key fields); a key field is a dotted
path into ``ExplainResult.to_dict()``. Where the report leaves room, not_found is an allowed reading.
"""

from __future__ import annotations

from .probe_runner import EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
BR2 = "Left breast, mastectomy: invasive ductal carcinoma, 31 mm, grade 3.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
RES = "Left breast, mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, ypT1b.\n"
LIV = "Liver, core biopsy: metastatic carcinoma, consistent with breast primary.\n"

SURROGATE: list[Case] = [
    (
        "sur-luminal-b-neg-pending",
        "surrogate_before_her2",
        BR
        + "ER positive (95%), PR positive (60%).\nSurrogate subtype: luminal B (HER2-negative) pending HER2 results.\n",
        NF,
        {},
    ),
    (
        "sur-luminal-a-neg-pending-result",
        "surrogate_before_her2",
        BR + "ER positive (95%).\nSurrogate subtype: luminal A-like (HER2 negative), pending HER2 result.\n",
        NF,
        {},
    ),
    (
        "sur-provisional-final-pending-ihc",
        "surrogate_before_her2",
        BR
        + "ER positive (95%).\nProvisional subtype: luminal B / HER2-negative (final subtype pending HER2 IHC).\n",
        NF,
        {},
    ),
    (
        "sur-to-be-confirmed-when-available",
        "surrogate_before_her2",
        BR
        + "ER positive (95%).\nMolecular subtype (surrogate): luminal B, HER2-negative - to be confirmed when "
        "HER2 results are available.\n",
        NF,
        {},
    ),
    (
        "sur-near-miss-subtype-after-ihc",
        "surrogate_before_her2",
        BR + "ER positive (95%).\nSurrogate subtype: luminal B (HER2-negative).\nHER2 IHC: 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "sur-near-miss-ki67-pending",
        "surrogate_before_her2",
        BR + "HER2 IHC: 1+ (negative). Luminal A-like. Ki-67 pending.\n",
        NEG,
        {},
    ),
    (
        "sur-near-miss-oncotype-pending",
        "surrogate_before_her2",
        BR + "HER2 IHC: 0.\nSurrogate subtype: luminal A-like (HER2-negative), pending Oncotype DX.\n",
        NEG,
        {},
    ),
    (
        "sur-near-miss-neg-pending-ish",
        "surrogate_before_her2",
        BR + "HER2 IHC: 1+ (negative).\nSurrogate subtype: luminal B-like, HER2-negative; Ki-67 pending.\n",
        NEG,
        {},
    ),
]

OUTSIDE_PENDING: list[Case] = [
    (
        "out-per-outside-2025-this-pending",
        "outside_while_pending",
        BR + "HER2 3+ per the outside institution (2025). HER2 on this sample pending.\n",
        NF,
        {},
    ),
    (
        "out-at-outside-repeat-current-pending",
        "outside_while_pending",
        BR + "HER2: 3+ at outside institution (2025); repeat on current specimen pending.\n",
        NF,
        {},
    ),
    (
        "out-referring-lab-3plus-current-to-follow",
        "outside_while_pending",
        BR
        + "HER2 IHC 3+ (referring laboratory, 2025).\nHER2 IHC on the present biopsy will follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "out-history-3plus-this-specimen-addendum",
        "outside_while_pending",
        BR
        + "History: HER2 3+ at the outside institution (2025).\nHER2 IHC (this specimen): to follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "out-at-outside-hospital-core-pending",
        "outside_while_pending",
        BR + "HER2 3+ at outside hospital (2025).\nHER2 IHC on this core: pending.\n",
        NF,
        {},
    ),
    (
        "out-fish-outside-report-bracket-pending",
        "outside_while_pending",
        BR + "HER2 FISH amplified (outside report, 2025).\nHER2 on the current biopsy: pending.\n",
        NF,
        {},
    ),
    (
        "out-liquid-biopsy-outside-label-pending",
        "outside_while_pending",
        BR
        + "Plasma ctDNA (external laboratory): ERBB2 amplification detected.\nHER2 IHC on this biopsy: to follow.\n",
        NF,
        {},
    ),
    (
        "out-outside-report-confirmation-pending",
        "outside_while_pending",
        BR + "HER2 IHC 3+ (outside report, 2025); confirmation on this biopsy pending.\n",
        NF,
        {},
    ),
    (
        "out-near-miss-3plus-fish-here-pending",
        "outside_while_pending",
        BR + "HER2 IHC: 3+ (positive); FISH on this specimen pending.\n",
        POS,
        {},
    ),
    (
        "out-near-miss-outside-0-here-3plus",
        "outside_while_pending",
        BR + "HER2 IHC 0 at outside hospital (2025).\nHER2 IHC on this biopsy: 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "out-near-miss-referring-then-ours",
        "outside_while_pending",
        BR
        + "HER2 IHC 1+ (referring laboratory, 2025).\nHER2 IHC on the present biopsy: 1+ (negative), concordant.\n",
        NEG,
        {},
    ),
    (
        "out-near-miss-will-follow-other-test",
        "outside_while_pending",
        BR + "HER2 IHC: 3+ (positive).\nKi-67 will follow in an addendum.\n",
        POS,
        {},
    ),
    (
        "out-near-miss-outside-confirmed-here",
        "outside_while_pending",
        BR
        + "HER2 3+ at the outside institution (2025).\nHER2 IHC on this biopsy: 3+ (positive), concordant.\n",
        POS,
        {},
    ),
]

ISH_GROUP2: list[Case] = [
    (
        "g2-ratio-copies-no-ihc",
        "ish_group2_alone",
        BR + "HER2 dual-probe ISH: HER2/CEP17 ratio 2.3, mean HER2 copy number 3.4 signals/cell.\n",
        EQV_NF,
        {},
    ),
    (
        "g2-named-group-no-ihc",
        "ish_group2_alone",
        BR + "HER2 FISH: ratio 2.2; average HER2 copies per cell 3.1 (ISH group 2).\n",
        EQV_NF,
        {},
    ),
    (
        "g2-ratio-ge2-word-amplified-low-copies",
        "ish_group2_alone",
        BR + "HER2 SISH: HER2/CEP17 ratio 2.1 (>= 2.0); mean HER2 signals per cell 3.6. See IHC addendum.\n",
        EQV_NF,
        {},
    ),
    (
        "g2-near-miss-group1",
        "ish_group2_alone",
        BR + "HER2 dual-probe ISH: HER2/CEP17 ratio 2.3, mean HER2 copy number 5.4 signals/cell.\n",
        POS,
        {},
    ),
    (
        "g2-near-miss-group2-with-final-negative",
        "ish_group2_alone",
        BR
        + "HER2 IHC: 1+.\nHER2 ISH: ratio 2.2, mean HER2 copy number 3.1 (group 2). Final: HER2 NEGATIVE.\n",
        NEG,
        {},
    ),
]

OTHER_SAMPLE: list[Case] = [
    (
        "os-external-control-3plus-tumour-0",
        "other_sample_same_report",
        BR + "HER2 IHC (4B5): external control (cell line) 3+, appropriate.\nTumour: score 0, no staining.\n",
        NEG,
        {},
    ),
    (
        "os-control-3plus-tumour-pending",
        "other_sample_same_report",
        BR
        + "HER2 IHC run 26-114: on-slide control tissue 3+ as expected.\nTumour slide: stain to be repeated "
        "(poor fixation); result to follow.\n",
        NF,
        {},
    ),
    (
        "os-compare-prior-2019-3plus-now-1plus",
        "other_sample_same_report",
        BR + "HER2 IHC: 1+ (negative).\nComment: comparison with the prior 2019 specimen (3+) shows loss of "
        "HER2 overexpression.\n",
        NEG,
        {},
    ),
    (
        "os-compare-prior-specimen-3plus-bracket",
        "other_sample_same_report",
        LIV + "HER2 IHC: score 0.\nPrior specimen (S19-2231, left breast 2019): HER2 3+.\n",
        NEG,
        {},
    ),
    (
        "os-second-primary-3plus-this-1plus",
        "other_sample_same_report",
        BR
        + "HER2 IHC on this tumour: 1+ (negative).\nNote: the patient's contralateral (left) breast carcinoma "
        "treated in 2021 was HER2 3+.\n",
        NEG,
        {},
    ),
    (
        "os-node-3plus-primary-1plus",
        "other_sample_same_report",
        BR2
        + "HER2 IHC, primary tumour (block A3): 1+.\nHER2 IHC, axillary lymph node metastasis (block B2): 1+.\n",
        NEG,
        {},
    ),
    (
        "os-other-patient-block-mixup",
        "other_sample_same_report",
        BR + "Note: the HER2 slide first cut from block A1 belonged to another case (3+) and has been "
        "discarded.\nHER2 IHC (4B5) on the correct block: 0.\n",
        NEG,
        {},
    ),
    (
        "os-second-primary-separate-report-dated",
        "other_sample_same_report",
        BR2
        + "HER2 IHC on this mastectomy: 1+.\nSecond primary (right breast, 2024, separate report S24-5512): "
        "HER2 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "os-control-row-in-table",
        "other_sample_same_report",
        BR + "HER2 (4B5) | Control tissue | 3+ | adequate\nHER2 (4B5) | Tumour         | 0  | negative\n",
        NEG_NF,
        {},
    ),
    (
        "os-positive-control-known-3plus",
        "other_sample_same_report",
        BR
        + "HER2 IHC: negative (score 1+).\nPositive control: breast carcinoma known to be HER2 3+, stained "
        "appropriately.\n",
        NEG,
        {},
    ),
    (
        "os-core-biopsy-discrepancy-comment",
        "other_sample_same_report",
        BR2
        + "HER2 IHC: 1+ (negative).\nComment: the core biopsy (S26-1102) showed HER2 2+ with FISH amplified "
        "(ratio 2.6); the discrepancy may reflect heterogeneity.\n",
        NOT_POS,
        {},
    ),
    (
        "os-reported-under-other-accession-pending",
        "other_sample_same_report",
        BR + "HER2 IHC, liver biopsy (reported in S26-3310): 3+.\nHER2 IHC on this core biopsy: to follow.\n",
        NF,
        {},
    ),
    (
        "os-near-miss-reported-under-both-3plus",
        "other_sample_same_report",
        BR
        + "HER2 IHC on the axillary node (separate specimen B, reported under S26-2202): 3+.\nHER2 IHC on this "
        "core biopsy: 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "os-near-miss-node-3plus-is-this",
        "other_sample_same_report",
        BR2 + "HER2 IHC, primary tumour (block A3): 3+ (positive).\nHER2 IHC, axillary lymph node metastasis "
        "(block B2): 3+.\n",
        POS,
        {},
    ),
]

CRITERIA: list[Case] = [
    (
        "cr-if-3plus-trastuzumab",
        "criteria_conditional",
        BR + "HER2 IHC: 0.\nComment: if 3+, trastuzumab is indicated.\n",
        NEG,
        {},
    ),
    (
        "cr-tumours-scoring-3plus-eligible",
        "criteria_conditional",
        BR + "HER2 IHC: pending.\nTumours scoring 3+ are eligible for anti-HER2 therapy.\n",
        NF,
        {},
    ),
    (
        "cr-asco-table-printed-only",
        "criteria_conditional",
        BR + "HER2 IHC: see addendum.\nASCO/CAP 2018 interpretation:\n0: negative\n1+: negative\n"
        "2+: equivocal (reflex ISH)\n3+: positive\n",
        NF,
        {},
    ),
    (
        "cr-trial-eligibility-line",
        "criteria_conditional",
        BR
        + "Study screening (DESTINY-Breast09): eligibility requires HER2-positive (IHC 3+ or ISH+) disease.\n"
        "HER2 testing for this study will be reported separately.\n",
        NF,
        {},
    ),
    (
        "cr-would-be-positive-if",
        "criteria_conditional",
        BR + "HER2 IHC: 2+ (equivocal).\nThe tumour would be classified as HER2 positive if ISH shows "
        "amplification; ISH is in progress.\n",
        EQV_NF,
        {},
    ),
    (
        "cr-criteria-list-wrapped",
        "criteria_conditional",
        BR
        + "HER2 status: not yet available.\nCriteria: HER2 positive = IHC 3+ or\nISH ratio >= 2.0 with >= 4 "
        "signals/cell.\n",
        NF,
        {},
    ),
    (
        "cr-trial-may-enrol-line",
        "criteria_conditional",
        BR
        + "HER2 IHC: 0.\nEligibility: patients with HER2 3+ or ISH-amplified tumours may enrol in NCT0555555.\n",
        NEG,
        {},
    ),
    (
        "cr-if-3plus-candidate-pending",
        "criteria_conditional",
        BR
        + "HER2: pending.\nNote: if HER2 IHC is 3+ or ISH amplified, the patient is a candidate for trastuzumab "
        "and pertuzumab.\n",
        NF,
        {},
    ),
    (
        "cr-scoring-guide-equals-positive",
        "criteria_conditional",
        BR
        + "HER2 IHC score: 1+.\nScoring guide: 0 = no staining; 1+ = faint; 2+ = weak-moderate complete; 3+ = "
        "strong complete (>10%) = POSITIVE.\n",
        NEG,
        {},
    ),
    (
        "cr-near-miss-result-and-criteria",
        "criteria_conditional",
        BR + "HER2 IHC: 3+ (positive).\nCriteria: 3+ = strong complete membrane staining in >10% of cells.\n",
        POS,
        {},
    ),
]

SUPERSEDED: list[Case] = [
    (
        "sup-preliminary-2-final-1",
        "superseded_result",
        BR
        + "Preliminary HER2 IHC: 2+.\nFinal HER2 IHC (after review of the whole section): 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "sup-amended-previously-3plus",
        "superseded_result",
        "AMENDED REPORT\n" + BR + "HER2 IHC: 1+ (negative).\nAmended: previously reported as 3+ in error "
        "(wrong slide).\n",
        NEG,
        {},
    ),
    (
        "sup-repeat-block-b-original-voided",
        "superseded_result",
        BR + "HER2 repeated on block B: 0 (original result on block A 2+ voided - edge artefact).\n",
        NEG,
        {},
    ),
    (
        "sup-addendum-before-body",
        "superseded_result",
        "ADDENDUM 2 (14/03/2026): Final HER2 IHC after recut: 1+ (negative); this replaces the 3+ reported "
        "in the original report below.\n\n" + BR + "HER2 IHC: 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "sup-initial-read-3-revised-1",
        "superseded_result",
        BR + "HER2 IHC: initial read 3+, revised to 1+ on consensus review.\n",
        NEG_NF,
        {},
    ),
    (
        "sup-preliminary-3-final-1-one-line",
        "superseded_result",
        BR + "HER2 IHC: preliminary read 3+; final score after full review 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "sup-prelim-review-final-score-same-line",
        "superseded_result",
        BR + "HER2 IHC 2+ on preliminary review; final score 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "sup-near-miss-final-result-pending-fish",
        "superseded_result",
        BR + "HER2 IHC 2+ (equivocal); final result (ISH) to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "sup-preliminary-score-then-final",
        "superseded_result",
        BR + "Preliminary HER2 score: 3+.\nFinal HER2 IHC score: 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "sup-near-miss-prelim-1-final-3",
        "superseded_result",
        BR
        + "Preliminary HER2 IHC: 1+.\nFinal HER2 IHC (after review of the whole section): 3+ (positive).\n",
        POS,
        {},
    ),
]

REPLACES_IN_PROSE: list[Case] = [
    (
        "rp-arrow-rereview-3-to-1",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+ -> 1+ on re-review of the whole slide.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-arrow-unicode-score-2-to-1",
        "replaces_in_prose",
        BR + "HER2 score 2+ \u2192 1+ (consensus review).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-struck-through-bracket-after",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+ (struck through) 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-deleted-bracket-after-table",
        "replaces_in_prose",
        BR + "Marker | Result\nER | 95%\nHER2 IHC | 3+ [deleted] 0\n",
        NEG_NF,
        {},
    ),
    (
        "rp-dated-slash-later-unread",
        "replaces_in_prose",
        LIV + "HER2 IHC: 3+ (2019) / negative (2026).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-dated-semicolon-later-1plus",
        "replaces_in_prose",
        LIV + "HER2 IHC: 3+ (2019); 1+ (2026).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-near-miss-dated-slash-later-3plus",
        "replaces_in_prose",
        LIV + "HER2 IHC: 0 (2019) / 3+ (2026).\n",
        POS,
        {},
    ),
    (
        "rp-near-miss-arrow-not-a-score",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+ (positive) -> result phoned to Dr Lee on 12/03/2026.\n",
        POS,
        {},
    ),
    (
        "rp-addendum-inline-supersedes-original",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 3+.\nADDENDUM: HER2 IHC repeated on a recut: 1+ (negative). This supersedes the original "
        "HER2 result.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-this-replaces-the-3plus-above",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 3+.\nADDENDUM: HER2 IHC repeated on a recut: 1+ (negative); this replaces the 3+ reported "
        "above.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-replacing-the-3plus-given-above",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nADDENDUM: Final HER2 IHC: 1+ (negative), replacing the 3+ given above.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-dash-supersedes-previously-reported",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nADDENDUM: HER2 IHC 1+ (negative) - supersedes the previously reported 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-no-heading-supersedes",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nHER2 IHC repeated on a recut: 1+ (negative); this supersedes the 3+ above.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-revised-label-beside-plain",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nRevised HER2 IHC: 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-ish-recount-replaces-ratio",
        "replaces_in_prose",
        BR
        + "HER2 FISH: ratio 2.4, mean HER2 copy number 4.6, amplified.\nADDENDUM: FISH recount by a second "
        "observer: ratio 1.5, mean HER2 copy number 3.1, not amplified, which replaces the earlier HER2 result.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-corrected-result-label",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+ (positive).\nCorrected result: HER2 IHC 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-replaced-by-before-value",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nADDENDUM: The 3+ above is replaced by HER2 IHC 1+ (negative) on recut.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-next-sentence-names-superseded",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 3+.\nADDENDUM: HER2 IHC 1+ (negative) on recut. The HER2 result above (3+) is superseded.\n",
        NEG_NF,
        {},
    ),
    (
        "rp-next-sentence-block-withdrawn",
        "replaces_in_prose",
        BR
        + "HER2 IHC (block A1): 2+.\nADDENDUM: HER2 IHC repeated on block B1: 0. The HER2 result on block A1 (2+) "
        "is withdrawn (edge artefact).\n",
        NEG_NF,
        {},
    ),
    (
        "rp-near-miss-phoned-prelim-void",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 3+ (positive).\nNote: the preliminary result (2+) given by telephone is superseded.\n",
        POS,
        {},
    ),
    (
        "rp-near-miss-revised-same-score",
        "replaces_in_prose",
        BR + "HER2 IHC: 3+.\nRevised HER2 IHC: 3+ (positive), percentage corrected to 90%.\n",
        POS,
        {},
    ),
    (
        "rp-near-miss-1-replaced-by-3",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 1+.\nADDENDUM: HER2 IHC repeated on a recut: 3+ (positive); this replaces the 1+ reported "
        "above.\n",
        POS,
        {},
    ),
    (
        "rp-near-miss-ish-added-not-replacing",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 2+ (equivocal).\nADDENDUM: HER2 FISH: ratio 1.3, mean HER2 copy number 2.4, not amplified. "
        "HER2 NEGATIVE.\n",
        NEG,
        {},
    ),
    (
        "rp-near-miss-supersedes-other-marker",
        "replaces_in_prose",
        BR
        + "HER2 IHC: 3+ (positive).\nADDENDUM: Ki-67 repeated: 20%; this replaces the Ki-67 given above.\n",
        POS,
        {},
    ),
]

NEGATION_SPREAD: list[Case] = [
    (
        "ng-no-evidence-of-wrapped",
        "negation_spread",
        BR + "HER2 FISH (PathVysion): ratio 1.2, mean HER2 copy number 2.3. There is no evidence of\n"
        "HER2 gene amplification.\n",
        NEG,
        {},
    ),
    (
        "ng-not-line-above",
        "negation_spread",
        BR + "HER2 dual-probe ISH: the HER2 gene is not\namplified (ratio 1.4; 2.6 copies per cell).\n",
        NEG,
        {},
    ),
    (
        "ng-negative-for-list",
        "negation_spread",
        BR + "Tumour cells are negative for: ER, PR,\nHER2 (score 0), and CK5/6.\n",
        NEG,
        {},
    ),
    (
        "ng-table-cell-not-amplified",
        "negation_spread",
        BR + "Test | Result | Interpretation\nHER2 FISH | ratio 1.3 | NOT\n | | AMPLIFIED\n",
        NEG_NF,
        {},
    ),
    (
        "ng-ocr-noise-no-amp",
        "negation_spread",
        BR + "HER2 ISH: N0 amplification detected (HER2/CEP17 ratio 1 .1; mean copy number 2.0).\n",
        NEG_NF,
        {},
    ),
    (
        "ng-absence-of-overexpression-wrapped",
        "negation_spread",
        BR + "Immunohistochemistry shows absence of\nHER2 protein overexpression (score 1+).\n",
        NEG,
        {},
    ),
    (
        "ng-there-is-no-wrapped",
        "negation_spread",
        BR + "HER2 IHC result: there is no\nHER2 overexpression (score 0).\n",
        NEG,
        {},
    ),
    (
        "ng-interpretation-not-wrapped-caps",
        "negation_spread",
        BR + "HER2 FISH: HER2/CEP17 ratio 1.1; HER2 signals 2.2 per cell.\nInterpretation: NOT\nAMPLIFIED\n",
        NEG,
        {},
    ),
    (
        "ng-negative-for-er-pr-and-wrapped",
        "negation_spread",
        BR + "The tumour cells are negative for ER, PR and\nHER2 (IHC score 0).\n",
        NEG,
        {},
    ),
    (
        "ng-near-miss-not-line-above-other",
        "negation_spread",
        BR + "The margins are not\ninvolved. HER2 FISH: amplified (ratio 4.2; 9.1 copies per cell).\n",
        POS,
        {},
    ),
]

OTHER_TISSUE: list[Case] = [
    (
        "ot-post-nac-residual-0-pre-3plus",
        "other_tissue_beside",
        BR2 + "Residual invasive carcinoma after neoadjuvant chemotherapy.\nHER2 IHC (residual tumour): 0.\n"
        "Pre-treatment core biopsy (outside, 2025): HER2 3+.\n",
        NEG_NF,
        {},
    ),
    (
        "ot-metastasis-3plus-mentioned-primary-now",
        "other_tissue_beside",
        BR + "HER2 IHC: 1+.\nClinical: liver metastasis biopsied last year was HER2 3+ (see S25-4410).\n",
        NEG,
        {},
    ),
    (
        "ot-plasma-amplified-tissue-0",
        "other_tissue_beside",
        BR
        + "HER2 IHC on tissue: 0 (negative).\nPlasma ctDNA (Guardant360, 2026): ERBB2 amplification detected.\n",
        NEG,
        {},
    ),
    (
        "ot-plasma-amp-tissue-pending",
        "other_tissue_beside",
        BR
        + "Liquid biopsy (outside): ERBB2 amplification detected.\nHER2 IHC on this biopsy: in progress.\n",
        NF,
        {},
    ),
    (
        "ot-post-treatment-node-3plus-pre",
        "other_tissue_beside",
        BR2 + "ypT1c ypN1a.\nHER2 on residual disease: 1+ (negative).\nFor comparison, the diagnostic biopsy "
        "(2025) was HER2 positive (3+).\n",
        NEG,
        {},
    ),
    (
        "ot-separate-primary-oesophagus-3plus",
        "other_tissue_beside",
        GA
        + "HER2 IHC: 1+.\nPre-treatment reference: HER2 3+ in the oesophageal biopsy of 2023 (separate primary).\n",
        NEG,
        {},
    ),
    (
        "ot-primary-2021-positive-met-0",
        "other_tissue_beside",
        LIV + "HER2 IHC (liver metastasis): 0.\nPrimary tumour (2021): HER2 positive.\n",
        NEG,
        {},
    ),
    (
        "ot-plasma-2025-amplified-tissue-1plus",
        "other_tissue_beside",
        BR + "HER2 IHC: 1+.\nPlasma cfDNA (2025): ERBB2 amplified (plasma copy number 2.4).\n",
        NOT_POS,
        {},
    ),
    (
        "ot-near-miss-plasma-outside-tissue-3plus",
        "other_tissue_beside",
        BR
        + "Liquid biopsy (outside): ERBB2 amplification detected.\nHER2 IHC on this biopsy: 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "ot-near-miss-residual-3plus",
        "other_tissue_beside",
        BR2
        + "Residual invasive carcinoma after neoadjuvant chemotherapy.\nHER2 IHC (residual tumour): 3+.\n",
        POS,
        {},
    ),
]

POST_TREATMENT: list[Case] = [
    (
        "pt-residual-1plus-pretreatment-3plus-sentence",
        "post_treatment_beside",
        RES
        + "HER2 IHC (residual tumour): 1+.\nThe pre-treatment biopsy was HER2-positive (IHC 3+) and the patient "
        "received trastuzumab.\n",
        NEG_NF,
        {},
    ),
    (
        "pt-ypt0-pretreatment-3plus-not-performed",
        "post_treatment_beside",
        "Left breast, mastectomy after neoadjuvant chemotherapy: no residual invasive carcinoma (ypT0).\n"
        "Pre-treatment core biopsy: HER2 3+ (positive).\nHER2 testing was not performed on this specimen (no "
        "residual tumour).\n",
        NF,
        {},
    ),
    (
        "pt-bone-not-interpretable-primary-3plus",
        "post_treatment_beside",
        "Bone, biopsy: metastatic breast carcinoma (decalcified).\nHER2 IHC: not interpretable on decalcified "
        "tissue.\nPrimary tumour 2020: HER2 3+.\n",
        NF,
        {},
    ),
    (
        "pt-previous-outside-positive-discordant",
        "post_treatment_beside",
        BR
        + "HER2 IHC: 1+ (negative).\nPrevious HER2 result (outside, 2025): positive.\nDiscordant: recommend "
        "repeat on excision.\n",
        NEG_NF,
        {},
    ),
    (
        "pt-plasma-report-tissue-2024-ihc-0",
        "post_treatment_beside",
        "Plasma ctDNA, metastatic breast cancer.\nERBB2 amplification: detected (plasma copy number 2.3).\nTissue "
        "HER2 (2024 core biopsy): IHC 0.\n",
        frozenset({"positive", "equivocal", "not_found"}),
        {},
    ),
]

MORE_TRAPS: list[Case] = [
    (
        "mt-recommendation-if-excision-3plus",
        "criteria_conditional",
        BR + "HER2 IHC: 1+.\nRecommendation: if the excision shows HER2 3+ areas, repeat FISH.\n",
        NEG,
        {},
    ),
    (
        "mt-tumours-3plus-benefit-this-not",
        "criteria_conditional",
        BR
        + "HER2 IHC: 0.\nTumours that are HER2 3+ (positive) benefit from trastuzumab; this tumour is not.\n",
        NEG_NF,
        {},
    ),
    (
        "mt-bullet-list-control-3plus",
        "other_sample_same_report",
        BR + "HER2 status:\n  - IHC 0\n  - No HER2 protein overexpression\n  - HER2 positive control: 3+\n",
        NEG,
        {},
    ),
    (
        "mt-stacked-not-amplified-lines",
        "negation_spread",
        BR + "HER2 IHC:\nScore: 2+\n(see FISH below)\nFISH: HER2/CEP17 ratio 1.3\nAverage HER2 copy number: "
        "2.8\nResult: not\namplified\n",
        NEG,
        {},
    ),
    (
        "mt-required-for-eligibility-scored-1plus",
        "criteria_conditional",
        BR + "HER2 IHC 3+ would be required for eligibility; this tumour scored 1+.\n",
        NEG,
        {},
    ),
    (
        "mt-not-3plus-score-2plus",
        "negation_spread",
        BR + "HER2: not 3+ (score 2+, equivocal); FISH to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "mt-score-options-in-label",
        "criteria_conditional",
        BR + "HER2 IHC score (0, 1+, 2+, 3+): 1+\n",
        NEG,
        {},
    ),
]

CASES: list[Case] = (
    SURROGATE
    + OUTSIDE_PENDING
    + ISH_GROUP2
    + OTHER_SAMPLE
    + CRITERIA
    + SUPERSEDED
    + REPLACES_IN_PROSE
    + NEGATION_SPREAD
    + OTHER_TISSUE
    + POST_TREATMENT
    + MORE_TRAPS
)
