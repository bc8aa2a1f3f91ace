"""The "What your report says" rows: each value the report gives, with a lay label, in the
reader's language (issue 10). Split from explain.py, which chooses the sentences; the rows say
only what the report itself states, with the lab's final answer in place of a preliminary word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fact_kinds import Assay, NotFoundReason
from .facts import ReportFacts, derive_facts
from .interpret.samples import CURRENT_SAMPLE, EARLIER_SAMPLE
from .messages import load_messages
from .model import IHC_SCORE_CALL, Evidence, Result
from .ngs_echo import ish_is_ngs_echo
from .rules.patterns import data_pattern
from .rules.text import text_patterns


@dataclass(frozen=True)
class ReportLine:
    """One value the report gives ("What your report says"), with a lay label.

    `kind` is a stable machine name (ihc_score, ish_ratio, ngs_copy_number, ...) so a renderer can
    place a scale next to the value without parsing the label.
    """

    kind: str
    label: str
    value: str


def local_number(value: float | str, lang: str) -> str:
    """3.4 in English, 3,4 in Spanish: one decimal style on a page, as the scales and NCI Spanish write it."""
    text = f"{value:g}" if isinstance(value, float | int) else value
    return text.replace(".", ",") if lang == "es" and text_patterns().decimal_number.match(text) else text


def measured(value: float, lang: str) -> str:
    """An ISH ratio or mean as reports print them, with its decimal: 6.0, not 6 (qa5 U9)."""
    return local_number(f"{value:.1f}" if float(value).is_integer() else value, lang)


def local_percent(as_written: str, labels: dict[str, Any], lang: str) -> str:
    """A share of cells with the report's qualifier, in the reader's words ("about 30%", "alrededor del 30 %")."""
    m = text_patterns().percent_as_written.match(as_written.strip())
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
        name = data_pattern(pattern, ("ignorecase",)).sub(words, name)
    return name


def _contradicts(score: str | None, call: str) -> bool:
    """A lab word that cannot belong to this score (a table row's neighbour): never shown beside it."""
    return (score == "3+" and call in ("negative", "low", "ultralow")) or (
        score in ("0", "1+") and call == "positive"
    )


_CALL_STATUS = {"low": "negative", "ultralow": "negative"}


def _evidence_value(ev: Evidence, key: str) -> str | None:
    """One value of an evidence line's "k=v, k=v" summary."""
    for part in ev.value.split(","):
        name, _, value = part.strip().partition("=")
        if name == key:
            return value.strip()
    return None


def _statement_call(result: Result) -> str | None:
    """The call the report states for the whole case, the last one given: a status statement
    ("FINAL RESULT: HER2 POSITIVE"), or a stain line whose call its score cannot give alone
    ("FINAL: HER2 NEGATIVE" read beside a 2+: the answer after ISH)."""
    calls: list[str] = []
    for ev in result.evidence:
        call = _evidence_value(ev, "call") if ev.finding == "status_statement" else None
        if ev.finding == "ihc":
            said = _evidence_value(ev, "lab_call")
            score = _evidence_value(ev, "score")
            call = said if said and score and said != IHC_SCORE_CALL.get(score) else None
        if call:
            calls.append(call)
    return calls[-1] if calls else None


def _final_call(result: Result, facts: ReportFacts) -> str | None:
    """The lab's final answer where the report gives one beyond the stain's own word: a stated
    overall call, the ISH call that settled an ISH group 2-4 case, or a call written beside a stain
    score it cannot belong to alone (2+ "positive" is the answer after ISH, not the stain's)."""
    ihc, ish = result.ihc, result.ish
    final = _statement_call(result) if ish else None  # beside a stain alone, the stain's word says it
    if final is None and ish and ish.result_from == "lab" and ish.group in (2, 3, 4):
        final = {"amplified": "positive", "not_amplified": "negative"}.get(ish.result or "")
    if final is None and ihc and ihc.lab_call and ihc.score and ihc.lab_call != IHC_SCORE_CALL.get(ihc.score):
        final = ihc.lab_call if ish else None
    if final is None or _CALL_STATUS.get(final, final) != _CALL_STATUS.get(facts.tone, facts.status):
        return None  # a call that disagrees with the status is the conflict note's business
    return final


class _Rows:
    """The "What your report says" rows being built, with the reader's labels."""

    def __init__(self, labels: dict[str, Any], lang: str) -> None:
        self.labels = labels
        self.lang = lang
        self.rows: list[ReportLine] = []

    def add(self, kind: str, value: str, label_key: str | None = None) -> None:
        self.rows.append(ReportLine(kind, self.labels[label_key or kind], value))

    def word(self, table: str, key: str) -> str:
        return str(self.labels[table].get(key, key))


def _ihc_rows(out: _Rows, result: Result, facts: ReportFacts, final: str | None) -> None:
    ihc = result.ihc
    if ihc is None:
        return
    if ihc.score:
        out.add("ihc_score", ihc.score)
    elif ihc.score_range:
        out.add("ihc_score_range", ihc.score_range)
    if facts.ihc_percent is not None:
        out.add("percent_cells", local_percent(facts.ihc_percent, out.labels, out.lang))
    if ihc.clone:
        out.add("ihc_clone", ihc.clone)
    if facts.revised_call:  # an addendum's revised call replaces the earlier lab wording
        out.add("lab_call_revised", out.labels["status_words"][facts.revised_call])
        return
    call = ihc.lab_call
    # the stain's own word, unless the lab's final answer (its own row) replaces it, the word cannot
    # belong to this score (a table row's neighbour), or beside an ISH result it is not what the
    # report concludes (a 2+ "equivocal" before ISH made the case negative)
    concludes = not result.ish or _CALL_STATUS.get(call or "", call) == _CALL_STATUS.get(
        facts.tone, facts.status
    )
    if call and concludes and not _shows_final(result, final) and not _contradicts(ihc.score, call):
        out.add("lab_call", out.word("status_words", call))


def _shows_final(result: Result, final: str | None) -> bool:
    """The lab's final answer gets its own row when there is an ISH result or the stain's word differs."""
    return final is not None and (
        result.ish is not None or final != (result.ihc.lab_call if result.ihc else None)
    )


def _ish_rows(out: _Rows, result: Result, facts: ReportFacts) -> None:
    ish = result.ish
    if ish is None or Assay.ISH not in facts.tests_reported and ish_is_ngs_echo(result):
        return  # the sequencing call read twice is not shown as an ISH (sentences21: b23-f04-01)
    labels = out.labels
    # ASCO/CAP 2018 groups 2-4 have no ISH call of their own (docs/clinical-rules.md §11): the group row
    # says so, also where the engine carries the call the IHC settled (interpret/decide.settle_ish_group)
    unsettled = ish.result == "equivocal" or ish.result_from == "computed"
    # no group where the report scored by the 2007 cut-offs: groups are the 2018 rules' (facts.ish_group)
    group = facts.ish_group
    if ish.result and not (unsettled and group in (2, 3, 4)):
        out.add("ish_result", labels["ish_results"][ish.result])
    # the copy number the summary shows: not another area's count (facts.ish_copies_other_area)
    copies = facts.ish_copy_number
    unfit = _unfit_count(ish.ratio, copies, ish.cep17_copy_number)
    if ish.ratio is not None and unfit != "ratio":
        out.add("ish_ratio", measured(ish.ratio, out.lang))
    if copies is not None:
        out.add("her2_copy_number", measured(copies, out.lang))
    if ish.cep17_copy_number is not None and unfit != "cep17":
        out.add("cep17_copy_number", measured(ish.cep17_copy_number, out.lang))
    if group:
        # a group the report does not name is this summary's reading of the report's numbers: the
        # row says so, as "What your report says" lists what the report states (sentences20)
        printed = facts.ish_group_named or _group_printed(result.evidence)
        why = [labels["ish_group_worked_out"]] if not printed else []
        why += [labels["ish_group_needs_ihc"]] if group in (2, 3, 4) else []
        out.add("ish_group", f"{group} ({'; '.join(why)})" if why else str(group))
    method = facts.ish_method or ish.method  # the method the report names, where the engine kept "ISH"
    if method:
        out.add("ish_method", out.word("ish_methods", method))


def _unfit_count(ratio: float | None, her2: float | None, cep17: float | None) -> str | None:
    """Which of the ratio and the chromosome 17 average is not shown when the three numbers do not
    agree (HER2 / CEP17 more than a quarter away from the ratio): a CEP17 "average" above 10 is a
    worksheet's total count ("120 / 42 = 2.86": 42 signals in 20 nuclei), else the ratio is one
    read from another line (a withdrawn result's, a table's misplaced column) (sentences21)."""
    if ratio is None or her2 is None or cep17 is None or ratio <= 0 or cep17 <= 0:
        return None
    if abs(her2 / cep17 - ratio) <= 0.25 * ratio:
        return None
    return "cep17" if cep17 > 10 else "ratio"


def _group_printed(evidence: list[Evidence]) -> bool:
    """The engine read a group from an ISH line of the report (interpret/readings.py works one out
    from the ratio and copy number where none is read)."""
    return any(e.finding == "ish" and "group=" in e.value for e in evidence)


def _ngs_rows(out: _Rows, result: Result, facts: ReportFacts) -> None:
    ngs = result.ngs
    if ngs is None:
        return
    # a tissue sequencing result quoted in a blood report decided: its row is the tissue one (b6-f05-09)
    blood = ngs.ctdna and not facts.tissue_ngs_decides
    not_detected = facts.not_found_reason == NotFoundReason.BLOOD_NOT_DETECTED
    if blood and ngs.amplification is None and ("ctdna_not_detected" in result.warning_codes or not_detected):
        # a blood "not detected" gives no amplification value in the JSON; the row says what it found
        out.add("ctdna_amplification", out.labels["ctdna_results"]["not_amplified"])
    elif ngs.amplification:
        if blood:
            out.add("ctdna_amplification", out.labels["ctdna_results"][ngs.amplification])
        else:
            out.add("ngs_amplification", out.labels["ngs_results"][ngs.amplification])
    if ngs.copy_number is not None and not (facts.copy_number_other_column or facts.copy_number_other_gene):
        # the copy number is the blood test's, even beside a quoted tissue result, unless the tissue
        # line gives it ("ERBB2: no amplification detected (copy number 2.1)", devset10 b10-f05-07)
        plasma = ngs.ctdna and not _tissue_copy_number(result, ngs.copy_number)
        out.add(
            "plasma_copy_number" if plasma else "ngs_copy_number", local_number(ngs.copy_number, out.lang)
        )
    if ngs.mutations:
        out.add("mutations", ", ".join(local_mutation(m, out.labels) for m in ngs.mutations))
    # a blood test beside a tissue stain or gene copy test: both samples, not "blood" alone (b6-f05-04)
    both = blood and bool(facts.tests_reported & {Assay.IHC, Assay.ISH})
    kind = "specimen_tissue_and_blood" if both else "specimen_blood" if blood else "specimen_tissue"
    if facts.tissue_ngs_decides:
        kind = "specimen_tissue_dna_and_blood"
    out.add("specimen", out.labels[kind])


def _copy_numbers(result: Result, tissue: bool) -> list[float]:
    """The copy numbers of the sequencing lines the engine read, of tissue (evidence `tissue=True`)
    or of the other (blood) lines."""
    found: list[float] = []
    for ev in result.evidence:
        parts = ev.value.split(", ")
        if ev.finding != "ngs" or ("tissue=True" in parts) != tissue:
            continue
        for part in parts:
            if part.startswith("copy_number="):
                try:
                    found.append(float(part.split("=", 1)[1]))
                except ValueError:
                    continue
    return found


def _tissue_copy_number(result: Result, copy_number: float) -> bool:
    """A tissue sequencing line the engine read (evidence `tissue=True`) gives this copy number."""
    return copy_number in _copy_numbers(result, tissue=True)


def plasma_copy_number(result: Result, copy_number: float) -> float | None:
    """The blood test's copy number for a note about it: `copy_number` unless that is a tissue
    line's (a blood report quoting tissue "copy number 4" beside "plasma CN 3.1", devset9
    b9-f05-10), then the first blood line's, or None when no blood line gives one."""
    if not _tissue_copy_number(result, copy_number):
        return copy_number
    blood = _copy_numbers(result, tissue=False)
    return blood[0] if blood else None


def local_sample(label: str, labels: dict[str, Any], names: tuple[tuple[str, str], ...] = ()) -> str:
    """A sample's label as the report gives it, its common words in the reader's language
    ("Part 1" -> "Parte 1"); letters, numbers and block names stay as written. A label that is
    only a letter or number gets the name the report's list of samples gives it, in the report's
    words ("A (right breast, core biopsy)"); none is made up (sample_names.read_sample_names)."""
    from .sample_names import sample_key  # a report with samples named: imported when met

    key = sample_key(label)
    name = dict(names).get(key) if key else None
    written = label
    for pattern, words in labels["sample_words"]:
        label = data_pattern(pattern, ("ignorecase",)).sub(words, label)
    untranslated = labels.get("sample_untranslated")
    if untranslated and data_pattern(untranslated, ("ignorecase",)).search(label):
        label = str(labels["sample_quoted"]).format(sample=written.strip())  # never half translated (qa5 S1)
    elif key is None and label[:1].isupper() and label[1:2].islower():
        label = label[0].lower() + label[1:]  # "Result for sample residual tumor", mid-sentence (qa5 S1)
    return str(labels["sample_named"]).format(sample=label, name=name) if name else label


# reasons a document that is not a results report (order form, note, consent) gives no result by itself;
# an order form's requested test is "pending" too, and the form itself is what the reader holds
DOCUMENT_REASONS = ("not_mentioned", "recommended", "ngs_no_erbb2")


def document_named(facts: ReportFacts) -> bool:
    """The summary says what kind of document this is instead of why the result is missing: an order
    form, a clinic note or a consent form with no HER2 result (catalog messages doc_*)."""
    reason = facts.not_found_reason.value if facts.not_found_reason else None
    if facts.status != "not_found" or facts.document_kind is None:
        return False
    return reason in DOCUMENT_REASONS or (facts.document_kind == "order_form" and reason == "pending")


def earlier_is_other_tumor(result: Result) -> bool:
    """Every line the earlier result was read from is one the engine also calls another tumour's
    ("differs from the prior right breast carcinoma (ER+, HER2-) and favours a new primary"): that
    tumour's result, not one "from before treatment" (sentences18: devset20 b20-f09-07)."""
    other = {m.text for m in result.mentions if m.reason in ("other_tumor", "history")}
    earlier = [m.text for m in result.mentions if m.reason == "pre_treatment"]
    return bool(earlier) and all(text in other for text in earlier)


def _specimen_rows(out: _Rows, result: Result, facts: ReportFacts) -> None:
    labels = out.labels
    # beside another tumour's result the current sample is this report's, not one "after treatment"
    new_tumor = facts.other_tumor_her2_named and earlier_is_other_tumor(result)
    for specimen in result.specimens:
        parts = [
            x
            for x in (
                specimen.ihc and f"{labels['ihc_short']} {specimen.ihc}",
                specimen.ish and labels["ish_results"][specimen.ish],
            )
            if x
        ]
        name = local_sample(specimen.label, labels, facts.sample_names)
        plain = specimen.label.strip().lower()
        if (new_tumor or not facts.treatment_named) and plain == CURRENT_SAMPLE:
            name = labels["sample_current"]
        elif not facts.treatment_named and plain == EARLIER_SAMPLE:
            name = labels["sample_earlier"]  # no treatment named: an earlier sample (sentences21)
        label = f"{labels['specimen_result']} {name}"
        out.rows.append(
            ReportLine("specimen_result", label, ", ".join([*parts, out.word("status_words", specimen.call)]))
        )


def _other_rows(out: _Rows, result: Result, facts: ReportFacts) -> None:
    """ER/PR for breast, then the other tumor results the report gives (RAS, BRAF, MSI, MMR)."""
    written = dict(facts.receptors_written)
    for receptor, value in (("er", facts.er), ("pr", facts.pr)):
        if value:
            out.add(receptor, out.labels["status_words"][value])
        elif receptor in written and text_patterns().percent_as_written.match(written[receptor].strip()):
            out.add(
                receptor, local_percent(written[receptor], out.labels, out.lang)
            )  # "90 %" is read (qa5 25)
        elif receptor in written:  # not read as a call: the report's own words, said to be so (qa3 17)
            out.add(receptor, str(out.labels["as_written"]).format(value=written[receptor]))
    if facts.document_kind == "order_form" and document_named(facts):
        return  # an order form lists tests asked for ("HER2 IHC if RAS/BRAF wild type"), no results (b21-f09-01)
    rel = out.labels["related"]
    for gene in ("kras", "nras", "braf"):
        value = result.related.get(gene)
        if value:
            text = rel["wild_type"] if value == "wild-type" else rel["mutant"]
            variant = result.related.get(f"{gene}_variant")
            out.rows.append(ReportLine(gene, rel[gene], f"{text} ({variant})" if variant else text))
    msi = result.related.get("msi")
    if msi:
        out.rows.append(
            ReportLine(
                "msi", rel["msi"], {"MSI-H": rel["msi_h"], "MSI-L": rel["msi_l"], "MSS": rel["mss"]}[msi]
            )
        )
    mmr = result.related.get("mmr")
    if mmr:
        out.rows.append(ReportLine("mmr", rel["mmr"], rel[mmr]))


def report_lines(result: Result, lang: str = "en", facts: ReportFacts | None = None) -> list[ReportLine]:
    """The numbers behind the status, each with a lay label, qualifiers as the report wrote them.

    With no result, the first row says why (not enough tumor, stain unreadable, ...), so the section
    never reads "none found" when the report says what happened.
    """
    facts = facts or result.facts or derive_facts(result)
    out = _Rows(load_messages(lang)["labels"], lang)
    if facts.not_found_reason == NotFoundReason.UNSUPPORTED:  # no value is shown as this tumor's (qa5 H1)
        # the report says its HER2 test is ordered or pending: the result is to come, as the headline says
        why = "pending" if facts.her2_awaited and not facts.result_withdrawn else "unsupported"
        out.add("not_found_reason", out.labels["not_found_reasons"][why], "status")
        _other_rows(out, result, facts)
        return out.rows
    if facts.not_found_reason is not None and not (result.ihc or result.ish or result.ngs):
        reason = facts.not_found_reason.value
        if reason == "not_mentioned" and facts.results_not_provided:
            reason = "not_provided"
        if reason in ("not_mentioned", "recommended") and facts.her2_not_retested and not facts.her2_awaited:
            reason = "not_retested"  # "HER2 was not repeated on the residual tumour" (b13-f02-01)
        if reason == "uninterpretable" and facts.ish_failed and facts.pending_set_aside:
            reason = "ish_failed"  # a gene copy test that failed, not a stain (b13-f12-10)
        if reason == "in_situ_only" and facts.after_treatment:
            reason = "in_situ_after_treatment"  # no invasive cancer left, whatever in situ (sentences25)
        if document_named(facts):
            reason = "document"  # an order form or a note: "no HER2 result in this document" (summary6)
        out.add("not_found_reason", out.labels["not_found_reasons"][reason], "status")
    final = _final_call(result, facts)
    _ihc_rows(out, result, facts, final)
    _ish_rows(out, result, facts)
    if final is not None and not facts.revised_call and _shows_final(result, final):
        out.add("lab_call_final", out.word("status_words", final))
    _ngs_rows(out, result, facts)
    if result.status_basis and result.status_basis.test:
        test = result.status_basis.test
        if test == "ngs" and result.ngs is not None and result.ngs.ctdna and not facts.tissue_ngs_decides:
            test = "ctdna"  # sequencing of blood is named as the blood test it is (b8-f05-06)
        elif test == "ish" and facts.deciding_test == Assay.NGS:
            test = "ngs"  # the sequencing call the engine also read as an ISH (ngs_echo)
        out.add("test_type", out.labels["test_names"][test])
    _specimen_rows(out, result, facts)
    if not out.rows and result.status != "not_found":  # the report's call with no value beside it
        out.add("stated_status", out.word("status_words", result.status), "status")
    _other_rows(out, result, facts)
    return out.rows
