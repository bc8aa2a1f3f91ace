"""Trap phrase families written blind of the labelled sets (probe14, session 14).

Weighted to the unsafe direction: a value read as the patient's current positive result when it
is not. Families: filled-in forms (check boxes, ballot boxes, Yes/No columns, OCR'd boxes, keys
that print every category), antibody/probe/kit names and catalogue, block, slide, run and
accession numbers beside a score, multi-marker rows (ER | PR | HER2 | Ki-67, PD-L1 TPS/CPS, a Ki-67
or PD-L1 "3+" beside HER2), interpretation sentences that overrule the number (cytoplasmic or
edge/crush artefact, stain failed, not reportable), HER2 protein vs gene vs mutation on one line,
a result reported elsewhere or repeated, and Spanish/Portuguese forms of them. Each case: (id,
family, text, allowed statuses, expected key fields); a key field is a dotted path into
``ExplainResult.to_dict()``. Where the report leaves room, not_found is an allowed reading of a
trap; positive never is unless the case's current result is positive.
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NEG_NF, NF, NOT_POS, POS, POS_NF
from .probe_runner import ProbeCase as Case

BR = "Left breast, ultrasound-guided core biopsy: invasive ductal carcinoma, grade 3.\n"
GA = "Gastric antrum, biopsy: adenocarcinoma, diffuse and intestinal type.\n"
CRC = "Sigmoid colon, resection: adenocarcinoma, moderately differentiated, pT3 N1.\n"
LU = "Lung, right upper lobe, CT-guided biopsy: adenocarcinoma, acinar predominant.\n"
BR_ES = "Mama izquierda, biopsia con aguja gruesa: carcinoma ductal infiltrante, grado 3.\n"
BR_PT = "Mama esquerda, biópsia por agulha grossa: carcinoma ductal invasivo, grau 3.\n"

FORMS: list[Case] = [
    (
        "form-underscore-x-eqv",
        "form",
        BR + "HER2 by immunohistochemistry (check one):\n"
        "___ Negative (Score 0)\n___ Negative (Score 1+)\n_X_ Equivocal (Score 2+)\n___ Positive (Score 3+)\n"
        "Reflex ISH ordered.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "form-checkmark-neg",
        "form",
        BR + "HER2 IHC interpretation\n✓ Negative (0 / 1+)\n   Equivocal (2+)\n   Positive (3+)\n",
        NEG_NF,
        {},
    ),
    (
        "form-ballot-check-neg-one-line",
        "form",
        BR + "HER2 status (IHC):  ☐ Positive (3+)   ☐ Equivocal (2+)   ☑ Negative (1+)   ☐ Negative (0)\n",
        NEG_NF,
        {},
    ),
    (
        "form-yes-no-columns",
        "form",
        BR + "HER2 IHC                 Yes    No\n"
        "Positive (3+)            [ ]    [X]\n"
        "Equivocal (2+)           [ ]    [X]\n"
        "Negative (0 or 1+)       [X]    [ ]\n",
        NEG_NF,
        {},
    ),
    (
        "form-ocr-l-boxes",
        "form",
        BR
        + "HER2 (IHC)\n[ l Positive (Score 3+)\n[ l Equivocal (Score 2+)\n[Xl Negative (Score 1+)\n[ l Negative (Score 0)\n",
        NEG_NF,
        {},
    ),
    (
        "form-x-after-option",
        "form",
        BR + "HER2 IHC:  Positive (3+) ____   Equivocal (2+) ____   Negative (0-1+)  X\n",
        NEG_NF,
        {},
    ),
    (
        "form-parens-lower-x-neg",
        "form",
        BR + "HER2 immunostain:\n( ) 3+ positive\n( ) 2+ equivocal\n(x) 1+ negative\n( ) 0 negative\n",
        NEG_NF,
        {},
    ),
    (
        "form-square-empty-pos-filled-neg",
        "form",
        BR + "HER2 (4B5)\n□ 3+  Positive\n□ 2+  Equivocal\n■ 0   Negative\n□ 1+  Negative\n",
        NEG_NF,
        {},
    ),
    (
        "form-key-every-category-then-score",
        "form",
        BR + "HER2 IHC scoring key: 0 and 1+ = Negative; 2+ = Equivocal (reflex ISH); 3+ = Positive.\n"
        "HER2 IHC score: 1+\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "form-blank-form-with-key",
        "form",
        BR + "HER2 IHC result: ______\n"
        "(Negative = 0/1+; Equivocal = 2+; Positive = 3+ - complete intense membrane staining in >10%)\n",
        NF,
        {},
    ),
    (
        "form-ish-yes-no",
        "form",
        BR + "HER2 ISH (dual probe)\nAmplified:      Yes [ ]   No [X]\n"
        "HER2/CEP17 ratio: 1.4\nAverage HER2 copies per cell: 2.9\n",
        NEG,
        {},
    ),
    (
        "form-near-miss-x-positive",
        "form",
        BR + "HER2 IHC (check one)\n[ ] 0  Negative\n[ ] 1+ Negative\n[ ] 2+ Equivocal\n[X] 3+ Positive\n"
        "Complete, intense membrane staining in 95% of invasive tumour cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "form-near-miss-checkmark-positive",
        "form",
        BR + "HER2 IHC interpretation\n   Negative (0 / 1+)\n   Equivocal (2+)\n✓ Positive (3+)\n"
        "Comment: uniform strong complete membranous staining.\n",
        POS_NF,
        {},
    ),
]

NAMES_NUMBERS: list[Case] = [
    (
        "num-sp3-catalogue",
        "names_numbers",
        BR + "HER2 (clone SP3, rabbit monoclonal; cat. no. RM-9103-S, lot 3+05A): score 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "num-a0485-polyclonal",
        "names_numbers",
        BR + "c-erbB-2 (Dako A0485, polyclonal, 1:300): 0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "num-pathway-catalogue",
        "names_numbers",
        BR + "Antibody: PATHWAY anti-HER2/neu (4B5) Rabbit Monoclonal Primary Antibody (Ventana 790-2991)\n"
        "Platform: BenchMark ULTRA, protocol 3\nResult: 0 (no staining)\n",
        NEG_NF,
        {},
    ),
    (
        "num-zytolight-probe",
        "names_numbers",
        BR + "HER2 FISH: ZytoLight SPEC ERBB2/CEN 17 Dual Color Probe (Z-2020-200)\n"
        "Mean ERBB2 signals/cell 2.6; mean CEN 17 signals/cell 2.0; ERBB2/CEN 17 ratio 1.3\n"
        "Interpretation: not amplified.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "num-accession-ratio-like",
        "names_numbers",
        BR + "HER2 FISH (accession 2.3-0091): sent to reference laboratory; result to follow.\n",
        NF,
        {},
    ),
    (
        "num-slide-2plus3",
        "names_numbers",
        BR + "Slides 2+3 reviewed for HER2 immunostain. HER2 IHC: pending.\n",
        NF,
        {},
    ),
    (
        "num-blocks-a2-plus-a3",
        "names_numbers",
        BR + "HER2 IHC performed on blocks A2+A3: score 0, no staining.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "num-run-number",
        "names_numbers",
        BR + "HER2 (HercepTest, Dako SK001), run #3+2 / 2026: 1+ (negative)\n",
        NEG,
        {},
    ),
    (
        "num-inform-dual-ish",
        "names_numbers",
        BR + "INFORM HER2 Dual ISH DNA Probe Cocktail (Ventana 800-4422)\n"
        "HER2 signals: 84; Chr17 signals: 62 (20 nuclei)\nHER2/Chr17 ratio: 1.35; mean HER2 4.2\n"
        "Result: NOT AMPLIFIED (Group 5)\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "num-clone-only-no-result",
        "names_numbers",
        BR + "HER2 testing: requested. Clone to be used: 4B5. Ventana 790-2991. Controls: 3+ cell line.\n",
        NF,
        {},
    ),
    (
        "num-near-miss-cb11-3plus",
        "names_numbers",
        BR + "HER2/neu (CB11, Leica NCL-L-CB11): 3+ (strong complete membrane staining, 70%). POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# a control's score inside the HER2 name's bracket, or right beside a control word
CONTROL_INLINE: list[Case] = [
    (
        "ctl-bracket-slide-controls-3plus",
        "control_inline",
        BR + "HER2 IHC slide A3 (3+ controls on slide): score 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-bracket-3plus-control-then-0",
        "control_inline",
        BR + "HER2 IHC (3+ control on slide): 0\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-bracket-cell-line-control",
        "control_inline",
        BR + "HER2 IHC (with 3+ cell-line control): score 1+\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-bracket-controls-list",
        "control_inline",
        BR + "HER2 IHC (controls: 3+ and 0, as expected): 1+\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-word-before-score",
        "control_inline",
        BR + "HER2 IHC: control 3+, tumour 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-bracket-on-slide-control",
        "control_inline",
        BR + "HER2 (4B5) [on-slide control: 3+]: 1+\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-es-control-en-parentesis",
        "control_inline",
        BR_ES + "HER2 IHQ (controles 3+ y 0 en el mismo portaobjetos): 1+, negativo.\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-pt-controle-entre-parenteses",
        "control_inline",
        BR_PT + "HER2 IHQ (controle 3+ na mesma lâmina): escore 0.\n",
        NEG_NF,
        {},
    ),
    (
        "ctl-near-miss-controls-appropriate-bracket",
        "control_inline",
        BR + "HER2 IHC: 3+ (controls appropriate); strong complete membrane staining in 90%.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ctl-near-miss-clone-bracket-controls",
        "control_inline",
        BR + "HER2 IHC (4B5; controls satisfactory): 3+, positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ctl-near-miss-control-0-after-3plus",
        "control_inline",
        BR + "HER2 IHC: 3+ positive (negative control 0, appropriate).\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

MULTI_MARKER: list[Case] = [
    (
        "mm-pipe-row-shift-ki67",
        "multi_marker",
        BR + "ER | PR | HER2 | Ki-67\n"
        "Positive, 95% strong | Positive, 60% | | 3+ (high, 40%)\n"
        "HER2 to follow in addendum.\n",
        NOT_POS,
        {},
    ),
    (
        "mm-row-her2-blank-then-pdl1",
        "multi_marker",
        GA + "Biomarker   HER2   PD-L1 (22C3) CPS   MMR\n"
        "Result      -      10                 proficient\n"
        "Comment: HER2 to be reported separately.\n",
        NF,
        {},
    ),
    (
        "mm-pdl1-tc-3plus",
        "multi_marker",
        LU + "PD-L1 (SP263): positive, 3+ membrane staining in 60% of tumour cells (TC 60%).\n"
        "HER2 IHC (4B5): 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "mm-pdl1-tps-then-her2-pending",
        "multi_marker",
        LU + "PD-L1 22C3: TPS 3%.  ALK (D5F3): negative.  ROS1: negative.  HER2: not performed.\n",
        NF,
        {},
    ),
    (
        "mm-ki67-3plus-her2-neg",
        "multi_marker",
        BR + "Ki-67: 3+ (high proliferation). ER 0. PR 0. HER2: negative (score 1+).\n",
        NEG,
        {},
    ),
    (
        "mm-er-pr-scores-her2-word",
        "multi_marker",
        BR + "ER (SP1): 3+, 95%   PR (1E2): 2+, 40%   HER2 (4B5): negative   Ki-67: 25%\n",
        NEG,
        {},
    ),
    (
        "mm-columns-shifted-values-next-line",
        "multi_marker",
        BR + "Marker      ER       PR       HER2      Ki-67\n"
        "Intensity   3+       2+       0         n/a\n"
        "Percent     90%      30%      0%        15%\n",
        NEG_NF,
        {},
    ),
    (
        "mm-cps-10-her2-0",
        "multi_marker",
        GA + "PD-L1 (22C3) CPS 10; HER2 (4B5) 0; Claudin 18.2 (43-14A) 2+/3+ in 80% - positive.\n",
        NEG,
        {},
    ),
    (
        "mm-near-miss-row-her2-3plus",
        "multi_marker",
        BR + "ER | PR | HER2 | Ki-67\n0% | 0% | 3+ | 50%\n",
        POS_NF,
        {},
    ),
]

OVERRULED: list[Case] = [
    (
        "ov-cytoplasmic-not-scored",
        "overruled",
        BR + "HER2 IHC: strong staining (3+ intensity) was seen, however it was cytoplasmic and not "
        "membranous and cannot be scored. HER2 status could not be determined on this sample; "
        "repeat on the excision is advised.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-although-scored-3plus-cytoplasmic",
        "overruled",
        BR + "HER2: Although initially scored 3+, the staining is cytoplasmic rather than membranous; "
        "not scored. Result: uninterpretable.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-edge-artefact-central-1plus",
        "overruled",
        BR + "HER2 IHC: strong complete staining is confined to the edge of the core (edge artefact) and "
        "is disregarded; the centre of the tumour shows weak incomplete staining in 15% of cells. "
        "Score: 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "ov-crush-artefact-repeat",
        "overruled",
        BR + "HER2 (4B5): apparent 3+ staining is present only in crushed tumour; crush artefact. "
        "Not interpretable - repeat on a further block requested.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-stain-failed-control",
        "overruled",
        BR + "HER2 IHC: 3+\nComment: stain failed QC - the external control was not acceptable. "
        "The result is not reportable and the stain is being repeated.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-result-not-reportable-dash",
        "overruled",
        BR + "HER2 IHC score: 3+ - result not reportable (control failure); repeat to follow.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-retraction-artefact",
        "overruled",
        BR + "HER2 IHC: uninterpretable. Membrane-like staining (3+ pattern) seen only around retraction "
        "artefact spaces; no true membrane staining can be assessed.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-next-sentence-not-interpretable",
        "overruled",
        BR + "HER2 IHC: 3+. Not interpretable.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-next-sentence-stain-failed",
        "overruled",
        BR + "HER2 IHC (4B5): 3+. The stain failed; repeat on block B1 requested.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-semicolon-not-interpretable",
        "overruled",
        BR + "HER2 IHC: 3+; not interpretable (control failure).\n",
        NOT_POS,
        {},
    ),
    (
        "ov-next-line-verdict",
        "overruled",
        BR + "HER2 IHC: 3+\nNot interpretable - external control failed; stain to be repeated.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-note-control-not-adequate",
        "overruled",
        BR + "HER2 IHC: 3+. Note: the external control was not adequate; the result is not reportable.\n",
        NOT_POS,
        {},
    ),
    (
        "ov-near-miss-er-stain-failed",
        "overruled",
        BR + "HER2 IHC: 3+, positive. The ER stain failed and will be repeated.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ov-near-miss-fish-not-interpretable",
        "overruled",
        BR + "HER2 IHC: 3+, positive. FISH: not interpretable (insufficient signals).\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ov-near-miss-lvi-not-assessed",
        "overruled",
        BR + "HER2 IHC: 3+, positive. Lymphovascular invasion could not be assessed.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ov-near-miss-initial-stain-failed",
        "overruled",
        BR + "HER2 IHC: 3+, positive. The initial stain failed and was repeated on block B with "
        "appropriate controls.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ov-near-miss-edge-noted-but-3plus",
        "overruled",
        BR + "HER2 IHC: focal edge artefact noted; away from the edge the invasive tumour shows intense "
        "complete membrane staining in 80% of cells. Score 3+, POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ov-near-miss-cytoplasmic-ignored-1plus",
        "overruled",
        BR + "HER2: background cytoplasmic staining ignored; faint incomplete membrane staining in 20% "
        "of tumour cells. Score 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

GENE_PROTEIN: list[Case] = [
    (
        "gp-s310f-amp-not-detected",
        "gene_protein",
        "Tumour NGS panel, colorectal adenocarcinoma.\nERBB2 S310F detected (VAF 12%); ERBB2 "
        "amplification not detected.\n",
        NEG_NF,
        {},
    ),
    (
        "gp-mutant-ihc-0",
        "gene_protein",
        LU + "HER2-mutant (ERBB2 exon 20 insertion, A775_G776insYVMA). HER2 IHC: 0.\n",
        NEG_NF,
        {},
    ),
    (
        "gp-exon20-not-positive",
        "gene_protein",
        LU + "NGS: ERBB2 (HER2) exon 20 insertion detected (p.Y772_A775dup). Note: a HER2 mutation is "
        "not the same as HER2 positivity (overexpression/amplification), which was not tested.\n",
        NOT_POS,
        {},
    ),
    (
        "gp-mutation-positive-word",
        "gene_protein",
        LU + "ERBB2 mutation: POSITIVE (V777L, exon 20). ERBB2 copy number: 2.1 (not amplified).\n",
        NEG_NF,
        {},
    ),
    (
        "gp-her2-positive-nsclc-mutation",
        "gene_protein",
        LU + "Molecular summary: HER2 mutation-positive NSCLC (ERBB2 G776delinsVC). ERBB2 amplification: "
        "not detected. HER2 IHC not performed.\n",
        NEG_NF,
        {},
    ),
    (
        "gp-her2-status-mutated",
        "gene_protein",
        LU + "HER2 (ERBB2) status: mutated (exon 20 insertion). Amplification and protein expression not "
        "assessed.\n",
        NOT_POS,
        {},
    ),
    (
        "gp-activating-mutation-amp-negative",
        "gene_protein",
        BR + "ERBB2 activating mutation (L755S) detected. ERBB2 amplification: negative. HER2 IHC 1+.\n",
        NEG,
        {},
    ),
    (
        "gp-near-miss-amp-detected-mut-not",
        "gene_protein",
        "Tumour NGS panel, gastric adenocarcinoma.\nERBB2 amplification detected (copy number 18). "
        "ERBB2 mutation: not detected.\n",
        POS,
        {},
    ),
]

ELSEWHERE: list[Case] = [
    (
        "else-node-primary-3plus-node-1plus",
        "elsewhere",
        "Axillary lymph node, excision: metastatic carcinoma (2/3 nodes).\n"
        "The breast primary was HER2 3+ (see report S26-1234). HER2 on the nodal metastasis: 1+ "
        "(negative), discordant with the primary.\n",
        NEG,
        {},
    ),
    (
        "else-outside-3plus-repeat-here-0",
        "elsewhere",
        "Breast, left, mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 8 mm.\n"
        "Per outside report, pre-treatment biopsy HER2 3+. Repeated here on the residual tumour: HER2 "
        "IHC 0.\n",
        NEG,
        {},
    ),
    (
        "else-see-accession-node-0",
        "elsewhere",
        "Axillary lymph node, core biopsy: metastatic carcinoma.\n"
        "HER2 3+ (see S26-1234 for the breast primary); HER2 on this node: 0.\n",
        NEG,
        {},
    ),
    (
        "else-es-ver-informe",
        "elsewhere",
        "Ganglio linfático axilar: metástasis de carcinoma.\nHER2 3+ (ver informe B26-0456). En la "
        "metástasis ganglionar: HER2 1+ (negativo).\n",
        NEG,
        {},
    ),
    (
        "else-external-laboratory-label",
        "elsewhere",
        BR + "External laboratory: HER2 3+. Our review of the same slides: HER2 1+, negative.\n",
        NEG,
        {},
    ),
    (
        "else-es-laboratorio-remitente",
        "elsewhere",
        BR_ES + "Laboratorio remitente: HER2 3+. Nuestra revisión: HER2 1+ (negativo).\n",
        NEG,
        {},
    ),
    (
        "else-near-miss-see-report-only-value",
        "elsewhere",
        BR + "HER2 IHC: 3+ (see report S26-1234 for the ISH result), positive.\n",
        POS,
        {},
    ),
    (
        "else-outside-3plus-not-repeated",
        "elsewhere",
        "Breast, left, mastectomy after neoadjuvant chemotherapy: residual invasive carcinoma, 8 mm.\n"
        "Per outside report, HER2 3+; not repeated here.\n",
        POS_NF,
        {},
    ),
    (
        "else-node-see-primary-3plus",
        "elsewhere",
        "Sentinel lymph node, biopsy: metastatic carcinoma, 4 mm.\n"
        "Receptors: ER, PR and HER2 (3+) were reported on the breast primary (see S26-1234); not "
        "repeated on the node.\n",
        POS_NF,
        {},
    ),
    (
        "else-other-lab-3plus-ours-2plus",
        "elsewhere",
        BR + "Referring laboratory HER2: 3+ (their report, 02/2026). Our HER2 IHC on the same block: "
        "2+, equivocal; FISH requested.\n",
        EQV_NF,
        {},
    ),
    (
        "else-metastasis-retest-1plus-primary-3plus",
        "elsewhere",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 IHC (retested on this metastasis): 1+. "
        "For comparison, the 2019 primary tumour was HER2 3+ (report S19-8871).\n",
        NEG,
        {},
    ),
]

ROMANCE: list[Case] = [
    (
        "es-form-x-negativo",
        "romance",
        BR_ES + "HER2 (IHQ):\n( ) Positivo (3+)\n( ) Dudoso (2+)\n(X) Negativo (1+)\n( ) Negativo (0)\n",
        NEG_NF,
        {},
    ),
    (
        "es-form-si-no",
        "romance",
        BR_ES + "HER2 sobreexpresión (3+):  Sí [ ]   No [X]\nHER2 puntuación: 1+\n",
        NEG,
        {},
    ),
    (
        "es-citoplasmatica-no-valorable",
        "romance",
        BR_ES + "HER2: tinción intensa (3+) citoplasmática, no membranosa; no valorable. Se repetirá en "
        "la pieza quirúrgica.\n",
        NOT_POS,
        {},
    ),
    (
        "es-artefacto-borde",
        "romance",
        BR_ES + "HER2 (4B5): tinción completa en el borde de la muestra (artefacto de borde), no "
        "valorada. Resto del tumor: 1+. Resultado: negativo.\n",
        NEG,
        {},
    ),
    (
        "es-mutacion-no-amplificacion",
        "romance",
        "Carcinoma de pulmón. Secuenciación de nueva generación: mutación de ERBB2 (inserción en el "
        "exón 20) detectada; amplificación de ERBB2 no detectada.\n",
        NEG_NF,
        {},
    ),
    (
        "es-tincion-fallida",
        "romance",
        BR_ES + "HER2 IHQ: 3+. Nota: el control externo no fue adecuado; resultado no valorable, se "
        "repite la técnica.\n",
        NOT_POS,
        {},
    ),
    (
        "es-segun-informe-externo-repetido-0",
        "romance",
        BR_ES + "Según informe externo, HER2 3+. Repetido en nuestro centro sobre el mismo bloque: HER2 0.\n",
        NEG,
        {},
    ),
    (
        "es-pdl1-3plus-her2-1plus",
        "romance",
        "Adenocarcinoma gástrico. PD-L1 (22C3): CPS 15. Claudina 18.2: 3+ en el 75%. HER2: 1+ (negativo).\n",
        NEG,
        {},
    ),
    (
        "pt-form-x-negativo",
        "romance",
        BR_PT + "HER2 (IHQ):\n[ ] Positivo (3+)\n[ ] Duvidoso (2+)\n[X] Negativo (0/1+)\n",
        NEG_NF,
        {},
    ),
    (
        "pt-citoplasmatico",
        "romance",
        BR_PT + "HER2: marcação citoplasmática intensa (padrão 3+), sem marcação de membrana; não "
        "avaliável. Repetir na peça cirúrgica.\n",
        NOT_POS,
        {},
    ),
    (
        "pt-controle-falhou",
        "romance",
        BR_PT + "HER2 IHQ: 3+. Controle externo inadequado; resultado não reportável, coloração em "
        "repetição.\n",
        NOT_POS,
        {},
    ),
    (
        "pt-near-miss-positivo",
        "romance",
        BR_PT + "HER2 (4B5): escore 3+, marcação de membrana completa e intensa em 90% das células. "
        "POSITIVO.\n",
        POS,
        {},
    ),
]

# second batch: filled-in forms, overruled scores (disregarded, in situ), gene vs protein, other
# markers beside HER2, results reported elsewhere, numbers; each run on main first
BATCH2: list[Case] = [
    (
        "f2-circle-one",
        "form",
        BR + "HER2 IHC score (circle one):  0   1+   2+   3+\nCircled: 1+\n",
        NEG_NF,
        {},
    ),
    (
        "f2-selected-column",
        "form",
        BR + "HER2 IHC score   Selected\n0\n1+               X\n2+\n3+\n",
        NEG_NF,
        {},
    ),
    (
        "f2-pos-neg-boxes-one-line",
        "form",
        BR + "HER2 status:  Positive ☐   Negative ☒   Equivocal ☐\n",
        NEG_NF,
        {},
    ),
    (
        "f2-not-performed-checked",
        "form",
        BR
        + "HER2 (IHC):\n[X] Not performed (insufficient tumour)\n[ ] Negative (0/1+)\n[ ] Equivocal (2+)\n[ ] Positive (3+)\n",
        NF,
        {},
    ),
    (
        "f2-yn-letter",
        "form",
        BR + "HER2 overexpression (IHC 3+)?  Y / N:  N\nHER2 IHC score: 1+\n",
        NEG,
        {},
    ),
    (
        "f2-pt-parenteses",
        "form",
        BR_PT + "HER2:  ( ) Positivo (3+)   ( ) Duvidoso (2+)   (X) Negativo (0 / 1+)\n",
        NEG_NF,
        {},
    ),
    (
        "f2-es-casillas",
        "form",
        BR_ES + "HER2 (IHQ)  Positivo (3+) ☐   Dudoso (2+) ☐   Negativo (0-1+) ☑\n",
        NEG_NF,
        {},
    ),
    (
        "f2-nm-pos-boxes",
        "form",
        BR
        + "HER2 status:  Positive ☒   Negative ☐   Equivocal ☐\nIHC score 3+, complete intense staining in 80%.\n",
        POS,
        {},
    ),
    (
        "o2-focal-3plus-overall-2plus",
        "overruled",
        BR
        + "HER2 IHC: heterogeneous; 3+ in 5% of tumour cells, 1+ in 60%. Overall score: 2+ (equivocal); ISH to follow.\n",
        EQV_NF,
        {},
    ),
    (
        "o2-normal-duct-internal-control",
        "overruled",
        BR
        + "HER2 IHC: the tumour shows no membrane staining (score 0). Adjacent benign ducts: no staining. Internal control cells 3+ not applicable.\n",
        NEG,
        {},
    ),
    (
        "o2-cytoplasmic-3-membrane-0",
        "overruled",
        BR
        + "HER2: strong cytoplasmic staining (3+ intensity, cytoplasmic) is disregarded; no membrane staining. HER2 score 0.\n",
        NEG,
        {},
    ),
    (
        "o2-dcis-3plus-invasive-1plus-row",
        "overruled",
        BR + "HER2 IHC   DCIS: 3+   Invasive carcinoma: 1+\n",
        NEG,
        {},
    ),
    (
        "o2-excluded-from-scoring",
        "overruled",
        BR + "HER2 IHC: 3+ staining at the biopsy edge excluded from scoring; the remaining tumour is 0.\n",
        NEG_NF,
        {},
    ),
    (
        "o2-en-not-valid-next-line",
        "overruled",
        BR + "HER2 IHC: 3+\nThis result is not valid (positive control failed); repeat requested.\n",
        NOT_POS,
        {},
    ),
    (
        "g2-gain-below-threshold",
        "gene_protein",
        "Tumour NGS panel (DNA), breast carcinoma.\nERBB2 copy number gain (estimated CN 4), below the threshold for amplification.\n",
        NEG_NF,
        {},
    ),
    (
        "g2-gene-row-mutation-positive",
        "gene_protein",
        LU
        + "Gene    Alteration              Result\nERBB2   p.L755S (mutation)      Positive\nERBB2   amplification           Negative\n",
        NEG_NF,
        {},
    ),
    (
        "g2-yvma-positive",
        "gene_protein",
        LU + "HER2 exon 20 YVMA insertion: POSITIVE.\n",
        NOT_POS,
        {},
    ),
    (
        "g2-her2-positive-for-mutation",
        "gene_protein",
        LU + "ERBB2 p.S310F detected: HER2 positive for mutation; no ERBB2 amplification.\n",
        NEG_NF,
        {},
    ),
    (
        "g2-mutated-her2-0",
        "gene_protein",
        BR + "HER2 (ERBB2) mutated (V777L) by NGS; HER2 IHC 0 (HER2-null).\n",
        NEG_NF,
        {},
    ),
    (
        "g2-es-mutado",
        "gene_protein",
        "Adenocarcinoma de pulmón.\nHER2 (ERBB2): mutado (inserción exón 20). Amplificación: no detectada.\n",
        NEG_NF,
        {},
    ),
    (
        "g2-pt-mutacao-positiva",
        "gene_protein",
        "Adenocarcinoma de pulmão.\nMutação de ERBB2 (HER2): POSITIVA (p.Y772_A775dup). Amplificação de ERBB2: negativa.\n",
        NEG_NF,
        {},
    ),
    (
        "g2-nm-amp-and-mutation",
        "gene_protein",
        GA.replace("biopsy", "resection")
        + "NGS: ERBB2 amplification detected (CN 22) and ERBB2 S310F mutation detected.\n",
        POS,
        {},
    ),
    (
        "m2-er-pr-her2-pending",
        "multi_marker",
        BR + "ER (SP1) 3+ 95% | PR (1E2) 0 | HER2 (4B5) pending\n",
        NF,
        {},
    ),
    (
        "m2-ki67-3plus-her2-addendum",
        "multi_marker",
        BR + "Ki-67 (MIB-1): 3+ in 40%.\nHER2: see addendum.\n",
        NF,
        {},
    ),
    (
        "m2-ar-row",
        "multi_marker",
        BR + "ER     PR     HER2     AR\n90%    5%     1+       3+ (70%)\n",
        NEG_NF,
        {},
    ),
    (
        "m2-egfr-3plus-crc",
        "multi_marker",
        CRC + "EGFR IHC: 3+ (membranous, 80%). HER2 IHC: 1+.\n",
        NEG,
        {},
    ),
    (
        "m2-her3-3plus",
        "multi_marker",
        BR + "HER3 IHC: 3+. HER2 IHC (4B5): 0.\n",
        NEG,
        {},
    ),
    (
        "m2-p53-3plus-her2-not-done",
        "multi_marker",
        "Endometrium, biopsy: serous carcinoma.\np53: 3+ (mutant pattern, diffuse strong). HER2: not performed.\n",
        NF,
        {},
    ),
    (
        "m2-mmr-then-her2",
        "multi_marker",
        CRC + "MMR: intact (MLH1+, PMS2+, MSH2+, MSH6+). HER2 (4B5): 0.\n",
        NEG,
        {},
    ),
    (
        "m2-trop2-3plus",
        "multi_marker",
        BR + "TROP2 IHC: 3+ (H-score 280). HER2: 1+ (HER2-low).\n",
        NEG,
        {},
    ),
    (
        "m2-pdl1-sp142-ic",
        "multi_marker",
        BR + "PD-L1 (SP142): IC 3 (>10%), positive.  HER2 IHC 0.\n",
        NEG,
        {},
    ),
    (
        "e2-core-3plus-excision-1plus",
        "elsewhere",
        "Left breast, wide local excision: invasive carcinoma, 15 mm.\nHER2: positive (3+) per core biopsy S26-1111. Repeat on the excision: HER2 1+.\n",
        NEG,
        {},
    ),
    (
        "e2-diagnostic-core-then-residual",
        "elsewhere",
        "Left breast, mastectomy after neoadjuvant therapy: residual carcinoma, 6 mm.\nHER2 was positive (3+) on the diagnostic core. Residual tumour: HER2 0.\n",
        NEG,
        {},
    ),
    (
        "e2-attached-primary-met-pending",
        "elsewhere",
        "Liver, core biopsy: metastatic breast carcinoma.\nHER2 of the primary (attached report): 3+. HER2 on this metastasis: pending.\n",
        POS_NF,
        {},
    ),
    (
        "e2-pt-laudo-externo",
        "elsewhere",
        BR_PT + "Laudo externo: HER2 3+. Revisão em nosso serviço: HER2 1+ (negativo).\n",
        NEG,
        {},
    ),
    (
        "e2-es-ver-informe-pieza",
        "elsewhere",
        BR_ES.replace("biopsia con aguja gruesa", "tumorectomía")
        + "HER2 3+ (ver informe de la biopsia B26-0456). Pieza quirúrgica: HER2 0.\n",
        NEG,
        {},
    ),
    (
        "e2-consult-slide-only",
        "elsewhere",
        BR
        + "Consultation: outside slides (HER2 IHC, reported elsewhere as 3+) reviewed. Our interpretation: HER2 2+, equivocal.\n",
        EQV_NF,
        {},
    ),
    (
        "n2-mean-cep17-near-ratio",
        "names_numbers",
        BR
        + "HER2 FISH (20 nuclei; mean CEP17 2.1 signals/cell; mean HER2 2.6): HER2/CEP17 ratio 1.24. Not amplified.\n",
        NEG,
        {},
    ),
    (
        "n2-lot-decimal",
        "names_numbers",
        BR + "HER2 FISH, probe lot 2.3/2026, run 14: ratio 1.1; not amplified.\n",
        NEG,
        {},
    ),
    (
        "n2-case-like-ratio",
        "names_numbers",
        BR + "HER2 FISH (case ISH-2.4/26): result pending.\n",
        NF,
        {},
    ),
    (
        "n2-scale-then-bare",
        "names_numbers",
        BR + "HER2 (CB11; scored on a 0-3+ scale): 1\n",
        NEG_NF,
        {},
    ),
    (
        "n2-distribution",
        "names_numbers",
        BR + "HER2: 3+ in 0%, 2+ in 5%, 1+ in 80% of tumour cells. Score 1+.\n",
        NEG,
        {},
    ),
    (
        "n2-date-dots",
        "names_numbers",
        BR + "HER2 (stained 03.12.2026): 0, negative.\n",
        NEG,
        {},
    ),
    (
        "n2-herceptest-kit-control-3plus",
        "names_numbers",
        BR + "HercepTest kit control slide: 3+, 1+ and 0 cell lines as expected.\nTumour: HER2 0.\n",
        NEG,
        {},
    ),
    (
        "n2-es-lote-3",
        "names_numbers",
        BR_ES + "HER2 (4B5, lote 3+A21, Ventana 790-2991): 1+, negativo.\n",
        NEG,
        {},
    ),
    (
        "o2-dcis-semicolon",
        "overruled",
        BR + "HER2 IHC: DCIS 3+; invasive carcinoma 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "o2-in-situ-component-slash",
        "overruled",
        BR + "HER2 (IHC) - in situ component: 3+ / invasive component: 1+\n",
        NEG_NF,
        {},
    ),
    (
        "o2-invasive-then-dcis",
        "overruled",
        BR + "HER2: invasive 1+, DCIS 3+\n",
        NEG_NF,
        {},
    ),
    (
        "o2-dcis-only-then-invasive",
        "overruled",
        BR + "HER2 IHC: 3+ in the DCIS only; invasive carcinoma 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "o2-es-cdis-row",
        "overruled",
        BR_ES + "HER2 IHQ   CDIS: 3+   Carcinoma infiltrante: 1+\n",
        NEG_NF,
        {},
    ),
    (
        "o2-nm-dcis-and-invasive-3plus",
        "overruled",
        BR + "HER2 IHC: 3+ in the DCIS and the invasive carcinoma.\n",
        POS,
        {},
    ),
    (
        "o2-nm-invasive-3plus-dcis-also",
        "overruled",
        BR + "HER2 IHC: 3+ (invasive carcinoma); DCIS also 3+.\n",
        POS,
        {},
    ),
    (
        "o2-nm-disregarded-other-area",
        "overruled",
        BR + "HER2 IHC: 3+ in 80% of invasive cells. Cytoplasmic background is disregarded.\n",
        POS,
        {},
    ),
]

# third batch: OCR'd and bilingual forms, Yes/No answers, run and slide ids, a row's empty HER2
# cell after other markers' scores, verdicts after a bare clause or a colon, report numbers before
# the value; each run on main first
BATCH3: list[Case] = [
    (
        "f3-ocr-box-1-for-l",
        "form",
        BR + "HER2 IHC\n[ 1 Positive (3+)\n[X1 Negative (1+)\n[ 1 Equivocal (2+)\n",
        NEG_NF,
        {},
    ),
    (
        "f3-ocr-box-0-for-o",
        "form",
        BR + "HER2 IHC:  [ ] 3+ Positive  [0] 2+ Equivocal  [x] 0/1+ Negative\n",
        NEG_NF,
        {},
    ),
    (
        "f3-tick-v",
        "form",
        BR
        + "HER2 IHC\n  3+ positive   [  ]\n  2+ equivocal  [  ]\n  1+ negative   [ V ]\n  0  negative   [  ]\n",
        NEG_NF,
        {},
    ),
    (
        "f3-key-with-result-bold",
        "form",
        BR + "HER2 IHC: 0 / 1+ / 2+ / 3+   ->  result: 0\n",
        NEG_NF,
        {},
    ),
    (
        "f3-es-marque",
        "form",
        BR_ES + "HER2 (marque con X):  [ ] 3+ positivo   [ ] 2+ dudoso   [X] 1+ negativo   [ ] 0 negativo\n",
        NEG_NF,
        {},
    ),
    (
        "f3-pt-assinale",
        "form",
        BR_PT + "HER2 (assinale):  ( ) 3+ positivo   ( ) 2+ duvidoso   (X) 0 negativo\n",
        NEG_NF,
        {},
    ),
    (
        "f3-cap-template-blank-result-pending",
        "form",
        BR
        + "HER2 by IHC:\n___ Negative (Score 0)\n___ Negative (Score 1+)\n___ Equivocal (Score 2+)\n___ Positive (Score 3+)\nResult pending; will be reported in an addendum.\n",
        NF,
        {},
    ),
    (
        "f3-nm-x-in-3plus-row-es",
        "form",
        BR_ES + "HER2 (IHQ):  [X] 3+ positivo   [ ] 2+ dudoso   [ ] 1+ negativo   [ ] 0 negativo\n",
        POS,
        {},
    ),
    (
        "n3-ratio-like-accession-in-header",
        "names_numbers",
        BR
        + "Cytogenetics accession 2.2-0417 / HER2 FISH\nHER2/CEP17 ratio: 1.3; average HER2 copy number 2.8 per cell. Not amplified.\n",
        NEG,
        {},
    ),
    (
        "n3-run-id-3plus",
        "names_numbers",
        BR + "HER2 IHC run ID 3+-26-0912 (BenchMark ULTRA): 1+ (negative).\n",
        NEG,
        {},
    ),
    (
        "n3-slide-label-3plus",
        "names_numbers",
        BR + "Slide label: HER2 3+ CTRL / patient block A2.\nPatient tumour: HER2 IHC 0.\n",
        NEG,
        {},
    ),
    (
        "n3-vendor-cat-no",
        "names_numbers",
        BR + "HER2/neu (clone EP3, Cell Marque 237R-1, 1:100): score 1+; negative.\n",
        NEG,
        {},
    ),
    (
        "n3-kit-name-with-plus",
        "names_numbers",
        BR + "HER2 (Bond Oracle HER2 IHC System, TA9145): 0, negative.\n",
        NEG,
        {},
    ),
    (
        "n3-es-numero-caso",
        "names_numbers",
        BR_ES + "HER2 FISH (caso 2,3-0091): pendiente.\n",
        NF,
        {},
    ),
    (
        "m3-columns-shifted-right",
        "multi_marker",
        BR
        + "Marker     Clone    Result\nER         SP1      Positive (95%)\nPR         1E2      Positive (40%)\nHER2       4B5\nKi-67      MIB-1    3+ / 40%\n",
        NOT_POS,
        {},
    ),
    (
        "m3-er-3plus-pr-3plus-her2-blank",
        "multi_marker",
        BR + "ER: 3+ (90%)   PR: 3+ (70%)   HER2:\nHER2 result to follow.\n",
        NF,
        {},
    ),
    (
        "m3-pdl1-cps-her2-same-line",
        "multi_marker",
        GA + "PD-L1 (22C3) CPS 10  |  HER2 (4B5) 1+  |  MSI stable\n",
        NEG,
        {},
    ),
    (
        "m3-gastric-claudin-3plus-her2-0",
        "multi_marker",
        GA + "Biomarkers: CLDN18.2 positive (3+ in 80%); HER2 0; PD-L1 CPS 3.\n",
        NEG,
        {},
    ),
    (
        "m3-es-fila",
        "multi_marker",
        BR_ES + "RE | RP | HER2 | Ki-67\n95% | 80% | 1+ | 30%\n",
        NEG_NF,
        {},
    ),
    (
        "m3-pt-linha-desalinhada",
        "multi_marker",
        BR_PT + "RE: positivo (3+, 90%)  RP: positivo (2+, 40%)  HER2: pendente  Ki-67: 20%\n",
        NF,
        {},
    ),
    (
        "o3-fixation-out-of-range",
        "overruled",
        BR
        + "HER2 IHC: 3+. Cold ischaemia time exceeded 1 hour and fixation time was over 72 hours; the result is not valid and testing on another specimen is recommended.\n",
        NOT_POS,
        {},
    ),
    (
        "o3-decal-invalid",
        "overruled",
        "Bone, biopsy (acid decalcified): metastatic breast carcinoma.\nHER2 IHC: 3+. Acid decalcification renders HER2 testing unreliable; result not reportable.\n",
        NOT_POS,
        {},
    ),
    (
        "o3-es-fijacion",
        "overruled",
        BR_ES + "HER2 IHQ: 3+. Tiempo de fijación superior a 72 horas: resultado no valorable.\n",
        NOT_POS,
        {},
    ),
    (
        "o3-pt-artefato",
        "overruled",
        BR_PT + "HER2: 3+ apenas na borda (artefato de borda), desconsiderada; restante do tumor 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "o3-nm-valid-despite",
        "overruled",
        BR + "HER2 IHC: 3+. Despite a small amount of edge artefact, the result is valid. POSITIVE.\n",
        POS,
        {},
    ),
    (
        "g3-her2-low-mutation",
        "gene_protein",
        BR + "HER2-low (IHC 1+). ERBB2 L755S mutation detected (positive).\n",
        NEG,
        {},
    ),
    (
        "g3-amp-not-detected-mutation-detected-row",
        "gene_protein",
        "Colorectal adenocarcinoma, NGS.\nERBB2   Amplification   Not detected\nERBB2   V842I           Detected\n",
        NEG_NF,
        {},
    ),
    (
        "g3-erbb2-positive-row-variant",
        "gene_protein",
        LU
        + "Gene   Result     Detail\nERBB2  POSITIVE   exon 20 insertion (A775_G776insYVMA), VAF 22%\nEGFR   negative\n",
        NOT_POS,
        {},
    ),
    (
        "e3-node-per-primary-report-neg-node",
        "elsewhere",
        "Axillary lymph node: metastatic carcinoma.\nHER2 (per primary report S26-1234): 3+. Node: HER2 IHC 1+.\n",
        NEG,
        {},
    ),
    (
        "e3-see-separate-report-only",
        "elsewhere",
        BR + "HER2: see separate report S26-1299.\n",
        NF,
        {},
    ),
    (
        "e3-es-segun-informe-numero",
        "elsewhere",
        "Ganglio axilar: metástasis de carcinoma.\nHER2 3+ según informe B26-0456 del tumor primario. Ganglio: HER2 0.\n",
        NEG,
        {},
    ),
    (
        "m3-nm-row-her2-own-value",
        "multi_marker",
        BR + "ER: 3+ (90%)   PR: 3+ (70%)   HER2: 1+\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "m3-er-pr-gap-her2-blank-es",
        "multi_marker",
        BR_ES + "RE: 3+ (90%)   RP: 3+ (70%)   HER2:\nHER2 pendiente.\n",
        NF,
        {},
    ),
    (
        "m3-nm-strong-3plus-her2",
        "multi_marker",
        BR + "Strong (3+) HER2 membrane staining in 90% of invasive cells; positive.\n",
        POS,
        {},
    ),
    (
        "o3-nm-margins-not-evaluable",
        "overruled",
        BR + "HER2 IHC: 3+, positive. Tumour size 22 mm. Margins not evaluable.\n",
        POS,
        {},
    ),
    (
        "o3-nm-fish-label-colon",
        "overruled",
        BR + "HER2 IHC: 3+, positive. HER2 FISH: not interpretable (insufficient signals).\n",
        POS,
        {},
    ),
    (
        "y4-positive-for-her2-no",
        "yes_no",
        BR + "Positive for HER2 overexpression: No\nHER2 IHC score: 1+\n",
        NEG,
        {},
    ),
    (
        "y4-her2-positive-no",
        "yes_no",
        BR + "HER2 positive (IHC 3+ or ISH amplified):   NO\n",
        NEG_NF,
        {},
    ),
    (
        "y4-amplified-question-no",
        "yes_no",
        BR + "HER2 gene amplified?  No (ratio 1.3)\n",
        NEG_NF,
        {},
    ),
    (
        "y4-performed-result-table",
        "yes_no",
        BR + "Test         Performed   Result\nHER2 IHC     Yes         1+\nHER2 ISH     No          -\n",
        NEG_NF,
        {},
    ),
    (
        "y4-es-pregunta-no",
        "yes_no",
        BR_ES + "¿HER2 positivo (3+)?  No.  Puntuación HER2: 1+.\n",
        NEG,
        {},
    ),
    (
        "y4-pt-nao",
        "yes_no",
        BR_PT + "HER2 positivo (3+): Não\nHER2 escore: 0\n",
        NEG,
        {},
    ),
    (
        "y4-nm-yes",
        "yes_no",
        BR + "HER2 positive (IHC 3+):   YES\nIHC score 3+ in 90% of cells.\n",
        POS,
        {},
    ),
    (
        "b4-bilingual-slash",
        "bilingual",
        BR + "HER2 / HER2: Negativo / Negative (1+)\n",
        NEG,
        {},
    ),
    (
        "b4-bilingual-withdrawn",
        "bilingual",
        BR
        + "HER2 IHC: 3+ / Positivo. Nota / Note: resultado anulado / result withdrawn - see corrected report.\nCorrected / Corregido: HER2 1+ / negativo.\n",
        NEG_NF,
        {},
    ),
    (
        "b4-bilingual-control",
        "bilingual",
        BR + "Control externo / External control (3+): adecuado / adequate.\nHER2 IHQ / IHC: 0.\n",
        NEG,
        {},
    ),
    (
        "b4-es-en-form",
        "bilingual",
        BR_ES + "HER2 (IHQ / IHC):  [ ] Positivo / Positive (3+)   [X] Negativo / Negative (0-1+)\n",
        NEG_NF,
        {},
    ),
    (
        "b4-nm-bilingual-positive",
        "bilingual",
        BR + "HER2 IHQ / IHC: 3+ - Positivo / Positive.\n",
        POS,
        {},
    ),
]

# fourth batch: a Ki-67 or PD-L1 score in HER2's row or column, Spanish/Portuguese 'invalid', a
# gastric cluster too small to count, report numbers in Spanish/Portuguese brackets
BATCH4: list[Case] = [
    (
        "p5-ki67-plus-3plus-row",
        "multi_marker",
        BR + "Ki-67    HER2    ER\n3+ 40%   0       95%\n",
        NEG_NF,
        {},
    ),
    (
        "p5-her2-header-values-shift-left",
        "multi_marker",
        BR + "ER       PR       HER2      Ki-67\n95%      60%      -         3+ (30%)\n",
        NOT_POS,
        {},
    ),
    (
        "p5-pdl1-3plus-next-line",
        "multi_marker",
        GA + "HER2 (4B5):\nPD-L1 (22C3): CPS 12, tumour cells 3+\nHER2 result to follow.\n",
        NF,
        {},
    ),
    (
        "p5-er-allred-3-her2-0",
        "multi_marker",
        BR + "ER Allred 8 (PS 5 + IS 3); PR Allred 6; HER2 0.\n",
        NEG,
        {},
    ),
    (
        "p5-gastric-cluster-note",
        "overruled",
        GA
        + "HER2 IHC: 3+ in a single cluster of 3 cells only (fewer than 5 cells: not a positive cluster). Remaining tumour 1+. Score: 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "p5-en-result-invalid-line",
        "overruled",
        BR + "HER2 IHC: 3+\nResult invalid - slide mislabelled; stain repeated on correct block: HER2 1+.\n",
        NEG_NF,
        {},
    ),
    (
        "p5-es-resultado-invalido",
        "overruled",
        BR_ES + "HER2 IHQ: 3+. Resultado no válido (control positivo fallido); se repite.\n",
        NOT_POS,
        {},
    ),
    (
        "p5-pt-resultado-invalido",
        "overruled",
        BR_PT + "HER2 IHQ: 3+. Resultado inválido (falha do controle); repetir.\n",
        NOT_POS,
        {},
    ),
    (
        "p5-es-mutacion-her2-positivo",
        "gene_protein",
        "Adenocarcinoma de pulmón.\nHER2 positivo por mutación (exón 20). HER2 IHQ: no realizado.\n",
        NOT_POS,
        {},
    ),
    (
        "p5-es-per-report-node",
        "elsewhere",
        "Ganglio axilar: metástasis.\nHER2 (según informe B26-0456 del primario): 3+. Ganglio: HER2 1+.\n",
        NEG,
        {},
    ),
    (
        "p5-pt-conforme-laudo",
        "elsewhere",
        "Linfonodo axilar: metástase.\nHER2 3+ (conforme laudo AP25-3310 do tumor primário). Linfonodo: HER2 0.\n",
        NEG,
        {},
    ),
]

CASES: list[Case] = (
    FORMS
    + NAMES_NUMBERS
    + CONTROL_INLINE
    + MULTI_MARKER
    + OVERRULED
    + GENE_PROTEIN
    + ELSEWHERE
    + ROMANCE
    + BATCH2
    + BATCH3
    + BATCH4
)
