"""fix23 (session 23): the unsafe families found last session that still read a confident wrong
status, and wrong-way leftovers, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

CORE = "Surgical pathology. Right breast, 14G core biopsy: invasive carcinoma NST, grade 2.\n"
EXCISION = "Surgical pathology. Left breast, wide local excision: invasive ductal carcinoma, 17 mm.\n"


# --- R4. one area counted when it is the only area there is ------------------------------------------
# review22 R4: fix22's "area N only" rule read a report whose one counted area is the whole invasive
# tumour not_found. It is a regional note only beside another ISH value or call of the report.
ONLY_AREA_IS_TUMOUR: list[Case] = [
    (
        "area-one-only-sole-focus-amplified",
        CORE
        + "HER2 dual ISH, 20 cells (area 1 only, the single focus of invasion): ratio 4.6 - AMPLIFIED.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.6},
    ),
    (
        "region-b-only-no-tumour-elsewhere-not-amplified",
        EXCISION + "HER2 SISH: ratio 1.1 (zone B only - zone A is fibrosis), not amplified.\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.1},
    ),
]
ONLY_AREA_IS_TUMOUR_NEAR: list[Case] = [
    # beside the whole tumour's value, one area's count stays a regional note
    (
        "whole-tumour-negative-area-three-only-amplified",
        EXCISION + "HER2 FISH, all invasive tumour (50 nuclei): ratio 1.3. NOT AMPLIFIED.\n"
        "A separate count in area 3 only: ratio 4.4, amplified.\nHER2 status: NEGATIVE\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.3},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ONLY_AREA_IS_TUMOUR + ONLY_AREA_IS_TUMOUR_NEAR)
)
def test_the_only_area_counted_is_the_tumours_count(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
