"""Facts only the report's words give: setting, treatment, sample adequacy, named rules, receptors.

Read once from the report's full text (api.explain_document passes it); only these values are kept,
never the text. `facts.derive_facts` combines them with the engine's Result. ER and PR values are
read by report_receptors.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .relative_words import of_a_relative
from .rules.patterns import bind, pattern_file
from .rules.prefilter import may_hold

# ---- facts the report states in words (read from its text once, in api.explain_document) ----
# The patterns are records with examples in her2cli/data/rules/report_words.toml (rules/patterns.py),
# read and compiled on first use; each is a phrase family, anchored on words, linear time.


@dataclass(frozen=True)
class ReportWords:
    """The report_words.toml patterns by name (field `early_stage` is the record "early-stage")."""

    early_stage: regex.Pattern[str]
    after_treatment: regex.Pattern[str]
    no_tumor: regex.Pattern[str]
    in_situ_only: regex.Pattern[str]
    in_situ_named: regex.Pattern[str]
    uninterpretable: regex.Pattern[str]
    repeat_ordered: regex.Pattern[str]
    not_indicated: regex.Pattern[str]
    copy_number_not_assessed: regex.Pattern[str]
    stain_words: regex.Pattern[str]
    sentence: regex.Pattern[str]
    clause: regex.Pattern[str]
    her2_word: regex.Pattern[str]
    ish_not_possible: regex.Pattern[str]
    ish_requested: regex.Pattern[str]
    sent_report_attached: regex.Pattern[str]
    revised_call: regex.Pattern[str]
    plus_levels: regex.Pattern[str]
    gene_expression: regex.Pattern[str]
    results_not_provided: regex.Pattern[str]
    not_performed: regex.Pattern[str]
    not_performed_confirmatory: regex.Pattern[str]
    not_performed_ish_only: regex.Pattern[str]
    ihc_score_given: regex.Pattern[str]
    guiding_sample: regex.Pattern[str]
    specimen_kind: regex.Pattern[str]
    adenocarcinoma: regex.Pattern[str]
    receptor: regex.Pattern[str]
    receptor_shorthand: regex.Pattern[str]
    receptor_elsewhere: regex.Pattern[str]
    receptor_before_treatment: regex.Pattern[str]
    receptor_earlier_sample: regex.Pattern[str]
    receptor_name: regex.Pattern[str]
    receptor_category: regex.Pattern[str]
    result_withdrawn: regex.Pattern[str]
    receptor_row: regex.Pattern[str]
    receptor_columns: regex.Pattern[str]
    receptor_value: regex.Pattern[str]
    control_value_before: regex.Pattern[str]
    negated_before: regex.Pattern[str]
    hypothetical: regex.Pattern[str]
    ultralow_named: regex.Pattern[str]
    metastatic_setting: regex.Pattern[str]
    sent_out: regex.Pattern[str]
    to_follow: regex.Pattern[str]
    unchecked_box: regex.Pattern[str]
    criteria_phrase: regex.Pattern[str]
    document_order_form: regex.Pattern[str]
    document_clinic_note: regex.Pattern[str]
    document_consent: regex.Pattern[str]
    next_ngs_sent_out: regex.Pattern[str]
    next_confirm_tissue: regex.Pattern[str]
    next_germline: regex.Pattern[str]
    next_germline_flag: regex.Pattern[str]
    next_tumor_board: regex.Pattern[str]
    # (name, pattern) in file order: the scoring rules a report may name, the other cancers
    guidelines: tuple[tuple[str, regex.Pattern[str]], ...]
    named_cancers: tuple[tuple[str, regex.Pattern[str]], ...]


@cache
def _words() -> ReportWords:
    file = pattern_file("report_words")
    return bind(
        ReportWords,
        ("report_words",),
        guidelines=file.listed("guideline"),
        named_cancers=file.listed("named-cancer"),
    )


@cache
def _requires() -> dict[regex.Pattern[str], tuple[str, ...]]:
    """The texts one of which every match of a report-words pattern contains (its record's
    `requires`, proven from the pattern by tests/test_prefilter.py)."""
    file = pattern_file("report_words")
    return {file.compiled[r.id]: r.requires for r in file.records if r.requires}


def _may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """False when the pattern cannot match anywhere in `text` (nor in any clause of it): the
    prefilter of issue 13, which only skips work, never changes what is read."""
    return may_hold(_requires().get(pattern), text)


def _search(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    return pattern.search(text) if _may_match(pattern, text) else None


@dataclass(frozen=True)
class TextFacts:
    """Facts only the report's words give (no report text is kept, only these values)."""

    early_stage: bool = False
    after_treatment: bool = False
    no_tumor: bool = False
    in_situ_only: bool = False  # no invasive cancer, only carcinoma in situ: HER2 not tested (qa4 11)
    uninterpretable: bool = False
    copy_number_not_assessed: bool = False  # a DNA test says gene copies could not be assessed here
    # the stain is repeated because the report withdrew its result (wrong slide): a result to come,
    # not a stain that could not be read (summary6, b6-f10-08)
    repeat_after_withdrawal: bool = False
    result_withdrawn_said: bool = False  # the report withdraws a HER2 result it quoted (b14-f10-08)
    gene_expression_subtype: bool = False
    rules_named: tuple[str, ...] = ()
    cancer_named: str | None = None
    er: str | None = None
    pr: str | None = None
    plus_levels: bool = False
    ish_not_possible: bool = False
    ish_requested: bool = False
    adenocarcinoma_named: bool = False
    revised_call: str | None = None
    results_not_provided: bool = False  # the report says HER2 results exist but were not sent with it
    her2_not_performed: bool = False  # the report says HER2 was not tested (not requested, not done)
    her2_not_indicated: bool = False  # the report says HER2 testing is not indicated for this cancer
    ultralow_named: bool = False  # the report itself uses the word "ultralow"
    metastatic: bool = False  # the report states distant spread (stage IV, liver metastasis, unresectable)
    guiding_sample_named: bool = False  # the report says which sample's result guides treatment
    specimen_kind_named: bool = False  # biopsy or surgery sample (gastrectomy, resection) named
    # what kind of document its title says it is, when not a results report: order_form | note | consent
    document_kind: str | None = None
    # the report's own next steps, said back as its words: ngs_sent_out | confirm_tissue | germline |
    # germline_flag (a variant marked as likely inherited, no test named) | tumor_board
    next_steps: frozenset[str] = frozenset()
    # the report scored HER2 by the ASCO/CAP 2007 cut-offs (ratio > 2.2, 3+ in > 30%): the category may
    # differ under today's rules (facts.md §2 "older reports may use older cut-offs"; qa5 H5)
    older_criteria: bool = False


def _not_provided(text: str) -> bool:
    """HER2 named in a sentence saying results were not provided (so they exist elsewhere)."""
    w = _words()
    if not _may_match(w.results_not_provided, text):
        return False
    return any(
        w.results_not_provided.search(m.group()) and w.her2_word.search(m.group())
        for m in w.clause.finditer(text)
    )


def _ish_awaited(text: str) -> bool:
    """The report says an ISH is requested or sent out, on a line that does not also say the test's
    report is attached ("FISH ... (sent out to <lab>, report attached p.3)", v17b-f03-04): a report
    in hand is a result, and a pending sentence must not stand beside it."""
    w = _words()
    if not _may_match(w.ish_requested, text):
        return False
    if not _may_match(w.sent_report_attached, text):
        return bool(w.ish_requested.search(text))
    for m in w.ish_requested.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not w.sent_report_attached.search(text[line_start : line_end if line_end >= 0 else len(text)]):
            return True
    return False


def _stated_as_done(pattern: regex.Pattern[str], text: str) -> bool:
    """Stated, and not in a sentence about a plan or a condition ("should ... be requested")."""
    if not _may_match(pattern, text):
        return False
    w = _words()
    return any(
        _stated(pattern, m.group()) and not w.hypothetical.search(m.group())
        for m in w.clause.finditer(text)
        if pattern.search(m.group())
    )


def _her2_not_done(text: str) -> bool:
    """A clause naming HER2 says the HER2 test was not done: not a confirmatory or reflex test
    ("IHQ HER2 confirmatoria (no realizada)", v17a-f08-04), nor only the ISH in a report that gives
    a stain score ("HER2 IHC: 0 ... HER2 ISH: not performed", v13b-f02-04)."""
    w = _words()
    if not _may_match(w.not_performed, text):
        return False
    scored = None
    for m in w.clause.finditer(text):
        clause = m.group()
        if not (w.not_performed.search(clause) and w.her2_word.search(clause)):
            continue
        if w.not_performed_confirmatory.search(clause):
            continue
        if w.not_performed_ish_only.search(clause):
            scored = bool(_search(w.ihc_score_given, text)) if scored is None else scored
            if scored:
                continue
        return True
    return False


def _her2_clause(pattern: regex.Pattern[str], text: str) -> bool:
    """The pattern in a clause that names HER2 ("HER2: testing was not requested")."""
    if not _may_match(pattern, text):
        return False
    w = _words()
    return any(pattern.search(m.group()) and w.her2_word.search(m.group()) for m in w.clause.finditer(text))


def _stated(pattern: regex.Pattern[str], text: str) -> bool:
    """True when the pattern occurs not just after a negation ("no residual tumor")."""
    if not _may_match(pattern, text):
        return False
    negated_before = _words().negated_before
    return any(
        not negated_before.search(text[max(0, m.start() - 40) : m.start()]) for m in pattern.finditer(text)
    )


# "per serous endometrial carcinoma criteria", "scored with gastric criteria": the report's own words
_DETERMINERS = {
    "these",
    "those",
    "this",
    "that",
    "such",
    "its",
    "their",
    "all",
    "any",
    "same",
    "standard",
    "usual",
    "above",
    "following",
}


def _rules_named(text: str) -> tuple[str, ...]:
    """The scoring rules the report names: known guideline names, else its own "X criteria"."""
    w = _words()
    names: list[str] = []
    for name, pattern in w.guidelines:
        if not _may_match(pattern, text):
            continue
        # the first mention not beside an empty check box ("[ ] Gastric (Hofmann)" is only offered)
        m = next(
            (
                m
                for m in pattern.finditer(text)
                if not w.unchecked_box.search(text[max(0, m.start() - 24) : m.start()])
            ),
            None,
        )
        if m:
            year = m.group(1) if m.groups() else None
            names.append(f"{name} {year}" if year else name)
    if not names and _may_match(w.criteria_phrase, text):
        # the phrase may wrap onto the next line, and the stain it scores may be named on the line
        # before ("... staining in 60% of\n tumor cells (scored using gastric cancer criteria)", qa4 32)
        for m in w.criteria_phrase.finditer(text):
            words = m.group("name").split()
            if (
                w.stain_words.search(text, max(0, m.start() - 200), m.end())
                and words[0].lower() not in _DETERMINERS
            ):
                names.append(" ".join(words) + " criteria")
                break
    return tuple(names)


SENTENCE_LOOKBACK = 160  # characters: a history sentence wrapped over two or three lines


def receptor_in_scope(text: str, start: int) -> bool:
    """Whether ER/PR written at `start` are this tumour's current values. Those in the sentence of a
    prior or other cancer ("Prior left breast carcinoma (2019), ER-negative, ...") are that
    cancer's; those restated from the sample taken before treatment ("Pre-treatment core biopsy:
    ER 0%, PR 0%"), or from an earlier sample in a report on the tumour after treatment ("Prior
    results (for reference only)"), are that sample's, not the residual tumour's: the summary must
    show none of them as the patient's current result. Without treatment between, an earlier
    sample of the same tumour ("Previous core biopsy of this tumour: ER positive") gives this
    tumour's values (facts.md §11). The sentence may wrap over lines, so it runs back to the last
    full stop or blank line, not to the line start."""
    window = text[max(0, start - SENTENCE_LOOKBACK) : start]
    cut = max(_full_stop(window, ". "), _full_stop(window, ".\n"), window.rfind("\n\n"))
    before = window[cut + 1 :]
    w = _words()
    if w.receptor_elsewhere.search(before) or w.receptor_before_treatment.search(before):
        return False
    return not (w.receptor_earlier_sample.search(before) and _after_treatment(text))


def _full_stop(window: str, stop: str) -> int:
    """Where the last `stop` (". " or ".\n") ends a sentence in `window`, -1 for none: the dots of
    a leader ("Prior ...... Core bx 02/2026: ER 5%") end nothing (devset8 b8-f02-08)."""
    i = window.rfind(stop)
    while i > 0 and window[i - 1] == ".":
        i = window.rfind(stop, 0, i - 1)
    return i


@lru_cache(maxsize=4)
def _after_treatment(text: str) -> bool:
    """The report is on the tumour after treatment (cached: every receptor reading asks)."""
    return _stated_as_done(_words().after_treatment, text)


def document_kind(text: str) -> str | None:
    """What kind of document the title (first lines) says this is, when it is not a results report:
    a test order form, a clinic / tumor board / discharge note, or a consent form. The summary says
    it when the document holds no HER2 result (qa5 C3: name the document, not "could not read")."""
    w = _words()
    kinds = (
        ("order_form", w.document_order_form),
        ("consent", w.document_consent),
        ("note", w.document_clinic_note),
    )
    return next((kind for kind, pattern in kinds if pattern.search(text)), None)


def next_steps(text: str) -> frozenset[str]:
    """The next steps the report itself names, each said back as the report's words, never as advice
    of this tool's: a DNA test sent out, its HER2 result to be confirmed on tissue, inherited
    (germline) testing or genetic counseling, a tumor board discussion (qa5 C6)."""
    w = _words()
    steps = (
        ("ngs_sent_out", w.next_ngs_sent_out),
        ("confirm_tissue", w.next_confirm_tissue),
        ("germline", w.next_germline),
        ("germline_flag", w.next_germline_flag),
        ("tumor_board", w.next_tumor_board),
    )
    return frozenset(name for name, pattern in steps if pattern.search(text))


def pending_how(text: str) -> str | None:
    """How a pending HER2 sentence says the result will come: "sent_out" to another lab,
    "to_follow" in an addendum or separate report, else None (the summary then names both)."""
    w = _words()
    if w.sent_out.search(text):
        return "sent_out"
    return "to_follow" if w.to_follow.search(text) else None


def _revised_call(text: str) -> str | None:
    """The call an addendum revised the result to ("revised from EQUIVOCAL to POSITIVE"), last one wins."""
    calls = [m.group("call").lower() for m in _words().revised_call.finditer(text)]
    return calls[-1] if calls else None


def named_cancer(text: str) -> str | None:
    """The report's own name for a cancer the scoring rules have no table for ("lung"), if any;
    not a relative's ("maternal aunt - ovarian cancer", relative_words)."""
    return next((name for name, pattern in _words().named_cancers if _stated_own(pattern, text)), None)


def _stated_own(pattern: regex.Pattern[str], text: str) -> bool:
    """`_stated`, and not in a relative's line."""
    if not _stated(pattern, text):
        return False
    negated_before = _words().negated_before
    return any(
        not negated_before.search(text[max(0, m.start() - 40) : m.start()])
        and not of_a_relative(text, m.start())
        for m in pattern.finditer(text)
    )


OLDER_CRITERIA = "ASCO/CAP 2007"  # cut-offs replaced in 2013 (ISH ratio 2.0, IHC 3+ in > 10% of cells)


def read_text_facts(text: str) -> TextFacts:
    """The report's own words about setting, treatment, sample adequacy, rules and receptors."""
    from .report_receptors import receptors  # here: it reads this module's patterns (no import cycle)

    w = _words()
    er, pr = receptors(text)
    cancer = named_cancer(text)
    rules = _rules_named(text)
    unreadable = _may_match(w.uninterpretable, text) and any(
        w.uninterpretable.search(m.group()) and w.stain_words.search(m.group())
        for m in w.sentence.finditer(text)
    )
    withdrawn = bool(w.result_withdrawn.search(text))
    # a withdrawn result whose test is ordered again is a result to come (b9-f10-06)
    repeated = unreadable or bool(withdrawn and _search(w.repeat_ordered, text))
    return TextFacts(
        early_stage=_stated(w.early_stage, text),
        after_treatment=_stated_as_done(w.after_treatment, text),
        no_tumor=_stated(w.no_tumor, text),
        in_situ_only=bool(_search(w.in_situ_only, text) and _search(w.in_situ_named, text)),
        uninterpretable=unreadable and not withdrawn,
        copy_number_not_assessed=bool(_search(w.copy_number_not_assessed, text)),
        repeat_after_withdrawal=repeated and withdrawn,
        result_withdrawn_said=withdrawn,
        gene_expression_subtype=bool(_search(w.gene_expression, text)),
        rules_named=rules,
        older_criteria=OLDER_CRITERIA in rules,
        cancer_named=cancer,
        plus_levels=bool(_search(w.plus_levels, text)),
        ish_not_possible=bool(_search(w.ish_not_possible, text)),
        ish_requested=_ish_awaited(text),
        revised_call=_revised_call(text),
        results_not_provided=_not_provided(text),
        her2_not_performed=_her2_not_done(text),
        her2_not_indicated=_her2_clause(w.not_indicated, text),
        ultralow_named=_stated(w.ultralow_named, text),
        metastatic=_stated_as_done(w.metastatic_setting, text),
        guiding_sample_named=bool(_search(w.guiding_sample, text)),
        specimen_kind_named=bool(_search(w.specimen_kind, text)),
        adenocarcinoma_named=bool(_search(w.adenocarcinoma, text)),
        document_kind=document_kind(text),
        next_steps=next_steps(text),
        er=er,
        pr=pr,
    )
