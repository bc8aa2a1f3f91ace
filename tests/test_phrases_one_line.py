"""A report written on one line reads like the same report with its line breaks.

Every lookup of "the line holding this name, score or gene" looks at most LINE_REACH characters
either way (findings/scope.py line_start / line_end): a real report's line is far shorter, and
on a text with no line break at all the work per name stays bounded, so the reading is linear in
the text's length (the time is measured by benchmarks, not here). These cases check what that
bound must not change: the same findings on one line as on several, and the same line a short
line has.
"""

from __future__ import annotations

import pytest

from her2cli.findings.scope import LINE_REACH, line_end, line_start

from .probe_runner import assert_fields

FILLER = "tissue sample fragment text "
RESULTS = (
    "Colon, sigmoid, resection: invasive adenocarcinoma. HER2 IHC (4B5): 0 (negative). "
    "KRAS: wild-type. NRAS: G12D mutation detected. BRAF V600E: not detected. MSI: stable. "
)


@pytest.mark.parametrize("repeats", [1, 20])
def test_a_one_line_report_reads_like_the_same_report_with_line_breaks(repeats: int) -> None:
    padding = FILLER * (3 * LINE_REACH // len(FILLER))  # far longer than any bound
    one_line = padding + RESULTS * repeats + padding
    with_breaks = padding + "\n" + RESULTS.replace(". ", ".\n") * repeats + "\n" + padding
    expected = {
        "status": "negative",
        "ihc": "0",
        "cancer": "colorectal",
        "kras": "wild-type",
        "nras": "mutant",
        "braf": "wild-type",
        "msi": "MSS",
    }
    assert_fields(one_line, expected)
    assert_fields(with_breaks, expected)


def test_a_line_lookup_finds_a_short_line_whole() -> None:
    text = "first line\nsecond line here\nthird"
    pos = text.index("line here")
    assert text[line_start(text, pos) : line_end(text, pos)] == "second line here"
    assert line_start(text, 3) == 0 and line_end(text, len(text) - 1) == len(text)


def test_a_line_lookup_stops_at_its_reach_on_a_text_without_line_breaks() -> None:
    text = "x" * (5 * LINE_REACH)
    pos = 2 * LINE_REACH
    assert line_start(text, pos) == pos - LINE_REACH
    assert line_end(text, pos) == pos + LINE_REACH
    assert line_start(text, 10) == 0 and line_end(text, len(text) - 10) == len(text)
