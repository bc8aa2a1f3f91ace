"""The prefilter of issue 13 (her2cli/rules/prefilter.py) is proven, not trusted.

- Every `requires` a record declares is derived again from its pattern's syntax tree: the
  analysis below finds texts one of which every match must contain, and each of them must hold
  a declared text. Every `starts` likewise covers the texts a match can begin with. The analysis
  itself is checked on random patterns and texts (hypothesis) against what `regex` matches.
- The lower-casing the prefilter compares with keeps every character `regex` matches to an
  ASCII letter case-insensitively (every code point is tried).
- A context family run rule by rule gives the family alternation's matches on the labelled
  reports and on generated windows.

The analysis reads patterns with Python's own regex parser (`re._parser`), which reads the
subset of `regex` syntax the rule files use; a pattern it cannot read has nothing derived, so
its record may not declare `requires` or `starts` (it then runs always).
"""

from __future__ import annotations

import itertools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2cli.findings import scope
from her2cli.rules import compiled
from her2cli.rules.all_of import NAMED_GROUP, REPEATS, ZERO_WIDTH, char_set_texts, char_texts
from her2cli.rules.data import PATTERN_FLAGS, context_rules, family_patterns
from her2cli.rules.patterns import expand, pattern_file
from her2cli.rules.prefilter import Haystack, Part, Shortcut, folded, holds_in

from .conftest import ROOT

# --- the analysis -------------------------------------------------------------------------------

CAP = 256  # most texts an exact set may hold
PREFIX_LEN = 12  # texts a match starts with are cut to this length
Texts = frozenset[str] | None


def _product(parts: list[frozenset[str]]) -> Texts:
    out = frozenset({""})
    for p in parts:
        if len(out) * len(p) > CAP:
            return None
        out = frozenset(a + b for a, b in itertools.product(out, p))
    return out


def _best(candidates: list[frozenset[str]]) -> Texts:
    good = [c for c in candidates if c and "" not in c]
    return max(good, key=lambda c: (min(map(len, c)), -len(c))) if good else None


def _sequence(items: list[Any]) -> tuple[Texts, Texts]:
    """(exact, required) of a sequence: the finite set of texts it matches (or None), and texts
    one of which every match contains (or None). Any run of exact items gives the products of
    their texts; zero-width items match "" and leave the consumed text contiguous."""
    pairs = [_node(op, av) for op, av in items]
    exacts = [e for e, _ in pairs]
    candidates = [r for _, r in pairs if r is not None]
    for i in range(len(pairs)):
        run: list[frozenset[str]] = []
        for e in exacts[i:]:
            if e is None:
                break
            run.append(e)
            prod = _product(run)
            if prod is None:
                break
            candidates.append(prod)
    exact = _product([e for e in exacts if e is not None]) if None not in exacts else None
    return exact, _best(candidates)


def _node(op: Any, av: Any) -> tuple[Texts, Texts]:
    if op is sre.LITERAL:
        return char_texts(av), char_texts(av)
    if op is sre.IN:
        return char_set_texts(av), char_set_texts(av)
    if op in ZERO_WIDTH:
        return frozenset({""}), None
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        results = [_sequence(list(b)) for b in av[1]]
        exacts = [e for e, _ in results]
        exact = frozenset().union(*exacts) if None not in exacts else None  # type: ignore[arg-type]
        if exact is not None and len(exact) > CAP:
            exact = None
        required = [_best([x for x in (r, e) if x is not None]) for e, r in results]
        if None in required:
            return exact, None
        return exact, frozenset().union(*required)  # type: ignore[arg-type]
    if op in REPEATS:
        lo, hi, body = av
        e, r = _sequence(list(body))
        if lo == 0:
            return (frozenset({""}) | e if hi == 1 and e is not None else None), None
        exact = _product([e] * lo) if e is not None and lo == hi and lo <= 3 else None
        return exact, _best([x for x in (r, e) if x is not None])
    return None, None  # ANY, NOT_LITERAL, GROUPREF, ...


def _cut(texts: set[str] | frozenset[str]) -> Texts:
    return frozenset(x[:PREFIX_LEN] for x in texts) if len(texts) <= CAP else None


def _starts(items: list[Any], depth: int = 0) -> Texts:
    """Texts one of which every match of the sequence starts with ("" in it: anything)."""
    if depth > 60:
        return None
    if not items:
        return frozenset({""})
    (op, av), rest = items[0], items[1:]
    if op in ZERO_WIDTH:
        return _starts(rest, depth + 1)
    if op is sre.SUBPATTERN:
        return _starts(list(av[-1]) + rest, depth + 1)
    if op is sre.ATOMIC_GROUP:
        return _starts(list(av) + rest, depth + 1)
    if op is sre.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            got = _starts(list(b) + rest, depth + 1)
            if got is None:
                return None
            out |= got
        return _cut(out)
    if op in REPEATS:
        lo, _, body = av
        first = _starts(list(body), depth + 1)
        after = _starts(rest, depth + 1)
        if first is None or ("" in first or lo == 0) and after is None:
            return None
        if "" in first:  # the body may match nothing: what follows may come first
            first = (first - {""}) | after  # type: ignore[operator]
        return _cut(first | after if lo == 0 else first)  # type: ignore[operator]
    exact, _ = _node(op, av)
    if exact is None:
        return None
    after = _starts(rest, depth + 1)
    if after is None or len(exact) * len(after) > CAP:
        return None if "" in exact else _cut(exact)
    return _cut({x + y for x in exact for y in after})


def _tree(pattern: str, verbose: bool) -> list[Any] | None:
    try:
        return list(sre_parse.parse(NAMED_GROUP.sub("(?:", pattern), re.VERBOSE if verbose else 0))
    except (re.error, OverflowError, RecursionError):
        return None


def required_texts(pattern: str, verbose: bool = True) -> Texts:
    """Lower-case texts one of which every match of `pattern` contains, or None."""
    tree = _tree(pattern, verbose)
    return None if tree is None else _sequence(tree)[1]


def start_texts(pattern: str, verbose: bool = True) -> Texts:
    """Lower-case texts one of which every match of `pattern` starts with, or None."""
    tree = _tree(pattern, verbose)
    got = None if tree is None else _starts(tree)
    return None if got is None or "" in got else got


def _holds(items: list[Any], texts: tuple[str, ...], budget: list[int]) -> bool:
    """Every match of the sequence contains one of `texts`: a run of exact items whose every
    text does, or an item whose every match does; else the same asked of the sequence with its
    first alternation distributed over it (a|b)c = ac|bc (re's parser factors common prefixes
    out of alternations: "cell-free|ctdna" reads as c(?:ell-free|tdna))."""
    budget[0] -= 1
    if budget[0] < 0:
        return False
    exacts = [_node(op, av)[0] for op, av in items]
    for i in range(len(items)):
        run: list[frozenset[str]] = []
        for e in exacts[i:]:
            if e is None:
                break
            run.append(e)
            prod = _product(run)
            if prod is None:
                break
            if all(any(x in t for x in texts) for t in prod):
                return True
    if any(_node_holds(op, av, texts, budget) for op, av in items):
        return True
    for k, (op, av) in enumerate(items):
        if op is sre.SUBPATTERN:
            return _holds(items[:k] + list(av[-1]) + items[k + 1 :], texts, budget)
        if op is sre.BRANCH:
            return all(_holds(items[:k] + list(b) + items[k + 1 :], texts, budget) for b in av[1])
    return False


def _node_holds(op: Any, av: Any, texts: tuple[str, ...], budget: list[int]) -> bool:
    if op is sre.SUBPATTERN:
        return _holds(list(av[-1]), texts, budget)
    if op is sre.ATOMIC_GROUP:
        return _holds(list(av), texts, budget)
    if op is sre.BRANCH:
        return all(_holds(list(b), texts, budget) for b in av[1])
    if op in REPEATS:
        return bool(av[0] >= 1) and _holds(list(av[2]), texts, budget)
    exact, _ = _node(op, av)
    return exact is not None and all(any(x in t for x in texts) for t in exact)


def holds_one_of(pattern: str, texts: tuple[str, ...], verbose: bool = True) -> bool:
    """Whether every match of `pattern` contains one of `texts` (lower case), by its syntax."""
    tree = _tree(pattern, verbose)
    return tree is not None and _holds(tree, texts, [20_000])


# --- the declarations ---------------------------------------------------------------------------

RULE_DIR = ROOT / "her2cli" / "data" / "rules"
PATTERN_FILES = sorted(
    p.stem for p in RULE_DIR.glob("*.toml") if "[[pattern]]" in p.read_text(encoding="utf-8")
)


def _declared() -> list[tuple[str, str, str, bool, tuple[str, ...] | None, tuple[str, ...] | None]]:
    """(file, id, pattern as matched, verbose, requires, starts) of every record declaring one."""
    out = []
    for r in context_rules():
        if r.requires is not None or r.starts is not None:
            out.append(("context", r.id, r.full_pattern(), True, r.requires, r.starts))
    for name in PATTERN_FILES:
        file = pattern_file(name)
        records = {r.id: r for r in file.records}
        for r in file.records:
            if r.requires is not None or r.starts is not None:
                source = expand(records, r.id, name)
                out.append((name, r.id, source, "verbose" in r.flags, r.requires, r.starts))
    return out


DECLARED = _declared()


def test_records_declare_the_prefilter() -> None:
    assert sum(1 for d in DECLARED if d[4]) >= 50
    assert any(d[5] for d in DECLARED)


@pytest.mark.parametrize(
    ("name", "rid", "source", "verbose", "requires", "starts"),
    DECLARED,
    ids=[f"{d[0]}:{d[1]}" for d in DECLARED],
)
def test_a_declared_prefilter_follows_from_the_pattern(
    name: str,
    rid: str,
    source: str,
    verbose: bool,
    requires: tuple[str, ...] | None,
    starts: tuple[str, ...] | None,
) -> None:
    where = f"{name}.toml {rid}"
    if requires is not None:
        assert holds_one_of(source, requires, verbose), (
            f"{where}: a match may contain none of `requires` {list(requires)} "
            f"(one text of each kind it may contain: {sorted(required_texts(source, verbose) or ['?'])}): "
            "add the texts it lacks, or remove `requires` (the record then runs always)"
        )
    if starts is not None:
        derived = start_texts(source, verbose)
        assert derived is not None, (
            f"{where}: the texts a match starts with cannot be derived; remove `starts`"
        )
        uncovered = sorted(t for t in derived if not any(t.startswith(x) for x in starts))
        assert uncovered == [], (
            f"{where}: a match may start with {uncovered}: add them to `starts` or remove it"
        )


# --- the analysis is sound ----------------------------------------------------------------------

_ATOMS = st.sampled_from(
    ["a", "b", "ab", "ba", "[ab]", "[Bc]", "\\s", ".", "A", "(?<!a)", "(?=b)", "\\b", "c"]
)


def _regexes(depth: int = 3) -> st.SearchStrategy[str]:
    return st.recursive(
        _ATOMS,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.tuples(inner, st.sampled_from(["?", "+", "*", "{2}", "{1,3}", "{0,2}", "+?"])).map(
                lambda t: "(?:" + t[0] + ")" + t[1]
            ),
        ),
        max_leaves=8,
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_regexes(), st.text(alphabet="abcAB \n", max_size=14))
def test_every_match_holds_a_derived_text_and_starts_with_one(pattern: str, text: str) -> None:
    compiled_pattern = regex.compile(pattern, regex.IGNORECASE)
    required, starts = required_texts(pattern, False), start_texts(pattern, False)
    low = text.lower()
    for m in compiled_pattern.finditer(text, overlapped=True):
        got = low[m.start() : m.end()]
        if required is not None:
            assert any(x in got for x in required), (pattern, text, got, required)
        if starts is not None:
            assert any(got.startswith(x) for x in starts), (pattern, text, got, starts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _regexes(),
    st.lists(st.sampled_from(["a", "b", "ab", "ba", "bb", "c", "a b"]), min_size=1, max_size=3),
    st.text(alphabet="abcAB \n", max_size=14),
)
def test_a_pattern_said_to_need_a_text_never_matches_without_one(
    pattern: str, texts: list[str], text: str
) -> None:
    if not holds_one_of(pattern, tuple(texts), False):
        return
    low = text.lower()
    for m in regex.compile(pattern, regex.IGNORECASE).finditer(text, overlapped=True):
        assert any(x in low[m.start() : m.end()] for x in texts), (pattern, texts, text)


def test_the_analysis_reads_common_shapes() -> None:
    assert required_texts(r"pending|to\s+follow") == {"pending", "follow"}
    assert required_texts(r"(?<![A-Za-z])(?:HER-?2)(?![A-Za-z])") == {"her2", "her-2"}
    assert required_texts(r"x?\d+") is None
    assert start_texts(r"(?<!a)(?:score|[0-3]\+)") == {"score", "0+", "1+", "2+", "3+"}
    assert start_texts(r"\d+") is None
    assert holds_one_of(r"cell[\s-]free|ctdna", ("free", "ctdna"))
    assert not holds_one_of(r"cell[\s-]free|ctdna", ("cell-free", "ctdna"))
    assert not holds_one_of(r"x?y", ("x",))


# --- lower-casing -------------------------------------------------------------------------------


def test_lower_casing_keeps_every_character_regex_matches_to_an_ascii_letter() -> None:
    letter = regex.compile("[a-z]", regex.IGNORECASE)
    odd = [chr(code) for code in range(0x80, 0x110000) if letter.fullmatch(chr(code))]
    assert odd, "regex matches some non-ASCII characters to ASCII letters (the Kelvin sign, the long s)"
    for ch in odd:
        low = folded(ch)
        assert low is not None and low.isascii() and regex.fullmatch(low, ch, regex.IGNORECASE), hex(ord(ch))


def test_lower_casing_keeps_positions_or_says_it_cannot() -> None:
    assert folded("HER2 İ ſ K") == "her2 i s k"
    assert folded("HER2\u1e9e") == "her2ß"
    assert folded("ﬁ") == "ﬁ"


# --- a family run rule by rule ------------------------------------------------------------------

SPLIT = {
    family: compiled().shortcuts[compiled().context[family]]
    for family in family_patterns(context_rules())
    if compiled().context[family] in compiled().shortcuts
}


def test_every_context_family_runs_rule_by_rule() -> None:
    assert set(SPLIT) == set(compiled().context)


def _same(a: regex.Match[str] | None, b: regex.Match[str] | None) -> bool:
    return (a and a.span()) == (b and b.span())


def _labelled_texts() -> list[str]:
    folders = [ROOT / "tests" / f"devset{n}" / "texts" for n in ("", "2", "3", "4", "5")]
    return [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]


@pytest.mark.parametrize("family", sorted(SPLIT))
def test_a_family_run_rule_by_rule_finds_what_its_alternation_finds(family: str) -> None:
    pattern, shortcut = compiled().context[family], SPLIT[family]
    for text in _labelled_texts():
        low = Haystack(text)
        fast = [m.span() for m in shortcut.finditer(text, low, 0, len(text))]
        assert fast == [m.span() for m in pattern.finditer(text)]
        for pos in range(0, len(text), 397):
            end = min(len(text), pos + 300)
            assert _same(shortcut.search(text, low, pos, end), pattern.search(text, pos, end))


ANCHORED = {
    pattern.pattern[:60]: (pattern, shortcut)
    for pattern, shortcut in compiled().shortcuts.items()
    if len(shortcut.parts) == 1 and shortcut.parts[0].starts is not None
}


def test_records_declare_starts() -> None:
    assert len(ANCHORED) >= 8


@pytest.mark.parametrize("key", sorted(ANCHORED))
def test_a_pattern_matched_where_its_texts_begin_finds_what_searching_finds(key: str) -> None:
    pattern, shortcut = ANCHORED[key]
    for text in _labelled_texts():
        hay = Haystack(text)
        fast = [(m.span(), m.groupdict()) for m in shortcut.finditer(text, hay, 0, len(text))]
        assert fast == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        for pos in range(0, len(text), 211):
            end = min(len(text), pos + 300)
            assert _same(shortcut.search(text, hay, pos, end), pattern.search(text, pos, end))
            assert [m.span() for m in shortcut.finditer(text, hay, pos, end)] == [
                m.span() for m in pattern.finditer(text, pos, end)
            ]


_WORDS = sorted({w for r in context_rules() for e in r.examples + r.not_examples for w in e.split()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS + ["HER2", "3+", ".", "\n", ":"]), max_size=40).map(" ".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_generated_windows_give_the_alternations_match(text: str, a: int, b: int) -> None:
    pos, end = sorted((min(a, len(text)), min(b, len(text))))
    low = Haystack(text)
    for family, shortcut in SPLIT.items():
        pattern = compiled().context[family]
        assert _same(shortcut.search(text, low, pos, end), pattern.search(text, pos, end)), family
        assert [m.span() for m in shortcut.finditer(text, low, pos, end)] == [
            m.span() for m in pattern.finditer(text, pos, end)
        ]


def test_a_window_without_a_required_text_is_not_searched() -> None:
    class Counting:
        calls = 0

        def search(self, *args: Any, **kw: Any) -> None:
            Counting.calls += 1

    part = Part(Counting(), ("trastuzumab",))  # type: ignore[arg-type]
    text = "HER2 3+ positive. Trastuzumab was given."
    assert Shortcut((part,)).search(text, Haystack(text), 0, 17) is None
    assert Counting.calls == 0
    Shortcut((part,)).search(text, Haystack(text), 0, len(text))
    assert Counting.calls == 1
    long = "HER2 3+ positive. " * 100 + text  # a long text: the places of the texts are kept
    hay = Haystack(long)
    assert Shortcut((part,)).search(long, hay, 0, 1800) is None and Counting.calls == 1
    Shortcut((part,)).search(long, hay, 1790, len(long))
    assert Counting.calls == 2
    assert not hay.holds(part, 1800, 1810) and hay.holds(part, 1818, 1829)


def test_a_pattern_with_starts_is_matched_only_where_one_begins() -> None:
    """`starts`: the pattern is matched at the places where one of its texts begins, and finds
    there what searching finds (lookbehinds see the text before the place)."""
    ihc = compiled().ihc_score
    (part,) = compiled().shortcuts[ihc].parts
    assert part.pattern is ihc and part.starts
    for text in (
        "HER2 (4B5): score 2 (weak)",
        "IHC: 3+ positive",
        "between 1+ and 2+",
        "Ki-67 10%",
        "HER2 IHC 2+ (equivocal); ISH 3+? no. 1+" * 30,  # a long text: places found once
    ):
        hay = Haystack(text)
        shortcut = Shortcut((part,))
        assert [(m.span(), m.groupdict()) for m in shortcut.finditer(text, hay, 0, len(text))] == [
            (m.span(), m.groupdict()) for m in ihc.finditer(text)
        ]
        for pos in range(0, len(text), 7):
            for end in (pos, pos + 9, pos + 40, len(text)):
                end = min(end, len(text))
                assert _same(shortcut.search(text, hay, pos, end), ihc.search(text, pos, end))
                assert [m.span() for m in shortcut.finditer(text, hay, pos, end)] == [
                    m.span() for m in ihc.finditer(text, pos, end)
                ]


def test_a_pathological_text_still_times_out_on_the_fast_path() -> None:
    """A call with `timeout=` keeps its time budget (one for all the places it tries)."""
    part = Part(regex.compile(r"a(?:a|aa)*c"), None, ("a",))
    text = "a" * 40
    with pytest.raises(TimeoutError):
        list(Shortcut((part,)).finditer(text, Haystack(text), 0, len(text), timeout=0.0001))


def test_the_fast_path_reads_only_the_memo_of_this_document() -> None:
    """The lower-cased texts are forgotten with the other answers when the next document starts."""
    scope.clear_memo()
    scope.search(compiled().context["legend"], "HER2 positive is defined as IHC 3+")
    assert scope._haystacks
    scope.clear_memo()
    assert not scope._haystacks


def test_a_bad_declaration_is_refused_on_load() -> None:
    """A `requires` that is not a list of lower-case texts is refused on load."""
    from her2cli.rules.patterns import parse_patterns

    text = "[[pattern]]\nid = 'x'\nfamily = 'y'\npattern = 'abc'\nexamples = ['abc']\nnot_examples = []\nsource = 's'\n"
    for bad in ("requires = ['ABC']", "requires = []", "requires = 'abc'", "starts = [1]"):
        with pytest.raises(ValueError, match="lower-case ASCII"):
            parse_patterns(text + bad + "\n", "t.toml")
    assert parse_patterns(text + "requires = ['bc']\n", "t.toml").records[0].requires == ("bc",)
    assert PATTERN_FLAGS


def test_holds_is_holds_in_over_the_window() -> None:
    """Haystack.holds keeps holds_in's test written out (most calls are one record's, issue 13):
    both must give the same answer for every part and window, long texts and short."""
    parts = [p for s in compiled().shortcuts.values() for p in s.parts if p.requires is not None]
    texts = _labelled_texts()[:40] + ["HER2 3+ positive. " * 300 + "Trastuzumab was given."]
    for text in texts:
        hay = Haystack(text)
        for pos in range(-5, len(text) + 5, 173):
            end = pos + 250
            for part in parts:
                assert hay.holds(part, pos, end) == holds_in(part, hay.window(pos, end))
