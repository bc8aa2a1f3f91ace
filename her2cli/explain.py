"""The patient explanation: report facts in, the sections a patient reads out (issue 10).

This is core, not rendering: it is built once per Result, in the reader's language, by
`attach_explanation` (the library API and both CLI commands call it), and every renderer
(terminal, plain text, HTML, JSON) only lays out the `Explanation` it is given. Sentences are
data (her2cli/data/messages/<lang>.toml); this module picks the ones whose facts hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .facts import Assay, ReportFacts, derive_facts, read_text_facts
from .messages import Rule, holds, load_catalog, load_messages
from .model import Result

MAX_QUESTIONS = 6
MIN_QUESTIONS = 3
MAX_QUOTES = 8


@dataclass(frozen=True)
class Sentence:
    """One piece of patient text with what it rests on: the message key, its sources and "as of" date."""

    key: str
    text: str
    sources: tuple[str, ...] = ()
    as_of: str | None = None


@dataclass(frozen=True)
class ReportLine:
    """One value the report gives ("What your report says"), with a lay label.

    `kind` is a stable machine name (ihc_score, ish_ratio, ngs_copy_number, ...) so a renderer can
    place a scale next to the value without parsing the label.
    """

    kind: str
    label: str
    value: str


@dataclass(frozen=True)
class Quote:
    """A report line the result relied on, with the words that matched (for highlighting)."""

    page: int
    text: str
    match: str


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


_NUMBER = re.compile(r"^\d+\.\d+$")
_PERCENT = re.compile(r"^(?P<q>.*?)\s*(?P<n>\d+(?:\.\d+)?)\s*%$")


def local_number(value: float | str, lang: str) -> str:
    """3.4 in English, 3,4 in Spanish: one decimal style on a page, as the scales and NCI Spanish write it."""
    text = f"{value:g}" if isinstance(value, float | int) else value
    return text.replace(".", ",") if lang == "es" and _NUMBER.match(text) else text


def local_percent(as_written: str, labels: dict[str, Any], lang: str) -> str:
    """A share of cells with the report's qualifier, in the reader's words ("about 30%", "alrededor del 30 %")."""
    m = _PERCENT.match(as_written.strip())
    if not m:
        return as_written
    qualifier = " ".join(m.group("q").split()).lower()
    template = labels["percent_qualifiers"].get(qualifier)
    if template is None:
        return as_written
    return str(template).format(n=local_number(m.group("n"), lang))


def local_mutation(name: str, labels: dict[str, Any]) -> str:
    """Common mutation words in the reader's language ("exon 20 insertion" -> "inserción en el exón 20");
    protein notation (A775_G776insYVMA) stays as the report wrote it."""
    for pattern, words in labels["mutation_words"]:
        name = re.sub(pattern, words, name, flags=re.IGNORECASE)
    return name


def _contradicts(score: str | None, call: str) -> bool:
    """A lab word that cannot belong to this score (a table row's neighbour): never shown beside it."""
    return (score == "3+" and call in ("negative", "low", "ultralow")) or (
        score in ("0", "1+") and call == "positive"
    )


def _sample_params(result: Result, params: dict[str, Any]) -> dict[str, Any]:
    """A conflict names the samples its results come from when the report gives them."""
    samples = [sp for sp in result.specimens if sp.ihc or sp.ish]
    if len(samples) < 2:
        return params
    lo = min(samples, key=lambda sp: sp.ihc or "")
    hi = max(samples, key=lambda sp: sp.ihc or "")
    if lo is hi:
        return params
    return {
        **params,
        "first": f"{lo.label} ({lo.ihc or lo.ish})",
        "second": f"{hi.label} ({hi.ihc or hi.ish})",
    }


def report_lines(result: Result, lang: str = "en", facts: ReportFacts | None = None) -> list[ReportLine]:
    """The numbers behind the status, each with a lay label, qualifiers as the report wrote them."""
    facts = facts or result.facts or derive_facts(result)
    labels = load_messages(lang)["labels"]
    rows: list[ReportLine] = []

    def add(kind: str, value: str, label_key: str | None = None) -> None:
        rows.append(ReportLine(kind, labels[label_key or kind], value))

    if result.ihc:
        if result.ihc.score:
            add("ihc_score", result.ihc.score)
        elif result.ihc.score_range:
            add("ihc_score_range", result.ihc.score_range)
        if facts.ihc_percent is not None:
            add("percent_cells", local_percent(facts.ihc_percent, labels, lang))
        if result.ihc.clone:
            add("ihc_clone", result.ihc.clone)
        if facts.revised_call:  # an addendum's revised call replaces the earlier lab wording
            add("lab_call_revised", labels["status_words"][facts.revised_call])
        elif result.ihc.lab_call and not _contradicts(result.ihc.score, result.ihc.lab_call):
            add("lab_call", labels["status_words"].get(result.ihc.lab_call, result.ihc.lab_call))
    if result.ish:
        # ASCO/CAP 2018 groups 2-4 have no ISH call of their own (docs/clinical-rules.md §11): the group row says so
        if result.ish.result and not (result.ish.result == "equivocal" and result.ish.group in (2, 3, 4)):
            add("ish_result", labels["ish_results"][result.ish.result])
        if result.ish.ratio is not None:
            add("ish_ratio", local_number(result.ish.ratio, lang))
        if result.ish.her2_copy_number is not None:
            add("her2_copy_number", local_number(result.ish.her2_copy_number, lang))
        if result.ish.cep17_copy_number is not None:
            add("cep17_copy_number", local_number(result.ish.cep17_copy_number, lang))
        if result.ish.group:
            needs_ihc = f": {labels['ish_group_needs_ihc']}" if result.ish.group in (2, 3, 4) else ""
            add("ish_group", f"{result.ish.group}{needs_ihc}")
        if result.ish.method:
            add("ish_method", labels["ish_methods"].get(result.ish.method, result.ish.method))
    if result.ngs:
        blood = result.ngs.ctdna
        if result.ngs.amplification:
            if blood:
                add("ctdna_amplification", labels["ctdna_results"][result.ngs.amplification])
            else:
                add("ngs_amplification", labels["ngs_results"][result.ngs.amplification])
        if result.ngs.copy_number is not None:
            add(
                "plasma_copy_number" if blood else "ngs_copy_number",
                local_number(result.ngs.copy_number, lang),
            )
        if result.ngs.mutations:
            add("mutations", ", ".join(local_mutation(m, labels) for m in result.ngs.mutations))
        add("specimen", labels["specimen_blood"] if blood else labels["specimen_tissue"])
    if result.status_basis and result.status_basis.test:
        add("test_type", labels["test_names"][result.status_basis.test])
    for specimen in result.specimens:
        parts = [
            x
            for x in (
                specimen.ihc and f"{labels['ihc_short']} {specimen.ihc}",
                specimen.ish and labels["ish_results"][specimen.ish],
            )
            if x
        ]
        call = labels["status_words"].get(specimen.call, specimen.call)
        rows.append(
            ReportLine(
                "specimen_result", f"{labels['specimen_result']} {specimen.label}", ", ".join([*parts, call])
            )
        )
    for receptor, value in (("er", facts.er), ("pr", facts.pr)):
        if value:
            add(receptor, labels["status_words"][value])
    rel = labels["related"]
    for gene in ("kras", "nras", "braf"):
        value = result.related.get(gene)
        if value:
            text = rel["wild_type"] if value == "wild-type" else rel["mutant"]
            variant = result.related.get(f"{gene}_variant")
            rows.append(ReportLine(gene, rel[gene], f"{text} ({variant})" if variant else text))
    msi = result.related.get("msi")
    if msi:
        rows.append(
            ReportLine(
                "msi", rel["msi"], {"MSI-H": rel["msi_h"], "MSI-L": rel["msi_l"], "MSS": rel["mss"]}[msi]
            )
        )
    mmr = result.related.get("mmr")
    if mmr:
        rows.append(ReportLine("mmr", rel["mmr"], rel[mmr]))
    return rows


def localized_warnings(result: Result, lang: str, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Warnings in the reader's language, leaving out those the meaning already says (`skip`).

    Every warning code has a template in every language (tests/test_messages.py checks it); the
    engine's English text is used only if a template cannot be filled.
    """
    msgs = load_messages(lang)["warnings"]
    out: list[str] = []
    for code, english, params in zip(
        result.warning_codes, result.warnings, result.warning_params, strict=False
    ):
        if code in skip:
            continue
        if code == "conflict":
            params = _sample_params(result, params)
        if code == "multiple_specimens" and result.specimens:
            words = load_messages(lang)["labels"]["status_words"]
            params = {
                **params,
                "samples": "; ".join(f"{sp.label}: {words.get(sp.call, sp.call)}" for sp in result.specimens),
            }
        if code == "ish_computed" and "ratio" not in params and result.ish and result.ish.ratio is not None:
            params = {**params, "ratio": f"{result.ish.ratio:g}"}
        params = {k: local_number(v, lang) if isinstance(v, str | float) else v for k, v in params.items()}
        try:
            out.append(msgs[code].format(**params))
        except (KeyError, IndexError):
            out.append(english)
    return out


def _quotes(result: Result) -> tuple[Quote, ...]:
    """Each report line once: a quote that another quote on its page already contains adds nothing
    for the reader (several findings often rest on one sentence) and is left out."""
    unique: list[Quote] = []
    for ev in result.evidence:
        if all((q.page, q.text) != (ev.page, ev.text) for q in unique):
            unique.append(Quote(ev.page, ev.text, ev.match))
    kept = [q for q in unique if not any(_contains(other, q) for other in unique)]
    return tuple(kept[:MAX_QUOTES])


def _contains(other: Quote, quote: Quote) -> bool:
    inner = quote.text.strip()
    return (
        other is not quote
        and other.page == quote.page
        and len(other.text) > len(quote.text)
        and inner in other.text
    )


def _scoring_rules(result: Result, facts: ReportFacts, labels: dict[str, Any]) -> str | None:
    """Say which rules the report names; only when it names none, which rules this summary used."""
    if facts.rules_named:
        return f"{labels['criteria_named']}: {', '.join(facts.rules_named)}"
    if result.status_basis and result.status != "not_found":
        if facts.deciding_test in (Assay.NGS, Assay.CTDNA):
            # stain systems (HERACLES, a trial's entry rule) are not how a sequencing call is made
            return f"{labels['criteria_applied']}: {labels['criteria_sequencing']}"
        basis = result.status_basis
        names = labels["rule_names"]
        name = (
            names.get(f"{basis.rule}.{facts.cancer_named}")
            or names.get(f"{basis.rule}.{result.cancer_type}")
            or names.get(basis.rule, basis.rule_name)
        )
        return f"{labels['criteria_applied']}: {name}"
    return None


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
    covered = {code for rule in meaning for code in rule.covers}
    if "multiple_specimens" in result.warning_codes:
        covered.add("conflict")  # the per-sample note says the same, naming every sample
    glossary = [msgs["glossary"][r.id] for r in _select("glossary", facts)]
    sources = [msgs["learn_more"][r.id] for r in _select("learn_more", facts)]
    return Explanation(
        lang=lang,
        tone=facts.tone,
        headline=msgs["headline"][headline.id],
        cancer_type=_cancer_line(facts, labels),
        scoring_rules=_scoring_rules(result, facts, labels),
        report_says=tuple(report_lines(result, lang, facts)),
        quotes=_quotes(result),
        meaning=tuple(Sentence(r.id, msgs["meaning"][r.id], r.sources, r.as_of) for r in meaning),
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


def attach_explanation(result: Result, lang: str = "en", text: str | None = None) -> Result:
    """Attach the report facts and the explanation once, in the reader's language.

    `text` is the report's full text (api.explain_document passes it): the facts only its words
    give (setting, treatment, named rules, ...) are read from it here and kept as facts, never as
    text. JSON gets `meaning` and `questions`.
    """
    if text is not None or result.facts is None:
        result.facts = derive_facts(result, read_text_facts(text) if text is not None else None)
    exp = build_explanation(result, lang)
    result.explanation = exp
    result.meaning = exp.meaning_text
    result.questions = list(exp.questions)
    return result
