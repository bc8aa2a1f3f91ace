"""Patient-facing text and when it may be said.

Words: her2cli/data/messages/<lang>.toml (one file per language). When each message may be said,
its sources and "as of" date: her2cli/data/messages/catalog.toml (language-neutral), which names
each source by its id in her2cli/data/messages/sources.toml (the guideline, trial, approval or
paper itself, with its year; docs/sources.md lists them). All are validated on load, so a typo in
a fact name or a source id, or a message without words in every language, fails at once instead
of silently printing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from .facts import DEFERRABLE, ReportFacts

LANGUAGES = ("en", "es")
SECTIONS = ("headline", "meaning", "question", "glossary", "learn_more")
# catalog section -> table of the words in each language file
TEXT_TABLES = {
    "headline": "headline",
    "meaning": "meaning",
    "question": "questions",
    "glossary": "glossary",
    "learn_more": "learn_more",
}
FACT_NAMES = frozenset(f.name for f in fields(ReportFacts))


class CatalogError(ValueError):
    """The message data is inconsistent (a packaging or editing mistake, not a user error)."""


@dataclass(frozen=True)
class Rule:
    """One message of the catalog: say `id` when every fact in `when` holds."""

    section: str
    id: str
    when: tuple[tuple[str, Any], ...]
    group: str | None = None
    covers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    as_of: str | None = None
    fallback: bool = False  # a question asked only to reach the minimum number


@dataclass(frozen=True)
class Source:
    """One source a message rests on (sources.toml): what kind it is, and its citation."""

    id: str
    kind: str
    cite: str


SOURCE_KINDS = (
    "guideline",
    "scoring",
    "trial",
    "approval",
    "paper",
    "report-format",
    "patient-org",
    "wording",
)


@dataclass(frozen=True)
class Catalog:
    facts_checked: str
    rules: dict[str, tuple[Rule, ...]]
    sources: dict[str, Source]


@cache
def load_messages(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return _read(f"{lang}.toml")


def _read(name: str) -> dict[str, Any]:
    from .data_files import read_text
    from .rules.cache import load_toml  # parsed once, then read from the pattern cache (issue 13)

    return load_toml(read_text("data", "messages", name))


def fact_name(key: str) -> tuple[str, bool]:
    """The fact a `when` key tests, and whether the test is negated (`not_` prefix)."""
    if key in FACT_NAMES:
        return key, False
    if key.startswith("not_") and key[4:] in FACT_NAMES:
        return key[4:], True
    raise CatalogError(f"unknown fact {key!r} (facts: {', '.join(sorted(FACT_NAMES))})")


@cache
def load_sources() -> dict[str, Source]:
    """sources.toml by id, checked: every entry has a known kind and a citation."""
    sources: dict[str, Source] = {}
    for sid, entry in _read("sources.toml").items():
        if (
            set(entry) != {"kind", "cite"}
            or entry["kind"] not in SOURCE_KINDS
            or not str(entry["cite"]).strip()
        ):
            raise CatalogError(f"sources.toml [{sid}]: needs a kind ({', '.join(SOURCE_KINDS)}) and a cite")
        sources[sid] = Source(sid, entry["kind"], entry["cite"])
    return sources


def _asked_order(item: tuple[str, Any]) -> tuple[bool, str]:
    """The order `holds` tests a message's facts in: the ones read from the report's words when
    first asked for (facts.DEFERRABLE) last, so that a message another fact rules out never reads
    them (every fact must hold: the order changes no answer)."""
    return fact_name(item[0])[0] in DEFERRABLE, item[0]


def _rule(section: str, entry: dict[str, Any]) -> Rule:
    when = entry.get("when", {})
    for key in when:
        fact_name(key)
    known = load_sources()
    unknown = [s for s in entry.get("sources", ()) if s not in known]
    if unknown:
        raise CatalogError(
            f"catalog {section} {entry.get('id')!r}: unknown source id(s) {unknown} (sources.toml)"
        )
    rule = Rule(
        section=section,
        id=entry["id"],
        when=tuple(sorted(when.items(), key=_asked_order)),
        group=entry.get("group"),
        covers=tuple(entry.get("covers", ())),
        sources=tuple(known[s].cite for s in entry.get("sources", ())),  # the citations themselves
        as_of=entry.get("as_of"),
        fallback=bool(entry.get("fallback", False)),
    )
    if section == "meaning" and not (rule.sources and rule.as_of):
        raise CatalogError(f"meaning {rule.id!r} needs sources and an as_of date")
    return rule


@cache
def load_catalog() -> Catalog:
    """The catalog, checked against every language file (each id has words in each language)."""
    raw = _read("catalog.toml")
    rules = {section: tuple(_rule(section, e) for e in raw.get(section, [])) for section in SECTIONS}
    for lang in LANGUAGES:
        msgs = load_messages(lang)
        for section, table in TEXT_TABLES.items():
            missing = {r.id for r in rules[section]} - set(msgs.get(table, {}))
            if missing:
                raise CatalogError(f"{lang}.toml [{table}] has no words for {', '.join(sorted(missing))}")
    return Catalog(facts_checked=raw["facts_checked"], rules=rules, sources=load_sources())


def _matches(value: Any, want: Any) -> bool:
    wants = want if isinstance(want, list) else [want]
    if isinstance(value, frozenset | tuple):
        return bool(value) if want == "*" else any(str(w) in {str(v) for v in value} for w in wants)
    if want == "*":
        return value not in (None, False, "")
    if isinstance(want, bool) or isinstance(value, bool):
        return value is want
    text = "none" if value is None else str(value)
    return text in {str(w) for w in wants}


def holds(rule: Rule, facts: ReportFacts) -> bool:
    """True when every fact the message requires holds for this report."""
    for key, want in rule.when:
        name, negated = fact_name(key)
        if _matches(getattr(facts, name), want) == negated:
            return False
    return True
