"""The patient explanation: report facts in, the sections a patient reads out (issue 10).

This is core, not rendering: it is built once per Result, in the reader's language, by
`attach_explanation` (the library API and both CLI commands call it), and every renderer
(terminal, plain text, HTML, JSON) only lays out the `Explanation` it is given. Sentences are
data (her2cli/data/messages/<lang>.toml); this module picks the ones whose facts hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .explain_notes import localized_warnings
from .fact_kinds import Assay
from .facts import ReportFacts, derive_facts, read_text_facts
from .messages import Rule, holds, load_catalog, load_messages
from .model import Result
from .note_cover import covered_notes
from .report_quotes import Quote, report_quotes
from .report_rows import ReportLine, report_lines
from .summary_facts import with_summary_words
from .summary_words import readable_text

__all__ = [
    "Explanation",
    "GlossaryEntry",
    "LearnMore",
    "Sentence",
    "attach_explanation",
    "build_explanation",
    "explanation_for",
    "localized_warnings",
    "record_sentences",
]

MAX_QUESTIONS = 6
MIN_QUESTIONS = 3


@dataclass(frozen=True)
class Sentence:
    """One piece of patient text with what it rests on: the message key, its sources and "as of" date."""

    key: str
    text: str
    sources: tuple[str, ...] = ()
    as_of: str | None = None


@dataclass(frozen=True)
class GlossaryEntry:
    """A word that appears in this report, explained in one plain sentence."""

    term: str
    text: str


@dataclass(frozen=True)
class LearnMore:
    """A trusted free source, printed as text (her2cli never goes online)."""

    name: str
    address: str
    note: str = ""


@dataclass(frozen=True)
class Explanation:
    """Everything a patient reads, section by section, in one language.

    Renderers lay these fields out and add nothing: `tone` picks the symbol and color
    (positive / negative / equivocal / not_found / low / ultralow / mutation), `titles` are the
    section headings in this language, `facts` carries the values a scale needs.
    """

    lang: str
    tone: str
    headline: str
    cancer_type: str  # "Cancer type: ..." line, in words
    scoring_rules: str | None  # "Scoring rules named in the report: ..." or "... this summary applied: ..."
    report_says: tuple[ReportLine, ...]
    quotes: tuple[Quote, ...]
    meaning: tuple[Sentence, ...]
    questions: tuple[str, ...]
    glossary: tuple[GlossaryEntry, ...]
    learn_more: tuple[LearnMore, ...]
    facts_checked_date: str  # when the medical facts in the message data were last checked
    warnings: tuple[str, ...]
    error: str | None
    disclaimer: str
    titles: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # small words renderers need ("page", ...)
    facts: ReportFacts | None = None

    @property
    def meaning_text(self) -> str:
        """The meaning sentences as one paragraph (JSON `meaning`, old callers)."""
        return " ".join(s.text for s in self.meaning)


def _select(section: str, facts: ReportFacts, minimum: int = 0) -> list[Rule]:
    """The catalog messages of a section whose facts hold, one per group, each id once;
    fallback messages only while fewer than `minimum` were chosen."""
    chosen: list[Rule] = []
    groups: set[str] = set()
    ids: set[str] = set()
    for rule in load_catalog().rules[section]:
        if rule.fallback and len(chosen) >= minimum:
            continue
        if rule.id in ids or (rule.group and rule.group in groups) or not holds(rule, facts):
            continue
        chosen.append(rule)
        ids.add(rule.id)
        if rule.group:
            groups.add(rule.group)
    return chosen


def _scoring_rules(result: Result, facts: ReportFacts, labels: dict[str, Any]) -> str | None:
    """Say which rules the report names; only when it names none, which rules this summary used."""
    if facts.status == "not_found":
        return None  # a legend on a report with no result names no rules this result was scored by
    blood_only = facts.blood and not facts.tissue  # a blood test's own call (b13-f05-08): no stain rules
    # a lab's call with no score, on a report whose only HER2 test is DNA sequencing, is no stain
    # call either (sentences13: devset15 b15-f12-08 was "applied: Colorectal HER2 rules (HERACLES)")
    sequencing_only = bool(facts.tests_reported) and facts.tests_reported <= {Assay.NGS, Assay.CTDNA}
    if (
        facts.deciding_test in (Assay.NGS, Assay.CTDNA) or blood_only or sequencing_only
    ) and result.status_basis:
        # stain systems the report names (HERACLES, a trial such as ToGA) are not how a sequencing
        # call is made, even when the report names them for a tissue test it advises (qa4 32)
        return f"{labels['criteria_applied']}: {labels['criteria_sequencing']}"
    if facts.rules_named:
        # a guideline's name is a name; the report's own "X criteria" phrase is quoted as its words
        names = [
            labels["report_phrase"].format(phrase=n) if n.endswith((" criteria", " scoring")) else n
            for n in facts.rules_named
        ]
        return f"{labels['criteria_named']}: {', '.join(names)}"
    if result.status_basis and result.status != "not_found":
        basis = result.status_basis
        names = labels["rule_names"]
        name = (
            names.get(f"{basis.rule}.{facts.cancer_named}")
            or names.get(f"{basis.rule}.{result.cancer_type}")
            or names.get(basis.rule, basis.rule_name)
        )
        return f"{labels['criteria_applied']}: {name}"
    return None


def _fill(text: str, facts: ReportFacts) -> str:
    """A message's {placeholders} from the report facts: `group` ("group 4"), `ras` ("KRAS (G12V)")."""
    text = text.replace("{ras}", facts.ras_named)
    return text.replace("{group}", str(facts.ish_group)) if facts.ish_group is not None else text


def _cancer_line(facts: ReportFacts, labels: dict[str, Any]) -> str:
    if facts.cancer_named:
        return f"{labels['cancer_type']}: {labels['named_cancers'][facts.cancer_named]}"
    return f"{labels['cancer_type']}: {labels['cancer_types'][facts.cancer_type]}"


def build_explanation(result: Result, lang: str = "en", facts: ReportFacts | None = None) -> Explanation:
    """The explanation of one Result in one language (pure; see `attach_explanation`).

    Every sentence is a catalog message whose required facts hold for this report.
    """
    facts = facts or result.facts or derive_facts(result)
    msgs = load_messages(lang)
    labels = msgs["labels"]
    headline = _select("headline", facts)[0]
    meaning = _select("meaning", facts)
    covered = covered_notes(result, facts, meaning)
    glossary = [msgs["glossary"][r.id] for r in _select("glossary", facts)]
    sources = [msgs["learn_more"][r.id] for r in _select("learn_more", facts)]
    return Explanation(
        lang=lang,
        tone=facts.tone,
        headline=msgs["headline"][headline.id],
        cancer_type=_cancer_line(facts, labels),
        scoring_rules=_scoring_rules(result, facts, labels),
        report_says=tuple(report_lines(result, lang, facts)),
        quotes=report_quotes(result, facts),
        meaning=tuple(
            Sentence(r.id, _fill(msgs["meaning"][r.id], facts), r.sources, r.as_of) for r in meaning
        ),
        questions=tuple(msgs["questions"][r.id] for r in _select("question", facts, MIN_QUESTIONS))[
            :MAX_QUESTIONS
        ],
        glossary=tuple(GlossaryEntry(g["term"], g["text"]) for g in glossary),
        learn_more=tuple(LearnMore(x["name"], x["address"], x["note"]) for x in sources),
        facts_checked_date=load_catalog().facts_checked,
        warnings=tuple(localized_warnings(result, lang, skip=covered)),
        error=result.error.message if result.error else None,
        disclaimer=msgs["meta"]["disclaimer"],
        titles=dict(labels["sections"]),
        labels={k: labels[k] for k in ("page", "status", "none_found", "facts_checked")},
        facts=facts,
    )


def explanation_for(result: Result, lang: str = "en") -> Explanation:
    """The attached explanation when it is in `lang`, else a new one (renderers call this)."""
    if result.explanation is not None and result.explanation.lang == lang:
        return result.explanation
    return build_explanation(result, lang)


def record_sentences(result: Result, lang: str, facts: ReportFacts) -> tuple[str, list[str], list[str]]:
    """The three explanation fields a JSON record carries, `meaning`, `questions` and `notes`,
    chosen as build_explanation chooses them (the same messages, the same order and cap)."""
    msgs = load_messages(lang)
    chosen = _select("meaning", facts)
    meaning = " ".join(_fill(msgs["meaning"][r.id], facts) for r in chosen)
    questions = [msgs["questions"][r.id] for r in _select("question", facts, MIN_QUESTIONS)][:MAX_QUESTIONS]
    return meaning, questions, localized_warnings(result, lang, skip=covered_notes(result, facts, chosen))


SPECIFIC_ISH_METHODS = ("FISH", "CISH", "SISH", "DISH")


def _record_fields(result: Result, facts: ReportFacts) -> None:
    """What the JSON record says agrees with what the summary says (summary6, JSON consistency):
    the ISH method the summary names ("FISH", where the engine kept only "ISH"), and ER/PR as the
    summary shows them (`related.er` / `related.pr`, schema 1.4: breast only, the current sample's
    call: positive, low_positive, negative, mixed or null). The notes the summary shows are the
    record's `notes` (attach_explanation); `warnings` stay the engine's short English texts."""
    if result.ish is not None and facts.ish_method in SPECIFIC_ISH_METHODS:
        result.ish.method = facts.ish_method
    if result.ish is not None and facts.ish_copies_other_area:
        # another area's count beside the result's ratio, and the group the two made (b26-f03-09)
        result.ish.her2_copy_number = None
        result.ish.group = None
    result.related["er"] = facts.er
    result.related["pr"] = facts.pr


def attach_explanation(
    result: Result, lang: str = "en", text: str | None = None, *, record_only: bool = False
) -> Result:
    """Attach the report facts and the explanation once, in the reader's language.

    `text` is the report's full text (api.explain_document passes it): the facts only its words
    give (setting, treatment, named rules, ...) are read from it here and kept as facts, never as
    text. JSON gets `meaning` and `questions`. `record_only` (a worker whose result only becomes
    a JSON or CSV record) sets just those two and leaves the rest of the explanation (headline,
    quotes, glossary, ...) unbuilt: `explanation_for` builds it from the kept facts if a renderer
    ever asks."""
    if text is not None or result.facts is None:
        readable = readable_text(text) if text is not None else None
        result.facts = derive_facts(result, read_text_facts(readable) if readable is not None else None)
        if text is not None:
            result.facts = with_summary_words(result.facts, result, text, readable)
    _record_fields(result, result.facts)
    if record_only:
        result.explanation = None
        result.meaning, result.questions, result.notes = record_sentences(result, lang, result.facts)
        return result
    exp = build_explanation(result, lang)
    result.explanation = exp
    result.meaning = exp.meaning_text
    result.questions = list(exp.questions)
    result.notes = list(exp.warnings)
    return result
