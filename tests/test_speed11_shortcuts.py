"""The shortcuts of issue 13 (session 11) give what the patterns they stand for give.

- normalize.py tests a line for a column gap, a line end that goes on and a sentence end in a
  line only where the pattern can match (four spaces or a tab; the last characters; a '.', '!'
  or '?'): each check is compared with the pattern run as written, on random lines.
- findings/ocr_split.py tries to join a word's pieces only from a piece whose key begins a listed
  word: compared with trying every piece, on random texts of pieces.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2cli import normalize
from her2cli.findings import ocr_split
from her2cli.rules.quotes import quote_patterns

LINE = st.text(alphabet="ab. ,:!?(\t\nAFI-", max_size=40)
_ENDING_WORDS = ["of", "the", "including", "x", "a", ",", "(", "Of", "ofx", "xof", " ", "  ", "\t", "."]


def test_the_patterns_are_the_ones_the_shortcuts_read() -> None:
    q = quote_patterns()
    # a new pattern text must be checked against the shortcut in normalize.py first
    assert q.quote_column_gap.pattern == r"\S( {4,}|\t+)(?=\S)"
    assert q.quote_line_continues.pattern.endswith(r"),?$")
    assert q.quote_sentence_end_in_line.pattern == r"""(?<!\.)[.!?]["')]*(?:\s|$)"""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE)
def test_a_column_gap_is_found_where_the_pattern_finds_one(line: str) -> None:
    q = quote_patterns()
    assert normalize._is_columns(line) == bool(q.quote_column_gap.search(line.strip()))
    text = "x\n" + line + "\ny"
    lo, hi = 2, 2 + len(line)
    if q.quote_column_gap.search(text, lo, hi) is None:
        assert normalize._column_of(text, lo, hi, lo, lo) is None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_ENDING_WORDS), max_size=6).map("".join),
    st.text(alphabet="ab. ,:!?(AF-", min_size=1, max_size=30),
    st.integers(min_value=0, max_value=80),
)
def test_a_line_joins_the_next_as_the_patterns_say(before: str, after: str, width: int) -> None:
    q = quote_patterns()
    got = normalize._joins(before, after, width)
    # the check as it was written before the shortcuts
    gap = q.quote_column_gap
    ends_field = not before or not after or before[-1] in ".!?:;|"
    columns = bool(before and after) and bool(gap.search(before.strip()) or gap.search(after.strip()))
    if ends_field or columns or not any(c.isalnum() for c in before) or q.quote_field_label.match(after):
        want = False
    elif after[0].islower() or after[0] in "(~<>%" or q.quote_line_continues.search(before):
        want = True
    else:
        full_width = len(before) >= max(45, 0.7 * width)
        want = full_width and bool(q.quote_sentence_end_in_line.search(after))
    assert got == want


def _split_words_tried_everywhere(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """ocr_split._split_words as written before the shortcut: every piece tried."""
    triggers, controls, _, longest = ocr_split._keys()
    pieces = list(ocr_split.ocr_rules().split_piece.finditer(text))
    joins: list[tuple[int, int, str]] = []
    control_spans: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        hit = ocr_split._joined_at(text, pieces, i, longest)
        if hit is None:
            if ocr_split._key(pieces[i].group(0)) in controls:
                control_spans.append((pieces[i].start(), pieces[i].end()))
            i += 1
            continue
        n, key = hit
        start, end = pieces[i].start(), pieces[i + n - 1].end()
        joins.append((start, end, key))
        if key in controls:
            control_spans.append((start, end))
        i += n
    triggers_kept = [j for j in joins if j[2] in triggers]
    labels = [j for j in joins if j[2] not in triggers and ocr_split._near_control(text, j, control_spans)]
    return sorted(triggers_kept + labels), control_spans


_PIECES = ["contr", "ol", "c0ntr", "C0NTR0L", "Posi", "tive", "con", "trol", "tissue", "tiss", "ue", "pre",
           "viously", "sl", "ide", "x", "\u0130", "\u00df", "\u03a3", "K", "\u212a"]  # fmt: skip


@pytest.mark.parametrize("seed", range(5))
def test_split_words_are_joined_as_when_every_piece_is_tried(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(400):
        text = "".join(
            rnd.choice(_PIECES) + rnd.choice(["", " ", "  ", "   ", "\n"]) for _ in range(rnd.randint(1, 25))
        )
        assert ocr_split._split_words(text) == _split_words_tried_everywhere(text)
