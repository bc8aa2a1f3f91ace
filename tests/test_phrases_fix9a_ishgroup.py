"""An ISH group 2-4 count is settled with the concurrent IHC, never by its low ratio alone.

Blind set 9 b9-f03-08 ("HER2/CEP17 ratio .... 1.3 / Average HER2 copy # .... 7.2 signals/cell /
Average CEP17 copy # .... 5.5 / ASCO/CAP 2018: Group 3. / Concurrent IHC 3+. / Final HER2 call:
POSITIVE") was read ISH not amplified: the "copy #" rows were not read and the group, ending its
sentence with a full stop, was not either, so the ratio alone decided. Structure: the mean HER2
copy number under any label a lab prints ("copy #", "copy no.") and the group the lab names make
it group 3, which IHC 3+ settles as amplified. Near-misses: the same group with IHC 1+ (not
amplified), a low ratio with a low mean (group 5), a decimal after "group" (no group).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GROUP_SETTLED = [
    (
        "copy-hash-rows",
        "HER2 FISH (dual probe), left breast excision, block B2\n"
        "HER2/CEP17 ratio ........ 1.4\n"
        "Mean HER2 copy #/cell ... 6.8\n"
        "Mean CEP17 copy #/cell .. 4.9\n"
        "Concurrent HER2 IHC: 3+.\n",
        "amplified",
        "positive",
    ),
    (
        "group-ends-sentence",
        "Breast core biopsy, HER2 ISH.\n"
        "Ratio HER2/CEP17: 1.5. ASCO/CAP 2018 ISH group 3.\n"
        "HER2 immunohistochemistry on the same block: 3+ (positive).\n",
        "amplified",
        "positive",
    ),
    (
        "copy-no-abbreviation",
        "INVASIVE BREAST CARCINOMA - HER2 SISH\n"
        "Mean HER2 copy no.: 6.6 /cell\n"
        "Mean CEP17 copy no.: 4.4 /cell\n"
        "HER2/CEP17 ratio: 1.5\n"
        "IHC (4B5): 3+\n",
        "amplified",
        "positive",
    ),
]

NEAR_MISSES = [
    (
        "group-3-with-ihc-1",
        "Breast core biopsy, HER2 ISH.\n"
        "Ratio HER2/CEP17: 1.5. ASCO/CAP 2018 ISH group 3.\n"
        "HER2 immunohistochemistry on the same block: 1+.\n",
        "not_amplified",
        "negative",
    ),
    (
        "group-5-low-mean",
        "HER2 FISH (dual probe), breast excision\n"
        "HER2/CEP17 ratio ........ 1.3\n"
        "Mean HER2 copy #/cell ... 2.4\n"
        "Mean CEP17 copy #/cell .. 1.9\n",
        "not_amplified",
        "negative",
    ),
]


@pytest.mark.parametrize(
    ("text", "ish", "status"),
    [c[1:] for c in GROUP_SETTLED + NEAR_MISSES],
    ids=[c[0] for c in GROUP_SETTLED + NEAR_MISSES],
)
def test_an_ish_group_is_settled_by_its_ihc(text: str, ish: str, status: str) -> None:
    result = explain_text(text)
    assert result.ish is not None and result.ish.result == ish
    assert result.status == status
