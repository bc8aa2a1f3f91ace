"""Rules are validated data: a rule file with an unknown key, a missing key or a wrong type is
refused when it is loaded, with a message naming the file, the rule and the key; every phrase
rule matches its examples and none of its near-misses, so adding a phrasing is: add a rule with
its examples, run the tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import regex

import her2cli
from her2cli.interpret.rule_sets import RuleSet, rule_sets
from her2cli.rules import compiled, load_all
from her2cli.rules.data import (
    CONTEXT_FAMILIES,
    PATTERN_FLAGS,
    Rule,
    context_rules,
    family_patterns,
    parse_rules,
)
from her2cli.rules.patterns import ValuePattern, parse_patterns, pattern_file

BREAST: dict[str, Any] = {
    "id": "breast-asco-cap-2018",
    "name": "ASCO/CAP 2018 breast HER2 guideline (affirmed 2023)",
    "ish_ratio_cutoff": 2.0,
    "uses_asco_cap_groups": True,
    "her2_low_applies": True,
    "ihc3_min_percent": 10.0,
    "source": "docs/clinical-rules.md §2",
}


def test_the_shipped_tumor_types_load() -> None:
    sets = rule_sets()
    assert sets["breast"] == RuleSet.from_dict("breast", BREAST)
    assert sets["unknown"] is sets["other"]  # an unknown cancer type uses the general solid-tumor rules
    assert sets["colorectal"].ihc3_min_percent == 50.0
    assert sets["gastric"].ish_mean_cutoff == 6.0 and sets["breast"].ish_mean_cutoff is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ish_ratio_cuttoff": 2.0}, "unknown keys ['ish_ratio_cuttoff']"),
        ({"ish_ratio_cutoff": None}, "missing keys ['ish_ratio_cutoff']"),
        ({"ish_ratio_cutoff": "2.0"}, "ish_ratio_cutoff must be a positive number"),
        ({"ish_ratio_cutoff": 0}, "ish_ratio_cutoff must be a positive number"),
        ({"ihc3_min_percent": True}, "ihc3_min_percent must be a positive number"),
        ({"her2_low_applies": "yes"}, "must be true or false"),
        ({"name": 3}, "must be strings"),
    ],
    ids=[
        "misspelled key",
        "missing key",
        "number as text",
        "zero cut-off",
        "bool as number",
        "flag as text",
        "name not text",
    ],
)
def test_a_bad_rule_set_is_refused(change: dict[str, Any], message: str) -> None:
    table = {**BREAST, **change}
    table = {k: v for k, v in table.items() if v is not None}
    with pytest.raises(ValueError, match=r"tumor type 'breast'") as exc:
        RuleSet.from_dict("breast", table)
    assert message in str(exc.value)


# --- phrase rules (her2cli/data/rules/*.toml) ----------------------------------------------------

CONTEXT = context_rules()


@pytest.mark.parametrize("rule", CONTEXT, ids=[r.id for r in CONTEXT])
def test_every_context_rule_matches_its_examples_and_misses_its_near_misses(rule: Rule) -> None:
    pattern = regex.compile(rule.full_pattern(), PATTERN_FLAGS)
    missed = [text for text in rule.examples if not pattern.search(text)]
    hit = [text for text in rule.not_examples if pattern.search(text)]
    assert (missed, hit) == ([], []), f"{rule.id}: examples it misses, near-misses it matches"


def test_the_engine_uses_the_rule_file() -> None:
    """Each context family the matcher applies is exactly its rules, joined in file order."""
    joined = family_patterns(CONTEXT)
    assert set(joined) == set(CONTEXT_FAMILIES)
    for family, pattern in compiled().context.items():
        assert pattern.pattern == joined[family]


GOOD_RULE = """
[[rule]]
id = "pending-word"
family = "pending"
direction = "both"
pattern = 'pending'
examples = ["HER2: pending"]
not_examples = ["pendant"]
source = "docs/clinical-rules.md §8.10"
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD_RULE.replace("source =", "max_scop = 40\nsource ="), "unknown keys ['max_scop']"),
        (GOOD_RULE.replace('family = "pending"\n', ""), "missing keys ['family']"),
        (GOOD_RULE.replace("source =", "max_scope = -5\nsource ="), "max_scope must be a positive number"),
        (
            GOOD_RULE.replace("pattern = 'pending'", "pattern = 'to follow'"),
            "a space in a pattern is ignored",
        ),
        (GOOD_RULE.replace("pattern = 'pending'", "pattern = 'pend(ing'"), "pattern does not compile"),
        (GOOD_RULE.replace('family = "pending"', 'family = "pendng"'), "family 'pendng' is not one of"),
        (
            GOOD_RULE.replace('direction = "both"', 'direction = "sideways"'),
            "direction 'sideways' is not one of",
        ),
        (GOOD_RULE + GOOD_RULE, "rule id 'pending-word' is used twice"),
        (GOOD_RULE.replace('examples = ["HER2: pending"]', "examples = []"), "at least one example"),
        ("[other]\nx = 1\n", "only [[rule]] tables"),
        (
            GOOD_RULE.replace("pattern = 'pending'", "pattern = '{{pending}}'"),
            "includes {{pending}}, which is no record",
        ),
        (
            GOOD_RULE.replace("pattern = 'pending'", "pattern = '{{common:pending}}'"),
            "includes {{common:pending}}, which is no record",
        ),
        (
            GOOD_RULE.replace("pattern = 'pending'", "pattern = '{{no_such_file:pending}}'"),
            "includes a record of no_such_file.toml, which is no file",
        ),
    ],
    ids=[
        "misspelled key",
        "missing key",
        "negative scope",
        "space in pattern",
        "broken pattern",
        "unknown family",
        "unknown direction",
        "duplicate id",
        "no example",
        "not a rule file",
        "include of its own file",
        "include of no record in a pattern file",
        "include of no file",
    ],
)
def test_a_bad_rule_file_is_refused(text: str, message: str) -> None:
    assert parse_rules(GOOD_RULE, CONTEXT_FAMILIES, "t.toml")[0].id == "pending-word"  # the base is good
    with pytest.raises(ValueError, match="t.toml") as exc:
        parse_rules(text, CONTEXT_FAMILIES, "t.toml")
    assert message in str(exc.value)


def test_a_rule_may_include_a_record_of_a_pattern_file() -> None:
    """{{common:withdrawn-word}} in a [[rule]] record stands for that record of common.toml, as in a
    pattern file: a context rule and a reader that need the same words share one list (fold23)."""
    fragment = pattern_file("common")["withdrawn-word"].pattern
    text = GOOD_RULE.replace("pattern = 'pending'", "pattern = '(?:{{common:withdrawn-word}})'").replace(
        'examples = ["HER2: pending"]', 'examples = ["HER2 3+ (withdrawn)"]'
    )
    rule = parse_rules(text, CONTEXT_FAMILIES, "t.toml")[0]
    assert rule.pattern == f"(?:{fragment})"
    pattern = regex.compile(rule.full_pattern(), PATTERN_FLAGS)
    assert pattern.search("HER2 3+ is RETRACTED") and not pattern.search("withdrawal")


# --- value patterns (her2cli/data/rules/*.toml holding [[pattern]] records) ----------------------

RULE_DIR = Path(her2cli.__file__).parent / "data" / "rules"
PATTERN_FILES = sorted(
    p.stem for p in RULE_DIR.glob("*.toml") if p.read_text(encoding="utf-8").count("[[pattern]]")
)
RECORDS = [(name, r) for name in PATTERN_FILES for r in pattern_file(name).records]


def test_there_are_pattern_files() -> None:
    assert "report_words" in PATTERN_FILES


def test_load_all_reads_every_pattern_file() -> None:
    """A batch loads them all before its workers fork (batch.warm_up)."""
    assert load_all() == tuple(PATTERN_FILES)


@pytest.mark.parametrize(("name", "record"), RECORDS, ids=[f"{name}:{r.id}" for name, r in RECORDS])
def test_every_pattern_matches_its_examples_and_misses_its_near_misses(
    name: str, record: ValuePattern
) -> None:
    pattern = pattern_file(name)[record.id]
    find = pattern.match if record.use == "match" else pattern.search
    missed = [e.text for e in record.examples if not find(e.text)]
    hit = [text for text in record.not_examples if find(text)]
    assert (missed, hit) == ([], []), f"{name}.toml {record.id}: examples it misses, near-misses it matches"
    for example in record.examples:
        m = find(example.text)
        assert m is not None
        got = {group: m.group(group) or "" for group, _ in example.groups}
        assert got == dict(example.groups), f"{name}.toml {record.id}: groups of {example.text!r}"
    assert record.source.strip()


PREFILTERED = [(f"context.toml {r.id}", r.examples, r.requires, None) for r in CONTEXT if r.requires] + [
    (f"{name}.toml {r.id}", tuple(e.text for e in r.examples), r.requires, r.starts)
    for name, r in RECORDS
    if r.requires or r.starts
]


@pytest.mark.parametrize(
    ("where", "examples", "requires", "starts"), PREFILTERED, ids=[p[0] for p in PREFILTERED]
)
def test_every_example_holds_a_required_text_and_starts_with_a_declared_one(
    where: str, examples: tuple[str, ...], requires: tuple[str, ...] | None, starts: tuple[str, ...] | None
) -> None:
    """A record's `requires` (texts one of which every match contains) holds for its examples;
    tests/test_prefilter.py proves it from the pattern. A record without it runs always."""
    from her2cli.rules.prefilter import folded

    if requires:
        lacking = [e for e in examples if not any(x in (folded(e) or e.lower()) for x in requires)]
        assert lacking == [], f"{where}: examples with no text of `requires` {list(requires)}"
    if starts:
        name, rid = where.split(".toml ")
        pattern = pattern_file(name)[rid]
        begins = [(m.group(0) or "").lower() for e in examples if (m := pattern.search(e))]
        lacking = [b for b in begins if not any(b.startswith(x) for x in starts)]
        assert lacking == [], f"{where}: matches that begin with no text of `starts` {list(starts)}"


def test_every_rule_id_is_used_once_in_all_rule_files() -> None:
    ids = [r.id for _, r in RECORDS] + [r.id for r in CONTEXT]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


GOOD_PATTERN = """
[[pattern]]
id = "her2-word"
family = "text"
flags = ["ignorecase"]
pattern = '''\\bHER-?2\\b'''
examples = ["HER2", {text = "HER-2 status", groups = {}}]
not_examples = ["HER20"]
source = "docs/rules.md"
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD_PATTERN.replace("source =", "direction = 'both'\nsource ="), "unknown keys ['direction']"),
        (GOOD_PATTERN.replace('family = "text"\n', ""), "missing keys ['family']"),
        (
            GOOD_PATTERN.replace('["ignorecase"]', '["ignorecase", "dotall"]'),
            "flags must be a list drawn from",
        ),
        (GOOD_PATTERN.replace("HER-?2", "HER-(?2"), "does not compile"),
        (GOOD_PATTERN.replace('id = "her2-word"', 'id = "HER2 word"'), "id must be lower-case words"),
        (GOOD_PATTERN.replace(r"\bHER-?2\b", "{{her3}}"), "includes {{her3}}, which is no record"),
        (
            GOOD_PATTERN.replace(r"\bHER-?2\b", "{{common:her3}}"),
            "includes {{common:her3}}, which is no record",
        ),
        (
            GOOD_PATTERN.replace(r"\bHER-?2\b", "{{no_such_file:her3}}"),
            "includes a record of no_such_file.toml, which is no file",
        ),
        (GOOD_PATTERN + GOOD_PATTERN, "pattern id 'her2-word' is used twice"),
        (GOOD_PATTERN.replace('examples = ["HER2", ', "examples = [3, "), "an example is a text or"),
        (
            GOOD_PATTERN.replace(
                'examples = ["HER2", {text = "HER-2 status", groups = {}}]', "examples = []"
            ),
            "at least one",
        ),
        ("[[rule]]\nid = 'x'\n", "only [[pattern]] tables"),
    ],
    ids=[
        "unknown key",
        "missing key",
        "unknown flag",
        "broken pattern",
        "id not a slug",
        "include of no record",
        "include of no record in another file",
        "include of no file",
        "duplicate id",
        "example not a text",
        "no example",
        "not a pattern file",
    ],
)
def test_a_bad_pattern_file_is_refused(text: str, message: str) -> None:
    assert parse_patterns(GOOD_PATTERN, "t.toml").records[0].id == "her2-word"  # the base is good
    with pytest.raises(ValueError, match="t.toml") as exc:
        parse_patterns(text, "t.toml")
    assert message in str(exc.value)


def test_an_include_stands_for_the_named_record() -> None:
    text = GOOD_PATTERN + GOOD_PATTERN.replace('id = "her2-word"', 'id = "her2-status"').replace(
        r"\bHER-?2\b", r"{{her2-word}}\s+status"
    ).replace('examples = ["HER2", ', "examples = [").replace(
        'not_examples = ["HER20"]', 'not_examples = ["HER2"]'
    )
    file = parse_patterns(text, "t.toml")
    assert file["her2-status"].pattern == r"\bHER-?2\b\s+status"
    assert file["her2-status"].search("her-2 status") and not file["her2-status"].search("HER2")


def test_an_include_of_another_file_stands_for_that_files_record() -> None:
    """{{common:withdrawn-word}} is the record of common.toml: words several files need are
    written once, and the including record matches what the fragment matches, within its own
    bounds (fold22)."""
    fragment = pattern_file("common")["withdrawn-word"].pattern
    text = GOOD_PATTERN.replace(r"\bHER-?2\b", r"\b(?:{{common:withdrawn-word}})\b").replace(
        'examples = ["HER2", {text = "HER-2 status", groups = {}}]', 'examples = ["is withdrawn"]'
    )
    file = parse_patterns(text, "t.toml")
    assert file["her2-word"].pattern == rf"\b(?:{fragment})\b"
    assert file["her2-word"].search("HER2 3+ is WITHDRAWN") and not file["her2-word"].search("withdrawal")


def test_includes_of_another_file_may_not_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files that include each other's record are refused by the include depth, never loop."""
    from her2cli.rules import patterns

    looping = parse_patterns(GOOD_PATTERN, "x.toml").records[0]
    other = {"her2-word": dataclasses.replace(looping, pattern="{{t:her2-word}}")}
    monkeypatch.setattr(patterns, "file_records", lambda name: other)
    with pytest.raises(ValueError, match="too deep"):
        parse_patterns(GOOD_PATTERN.replace(r"\bHER-?2\b", "{{x:her2-word}}"), "t.toml")


@pytest.mark.parametrize(
    ("reader", "fragment"),
    [
        ("ngs:capability-lead", "common:capability-detect"),
        ("document:marker-method-lead", "common:capability-detect"),
        ("document:marker-withdrawn", "common:withdrawn-word"),
        ("document:marker-withdrawn", "common:in-error"),
        ("document:version-withdrawn", "common:withdrawn-word"),
        ("ihc:withdrawn-after-value", "common:withdrawn-word"),
        ("ihc:withdrawn-after-value", "common:in-error"),
        ("ish:contrast-sample", "common:sample-word"),
        ("context:hypothetical-contrast", "common:sample-word"),
        ("document:in-situ-before-score", "common:in-situ-name"),
        ("context:in-situ-component", "common:in-situ-name"),
        ("document:void-after-value", "common:struck-word"),
        ("context:earlier-after-struck", "common:struck-word"),
        ("document:relative-attributed-after", "common:attributed-verb"),
        ("context:attributed-after-value", "common:attributed-verb"),
        ("context:earlier-machine-score", "ihc:machine-score-cue"),
    ],
)
def test_the_shared_words_stand_in_each_reader_that_includes_them(reader: str, fragment: str) -> None:
    """Words several readers need are written once (review21 items 10-11, review22 item 4): each
    reader's pattern (a pattern record's compiled pattern, or a context rule's written out) holds
    the included record's text."""
    name, rid = reader.split(":")
    if name == "context":
        (rule,) = [r for r in CONTEXT if r.id == rid]
        pattern = rule.pattern
    else:
        pattern = pattern_file(name)[rid].pattern
    part_file, part_id = fragment.split(":")
    assert "{{" not in pattern
    assert pattern_file(part_file)[part_id].pattern in pattern
