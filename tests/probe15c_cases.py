"""Unsafe NEGATIVE readings and amendment order, phrase families written blind of the labelled sets
(probe15c, session 15).

Families: amendments and corrections in unusual shapes (the corrected result wins; a typo-only
amendment leaves the result standing), tissue NGS with a negative word that is not the HER2 result,
negative words for other things beside HER2 (margins, nodes, malignancy, controls, EBER), a negative
from another specimen or time when the current one is positive or pending, non-breast scoring rules
(gastric biopsy clusters, CRC HERACLES, lung mutation vs overexpression), and Spanish / Portuguese /
French forms of these. Each case: (id, family, text, allowed statuses, expected key fields); a key
field is a dotted path into ``ExplainResult.to_dict()``. Where the report leaves room, not_found is
an allowed reading.
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NEG_NF, NF, NOT_POS, POS, POS_NF
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
BR2 = "Left breast, wide local excision: invasive ductal carcinoma, 24 mm, grade 3.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
CRC = "Sigmoid colon, biopsy: adenocarcinoma, moderately differentiated (RAS/BRAF wild-type).\n"
BR_ES = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
BR_PT = "Mama direita, biópsia por agulha grossa: carcinoma invasivo de tipo não especial, grau 2.\n"
BR_FR = "Sein droit, microbiopsie : carcinome infiltrant de type non spécifique, grade 2.\n"

AMEND: list[Case] = [
    (
        "am-corrected-report-1-to-3",
        "amendment",
        "CORRECTED REPORT\n" + BR + "Reason for correction: block mix-up.\n"
        "Previously reported HER2 IHC 1+; corrected to HER2 IHC 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "am-corrected-report-3-to-1",
        "amendment",
        "CORRECTED REPORT\n" + BR + "Reason for correction: wrong block stained.\n"
        "Previously reported HER2 IHC 3+; corrected to HER2 IHC 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "am-revised-table-below",
        "amendment",
        BR + "Original result (issued 02/03/2024):\n"
        "Marker | Result\nER | Positive 90%\nHER2 IHC | 1+ (negative)\n\n"
        "REVISED RESULT (amended 05/03/2024, supersedes the table above):\n"
        "Marker | Result\nER | Positive 90%\nHER2 IHC | 3+ (positive)\n",
        POS,
        {},
    ),
    (
        "am-addendum-2-supersedes-1",
        "amendment",
        BR + "ADDENDUM #1 (04/03/2024): HER2 IHC 2+ (equivocal). FISH to follow.\n"
        "ADDENDUM #2 (09/03/2024) - supersedes addendum #1:\n"
        "HER2 FISH: HER2/CEP17 ratio 3.4, mean HER2 copy number 7.1 signals/cell. AMPLIFIED.\n"
        "Final HER2 status: POSITIVE.\n",
        POS,
        {},
    ),
    (
        "am-ish-result-added-amplified",
        "amendment",
        BR + "HER2 IHC (4B5): 2+ (equivocal).\n"
        "Amended 11/03/2024: ISH result added - HER2 dual-probe ISH amplified "
        "(ratio 2.6, 5.2 copies/cell). HER2 POSITIVE.\n",
        POS,
        {},
    ),
    (
        "am-typo-only-result-stands",
        "amendment",
        BR + "HER2 IHC (4B5): 1+ (negative).\n"
        "AMENDMENT (12/03/2024): the patient's surname was misspelled in the original report and has "
        "been corrected. The diagnosis and all results are unchanged.\n",
        NEG,
        {},
    ),
    (
        "am-strikethrough-tilde",
        "amendment",
        BR + "Amended result: HER2 IHC ~~1+~~ 3+ (positive), corrected after review.\n",
        POS_NF,
        {},
    ),
    (
        "am-deleted-bracket",
        "amendment",
        BR + "HER2 IHC: [deleted: 1+] 3+ - amended after slide review.\n",
        POS_NF,
        {},
    ),
    (
        "am-corrected-pos-to-neg-ish",
        "amendment",
        BR + "CORRECTION: the FISH result was previously reported as amplified in error (results of "
        "another patient). Correct result: HER2/CEP17 ratio 1.2, mean HER2 2.3 signals/cell, NOT "
        "AMPLIFIED. HER2 IHC 1+. HER2 NEGATIVE.\n",
        NEG,
        {},
    ),
    (
        "am-nm-original-stands-other-marker",
        "amendment",
        BR + "HER2 IHC: 3+ (positive).\n"
        "AMENDMENT: Ki-67 previously reported as 15%; corrected to 35%. HER2 result unchanged.\n",
        POS,
        {},
    ),
]

NGS_NEGWORD: list[Case] = [
    (
        "ngsn-no-reportable-ihc-3plus",
        "ngs_negword",
        BR + "HER2 IHC (4B5): 3+ positive.\n"
        "Tissue NGS (52 genes): ERBB2: no reportable alteration (SNV/indel panel; copy number not "
        "assessed).\n",
        POS,
        {},
    ),
    (
        "ngsn-no-reportable-ihc-pending",
        "ngs_negword",
        BR + "HER2 IHC: pending, to be reported in an addendum.\n"
        "Tissue NGS hotspot panel: ERBB2 - no reportable alteration.\n",
        NF,
        {},
    ),
    (
        "ngsn-cn-not-assessed-low-purity",
        "ngs_negword",
        "Tumour NGS (lung adenocarcinoma, tissue):\nEstimated tumour purity: 15%\n"
        "ERBB2: no mutations detected; copy number not assessed (low purity).\n",
        NF,
        {},
    ),
    (
        "ngsn-amp-not-evaluable",
        "ngs_negword",
        "Comprehensive genomic profiling - tissue (colon adenocarcinoma)\n"
        "ERBB2 amplification: not evaluable (insufficient tumour content)\n"
        "ERBB2 short variants: none detected\n",
        NF,
        {},
    ),
    (
        "ngsn-neg-mutation-beside-amp",
        "ngs_negword",
        "Tissue NGS (gastric adenocarcinoma):\n"
        "ERBB2 amplification detected (estimated copy number 18).\n"
        "Negative for ERBB2 mutation (exons 8, 19, 20).\n",
        POS,
        {},
    ),
    (
        "ngsn-mut-negative-amp-column",
        "ngs_negword",
        "Gene | Mutation | Copy number\nEGFR | Negative | Not amplified\n"
        "ERBB2 | Negative | Amplified (CN 12)\nKRAS | Negative | -\n",
        POS,
        {},
    ),
    (
        "ngsn-nm-amp-not-detected",
        "ngs_negword",
        "Tissue NGS (breast carcinoma, tumour content 60%):\n"
        "ERBB2 amplification: not detected (copy number 2.1).\nERBB2 mutations: none detected.\n",
        NEG_NF,
        {},
    ),
]

OTHER_NEG: list[Case] = [
    (
        "on-negative-for-malignancy-nodes",
        "other_negative",
        BR + "Sentinel lymph nodes: negative for malignancy (0/3).\nHER2 IHC (4B5): 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "on-margins-negative-pending",
        "other_negative",
        BR2 + "Margins: negative (closest 4 mm, inferior).\nLymph nodes: negative (0/12).\n"
        "HER2: testing in progress; result will follow in an addendum.\n",
        NF,
        {},
    ),
    (
        "on-er-pr-neg-her2-see-addendum",
        "other_negative",
        BR + "ER negative, PR negative, HER2 see addendum.\n",
        NF,
        {},
    ),
    (
        "on-negative-control-appropriate-3plus",
        "other_negative",
        BR + "HER2 IHC (4B5): 3+. Positive and negative controls appropriate.\n",
        POS,
        {},
    ),
    (
        "on-control-row-negative-0",
        "other_negative",
        BR + "HER2 IHC\nPatient tumour: 2+ (equivocal), reflex ISH requested\n"
        "HER2 positive control: 3+\nHER2 negative control: 0\n",
        EQV,
        {},
    ),
    (
        "on-eber-negative-gastric",
        "other_negative",
        GA + "EBER ISH: negative. MMR proteins: retained. p53: wild-type pattern.\n"
        "HER2 IHC (4B5): 3+ (strong complete/basolateral membranous staining in 60% of tumour "
        "cells). HER2 positive.\n",
        POS,
        {},
    ),
    (
        "on-eber-negative-her2-pending",
        "other_negative",
        GA + "EBER ISH: negative. p53: wild-type. HER2 IHC: pending.\n",
        NF,
        {},
    ),
    (
        "on-triple-list-negative-except",
        "other_negative",
        BR + "Negative for lymphovascular invasion. Margins negative. Nodes negative (0/4).\n"
        "HER2 IHC: 2+ (equivocal); FISH sent.\n",
        EQV,
        {},
    ),
    (
        "on-nm-her2-negative-amid",
        "other_negative",
        BR + "Margins negative. HER2 IHC: 1+ (negative). ER positive 95%.\n",
        NEG,
        {},
    ),
]

OTHER_SPEC: list[Case] = [
    (
        "os-left-3-right-1",
        "other_specimen",
        "A. Left breast, core biopsy: invasive ductal carcinoma, grade 3. HER2 IHC: 3+.\n"
        "B. Right breast, core biopsy (separate primary): invasive lobular carcinoma. HER2 IHC: 1+.\n",
        POS,
        {},
    ),
    (
        "os-biopsy-2023-neg-met-pending",
        "other_specimen",
        "Liver, core biopsy: metastatic carcinoma consistent with breast primary.\n"
        "Previous breast biopsy (2023): HER2 negative (IHC 1+).\n"
        "HER2 testing on the current metastasis: pending.\n",
        NF,
        {},
    ),
    (
        "os-node-neg-primary-pos",
        "other_specimen",
        BR2 + "HER2 IHC (primary tumour): 3+ (positive).\n"
        "Axillary node metastasis: HER2 IHC 1+ (heterogeneity noted).\n",
        POS,
        {},
    ),
    (
        "os-prior-neg-current-amp",
        "other_specimen",
        "Chest wall recurrence, excision: metastatic breast carcinoma.\n"
        "Primary tumour (2019): HER2 negative (IHC 0).\n"
        "Current specimen: HER2 IHC 2+; FISH ratio 2.8, HER2 6.4 signals/cell - AMPLIFIED. "
        "HER2 POSITIVE.\n",
        POS,
        {},
    ),
    (
        "os-prior-neg-current-not-done",
        "other_specimen",
        "Bone, core biopsy (decalcified): metastatic breast carcinoma.\n"
        "Original primary: ER+, HER2-negative (2021).\n"
        "HER2 not tested on the current specimen (decalcified).\n",
        NEG_NF,  # a restated result of the same patient's primary still counts where nothing is pending
        {},
    ),
    (
        "os-nm-current-negative-prior-positive",
        "other_specimen",
        "Lung, wedge: metastatic breast carcinoma.\nPrimary (2020): HER2 3+.\n"
        "Current specimen: HER2 IHC 0 (negative).\n",
        NEG,
        {},
    ),
]

NONBREAST: list[Case] = [
    (
        "nb-gastric-biopsy-cluster-3plus",
        "nonbreast",
        GA + "HER2 IHC (4B5), gastric scoring (Hofmann): 3+ - a cohesive cluster of about 8 tumour "
        "cells with strong basolateral membrane staining (about 5% of tumour cells in the biopsy). "
        "HER2 POSITIVE (biopsy cluster rule).\n",
        POS,
        {},
    ),
    (
        "nb-gastric-biopsy-cluster-2plus",
        "nonbreast",
        GA + "HER2 IHC (gastric criteria): 2+ in a cluster of 6 tumour cells (<10% overall). "
        "Equivocal; reflex ISH ordered.\n",
        EQV,
        {},
    ),
    (
        "nb-gastric-biopsy-lt5-cells",
        "nonbreast",
        GA + "HER2 IHC (gastric criteria): weak membrane staining in isolated single cells (<5 "
        "cohesive cells). Score 1+, negative.\n",
        NEG,
        {},
    ),
    (
        "nb-endometrial-serous-3plus",
        "nonbreast",
        "Endometrium, biopsy: serous carcinoma.\n"
        "HER2 IHC (4B5), endometrial serous criteria: 3+ (strong complete or basolateral membrane "
        "staining in 40% of tumour cells). HER2 positive.\n",
        POS,
        {},
    ),
    (
        "nb-lung-mutation-ihc-0",
        "nonbreast",
        "Lung, core biopsy: adenocarcinoma.\nNGS: ERBB2 exon 20 insertion (p.Y772_A775dup) "
        "detected. ERBB2 amplification: not detected.\nHER2 IHC (4B5): 0.\n",
        NOT_POS,
        {},
    ),
    (
        "nb-bladder-2plus-fish-pending",
        "nonbreast",
        "Bladder, TURBT: invasive urothelial carcinoma.\nHER2 IHC: 2+ (moderate complete "
        "staining in 30%). FISH pending.\n",
        EQV,
        {},
    ),
    (
        "nb-crc-3plus-40pct",
        "nonbreast",
        CRC + "HER2 IHC (HERACLES criteria): 3+ in 40% of tumour cells. Repeat IHC and ISH "
        "recommended before the HER2 status can be assigned.\n",
        NOT_POS,
        {},
    ),
    (
        "nb-crc-3plus-60pct",
        "nonbreast",
        CRC + "HER2 IHC (HERACLES criteria): 3+ in 60% of tumour cells. HER2 positive.\n",
        POS,
        {},
    ),
]

ROMANCE: list[Case] = [
    (
        "es-informe-corregido-1-a-3",
        "romance",
        "INFORME CORREGIDO\n" + BR_ES + "Motivo: error de bloque.\n"
        "HER2 previamente informado como 1+; corregido a 3+ (positivo).\n",
        POS,
        {},
    ),
    (
        "es-margenes-negativos-her2-pendiente",
        "romance",
        BR_ES + "Márgenes quirúrgicos: negativos. Ganglios linfáticos: negativos (0/10).\n"
        "HER2: en curso; se emitirá un informe complementario.\n",
        NF,
        {},
    ),
    (
        "es-mama-izq-3-der-1",
        "romance",
        "A. Mama izquierda: carcinoma ductal infiltrante. HER2 (IHQ): 3+.\n"
        "B. Mama derecha (segundo primario): carcinoma lobulillar. HER2 (IHQ): 1+.\n",
        POS,
        {},
    ),
    (
        "pt-laudo-retificado-3-para-1",
        "romance",
        "LAUDO RETIFICADO\n" + BR_PT + "HER2 anteriormente informado como 3+; retificado para 1+ "
        "(negativo).\n",
        NEG,
        {},
    ),
    (
        "pt-margens-livres-her2-3",
        "romance",
        BR_PT + "Margens cirúrgicas livres (negativas). Linfonodos negativos (0/8).\n"
        "HER2 (IHQ): 3+ (positivo).\n",
        POS,
        {},
    ),
    (
        "pt-ngs-sem-alteracao-ihq-3",
        "romance",
        BR_PT + "HER2 (IHQ): 3+ positivo.\nPainel NGS: ERBB2 - nenhuma alteração relevante "
        "detectada (número de cópias não avaliado).\n",
        POS,
        {},
    ),
    (
        "fr-compte-rendu-rectifie",
        "romance",
        "COMPTE RENDU RECTIFIÉ\n" + BR_FR + "HER2 précédemment rapporté 1+ ; rectifié en 3+ (positif).\n",
        POS,
        {},
    ),
    (
        "fr-marges-saines-her2-en-cours",
        "romance",
        BR_FR + "Marges saines (négatives). Ganglions : 0/6 (négatifs).\n"
        "HER2 : en cours, résultat en complément.\n",
        NF,
        {},
    ),
    (
        "fr-biopsie-anterieure-negative-meta",
        "romance",
        "Foie, biopsie : métastase d'un carcinome mammaire.\n"
        "Biopsie mammaire antérieure (2022) : HER2 négatif (score 1+).\n"
        "HER2 sur la métastase actuelle : en cours.\n",
        NF,
        {},
    ),
]

CORRECTION_VERBS: list[Case] = [
    (
        "cv-pt-retificado-para",
        "amendment_verbs",
        BR_PT + "HER2 (IHQ): escore 3+ retificado para 1+ após revisão das lâminas.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-pt-corrigido-para",
        "amendment_verbs",
        BR_PT + "HER2 3+ corrigido para 1+ (erro de digitação no laudo anterior).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-pt-alterado-para",
        "amendment_verbs",
        BR_PT + "HER2 (IHQ): 3+ alterado para 1+ após revisão.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-fr-corrige-en",
        "amendment_verbs",
        BR_FR + "HER2 : score 3+ corrigé en 1+ après relecture.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-fr-precedemment-rectifie-en",
        "amendment_verbs",
        BR_FR + "HER2 précédemment rapporté 3+ ; rectifié en 1+ (négatif).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-es-previamente-corregido-a",
        "amendment_verbs",
        BR_ES + "HER2 previamente informado como 3+; corregido a 1+ (negativo).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-en-revised-to-after-semicolon",
        "amendment_verbs",
        BR + "HER2 IHC 3+; this has been revised to 1+ on review of the correct block.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cv-en-previously-reported-as",
        "amendment_verbs",
        BR + "HER2 previously reported as 1+; corrected to 3+ (positive).\n",
        POS_NF,
        {},
    ),
    (
        "cv-nm-corrected-to-clone",
        "amendment_verbs",
        BR + "HER2 IHC 3+ (antibody corrected to 4B5 clone in this version).\n",
        POS,
        {},
    ),
    (
        "cv-nm-alterado-para-bloco",
        "amendment_verbs",
        BR_PT + "Teste alterado para o bloco A2. HER2 (IHQ): 1+ (negativo).\n",
        NEG,
        {},
    ),
]

BATCH2: list[Case] = [
    (
        "am2-addendum-ihc-after-neg-original",
        "amendment",
        BR
        + "FINAL DIAGNOSIS: invasive carcinoma. HER2 IHC: 1+ (negative).\n\nADDENDUM (corrected, 06/03/2024): On review the HER2 slide was from another case. Repeat HER2 IHC on block A2: 3+ (positive). The original HER2 result is withdrawn.\n",
        POS,
        {},
    ),
    (
        "am2-amended-ish-added",
        "amendment",
        BR
        + "HER2 IHC: 2+ (equivocal).\nAMENDED REPORT - reason: ISH result added.\nHER2 SISH: ratio 2.9; average HER2 copy number 6.2. Amplified. Final HER2: POSITIVE.\n",
        POS,
        {},
    ),
    (
        "am2-original-table-then-revised-neg",
        "amendment",
        BR
        + "Original result:\nHER2 IHC   3+   Positive\nRevised result (supersedes the original):\nHER2 IHC   1+   Negative\n",
        NEG_NF,
        {},
    ),
    (
        "am2-supersedes-addendum1-neg",
        "amendment",
        BR
        + "Addendum #1: HER2 FISH amplified (ratio 2.2).\nAddendum #2 (supersedes addendum #1: counting error): HER2 FISH ratio 1.4, HER2 copy number 3.1 - NOT AMPLIFIED. HER2 IHC 2+. Final HER2 status: NEGATIVE.\n",
        NEG,
        {},
    ),
    (
        "am2-typo-pos",
        "amendment",
        BR
        + "HER2 IHC (4B5): 3+ (positive).\nAmendment: typographical error in the specimen description corrected (left, not right). Results unchanged.\n",
        POS,
        {},
    ),
    (
        "am2-strike-deleted-neg",
        "amendment",
        BR + "HER2 IHC: [deleted: 3+] 1+ (amended - transcription error).\n",
        NEG_NF,
        {},
    ),
    ("am2-tilde-neg", "amendment", BR + "Amended: HER2 IHC ~~3+~~ 1+ (negative).\n", NEG_NF, {}),
    (
        "am2-should-read",
        "amendment",
        BR + "ERRATUM: 'HER2 IHC 3+' in the comment should read 'HER2 IHC 1+'.\nHER2 IHC 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "am2-was-now",
        "amendment",
        BR + "Correction: HER2 was 1+; now 3+ after repeat on the correct block.\n",
        POS_NF,
        {},
    ),
    (
        "ng2-ihc-pending-ngs-no-erbb2",
        "ngs_negword",
        "Lung, core biopsy: adenocarcinoma.\nHER2 IHC: to follow.\nNGS (DNA, 50 genes): no pathogenic variants detected in ERBB2, EGFR, KRAS.\n",
        NF,
        {},
    ),
    (
        "ng2-cn-not-assessed",
        "ngs_negword",
        "Colon adenocarcinoma, tissue NGS:\nERBB2: no short variants detected. Copy number analysis failed (insufficient DNA).\n",
        NF,
        {},
    ),
    (
        "ng2-mutation-negative-amp-pos-row",
        "ngs_negword",
        "Tissue NGS result summary (breast carcinoma):\nERBB2 mutation: negative\nERBB2 amplification: positive (copy number 14)\n",
        POS,
        {},
    ),
    (
        "ng2-ihc3-ngs-not-amp-cn-loww",
        "ngs_negword",
        BR
        + "HER2 IHC 3+ (positive, 90% of cells).\nNGS: ERBB2 amplification not detected (tumour content 20%, below the limit for copy number calls).\n",
        POS,
        {},
    ),
    (
        "on2-negative-for-malignancy-her2-pending",
        "other_negative",
        BR + "Left axillary lymph node: negative for malignancy (0/2).\nHER2: pending.\n",
        NF,
        {},
    ),
    (
        "on2-negative-control-row-only",
        "other_negative",
        BR
        + "HER2 IHC: insufficient tumour; not scored.\nControls: positive control 3+; negative control 0.\n",
        NF,
        {},
    ),
    (
        "on2-er-pr-neg-her2-addendum-label",
        "other_negative",
        BR + "Receptor status: ER negative (0%), PR negative (0%), HER2: see addendum.\n",
        NF,
        {},
    ),
    (
        "on2-p53-wildtype-her2-eqv",
        "other_negative",
        "Endometrium: serous carcinoma.\np53: aberrant. MMR: proficient. HER2 IHC: 2+ (equivocal); ISH ordered.\n",
        EQV,
        {},
    ),
    (
        "on2-her2-neg-control-label",
        "other_negative",
        BR + "HER2 IHC: 3+\nHER2 negative control (MCF-7): 0 - appropriate\n",
        POS,
        {},
    ),
    (
        "on2-triple-list-neg-her2-3",
        "other_negative",
        BR + "ER: negative. PR: negative. HER2: 3+ (positive). Ki-67: 60%.\n",
        POS,
        {},
    ),
    (
        "on2-margin-neg-node-neg-her2-neg",
        "other_negative",
        BR + "Margins: negative. Nodes: negative (0/5). HER2 IHC 0.\n",
        NEG,
        {},
    ),
    (
        "os2-left-1-right-3",
        "other_specimen",
        "A. Right breast core (separate primary): HER2 IHC 1+ (negative).\nB. Left breast core: HER2 IHC 3+ (positive).\n",
        POS,
        {},
    ),
    (
        "os2-primary-neg-met-3",
        "other_specimen",
        "Liver metastasis biopsy: HER2 IHC 3+ (positive).\nFor comparison, the primary breast tumour (2021) was HER2 negative (IHC 1+).\n",
        POS,
        {},
    ),
    (
        "os2-core-neg-excision-pending",
        "other_specimen",
        "Left breast excision: residual invasive carcinoma.\nCore biopsy (S24-1234): HER2 IHC 1+ (negative).\nHER2 repeat on this excision: pending.\n",
        NEG_NF,
        {},
    ),
    (
        "os2-node-1plus-primary-pending",
        "other_specimen",
        "Axillary lymph node, core: metastatic carcinoma.\nHER2 on the node: 1+.\nHER2 on the breast primary: pending.\n",
        NEG_NF,
        {},
    ),
    (
        "os2-2023-neg-current-pending-es",
        "other_specimen",
        "Hígado, biopsia: metástasis de carcinoma de mama.\nBiopsia de mama previa (2023): HER2 negativo (1+).\nHER2 en la muestra actual: pendiente.\n",
        NF,
        {},
    ),
    (
        "os2-pt-previa-neg-atual-pendente",
        "other_specimen",
        "Fígado, biópsia: metástase de carcinoma mamário.\nBiópsia mamária prévia (2023): HER2 negativo (1+).\nHER2 na biópsia atual: pendente.\n",
        NF,
        {},
    ),
    (
        "os2-history-neg-new-pending-noun",
        "other_specimen",
        "Clinical: known ER+/HER2- (IHC 1+) breast cancer 2020. New lung nodule.\nLung, core: metastatic breast carcinoma. HER2 on this biopsy: to follow.\n",
        NF,
        {},
    ),
    (
        "nb2-gastric-cluster-pos",
        "nonbreast",
        GA
        + "HER2 (4B5): 3+ in a single cohesive cluster of >5 tumour cells (biopsy criteria); overall <10%. Positive.\n",
        POS,
        {},
    ),
    (
        "nb2-gastric-biopsy-2plus-ish-neg",
        "nonbreast",
        GA
        + "HER2 IHC: 2+ (gastric biopsy criteria, cluster of 7 cells). HER2 SISH: ratio 1.3, not amplified. HER2 negative.\n",
        NEG,
        {},
    ),
    (
        "nb2-crc-3plus-30-pct-ish-amp",
        "nonbreast",
        "Rectum, biopsy: adenocarcinoma.\nHER2 IHC (HERACLES): 3+ in 30% of tumour cells; HER2 ISH: ratio 3.1, amplified. HER2 positive.\n",
        POS,
        {},
    ),
    (
        "fr2-gauche-3-droit-1",
        "romance",
        "A. Sein gauche : carcinome canalaire infiltrant. HER2 : score 3+.\nB. Sein droit (second primitif) : carcinome lobulaire. HER2 : score 1+.\n",
        POS,
        {},
    ),
    (
        "fr2-ganglion-negatif-her2-3",
        "romance",
        "Sein droit : carcinome infiltrant.\nGanglions : 0/4 (négatifs). Marges négatives. HER2 : score 3+ (positif).\n",
        POS,
        {},
    ),
    (
        "es2-ngs-sin-alteraciones-ihq-3",
        "romance",
        "Mama: carcinoma infiltrante. HER2 (IHQ): 3+ (positivo).\nNGS tejido: ERBB2 sin alteraciones reportables (número de copias no evaluado).\n",
        POS,
        {},
    ),
    (
        "es2-adenda-2-sustituye-1",
        "romance",
        "Mama: carcinoma infiltrante.\nAdenda 1: HER2 FISH amplificado.\nAdenda 2 (sustituye a la adenda 1 por error de recuento): HER2 FISH no amplificado (cociente 1,3; 2,8 copias). HER2 IHQ 1+. HER2 NEGATIVO.\n",
        NEG,
        {},
    ),
    (
        "pt2-adendo-acrescentado-amplificado",
        "romance",
        "Mama: carcinoma invasivo. HER2 (IHQ): 2+ (duvidoso).\nAdendo: resultado de ISH acrescentado - HER2 amplificado (razão 2,7). HER2 POSITIVO.\n",
        POS,
        {},
    ),
]

INSTEAD_ARROW: list[Case] = [
    (
        "ia-fr-lire-au-lieu-de",
        "amendment_verbs",
        BR_FR + "HER2 : résultat modifié - lire 1+ au lieu de 3+.\n",
        NEG,
        {},
    ),
    ("ia-es-en-lugar-de", "amendment_verbs", BR_ES + "HER2: debe decir 1+ en lugar de 3+.\n", NEG, {}),
    (
        "ia-pt-em-vez-de",
        "amendment_verbs",
        BR_PT + "HER2: ler 1+ em vez de 3+ (erro de digitação).\n",
        NEG,
        {},
    ),
    (
        "ia-en-instead-of",
        "amendment_verbs",
        BR + "HER2 IHC: read 1+ instead of 3+ (typing error).\n",
        NEG,
        {},
    ),
    ("ia-arrow-3-to-1-correction", "amendment_verbs", BR + "HER2 IHC 3+ → 1+ (correction).\n", NEG_NF, {}),
    ("ia-arrow-1-to-3-review", "amendment_verbs", BR + "HER2 IHC: 1+ -> 3+ after review.\n", POS_NF, {}),
    ("ia-struck-bracket-after", "amendment_verbs", BR + "HER2 IHC: 3+ [struck] 1+.\n", NEG_NF, {}),
]

CASES: list[Case] = (
    AMEND
    + CORRECTION_VERBS
    + NGS_NEGWORD
    + OTHER_NEG
    + OTHER_SPEC
    + NONBREAST
    + ROMANCE
    + BATCH2
    + INSTEAD_ARROW
)
