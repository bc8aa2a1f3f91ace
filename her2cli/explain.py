"""The patient explanation: report facts in, the sections a patient reads out (issue 10).

This is core, not rendering: it is built once per Result, in the reader's language, by
`attach_explanation` (the library API and both CLI commands call it), and every renderer
(terminal, plain text, HTML, JSON) only lays out the `Explanation` it is given. Sentences are
data (her2cli/data/messages/<lang>.toml); this module picks the ones whose facts hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .fact_kinds import Assay, NotFoundReason
from .facts import ReportFacts, derive_facts, read_text_facts
from .messages import Rule, holds, load_catalog, load_messages
from .model import Result
from .report_quotes import Quote, report_quotes
from .report_rows import ReportLine, local_number, local_sample, plasma_copy_number, report_lines
from .rules.patterns import data_pattern
from .summary_facts import with_summary_words
from .summary_words import order_history, readable_text, states_status

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


def _local_param(value: str | float, lang: str) -> str:
    """A value the engine put in a note ("ISH amplified", "positive, IHC 3+"), in the reader's words."""
    text = local_number(value, lang)
    for pattern, words in load_messages(lang)["labels"]["note_words"]:
        text = data_pattern(pattern, ("ignorecase",)).sub(words, text)
    return text


def _sample_params(
    result: Result, params: dict[str, Any], labels: dict[str, Any], names: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
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
        "first": f"{local_sample(lo.label, labels, names)} ({lo.ihc or labels['status_words'].get(lo.call, lo.call)})",
        "second": f"{local_sample(hi.label, labels, names)} ({hi.ihc or labels['status_words'].get(hi.call, hi.call)})",
    }


def _note_variant(code: str, facts: ReportFacts | None, msgs: dict[str, Any]) -> str:
    """The note that says what the report itself says about its results (qa4 26, 28): two results
    the report calls concordant, a result the lab chose, two tumors, samples that all agree."""
    if facts is None:
        return code
    variant = code
    if code == "post_treatment_no_current" and facts.her2_awaited:
        variant = "post_treatment_pending"  # the report says the retest is ordered or in progress
    elif code == "post_treatment_no_current" and facts.her2_not_retested:
        # "HER2 was not repeated on the residual tumor" (qa5 2): the sample after treatment has no
        # result of its own, the earlier one is only quoted (session 9's convention, facts.md §11)
        variant = "post_treatment_not_retested"
    elif code == "post_treatment" and facts.results_concordant:
        variant = "post_treatment_concordant"  # "concordant with the pretreatment biopsy"
    elif code == "multiple_specimens" and facts.specimens_agree:
        variant = "multiple_specimens_agree"  # every sample gives the same answer
    elif code in ("conflict", "multiple_specimens") and facts.conflict_kind:
        variant = f"{code}_{facts.conflict_kind}"
    elif code == "earlier_result" and facts.after_treatment and not (facts.result_corrected or facts.revised):
        variant = (
            "earlier_result_after_treatment"  # a result from before treatment, not a correction (b7-f02-07)
        )
    elif code == "unknown_cancer_type" and facts.cancer_named:
        variant = "unknown_cancer_type_named"  # the summary's cancer line names it (b7-f07-02)
    return variant if variant in msgs else code


IHC_ORDER = ("0", "1+", "2+", "3+")


def _lower_shown(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """A conflict whose shown IHC score is the lower of its two: the params with the shown score
    first (the note must not say "shows the higher one", b7-f12-10), else None."""
    shown = result.ihc.score if result.ihc else None
    first, second = params.get("first"), params.get("second")
    if {first, second} - set(IHC_ORDER):
        return _lower_call_shown(result, params)
    if shown not in IHC_ORDER or shown not in (first, second):
        return None
    other = second if shown == first else first
    if IHC_ORDER.index(str(other)) <= IHC_ORDER.index(str(shown)):
        return None
    return {**params, "first": shown, "second": other}


def _positive_call(words: str) -> bool | None:
    """Whether a conflict's short result ("ISH amplified", "IHC negative", "3+") is a positive
    one: True, False, or None when it says neither."""
    text = f" {words.lower()} "
    if " not amplified" in text or " negative" in text or " 0 " in text or " 1+ " in text:
        return False
    if " amplified" in text or " positive" in text or " 3+ " in text:
        return True
    return None


def _lower_call_shown(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """A conflict of calls ("ISH amplified" and "ISH not amplified") whose shown status is the
    negative one: the params with that one first (the note must not say "shows the higher one",
    devset13 b13-f08-08, variants10 v10-E-09), else None."""
    first, second = str(params.get("first")), str(params.get("second"))
    calls = (_positive_call(first), _positive_call(second))
    if result.status != "negative" or set(calls) != {True, False}:
        return None
    shown, other = (first, second) if calls[0] is False else (second, first)
    return {**params, "first": shown, "second": other}


# notes about the result this summary shows, said only when it shows one
RESULT_NOTES = frozenset(
    {
        "conflict",
        "multiple_specimens",
        "representative_specimen",
        "specimens_agree",
        "ish_computed",
        "statement_conflict",
        "post_treatment",
        "earlier_result",
        "ihc_equivocal_no_ish",
        "ish_conflict",
    }
)

# notes that name every sample of the report's `specimens` (interpret/samples.py)
SAMPLE_NOTES = ("representative_specimen", "specimens_agree")


def localized_warnings(result: Result, lang: str, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Warnings in the reader's language, leaving out those the meaning already says (`skip`).

    Every warning code has a template in every language (tests/test_messages.py checks it); the
    engine's English text is used only if a template cannot be filled.
    """
    out: list[str] = []
    for code, english, params in zip(
        result.warning_codes, result.warnings, result.warning_params, strict=False
    ):
        if code in skip:
            continue
        text = _warning_text(result, lang, code, params)
        if text is not None:
            out.append(text or english)
    return out


def _warning_text(result: Result, lang: str, code: str, params: dict[str, Any]) -> str | None:
    """The note for one warning code in the reader's language: "" when its template cannot be
    filled (the caller uses the engine's English), None when a value it needs was unreadable and
    the language has no wording without it (the note is left out)."""
    msgs = load_messages(lang)["warnings"]
    names = result.facts.sample_names if result.facts else ()
    lower = _lower_shown(result, params) if code == "conflict" else None
    if code == "conflict":
        params = _sample_params(result, lower or params, load_messages(lang)["labels"], names)
    code = _note_variant(code, result.facts, msgs)
    if code in ("conflict", "multiple_specimens") and _lab_states_status(result):
        code = f"{code}_lab_final"  # the report's final call is shown, not "the higher one" (qa5 U5)
    elif code == "conflict" and lower is not None and _score_line_states_status(result):
        code = "conflict_lab_final"  # "HER2 IHC score: 1+ -> HER2 NEGATIVE" under a 3+ pattern in 5% (b10-f06-04)
    elif code == "conflict" and lower is not None:
        code = "conflict_lower_shown"
    if (code.startswith("multiple_specimens") or code in SAMPLE_NOTES) and result.specimens:
        params = _specimen_params(result, params, lang, names)
    if code == "plasma_cn_not_tissue":
        blood = _blood_copy_number(result, params)
        if blood is None:
            return None  # the number is the tissue test's: no note about a blood number
        params = blood
    if code == "ish_computed" and "ratio" not in params and result.ish and result.ish.ratio is not None:
        params = {**params, "ratio": f"{result.ish.ratio:g}"}
    params = {k: _local_param(v, lang) if isinstance(v, str | float) else v for k, v in params.items()}
    if "?" in params.values():  # the engine could not read the value: the note without it, never "?"
        code = f"{code}_no_value"
        if code not in msgs:
            return None
    try:
        return str(msgs[code].format(**params))
    except (KeyError, IndexError):
        return ""


def _blood_copy_number(result: Result, params: dict[str, Any]) -> dict[str, Any] | None:
    """The blood-number note's params with the blood line's copy number where the record kept a
    tissue line's (devset9 b9-f05-10), None when only a tissue line gives one; an unread value
    ("?") stays for the note without it."""
    try:
        number = float(params.get("copy_number", ""))
    except (TypeError, ValueError):
        return params
    blood = plasma_copy_number(result, number)
    return None if blood is None else {**params, "copy_number": f"{blood:g}"}


def _specimen_params(
    result: Result, params: dict[str, Any], lang: str, names: tuple[tuple[str, str], ...]
) -> dict[str, Any]:
    """The chosen sample and every sample's call, in the reader's words, for the per-sample notes."""
    labels = load_messages(lang)["labels"]
    words = labels["status_words"]
    return {
        **params,
        "chosen": local_sample(str(params.get("chosen", "")), labels, names),
        "samples": "; ".join(
            f"{local_sample(sp.label, labels, names)}: {words.get(sp.call, sp.call)}"
            for sp in result.specimens
        ),
    }


def _scoring_rules(result: Result, facts: ReportFacts, labels: dict[str, Any]) -> str | None:
    """Say which rules the report names; only when it names none, which rules this summary used."""
    if facts.status == "not_found":
        return None  # a legend on a report with no result names no rules this result was scored by
    if facts.deciding_test in (Assay.NGS, Assay.CTDNA) and result.status_basis:
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


def _lab_states_status(result: Result) -> bool:
    """The report states the final call this summary shows in words ("FINAL HER2 RESULT: NEGATIVE")."""
    said = f"call={result.status}"
    return any(ev.finding == "status_statement" and said in ev.value.split(", ") for ev in result.evidence)


def _score_line_states_status(result: Result) -> bool:
    """The line that gives the shown IHC score also gives the status in words ("HER2 IHC score:
    1+ -> HER2 NEGATIVE"): the lab's final answer, not the lower of two results by chance."""
    shown = result.ihc.score if result.ihc else None
    return shown is not None and any(
        ev.finding == "ihc"
        and f"score={shown}" in ev.value.split(", ")
        and states_status(ev.text, result.status)
        for ev in result.evidence
    )


def _fill(text: str, facts: ReportFacts) -> str:
    """A message's {placeholders} from the report facts: `group` ("group 4"), `ras` ("KRAS (G12V)")."""
    text = text.replace("{ras}", facts.ras_named)
    return text.replace("{group}", str(facts.ish_group)) if facts.ish_group is not None else text


def _cancer_line(facts: ReportFacts, labels: dict[str, Any]) -> str:
    if facts.cancer_named:
        return f"{labels['cancer_type']}: {labels['named_cancers'][facts.cancer_named]}"
    return f"{labels['cancer_type']}: {labels['cancer_types'][facts.cancer_type]}"


def _covered(result: Result, facts: ReportFacts, meaning: list[Rule]) -> set[str]:
    """The warning codes whose note the summary does not repeat under "Please note": the meaning
    already says it, or another note says the same."""
    covered = {code for rule in meaning for code in rule.covers}
    if {"multiple_specimens", "representative_specimen", "specimens_agree"} & set(result.warning_codes):
        covered.add("conflict")  # the per-sample note says the same, naming every sample
    if "post_treatment" in result.warning_codes and facts.conflict_kind == "after_treatment":
        covered.add("conflict")  # the post-treatment note names the earlier result: one note (qa5 3)
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED:
        covered |= RESULT_NOTES  # no result is shown: no note about which result is shown (qa5 H1)
    waiting = [m for m in result.mentions if m.reason == "pending"]
    if waiting and not facts.her2_awaited and all(order_history(m.text) for m in waiting):
        covered.add("pending")  # "HER2 ... was requested by Dr. Alvarez": an order's history (v10-D-07)
    if facts.pending_set_aside:
        covered.add("pending")  # a request or a failed test, not a result to come (b13-f12-10)
    if _earlier_is_conflict(result):
        covered.add("conflict")  # the earlier-result note names the other result already (v10-E-09)
    if _lab_states_status(result):
        covered.add("ish_computed")  # "FINAL HER2 RESULT: NEGATIVE" is the result in words (qa4 16)
    return covered


def _earlier_is_conflict(result: Result) -> bool:
    """The report's two differing results are the current one and the earlier or corrected one
    the earlier-result note already names: one note, not two."""
    params = dict(zip(result.warning_codes, result.warning_params, strict=False))
    earlier, conflict = params.get("earlier_result"), params.get("conflict")
    return bool(
        earlier and conflict and earlier.get("earlier") in (conflict.get("first"), conflict.get("second"))
    )


def build_explanation(result: Result, lang: str = "en", facts: ReportFacts | None = None) -> Explanation:
    """The explanation of one Result in one language (pure; see `attach_explanation`).

    Every sentence is a catalog message whose required facts hold for this report.
    """
    facts = facts or result.facts or derive_facts(result)
    msgs = load_messages(lang)
    labels = msgs["labels"]
    headline = _select("headline", facts)[0]
    meaning = _select("meaning", facts)
    covered = _covered(result, facts, meaning)
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
    return meaning, questions, localized_warnings(result, lang, skip=_covered(result, facts, chosen))


SPECIFIC_ISH_METHODS = ("FISH", "CISH", "SISH", "DISH")


def _record_fields(result: Result, facts: ReportFacts) -> None:
    """What the JSON record says agrees with what the summary says (summary6, JSON consistency):
    the ISH method the summary names ("FISH", where the engine kept only "ISH"), and ER/PR as the
    summary shows them (`related.er` / `related.pr`, schema 1.4: breast only, the current sample's
    call: positive, low_positive, negative, mixed or null). The notes the summary shows are the
    record's `notes` (attach_explanation); `warnings` stay the engine's short English texts."""
    if result.ish is not None and facts.ish_method in SPECIFIC_ISH_METHODS:
        result.ish.method = facts.ish_method
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
