"""Lost results (probe23, session 23): reports whose result the text clearly gives, read not found,
equivocal or with a field missing (safe misses). Written in my own words from the families of the
default sets, not copied from their texts. Each case: (id, family, text, allowed statuses,
expected key fields); near-misses keep the reading they had (a key, a pending test, a control, a
drug's approval bar, a legend).
"""

from __future__ import annotations

from .probe_runner import NEG, NF, POS
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

CASES: list[Case] = RESULT_BELOW_ASIDE + DRUG_IN_LABEL
