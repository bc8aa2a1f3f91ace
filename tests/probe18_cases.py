"""Lost results (a safe miss: the report states this tumour's HER2 result and the engine read
not_found, equivocal, or no field), phrase families written for probe18 (session 18) from the
devset 16-20 misses, in new words. Each case: (id, family, text, allowed statuses, expected key
fields). Near-misses keep the trap the fix must still see.
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BR = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
GA = "Stomach, antral biopsy: adenocarcinoma, diffuse type.\n"

# A key or the department's scoring scheme written in a note below the result: the call words of
# the key are not a second reading of the result.
SCORING_KEY: list[Case] = [
    (
        "sk-note-key-below-result",
        "scoring_key_note",
        BR + "Receptors:\nER  8/8\nPR  5/8\nHER2 1+\n\n"
        "Remark: our scoring key - 0 and 1+ negative; 2+ borderline (reflex ISH); 3+ positive.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "sk-score-legend-line",
        "scoring_key_note",
        BR + "HER2 (4B5) 2+\n\nScore legend used in this laboratory: 0 or 1+ = negative, 2+ = equivocal, "
        "3+ = positive.\nISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "sk-near-miss-key-only",
        "scoring_key_note",
        BR + "HER2 immunostain: pending.\n\nScoring key: 0 and 1+ negative; 2+ borderline; 3+ positive.\n",
        NF,
        {"ihc": None},
    ),
    (
        "sk-near-miss-call-on-next-line",
        "scoring_key_note",
        BR + "HER2 IHC (4B5): 3+\nInterpretation: positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# Scores the report says the tumour lacks ("no cluster with 2+ or 3+ staining"), before the
# tumour's own score: a description, not alternatives or a key.
NEGATED_SCORES: list[Case] = [
    (
        "ns-no-cluster-two-or-three",
        "negated_score_pair",
        GA + "HER2 (clone 4B5):\n  Carcinoma: weak partial membranous reactivity in a few cells,\n"
        "  no cluster with 2+ or 3+ staining -> score 1+ -> negative\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ns-without-areas-of",
        "negated_score_pair",
        GA + "HER2 immunohistochemistry: faint staining only, without areas of 2+ or 3+ reactivity, "
        "hence score 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ns-without-areas-semicolon",
        "negated_score_pair",
        GA + "HER2 immunohistochemistry: faint staining only, without areas of 2+ or 3+ reactivity; "
        "score 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ns-near-miss-criteria-or",
        "negated_score_pair",
        GA + "HER2 IHC: result to follow. Patients qualify for trastuzumab if the tumour scores 2+ or "
        "3+ with ISH as required.\n",
        NF,
        {"ihc": None},
    ),
    (
        "ns-near-miss-own-score-in-pair",
        "negated_score_pair",
        GA + "HER2 (4B5): strong complete staining in a cluster of 8 cells, no cells with 1+ or 2+ "
        "only -> score 3+ -> positive\n",
        NOT_POS | POS,
        {},
    ),
]

# "ratio" cut once by OCR before its number ("rati o 2.6", "rat io = 1.2", "Rati 0 ... 5.3"); a
# control slide's "amplified" on its own line below the result is the control's word.
OCR_RATIO: list[Case] = [
    (
        "orx-rati-o-semicolon",
        "ocr_split_ratio",
        BR + "FISH (fax copy)  HER2/CEP17 rati o 2.6 ;  mean HER2 5.8/cell ; 40 cells\n"
        "RESULT : HER2 AMPLIFIED (group 1)\n",
        POS,
        {"ish.ratio": 2.6},
    ),
    (
        "orx-rat-io-equals",
        "ocr_split_ratio",
        BR + "HER2 SISH\n  HER2:CEP17 rat io = 1.2\n  average HER2 copies 2.4 per nucleus\n"
        "  Interpretation: not amplified\n",
        NEG,
        {"ish.ratio": 1.2},
    ),
    (
        "orx-dotted-leader-zero",
        "ocr_split_ratio",
        GA + "HER2 DUAL ISH\n Rati 0 HER2:CEN17 ......... 5.3\n Result: AMPLIFIED\n",
        POS,
        {"ish.ratio": 5.3},
    ),
    (
        "orx-control-line-amplified-below",
        "ocr_split_ratio",
        BR + "HER2 / CEP17 rati o  :  1.4\n ------------------\n INTERPRETATION : NOT AMPLIFIED\n"
        " Control slide (cell line) : amplified , as expected\n",
        NEG,
        {"ish.ratio": 1.4, "ish.result": "not_amplified"},
    ),
    (
        "orx-near-miss-no-number",
        "ocr_split_ratio",
        BR + "HER2 FISH: rat io could not be given (scant tumour); FISH to be repeated on the excision.\n",
        NF,
        {"ish": None},
    ),
    (
        "orx-near-miss-control-only-amplified",
        "ocr_split_ratio",
        BR + "HER2 FISH: slides cut, hybridisation in progress.\n Control slide (SK-BR-3) : amplified, as "
        "expected\n",
        NF,
        {},
    ),
]

CR = "Sigmoid colon, resection: adenocarcinoma, pT3 N1; liver metastases.\n"

# A repeat the testing protocol asks for after an equivocal score is that score's workflow, not a
# failed stain: the 2+ stays the (equivocal) result; a 3+ or a failed stain stays set aside.
PROTOCOL_REPEAT: list[Case] = [
    (
        "pr-heracles-repeat-and-fish",
        "protocol_repeat",
        CR + "HER2 immunohistochemistry (HERACLES scoring): 2+ in roughly 55% of tumour cells.\n"
        "Interpretation: equivocal. As per protocol the IHC will be repeated on a second block and HER2 "
        "ISH has been requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pr-confirmation-repeat",
        "protocol_repeat",
        CR + "HER2 (4B5): score 2+, equivocal. The IHC is to be repeated for confirmation; FISH to follow.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "pr-near-miss-artefact-repeat",
        "protocol_repeat",
        CR + "HER2 (4B5): score 3+. The HER2 stain will be repeated because of edge artefact; final "
        "result to follow.\n",
        NF,
        {},
    ),
    (
        "pr-near-miss-protocol-repeat-3plus",
        "protocol_repeat",
        CR + "HER2 IHC: 3+ in 70% of cells. Per protocol the IHC is being repeated on block B2.\n",
        NF,
        {},
    ),
]

# A note that says a score printed near HER2 is another marker's ("the 3+ above is the AR score").
SCORE_OWNER: list[Case] = [
    (
        "so-note-ar-score",
        "score_said_of_other",
        "Parotid, salivary duct carcinoma.\nAndrogen receptor: positive, 3+, 80% of nuclei\n"
        "HER2 (4B5): 1+, faint partial staining. HER2 is negative (score 1+). Remark: the 3+ listed "
        "is the androgen receptor intensity.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "so-refers-to-pdl1",
        "score_said_of_other",
        GA + "HER2 IHC (4B5): 0, no membranous staining; HER2 negative. The 2+ in the panel refers to "
        "PD-L1 (22C3) membrane intensity.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "so-near-miss-her2-own",
        "score_said_of_other",
        BR + "HER2 (4B5): 3+ complete intense staining in 90% of cells; the 3+ is the HER2 score of "
        "the invasive carcinoma. POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# A HER2 heading whose block describes the staining at length (in two languages, or with the
# criteria restated) and closes with a labelled score line, past the far scope.
BLOCK_SCORE: list[Case] = [
    (
        "bs-bilingual-long-description",
        "labelled_block_score",
        "Biopsia gástrica / gastric biopsy: adenocarcinoma.\n"
        "HER2 — inmunohistoquímica / immunohistochemistry (clon 4B5)\n"
        " Evaluación según criterios de biopsia / evaluated with biopsy criteria.\n"
        " Tinción de membrana débil e incompleta en grupos pequeños de células tumorales, sin grupos\n"
        " con tinción completa.\n"
        " Faint, incomplete membrane staining in small groups of tumour cells, with no groups showing\n"
        " complete staining.\n"
        " Controles externos adecuados / external controls adequate.\n"
        " PUNTUACIÓN / SCORE: 1+      RESULTADO / RESULT: NEGATIVO / NEGATIVE\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "bs-english-long-block",
        "labelled_block_score",
        BR + "HER2 immunohistochemistry (4B5, Ventana BenchMark ULTRA)\n"
        "  Tumour cells show strong, complete, circumferential membrane staining that is uniform across\n"
        "  all three cores examined, with no appreciable heterogeneity between the cores and no\n"
        "  staining of the adjacent benign ducts; cytoplasmic staining is absent; fixation time and\n"
        "  cold ischaemia time are within the recommended ranges; internal controls are not applicable.\n"
        "  Final score: 3+\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "bs-near-miss-other-marker-between",
        "labelled_block_score",
        BR + "HER2 immunohistochemistry (4B5): slides in preparation, not yet examined by the pathologist;\n"
        "  a supplementary report will be issued when the stain has been reviewed at the multi-head\n"
        "  microscope with the second reader, which is planned for the coming days this week.\n"
        "  PD-L1 (SP142) immune cells: present\n"
        "  Score: 2+\n",
        NF,
        {"ihc": None},
    ),
    (
        "bs-near-miss-blank-line",
        "labelled_block_score",
        BR + "HER2 immunohistochemistry (4B5) was ordered on block A2 and is being processed by the\n"
        "  immunohistochemistry laboratory; the result will follow in a supplementary report that will\n"
        "  be sent to the requesting clinician and the multidisciplinary team coordinator in due course.\n"
        "\n"
        "Gleason-style grading is not used here. Nottingham score: 2+2+1\n  Score: 2+\n",
        NF,
        {"ihc": None},
    ),
]

# An amended report that corrects the result upward: the original kept "for the record" in a block
# that a current heading closes, and prose quoting the originally reported value.
UPWARD_CORRECTION: list[Case] = [
    (
        "uc-original-wording-then-current-heading",
        "upward_correction",
        "ADDENDUM / AMENDED REPORT\nThe HER2 score first issued on 03/02/2026 (1+, negative) was given on a "
        "block with little invasive tumour. The amended HER2 result is 3+ (positive), scored on block B2.\n"
        "Original wording (superseded, kept for the record):\n  HER2 (4B5): 1+ negative\n\n"
        "FINAL DIAGNOSIS\nRight breast, excision: invasive carcinoma NST, grade 3.\n"
        "HER2 (4B5), block B2: 3+ POSITIVE\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "uc-near-miss-same-line-correction",
        "upward_correction",
        BR + "AMENDMENT: HER2 IHC previously reported as 1+; corrected to 3+ (positive).\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
    (
        "uc-near-miss-downward",
        "upward_correction",
        "AMENDED REPORT\nThe HER2 result originally issued (3+, positive) was scored on the wrong slide. "
        "The corrected HER2 result is 1+ (negative).\nHER2 (4B5): 1+ NEGATIVE\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "uc-near-miss-original-block-no-current-heading",
        "upward_correction",
        "AMENDED REPORT (patient name corrected)\nOriginal report (superseded, retained for record):\n"
        "  HER2 (4B5): 3+ POSITIVE\n",
        frozenset({"positive", "not_found"}),
        {},
    ),
]

# A form label that lists the score's options in a bracket before its colon, answered after it.
LABEL_OPTIONS: list[Case] = [
    (
        "lo-options-slash-answer-2plus",
        "label_score_options",
        BR + "HER2 immunohistochemistry score (0 / 1+ / 2+ / 3+): 2+\nISH: requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "lo-options-or-answer-0",
        "label_score_options",
        GA + "HER2 (4B5) score (0, 1+, 2+ or 3+) = 0\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "lo-options-or-answer-3plus",
        "label_score_options",
        GA + "HER2 (4B5) score (0, 1+, 2+ or 3+) = 3+ (strong complete basolateral, cluster of 20 cells)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "lo-near-miss-unanswered",
        "label_score_options",
        BR + "HER2 IHC score (0 / 1+ / 2+ / 3+): ______\nER: 90%\n",
        NF,
        {"ihc": None},
    ),
]

# An overall or final score label that holds the HER2 name, under a table of the staining's
# distribution (0, 1+, 2+, 3+ with their shares): the lab's answer, not a key.
OVERALL_LABEL: list[Case] = [
    (
        "ol-overall-under-distribution",
        "overall_label_score",
        BR + "HER2 (4B5), membrane staining of invasive cells:\n  no staining (0)      30 %\n"
        "  faint partial (1+)   60 %\n  weak complete (2+)   10 %\n  strong complete (3+)  0 %\n"
        "OVERALL HER2 SCORE: 1+   INTERPRETATION: NEGATIVE\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ol-final-under-distribution",
        "overall_label_score",
        BR + "HER2 immunostain - distribution:\n  0 ....... 5%\n  1+ ...... 15%\n  2+ ...... 20%\n"
        "  3+ ...... 60%\nFinal HER2 score: 3+ (positive)\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ol-near-miss-overall-key",
        "overall_label_score",
        BR + "HER2: awaiting the stain.\nOverall HER2 score key: 0 = negative; 1+ = negative (low); 2+ = "
        "equivocal; 3+ = positive\n",
        NF,
        {"ihc": None},
    ),
]

# A second review that downgrades the first reader's score, the first read under an "Original
# read (name, date):" label (OCR may print it "0rig1na1").
ORIGINAL_READ: list[Case] = [
    (
        "or2-original-read-then-consensus",
        "original_read_label",
        BR + "Original read (Dr. P. Lind, 04/02): HER2 IHC 2+ (equivocal), reflex ISH requested.\n"
        "Second review (breast panel, 05/02): faint incomplete staining only.\n"
        "CONSENSUS SCORE: 1+ -- HER2 NEGATIVE. Reflex ISH cancelled.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "or2-ocr-original-reading",
        "original_read_label",
        "SEC0ND REVIEW (fax)\n0rig1na1 reading (Dr. K. Moss, 2/3): HER2 lHC 2+ (equivoca1).\n"
        "Revlew: c0nsensus HER2 sc0re 1+ -- NEGATlVE; ISH n0t indicated.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "or2-near-miss-original-read-only",
        "original_read_label",
        BR + "Original read (Dr. P. Lind, 04/02): HER2 IHC 2+ (equivocal), reflex ISH requested.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

# A footnote or note that states the lab's testing rule with a score ("ISH is done only when the
# IHC score is 2+"): the rule's score is no result beside the tumour's own.
TESTING_RULE: list[Case] = [
    (
        "tr-footnote-ish-only-for-2plus",
        "testing_rule_score",
        BR + "HER2 (4B5): score 0, no staining of invasive cells; negative.\n"
        "Note: in this laboratory ISH is carried out only for IHC score 2+ (equivocal) or at the "
        "clinician's request.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "tr-reserved-for",
        "testing_rule_score",
        BR + "HER2 IHC 1+ (HER2-low). Reflex FISH is reserved for 2+ cases and was not done.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "tr-near-miss-reflex-performed-for",
        "testing_rule_score",
        BR + "HER2 IHC: 2+ (equivocal). Reflex ISH performed for the 2+ result: pending.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

# A slide or value the report gives to another case or patient (a block mix-up).
OTHER_CASE: list[Case] = [
    (
        "oc-slide-from-another-patient",
        "belonged_to_another_case",
        BR + "Comment: the first HER2 slide (3+) came from another patient's block and was withdrawn.\n"
        "HER2 IHC (4B5), repeated on block A2 of this case: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "oc-near-miss-belongs-to-invasive",
        "belonged_to_another_case",
        BR + "HER2 IHC (4B5): 3+; the staining belongs to the invasive component.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# An ISH report that restates the same case's IHC score without naming HER2 on that line.
ISH_REPORT_IHC: list[Case] = [
    (
        "ir-ihc-on-same-block",
        "ish_report_ihc_line",
        BR + "HER2 FISH (PathVysion): ratio 1.2, mean HER2 2.6 per cell - NOT AMPLIFIED (group 5).\n"
        "IHC on same block: 2+ (block A1).\nFinal: HER2 negative.\n",
        NEG,
        {"ihc.score": "2+", "ish.ratio": 1.2},
    ),
    (
        "ir-ihc-result-at-referring-lab",
        "ish_report_ihc_line",
        BR
        + "Sent for ISH because IHC result from referring laboratory = 2+.\nHER2 SISH: HER2/CEP17 ratio 3.4, "
        "AMPLIFIED.\n",
        POS,
        {"ihc.score": "2+"},
    ),
    (
        "ir-near-miss-er-on-same-case",
        "ish_report_ihc_line",
        BR + "HER2 FISH: ratio 1.1, not amplified.\nER IHC on same case: 3+ in 90% of cells.\n",
        NEG,
        {"ihc": None},
    ),
]

CASES: list[Case] = [
    *SCORING_KEY,
    *NEGATED_SCORES,
    *OCR_RATIO,
    *PROTOCOL_REPEAT,
    *SCORE_OWNER,
    *BLOCK_SCORE,
    *UPWARD_CORRECTION,
    *LABEL_OPTIONS,
    *OVERALL_LABEL,
    *ORIGINAL_READ,
    *TESTING_RULE,
    *OTHER_CASE,
    *ISH_REPORT_IHC,
]
