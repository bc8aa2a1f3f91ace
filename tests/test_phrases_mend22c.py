"""mend22c (session 22): history blocks read as the current result, as phrase families.

Each family: variants worded as another lab would write them (the status they must read as) and
near-misses that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST_CORE = "Right breast, ultrasound-guided core biopsy: invasive ductal carcinoma, grade 2.\n"


# --- 1. an earlier sample's amplification beside this sample's negative stain -------------------
# A dated or earlier label with nothing after its colon and indented rows under it ("Primary
# tumour (2019):" over "  HER2 FISH amplified, ratio 4.0"), or an earlier label whose values wrap
# onto the next line, gives the rows to that earlier sample; this sample's IHC 0 / 1+ is its
# result. The engine marked them earlier, but kept the ISH because no current ISH was given.
HISTORY_ROWS: list[Case] = [
    (
        "dated-primary-label-rows-under",
        BREAST_CORE + "HER2 immunohistochemistry (clone 4B5): score 1+\n"
        "Initial diagnosis (left breast, 2018):\n    ER positive\n    HER2 SISH amplified, ratio 3.6\n",
        "negative",
        {"ihc.score": "1+", "ish": None},
    ),
    (
        "earlier-results-label-wrapped",
        BREAST_CORE + "HER2 IHC: 0 (negative)\n"
        "Prior results (referral core, 2020): HER2 IHC 3+,\n    dual ISH ratio 5.1, amplified.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "history-label-then-indented-fish",
        BREAST_CORE + "HER2 (4B5) IHC score: 1+, HER2-low.\n"
        "Clinical history:\n  Prior carcinoma of the left breast (2017)\n  FISH: HER2 amplified (HER2/CEP17 6.0)\n",
        "negative",
        {"ihc.score": "1+", "ish": None},
    ),
]
HISTORY_ROWS_NEAR: list[Case] = [
    # a current label keeps its rows
    (
        "current-specimen-label-keeps-rows",
        "HER2 IHC (4B5) on the 2019 core: 1+\nCurrent specimen (excision):\n"
        "  HER2 FISH amplified, ratio 4.0\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # an earlier label whose block ends at a blank line does not swallow the next section
    (
        "history-block-ends-at-blank-line",
        "Prior biopsy (2019):\n  HER2 IHC 1+\n\nFISH on this specimen:\n  HER2 amplified, ratio 3.9\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # a history ISH with a current 2+ (it may be this sample's reflex test, quoted as done) stays
    (
        "history-ish-beside-current-equivocal",
        BREAST_CORE + "HER2 IHC: 2+ (equivocal)\nPrevious FISH result: amplified, ratio 2.6\n",
        "positive",
        {"ihc.score": "2+", "ish.result": "amplified"},
    ),
    # the only HER2 value of the report is an earlier one: kept
    (
        "only-earlier-ish-kept",
        BREAST_CORE + "Previous results (outside biopsy, 2019):\n  HER2 FISH amplified, ratio 4.4\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # this sample's own FISH, current, amplified beside IHC 1+
    (
        "current-fish-amplified-beside-1plus",
        BREAST_CORE + "HER2 IHC: 1+\nHER2 FISH (this specimen): amplified, ratio 4.1\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(HISTORY_ROWS + HISTORY_ROWS_NEAR))
def test_history_rows_are_the_earlier_samples(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 2. a score shown from a key or a remark, not the sample ------------------------------------
# a. A scoring key under a heading that names the test ("HER2 IHC scoring key (for reference
#    only):") with its rows below ("  1+ = faint incomplete staining >10%"): the rows define the
#    categories; the key's 1+ was shown as this sample's score beside "NEGATIVE, SCORE 0"
#    (devset24 b24-f01-08).
# b. A remark that names a part of a mixed stain to say it does not decide the category ("the 1+
#    component does not make this HER2-low") is no second result (devset24 b24-f11-06).
# c. A drug's approval in brackets ("(accelerated approval, HER2-positive [IHC 3+] BTC)") in an NGS
#    therapy list is the approval's category, not this tumour's IHC (devset24 b24-f04-02).
KEY_AND_REMARK: list[Case] = [
    (
        "ihc-key-under-named-heading",
        "BIOMARKERS (block B2)\nOestrogen receptor: NEGATIVE (0%)\nHER2 immunostain: NEGATIVE, SCORE 0\n"
        "  (no membrane staining seen)\nKi-67: 40%\n\nCAP HER2 IHC scoring key (for reference only):\n"
        "  0 = none or faint/partial staining in <=10%\n  1+ = faint/partial staining in >10%\n"
        "  2+ = weak-moderate complete staining >10%\n  3+ = strong complete staining >10%\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "her2-ihc-legend-heading-short-rows",
        BREAST_CORE + "Progesterone receptor: negative\nHER2 (clone 4B5): negative - score 0\n\n"
        "HER2 IHC score legend (for reference):\n  1+ = faint/partial staining >10%\n"
        "  2+ = weak-moderate complete staining >10%\n  3+ = strong complete staining >10%\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "part-does-not-make-low",
        BREAST_CORE + "HER2 IHC (4B5): overall 3+, positive (strong complete staining in 40% of cells;\n"
        "remaining cells faint, 1+). The 1+ population does not make this tumour HER2-low.\n",
        "positive",
        {"ihc.score": "3+", "warning_codes": []},
    ),
    (
        "approval-bracket-in-ngs-therapy-list",
        "Comprehensive genomic profiling (tissue), cholangiocarcinoma, liver biopsy.\n"
        "ERBB2 amplification (copy number 18)\n\nTHERAPY OPTIONS\n"
        " ERBB2 amplification: zanidatamab (FDA approval, HER2-positive\n [IHC 3+] biliary tract cancer);"
        " T-DXd (tumour-agnostic, IHC 3+).\n",
        "positive",
        {"ihc": None, "ngs.amplification": "amplified"},
    ),
]
KEY_AND_REMARK_NEAR: list[Case] = [
    # the sample's own score on a row of the same shape, not under a key heading
    (
        "own-score-row-with-percent",
        BREAST_CORE + "HER2 IHC (4B5):\n  1+ = faint incomplete membrane staining in 60% of cells\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # the 1+ part's own row stays a reading under a 1+ overall
    (
        "part-row-is-the-result",
        BREAST_CORE + "HER2 IHC: 1+ (faint incomplete staining in 70% of cells). HER2-low.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # the tumour's own IHC beside an approval line stays
    (
        "own-ihc-beside-approval-line",
        "Gallbladder adenocarcinoma, liver biopsy.\nHER2 IHC (4B5): 3+ (positive)\n"
        "Zanidatamab has accelerated approval for HER2-positive biliary tract cancer.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(KEY_AND_REMARK + KEY_AND_REMARK_NEAR))
def test_a_key_or_remark_gives_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
