"""Trap phrase families written blind of the labelled sets (probe13, session 13).

Weighted to the unsafe direction: a value that belongs to something other than the patient's
current tumour. Families: control material and other subjects (cell-line and known-positive
control blocks, FISH control ratios, proficiency samples, a tumour board's list of other patients,
xenografts and organoids, a result withdrawn as another patient's), a value from another time
inside the current sentence ("3+ at diagnosis and is now 1+", "converted from", "previously
amplified, now not", "3+ (2019) / 0 (2026)", rows dated per line), another component or specimen
of the same report (in-situ component, micro-invasion, node vs primary), hypothetical and
prior-authorisation wording, NGS copy number that was not or could not be assessed, odd layouts
(interleaved columns, blank forms, struck-through or corrected values, an addendum holding the
result) and Spanish, Portuguese and French forms of them. Each case: (id, family, text, allowed
statuses, expected key fields); a key field is a dotted path into ``ExplainResult.to_dict()``.
Where the report leaves room, not_found is an allowed reading of a trap; positive never is unless
the case's current result is positive.
"""

from __future__ import annotations

from .probe_runner import EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS, POS_NF
from .probe_runner import ProbeCase as Case

BR = "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\n"
GA = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
CRC = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated, pT3 N1.\n"
LB = "Liquid biopsy (plasma cfDNA) - metastatic colorectal adenocarcinoma.\n"
NGS = "Tissue next-generation sequencing (DNA, 324 genes). Colorectal adenocarcinoma, liver metastasis.\n"
BR_ES = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
BR_PT = "Mama direita, biópsia por agulha grossa: carcinoma invasivo de tipo não especial, grau 2.\n"
BR_FR = "Sein droit, microbiopsie : carcinome infiltrant de type non spécifique, grade 2.\n"

OTHER_SUBJECT: list[Case] = [
    (
        "subj-4in1-cellline-control",
        "other_subject",
        BR + "Control slide: HER2 4-in-1 cell line control (3+, 2+, 1+ and 0 lines) stained as expected.\n"
        "Tumour: HER2 IHC (4B5) 1+, faint incomplete membrane staining in 20% of cells.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "subj-cellline-control-result-to-follow",
        "other_subject",
        BR + "HER2 IHC: slides under review; the result will follow in an addendum.\n"
        "On-slide controls: SK-BR-3 cell line (3+) and MCF-7 cell line (0) appropriate.\n",
        NF,
        {},
    ),
    (
        "subj-known-positive-block",
        "other_subject",
        BR
        + "A known HER2-positive (3+) external control block was run in parallel and stained appropriately.\n"
        "HER2 (4B5): 0, no membrane staining in the invasive tumour.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "subj-known-positive-block-only",
        "other_subject",
        BR + "HER2 IHC repeated on block A2 because the first run failed.\n"
        "Run control: known 3+ breast carcinoma tissue block, strong complete staining (acceptable).\n",
        NF,
        {},
    ),
    (
        "subj-fish-control-ratio",
        "other_subject",
        BR + "FISH run controls: amplified control cell line ratio 4.6; non-amplified control ratio 1.0.\n"
        "Patient specimen: HER2/CEP17 ratio 1.2; mean HER2 copy number 2.3 signals/cell; NOT AMPLIFIED.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "subj-fish-control-ratio-insufficient",
        "other_subject",
        BR + "HER2 FISH: insufficient invasive tumour cells for analysis; please submit another block.\n"
        "Amplified control (cell line): HER2/CEP17 ratio 5.1, acceptable.\n",
        NOT_POS,
        {},
    ),
    (
        "subj-proficiency-sample-appendix",
        "other_subject",
        BR + "HER2 IHC (4B5): 1+ (negative).\n"
        "Appendix - proficiency testing: survey sample HER2-B 2026 (expected 3+), laboratory result 3+, acceptable.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "subj-tumour-board-list",
        "other_subject",
        "Breast multidisciplinary meeting - case list 14/11/2026\n"
        "1. S26-1011: invasive ductal carcinoma, HER2 3+, for neoadjuvant TCHP.\n"
        "2. S26-1042: invasive lobular carcinoma, HER2 0, ER positive.\n"
        "3. S26-1090 (this patient): core biopsy, HER2 pending.\n",
        NF,
        {},
    ),
    (
        "subj-board-other-cases-sentence",
        "other_subject",
        BR + "HER2 IHC: 1+ (negative).\n"
        "Discussed at the tumour board together with two other patients whose tumours were HER2 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "subj-xenograft",
        "other_subject",
        BR
        + "Research note: a patient-derived xenograft (PDX) grown from this tumour showed HER2 3+ staining.\n"
        "Clinical HER2 IHC on the biopsy: 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "subj-organoid-only",
        "other_subject",
        GA
        + "Research use only: tumour organoid line established; ERBB2 amplified by ddPCR in the organoid.\n"
        "Clinical HER2 testing: not performed on this biopsy.\n",
        NF,
        {},
    ),
    (
        "subj-validation-cases",
        "other_subject",
        GA + "HER2 IHC (gastric biopsy scoring): 1+, negative.\n"
        "The assay was validated on 60 gastric cases (12 HER2 3+, 8 HER2 2+ with FISH amplification) "
        "with 100% concordance.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "subj-withdrawn-other-patient",
        "other_subject",
        BR + "CORRECTED REPORT\n"
        "The HER2 3+ result issued on 02/11/2026 belonged to a different patient (specimen mix-up) and is "
        "withdrawn. HER2 testing on this specimen is being repeated.\n",
        NF,
        {},
    ),
    (
        "subj-withdrawn-other-patient-then-result",
        "other_subject",
        BR + "CORRECTED REPORT\n"
        "The previously reported HER2 3+ belonged to another patient's specimen and has been removed.\n"
        "HER2 IHC on this patient's tumour: 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "subj-near-miss-control-then-3plus",
        "other_subject",
        BR + "Controls (4-in-1 cell line slide): appropriate.\n"
        "HER2 IHC (4B5): 3+, strong complete membrane staining in 90% of invasive tumour cells. POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

OTHER_TIME: list[Case] = [
    (
        "time-was-at-diagnosis-now",
        "other_time",
        BR + "HER2 was 3+ at diagnosis and is now 1+ on the residual tumour.\n",
        NEG_NF,
        {},
    ),
    (
        "time-converted-from-to",
        "other_time",
        "Right breast, lumpectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 8 mm.\n"
        "HER2 status converted from positive (3+) to negative (IHC 1+) after neoadjuvant therapy.\n",
        NEG_NF,
        {},
    ),
    (
        "time-previously-amplified-now-not",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "HER2 FISH: previously amplified (ratio 4.2 on the 2021 primary), now not amplified "
        "(HER2/CEP17 ratio 1.3, mean HER2 2.6 signals/cell).\n",
        NEG_NF,
        {},
    ),
    (
        "time-loss-of-expression",
        "other_time",
        "Right breast, mastectomy after neoadjuvant therapy: residual invasive carcinoma.\n"
        "Loss of HER2 expression compared with the pre-treatment biopsy (3+ before treatment, 0 now).\n",
        NEG_NF,
        {},
    ),
    (
        "time-slash-years",
        "other_time",
        "Bone, biopsy: metastatic breast carcinoma.\nHER2 IHC: 3+ (2019) / 0 (2026).\n",
        NEG_NF,
        {},
    ),
    (
        "time-now-was-bracket",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC: 0 (was 3+ on the 2019 primary).\n",
        NEG_NF,
        {},
    ),
    (
        "time-date-rows-oldest-first",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 history:\n"
        "Date        Specimen             HER2 IHC    FISH\n"
        "03/2019     L breast core        3+          not done\n"
        "10/2026     Liver core (this)    1+          not amplified\n",
        NEG_NF,
        {},
    ),
    (
        "time-date-rows-newest-first",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "Date        Specimen             HER2 IHC\n"
        "10/2026     Liver core (this)    0\n"
        "03/2019     L breast core        3+\n",
        NEG_NF,
        {},
    ),
    (
        "time-no-longer-overexpressed",
        "other_time",
        "Right breast, excision after neoadjuvant therapy: residual invasive carcinoma.\n"
        "The residual tumour no longer overexpresses HER2 (pre-treatment 3+; now 1+).\n",
        NEG_NF,
        {},
    ),
    (
        "time-near-miss-gained",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "HER2 was 1+ at diagnosis and is now 3+ (strong complete staining in 80% of cells): HER2 POSITIVE.\n",
        POS,
        {},
    ),
    (
        "time-near-miss-became-amplified",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "HER2 FISH: AMPLIFIED (HER2/CEP17 ratio 3.4, mean HER2 7.1 signals/cell); the 2020 primary was not amplified.\n",
        POS,
        {"ish.result": "amplified"},
    ),
]

OTHER_COMPONENT: list[Case] = [
    (
        "comp-in-situ-sentence-after",
        "other_component",
        BR + "HER2 IHC (invasive carcinoma): 1+ (negative). The in-situ component is 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "comp-dcis-line-first",
        "other_component",
        BR + "DCIS: HER2 3+ (strong complete membrane staining).\nInvasive carcinoma: HER2 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "comp-dcis-only-no-invasive",
        "other_component",
        "Left breast, stereotactic core biopsy: ductal carcinoma in situ, high grade, comedo necrosis.\n"
        "No invasive carcinoma identified.\nHER2 IHC (DCIS): 3+.\n",
        NOT_POS,
        {},
    ),
    (
        "comp-microinvasion-dcis-stained",
        "other_component",
        "Left breast, excision: DCIS, high grade, with microinvasion (largest focus 0.5 mm).\n"
        "HER2 was performed on the DCIS: 3+. The microinvasive foci are too small to assess.\n",
        NOT_POS,
        {},
    ),
    (
        "comp-dcis-internal-control",
        "other_component",
        BR
        + "HER2 IHC: 1+ in the invasive tumour; the adjacent DCIS shows 3+ staining (internal positive control).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "comp-in-situ-carcinoma-spanish",
        "other_component",
        BR_ES
        + "HER2 (IHQ) en el carcinoma infiltrante: 1+ (negativo). El componente in situ muestra HER2 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "comp-node-3plus-primary-pending",
        "other_component",
        BR
        + "HER2 IHC on the axillary lymph node metastasis (separate specimen B, reported under S26-2202): 3+.\n"
        "HER2 on this core biopsy: pending.\n",
        NOT_POS,
        {},
    ),
    (
        "comp-near-miss-invasive-3plus-dcis-too",
        "other_component",
        BR + "HER2 IHC: 3+ in the invasive carcinoma (strong complete staining, 95%); the DCIS is also 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "comp-near-miss-dcis-negative-invasive-positive",
        "other_component",
        BR + "The in-situ component is HER2 1+. Invasive carcinoma: HER2 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

HYPOTHETICAL: list[Case] = [
    (
        "hyp-prior-auth-low",
        "hypothetical",
        "Re: Prior authorisation request - trastuzumab deruxtecan\n"
        "Coverage criteria: HER2-positive (IHC 3+ or ISH amplified) or HER2-low (IHC 1+, or 2+ with negative ISH).\n"
        "The patient's metastatic breast carcinoma is HER2 IHC 1+ (HER2-low) per pathology report S26-1182.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "hyp-prior-auth-denied-no-doc",
        "hypothetical",
        "Prior authorisation: DENIED.\n"
        "Reason: documentation of HER2 IHC 3+ or ISH amplification was not provided with the request.\n",
        NF,
        {},
    ),
    (
        "hyp-would-be-considered-positive-if",
        "hypothetical",
        BR + "HER2 FISH: HER2/CEP17 ratio 1.6, mean HER2 copy number 3.2; NOT AMPLIFIED.\n"
        "The tumour would be considered HER2 positive only if the ratio were 2.0 or more with 4 or more copies.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "hyp-clinician-suspects",
        "hypothetical",
        BR + "Clinical details: rapid progression, clinician suspects HER2 positive disease; please test.\n"
        "HER2 IHC requested on block A1.\n",
        NF,
        {},
    ),
    (
        "hyp-rule-out-amplification",
        "hypothetical",
        GA + "Request: HER2 testing to rule out HER2 3+ / amplification before first-line therapy.\n"
        "Specimen received; testing in progress.\n",
        NF,
        {},
    ),
    (
        "hyp-expected-for-drug",
        "hypothetical",
        CRC + "HER2 IHC: 0.\n"
        "Note: tucatinib with trastuzumab requires HER2 3+ (or 2+ with ISH amplification) in RAS wild-type disease.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "hyp-letter-asks-confirm",
        "hypothetical",
        "Dear Dr Patel,\nCould you please confirm whether this patient's tumour was HER2 3+? The insurer "
        "requires this before approving trastuzumab.\nKind regards,\nOncology pharmacy\n",
        NF,
        {},
    ),
    (
        "hyp-near-miss-letter-confirms",
        "hypothetical",
        "Dear Dr Patel,\nI confirm that the patient's gastric adenocarcinoma (biopsy S26-3301) is HER2 IHC 3+ "
        "(positive), as required for the authorisation.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

NGS_UNASSESSED: list[Case] = [
    (
        "ngs-amp-not-evaluated",
        "ngs_unassessed",
        NGS + "Tumour content: 10%.\nERBB2 amplification: not evaluated (tumour content below 20%).\n"
        "KRAS G12D detected (VAF 6%).\n",
        NF,
        {},
    ),
    (
        "ngs-cnv-cannot-be-assessed",
        "ngs_unassessed",
        NGS + "Copy number alterations cannot be assessed in this sample because of low tumour purity; "
        "ERBB2 amplification cannot be excluded.\n",
        NF,
        {},
    ),
    (
        "ngs-cnv-qc-failed-star",
        "ngs_unassessed",
        NGS + "ERBB2 amplification: not detected*\n"
        "* Copy number calling failed quality control for this sample; amplifications cannot be reported.\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-plasma-below-reportable",
        "ngs_unassessed",
        LB
        + "ERBB2: plasma copy number 2.0, below the reportable threshold (2.2); amplification not called.\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-prior-tissue-amp-not-in-assay",
        "ngs_unassessed",
        LB + "ERBB2 amplification was detected in the prior tissue NGS (2024); copy number is not assessed "
        "by this plasma assay.\nKRAS: wild type.\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-indeterminate",
        "ngs_unassessed",
        NGS + "ERBB2 copy number: indeterminate (insufficient coverage).\n",
        NOT_POS,
        {},
    ),
    (
        "ngs-amp-qns",
        "ngs_unassessed",
        NGS + "Amplifications (ERBB2, MET, EGFR): QNS - quantity not sufficient.\n",
        NF,
        {},
    ),
    (
        "ngs-near-miss-amp-detected",
        "ngs_unassessed",
        NGS + "Tumour content: 60%.\nERBB2 amplification: DETECTED (copy number 14).\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
]

ODD_LAYOUT: list[Case] = [
    (
        "lay-interleaved-key-column",
        "odd_layout",
        BR + "Result                        Interpretation key\n"
        "HER2 IHC 0                    3+ Positive\n"
        "                              2+ Equivocal\n"
        "                              0/1+ Negative\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "lay-interleaved-key-column-1plus",
        "odd_layout",
        BR + "HER2 IHC (4B5): 1+           Positive = 3+ complete intense staining in >10%\n"
        "ER: 95%                      Equivocal = 2+ weak/moderate complete staining\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "lay-blank-form-underscores",
        "odd_layout",
        BR + "HER2 IHC score: ____________\nHER2 FISH ratio: ____________\n"
        "(to be completed by the reporting pathologist)\n",
        NF,
        {},
    ),
    (
        "lay-blank-form-options",
        "odd_layout",
        BR + "HER2 IHC:  ___ 0   ___ 1+   ___ 2+   ___ 3+\nISH:  ___ amplified   ___ not amplified\n",
        NF,
        {},
    ),
    (
        "lay-struck-corrected-to",
        "odd_layout",
        BR + "HER2 IHC: ~~3+~~ 1+ (corrected 03/11/2026; transcription error).\n",
        NEG_NF,
        {},
    ),
    (
        "lay-corrected-to-sentence",
        "odd_layout",
        BR + "AMENDED: HER2 IHC score 3+ corrected to 1+ (typographical error in the original report).\n",
        NEG_NF,
        {},
    ),
    (
        "lay-error-note-bracket",
        "odd_layout",
        BR + "HER2 IHC: 1+ (negative) [the previous version of this report stated 3+ in error].\n",
        NEG_NF,
        {},
    ),
    (
        "lay-see-addendum-then-addendum",
        "odd_layout",
        BR + "ER: positive (95%). PR: positive (30%). HER2: see addendum.\n\n"
        "ADDENDUM (12/11/2026)\nHER2 IHC (4B5): 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "lay-near-miss-see-addendum-positive",
        "odd_layout",
        BR + "HER2: see addendum.\n\nADDENDUM (12/11/2026)\n"
        "HER2 IHC (4B5): 3+, strong complete membrane staining in 85% of cells (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

ROMANCE: list[Case] = [
    (
        "rom-pt-external-control",
        "romance",
        BR_PT
        + "HER2 (imuno-histoquímica): escore 1+ (negativo).\nControle externo positivo (3+): adequado.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rom-pt-previously-now",
        "romance",
        "Fígado, biópsia: carcinoma de mama metastático.\n"
        "HER2 era 3+ no diagnóstico (2019); atualmente HER2 0.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-pt-cdis",
        "romance",
        BR_PT + "Carcinoma ductal in situ: HER2 3+.\nCarcinoma invasivo: HER2 1+ (negativo).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rom-pt-near-miss-positivo",
        "romance",
        BR_PT
        + "HER2 (imuno-histoquímica): escore 3+ (positivo), marcação completa e intensa em 90% das células.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rom-fr-temoin",
        "romance",
        BR_FR + "HER2 (IHC) : score 1+ (négatif).\nTémoin externe positif (3+) : conforme.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rom-fr-etait-au-diagnostic",
        "romance",
        "Foie, biopsie : métastase d'un carcinome mammaire.\n"
        "Le statut HER2 était 3+ au diagnostic ; il est actuellement 0.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-fr-in-situ",
        "romance",
        BR_FR + "Composante in situ : HER2 3+.\nCarcinome infiltrant : HER2 score 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rom-fr-non-evaluable",
        "romance",
        "Séquençage haut débit (NGS) - adénocarcinome colique.\n"
        "Amplification ERBB2 : non évaluable (cellularité tumorale insuffisante).\n",
        NF,
        {},
    ),
    (
        "rom-fr-near-miss-positif",
        "romance",
        BR_FR + "HER2 (IHC) : score 3+ (positif), marquage membranaire complet et intense.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rom-es-cell-line-control",
        "romance",
        BR_ES + "Control externo (línea celular 3+): adecuado.\nHER2 (IHQ) en el tumor: 1+ (negativo).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "rom-es-era-al-diagnostico",
        "romance",
        "Hígado, biopsia: carcinoma de mama metastásico.\nHER2 era 3+ al diagnóstico y actualmente es 0.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-es-paso-de-a",
        "romance",
        "Mama derecha, tumorectomía tras neoadyuvancia: carcinoma infiltrante residual.\n"
        "El estado de HER2 pasó de 3+ (biopsia) a 1+ en el tumor residual.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-es-no-evaluable",
        "romance",
        "Secuenciación de nueva generación (NGS). Adenocarcinoma de colon.\n"
        "Amplificación de ERBB2: no evaluable (contenido tumoral insuficiente).\n",
        NF,
        {},
    ),
    (
        "rom-es-autorizacion",
        "romance",
        "Solicitud de autorización: trastuzumab.\n"
        "El seguro requiere HER2 3+ o ISH amplificado; resultado pendiente de enviar.\n",
        NF,
        {},
    ),
    (
        "rom-es-formulario-vacio",
        "romance",
        BR_ES + "HER2 (IHQ): ________\nISH: ________\n",
        NF,
        {},
    ),
    (
        "rom-es-otro-paciente",
        "romance",
        BR_ES
        + "INFORME CORREGIDO: el resultado HER2 3+ emitido el 02/11/2026 correspondía a otro paciente y "
        "queda anulado. Se repite el estudio de HER2.\n",
        NF,
        {},
    ),
]

CASES: list[Case] = (
    OTHER_SUBJECT + OTHER_TIME + OTHER_COMPONENT + HYPOTHETICAL + NGS_UNASSESSED + ODD_LAYOUT + ROMANCE
)

# More variants of the families fixed here, and near-misses whose current result must still be read.
FIXED_FAMILY_VARIANTS: list[Case] = [
    (
        "time-semicolon-it-is-now-1plus",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 was 3+ at diagnosis; it is now 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "time-semicolon-it-is-now-0",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 was 3+ at diagnosis; it is now 0.\n",
        NEG_NF,
        {},
    ),
    (
        "time-and-is-now-0",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 was 3+ at diagnosis and is now 0.\n",
        NEG_NF,
        {},
    ),
    (
        "time-near-miss-semicolon-now-3plus",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 was 1+ at diagnosis; it is now 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "time-near-miss-currently-not-a-score",
        "other_time",
        BR + "HER2 IHC: 3+ (positive). The patient is currently 2 weeks post biopsy.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "rom-pt-passou-de",
        "romance",
        "Mama direita, peça cirúrgica após neoadjuvância: carcinoma invasivo residual.\n"
        "O HER2 passou de 3+ (biópsia) para 1+ no tumor residual.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-fr-est-passe-de",
        "romance",
        "Sein droit, tumorectomie après chimiothérapie néoadjuvante : carcinome infiltrant résiduel.\n"
        "Le statut HER2 est passé de 3+ (biopsie) à 1+ sur le reliquat tumoral.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-es-cambio-de",
        "romance",
        "Hígado, biopsia: carcinoma de mama metastásico.\nEl HER2 cambió de 3+ a 0 respecto al tumor primario.\n",
        NEG_NF,
        {},
    ),
    (
        "rom-pt-atualmente-e-0",
        "romance",
        "Fígado, biópsia: carcinoma de mama metastático.\nHER2 era 3+ no diagnóstico; atualmente é 0.\n",
        NEG_NF,
        {},
    ),
    (
        "lay-corrected-to-comma",
        "odd_layout",
        BR + "HER2 IHC: 3+, corrected to 1+ on review of the slides (see amendment).\n",
        NEG_NF,
        {},
    ),
    (
        "lay-corregido-a-spanish",
        "odd_layout",
        BR_ES + "INFORME MODIFICADO: HER2 (IHQ) 3+ corregido a 1+ (error de transcripción).\n",
        NEG_NF,
        {},
    ),
    (
        "lay-near-miss-corrected-to-3plus",
        "odd_layout",
        BR + "AMENDED: HER2 IHC score 1+ corrected to 3+ (positive) after review of the correct slide.\n",
        POS_NF,
        {},
    ),
    (
        "comp-near-miss-infiltrante-con-in-situ",
        "other_component",
        BR_ES + "Carcinoma infiltrante con componente in situ: HER2 3+ (positivo).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "comp-fr-ccis",
        "other_component",
        BR_FR + "CCIS : HER2 3+. Carcinome infiltrant : HER2 score 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "ngs-cn-not-assessed",
        "ngs_unassessed",
        NGS + "ERBB2 copy number: not assessed (insufficient tumour nuclei).\n",
        NF,
        {},
    ),
    (
        "ngs-fr-non-evaluee",
        "ngs_unassessed",
        "Séquençage haut débit (NGS) - adénocarcinome colique.\nAmplification ERBB2 : non évaluée.\n",
        NF,
        {},
    ),
    (
        "ngs-pt-nao-avaliada",
        "ngs_unassessed",
        "Sequenciamento de nova geração (NGS) - adenocarcinoma colorretal.\nAmplificação de ERBB2: não avaliada.\n",
        NF,
        {},
    ),
    (
        "ngs-es-no-evaluada",
        "ngs_unassessed",
        "Secuenciación de nueva generación (NGS). Adenocarcinoma de colon.\nAmplificación de ERBB2: no evaluada.\n",
        NF,
        {},
    ),
    (
        "ngs-near-miss-not-detected",
        "ngs_unassessed",
        NGS + "Tumour content: 50%.\nERBB2 amplification: not detected.\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "subj-other-cases-scored",
        "other_subject",
        GA + "HER2 IHC: 0.\nIn the same run, other cases scored 3+ stained as expected.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "subj-otros-pacientes-spanish",
        "other_subject",
        BR_ES + "HER2 (IHQ): 1+.\nSe comentó en el comité junto con otros pacientes con HER2 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "subj-organoid-with-clinical",
        "other_subject",
        GA + "HER2 IHC (clinical): 0.\nOrganoid culture (research): ERBB2 amplified.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "subj-near-miss-patient-3plus",
        "other_subject",
        BR + "The patient's tumour is HER2 3+ (strong complete staining in 90% of cells), positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "hyp-suspected-recurrence-requested",
        "hypothetical",
        BR + "Clinical: suspected HER2-positive recurrence. HER2 IHC requested on block B1.\n",
        NF,
        {},
    ),
    (
        "hyp-sospecha-spanish",
        "hypothetical",
        BR_ES + "Datos clínicos: sospecha de recidiva HER2 positiva; se solicita estudio de HER2.\n",
        NF,
        {},
    ),
    (
        "hyp-near-miss-suspected-then-result",
        "hypothetical",
        BR
        + "Clinical: suspected recurrence.\nHER2 IHC (4B5): 3+, strong complete membrane staining (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

DATED_ROWS: list[Case] = [
    (
        "time-date-rows-iso",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "Date          Sample                     HER2 IHC\n"
        "2019-03-12    Left breast core biopsy    3+ (positive)\n"
        "2026-10-02    Liver core biopsy          1+ (negative)\n",
        NEG_NF,
        {},
    ),
    (
        "time-date-rows-fish",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "HER2 FISH results\n"
        "03/2019    Breast primary    ratio 4.2    AMPLIFIED\n"
        "10/2026    Liver (current)   ratio 1.3    NOT AMPLIFIED\n",
        NEG_NF,
        {},
    ),
    (
        "time-date-rows-spanish",
        "other_time",
        "Hígado, biopsia: carcinoma de mama metastásico.\n"
        "Fecha       Muestra                 HER2 (IHQ)\n"
        "03/2019     Mama izquierda (BAG)    3+\n"
        "10/2026     Hígado (actual)         0\n",
        NEG_NF,
        {},
    ),
    (
        "time-near-miss-date-rows-latest-positive",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\n"
        "Date        Specimen             HER2 IHC\n"
        "03/2019     L breast core        1+\n"
        "10/2026     Liver core (this)    3+ (positive)\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CASES += FIXED_FAMILY_VARIANTS + DATED_ROWS

# Second batch (written after the first fixes): arrows and before/now words, research-only and
# reference readings, Portuguese/French controls, predicted results.
BATCH2: list[Case] = [
    (
        "b2-arrow-3-to-1",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC: 3+ → 1+ (primary 2019 → liver metastasis 2026).\n",
        NEG_NF,
        {},
    ),
    (
        "b2-arrow-ascii",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2: 3+ -> 0 after trastuzumab.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-baseline-then-progression",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 at baseline 3+; on progression HER2 0.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-pre-post-labels",
        "other_time",
        "Right breast, excision after neoadjuvant therapy.\nHER2 (pre-treatment biopsy): 3+     HER2 (residual tumour): 0\n",
        NEG_NF,
        {},
    ),
    (
        "b2-ai-vs-pathologist",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nDigital image analysis (research use only): HER2 3+.\nPathologist score: HER2 IHC 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "b2-ai-only",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nComputer-assisted HER2 quantification (investigational algorithm) suggests 3+; pathologist review pending.\n",
        NF,
        {},
    ),
    (
        "b2-predicted-likely",
        "hypothetical",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nBased on the histology (apocrine features, grade 3) the tumour is likely to be HER2 3+; IHC to follow.\n",
        NF,
        {},
    ),
    (
        "b2-void-after",
        "odd_layout",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 IHC: 3+ -- VOID -- see corrected result below.\nCorrected result: HER2 IHC 1+ (negative).\n",
        NEG_NF,
        {},
    ),
    (
        "b2-printed-as-page1",
        "odd_layout",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 IHC: 1+ (negative). (Printed as 3+ on page 1 in error.)\n",
        NEG_NF,
        {},
    ),
    (
        "b2-reference-slide",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nReviewed alongside a reference slide (known HER2 3+ case S25-881) for comparison.\nHER2 IHC: 2+ (equivocal); FISH sent.\n",
        EQV_NF,
        {},
    ),
    (
        "b2-interlab-sample",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 IHC: 0.\nInterlaboratory comparison 2026: sample 3 scored 3+ by our laboratory (consensus 3+).\n",
        NEG,
        {},
    ),
    (
        "b2-teaching-file",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 IHC: 1+.\nThis case has been added to the teaching file with a HER2 3+ comparison case.\n",
        NEG,
        {},
    ),
    (
        "b2-cellline-fish",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 FISH: not amplified (HER2/CEP17 ratio 1.1; mean HER2 2.0).\nSK-BR-3 cell line (amplified control): ratio 5.0.\n",
        NEG,
        {},
    ),
    (
        "b2-fr-controle",
        "romance",
        "Sein droit, microbiopsie : carcinome infiltrant.\nHER2 : score 0.\nContrôle positif (lignée cellulaire 3+) : conforme.\n",
        NEG,
        {},
    ),
    (
        "b2-pt-controle-linhagem",
        "romance",
        "Mama direita, biópsia: carcinoma invasivo.\nHER2: escore 0.\nControle (linhagem celular 3+): adequado.\n",
        NEG,
        {},
    ),
    (
        "b2-pt-era-agora",
        "romance",
        "Fígado, biópsia: carcinoma de mama metastático.\nHER2 antes 3+, agora 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-es-antes-ahora",
        "romance",
        "Hígado, biopsia: carcinoma de mama metastásico.\nHER2: antes 3+, ahora 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-en-then-now",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2: then 3+, now 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-formerly",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC 1+ (formerly 3+).\n",
        NEG_NF,
        {},
    ),
    (
        "b2-down-from",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC 1+, down from 3+ in 2019.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-nm-up-from",
        "other_time",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC 3+ (positive), up from 1+ in 2019.\n",
        POS,
        {},
    ),
    (
        "b2-ngs-diploid",
        "ngs_unassessed",
        "Tissue NGS. Colorectal adenocarcinoma.\nERBB2 copy number: 2 (diploid).\n",
        NEG_NF,
        {},
    ),
    (
        "b2-ngs-amp-with-tumour-board-other",
        "ngs_unassessed",
        "Tissue NGS. Colorectal adenocarcinoma.\nERBB2: no amplification.\nFor comparison, 3 of 40 colorectal cases in our series were ERBB2 amplified.\n",
        NEG_NF,
        {},
    ),
    (
        "b2-mrna-oncotype",
        "other_subject",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nOncotype DX: HER2 RNA score 10.7 (negative).\nHER2 IHC: pending.\n",
        NOT_POS,
        {},
    ),
    (
        "b2-nm-corrected-result-3",
        "odd_layout",
        "Right breast, core biopsy: invasive carcinoma of no special type, grade 2.\nHER2 IHC: 1+ -- VOID --\nCorrected result: HER2 IHC 3+ (positive).\n",
        POS,
        {},
    ),
]

CASES += BATCH2
