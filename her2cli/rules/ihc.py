"""IHC vocabulary that is not a pattern (docs/clinical-rules.md §8.1, §2): spelled digits, clone
names and share-of-cells qualifiers, keyed by the named groups of the patterns in
data/rules/ihc.toml ("ihc-score", "clone", "percent-qualifier")."""

from __future__ import annotations

SPELLED_DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "cero": "0", "zer0": "0", "cer0": "0"}

# group name in the "clone" pattern -> the clone's or kit's name
CLONE_NAMES = {
    "c4b5": "4B5",
    "hercep": "HercepTest",
    "cb11": "CB11",
    "a0485": "A0485",
    "sp3": "SP3",
    "oracle": "Bond Oracle",
}

# group name in the "percent-qualifier" pattern -> the qualifier's canonical code
PERCENT_QUALIFIER_CODES = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<", "about": "about"}
