"""The fast path's record of each compiled pattern (Compiled.shortcuts): which texts its matches
need and where they may begin, from the `requires` and `starts` its records declare
(rules/prefilter.py) and the groups of texts derived from the pattern besides (all_of.py).

A module of its own because it is a job of its own: compiled.py binds the patterns by name, and
this one reads a second thing from the same records, the prefilter, which only findings/scope.py's
fast path consults. Both build the `compiled` snapshot (rules/cache.py SNAPSHOT_CODE lists both).
"""

from __future__ import annotations

import regex

from .all_of import derive
from .data import PATTERN_FLAGS, Rule, context_rules, family_patterns
from .prefilter import Part, Shortcut


def shortcuts(pattern_files: tuple[str, ...]) -> dict[regex.Pattern[str], Shortcut]:
    """The prefilter of every compiled pattern whose records declare it: records of the pattern
    files (Compiled's `pattern_files` and the sample cues: one part), and context families all of
    whose rules declare `requires` (a part per rule, in file order)."""
    from . import cache as pattern_cache
    from .patterns import pattern_file

    out: dict[regex.Pattern[str], Shortcut] = {}
    # the sample cues (rules/samples.py): their whole-report checks run on the fast path too
    for name in (*pattern_files, "samples"):
        file = pattern_file(name)
        for r in file.records:
            if r.requires is None and r.starts is None:
                continue
            pattern = file.compiled[r.id]
            out.setdefault(pattern, Shortcut((_part(pattern, r.requires, r.starts),)))
    families: dict[str, list[Rule]] = {}
    for rule in context_rules():
        families.setdefault(rule.family, []).append(rule)
    for family, source in family_patterns(context_rules()).items():
        rules = families[family]
        if all(r.requires is not None for r in rules):
            parts = tuple(
                _part(pattern_cache.compile_pattern(r.full_pattern(), PATTERN_FLAGS), r.requires, r.starts)
                for r in rules
            )
            out[pattern_cache.compile_pattern(source, PATTERN_FLAGS)] = Shortcut(parts)
    return out


def _part(
    pattern: regex.Pattern[str], requires: tuple[str, ...] | None, starts: tuple[str, ...] | None
) -> Part:
    """A pattern's part, with the groups of texts its matches need besides `requires` (all_of.py):
    those a declared text does not already imply (each declared text holding one of the group's)."""
    if requires is None:
        return Part(pattern, requires, starts)
    groups = derive(pattern.pattern, pattern.flags) or ()
    extra = tuple(g for g in groups if not all(any(x in r for x in g) for r in requires))
    return Part(pattern, requires, starts, extra)
