"""Trap phrase families written blind of the labelled sets (probe11, session 11).

Each case: (id, family, text, allowed statuses, expected key fields). A key field is a dotted path
into ``ExplainResult.to_dict()`` ("ihc.score") and its value. Statuses are sets because where the
report leaves room, not_found is always an allowed reading of a trap; positive never is unless the
case is a near-miss whose current result is positive.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, POS
from .probe_runner import ProbeCase as Case

BREAST = "Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
GASTRIC = "Stomach, endoscopic biopsy: adenocarcinoma, intestinal type.\n"
CRC = "Liver, core biopsy: metastatic adenocarcinoma consistent with colorectal primary.\n"
MAMA = "Mama derecha, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
GASTRICO = "Estómago, biopsia endoscópica: adenocarcinoma de tipo intestinal.\n"

CASES: list[Case] = [
    # 1 conditional / hypothetical text
    (
        "cond-if-3plus-on-resection",
        "conditional",
        BREAST + "HER2 IHC (4B5): 1+ (negative).\n"
        "Comment: if HER2 is 3+ on the excision specimen, the patient would be a candidate for trastuzumab.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cond-patients-with-3plus-eligible",
        "conditional",
        GASTRIC + "HER2 testing: in progress, a supplementary report will follow.\n"
        "Note: patients with HER2 3+ tumours, or IHC 2+ with ISH amplification, are eligible for\n"
        "trastuzumab in combination with chemotherapy.\n",
        NF,
        {},
    ),
    (
        "cond-should-score-be-2plus",
        "conditional",
        BREAST + "ER: positive (90%). PR: positive (60%).\n"
        "HER2: should the HER2 score be 2+, reflex FISH will be performed on block A1.\n",
        NF,
        {},
    ),
    (
        "cond-had-tumour-been-positive",
        "conditional",
        BREAST + "HER2 IHC score: 0 (no staining).\n"
        "Had the tumour been HER2 positive, anti-HER2 therapy would have been discussed.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "cond-were-amplification-present",
        "conditional",
        BREAST + "HER2 FISH: HER2/CEP17 ratio 1.3, mean HER2 copy number 2.6 per cell; not amplified.\n"
        "Were amplification present (ratio >= 2.0 with >= 4 copies), the result would be reported as positive.\n",
        NEG,
        {},
    ),
    (
        "cond-in-case-of-3plus-spanish",
        "conditional",
        MAMA + "HER2 (IHC): 1+ (negativo).\n"
        "En caso de HER2 3+ o 2+ amplificado, la paciente sería candidata a tratamiento anti-HER2.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cond-si-resultara-positivo-spanish-no-result",
        "conditional",
        GASTRICO + "Estudio de HER2: pendiente.\n"
        "Si el resultado fuera HER2 3+, el paciente podría recibir trastuzumab.\n",
        NF,
        {},
    ),
    (
        "cond-near-miss-positive-with-if-clause",
        "conditional",
        BREAST + "HER2 IHC: 3+ (positive), strong complete membrane staining in 95% of cells.\n"
        "If clinically indicated, block A2 can be sent for FISH.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 2 eligibility / trial criteria blocks with numbers
    (
        "elig-criteria-then-patient-1plus",
        "eligibility",
        BREAST + "Clinical trial screening.\n"
        "Eligibility criteria: HER2 IHC 3+ or ISH positive (HER2/CEP17 ratio >= 2.0).\n"
        "Patient result: HER2 IHC 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "elig-inclusion-block-pending",
        "eligibility",
        GASTRIC
        + "Trial referral.\nInclusion criteria:\n - HER2-positive disease (IHC 3+, or IHC 2+ and ISH ratio ≥2.0)\n"
        " - ECOG 0-1\nScreening sample: HER2 testing pending.\n",
        NF,
        {},
    ),
    (
        "elig-ngs-copy-threshold",
        "eligibility",
        CRC + "Next-generation sequencing (tissue).\n"
        "Trial eligibility requires ERBB2 amplification (copy number >= 6).\n"
        "ERBB2: copy number 2.1, not amplified.\n",
        NEG_NF,
        {},
    ),
    (
        "elig-table-required-vs-patient",
        "eligibility",
        BREAST + "Criterion          Required     Patient\n"
        "HER2 IHC           3+           2+\n"
        "HER2 FISH ratio    >= 2.0       1.4 (not amplified)\n",
        NEG,
        {},
    ),
    (
        "elig-does-not-meet-no-result",
        "eligibility",
        GASTRIC + "The patient does not meet the trial's HER2 criterion (HER2 3+ or IHC 2+/ISH+ required).\n",
        NEG_NF,
        {},
    ),
    (
        "elig-spanish-criterios",
        "eligibility",
        MAMA
        + "Criterios de inclusión del ensayo: HER2 positivo (IHC 3+ o ISH amplificado, cociente ≥ 2,0).\n"
        "Resultado de la paciente: HER2 IHC 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "elig-near-miss-meets",
        "eligibility",
        BREAST + "Eligibility: HER2 IHC 3+ required.\nPatient's HER2 IHC: 3+ (positive); eligible.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 3 QA / proficiency / external quality text
    (
        "qa-concordance-3plus",
        "qa",
        BREAST + "HER2 IHC (4B5): score 1+, negative.\n"
        "Quality assurance: our laboratory's concordance for HER2 3+ cases with central review was 98% (2024).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "qa-neqas-round-amplified",
        "qa",
        BREAST + "HER2 FISH: not amplified (HER2/CEP17 ratio 1.1, mean HER2 2.0 signals/cell).\n"
        "External quality assessment: the laboratory passed the last UK NEQAS HER2 ISH round; amplified and\n"
        "non-amplified samples were correctly identified.\n",
        NEG,
        {},
    ),
    (
        "qa-proficiency-only",
        "qa",
        GASTRIC
        + "This laboratory participates in CAP HER2 proficiency testing (3+, 2+ and 0 challenge samples\n"
        "scored correctly in 2024).\nHER2 result: to follow in a supplementary report.\n",
        NF,
        {},
    ),
    (
        "qa-validation-counts",
        "qa",
        BREAST + "HER2 IHC: 2+ (equivocal). Reflex FISH ordered.\n"
        "Assay validation: 4B5 validated against FISH on 40 cases (20 amplified, 20 non-amplified), overall\n"
        "concordance 97.5%.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "qa-controls-then-zero",
        "qa",
        BREAST + "External positive control (breast carcinoma, HER2 3+): appropriate staining.\n"
        "Negative control: no staining.\nPatient tumour: HER2 IHC 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "qa-spanish-control-calidad",
        "qa",
        MAMA + "Control de calidad externo: concordancia del 100% en casos HER2 3+ (programa SEAP 2024).\n"
        "Resultado: HER2 1+ (negativo).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "qa-near-miss-positive-with-qa-note",
        "qa",
        BREAST
        + "HER2 IHC: 3+ (positive).\nQuality note: the run's positive and negative controls stained appropriately.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 4 another person
    (
        "person-mother-positive",
        "person",
        BREAST
        + "Family history: mother had HER2-positive breast cancer at age 45.\nHER2 IHC: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "person-sister-amplified-pending",
        "person",
        BREAST + "Family history: sister with HER2 amplified breast carcinoma (FISH ratio 4.8).\n"
        "HER2 testing on this specimen: pending.\n",
        NF,
        {},
    ),
    (
        "person-donor-tumour",
        "person",
        "Liver transplant recipient; liver biopsy: adenocarcinoma.\n"
        "The donor's gastric carcinoma was HER2 3+; donor origin is excluded by STR testing.\n"
        "HER2 IHC on the current tumour: 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "person-twin-no-current",
        "person",
        BREAST
        + "Clinical history: the patient's twin sister had HER2 FISH amplified breast cancer (ratio 5.2) in 2019.\n"
        "Biomarkers on this specimen will be reported in an addendum.\n",
        NF,
        {},
    ),
    (
        "person-spanish-madre",
        "person",
        MAMA + "Antecedentes familiares: madre con cáncer de mama HER2 positivo.\nHER2 (IHC): 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "person-spanish-hermana-pending",
        "person",
        MAMA + "Antecedentes familiares: hermana con carcinoma de mama HER2 3+.\nHER2: pendiente.\n",
        NF,
        {},
    ),
    (
        "person-near-miss-family-history-no-her2",
        "person",
        BREAST + "Family history: mother had breast cancer at 52.\nHER2 IHC: 3+ (positive).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 5 a second primary / other organ with its own result
    (
        "second-synchronous-gastric-outside",
        "second_primary",
        BREAST + "HER2 IHC: 0.\n"
        "Note: synchronous gastric adenocarcinoma reported separately (outside report S22-1234, HER2 3+).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "second-lung-ngs-prior-breast",
        "second_primary",
        "Lung, EBUS FNA: adenocarcinoma. Targeted NGS (tissue).\nERBB2 amplification: not detected.\n"
        "Note: the patient's prior breast carcinoma (2018) was HER2 positive.\n",
        NEG_NF,
        {},
    ),
    (
        "second-crc-incidental-breast",
        "second_primary",
        CRC + "HER2 IHC: 0.\nIncidental: synchronous contralateral breast primary, HER2 3+ (see report B).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "second-endometrial-ovary",
        "second_primary",
        "Uterus, hysterectomy: endometrial serous carcinoma.\nHER2 IHC (endometrial tumour): 2+; FISH pending.\n"
        "The left ovarian tumour (separate primary, endometrioid) is HER2 negative.\n",
        EQV_NF,
        {},
    ),
    (
        "second-spanish-segundo-primario",
        "second_primary",
        GASTRICO
        + "Segundo primario: carcinoma de mama (2019), HER2 positivo (3+).\nTumor actual: HER2 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "second-other-primary-only",
        "second_primary",
        "Lung, wedge resection: adenocarcinoma, acinar predominant.\n"
        "Other primary: urothelial carcinoma of bladder (2020), HER2 3+.\n"
        "HER2 testing on the current tumour: not performed.\n",
        NF,
        {},
    ),
    (
        "second-near-miss-current-positive-other-negative",
        "second_primary",
        GASTRIC + "HER2 IHC: 3+ (positive).\nThe patient's 2017 colon carcinoma was HER2 negative.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 6 instructions to the clinician
    (
        "instr-repeat-if-and-reflex-if",
        "instruction",
        BREAST + "HER2 IHC: 1+ (negative).\n"
        "Repeat testing is recommended if the excision shows a higher-grade component; reflex to FISH if 2+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "instr-recommend-testing-no-result",
        "instruction",
        GASTRIC
        + "Recommendation: HER2 testing by IHC with reflex ISH for 2+ results; HER2 3+ is positive.\n",
        NF,
        {},
    ),
    (
        "instr-please-request-ish",
        "instruction",
        BREAST + "HER2 IHC (biopsy): 0.\nPlease request HER2 ISH if the excision scores 2+.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "instr-reflex-ordered-2plus",
        "instruction",
        BREAST + "HER2 IHC: 2+ (equivocal).\nReflex to FISH has been ordered.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "instr-consider-repeat-heterogeneity",
        "instruction",
        GASTRIC + "HER2 IHC: 1+ (negative).\n"
        "Consider repeat HER2 testing on the resection, as 3+ clusters may be missed in small biopsies.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "instr-spanish-se-recomienda",
        "instruction",
        MAMA
        + "HER2 (biopsia): 1+.\nSe recomienda repetir el estudio de HER2 en la pieza quirúrgica si se observa 2+ o 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "instr-near-miss-positive-then-instruction",
        "instruction",
        GASTRIC + "HER2 IHC: 3+ (positive).\nRecommend clinical correlation and discussion at MDT.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 7 tables
    (
        "table-shifted-under-clone",
        "table",
        BREAST + "Marker     Clone      Result     Score\nER         SP1        Positive   95%\n"
        "HER2       4B5        1+\nKi-67      MIB-1      20%\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "table-flattened-two-columns",
        "table",
        BREAST
        + "ER: Positive (95%)            HER2 IHC: 0\nPR: Negative (<1%)            HER2 FISH: not performed\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "table-flattened-result-beside-key",
        "table",
        BREAST + "HER2 IHC: 1+                  Scoring: 0/1+ negative; 2+ equivocal; 3+ positive\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "table-prior-and-current-columns",
        "table",
        BREAST
        + "Test          2019 (prior biopsy)     2024 (current)\nHER2 IHC      3+                      1+\n",
        NEG_NF,
        {},
    ),
    (
        "table-page-two-header-repeated",
        "table",
        BREAST + "HER2 IHC (4B5): 2+ (equivocal)\n\f"
        "SURGICAL PATHOLOGY REPORT      Patient: DOE, JANE      Page 2 of 2\n"
        "HER2 FISH: HER2/CEP17 ratio 2.6, mean HER2 5.4 signals/cell; AMPLIFIED\n",
        POS,
        {},
    ),
    (
        "table-split-page-break-trap",
        "table",
        BREAST + "HER2 FISH ratio: 1.2 (not\n\fSURGICAL PATHOLOGY REPORT      Page 2 of 2\namplified)\n",
        NEG_NF,
        {},
    ),
    (
        "table-spanish-columns",
        "table",
        MAMA
        + "Marcador     Clon      Resultado\nRE           SP1       Positivo (90%)\nHER2         4B5       0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    # 8 negation at a distance, double negatives
    (
        "neg-no-evidence-of-list",
        "negation",
        BREAST + "No evidence of: lymphovascular invasion, perineural invasion, HER2 gene amplification.\n"
        "HER2/CEP17 ratio 1.3.\n",
        NEG,
        {},
    ),
    (
        "neg-absence-of-overexpression",
        "negation",
        BREAST + "Absence of HER2 protein overexpression (score 0).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "neg-not-negative-amplified",
        "negation",
        BREAST
        + "HER2 FISH: not negative; HER2/CEP17 ratio 2.4 with mean HER2 4.9 signals/cell (amplified).\n",
        POS,
        {},
    ),
    (
        "neg-cannot-exclude-amplification",
        "negation",
        BREAST + "HER2 IHC: 2+. Amplification cannot be excluded; FISH requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "neg-cannot-exclude-no-ihc",
        "negation",
        GASTRIC + "HER2 status: cannot exclude amplification; ISH to follow.\n",
        NF | EQV,
        {},
    ),
    (
        "neg-no-overexpression-or-amp",
        "negation",
        BREAST + "HER2: no overexpression or amplification identified (IHC 1+; ISH not performed).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "neg-negative-for-list-then-her2",
        "negation",
        BREAST + "Tumour cells are negative for: ER, PR.\nHER2: 3+.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "neg-spanish-no-se-observa",
        "negation",
        MAMA + "No se observa sobreexpresión de HER2 (puntuación 0).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "neg-spanish-no-puede-descartarse",
        "negation",
        MAMA + "HER2 (IHC): 2+. No puede descartarse amplificación; se solicita FISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "neg-not-excluded-positive-word",
        "negation",
        GASTRIC + "HER2 positivity is not excluded on this small biopsy; HER2 IHC result pending.\n",
        NF,
        {},
    ),
    # 9 numbers that look like results
    (
        "num-blocks-a2-plus",
        "numbers",
        BREAST + "Blocks tested: A2+A3.\nHER2 IHC: 0.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "num-catalogue-no-result",
        "numbers",
        BREAST + "HER2 antibody: anti-HER2/neu (4B5), Ventana catalogue no. 790-2991, lot Z3A12.\n"
        "Result: see addendum.\n",
        NF,
        {},
    ),
    (
        "num-scale-definition-parenthesised",
        "numbers",
        BREAST + "HER2 IHC score: 1 (scale 0, 1+, 2+, 3+).\n",
        NEG_NF,
        {},
    ),
    (
        "num-scale-key-then-result",
        "numbers",
        BREAST + "Scoring key: 0 (no staining), 1+ (faint incomplete), 2+ (weak-moderate complete), "
        "3+ (strong complete).\nResult: HER2 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "num-intensity-distribution",
        "numbers",
        BREAST
        + "HER2 intensity distribution: 3+ 0%, 2+ 5%, 1+ 70%, 0 25%.\nFinal HER2 score: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "num-date-before-score",
        "numbers",
        BREAST + "HER2 IHC (performed 12/3/2024): 2+ (equivocal); FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "num-case-counts-in-comment",
        "numbers",
        GASTRIC + "HER2 IHC: 0.\nComment: in our series, 3+ was seen in 12 of 96 gastric biopsies (12.5%).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "num-signals-only-cep17-high",
        "numbers",
        BREAST
        + "HER2 FISH: mean HER2 2.1 signals/cell, mean CEP17 3.2 signals/cell, ratio 0.66; not amplified.\n",
        NEG,
        {},
    ),
    # 10 ctDNA
    (
        "ctdna-not-detected-low-fraction",
        "ctdna",
        "Liquid biopsy (plasma cfDNA), metastatic breast cancer.\n"
        "ERBB2 amplification: not detected; tumour fraction low (<1%).\n",
        NF,
        {"ngs.amplification": None},
    ),
    (
        "ctdna-mutation-at-0-1",
        "ctdna",
        "Plasma ctDNA panel. Gastric adenocarcinoma.\nERBB2 S310F detected at 0.1% VAF.\n"
        "No copy-number alterations detected.\n",
        NF,
        {},
    ),
    (
        "ctdna-vus-only",
        "ctdna",
        "cfDNA next-generation sequencing. Colorectal adenocarcinoma.\nVariants of uncertain significance: ERBB2 V777I (VAF 0.3%).\n",
        NF,
        {},
    ),
    (
        "ctdna-no-alterations-fraction-ok",
        "ctdna",
        "Liquid biopsy (cfDNA) - breast carcinoma.\nNo ERBB2 alterations detected. ctDNA fraction 12%.\n",
        NF,
        {"ngs.amplification": None},
    ),
    (
        "ctdna-amp-detected",
        "ctdna",
        "Plasma ctDNA (cfDNA) panel. Gastric adenocarcinoma.\nERBB2 amplification: DETECTED (plasma copy number 3.1).\n",
        POS,
        {},
    ),
    (
        "ctdna-spanish-no-se-detecta",
        "ctdna",
        "Biopsia líquida (ADN tumoral circulante). Adenocarcinoma gástrico.\n"
        "No se detecta amplificación de ERBB2. Fracción tumoral baja.\n",
        NF,
        {"ngs.amplification": None},
    ),
    # 11 pending + partial
    (
        "pend-2plus-fish-to-follow",
        "pending",
        BREAST + "HER2 IHC 2+; FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pend-fish-sent-out-alone",
        "pending",
        BREAST + "HER2 FISH sent out to reference laboratory.\n",
        NF,
        {},
    ),
    (
        "pend-3plus-fish-sent-for-confirmation",
        "pending",
        BREAST + "HER2 IHC: 3+. FISH sent out for confirmation.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "pend-1plus-fish-not-done",
        "pending",
        BREAST + "HER2 IHC: 1+. FISH will not be performed.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "pend-ihc-in-progress",
        "pending",
        GASTRIC + "HER2: pending (IHC in progress).\n",
        NF,
        {},
    ),
    (
        "pend-2plus-addendum",
        "pending",
        BREAST + "HER2 IHC: 2+ (equivocal). FISH result: addendum to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pend-spanish-2plus-pendiente",
        "pending",
        MAMA + "HER2 IHC 2+; FISH pendiente.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pend-spanish-enviado",
        "pending",
        MAMA + "Estudio de HER2 por FISH enviado a centro de referencia.\n",
        NF,
        {},
    ),
    # 12 bilingual
    (
        "bilingual-slash-call",
        "bilingual",
        MAMA + "HER2 / Receptor 2 del factor de crecimiento epidérmico humano: 1+ (negative / negativo)\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "bilingual-family-history",
        "bilingual",
        MAMA + "Family history / Antecedentes familiares: madre HER2 positivo.\nHER2 IHC / IHQ: 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

# Second batch: more variants of each family (and of the families the first batch found wrong).
CASES += [
    # 1 conditional
    (
        "cond-in-the-event-of",
        "conditional",
        GASTRIC
        + "HER2 IHC: 0.\nIn the event of a 2+ or 3+ result on the resection, trastuzumab may be considered.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "cond-assuming-amplified",
        "conditional",
        BREAST
        + "HER2 result awaited.\nAssuming HER2 amplification is confirmed, the MDT plan is neoadjuvant TCHP.\n",
        NF,
        {},
    ),
    (
        "cond-should-tumour-prove",
        "conditional",
        GASTRIC
        + "HER2 studies are in progress. Should the tumour prove HER2 3+, the oncologist will be informed.\n",
        NF,
        {},
    ),
    (
        "cond-spanish-de-ser",
        "conditional",
        GASTRICO + "HER2: estudio en curso.\nDe ser HER2 3+, se valorará tratamiento con trastuzumab.\n",
        NF,
        {},
    ),
    # 2 eligibility
    (
        "elig-screening-failure-1plus",
        "eligibility",
        BREAST + "Study screening: HER2-positive required (IHC 3+ or ISH ratio ≥ 2.0).\n"
        "Local result: HER2 IHC 1+ (negative). Screening failure.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "elig-cutoff-ngs-then-na",
        "eligibility",
        CRC
        + "Eligibility: ERBB2 amplification (copy number ≥ 6) or HER2 IHC 3+.\nHER2 IHC: not yet performed.\n",
        NF,
        {},
    ),
    (
        "elig-mountaineer-key-then-2plus",
        "eligibility",
        CRC + "Trial criteria: IHC 3+, or IHC 2+ with ISH amplification, or NGS ERBB2 amplification.\n"
        "Patient: HER2 IHC 2+; ISH pending.\n",
        EQV_NF,
        {},
    ),
    # 3 QA
    (
        "qa-audit-percent-3plus",
        "qa",
        GASTRIC + "HER2 IHC: 1+.\nAudit: 14% of gastric biopsies tested in 2024 were HER2 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "qa-ring-study",
        "qa",
        BREAST
        + "HER2 result pending.\nThe department took part in a HER2 ring study (samples scored 0, 1+, 2+ and 3+; 100% agreement).\n",
        NF,
        {},
    ),
    (
        "qa-second-pathologist-review-positive",
        "qa",
        BREAST + "HER2 IHC: 3+ (positive). Quality assurance review: 3+ confirmed by a second pathologist.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    # 4 another person
    (
        "person-father-gastric",
        "person",
        GASTRIC
        + "FHx: father with HER2 amplified gastric cancer.\nHER2 IHC on this biopsy: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "person-donor-spanish",
        "person",
        "Receptor de trasplante hepático. Biopsia hepática: adenocarcinoma.\n"
        "El carcinoma del donante era HER2 3+.\nHER2 en el tumor actual: pendiente.\n",
        NF,
        {},
    ),
    # 5 second primary
    (
        "second-metachronous-breast-in-gastric",
        "second_primary",
        GASTRIC
        + "HER2 (gastric scoring): 1+.\nMetachronous left breast carcinoma (2016): HER2 3+, treated with trastuzumab.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "second-separate-primary-pending",
        "second_primary",
        CRC
        + "HER2 testing on this tumour is pending.\nSeparate breast primary (right, 2021): HER2 amplified (ratio 4.1).\n",
        NF,
        {},
    ),
    (
        "second-spanish-sincrono",
        "second_primary",
        "Colon, hemicolectomía: adenocarcinoma.\nHER2 (IHQ): 0.\nCarcinoma de mama síncrono: HER2 3+ (informe aparte).\n",
        NEG,
        {"ihc.score": "0"},
    ),
    # 6 instructions
    (
        "instr-retest-advised-if",
        "instruction",
        BREAST
        + "HER2 IHC: 0.\nRetesting is advised if the excision shows a different morphology; 3+ foci can be focal.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "instr-reflex-policy-line",
        "instruction",
        GASTRIC
        + "Departmental policy: IHC 2+ cases are reflexed to SISH; 3+ cases are reported as positive.\n"
        "HER2 IHC on this biopsy: 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    # 7 tables
    (
        "table-previous-current-positive",
        "table",
        BREAST + "Marker        Previous (2019)     Current (2024)\nHER2 IHC      1+                  3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "table-prior-current-both-positive",
        "table",
        BREAST
        + "Marker        Prior biopsy (2019)     Current biopsy\nHER2 IHC      3+                      3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "table-spanish-prior-current",
        "table",
        MAMA
        + "Marcador      Biopsia previa (2019)     Biopsia actual\nHER2 (IHQ)    3+                        1+\n",
        NEG_NF,
        {},
    ),
    (
        "table-page-break-continued",
        "table",
        BREAST + "HER2 FISH ratio: 1.2 (not\n\f(continued from page 1) Surgical pathology\namplified)\n",
        NEG_NF,
        {},
    ),
    # 8 negation
    (
        "neg-does-not-exclude",
        "negation",
        BREAST + "HER2 IHC: 2+. The current result does not exclude amplification; ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "neg-spanish-no-se-descarta",
        "negation",
        MAMA + "HER2 (IHQ): 2+ (equívoco). No se descarta amplificación; pendiente de FISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "neg-spanish-no-excluye",
        "negation",
        GASTRICO + "HER2 (IHQ): 2+. Este resultado no excluye la amplificación del gen; se solicita SISH.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    # 9 numbers
    (
        "num-section-numbering",
        "numbers",
        BREAST + "3+ 4. Comment\nHER2 IHC: 1+.\n",
        NEG_NF,
        {},
    ),
    # 11 pending
    (
        "pend-spanish-1plus-no-fish",
        "pending",
        MAMA + "HER2 (IHQ): 1+. No se realiza FISH.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "pend-fish-reflexed-no-ihc",
        "pending",
        GASTRIC + "HER2 IHC equivocal; reflexed to FISH (pending).\n",
        EQV_NF,
        {},
    ),
]

# Third batch: other markers' scores, keys, relatives, Spanish advice and hypotheticals, more ctDNA.
CASES += [
    (
        "er-intensity-3plus",
        "numbers",
        BREAST
        + "ER: positive, 90% of cells, intensity 3+ (Allred 8).\nPR: positive, 20%, intensity 2+.\nHER2: pending.\n",
        NF,
        {},
    ),
    ("egfr-3plus-lung", "numbers", "Lung adenocarcinoma.\nEGFR IHC: 3+.\nHER2 IHC: 0.\n", NEG, {}),
    ("her3-3plus", "numbers", BREAST + "HER3 IHC: 3+ (research use).\nHER2 IHC: 1+.\n", NEG, {}),
    (
        "pdl1-cps",
        "numbers",
        GASTRIC + "PD-L1 (22C3) CPS: 3.\nClaudin 18.2: 2+/3+ in 80% of cells.\nHER2 IHC: 0.\n",
        NEG,
        {},
    ),
    (
        "claudin-3plus-her2-pending",
        "numbers",
        GASTRIC + "Claudin 18.2 (43-14A): positive, 3+ in 85% of tumour cells.\nHER2: to follow.\n",
        NF,
        {},
    ),
    (
        "table-er-pr-her2-row-shift",
        "table",
        BREAST + "ER       PR       HER2\n95%      40%      \n3+       2+       1+\n",
        NEG_NF,
        {},
    ),
    (
        "cep17-ratio-ref",
        "numbers",
        BREAST + "HER2 FISH: not amplified.\nReference: HER2/CEP17 ratio >= 2.0 is amplified.\n",
        NEG,
        {},
    ),
    (
        "fish-key-group1",
        "numbers",
        BREAST
        + "HER2 ISH result: Group 5, not amplified (ratio 1.2, 2.1 signals/cell).\nGroup 1 (ratio >= 2.0, >= 4 signals) = positive.\n",
        NEG,
        {},
    ),
    (
        "spanish-mother",
        "person",
        MAMA + "Madre fallecida por carcinoma de mama HER2 positivo (3+).\nHER2: pendiente de resultado.\n",
        NF,
        {},
    ),
    (
        "spanish-qa-ring",
        "qa",
        MAMA
        + "Participación en el programa de control de calidad externo (casos HER2 0, 1+, 2+ y 3+).\nHER2: ver informe complementario.\n",
        NF,
        {},
    ),
    (
        "spanish-elig",
        "eligibility",
        MAMA + "Para el ensayo se requiere HER2 3+ o amplificado.\nHER2 (IHQ): 1+.\n",
        NEG,
        {},
    ),
    (
        "spanish-instruction",
        "instruction",
        MAMA
        + "HER2 (IHQ): 0.\nSe sugiere repetir HER2 en la pieza quirúrgica por posible heterogeneidad (focos 3+).\n",
        NEG,
        {},
    ),
    (
        "spanish-hypothetical-sería",
        "conditional",
        MAMA + "HER2: pendiente.\nUn resultado 3+ sería indicación de tratamiento anti-HER2.\n",
        NF,
        {},
    ),
    (
        "result-of-3plus-would",
        "conditional",
        BREAST + "HER2: pending.\nA result of 3+ would make the patient eligible for trastuzumab.\n",
        NF,
        {},
    ),
    (
        "ctdna-amp-not-detected-tf-ok",
        "ctdna",
        "Plasma cfDNA (liquid biopsy). Breast cancer.\nERBB2 amplification: not detected (tumour fraction 18%).\n",
        NF,
        {},
    ),
    (
        "ctdna-spanish-detectada",
        "ctdna",
        "Biopsia líquida (ADN libre circulante). Adenocarcinoma gástrico.\nAmplificación de ERBB2: detectada.\n",
        POS,
        {},
    ),
    (
        "ctdna-cn-gain-low",
        "ctdna",
        "Liquid biopsy (cfDNA).\nERBB2 copy number gain (plasma CN 2.3), below the amplification threshold.\n",
        EQV_NF,
        {},
    ),
    ("pend-spanish-ihq-en-curso", "pending", GASTRIC + "HER2 (IHQ): en curso.\n", NF, {}),
    (
        "pend-2plus-dish-requested",
        "pending",
        GASTRIC + "HER2 IHC 2+ (moderate complete membrane staining in 20% of cells); DISH requested.\n",
        EQV,
        {},
    ),
    (
        "pend-amended-fish-later",
        "pending",
        BREAST + "HER2 IHC: 2+.\nAddendum (to follow): HER2 FISH.\n",
        EQV,
        {},
    ),
    (
        "neg-nor-amplification",
        "negation",
        BREAST + "Neither HER2 overexpression (IHC 1+) nor amplification was detected.\n",
        NEG,
        {},
    ),
    (
        "neg-not-3plus",
        "negation",
        BREAST + "HER2 IHC: not 3+; score 2+ (equivocal), FISH to follow.\n",
        EQV,
        {},
    ),
    (
        "neg-no-longer-positive",
        "negation",
        BREAST + "Post-neoadjuvant residual tumour: HER2 is no longer positive (IHC 1+).\n",
        NEG,
        {},
    ),
    (
        "num-ratio-in-date",
        "numbers",
        BREAST + "HER2 FISH performed 2.3.2024: not amplified (ratio 1.4).\n",
        NEG,
        {},
    ),
    ("num-accession-3plus", "numbers", BREAST + "Accession S24-3+ priority.\nHER2 IHC: 0.\n", NEG, {}),
    ("num-cores-count", "numbers", BREAST + "Cores: 3+ (three cores with tumour).\nHER2 IHC: 1+.\n", NEG, {}),
    (
        "person-husband",
        "person",
        BREAST + "Partner/husband had HER2 positive gastric cancer.\nHER2 IHC: 1+.\n",
        NEG,
        {},
    ),
    (
        "second-bilateral-other-side",
        "second_primary",
        "Left breast, core biopsy: invasive lobular carcinoma.\nHER2 IHC (left): 1+.\nRight breast carcinoma (2018): HER2 3+.\n",
        NEG,
        {},
    ),
    (
        "history-h-o-gastric",
        "second_primary",
        "Colon, biopsy: adenocarcinoma.\nH/O gastric cancer HER2 3+.\nHER2 IHC (colon): 0.\n",
        NEG,
        {},
    ),
]

# Fourth batch: quality figures (kappa, positivity rate), a bare 0 after a sample's name, checkboxes,
# scores ruled out by 'no cells with', Spanish keys and advice, more ctDNA.
CASES += [
    (
        "qa-positivity-rate",
        "qa",
        BREAST + "HER2 IHC: 0.\nLaboratory HER2 positivity rate (3+ or amplified) for 2024: 14.8%.\n",
        NEG,
        {},
    ),
    (
        "qa-kappa",
        "qa",
        BREAST
        + "HER2: result to follow.\nInterobserver agreement for HER2 3+ scoring in our department: kappa 0.82.\n",
        NF,
        {},
    ),
    (
        "qa-spanish-tasa",
        "qa",
        MAMA + "HER2 (IHQ): 1+.\nTasa de positividad HER2 (3+) del laboratorio en 2024: 15%.\n",
        NEG,
        {},
    ),
    (
        "subtype-her2-enriched",
        "numbers",
        BREAST + "Intrinsic subtype (PAM50): HER2-enriched.\nHER2 IHC: 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "prior-therapy-trastuzumab",
        "person",
        BREAST
        + "Clinical: previously treated with trastuzumab for HER2-positive disease (2019).\nHER2 IHC on this recurrence: 0.\n",
        NEG,
        {},
    ),
    ("dilution-ratio", "numbers", BREAST + "HER2 (clone 4B5, dilution 1:100): 0.\n", NEG, {}),
    (
        "fixation-numbers",
        "numbers",
        BREAST + "Cold ischaemia time < 1 h; fixation 6-72 h (compliant).\nHER2 IHC: 2+; ISH to follow.\n",
        EQV,
        {},
    ),
    (
        "spanish-legend-criteria",
        "numbers",
        MAMA + "HER2 (IHQ): 1+.\nCriterios: 0 y 1+ negativo; 2+ dudoso; 3+ positivo.\n",
        NEG,
        {},
    ),
    (
        "spanish-legend-only",
        "numbers",
        MAMA
        + "HER2: pendiente.\nInterpretación: 3+ positivo; 2+ indeterminado (se realiza ISH); 0-1+ negativo.\n",
        NF,
        {},
    ),
    (
        "hist-recurrence-same-her2",
        "second_primary",
        BREAST
        + "History: right breast carcinoma 2018, HER2 3+.\nCurrent biopsy (recurrence): HER2 IHC 1+, FISH not amplified (ratio 1.3).\n",
        NEG,
        {},
    ),
    (
        "mother-gastric-spanish-amp",
        "person",
        GASTRIC
        + "Antecedentes familiares: padre con adenocarcinoma gástrico HER2 amplificado.\nHER2 (IHQ): 0.\n",
        NEG,
        {},
    ),
    (
        "ctdna-prior-tissue",
        "ctdna",
        "Plasma cfDNA, metastatic breast cancer.\nERBB2 amplification: not detected.\nComment: ERBB2 amplification was previously detected in tissue (2022).\n",
        frozenset({"not_found", "positive"}),
        {},
    ),
    (
        "ctdna-spanish-vus",
        "ctdna",
        "Biopsia líquida (ADNc). Carcinoma de mama.\nERBB2 p.V777I: variante de significado incierto (VAF 0,4%).\n",
        NF,
        {},
    ),
    (
        "ctdna-german-like-en",
        "ctdna",
        "Liquid biopsy, cfDNA NGS. Gastric adenocarcinoma.\nERBB2: no amplification detected; ctDNA fraction 0.5% (low).\n",
        NF,
        {},
    ),
    (
        "instr-clinician-confirm-3plus",
        "instruction",
        GASTRIC
        + "HER2 IHC: 3+ (positive) in the biopsy; confirmation on the resection is at the clinician's discretion.\n",
        POS,
        {},
    ),
    (
        "instr-en-caso-de-2plus",
        "instruction",
        GASTRIC + "HER2 (IHQ): 1+ (negativo). En caso de 2+ en la pieza quirúrgica, se realizará SISH.\n",
        NEG,
        {},
    ),
    ("instr-spanish-se-aconseja", "instruction", MAMA + "HER2: 2+. Se aconseja estudio de FISH.\n", EQV, {}),
    (
        "table-columns-her2-er-shift",
        "table",
        BREAST + "Marker   Result\nHER2     \nER       Positive (90%), intensity 3+\n",
        NF,
        {},
    ),
    (
        "table-checkbox-3plus-unmarked",
        "table",
        BREAST + "HER2 IHC score:  [ ] 0   [ ] 1+   [X] 2+   [ ] 3+\nISH: pending\n",
        EQV,
        {},
    ),
    (
        "table-checkbox-3plus-marked",
        "table",
        BREAST + "HER2 IHC score:  [ ] 0   [ ] 1+   [ ] 2+   [X] 3+\n",
        POS,
        {},
    ),
    (
        "neg-negative-for-overexpression",
        "negation",
        BREAST + "Tumour cells are negative for HER2 overexpression (score 1+).\n",
        NEG,
        {},
    ),
    (
        "neg-no-3plus-cells",
        "negation",
        BREAST + "HER2 IHC 2+: no cells with 3+ staining identified; FISH to follow.\n",
        EQV,
        {},
    ),
    (
        "neg-spanish-sin-amplificacion",
        "negation",
        MAMA + "HER2 (ISH): sin amplificación (cociente 1,2).\n",
        NEG,
        {},
    ),
    (
        "neg-not-amplified-but-polysomy",
        "negation",
        BREAST + "HER2 FISH: not amplified (ratio 1.1); polysomy 17 present (CEP17 3.4).\n",
        NEG,
        {},
    ),
    (
        "num-her2-cep17-signals-20-cells",
        "numbers",
        BREAST
        + "HER2 FISH: 20 cells counted; HER2 signals 46, CEP17 signals 40; ratio 1.15; not amplified.\n",
        NEG,
        {},
    ),
    (
        "num-oncotype-her2",
        "numbers",
        BREAST + "Oncotype DX: Recurrence Score 18. HER2 single-gene score 9.2 (Negative).\n",
        NEG_NF,
        {},
    ),
    (
        "pend-3plus-awaiting-review",
        "pending",
        BREAST + "HER2 IHC: 3+ (preliminary, awaiting second review).\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
    ("pend-spanish-2plus-sish", "pending", GASTRIC + "HER2 (IHQ): 2+. SISH en curso.\n", EQV, {}),
    (
        "cond-criteria-ngs-would",
        "conditional",
        "Colorectal adenocarcinoma, NGS panel.\nERBB2 copy number 3.1 (gain). A copy number of 6 or more would be reported as amplified.\n",
        EQV_NF,
        {},
    ),
    (
        "cond-eligible-if-3plus-spanish",
        "conditional",
        GASTRIC + "HER2 (IHQ): 0. Sería candidato a trastuzumab solo con HER2 3+ o 2+/ISH+.\n",
        NEG,
        {},
    ),
]

# Fifth batch: page headers and breaks, flattened columns, more ctDNA and pending forms.
HEADER = "ACME PATHOLOGY LABORATORY          Patient: DOE, JANE          MRN 0012345\n"
CASES += [
    (
        "page-header-repeated-result-p2",
        "table",
        HEADER
        + BREAST
        + "Biomarkers: see page 2.\n\x0c"
        + HEADER
        + "HER2 IHC (4B5): 1+ (negative)\nER: positive (95%)\n",
        NEG,
        {},
    ),
    (
        "page-header-split-label-value",
        "table",
        HEADER
        + BREAST
        + "HER2 IHC (4B5):\n\x0c"
        + HEADER
        + "3+ (positive), complete strong staining in 90% of cells\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
    (
        "page-footer-legend-p1",
        "table",
        BREAST
        + "HER2 IHC: 2+ (equivocal)\nScoring per ASCO/CAP 2018: 3+ positive; 2+ equivocal; 0-1+ negative.\n\x0cHER2 FISH: not amplified, ratio 1.4, mean HER2 3.1.\n",
        NEG,
        {},
    ),
    (
        "flattened-two-specimens",
        "table",
        "Specimen A (right breast core)        Specimen B (left breast core)\nHER2 IHC: 0                           HER2 IHC: 3+\n",
        frozenset({"positive", "negative", "equivocal", "not_found"}),
        {},
    ),
    (
        "flattened-result-and-control",
        "table",
        BREAST + "HER2 IHC: 1+ (negative)          External control (3+ cell line): appropriate\n",
        NEG,
        {},
    ),
    (
        "flattened-result-and-prior",
        "table",
        BREAST + "HER2 IHC today: 1+            Prior core (2019, other lab): 3+\n",
        NEG_NF,
        {},
    ),
    (
        "ctdna-tf-not-reported",
        "ctdna",
        "Plasma ctDNA. Colorectal adenocarcinoma.\nERBB2: not detected. Tumour fraction: not reported.\n",
        NF,
        {},
    ),
    (
        "ctdna-amp-borderline",
        "ctdna",
        "cfDNA liquid biopsy. Breast cancer.\nERBB2 amplification: equivocal (plasma CN 2.1).\n",
        EQV_NF,
        {},
    ),
    (
        "ctdna-maf-0-1-ERBB2-amp-nd",
        "ctdna",
        "Liquid biopsy. Gastric cancer.\nTP53 R175H detected at 0.1% VAF. ERBB2 amplification not detected.\n",
        NF,
        {},
    ),
    (
        "pend-ihc-3plus-ish-requested-spanish",
        "pending",
        MAMA + "HER2 (IHQ): 3+. Se ha solicitado ISH de confirmación.\n",
        POS,
        {},
    ),
    (
        "pend-only-order-with-score-query",
        "pending",
        BREAST + "Request: HER2 FISH on block A2 (IHC 2+?).\n",
        EQV_NF,
        {},
    ),
    (
        "pend-ihc-failed-repeat",
        "pending",
        BREAST + "HER2 IHC: failed (no staining of internal or external controls); repeat requested.\n",
        NF,
        {},
    ),
    (
        "pend-partial-fish-no-ihc",
        "pending",
        GASTRIC + "HER2 FISH: amplified (ratio 3.9). HER2 IHC to follow.\n",
        POS,
        {},
    ),
    (
        "neg-not-detected-amp-spanish-table",
        "negation",
        "Panel NGS (tejido). Adenocarcinoma de pulmón.\nGen      Alteración        Resultado\nERBB2    Amplificación     No detectada\n",
        NEG_NF,
        {},
    ),
    ("neg-amp-absent", "negation", BREAST + "HER2 gene amplification: absent (ratio 1.0).\n", NEG, {}),
    (
        "num-signals-per-nucleus-alone",
        "numbers",
        BREAST + "HER2 SISH: mean 2.4 signals per nucleus.\n",
        NEG_NF,
        {},
    ),
    (
        "num-score-of-list",
        "numbers",
        BREAST + "HER2 IHC scores (0, 1+, 2+, 3+) are reported per ASCO/CAP.\nHER2 IHC: 0 (no staining).\n",
        NEG,
        {},
    ),
    (
        "relative-hereditary-clinic",
        "person",
        BREAST
        + "Referred by the hereditary cancer clinic: BRCA2 carrier; two aunts with HER2-positive breast cancer.\nHER2 pending.\n",
        NF,
        {},
    ),
    (
        "trial-arm-description",
        "eligibility",
        GASTRIC + "HER2 IHC: 1+.\nThe trial's cohort 2 enrols HER2 IHC 3+ or 2+/ISH+ gastric cancers.\n",
        NEG,
        {},
    ),
    (
        "hypo-question-mark",
        "conditional",
        BREAST + "HER2: 3+? - to be confirmed on repeat staining.\n",
        EQV_NF,
        {},
    ),
]

# Sixth batch: Spanish and bilingual forms of families 1-11.
HIGADO = "Hígado, biopsia: metástasis de adenocarcinoma de origen colorrectal.\n"
CASES += [
    (
        "es-cond-si-fuera-3plus-with-result",
        "spanish",
        MAMA + "HER2 (IHQ): 0.\nSi fuera 3+, estaría indicado trastuzumab.\n",
        NEG,
        {},
    ),
    (
        "es-cond-pacientes-con",
        "spanish",
        GASTRICO
        + "HER2: en estudio.\nLos pacientes con tumores HER2 3+ o 2+/ISH+ son candidatos a trastuzumab.\n",
        NF,
        {},
    ),
    (
        "es-elig-requisito",
        "spanish",
        HIGADO
        + "Requisito del ensayo: amplificación de ERBB2 (número de copias ≥ 6) o HER2 IHQ 3+.\nHER2 IHQ: no realizado.\n",
        NF,
        {},
    ),
    (
        "es-qa-nuestra-serie",
        "spanish",
        GASTRICO
        + "HER2 (IHQ): 1+.\nEn nuestra serie, el 3+ se observa en el 12% de las biopsias gástricas.\n",
        NEG,
        {},
    ),
    (
        "es-qa-concordancia-central",
        "spanish",
        MAMA + "HER2 pendiente.\nConcordancia con la revisión central en casos HER2 3+: 97%.\n",
        NF,
        {},
    ),
    (
        "es-person-donante",
        "spanish",
        HIGADO
        + "Paciente trasplantado. El tumor del donante era HER2 3+.\nHER2 (IHQ) del tumor actual: 0.\n",
        NEG,
        {},
    ),
    (
        "es-second-otro-primario",
        "spanish",
        HIGADO + "Otro primario: carcinoma de mama (2017), HER2 3+.\nHER2 en la metástasis: pendiente.\n",
        NF,
        {},
    ),
    (
        "es-instr-se-recomienda-repetir",
        "spanish",
        GASTRICO
        + "HER2 (IHQ): 1+.\nSe recomienda repetir el estudio en la pieza de gastrectomía, ya que los focos 3+ pueden ser focales.\n",
        NEG,
        {},
    ),
    (
        "es-table-previa-actual-pos",
        "spanish",
        MAMA
        + "Marcador      Biopsia previa (2019)     Biopsia actual\nHER2 (IHQ)    1+                        3+\n",
        POS,
        {},
    ),
    ("es-neg-ausencia", "spanish", MAMA + "Ausencia de sobreexpresión de HER2 (puntuación 1+).\n", NEG, {}),
    (
        "es-neg-ni-ni",
        "spanish",
        MAMA + "No se observa sobreexpresión (IHQ 1+) ni amplificación de HER2.\n",
        NEG,
        {},
    ),
    (
        "es-neg-sin-celulas-3plus",
        "spanish",
        MAMA + "HER2 (IHQ): 2+, sin células con tinción 3+; pendiente de FISH.\n",
        EQV,
        {},
    ),
    ("es-num-bloque", "spanish", MAMA + "Bloque estudiado: A2.\nHER2 (IHQ): 0.\n", NEG, {}),
    (
        "es-ctdna-no-detectada",
        "spanish",
        "Biopsia líquida (ADNtc). Cáncer de mama metastásico.\nAmplificación de ERBB2: no detectada.\n",
        NF,
        {},
    ),
    ("es-pend-2plus-fish-curso", "spanish", MAMA + "HER2: 2+ (indeterminado). FISH en curso.\n", EQV, {}),
    ("es-pend-enviado-solo", "spanish", GASTRICO + "HER2: muestra enviada a laboratorio externo.\n", NF, {}),
    ("bi-label-slash-3plus", "bilingual", MAMA + "HER2 IHC / IHQ: 3+ (positive / positivo)\n", POS, {}),
    (
        "bi-qa-bilingual",
        "bilingual",
        MAMA
        + "External quality assessment / Control de calidad externo: HER2 3+ cases 100% concordant.\nHER2 IHC / IHQ: 1+.\n",
        NEG,
        {},
    ),
]
