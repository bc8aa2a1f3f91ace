"""Which test a score belongs to, and a word left whole (tests/variants4 H-14, H-02).

- A title line spaced like a table header ("HER2 FISH REPORT     Patient: ...     Lab: ...")
  made the line below it a column of cells, and "Concurrent biomarkers: ER 3+ 90%, PR 3+ 50%"
  gave HER2 the ER's 3+ (v4-H-14: the IHC was 2+). A score in a column cell after another
  marker's name, with no HER2 name between them, is that marker's (findings/columns.py).
- The OCR word repair looks for damaged result words in a window after each HER2 name; where
  two names' windows met inside a word, the second window saw "mplified", one edit from
  "amplified", and wrote "Aamplified" (v4-H-02: the ISH column's "Amplified (3.9 / 8.4)" was
  lost). A token that starts or ends inside a longer word is no token (findings/ocr_words.py).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text
from her2cli.findings.ocr_words import WINDOW_AFTER_NAME, repair_ocr_words
from her2cli.normalize import normalize
from her2cli.rules import compiled

TITLE = "HER2 FISH REPORT     Patient: MOUSSA, Yasmin    Lab: HC-FISH-26-1811\n"
MARKER_LINES = [
    ("er-pr", "Specimen: Right breast core biopsy, block A1. Concurrent biomarkers: ER 3+ 90%, PR 3+ 50%,\n"),
    ("pr-only", "Specimen: Right breast core. Biomarkers on file: PR 3+ (80%), Ki-67 20%,\n"),
    ("estrogen-receptor", "Specimen: left breast core; estrogen receptor 3+ strong (95%),\n"),
]


@pytest.mark.parametrize(("name", "line"), MARKER_LINES, ids=[c[0] for c in MARKER_LINES])
def test_another_markers_score_in_a_cell_is_not_her2s(name: str, line: str) -> None:
    text = TITLE + line + "HER2 IHC 2+ (equivocal).\n\nHER2/CEP17 ratio 2.6, mean HER2 5.8: AMPLIFIED.\n"
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.score == "2+", name
    assert result.status == "positive"


def test_a_her2_score_in_a_cell_after_another_marker_is_still_her2s() -> None:
    """Near-miss: the HER2 name between the marker and the score makes the score HER2's."""
    text = TITLE + "Specimen: breast core. Biomarkers: ER 90%, HER2 3+ (positive),\n"
    result = explain_text(text)
    assert result.ihc is not None and result.ihc.score == "3+"


WORDS = ["Amplified", "NEGATIVE", "equivocal", "Not amplified"]


@pytest.mark.parametrize("word", WORDS)
def test_a_result_word_where_two_windows_meet_stays_whole(word: str) -> None:
    """Every place the first name's window can end inside the word: the word is unchanged."""
    for cut in range(1, len(word)):
        first = "HER2 IHC see table. "
        # the second name sits inside the first window; the first window ends `cut` letters into the word
        pad = WINDOW_AFTER_NAME - (len(first) - 4) - cut
        filler = "HER2 " + "x" * max(0, pad - 6) + " "
        text = first + filler + word + " (3.9 / 8.4)\n"
        norm = normalize(text)
        repaired = repair_ocr_words(norm, compiled().her2)
        assert word in repaired.text, (word, cut, repaired.text[-40:])


def test_a_damaged_word_is_still_repaired() -> None:
    norm = normalize("HER2 (4B5): NEGATIUE (score 1+)\n")
    assert "NEGATIVE" in repair_ocr_words(norm, compiled().her2).text
