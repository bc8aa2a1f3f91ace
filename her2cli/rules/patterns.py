"""Value patterns as validated data: every regular expression her2cli matches, other than the
context triggers (data.py), is a [[pattern]] record in a TOML file under her2cli/data/rules/,
with the texts it must match and the near-misses it must not (docs/rules.md).

A record is checked when its file is first read: unknown keys, missing keys, wrong types, a
pattern that does not compile, an id used twice or an include that names no record are refused
with a message naming the file and the record. A file is read, checked and compiled once per
process and only when a pattern from it is first needed, so importing the package reads no rule
file. tests/test_rules.py walks every record's examples.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, TypeVar

import regex

from .cache import compile_pattern, load_toml
from .prefilter import check_texts

# Flag names a record may list; without `flags` a pattern is case-insensitive and verbose.
FLAG_BITS: Mapping[str, int] = {
    "ignorecase": regex.IGNORECASE,
    "verbose": regex.VERBOSE,
    "multiline": regex.MULTILINE,
}
DEFAULT_FLAGS = ("ignorecase", "verbose")
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
# "{{call-word}}" in a pattern stands for the pattern of the record with that id in the same file,
# "{{common:withdrawn-word}}" for the record "withdrawn-word" of common.toml (any pattern file by
# its name): words several files need are written once (docs/rules.md)
_INCLUDE = r"\{\{(?:([a-z][a-z_]*):)?([a-z][a-z0-9-]*)\}\}"


def _is_slug(text: str) -> bool:
    """Lower-case words of letters and digits joined by single '-' ("ihc-score"); checked without
    a pattern so that importing the loader compiles none (regex compiles are not free)."""
    return (
        bool(text)
        and text[0].isalpha()
        and set(text) <= _SLUG_CHARS
        and "--" not in text
        and not text.endswith("-")
    )


@dataclass(frozen=True)
class Example:
    """A text the pattern must match; `groups` are named groups the first match must capture
    exactly (a group given as "" must not take part in the match)."""

    text: str
    groups: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ValuePattern:
    id: str
    family: str
    pattern: str
    examples: tuple[Example, ...]
    not_examples: tuple[str, ...]
    source: str
    flags: tuple[str, ...] = DEFAULT_FLAGS
    value: str | None = None  # what a match means, for a record in an ordered list ("ASCO/CAP")
    use: str = "search"  # how the code applies it: "search" anywhere, or "match" at the text's start
    requires: tuple[str, ...] | None = None  # texts one of which every match contains (prefilter.py)
    starts: tuple[str, ...] | None = None  # texts one of which every match begins with (prefilter.py)

    REQUIRED = ("id", "family", "pattern", "examples", "not_examples", "source")
    OPTIONAL = ("flags", "value", "use", "requires", "starts")
    USES = ("search", "match")

    @property
    def flag_bits(self) -> int:
        bits = 0
        for name in self.flags:
            bits |= FLAG_BITS[name]
        return bits

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str) -> ValuePattern:
        """A record from its TOML table; `where` names the file in error messages."""
        pid = d.get("id", "?")
        at = f"{where}: pattern {pid!r}"
        allowed = cls.REQUIRED + cls.OPTIONAL
        unknown = sorted(set(d) - set(allowed))
        if unknown:
            raise ValueError(f"{at}: unknown keys {unknown}; allowed: {list(allowed)}")
        missing = [k for k in cls.REQUIRED if k not in d]
        if missing:
            raise ValueError(f"{at}: missing keys {missing}")
        for key in ("id", "family", "pattern", "source", "value", "use"):
            if key in d and (not isinstance(d[key], str) or not d[key]):
                raise ValueError(f"{at}: {key} must be a non-empty string")
        for key in ("id", "family"):
            if not _is_slug(d[key]):
                raise ValueError(f"{at}: {key} must be lower-case words joined by '-'")
        flags = d.get("flags", list(DEFAULT_FLAGS))
        if not isinstance(flags, list) or not all(isinstance(f, str) and f in FLAG_BITS for f in flags):
            raise ValueError(f"{at}: flags must be a list drawn from {list(FLAG_BITS)}")
        if not isinstance(d["not_examples"], list) or not all(
            isinstance(x, str) and x for x in d["not_examples"]
        ):
            raise ValueError(f"{at}: not_examples must be a list of texts")
        if d.get("use", "search") not in cls.USES:
            raise ValueError(f"{at}: use must be one of {list(cls.USES)}")
        examples = _examples(d["examples"], at)
        requires = check_texts(d["requires"], "requires", at) if "requires" in d else None
        starts = check_texts(d["starts"], "starts", at) if "starts" in d else None
        return cls(
            id=d["id"],
            family=d["family"],
            pattern=d["pattern"],
            examples=examples,
            not_examples=tuple(d["not_examples"]),
            source=d["source"],
            flags=tuple(flags),
            value=d.get("value"),
            use=d.get("use", "search"),
            requires=requires,
            starts=starts,
        )


def _examples(raw: Any, at: str) -> tuple[Example, ...]:
    """Examples are texts, or tables {text = "...", groups = {name = "value"}}."""
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"{at}: examples must be a list with at least one text it must match")
    out: list[Example] = []
    for item in raw:
        if isinstance(item, str):
            out.append(Example(item))
            continue
        if (
            not isinstance(item, dict)
            or set(item) - {"text", "groups"}
            or not isinstance(item.get("text"), str)
        ):
            raise ValueError(f"{at}: an example is a text or {{text = ..., groups = {{name = value}}}}")
        groups = item.get("groups", {})
        if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
            raise ValueError(f"{at}: example groups must map group names to texts")
        out.append(Example(item["text"], tuple(sorted(groups.items()))))
    return tuple(out)


@dataclass(frozen=True)
class PatternFile:
    """One rule file's records in file order, and each one's pattern compiled."""

    where: str
    records: tuple[ValuePattern, ...]
    compiled: Mapping[str, regex.Pattern[str]]

    def __getitem__(self, pid: str) -> regex.Pattern[str]:
        return self.compiled[pid]

    def listed(self, family: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        """The records of a family that say what a match means, in file order: (value, pattern)."""
        return tuple((r.value, self.compiled[r.id]) for r in self.records if r.family == family and r.value)


def expand(records: Mapping[str, ValuePattern], pid: str, where: str, depth: int = 0) -> str:
    """A record's pattern with every {{id}} replaced by that record's (expanded) pattern, and every
    {{file:id}} by the record of that id in her2cli/data/rules/<file>.toml (file_records)."""
    if depth > 4:
        raise ValueError(f"{where}: pattern {pid!r}: includes nest too deep (a cycle?)")
    return _expand_source(records[pid].pattern, records, f"pattern {pid!r}", where, depth)


def expand_rule(source: str, rid: str, where: str) -> str:
    """A context rule's pattern ([[rule]] record of `where`) with every {{file:id}} replaced by the
    record of that id in her2cli/data/rules/<file>.toml, expanded as expand does: the words a
    context rule shares with pattern records are written once (docs/rules.md). A [[rule]] file has
    no records to include by a bare {{id}}: one is refused as no record."""
    return _expand_source(source, {}, f"rule {rid!r}", where, 0)


def _expand_source(
    source: str, records: Mapping[str, ValuePattern], what: str, where: str, depth: int
) -> str:
    """`source` (the pattern of `what`, a record of `where`) with its includes expanded: {{id}} from
    `records`, {{file:id}} from that pattern file."""
    if "{{" not in source:  # most records include none: no regex call (each costs ~40 us)
        return source

    def one(m: regex.Match[str]) -> str:
        name, rid = m.group(1), m.group(2)
        table, at = (records, where) if name is None else _included_file(name, where, what)
        if rid not in table:
            raise ValueError(f"{where}: {what}: includes {m.group(0)}, which is no record")
        return expand(table, rid, at, depth + 1)

    return compile_pattern(_INCLUDE).sub(one, source)


def _included_file(name: str, where: str, what: str) -> tuple[Mapping[str, ValuePattern], str]:
    """The records of the file a {{name:id}} include names, and the file's path for messages."""
    try:
        return file_records(name), f"her2cli/data/rules/{name}.toml"
    except OSError:
        raise ValueError(f"{where}: {what}: includes a record of {name}.toml, which is no file") from None


def _records(text: str, where: str) -> dict[str, ValuePattern]:
    """The checked records of a pattern file's text, by id in file order (not compiled)."""
    data = load_toml(text)  # parsed here, not at import: `her2cli --help` reads no rule file
    if set(data) != {"pattern"} or not isinstance(data["pattern"], list):
        raise ValueError(f"{where}: a pattern file holds only [[pattern]] tables")
    records: dict[str, ValuePattern] = {}
    for d in data["pattern"]:
        if not isinstance(d, dict):
            raise ValueError(f"{where}: a pattern file holds only [[pattern]] tables")
        r = ValuePattern.from_dict(d, where)
        if r.id in records:
            raise ValueError(f"{where}: pattern id {r.id!r} is used twice")
        records[r.id] = r
    return records


@cache
def file_records(name: str) -> Mapping[str, ValuePattern]:
    """The checked records of her2cli/data/rules/<name>.toml, not compiled nor expanded: what an
    include of another file reads (read once per process; a cycle of includes across files is
    refused by expand's depth, never loops here)."""
    from ..data_files import read_text

    return _records(read_text("data", "rules", f"{name}.toml"), f"her2cli/data/rules/{name}.toml")


def parse_patterns(text: str, where: str) -> PatternFile:
    """The records of a pattern file, checked, with their patterns compiled."""
    records = _records(text, where)
    compiled: dict[str, regex.Pattern[str]] = {}
    for pid, r in records.items():
        try:
            compiled[pid] = compile_pattern(expand(records, pid, where), r.flag_bits)
        except regex.error as exc:
            raise ValueError(f"{where}: pattern {pid!r} does not compile ({exc})") from None
    return PatternFile(where, tuple(records.values()), compiled)


@cache
def pattern_file(name: str) -> PatternFile:
    """her2cli/data/rules/<name>.toml, read, checked and compiled once per process. A process that
    finds the pattern cache loads the file's records as an earlier one read and checked them
    (rules/cache.py, snapshots: the same rule files and code), its patterns those compile_pattern
    gives."""
    from ..data_files import read_text
    from .cache import keep_snapshot, snapshot

    kept = snapshot(f"pattern-file:{name}")
    if isinstance(kept, PatternFile):
        return kept
    path = f"data/rules/{name}.toml"
    text = read_text("data", "rules", f"{name}.toml")
    file = parse_patterns(text, f"her2cli/{path}")
    keep_snapshot(f"pattern-file:{name}", file)
    return file


@cache
def data_pattern(pattern: str, flags: tuple[str, ...] = DEFAULT_FLAGS) -> regex.Pattern[str]:
    """A pattern that lives in another data file (the message files' `mutation_words`), compiled
    once; a flag name not in FLAG_BITS is refused."""
    unknown = [f for f in flags if f not in FLAG_BITS]
    if unknown:
        raise ValueError(f"unknown regex flags {unknown}; allowed: {list(FLAG_BITS)}")
    return compile_pattern(pattern, sum(FLAG_BITS[f] for f in set(flags)))


T = TypeVar("T")


def bind(cls: type[T], names: tuple[str, ...], **extra: Any) -> T:
    """A frozen dataclass whose fields are patterns from the files `names` (field `ihc_score` is
    the record with id "ihc-score"); `extra` gives the fields that are not single records. A field
    with no record is refused, so a renamed record fails on load, not at its first use."""
    files = [pattern_file(name) for name in names]
    values: dict[str, Any] = dict(extra)
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in values:
            continue
        pid = f.name.replace("_", "-")
        found = [file.compiled[pid] for file in files if pid in file.compiled]
        if not found:
            where = ", ".join(file.where for file in files)
            raise ValueError(f"{where}: no pattern {pid!r} (needed by {cls.__name__}.{f.name})")
        values[f.name] = found[0]
    if cls.__dataclass_params__.init:  # type: ignore[attr-defined]
        return cls(**values)
    # a record class without a generated __init__ (rules.Compiled): its fields set one by one
    unknown = sorted(set(values) - {f.name for f in fields(cls)})  # type: ignore[arg-type]
    if unknown:
        raise TypeError(f"{cls.__name__} has no fields {unknown}")
    record = cls.__new__(cls)
    for name, value in values.items():
        object.__setattr__(record, name, value)
    return record
