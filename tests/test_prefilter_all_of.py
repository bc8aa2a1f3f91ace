"""The groups of texts the prefilter derives from each pattern (her2cli/rules/all_of.py, session
14): every match holds a text of each group, checked on random patterns and texts against what
`regex` matches, and on every rule's examples; a window that lacks a group is not searched.
tests/test_prefilter.py's family and `starts` tests (a family run rule by rule finds what its
alternation finds, on labelled reports and generated windows) run with the groups in place, and
tests/test_speed_equivalence.py compares every labelled report's record with the fast path off."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2cli.rules import compiled
from her2cli.rules.all_of import derive
from her2cli.rules.data import PATTERN_FLAGS, context_rules
from her2cli.rules.patterns import pattern_file
from her2cli.rules.prefilter import Haystack, Part, Shortcut

from .test_prefilter import PATTERN_FILES, _regexes


def _holds_every_group(groups: tuple[tuple[str, ...], ...] | None, got: str) -> bool:
    return groups is None or all(any(x in got for x in g) for g in groups)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_regexes(), st.text(alphabet="abcAB \n", max_size=14))
def test_every_match_holds_a_text_of_every_derived_group(pattern: str, text: str) -> None:
    groups = derive(pattern, regex.IGNORECASE)
    low = text.lower()
    for m in regex.compile(pattern, regex.IGNORECASE).finditer(text, overlapped=True):
        got = low[m.start() : m.end()]
        assert _holds_every_group(groups, got), (pattern, text, got, groups)


def test_the_derivation_reads_common_shapes() -> None:
    assert derive(r"pending|to\s+follow", PATTERN_FLAGS) == (("follow", "pending"), ("pending", "to"))
    assert derive(r"(?<![A-Za-z])if\s+(?:HER-?2)\s+(?:is\s+)?(?:positive|amplified)", PATTERN_FLAGS) == (
        ("amplified", "positive"),
        ("her-2", "her2"),
        ("if",),
    )
    # an alternation gives groups joined from its branches' (the most selective of each first)
    assert derive(r"(?:may\s+be\s+positive|can\s+be\s+low)", PATTERN_FLAGS) == (
        ("can", "positive"),
        ("low", "may"),
        ("be",),
    )
    assert derive(r"(?:ab){2}c", PATTERN_FLAGS) == (("ababc",),)
    assert derive(r"x?\d+", PATTERN_FLAGS) is None
    assert derive(r"\p{L}+", PATTERN_FLAGS) is None  # a pattern re's parser cannot read


def _records() -> list[tuple[str, regex.Pattern[str], tuple[str, ...]]]:
    """(id, compiled pattern, examples) of every record the prefilter runs with its groups."""
    out = []
    for r in context_rules():
        if r.requires is not None:
            out.append((r.id, regex.compile(r.full_pattern(), PATTERN_FLAGS), r.examples))
    for name in PATTERN_FILES:
        file = pattern_file(name)
        for rec in file.records:
            if rec.requires is not None:
                out.append((rec.id, file.compiled[rec.id], tuple(e.text for e in rec.examples)))
    return out


def test_every_example_match_holds_a_text_of_every_group() -> None:
    derived = 0
    for rid, pattern, examples in _records():
        groups = derive(pattern.pattern, pattern.flags)
        derived += groups is not None
        for example in examples:
            low = example.lower()
            for m in pattern.finditer(example, overlapped=True):
                assert _holds_every_group(groups, low[m.start() : m.end()]), (rid, example, groups)
    assert derived >= 100


def test_the_fast_path_parts_carry_groups_the_requires_do_not_imply() -> None:
    parts = [p for s in compiled().shortcuts.values() for p in s.parts if p.requires is not None]
    assert sum(bool(p.all_of) for p in parts) >= 50
    for p in parts:
        for group in p.all_of:
            assert not all(any(x in r for x in group) for r in p.requires), (p.pattern.pattern[:60], group)


def test_a_window_without_a_derived_group_is_not_searched() -> None:
    class Counting:
        calls = 0

        def __init__(self, pattern: regex.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, *args: object, **kw: object) -> regex.Match[str] | None:
            Counting.calls += 1
            return self.pattern.search(*args, **kw)  # type: ignore[arg-type]

    source = r"(?<![A-Za-z])if\s+HER2\s+(?:is\s+)?(?:positive|amplified)"
    pattern = regex.compile(source, PATTERN_FLAGS)
    groups = derive(source, PATTERN_FLAGS)
    assert groups is not None
    part = Part(Counting(pattern), ("her2",), None, groups)  # type: ignore[arg-type]
    shortcut = Shortcut((part,))
    text = "HER2 IHC: 2+ (equivocal); reflex ISH if needed. If HER2 is amplified, see below."
    hay = Haystack(text)
    assert shortcut.search(text, hay, 0, 30) is None and Counting.calls == 0  # no "if"
    m = shortcut.search(text, hay, 0, len(text))
    assert m is not None and m.group(0) == "If HER2 is amplified" and Counting.calls == 1
