"""Lost results (probe22, session 22): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of
devsets 17-23 and variants14a, not copied from their texts. Each case: (id, family, text, allowed
statuses, expected key fields); near-misses keep the reading they had (a pending test, a control,
a key line, an earlier sample, a disagreement with the original reading).
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, NOT_POS, POS
from .probe_runner import ProbeCase as Case

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

# 1. a decimal dictated in words ("the ratio is one point four", "ratio two point six", "five point
#    two signals per nucleus"; devset23 b23-f12-04, variants14a v14a-f12-03): no ratio was read, so
#    a dictated FISH result read not_found or equivocal. Near-misses: "at one point", a control's
#    ratio in words, a pending FISH with a cut-off in words.
SPELLED_DECIMAL: list[Case] = [
    (
        "sd-ratio-is-one-point-three-negative",
        "spelled_decimal",
        "Dictated report. " + BREAST + "HER2 immunohistochemistry is two plus, equivocal, and FISH was done. "
        "The HER2 to CEP17 ratio is one point three, with a mean of two point eight HER2 signals per cell, "
        "sixty cells counted. Not amplified. HER2 negative.\n",
        NEG,
        {"ish.ratio": 1.3, "ish.her2_copy_number": 2.8, "ish.result": "not_amplified"},
    ),
    (
        "sd-ratio-wrapped-amplified",
        "spelled_decimal",
        "Transcribed dictation, right breast excision.\nHER2 by IHC two plus, equivocal. HER2 by FISH: mean "
        "HER2 copies per cell six point four; mean CEP17 per cell two point one; ratio three\n"
        "point zero; result: amplified. HER2 positive.\n",
        POS,
        {"ish.ratio": 3.0, "ish.her2_copy_number": 6.4, "ish.result": "amplified"},
    ),
    (
        "sd-ratio-two-decimals",
        "spelled_decimal",
        "Dictated gastric biopsy report, adenocarcinoma.\nHER2 SISH: HER2/CEP17 ratio two point four five, "
        "amplified.\n",
        POS,
        {"ish.ratio": 2.45},
    ),
    (
        "sd-near-miss-at-one-point",
        "spelled_decimal",
        BREAST + "At one point two slides were mislabelled; HER2 FISH is pending on block A2.\n",
        NF,
        {"ish": None},
    ),
    (
        "sd-near-miss-control-ratio-in-words",
        "spelled_decimal",
        BREAST + "HER2 FISH: result to follow. Positive control ratio four point six, as expected.\n",
        NF,
        {"ish": None},
    ),
    (
        "sd-near-miss-cutoff-in-words-pending",
        "spelled_decimal",
        BREAST + "HER2 IHC two plus, equivocal. FISH has been requested; a ratio of two point zero or more "
        "would be amplified.\n",
        frozenset({"equivocal"}),
        {"ish": None},
    ),
]

# 2. a reviewer's agreement with the original score ("I agree with the original score of 3+", "we
#    concur with the initial score of 2+"; devset17 b17-f09-06): probe21 let the status stand, but
#    the score itself was still read as a replaced one (ihc.toml replaced-score), so the IHC field
#    was lost. A disagreement with the original score still sets it aside.
AGREE_SCORE: list[Case] = [
    (
        "as-agree-original-score-field",
        "agree_score",
        BREAST + "Second opinion: HER2 (4B5) on block B2, reviewed: I agree with the original score of 3+, "
        "strong complete staining, HER2 POSITIVE.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "as-concur-initial-score-equivocal",
        "agree_score",
        BREAST
        + "Consult review. HER2 IHC: we concur with the initial score of 2+ (equivocal); ISH to follow "
        "on the same block.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "as-near-miss-disagree-original-score",
        "agree_score",
        BREAST + "Consult review. HER2 IHC: I do not agree with the original score of 3+.\n",
        NOT_POS,
        {"ihc": None},
    ),
]

# 3. a bare score with its bracketed scale and the score restated after an '=' ('HER2 (SP3): 2 (on a
#    0-3 scale) = 2/3, equivocal'; variants14a v14a-f12-05): mend21a's key-line refusal took any '='
#    after the bracket as a key's definition. A key line still defines, not scores.
SCALE_RESTATED: list[Case] = [
    (
        "sr-score-restated-as-fraction",
        "scale_restated",
        BREAST + "HER2 (SP3): 1 (on a 0-3 scale) = 1/3, negative: faint partial staining in 15% of cells.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "sr-score-restated-with-plus",
        "scale_restated",
        "Gastric adenocarcinoma, resection.\nHER2 protein: 3 (on a 0 to 3 scale) = 3+, positive.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "sr-near-miss-key-line-under-own-score",
        "scale_restated",
        BREAST + "HER2 IHC (4B5): 0, no staining.\nKey: 3 (on a 0-3 scale) = strong, complete membrane "
        "staining\n",
        NEG,
        {"ihc.score": "0"},
    ),
]

# 4. a corrected report whose current part is headed "CORRECTED ENTRY" under an "ORIGINAL (WRONG)
#    ENTRY" kept for the record, also when fax OCR prints "0RlGlNAL" and "C0RRECTED" (devset23
#    b23-f10-02): "entry" was an earlier heading's word only, so the corrected value stood in the
#    original's part and both values read as a conflict. Near-miss: no corrected entry, only the
#    original one.
CORRECTED_ENTRY: list[Case] = [
    (
        "ce-corrected-entry-under-original-kept",
        "corrected_entry",
        "** CORRECTED REPORT **   ** CORRECTED REPORT **\n"
        "Right breast core biopsy, invasive carcinoma.\n"
        "Reason for correction: HER2 value keyed from another case.\n"
        "\n"
        "ORIGINAL (INCORRECT) ENTRY, kept for the record:\n"
        '  "HER2 (SP3): 3+, POSITIVE"   <-- this line belongs to a different\n'
        "  patient.\n"
        "\n"
        "CORRECTED ENTRY:\n"
        "  HER2 (SP3): 1+ ; faint partial staining in 40% of cells.\n"
        "  Interpretation: NEGATIVE.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ce-corrected-entry-fax-ocr",
        "corrected_entry",
        "** C0RRECTED REPORT **   ** C0RRECTED REPORT **\n"
        "Right breast core biopsy, invasive carcinoma.\n"
        "Reason for correction: HER2 value keyed from an0ther case.\n"
        "\n"
        "0RlGlNAL (lNC0RRECT) ENTRY, kept for the rec0rd:\n"
        '  "HER2 (SP3): 3+, P0SlTlVE"   <-- this line bel0ngs to a d1fferent\n'
        "  patient.\n"
        "\n"
        "C0RRECTED ENTRY:\n"
        "  HER2 (SP3): 1+ ; faint partial sta1ning in 40% of cells.\n"
        "  lnterpretati0n: NEGATlVE.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "ce-near-miss-original-entry-only",
        "corrected_entry",
        "CORRECTED REPORT\n"
        + BREAST
        + "Original (erroneous) entry, kept for audit:\n  HER2 IHC: 3+, POSITIVE\n"
        "The corrected HER2 result will be issued in a supplementary report.\n",
        NOT_POS,
        {},
    ),
]

# 5. an initial stain the report says was read one way, then repeated ("The initial HER2 IHC (block
#    B3) was interpreted as 2+ ... Repeat staining on block B6 ... = 1+"; devset21 b21-f10-05): the
#    initial reading is an earlier result, not a conflict with the lab's final call. An initial IHC
#    given as a field ("Initial HER2 IHC: 2+; reflex FISH ...") is the sample's own.
INITIAL_READ: list[Case] = [
    (
        "ir-initial-ihc-interpreted-then-repeat",
        "initial_read",
        "Colon adenocarcinoma, sigmoid resection.\nAddendum - repeat HER2 IHC\nThe initial HER2 IHC (block A2) was "
        "interpreted as 2+ in about 60% of cells but showed crush artefact. Repeat staining on block A5 is weak "
        "and incomplete. Per HERACLES: HER2 NEGATIVE.\n",
        NEG,
        {},
    ),
    (
        "ir-initial-fish-reported-then-recount",
        "initial_read",
        BREAST + "The initial HER2 FISH (first reader) was reported as amplified on a count of 20 nuclei; a "
        "recount of 60 nuclei by a second reader gives ratio 1.6, mean HER2 3.1 per cell: NOT AMPLIFIED. "
        "HER2 negative.\n",
        NEG,
        {"ish.result": "not_amplified"},
    ),
    (
        "ir-near-miss-initial-ihc-field-reflex",
        "initial_read",
        BREAST + "Initial HER2 IHC: 2+ (equivocal); reflex FISH: ratio 2.6, AMPLIFIED. HER2 POSITIVE.\n",
        POS,
        {"ihc.score": "2+", "ish.result": "amplified"},
    ),
]

# 6. the IHC score a FISH report quotes for its own block: on a line after a bracketed reference note
#    ending ".)" ("(Reference values: amplified if ratio >= 2.0.)" over "IHC on this block: 1+"), on a
#    line ending in the score (a row closed by "1+"), with "(separate report ...)" after "on this
#    block" (devset14 b14-f12-02, devset19 b19-f12-10): the score was read as part of the
#    reference note, a cut-off row, or another report's. Another block's score stays an earlier one.
QUOTED_OWN_IHC: list[Case] = [
    (
        "qi-ihc-after-bracketed-reference-note",
        "quoted_own_ihc",
        BREAST
        + "HER2 FISH: ratio 1.3, mean HER2 2.4 per cell, NOT AMPLIFIED.\n(Lab reference: amplified when "
        "ratio >= 2.0 or HER2 >= 6.0 per cell.)\nIHC on the same block: 1+.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "qi-ihc-on-this-block-separate-report",
        "quoted_own_ihc",
        BREAST
        + "HER2 DISH: ratio 1.2, NOT AMPLIFIED (group 5).\nIHC on this block (separate report S26-4410): "
        "2+.\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "qi-row-ending-in-score-over-cutoff-table",
        "quoted_own_ihc",
        "HER2/CEP17 FISH worksheet\nBlock: right breast excision B3      IHC (S26-118): 2+\n"
        "  Item          Value   Cut-off\n  HER2 mean     3.1     < 4.0\n  Ratio         1.40    < 2.0\n"
        "RESULT: HER2 NOT AMPLIFIED -> HER2 NEGATIVE\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "qi-near-miss-other-block-separate-report",
        "quoted_own_ihc",
        BREAST
        + "HER2 FISH on block A3: ratio 1.2, NOT AMPLIFIED.\nPrior IHC on the 2019 core (separate report "
        "S19-0042): 3+.\nIHC on block A3: 2+.\n",
        NEG,
        {"ihc.score": "2+"},
    ),
]

# 7. an amendment that adds a FISH result under its own heading ("HER2 FISH [this amendment, 05/11]:")
#    below the IHC line marked "[original report ...]" (devset24 b24-f10-01): the FISH rows took the
#    original report's cue and were set aside, so the 2+ read equivocal.
AMENDMENT_OWN: list[Case] = [
    (
        "ao-fish-this-amendment-under-original-ihc",
        "amendment_own",
        "AMENDED REPORT (adds HER2 ISH)\n"
        + BREAST
        + "HER2 IHC (4B5) [original report 03/02]: 2+ (equivocal)\n"
        "HER2 SISH [this amendment, 03/09]:\n   HER2/CEP17 ratio   2.9\n   Mean HER2/cell    6.1\n"
        "   Group 1: AMPLIFIED\n",
        POS,
        {"ish.result": "amplified"},
    ),
    (
        "ao-near-miss-original-fish-only",
        "amendment_own",
        "AMENDED REPORT\n" + BREAST + "HER2 FISH [original report 03/02]: ratio 2.9, AMPLIFIED\n"
        "HER2 FISH [this amendment, 03/09]: recount ratio 1.4, mean 2.9, NOT AMPLIFIED\n",
        NOT_POS,
        {},
    ),
]

# 8. a mean count written with an equals sign after the name and its unit after the number ("mean
#    HER2 = 8.2 signals/nucleus", "promedio HER2 = 8,2 señales/núcleo", wrapped or not; variants14b
#    v14b-f08-04): the mean was lost, so a ratio >= 2.0 with IHC 2+ could not be placed in group 1
#    and read equivocal. A chromosome 17 mean stays no HER2 mean.
MEAN_EQUALS: list[Case] = [
    (
        "me-mean-equals-signals-per-nucleus",
        "mean_equals",
        BREAST
        + "HER2 IHC: 2+ (equivocal).\nHER2 SISH: HER2/CEP17 ratio = 2.7; mean HER2 = 6.9 signals/nucleus.\n",
        POS,
        {"ish.her2_copy_number": 6.9},
    ),
    (
        "me-promedio-equals-wrapped",
        "mean_equals",
        "Carcinoma ductal infiltrante de mama, biopsia.\nHER2 (IHQ): 2+ (dudoso).\nHER2 (SISH): relación "
        "HER2/CEP17 = 2,9; promedio HER2 = 7,4\n  señales/núcleo.\n",
        POS,
        {"ish.her2_copy_number": 7.4},
    ),
    (
        "me-mean-colon-copies-per-cell-negative",
        "mean_equals",
        BREAST + "HER2 IHC: 2+.\nHER2 FISH: ratio 1.3; mean HER2: 3.1 copies per cell; not amplified.\n",
        NEG,
        {"ish.her2_copy_number": 3.1},
    ),
    (
        "me-near-miss-cep17-mean-equals",
        "mean_equals",
        BREAST + "HER2 IHC: 2+.\nHER2 FISH pending. CEP17 mean = 2.1 signals/nucleus on the control slide.\n",
        EQV,
        {"ish": None},
    ),
]

CASES: list[Case] = (
    SPELLED_DECIMAL
    + AGREE_SCORE
    + SCALE_RESTATED
    + CORRECTED_ENTRY
    + INITIAL_READ
    + QUOTED_OWN_IHC
    + AMENDMENT_OWN
    + MEAN_EQUALS
)
