"""Lost results (probe20, session 20): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of
devsets 18-22 and variants11-12, not copied from their texts. Each case: (id, family, text, allowed
statuses, expected key fields); near-misses keep the reading they had (a pending test, a key, another
gene, a test not assessed).
"""

from __future__ import annotations

from .probe_runner import EQV, EQV_NF, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

CRC = "Sequencing panel (DNA, 52 genes), rectal adenocarcinoma resection, block 3C, tumour content 40%.\n"
LUNG = "Targeted NGS, lung adenocarcinoma core biopsy (tissue), tumour cells ~30%.\n"

# 1. a gene row answering the mutation first and the amplification after a semicolon (devset22
#    b22-f04-03, b22-f04-10): the amplification clause was cut off by the semicolon
MUTATION_THEN_AMP: list[Case] = [
    (
        "ma-no-mutation-not-amplified",
        "mutation_then_amp",
        CRC + "KRAS: p.G12V detected\nERBB2: no mutation; not amplified\nNRAS: wild-type\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "ma-bracket-name-no-variants-no-amp",
        "mutation_then_amp",
        CRC + "  - ERBB2 (HER2)  no variants detected; no amplification (CN 2.0)\n  - MET  no alterations\n",
        NEG,
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "ma-wildtype-amplified",
        "mutation_then_amp",
        CRC + "ERBB2 -- wild-type; AMPLIFIED, estimated copy number 18\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ma-no-mutation-amplification-detected",
        "mutation_then_amp",
        LUNG + "ERBB2: no pathogenic variant identified; amplification detected (copy number 11)\n",
        POS,
        {"ngs.amplification": "amplified"},
    ),
    (
        "ma-near-miss-not-assessed",
        "mutation_then_amp",
        CRC + "ERBB2: no mutation; amplification not assessed (low tumour content)\n",
        NF,
        {},
    ),
    (
        "ma-near-miss-other-gene-amplified",
        "mutation_then_amp",
        LUNG + "ERBB2: no mutation; MET amplified (copy number 9)\n",
        NOT_POS,
        {"ngs.amplification": None},
    ),
    # (mend20b, review20 item 7: replaces "ma-near-miss-variant-named", which the rule could not
    # read at all; this near-miss passes on 629f8e36 too but can fail by the rule: the clause after
    # "no mutation;" is MET's, not ERBB2's, so no ERBB2 amplification answer is read)
    (
        "ma-near-miss-other-gene-not-amplified",
        "mutation_then_amp",
        LUNG + "ERBB2: no mutation; MET not amplified\n",
        NF,
        {"ngs.amplification": None},
    ),
]

# 2. a single-probe ISH report whose key ("... = EQUIVOCAL ...") runs into the lab's labelled
#    result on the same quoted lines (variants11 v11-f03-04): the whole quote was set aside as a key
KEY_THEN_RESULT: list[Case] = [
    (
        "kr-single-probe-equivocal",
        "key_then_result",
        "Left breast core biopsy, invasive lobular carcinoma.\nHER2 SISH (single probe), 40 nuclei.\n"
        "Mean HER2 signals/cell: 4.6\nCut-offs: <4 = not amplified; 4 to <6 = EQUIVOCAL; >=6 = amplified\n"
        "Result: EQUIVOCAL (mean 4.6 per cell); dual-probe ISH to follow.\n",
        EQV,
        {"ish.result": "equivocal"},
    ),
    # (mend20b, review20 item 7: read positive on 629f8e36 too; kept as a near-miss - the unsafe
    # direction's own call after a key's "= AMPLIFIED" must stay read, line by line)
    (
        "kr-single-probe-amplified",
        "key_then_result",
        "Right breast excision, invasive carcinoma NST.\nHER2 CISH, single-probe assay: 50 cells counted.\n"
        "Average HER2 copies per nucleus: 7.9\nBands: <4.0 = negative ; 4.0-5.9 = equivocal ; >=6.0 = AMPLIFIED\n"
        "INTERPRETATION: AMPLIFIED (mean 7.9).\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "kr-near-miss-key-then-pending",
        "key_then_result",
        "Left breast core biopsy, invasive carcinoma.\nHER2 CISH (single probe) requested.\n"
        "Cut-offs: <4 = not amplified; 4 to <6 = EQUIVOCAL; >=6 = amplified\nResult: pending.\n",
        NF,
        {},
    ),
]

ISH4 = (
    "Right breast core biopsy, invasive carcinoma NST.\nDual-probe ISH, 40 nuclei.\n"
    "Mean HER2 per nucleus 4.8, mean CEP17 per nucleus 3.3, HER2/CEP17 ratio 1.45 (ISH group 4).\n"
)
ISH5 = (
    "Left breast excision, block B3, invasive lobular carcinoma.\nHER2 SISH: 20 cells, HER2/CEP17 ratio 1.2, "
    "average HER2 copy number 2.5 per cell (group 5), not amplified.\n"
)

# 3. the lab's final word on HER2 over a guideline note that names a score (devset16 b16-f03-04):
#    the note's "IHC 3+" was taken as the name's score and set aside as a legend, with the call
FINAL_OVER_NOTE: list[Case] = [
    (
        "fn-final-status-over-group4-note",
        "final_over_note",
        ISH4 + "IHC 2+ (reviewed with the ISH areas).\n\nFINAL HER2 STATUS: NEGATIVE.\n"
        "Note: under the 2018 guideline a group 4 result without IHC 3+ is regarded as HER2 negative.\n",
        NEG,
        {},
    ),
    (
        "fn-final-colon-name-over-note",
        "final_over_note",
        ISH4 + "\nFINAL: HER2 NEGATIVE.\nRemark: ASCO/CAP 2018 counts group 4 cases lacking IHC 3+ as "
        "HER2 negative; benefit from anti-HER2 therapy is uncertain.\n",
        NEG,
        {},
    ),
    (
        "fn-near-miss-final-see-comment",
        "final_over_note",
        ISH4 + "\nFINAL HER2 STATUS: see comment.\nComment: group 4 cases without IHC 3+ are considered "
        "HER2 negative.\n",
        EQV_NF,
        {},
    ),
    (
        "fn-near-miss-note-only-counts-as",
        "final_over_note",
        ISH4 + "\nRemark: the 2018 update counts group 4 cases without IHC 3+ as HER2 negative.\n",
        EQV_NF,
        {"ihc": None},
    ),
    (
        "fn-near-miss-note-only-lacking",
        "final_over_note",
        ISH4 + "\nNB: the guideline treats group 4 results lacking an IHC 3+ as HER2 negative.\n",
        EQV_NF,
        {"ihc": None},
    ),
    (
        "fn-near-miss-condition",
        "final_over_note",
        ISH4 + "\nHER2 negative if:\nIHC 0 or 1+ with this ISH group\n",
        EQV_NF,
        {},
    ),
]

# 4. an ISH report's IHC score quoted with no HER2 name (devset18 b18-f03-05, b18-f12-08, devset19
#    b19-f12-02): the score settles a group 4, and the field was lost
UNNAMED_IHC: list[Case] = [
    (
        "ui-prior-ihc-group4",
        "unnamed_ihc",
        "Block 1C  |  Prior IHC: 2+ (outside report 26-0412)\n" + ISH4,
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "ui-ihc-outside-column",
        "unnamed_ihc",
        ISH4 + "IHC (referring lab)    2+\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "ui-referred-ihc-group5",
        "unnamed_ihc",
        "Referred for ISH; referred IHC 1+\n" + ISH5,
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ui-near-miss-rule-note",
        "unnamed_ihc",
        ISH4 + "(Group 4 counts as positive only with IHC 3+.)\n",
        EQV_NF,
        {"ihc": None},
    ),
    (
        "ui-near-miss-other-marker",
        "unnamed_ihc",
        ISH5 + "AR IHC: 3+ in 80% of cells\n",
        NEG,
        {"ihc": None},
    ),
    (
        "ui-near-miss-key",
        "unnamed_ihc",
        ISH5 + "Key: IHC 3+ = positive; IHC 2+ = equivocal\n",
        NEG,
        {"ihc": None},
    ),
]

# 5. a note that a score quoted from the report is another stain's or the control's (devset21
#    b21-f07-05, devset22 b22-f06-10): the note's quoted "3+" was read as HER2's, and the check then
#    set the whole report aside (not found) over its own HER2 1+
QUOTED_NOTE: list[Case] = [
    (
        "qn-ar-score-note",
        "quoted_note",
        "Submandibular gland excision: salivary duct carcinoma.\nAR: positive, 95% [3+]\n"
        'HER2 (4B5): score 1+, NEGATIVE\nComment: the "3+" above refers to the AR stain, not to HER2.\n',
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "qn-control-line-note",
        "quoted_note",
        "Gastric antrum biopsies: adenocarcinoma, intestinal type.\nHER2 IHC (4B5): 0 - NEGATIVE\n"
        "External control: known 3+ gastric carcinoma, appropriate.\n"
        "NB: \u201cHER2 3+\u201d belongs to the control tissue, not to the patient's tumour.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "qn-near-miss-quoted-own-score",
        "quoted_note",
        'Breast core biopsy: invasive carcinoma NST.\nHER2 IHC (4B5): score "3+" (strong complete staining, 90%)\n',
        POS,
        {"ihc.score": "3+"},
    ),
]

# 6. the lab's call under the rule it applied, as a label ("Per HERACLES criteria: HER2 NEGATIVE.",
#    devset21 b21-f10-05): the label's "criteria:" made the line a legend, and the call was lost
CRITERIA_LABEL: list[Case] = [
    (
        "cl-per-heracles-negative",
        "criteria_label",
        "Sigmoid colon resection: adenocarcinoma, pT3 N1a.\nHER2 immunohistochemistry repeated on block C2.\n"
        "Per HERACLES criteria: HER2 NEGATIVE (score 1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "cl-according-to-guideline-negative",
        "criteria_label",
        "Right breast, core biopsy: invasive carcinoma NST, grade 2.\n"
        "According to the ASCO/CAP 2018 guidelines: HER2 negative.\n",
        NEG,
        {},
    ),
    (
        "cl-near-miss-criteria-definition",
        "criteria_label",
        "Right breast, core biopsy: invasive carcinoma NST, grade 2.\nHER2 IHC: pending.\n"
        "ASCO/CAP criteria: HER2 positive = IHC 3+ or ISH amplified.\n",
        NF,
        {},
    ),
    (
        "cl-near-miss-criteria-condition",
        "criteria_label",
        "Right breast, core biopsy: invasive carcinoma NST.\nHER2 IHC: 1+.\n"
        "Guidelines: HER2 positive if IHC 3+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

# 7. another lab's score the report says is not its own ("... (2+) is not part of this report",
#    devset21 b21-f10-06): the quoted score read equivocal in a report withdrawing its own result
NOT_PART: list[Case] = [
    (
        "np-referring-ihc-not-part",
        "not_part",
        "Left breast excision, block A3.\nHER2 SISH on this block: failed (no signals); repeat requested.\n"
        "The referring laboratory's HER2 IHC (2+) is not part of this report.\n",
        NF,
        {"ihc": None},
    ),
    (
        "np-near-miss-own-score-part",
        "not_part",
        "Left breast excision, block A3.\nHER2 IHC (4B5) on this block: 2+, equivocal; ISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

CASES: list[Case] = (
    MUTATION_THEN_AMP
    + KEY_THEN_RESULT
    + FINAL_OVER_NOTE
    + UNNAMED_IHC
    + QUOTED_NOTE
    + CRITERIA_LABEL
    + NOT_PART
)
