"""Rules as validated data: each rule is a record in a TOML file under her2cli/data/rules/
(id, family, direction, max_scope, pattern, examples, not_examples, source), loaded once and
checked on load; unknown keys and values are refused with the allowed ones listed (medspaCy's
ConTextRule.from_dict is the model). A pattern may include a record of a pattern file
({{common:id}}, patterns.expand_rule): the rule holds the pattern with it written out. tests/test_rules.py walks every rule's examples."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .cache import compile_pattern, load_toml
from .patterns import expand_rule
from .prefilter import check_texts

DIRECTIONS = ("forward", "backward", "both", "terminate")
# Context families: the `reason` a mention is set aside for (docs/clinical-rules.md §8.10).
CONTEXT_FAMILIES = (
    "pending",
    "order",  # a request to test, even one that quotes a score: reported as "pending"
    "question",  # a status asked, not stated ("HER2 positive?", "query HER2 amplification")
    "rule_out",  # a status to rule out: "r/o HER2 amplification" (up to a bracket or semicolon)
    "recommendation",
    "hypothetical",
    "history",
    "relative",  # a family member named before the result in its clause: another person's (findings/relatives.py)
    "anaphor",  # "That tumor was ...": the history check also reads the sentence it points back to
    "superseded",  # the header of an amended report's original version kept for the record
    "failed",  # a stain or assay that failed or is to be disregarded
    "limited",  # a negative the report says cannot rule the result out
    "subregion",  # a value measured in one area or cluster of the tumor (heterogeneity)
    "in_situ",  # an in-situ component (DCIS) in an IHC value's own sentence: not scored (reported as "subregion")
    "control",
    "therapy",
    "population",  # trial and study populations: even a measured value there is other patients'
    "legend",
    "methods",
    "earlier",  # in a value's sentence: the value is an earlier, quoted or withdrawn result (findings/earlier.py)
    "earlier_label",  # a line's label: the lines under it restate an earlier result (clinical history)
    "earlier_after",  # right after a value: it was withdrawn or is another patient's (findings/earlier.py)
    "attributed_after",  # after a value: the report gives it to an earlier tumour (findings/earlier.py, context.py)
    "current",  # in a value's sentence or as a line's label: the value is this report's current result
)
# Rule patterns are case-insensitive and verbose (whitespace in a pattern is ignored).
PATTERN_FLAGS = regex.IGNORECASE | regex.VERBOSE
WORD_BOUNDED = r"(?<![A-Za-z])(?:{})(?![A-Za-z])"


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    direction: str
    pattern: str
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    source: str
    max_scope: int | None = None
    word_bounded: bool = True  # the pattern neither starts nor ends inside a word
    requires: tuple[str, ...] | None = None  # texts one of which every match contains (prefilter.py)
    starts: tuple[str, ...] | None = None  # texts one of which every match begins with (prefilter.py)

    REQUIRED = ("id", "family", "direction", "pattern", "examples", "not_examples", "source")
    OPTIONAL = ("max_scope", "word_bounded", "requires", "starts")

    def full_pattern(self) -> str:
        """The pattern as it is matched: inside word bounds unless the rule says otherwise."""
        return WORD_BOUNDED.format(self.pattern) if self.word_bounded else self.pattern

    @classmethod
    def from_dict(cls, d: dict[str, Any], families: tuple[str, ...], where: str) -> Rule:
        """A rule from its TOML table; `where` names the file in error messages."""
        rid = d.get("id", "?")
        allowed = cls.REQUIRED + cls.OPTIONAL
        unknown = sorted(set(d) - set(allowed))
        if unknown:
            raise ValueError(f"{where}: rule {rid!r}: unknown keys {unknown}; allowed: {list(allowed)}")
        missing = [k for k in cls.REQUIRED if k not in d]
        if missing:
            raise ValueError(f"{where}: rule {rid!r}: missing keys {missing}")
        for key in ("id", "family", "direction", "pattern", "source"):
            if not isinstance(d[key], str) or not d[key]:
                raise ValueError(f"{where}: rule {rid!r}: {key} must be a non-empty string")
        if d["family"] not in families:
            raise ValueError(f"{where}: rule {rid!r}: family {d['family']!r} is not one of {list(families)}")
        if d["direction"] not in DIRECTIONS:
            raise ValueError(
                f"{where}: rule {rid!r}: direction {d['direction']!r} is not one of {list(DIRECTIONS)}"
            )
        pattern = expand_rule(d["pattern"], rid, where)  # {{file:id}}: a pattern file's record
        if " " in pattern:
            raise ValueError(
                f"{where}: rule {rid!r}: a space in a pattern is ignored (verbose mode); write \\s+ or \\x20"
            )
        for key in ("examples", "not_examples"):
            if not isinstance(d[key], list) or not all(isinstance(x, str) and x for x in d[key]):
                raise ValueError(f"{where}: rule {rid!r}: {key} must be a list of texts")
        if not d["examples"]:
            raise ValueError(f"{where}: rule {rid!r}: give at least one example it must match")
        scope = d.get("max_scope")
        if scope is not None and (isinstance(scope, bool) or not isinstance(scope, int) or scope <= 0):
            raise ValueError(f"{where}: rule {rid!r}: max_scope must be a positive number of characters")
        if not isinstance(d.get("word_bounded", True), bool):
            raise ValueError(f"{where}: rule {rid!r}: word_bounded must be true or false")
        requires = (
            check_texts(d["requires"], "requires", f"{where}: rule {rid!r}") if "requires" in d else None
        )
        starts = check_texts(d["starts"], "starts", f"{where}: rule {rid!r}") if "starts" in d else None
        return cls(
            id=d["id"],
            family=d["family"],
            direction=d["direction"],
            pattern=pattern,
            examples=tuple(d["examples"]),
            not_examples=tuple(d["not_examples"]),
            source=d["source"],
            max_scope=scope,
            word_bounded=d.get("word_bounded", True),
            requires=requires,
            starts=starts,
        )


def parse_rules(text: str, families: tuple[str, ...], where: str) -> tuple[Rule, ...]:
    """Rules from the text of a rule file: a list of [[rule]] tables with unique ids."""
    data = load_toml(text)  # parsed here, not at import: `her2cli --help` reads no rule file
    if set(data) != {"rule"} or not isinstance(data["rule"], list):
        raise ValueError(f"{where}: a rule file holds only [[rule]] tables")
    rules = tuple(Rule.from_dict(d, families, where) for d in data["rule"])
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise ValueError(f"{where}: rule id {r.id!r} is used twice")
        seen.add(r.id)
    _check_patterns(rules, where)
    return rules


def _check_patterns(rules: tuple[Rule, ...], where: str) -> None:
    """Every family's joined pattern compiles (regex caches it for compiled()); only when one
    does not are its rules compiled one by one, to name the rule at fault."""
    for family, pattern in family_patterns(rules).items():
        try:
            compile_pattern(pattern, PATTERN_FLAGS)
        except regex.error:
            for r in rules:
                if r.family != family:
                    continue
                try:
                    regex.compile(r.full_pattern(), PATTERN_FLAGS)
                except regex.error as exc:
                    raise ValueError(f"{where}: rule {r.id!r}: pattern does not compile ({exc})") from None
            raise ValueError(f"{where}: the rules of family {family!r} do not compile together") from None


@cache
def load_rules(name: str, families: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of her2cli/data/rules/<name>.toml, read and validated once per process."""
    from ..data_files import read_text

    path = f"data/rules/{name}.toml"
    text = read_text("data", "rules", f"{name}.toml")
    return parse_rules(text, families, path)


def family_patterns(rules: tuple[Rule, ...]) -> dict[str, str]:
    """One pattern per family: its rules' full patterns as alternatives, in file order (the same
    as one word-bounded group around them all: alternation distributes over the bounds)."""
    families: dict[str, list[str]] = {}
    for r in rules:
        families.setdefault(r.family, []).append(r.full_pattern())
    return {family: "|".join(patterns) for family, patterns in families.items()}


def context_rules() -> tuple[Rule, ...]:
    return load_rules("context", CONTEXT_FAMILIES)
