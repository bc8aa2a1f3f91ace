"""An earlier, corrected or withdrawn HER2 value never outranks the current value it contradicts.

Found on tests/variants4 (trap reports written blind): a corrected entry ("REVISED: HER2 1+ (prev.
entered as 'HER2 3+ pos')"), a Spanish rectification ("Donde dice: 'HER2: positivo (3+)' / Debe
decir: 'HER2: negativo (1+)'"), a withdrawn FISH result, and a prior contralateral breast cancer
quoted in the clinical history were all called POSITIVE because the highest value wins when a
report's values differ. The value is marked earlier by the cue nearest before it
(findings/earlier.py) and set aside only when a current value of the same test places the status
lower (interpret/earlier.py). Near-misses: two current tumors (positive if any), an earlier value
that is the only one, an earlier value lower than the current one, a current cue after the
earlier one.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

EARLIER_HIGHER = [
    (
        "entry-error",
        'ADDENDUM / REVISED\nREVISED: HER2 1+\n(prev. entered as "HER2 3+ pos" on prelim report - entry error)\n'
        + BREAST
        + "HER2 (IHC) 1+ NEG\n",
    ),
    (
        "spanish-rectification",
        'INFORME RECTIFICADO\nCarcinoma infiltrante de mama.\nDonde dice: "HER2: positivo (3+)"\n'
        'Debe decir: "HER2: negativo (1+)"\n',
    ),
    # "prior-contralateral-history" (a prior LEFT breast cancer above a RIGHT core's 1+) moved to
    # tests/test_phrases_safety5_sides.py: since safety5 the other side's cancer is another tumor,
    # set aside as other_tumor rather than as this tumor's earlier result
    (
        "previously-reported-as",
        BREAST
        + "HER2 was previously reported as positive (3+) in error.\nCorrected result: HER2 IHC 0, negative.\n",
    ),
    (
        "ocr-history-label",
        "Clinical history: breast cancer in 2015, HER2 3+.\n\n" + BREAST + "HER2 IHC (4B5): 1+ ; negative\n",
    ),
]

KEPT = [
    (
        "two-current-tumors",
        "A. Left breast: invasive ductal carcinoma. HER2 IHC 3+ (positive).\n\n"
        "B. Right breast: invasive lobular carcinoma. HER2 IHC 1+ (negative).\n",
        "positive",
    ),
    (
        "earlier-value-only",
        "CLINICAL HISTORY: Prior left breast carcinoma, HER2-positive (3+).\n\n"
        "DIAGNOSIS: Left axillary lymph node, core biopsy: metastatic carcinoma, consistent with breast primary.\n",
        "positive",
    ),
    (
        "earlier-lower-than-current",
        BREAST
        + "HER2 was previously reported as 1+ on the outside slides.\nHER2 IHC on this specimen: 3+ (positive).\n",
        "positive",
    ),
    (
        "corrected-to-positive",
        "AMENDED REPORT\n"
        + BREAST
        + "Previous result: HER2 IHC 2+ (equivocal).\nRevised result: HER2 IHC 3+ (positive).\n",
        "positive",
    ),
    (
        "current-cue-after-earlier",
        "ADDENDUM\n" + BREAST + 'Donde dice: "HER2: negativo (1+)"\nDebe decir: "HER2: positivo (3+)"\n',
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text"), EARLIER_HIGHER, ids=[k[0] for k in EARLIER_HIGHER])
def test_an_earlier_higher_value_does_not_outrank_the_current_one(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "negative", name
    assert "earlier_result" in result.warning_codes, name


@pytest.mark.parametrize(("name", "text", "status"), KEPT, ids=[r[0] for r in KEPT])
def test_current_results_and_lone_earlier_values_are_kept(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name
