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

CASES: list[Case] = (
    FORMS + NAMES_NUMBERS + CONTROL_INLINE + MULTI_MARKER + OVERRULED + GENE_PROTEIN + ELSEWHERE + ROMANCE
)
