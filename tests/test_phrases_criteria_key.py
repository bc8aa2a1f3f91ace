"""A criteria key that names one score after the HER2 name is a legend, not a result.

Found by the lead at the end of session 3: a rule that reads a result row naming its criteria
("HER2 (4B5), block B2, gastric/CRC criteria: Negative (score 0)") also took "HER2 HERACLES criteria:
3+ in >=50% of cells is positive" for a 3+ result, and "HER2 (ASCO/CAP 2018 criteria): 3+ is
positive, 0 and 1+ are negative" was positive before it: a positive call for a report with no
result, the worst direction. A score that is the subject of its category ("3+ ... is positive")
is a definition (context rule legend-score-is-category).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

COLON = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated.\n"
BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

KEYS = [
    ("heracles-key-one-score", COLON + "HER2 HERACLES criteria: 3+ in >=50% of cells is positive.\n"),
    ("asco-cap-key", BREAST + "HER2 (ASCO/CAP 2018 criteria): 3+ is positive, 0 and 1+ are negative.\n"),
    ("key-with-equivocal", BREAST + "HER2 IHC interpretation: 2+ is equivocal and reflexes to ISH.\n"),
    ("key-plural", BREAST + "HER2 scoring: 0 and 1+ are negative; 3+ is positive.\n"),
]

RESULTS = [
    (
        "criteria-row-result",
        COLON + "HER2 (4B5), block B2, gastric/CRC criteria: Negative (score 0).\n",
        "negative",
    ),
    ("which-is-positive", BREAST + "HER2 IHC: 3+ in 90% of tumor cells, which is positive.\n", "positive"),
    ("score-then-call", BREAST + "HER2 (4B5): 3+ (positive).\n", "positive"),
    (
        "result-then-key",
        BREAST + "HER2 IHC: score 1+ (negative).\nKey: 3+ is positive; 0 and 1+ are negative.\n",
        "negative",
    ),
]


@pytest.mark.parametrize(("name", "text"), KEYS, ids=[k[0] for k in KEYS])
def test_a_criteria_key_alone_is_no_result(name: str, text: str) -> None:
    assert explain_text(text).status == "not_found", name


@pytest.mark.parametrize(("name", "text", "status"), RESULTS, ids=[r[0] for r in RESULTS])
def test_a_result_beside_or_before_a_key_is_read(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name
