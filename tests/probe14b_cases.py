"""Unsafe NEGATIVE and ISH phrase families written blind of the labelled sets (probe14b, session 14).

The positive call has a structural guard (interpret/result_line.py); these families probe the
other directions: a negative word with nothing current beside it (no tissue, a test ordered, a
clinical history's "triple negative", a referring physician's statement), an equivocal IHC 2+ that
reads like a negative ("negative pending ISH"), ISH groups 2-4 whose final call depends on the IHC
(the ISH field follows the report's own final call), ratio vs copy number vs CEP17 confusion, a
blood ERBB2 "not detected" with low tumour fraction (not a negative), and Spanish/Portuguese forms.
Each case: (id, family, text, allowed statuses, expected key fields); a key field is a dotted path
into ``ExplainResult.to_dict()``. Where the report leaves room, not_found is an allowed reading.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
BR2 = "Left breast, wide local excision: invasive ductal carcinoma, 22 mm, grade 3.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
LB = "Liquid biopsy (plasma cfDNA, 74 genes) - metastatic breast carcinoma.\n"
BR_ES = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
BR_PT = "Mama direita, biópsia por agulha grossa: carcinoma invasivo de tipo não especial, grau 2.\n"

NOTHING_CURRENT: list[Case] = [
    (
        "nc-insufficient-tumour-dash",
        "nothing_current",
        BR + "Biomarkers:\nER: positive (90%, strong)\nPR: positive (40%)\n"
        "HER2: insufficient tumour for assessment (-)\n",
        NF,
        {},
    ),
    (
        "nc-qns-negative-sign",
        "nothing_current",
        BR + "ER (SP1): 95% strong\nHER2 (4B5): QNS - not performed (-)\nKi-67: 20%\n",
        NF,
        {},
    ),
    (
        "nc-not-performed-negative-word",
        "nothing_current",
        BR + "HER2 IHC: not performed (block exhausted); ER and PR negative.\n",
        NF,
        {},
    ),
    (
        "nc-tests-ordered-list",
        "nothing_current",
        BR + "Tests ordered: ER +, PR +, HER2 -, Ki-67 (requested 14/03).\n"
        "Results of the above will be issued in a supplementary report.\n",
        NF,
        {},
    ),
    (
        "nc-triple-negative-history-pending",
        "nothing_current",
        "Clinical history: previous triple negative carcinoma of the left breast (2019), treated.\n"
        "New specimen: right breast core biopsy, invasive carcinoma, grade 3.\n"
        "ER, PR and HER2 studies are pending and will be reported separately.\n",
        NF,
        {},
    ),
    (
        "nc-referring-physician-negative",
        "nothing_current",
        BR + "Clinical information: ER/PR/HER2 negative (per referring physician).\n"
        "Biomarker studies were not requested on this specimen.\n",
        NF,
        {},
    ),
    (
        "nc-outside-report-stated",
        "nothing_current",
        BR2 + "Clinical notes: 'HER2 negative on outside biopsy' per clinic letter; not reviewed here.\n"
        "HER2 testing on the excision is in progress.\n",
        NF,
        {},
    ),
    # near-misses: a current negative next to a mention
    (
        "nc-near-current-negative-after-history",
        "nothing_current",
        "Clinical history: previous triple negative carcinoma of the left breast (2019).\n"
        "New specimen: right breast core biopsy, invasive carcinoma, grade 3.\n"
        "HER2 IHC (4B5): 1+, faint incomplete membrane staining in 30% of cells. HER2 negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "nc-near-table-negative-row",
        "nothing_current",
        BR + "Biomarkers:\nER: positive (90%)\nPR: negative (0%)\nHER2 (4B5): negative (score 0)\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

EQUIVOCAL_READS_NEGATIVE: list[Case] = [
    (
        "eq-2plus-negative-pending-ish",
        "equivocal_negative",
        BR + "HER2 IHC: score 2+; provisionally regarded as negative pending ISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "eq-2plus-see-fish-to-follow",
        "equivocal_negative",
        BR + "HER2 (4B5): 2+ (equivocal); see FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "eq-1plus-2plus-borderline",
        "equivocal_negative",
        BR + "HER2 IHC 1+/2+ (borderline). Reflex ISH has been requested.\n",
        EQV_NF,
        {},
    ),
    (
        "eq-weak-moderate-15pct-2plus",
        "equivocal_negative",
        BR + "HER2: weak to moderate complete membrane staining in 15% of invasive tumour cells (2+).\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "eq-not-positive-2plus",
        "equivocal_negative",
        BR2 + "HER2 immunohistochemistry is not positive (score 2+, equivocal); ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "eq-2plus-negative-for-3plus",
        "equivocal_negative",
        BR + "HER2: negative for 3+ overexpression; score 2+ (equivocal). Dual ISH requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # near-misses: 2+ then a final negative ISH
    (
        "eq-near-2plus-then-ish-negative",
        "equivocal_negative",
        BR + "HER2 IHC: 2+ (equivocal).\n"
        "HER2 SISH: HER2/CEP17 ratio 1.2, mean HER2 2.3 signals/cell. Not amplified.\n"
        "Final HER2 status: NEGATIVE.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
]

ISH_GROUPS: list[Case] = [
    (
        "grp2-final-negative",
        "ish_group",
        BR + "HER2 IHC: 2+.\nHER2 dual-probe ISH: HER2/CEP17 ratio 2.4, mean HER2 copy number 3.6 "
        "signals/cell (Group 2).\nWith concurrent IHC review, final HER2 result: NEGATIVE.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "grp2-no-final",
        "ish_group",
        BR + "HER2 dual-probe ISH: ratio 2.4, mean 3.6 HER2 signals per cell (ASCO/CAP Group 2).\n"
        "Concurrent IHC review is in progress; a final result will follow.\n",
        EQV_NF,
        {},
    ),
    (
        "grp3-see-ihc",
        "ish_group",
        BR + "HER2 FISH: ratio 1.7, HER2 6.3 signals/cell (Group 3) - see IHC.\n"
        "HER2 IHC (4B5): 3+. Final HER2 status: POSITIVE.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "grp3-no-final",
        "ish_group",
        BR + "HER2 FISH: HER2/CEP17 ratio 1.7; average HER2 copy number 6.3 (Group 3). See IHC "
        "addendum for the final interpretation.\n",
        EQV_NF,
        {},
    ),
    (
        "grp4-final-negative",
        "ish_group",
        BR2 + "HER2 IHC 2+. HER2 ISH: ratio 1.5, average 4.5 signals per cell (Group 4).\n"
        "Interpretation: HER2 negative (ASCO/CAP 2018 group 4 with IHC 2+).\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "grp4-no-final",
        "ish_group",
        BR2 + "HER2 ISH: average 4.5 HER2 signals/cell, ratio 1.5 (Group 4). Correlate with IHC.\n",
        EQV_NF,
        {},
    ),
    (
        "grp2-indeterminate-word",
        "ish_group",
        BR + "HER2 FISH: INDETERMINATE (formerly equivocal). Ratio 2.1, mean HER2 3.2.\n",
        EQV_NF,
        {},
    ),
    # near-miss: group 1 and group 5 read as written
    (
        "grp-near-group1",
        "ish_group",
        BR + "HER2 FISH: ratio 3.1, mean HER2 7.2 signals/cell (Group 1). Amplified.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "grp-near-group5",
        "ish_group",
        BR + "HER2 FISH: ratio 1.1, mean HER2 2.2 signals/cell (Group 5). Not amplified.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
]

RATIO_COPY: list[Case] = [
    (
        "rc-copy-number-2-1",
        "ratio_copy",
        BR + "HER2 ISH: HER2 copy number 2.1 signals/cell; CEP17 1.9. Ratio 1.1. Not amplified.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "rc-cep17-only-2-1",
        "ratio_copy",
        BR + "HER2 FISH: CEP17 2.1 signals/cell. HER2 count pending repeat hybridisation.\n",
        NF,
        {},
    ),
    (
        "rc-ratio-of-1-1-parenthesised",
        "ratio_copy",
        BR + "HER2 SISH: ratio of 1.1 (HER2 signals 2.2 / CEP17 2.0). Negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "rc-colon-pair",
        "ratio_copy",
        BR + "HER2 FISH: HER2:CEN17 = 4.4:2.2 (ratio 2.0). Amplified.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "rc-colon-pair-not-amp",
        "ratio_copy",
        BR + "HER2 FISH: HER2:CEN17 = 2.4:2.2, ratio 1.09, not amplified.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "rc-copy-number-only-2-1",
        "ratio_copy",
        BR + "HER2 single-probe ISH: average HER2 copy number 2.1 per nucleus.\n",
        NOT_POS,
        {},
    ),
]

BLOOD: list[Case] = [
    (
        "bl-not-detected-low-tf",
        "blood",
        LB + "ERBB2 amplification: not detected.\nTumour fraction: <1% (low). A negative result "
        "may reflect low tumour DNA shedding.\n",
        NF,
        {},
    ),
    (
        "bl-not-detected-low-tf-cnv",
        "blood",
        LB + "Copy number alterations: ERBB2 - not detected*\n* Low ctDNA fraction (0.4%); copy "
        "number sensitivity is reduced. Consider tissue testing.\n",
        NF,
        {},
    ),
    (
        "bl-no-alterations-insufficient-ctdna",
        "blood",
        LB + "No reportable alterations detected in ERBB2. Insufficient tumour-derived DNA to "
        "rule out amplification.\n",
        NF,
        {},
    ),
    (
        "bl-near-amplified",
        "blood",
        LB + "ERBB2 amplification DETECTED (plasma copy number 3.4). Tumour fraction 12%.\n",
        POS,
        {},
    ),
]

ROMANCE: list[Case] = [
    (
        "es-insuficiente-negativo",
        "romance_neg",
        BR_ES + "RE: positivo (90%)\nRP: positivo (30%)\nHER2: material insuficiente para su "
        "evaluación (-)\n",
        NF,
        {},
    ),
    (
        "es-triple-negativo-antecedente",
        "romance_neg",
        "Antecedentes: carcinoma triple negativo de mama izquierda (2018).\n"
        + BR_ES
        + "Estudio de HER2 pendiente; se informará por separado.\n",
        NF,
        {},
    ),
    (
        "es-2plus-negativo-pendiente",
        "romance_neg",
        BR_ES + "HER2 (IHQ): 2+ (dudoso); negativo pendiente de ISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "es-grupo4-final-negativo",
        "romance_neg",
        BR_ES + "HER2 IHQ 2+. HER2 ISH: cociente 1,5; promedio 4,5 señales/célula (grupo 4).\n"
        "Resultado final: HER2 negativo.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "pt-segundo-medico-negativo",
        "romance_neg",
        BR_PT + "Informação clínica: RE/RP/HER2 negativos (segundo o médico assistente).\n"
        "Estudo imuno-histoquímico não solicitado.\n",
        NF,
        {},
    ),
    (
        "pt-2plus-aguarda-fish",
        "romance_neg",
        BR_PT + "HER2: escore 2+ (indeterminado); aguarda FISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pt-grupo2-sem-final",
        "romance_neg",
        BR_PT + "HER2 ISH: razão 2,4; média de 3,6 sinais por núcleo (grupo 2). Correlacionar com "
        "imuno-histoquímica.\n",
        EQV_NF,
        {},
    ),
    (
        "pt-near-negativo-atual",
        "romance_neg",
        BR_PT + "HER2 (4B5): escore 1+, marcação fraca e incompleta em 20% das células. Negativo.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "es-near-ctdna-no-detectado",
        "romance_neg",
        "Biopsia líquida (ADN libre circulante).\nERBB2: amplificación no detectada. Fracción "
        "tumoral baja (<1%); un resultado negativo no descarta la alteración.\n",
        NF,
        {},
    ),
]

# second batch: hearsay beside a pending current test, a negative word on a 2+, a lab's "amplified"
# beside a group 2-4 whose final call is negative
BATCH2: list[Case] = [
    (
        "b2-hearsay-clinic-letter-pending",
        "nothing_current",
        BR + "Clinical notes: HER2 negative on outside biopsy per clinic letter.\n"
        "HER2 testing on this specimen is in progress.\n",
        NF,
        {},
    ),
    (
        "b2-hearsay-reportedly-repeat",
        "nothing_current",
        BR + "Reportedly HER2 negative at the referring hospital. HER2 repeat testing requested.\n",
        NF,
        {},
    ),
    (
        "b2-known-hr-her2-minus-new-lesion",
        "nothing_current",
        BR
        + "History: Known ER+/HER2- breast cancer, now with new lesion.\nHER2 IHC on this biopsy: to follow.\n",
        NF,
        {},
    ),
    (
        "b2-indication-hr-her2-minus",
        "nothing_current",
        BR + "Indication: HR+/HER2- metastatic breast cancer, progression; assess HER2-low eligibility.\n"
        "HER2 immunohistochemistry: pending.\n",
        NF,
        {},
    ),
    (
        "b2-request-form-quote",
        "nothing_current",
        BR
        + "Request form: 'ER/PR positive, HER2 negative - please confirm'.\nHER2 result will follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "b2-checklist-ordered",
        "nothing_current",
        BR + "Requested: [x] ER  [x] PR  [x] HER2 (neg/pos)  [ ] Ki-67\nStatus: in progress.\n",
        NF,
        {},
    ),
    (
        "b2-failed-controls",
        "nothing_current",
        BR + "HER2 IHC: failed (no staining of internal or external controls) - repeat requested; "
        "negative result not reportable.\n",
        NF,
        {},
    ),
    (
        "b2-es-informe-externo-en-curso",
        "romance_neg",
        "Mama derecha, biopsia: carcinoma infiltrante.\nDatos clínicos: HER2 negativo según informe externo.\n"
        "Estudio de HER2 en curso.\n",
        NF,
        {},
    ),
    (
        "b2-negative-2plus-footnote",
        "equivocal_negative",
        BR + "HER2: NEGATIVE (2+)*\n*ISH to follow.\n",
        EQV_NF,
        {"ihc.score": "2+"},
    ),
    (
        "b2-2plus-interpreted-negative-pending",
        "equivocal_negative",
        BR + "HER2 immunostain: 2+, interpreted as negative pending FISH confirmation.\n",
        EQV_NF,
        {"ihc.score": "2+"},
    ),
    (
        "b2-es-negativo-2plus-dudoso",
        "romance_neg",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2: negativo (2+, dudoso); se realizará FISH.\n",
        EQV_NF,
        {"ihc.score": "2+"},
    ),
    (
        "b2-pt-2plus-negativo-ate-ish",
        "romance_neg",
        "Mama direita, biópsia: carcinoma invasivo.\nHER2: 2+ (negativo até confirmação por ISH).\n",
        EQV_NF,
        {"ihc.score": "2+"},
    ),
    (
        "b2-grp2-amplified-by-ratio-final-negative",
        "ish_group",
        BR + "HER2 FISH: ratio 2.4 (amplified by ratio), mean HER2 3.6 (Group 2). Final HER2 status "
        "with IHC 1+: negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-grp2-amplified-final-line",
        "ish_group",
        BR
        + "HER2 FISH: ratio 2.4 (amplified by ratio), mean HER2 3.6 (Group 2).\nFinal HER2 status: negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-grp2-amplified-ihc0-final",
        "ish_group",
        BR + "HER2 FISH ratio 2.4, HER2 copy number 3.6: amplified (Group 2). IHC 0. Final: negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-grp2-amplified-ihc2-no-final",
        "ish_group",
        BR + "HER2 FISH ratio 2.4, HER2 copy number 3.6: amplified (Group 2). HER2 IHC 2+.\n",
        EQV_NF,
        {},
    ),
    (
        "b2-grp2-amplified-ihc3-near",
        "ish_group",
        BR + "HER2 FISH ratio 2.4, HER2 copy number 3.6: amplified (Group 2). HER2 IHC 3+.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "b2-grp4-amplified-word-ihc1",
        "ish_group",
        BR
        + "HER2 IHC 1+.\nHER2 SISH: average 4.5 signals per cell, ratio 1.6 (Group 4): amplified by copy number.\n",
        NOT_POS,
        {},
    ),
    (
        "b2-grp2-negative-comment",
        "ish_group",
        BR + "HER2 ISH: ratio 2.4, mean 3.6 (Group 2). Comment: in the absence of IHC 3+ the result is "
        "HER2 negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-pt-grupo4-final-negativo",
        "romance_neg",
        "Mama direita, biópsia: carcinoma invasivo.\nHER2 IHQ 2+. ISH: razão 1,5; média 4,5 sinais/núcleo "
        "(grupo 4). Resultado final: negativo.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-grp3-recount-positive-near",
        "ish_group",
        BR + "HER2 IHC 2+.\nHER2 ISH: ratio 1.7, HER2 6.3/cell (Group 3). After recount with IHC 2+ areas: "
        "HER2 POSITIVE.\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "b2-polysomy-not-amplified",
        "ratio_copy",
        BR + "HER2 FISH: ratio 1.1; HER2 4.6, CEP17 4.2 (polysomy 17). Not amplified.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-es-numero-copias",
        "romance_neg",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2 ISH: número de copias de HER2 2,1; CEP17 2,0; "
        "cociente 1,05. No amplificado.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "b2-pt-ctdna-nao-detectado",
        "blood",
        "Biópsia líquida (DNA tumoral circulante).\nERBB2: não detectado. Fração tumoral baixa; resultado "
        "negativo não exclui.\n",
        NF,
        {},
    ),
    (
        "b2-near-pending-note-then-own-score",
        "nothing_current",
        "Clinical history: known right breast carcinoma, mastectomy.\nNote: ER/PR and HER2 testing will be "
        "performed on block A4.\nHER2 (HercepTest): strong complete membrane staining in more than 10% of tumour "
        "cells. HER2 is interpreted as positive (score 3+).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# third batch: the staining a score names, ruled out (both read positive on main before probe14b)
NEGATED_STAINING: list[Case] = [
    (
        "b3-lacks-staining-of-3plus",
        "negated_staining",
        BR + "HER2: lacks the strong complete staining of 3+; scored 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b3-lacks-staining-then-score-line",
        "negated_staining",
        BR + "HER2: lacks the strong complete staining of 3+.\nHER2 IHC score: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-es-sin-tincion-3plus",
        "negated_staining",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2: sin tinción 3+; puntuación 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b3-es-score-then-sin-tincion",
        "negated_staining",
        "Mama derecha, biopsia: carcinoma infiltrante.\nHER2 IHQ: puntuación 1+ (sin tinción 3+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-no-strong-complete-3plus",
        "negated_staining",
        BR + "HER2: no strong complete membrane staining 3+ seen; score 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b3-score-then-no-staining-typical",
        "negated_staining",
        BR + "HER2 (4B5): 1+; no staining typical of 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-near-no-3plus-then-score",
        "negated_staining",
        BR + "HER2 (4B5): no 3+ staining identified; score 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "b3-near-strong-complete-3plus",
        "negated_staining",
        BR + "HER2 (4B5): strong complete membrane staining in 90% of cells, score 3+. POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "b3-near-no-staining-0",
        "negated_staining",
        BR + "HER2 (4B5): no staining; score 0. Negative.\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

CASES: list[Case] = (
    NOTHING_CURRENT
    + EQUIVOCAL_READS_NEGATIVE
    + ISH_GROUPS
    + RATIO_COPY
    + BLOOD
    + ROMANCE
    + BATCH2
    + NEGATED_STAINING
)
