"""The patient explanation: report facts in, the sections a patient reads out (issue 10).

This is core, not rendering: it is built once per Result, in the reader's language, by
`attach_explanation` (the library API and both CLI commands call it), and every renderer
(terminal, plain text, HTML, JSON) only lays out the `Explanation` it is given. Sentences are
data (her2cli/data/messages/<lang>.toml); this module picks the ones whose facts hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .facts import ReportFacts, derive_facts
from .messages import load_messages
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


def status_key(result: Result) -> str:
    """positive/negative/equivocal/not_found, or low/ultralow for breast HER2-low results."""
    if result.status == "negative" and result.cancer_type == "breast":
        if result.her2_low:
            return "low"
        if result.her2_ultralow:
            return "ultralow"
    return result.status


def _ras_braf_wild_type(result: Result) -> bool:
    r = result.related
    return (
        r.get("kras") == "wild-type" and r.get("nras") == "wild-type" and r.get("braf") in ("wild-type", None)
    )


def situational_questions(result: Result) -> list[str]:
    """Keys of questions.extra that apply to this result, most specific first."""
    keys: list[str] = []
    codes = set(result.warning_codes)
    ihc_score = result.ihc.score if result.ihc else None
    if (
        result.status == "equivocal"
        and ihc_score == "2+"
        and (result.ish is None or result.ish.result is None)
    ):
        keys.append("equivocal_no_ish")
    if result.status == "not_found" and result.cancer_type == "colorectal" and _ras_braf_wild_type(result):
        keys.append("not_found_crc_ras_wildtype")
    if result.ngs and result.ngs.ctdna:
        if result.status_basis and result.status_basis.test == "ctdna" and result.status == "positive":
            keys.append("ctdna_only")
        if result.ngs.amplification == "not_amplified" and result.status == "not_found":
            keys.append("ctdna_not_detected")
    if result.cancer_type == "breast" and result.her2_low:
        keys.append("breast_low")
    if result.cancer_type == "breast" and result.her2_ultralow:
        keys.append("breast_ultralow")
    if result.ngs and result.ngs.mutations and result.status != "positive":
        keys.append("mutation_only")
    if result.status == "positive" and result.cancer_type == "colorectal":
        keys.append("positive_crc")
    if "pending" in codes:
        keys.append("pending")
    if "conflict" in codes or "revised_by_addendum" in codes:
        keys.append("conflict")
    if result.source and result.source.ocr_pages:
        keys.append("ocr")
    return keys


def _words(text: str) -> set[str]:
    tokens = [w.strip("¿?.,!()") for w in text.split()]
    # content words, and test names such as ISH or IHC
    return {t.lower() for t in tokens if len(t) >= 4 or (len(t) >= 2 and t.isupper())}


def _asks_the_same(question: str, existing: str) -> bool:
    """A generic question is left out when a tailored one already asks it (most of its words)."""
    words = _words(question)
    return bool(words) and len(words & _words(existing)) >= 0.65 * len(words)


def _questions(result: Result, msgs: dict[str, Any]) -> list[str]:
    key = status_key(result)
    table = msgs["questions"]
    generic = table.get(key, {}).get(result.cancer_type) or table[result.status][result.cancer_type]
    questions: list[str] = [table["extra"][k] for k in situational_questions(result)]
    skipped: list[str] = []
    for q in generic["items"]:
        if any(_asks_the_same(q, existing) for existing in questions):
            skipped.append(q)
        else:
            questions.append(q)
    questions += skipped[: max(0, MIN_QUESTIONS - len(questions))]
    return questions[:MAX_QUESTIONS]


def report_lines(result: Result, lang: str = "en") -> list[ReportLine]:
    """The numbers behind the status, each with a lay label."""
    labels = load_messages(lang)["labels"]
    rows: list[ReportLine] = []

    def add(kind: str, value: str, label_key: str | None = None) -> None:
        rows.append(ReportLine(kind, labels[label_key or kind], value))

    if result.ihc:
        if result.ihc.score:
            add("ihc_score", result.ihc.score)
        elif result.ihc.score_range:
            add("ihc_score_range", result.ihc.score_range)
        if result.ihc.percent_cells is not None:
            add("percent_cells", f"{result.ihc.percent_cells:g}%")
        if result.ihc.clone:
            add("ihc_clone", result.ihc.clone)
        if result.ihc.lab_call:
            add("lab_call", labels["status_words"].get(result.ihc.lab_call, result.ihc.lab_call))
    if result.ish:
        if result.ish.result:
            add("ish_result", labels["ish_results"][result.ish.result])
        if result.ish.ratio is not None:
            add("ish_ratio", f"{result.ish.ratio:g}")
        if result.ish.her2_copy_number is not None:
            add("her2_copy_number", f"{result.ish.her2_copy_number:g}")
        if result.ish.cep17_copy_number is not None:
            add("cep17_copy_number", f"{result.ish.cep17_copy_number:g}")
        if result.ish.group:
            add("ish_group", str(result.ish.group))
        if result.ish.method:
            add("ish_method", labels["ish_methods"].get(result.ish.method, result.ish.method))
    if result.ngs:
        blood = result.ngs.ctdna
        if result.ngs.amplification:
            value = labels["ngs_results"][result.ngs.amplification]
            if blood and result.ngs.amplification == "not_amplified":
                value = labels["ctdna_results"]["not_detected"]
            add("ngs_amplification", value)
        if result.ngs.copy_number is not None:
            add("plasma_copy_number" if blood else "ngs_copy_number", f"{result.ngs.copy_number:g}")
        if result.ngs.mutations:
            add("mutations", ", ".join(result.ngs.mutations))
        add("specimen", labels["specimen_blood"] if blood else labels["specimen_tissue"])
    if result.status_basis and result.status_basis.test:
        add("test_type", labels["test_names"][result.status_basis.test])
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


def localized_warnings(result: Result, lang: str) -> list[str]:
    """Warnings in the reader's language where the message files have them."""
    msgs = load_messages(lang)["warnings"]
    out: list[str] = []
    for code, english, params in zip(
        result.warning_codes, result.warnings, result.warning_params, strict=False
    ):
        template = msgs.get(code)
        if template is None:
            out.append(english)
            continue
        try:
            out.append(template.format(**params))
        except (KeyError, IndexError):
            out.append(english)
    return out


def _quotes(result: Result) -> tuple[Quote, ...]:
    shown: list[Quote] = []
    seen: set[tuple[int, str]] = set()
    for ev in result.evidence:
        if (ev.page, ev.text) in seen or len(seen) >= MAX_QUOTES:
            continue
        seen.add((ev.page, ev.text))
        shown.append(Quote(ev.page, ev.text, ev.match))
    return tuple(shown)


def build_explanation(result: Result, lang: str = "en") -> Explanation:
    """The explanation of one Result in one language (pure; see `attach_explanation`)."""
    msgs = load_messages(lang)
    labels = msgs["labels"]
    key = status_key(result)
    cancer = result.cancer_type
    meaning_table = msgs["meaning"].get(key, {}).get(cancer) or msgs["meaning"][result.status][cancer]
    rules = None
    if result.status_basis and result.status != "not_found":
        rules = f"{labels['criteria']}: {result.status_basis.rule_name}"
    return Explanation(
        lang=lang,
        tone=key,
        headline=msgs["headline"][key] if key in msgs["headline"] else msgs["headline"][result.status],
        cancer_type=f"{labels['cancer_type']}: {labels['cancer_types'][cancer]}",
        scoring_rules=rules,
        report_says=tuple(report_lines(result, lang)),
        quotes=_quotes(result),
        meaning=(
            Sentence(
                f"meaning.{key}.{cancer}", meaning_table["text"], tuple(meaning_table.get("sources", []))
            ),
        ),
        questions=tuple(_questions(result, msgs)),
        glossary=(),
        learn_more=(),
        facts_checked_date="",
        warnings=tuple(localized_warnings(result, lang)),
        error=result.error.message if result.error else None,
        disclaimer=msgs["meta"]["disclaimer"],
        titles=dict(labels["sections"]),
        labels={k: labels[k] for k in ("page", "status", "none_found", "facts_checked")},
        facts=derive_facts(result),
    )


def explanation_for(result: Result, lang: str = "en") -> Explanation:
    """The attached explanation when it is in `lang`, else a new one (renderers call this)."""
    if result.explanation is not None and result.explanation.lang == lang:
        return result.explanation
    return build_explanation(result, lang)


def attach_explanation(result: Result, lang: str = "en") -> Result:
    """Attach the explanation once, in the reader's language; JSON gets `meaning` and `questions`."""
    exp = build_explanation(result, lang)
    result.explanation = exp
    result.meaning = exp.meaning_text
    result.questions = list(exp.questions)
    return result
