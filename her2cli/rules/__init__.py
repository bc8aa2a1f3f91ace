"""The vocabulary her2cli matches, as data: every pattern is a record with examples in a TOML file
under her2cli/data/rules/ (docs/rules.md), read, checked and compiled once per process on first
use. `compiled()` holds the patterns the readers use, by name; `load_all()` reads every file now.
"""

from __future__ import annotations

from .compiled import Compiled, compiled
from .ihc import CLONE_NAMES, PERCENT_QUALIFIER_CODES, SPELLED_DIGITS
from .ngs import THREE_TO_ONE

__all__ = [
    "CLONE_NAMES",
    "PERCENT_QUALIFIER_CODES",
    "SPELLED_DIGITS",
    "THREE_TO_ONE",
    "Compiled",
    "compiled",
    "load_all",
]


def load_all() -> tuple[str, ...]:
    """Read, check and compile every rule file now, and name the pattern files read: a batch does
    this before its workers fork, so that each inherits them instead of compiling its own. Patterns
    the cache file holds stay LazyPatterns (rules/cache.py): each worker unpickles those its
    reports use, on its own core, not the first worker all of them before it forks the others."""
    from . import cache
    from .compiled import compile_rule_files

    compiled()
    names = compile_rule_files()
    cache.save()
    return names
