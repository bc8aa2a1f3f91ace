"""No rule pattern can take exponential time on a short report.

A pattern with two ways to match the same character inside a repeat (blind set 8 found one: a
dot in a dot leader matched both "a dot before a dot" and "a dot after a dot") backtracks 2**n
times when the match fails; a 538-character report with a dot leader held `explain` for over
ten minutes. Every record's examples and near-misses are pumped with a 40-character run of each
character that such leaders, tables and OCR noise are made of, at each word gap and at the end;
every search must end within a bound five orders of magnitude above its normal cost (a few
microseconds), so the test cannot fail on a slow machine but does on any exponential pattern
(2**40 steps)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex

from her2cli.rules.data import PATTERN_FLAGS, context_rules
from her2cli.rules.patterns import pattern_file

from .test_rules import PATTERN_FILES

PUMP_CHARACTERS = (".", " ", "\t", "-", "_", ":", "|", ",", "/", "(", "0", "1", "a", "x", "*", "\n", " .")
RUN = 40
BOUND_SECONDS = 5.0
GAPS_PER_TEXT = 6


def pumped(text: str) -> Iterator[str]:
    """The text with a long run of each pump character at its first word gaps and at its end."""
    gaps = [i for i, ch in enumerate(text) if ch == " "][:GAPS_PER_TEXT] + [len(text)]
    for at in gaps:
        for ch in PUMP_CHARACTERS:
            yield text[:at] + ch * RUN + text[at:]
            yield text[:at] + ch * RUN + " x"


def _record_cases() -> list[tuple[str, regex.Pattern[str], tuple[str, ...]]]:
    cases = []
    for name in PATTERN_FILES:
        file = pattern_file(name)
        for record in file.records:
            texts = tuple(e.text for e in record.examples) + record.not_examples
            cases.append((f"{name}.toml {record.id}", file[record.id], texts))
    for rule in context_rules():
        pattern = regex.compile(rule.full_pattern(), PATTERN_FLAGS)
        cases.append((f"context rule {rule.id}", pattern, tuple(rule.examples) + tuple(rule.not_examples)))
    return cases


CASES = _record_cases()


@pytest.mark.parametrize(("where", "pattern", "texts"), CASES, ids=[c[0] for c in CASES])
def test_no_pattern_backtracks_exponentially_on_pumped_examples(
    where: str, pattern: regex.Pattern[str], texts: tuple[str, ...]
) -> None:
    for text in texts:
        for probe in pumped(text):
            try:
                pattern.search(probe, timeout=BOUND_SECONDS)
            except TimeoutError:
                pytest.fail(
                    f"{where}: a search did not end in {BOUND_SECONDS} s on a pumped example ({probe[:60]!r}...)"
                )
