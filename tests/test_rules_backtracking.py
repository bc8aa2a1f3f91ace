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


# --- one long input per pattern (left9) ---------------------------------------------------------
# A pattern that rescans a run of characters at every position of that run (a lookbehind holding
# \s+, "\s*,?\s+", "[\w-]*\d[\w-]*") is quadratic, not exponential: on the 40-character runs above
# it costs nothing, on a 100,000-space line it held a report past the 120 s limit (4e35777, found
# only by tests/test_hostile.py on CI). Each record is searched once on a 100,000-character text
# made of its first example's first word, each time followed by a long run of a character one of
# its own unbounded repeats takes (\s* -> spaces, \d+ -> digits, [A-Za-z]+ -> letters). A linear
# search ends in milliseconds; a quadratic one runs into the per-call timeout (a behaviour of the
# regex call, not a timing measurement), and the failure names the record.

LONG_INPUT = 100_000
LONG_TIMEOUT_SECONDS = 10.0
RUN_CHARACTERS = (" ", "\t", "1", "a", ".", "-", "\n", "|", ":")
# an atom repeated without an upper bound: \s* \d+ .* [^\n]{2,} \p{L}+
UNBOUNDED_REPEAT = regex.compile(r"(\\[pP]\{[^}]*\}|\\[sSdDwW]|\.|\[(?:\\.|[^\]\\])+\])(?:[*+]|\{\d*,\})")


def run_characters(pattern: regex.Pattern[str]) -> list[str]:
    """One character for each kind of run the pattern's unbounded repeats take, in pattern order
    (spaces, digits, letters when it has none)."""
    found: list[str] = []
    for repeat in UNBOUNDED_REPEAT.finditer(pattern.pattern):
        try:
            atom = regex.compile(repeat.group(1), pattern.flags)
        except regex.error:
            continue
        ch = next((c for c in RUN_CHARACTERS if atom.fullmatch(c)), None)
        if ch is not None and ch not in found:
            found.append(ch)
    return found or [" ", "1", "a"]


def long_input(pattern: regex.Pattern[str], texts: tuple[str, ...]) -> str:
    """LONG_INPUT characters: the first example's first word before each run of `run_characters`."""
    first = regex.match(r"\s*\S+", texts[0]) if texts else None
    lead = first.group() if first else "x"
    runs = run_characters(pattern)
    part = LONG_INPUT // len(runs)
    return "".join(lead + ch * (part - len(lead)) for ch in runs)


def _long_cases() -> list[tuple[str, regex.Pattern[str], tuple[str, ...], str]]:
    """Every record with how the code applies it ("match" records only at a text's start)."""
    cases = []
    for name in PATTERN_FILES:
        file = pattern_file(name)
        for record in file.records:
            texts = tuple(e.text for e in record.examples) + record.not_examples
            cases.append((f"{name}.toml {record.id}", file[record.id], texts, record.use))
    for rule in context_rules():
        pattern = regex.compile(rule.full_pattern(), PATTERN_FLAGS)
        texts = tuple(rule.examples) + tuple(rule.not_examples)
        cases.append((f"context rule {rule.id}", pattern, texts, "search"))
    return cases


LONG_CASES = _long_cases()


@pytest.mark.parametrize(("where", "pattern", "texts", "use"), LONG_CASES, ids=[c[0] for c in LONG_CASES])
def test_no_pattern_is_quadratic_on_a_long_run(
    where: str, pattern: regex.Pattern[str], texts: tuple[str, ...], use: str
) -> None:
    text = long_input(pattern, texts)
    call = pattern.match if use == "match" else pattern.search
    try:
        call(text, timeout=LONG_TIMEOUT_SECONDS)
    except TimeoutError:
        pytest.fail(
            f"{where}: a {use} did not end in {LONG_TIMEOUT_SECONDS} s on {LONG_INPUT:,} characters "
            f"(runs of {run_characters(pattern)!r}): a repeat rescans a run at every position of it"
        )
