"""The lab's ISH call on a dot-leader row is its call (devset11 b11-f01-10: a 2011 FISH block
"HER-2/neu : CEP17 ratio .... 2.1 / Mean HER-2/neu signals/nucleus ... 4.4 / Result ....
EQUIVOCAL" read as amplified from the numbers, an equivocal report called positive).

Structure: a result label set apart from its value by a dot leader ("Result ........ EQUIVOCAL")
is the same labelled result line as "Result: EQUIVOCAL"; the lab's own words outrank a group
the engine would work out from its numbers (older cut-offs call 2.0-2.2 equivocal). Near-misses:
an AMPLIFIED / NOT AMPLIFIED row is read as before.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Right breast, excision: invasive ductal carcinoma.\n"

EQUIVOCAL_ROWS = [
    (
        "interpretation-leaders",
        "HER2 FISH (dual probe, block 3A):\n"
        "  HER2/CEP17 ratio ............ 2.0\n"
        "  Mean HER2 copies per cell ... 4.6\n"
        "  Interpretation .............. EQUIVOCAL (ASCO/CAP 2007 criteria)\n",
    ),
    (
        "spanish-resultado",
        "HER2 FISH (sonda dual, bloque B2):\n"
        "  Cociente HER2/CEP17 ............ 2,1\n"
        "  Media de senales HER2 .......... 4,5\n"
        "  Resultado ...................... EQUIVOCO\n",
    ),
    (
        "conclusion-lower-case",
        "her2 sish, block c4\n"
        "  her2:chr17 ratio .......... 2.05\n"
        "  average her2 per nucleus .. 4.1\n"
        "  conclusion ................ equivocal; repeat on another block advised\n",
    ),
    (
        "ocr-resu1t",
        "HER2 FlSH (block A1):\n"
        "  HER2/CEP17 ratio ......... 2.2\n"
        "  mean HER2 signals/cell ... 4.9\n"
        "  RESU1T ................... EQUIVOCAL\n",
    ),
]

NEAR_MISSES = [
    (
        "amplified-row",
        "HER2 FISH (dual probe, block 3A):\n"
        "  HER2/CEP17 ratio ............ 2.9\n"
        "  Mean HER2 copies per cell ... 6.6\n"
        "  Result ...................... AMPLIFIED\n",
        "positive",
    ),
    (
        "not-amplified-row",
        "HER2 FISH (dual probe, block 3A):\n"
        "  HER2/CEP17 ratio ............ 1.2\n"
        "  Mean HER2 copies per cell ... 2.4\n"
        "  Result ...................... NOT AMPLIFIED\n",
        "negative",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in EQUIVOCAL_ROWS], ids=[c[0] for c in EQUIVOCAL_ROWS])
def test_a_dot_leader_equivocal_row_is_the_ish_call(text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.status == "equivocal"
    assert result.ish is not None and result.ish.result == "equivocal"


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_amplified_and_not_amplified_rows_read_as_before(text: str, status: str) -> None:
    assert explain_text(HEAD + text).status == status
