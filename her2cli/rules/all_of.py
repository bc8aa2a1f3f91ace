"""Texts every match of a pattern contains, derived from its syntax when the prefilter is built
(issue 13, session 14): a list of groups, each of lower-case texts one of which every match
contains. A record's `requires` is one such group, declared; a rule whose declared texts occur in
nearly every clause ("if", "may", "positive") often needs two or three other words besides, and
a window that lacks any group's texts cannot hold a match, so the pattern is not run there
(prefilter.Part.all_of). Nothing here is declared in the rule files: a changed pattern derives
its groups again, and tests/test_prefilter.py checks the derivation against what `regex` matches.

The derivation reads patterns with Python's own regex parser (`re._parser`), which reads the
subset of `regex` syntax the rule files use; a pattern it cannot read has no groups (it runs
whenever its declared `requires` hold). A group is made of
- a run of items each of which matches one of a finite set of texts (ASCII letters lower-cased,
  zero-width items matching ""): every match of the run is one of the run's products;
- an item that must match at least once (a group in brackets, a repeat of at least one): the
  groups of its body;
- an alternation: one group taken from each branch, joined (every match goes through a branch).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

Group = frozenset[str]
CAP = 64  # most texts a group may hold (a longer one is too weak to be worth looking for)
PER_BRANCH = 3  # groups joined from an alternation's branches (the first, second, ... of each)
MAX_GROUPS = 4  # groups kept for a pattern (the most selective: the longest shortest text)
_DEPTH = 40
_EMPTY: Group = frozenset({""})
NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")  # group names may repeat in `regex`, not in `re`
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def char_texts(code: int) -> Group | None:
    """The texts one character matches: itself lower-cased, or None for a non-ASCII one."""
    ch = chr(code)
    return frozenset({ch.lower()}) if ch.isascii() else None  # no claim about other characters


def char_set_texts(items: list[Any]) -> Group | None:
    """The texts a character set matches, or None for a negated, category or wide set."""
    chars: set[str] = set()
    for op, av in items:
        codes = [av] if op is sre.LITERAL else range(av[0], av[1] + 1) if op is sre.RANGE else None
        if codes is None or len(codes) > 11:  # NEGATE, CATEGORY (\s, \d), or a wide range
            return None
        for code in codes:
            got = char_texts(code)
            if got is None:
                return None
            chars |= got
    return frozenset(chars)


def _exact(op: Any, av: Any) -> Group | None:
    """The finite set of texts the item matches, at most CAP (None: more, or not known)."""
    if op is sre.LITERAL:
        return char_texts(av)
    if op is sre.IN:
        return char_set_texts(av)
    if op in ZERO_WIDTH:
        return _EMPTY
    if op is sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is sre.BRANCH:
        branches = [_exact_sequence(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        union = frozenset().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= CAP else None
    if op in REPEATS:
        lo, hi, body = av
        e = _exact_sequence(list(body))
        if e is None:
            return None
        if lo == 0 and hi == 1:  # "-?"
            return e | _EMPTY
        if lo == hi and 1 <= lo <= 3:
            return _exact_sequence([(sre.SUBPATTERN, (None, 0, 0, list(body)))] * lo)
    return None


def _exact_sequence(items: list[Any]) -> Group | None:
    out: Group = _EMPTY
    for op, av in items:
        e = _exact(op, av)
        if e is None or len(out) * len(e) > CAP:
            return None
        out = frozenset(a + b for a in out for b in e)
    return out


def _usable(group: Group | None) -> bool:
    return bool(group) and "" not in group  # type: ignore[operator]


def _rank(group: Group) -> tuple[int, int]:
    return (-min(map(len, group)), len(group))


def _sequence(items: list[Any], depth: int) -> list[Group]:
    """Groups every match of the sequence holds a text of."""
    if depth > _DEPTH:
        return []
    out: list[Group] = []
    exacts = [_exact(op, av) for op, av in items]
    i = 0
    while i < len(items):
        if exacts[i] is None:
            i += 1
            continue
        # the longest run of exact items from i whose product stays small; its best product
        prod: Group = frozenset({""})
        best: Group | None = None
        j = i
        while j < len(items) and exacts[j] is not None:
            e: Group = exacts[j]  # type: ignore[assignment]
            if len(prod) * len(e) > CAP:
                break
            prod = frozenset(a + b for a in prod for b in e) if e != _EMPTY else prod
            if _usable(prod) and (best is None or _rank(prod) <= _rank(best)):
                best = prod
            j += 1
        if best is not None:
            out.append(best)
        i = max(j, i + 1)
    for (op, av), exact in zip(items, exacts, strict=True):
        if exact is None:
            out += _item(op, av, depth + 1)
    return [g for g in out if _usable(g)]


def _item(op: Any, av: Any, depth: int) -> list[Group]:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]), depth)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), depth)
    if op in REPEATS:
        return _sequence(list(av[2]), depth) if av[0] >= 1 else []
    if op is sre.BRANCH:
        per = [sorted(_sequence(list(b), depth), key=_rank) for b in av[1]]
        if not per or any(not p for p in per):
            return []
        out = []
        for k in range(PER_BRANCH):
            joined = frozenset().union(*(p[min(k, len(p) - 1)] for p in per))
            if len(joined) <= CAP:
                out.append(joined)
        return out
    return []  # ANY, NOT_LITERAL, GROUPREF, lookarounds (their text may lie outside the match) ...


def derive(pattern: str, flags: int) -> tuple[tuple[str, ...], ...] | None:
    """Groups of texts every match of `pattern` (compiled by `regex` with `flags`) contains one
    text of each, the most selective first; None when there are none or the parser cannot read
    the pattern."""
    try:
        tree = sre_parse.parse(NAMED_GROUP.sub("(?:", pattern), re.VERBOSE if flags & regex.VERBOSE else 0)
    except (re.error, OverflowError, RecursionError):
        return None
    groups = sorted(set(_sequence(list(tree), 0)), key=lambda g: (_rank(g), sorted(g)))
    if not groups:
        return None
    return tuple(tuple(sorted(g)) for g in groups[:MAX_GROUPS])
