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

CASES: list[Case] = [*SCORING_KEY, *NEGATED_SCORES, *OCR_RATIO, *PROTOCOL_REPEAT, *SCORE_OWNER]
