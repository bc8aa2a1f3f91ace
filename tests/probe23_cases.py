"""Lost results (probe23, session 23): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of the
default sets, not copied from their texts. Each case: (id, family, text, allowed statuses,
expected key fields); near-misses keep the reading they had (a key, a pending test, a control, a
drug's approval bar, a legend).
"""

from __future__ import annotations

from .probe_runner import EQV, NEG, NF, POS
from .probe_runner import ProbeCase as Case

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
UTERUS = "Endometrium, hysterectomy: serous carcinoma, FIGO IB.\n"
BILIARY = "Gallbladder, cholecystectomy: adenocarcinoma, pT2.\n"

# 1. a labelled result line ("RESULT: HER2 POSITIVE") below a score whose criteria aside wraps
#    onto its own row ("(criteria: 3+ in >30% = positive)"; variants14b v14b-f07-03): the aside
#    made the result line a legend, and the report read not found. A result-labelled line starts
#    its own statement. Near-misses: a key block under a key heading, a scale listed on the
#    result line itself, a pending result line.
RESULT_BELOW_ASIDE: list[Case] = [
    (
        "ra-serous-3plus-criteria-row-then-final-result",
        "result_below_aside",
        UTERUS
        + "\nHER2 (serous carcinoma scoring):\n  IHC (4B5): 3+ strong complete/lateral membrane staining\n"
        "     in about 60% of cells\n     (criteria: 3+ in >30% = positive)\n  FISH: not needed\n"
        "  Final result: HER2 POSITIVE\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ra-breast-3plus-criteria-aside-then-result",
        "result_below_aside",
        BREAST + "HER2 IHC (4B5): 3+ strong complete staining in 90% of cells\n"
        "   (criteria: 3+ in >10% = positive)\nISH: not required\nRESULT: HER2 POSITIVE\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "ra-near-miss-result-row-of-a-key",
        "result_below_aside",
        BREAST + "HER2 IHC scoring criteria:\n  0 = no staining\n  1+ = faint incomplete\n"
        "  2+ = weak complete (criteria: 2+ = equivocal)\n  RESULT: HER2 POSITIVE if 3+\n",
        NF,
        {"ihc": None},
    ),
    (
        "ra-near-miss-result-line-pending",
        "result_below_aside",
        BREAST + "HER2 IHC (4B5): 3+ strong complete staining in 90% of cells\n"
        "   (criteria: 3+ in >10% = positive)\nISH: not required\nRESULT: HER2 pending review\n",
        NF,
        {"ihc.score": "3+"},
    ),
]

# 2. a drug named in the bracket of the test's own label, before its colon ("HER2 IHC (4B5;
#    scoring as in the zanidatamab trials): score 0"; variants15b v15b-f07-04): a ";" inside the
#    bracket ended the name's statement, so the score after the colon was read as a drug's bar in a
#    later sentence and lost. Near-misses: the drug's approval bar in a sentence of its own, a
#    score inside the bracket.
DRUG_IN_LABEL: list[Case] = [
    (
        "dl-zero-after-trial-scoring-bracket",
        "drug_in_label",
        BILIARY + "HER2 immunohistochemistry (clone 4B5; gastric criteria per the trastuzumab trials): "
        "score 0, no staining.\nHER2 NEGATIVE.\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "dl-3plus-after-eligibility-bracket",
        "drug_in_label",
        "Stomach, gastrectomy: adenocarcinoma.\nHER2 IHC (4B5; tested for trastuzumab eligibility): 3+ "
        "strong complete membranous staining.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "dl-near-miss-approval-sentence",
        "drug_in_label",
        BILIARY + "HER2 IHC: pending.\n(Zanidatamab is approved for IHC 3+ biliary tract cancer.)\n",
        NF,
        {"ihc": None},
    ),
    (
        "dl-near-miss-drug-bar-after-result",
        "drug_in_label",
        BILIARY + "HER2 IHC (4B5): 1+, negative. Trastuzumab deruxtecan is approved for IHC 3+ tumours.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
]

# 3. guidance about any tumour with a score ("an IHC 2+ tumour is neither HER2 positive nor HER2
#    negative until ISH is reported"; devset25 b25-f01-10) printed under the report's own IHC 2+
#    with FISH awaited: read as a 2+ called positive and a HER2-negative statement, so the lab's
#    equivocal was lost. A score after an indefinite article and a class noun, with a verb of what
#    any such tumour is or needs, describes the class (context.toml hypothetical-generic-cases).
#    Near-misses: "a 3+ tumour is present", "this 2+ tumour is", a result that requires nothing.
CLASS_OF_SCORE: list[Case] = [
    (
        "cs-any-2plus-neither-until-fish",
        "class_of_score",
        BREAST + "HER2 IHC (4B5): 2+, equivocal. FISH requested on block B2, result to follow.\n"
        "Note for the clinic: an IHC 2+ carcinoma is neither HER2 positive nor HER2 negative until the "
        "FISH is reported.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "cs-any-result-confirmed-and-a-cancer-neither",
        "class_of_score",
        BREAST + "HER2 IHC (4B5): 2+ (equivocal), FISH sent.\nAny 2+ result should be confirmed by ISH; "
        "an IHC 2+ cancer is neither HER2-positive nor HER2-negative yet.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "cs-a-her2-2plus-tumour-neither",
        "class_of_score",
        BREAST + "HER2 IHC (4B5): 2+ (equivocal), FISH sent.\nA HER2 2+ tumour is neither HER2 positive "
        "nor HER2 negative until ISH is done.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "cs-near-miss-a-3plus-tumour-is-present",
        "class_of_score",
        BREAST + "HER2 IHC: a 3+ tumour is present in all cores, strong complete staining in 90% of cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "cs-near-miss-this-2plus-tumour-requires-fish",
        "class_of_score",
        BREAST + "HER2 IHC (4B5): 2+ (equivocal). This 2+ tumour requires FISH, which has been sent.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
]

# 4. a synoptic's score row with a dot leader under the HER2 heading ("HER2 (by
#    immunohistochemistry)" / "  Score ........ 0"; devset22 b22-f11-03): "Score" followed by
#    dots was no score label, so only a HER2-low checklist row gave the 0 and the call was
#    withdrawn. Near-misses: a percentage and a decimal after the dots, a pending score row.
SCORE_DOT_LEADER: list[Case] = [
    (
        "sd-synoptic-score-zero-dot-leader",
        "score_dot_leader",
        BREAST + "ER ........ positive (95%)\nHER2 (immunohistochemistry)\n  Antibody ............ 4B5\n"
        "  Score ............... 0\n  Pattern ............. no membrane staining in tumour cells\n",
        NEG,
        {"ihc.score": "0"},
    ),
    (
        "sd-synoptic-intensity-score-one",
        "score_dot_leader",
        BREAST + "HER2 by IHC\n  Clone ............. SP3\n  Score ............. 1\n"
        "  Comment ........... faint partial staining, 30% of cells\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "sd-near-miss-score-row-pending",
        "score_dot_leader",
        BREAST
        + "HER2 (immunohistochemistry)\n  Antibody ............ 4B5\n  Score ............... pending\n",
        NF,
        {"ihc": None},
    ),
    (
        "sd-near-miss-percentage-after-dots",
        "score_dot_leader",
        BREAST + "HER2 (immunohistochemistry): not performed\n  Ki-67 score ......... 15%\n",
        NF,
        {"ihc": None},
    ),
]

# 5. a result word OCR cut once right after the HER2 name ("HER-2/neu -- negat ive; no membrane
#    staining"; devset11 b11-f11-07, devset14 b14-f03-06): the word was no call, so the report read
#    not found. Two pieces are joined only when they make a result word and the HER2 name stands
#    just before them (ocr.toml ocr-split-result-word). Near-misses: a cut word after another
#    marker's name, two real words after the name, a control.
SPLIT_RESULT_WORD: list[Case] = [
    (
        "sr-her2neu-dashes-negat-ive",
        "split_result_word",
        "SURG1CAL PATH0LOGY\nR breast, excisi0n: ductal carcin0ma, gr 2.\n"
        "   HER-2/neu -- negat ive; n0 membrane staining in tum0ur ce1ls.\n",
        NEG,
        {},
    ),
    (
        "sr-her2neu-colon-posit-ive-no-score",
        "split_result_word",
        "[faxed c0py]\nL breast c0re bi0psy: invasive carcin0ma.\n"
        "HER2/neu: posit ive (str0ng c0mplete membrane staining).\n",
        POS,
        {},
    ),
    (
        "sr-her2-dashes-upper-posit-ive",
        "split_result_word",
        "[faxed c0py]\nL breast c0re bi0psy: invasive carcin0ma.\n"
        "HER2 -- P0SIT IVE, str0ng c0mplete membrane staining in m0st cells.\n",
        POS,
        {},
    ),
    (
        "sr-near-miss-er-negat-ive",
        "split_result_word",
        "[faxed c0py]\nL breast c0re bi0psy: invasive carcin0ma.\nER: negat ive. HER2: t0 f0ll0w.\n",
        NF,
        {},
    ),
    (
        "sr-near-miss-her2-not-done",
        "split_result_word",
        "[faxed c0py]\nL breast c0re bi0psy: invasive carcin0ma.\nHER2 not d0ne on this bl0ck.\n",
        NF,
        {},
    ),
]

# 6. a bladder tumour's first resection named before a cystectomy after neoadjuvant treatment
#    ("Outside TURBT HER2 reported as 2+ (no ISH)" in the clinical lines, then the residual
#    tumour's own 1+; devset17 b17-f07-09): the TURBT's score was read as current beside the
#    residual's, and the report read not found. "Outside/prior/initial/diagnostic TURBT" is the
#    sample before treatment (samples.toml first-biopsy). Near-misses: the TURBT report itself,
#    a TURBT named without an earlier word.
EARLIER_TURBT: list[Case] = [
    (
        "et-referral-outside-turbt-2plus-residual-1plus",
        "earlier_turbt",
        "Specimen: radical cystectomy (after neoadjuvant gemcitabine/cisplatin)\n"
        "Referral note: outside TURBT HER2 reported as 2+ (ISH not done).\n"
        "Residual urothelial carcinoma ypT2. HER2 IHC (4B5), residual tumour: 1+, negative.\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "et-form-note-initial-turbt-residual-1plus",
        "earlier_turbt",
        "Specimen  Cystoprostatectomy after neoadjuvant chemotherapy\n"
        "Note  Initial TURBT HER2 scored 2+ elsewhere.\n\nResidual urothelial carcinoma, ypT2.\n"
        "HER2 (4B5) on residual tumour: 1+ (negative).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "et-near-miss-turbt-report-itself",
        "earlier_turbt",
        "Bladder, TURBT: invasive high-grade urothelial carcinoma with muscularis propria invasion.\n"
        "HER2 IHC (4B5): 2+, moderate complete staining in 40% of cells.\n",
        EQV,
        {"ihc.score": "2+"},
    ),
    (
        "et-near-miss-turbt-no-earlier-word",
        "earlier_turbt",
        "Bladder, repeat TURBT: residual invasive urothelial carcinoma.\n"
        "HER2 IHC on this TURBT: 3+ strong complete staining in 60% of cells.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

# 7. the HER2 name's own "positive 3" ending its sentence, the '+' dropped by OCR ("ER POSITIVE,
#    PR POSITIVE, HER-2/NEU POSITIVE 3."; a real report's IHC 3+ lost): read as the score 3+ when
#    the HER2 name stands right before "positive" (ihc.toml ihc-score callnum). Near-misses: a
#    numbered list whose item 3 follows another marker's "positive", a decimal.
POSITIVE_THREE: list[Case] = [
    (
        "p3-her2neu-positive-3-sentence-end",
        "positive_three",
        "FINAL DIAGNOSIS: RIGHT BREAST, MASTECTOMY: INVASIVE DUCTAL CARCINOMA, GRADE 3. "
        "ER NEGATIVE, HER-2/NEU POSITIVE 3. LYMPH NODES: 0/12.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "p3-her2-positive-3-line-end",
        "positive_three",
        "Left breast excision, invasive carcinoma.\nImmunostains: ER positive, PR negative, HER2 positive 3.\n",
        POS,
        {"ihc.score": "3+"},
    ),
    (
        "p3-near-miss-numbered-list-after-pr",
        "positive_three",
        "Left breast excision, invasive carcinoma.\n1. ER positive 2. PR positive 3. HER2 negative (1+).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "p3-near-miss-er-positive-3-her2-to-follow",
        "positive_three",
        "Left breast excision, invasive carcinoma.\nER positive 3. HER2 IHC: to follow in an addendum.\n",
        NF,
        {"ihc": None},
    ),
]

# 8. a percentage bound before the score in a criteria bracket of the HER2 heading ("HER2 (4B5),
#    serous endometrial criteria (>30% for 3+):" over the block's own 2+; variants16a v16a-f07-04):
#    the bracket's 3+ was read as a score in >30% of cells, a positive IHC beside a not-amplified
#    ISH. "<bound>% for 3+" is the bar, not a score (ihc.toml score-as-threshold). Near-misses: a
#    score with its own percentage of cells, a 3+ after the percentage with no "for".
PERCENT_FOR_SCORE: list[Case] = [
    (
        "pf-serous-criteria-heading-block-2plus-ish-negative",
        "percent_for_score",
        UTERUS + "HER2 (4B5), serous carcinoma criteria (>30% for 3+):\n"
        "  Block C2: 2+ (moderate lateral staining in ~50% of tumour cells).\n"
        "  Dual ISH (block C2): HER2/CEP17 ratio 1.3, mean HER2 2.9/cell - not amplified.\n",
        NEG,
        {"ihc.score": "2+"},
    ),
    (
        "pf-gastric-heading-bound-for-3plus-score-1plus",
        "percent_for_score",
        "Stomach, gastrectomy: adenocarcinoma.\nHER2 IHC, resection criteria (\u226510% of cells for 3+):\n"
        "  Score: 1+ (faint incomplete staining).\n",
        NEG,
        {"ihc.score": "1+"},
    ),
    (
        "pf-near-miss-3plus-in-percent",
        "percent_for_score",
        UTERUS + "HER2 (4B5): 3+ in >30% of tumour cells (about 60%), strong complete staining.\n",
        POS,
        {"ihc.score": "3+"},
    ),
]

CASES: list[Case] = (
    RESULT_BELOW_ASIDE
    + DRUG_IN_LABEL
    + CLASS_OF_SCORE
    + SCORE_DOT_LEADER
    + SPLIT_RESULT_WORD
    + EARLIER_TURBT
    + POSITIVE_THREE
    + PERCENT_FOR_SCORE
)
