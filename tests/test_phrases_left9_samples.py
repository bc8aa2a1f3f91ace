"""A history line written with its short label (left9, item 3): "Hx:", "PMH:", "Clin Hx:".

"Hx: breast cancer, HER2+ (IHC 3+) 2020." over the report's own "HER2 IHC: 0" was read as this
tumour's positive (a wrong-way call): "History:" and "CLINICAL HISTORY:" were history labels,
their short forms were not. They now are, both where a value is filed as an earlier result and in
the check on every positive call (docs/positive-check.md, history-label). The near-misses keep a
family history ("FHx:") and a history line about something else above the report's own positive.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

LIVER = "Liver biopsy: metastatic carcinoma.\n"

# the earlier result under a short history label never becomes this tumour's positive
SHORT_LABELS = {
    "hx-current-marked": (
        LIVER + "Hx: breast cancer, HER2+ (IHC 3+) 2020.\nHER2 IHC (current): 0\n",
        {"negative"},
    ),
    "pmh-current-marked": (
        LIVER + "PMH: breast cancer, HER2+ (IHC 3+) 2020.\nHER2 IHC (current): 0\n",
        {"negative"},
    ),
    "hx-plain": (LIVER + "Hx: breast cancer, HER2 3+ 2020.\nHER2 IHC: 0\n", {"negative", "not_found"}),
    "clin-hx-plain": (
        LIVER + "Clin Hx: breast cancer 2019, HER2 3+.\nHER2 IHC: 1+\n",
        {"negative", "not_found"},
    ),
}


@pytest.mark.parametrize("case", sorted(SHORT_LABELS))
def test_a_short_history_label_is_a_history_label(case: str) -> None:
    text, allowed = SHORT_LABELS[case]
    assert explain_text(text).status in allowed


NEAR_MISSES = {
    "family-history": "Breast core biopsy, left: invasive carcinoma.\nFHx: mother, breast cancer.\nHER2 IHC: 3+\n",
    "hx-of-something-else": "Breast, left, core: invasive ductal carcinoma.\nHx: palpable mass.\nHER2 IHC: 3+ (positive)\n",
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_the_reports_own_positive_under_another_history_line_stands(case: str) -> None:
    assert explain_text(NEAR_MISSES[case]).status == "positive"
