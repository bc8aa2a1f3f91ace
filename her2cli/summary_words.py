"""Words only the patient summary uses, read from the report's text: the ISH method it names, what
it says is pending, failed or corrected, the caveats it gives, the cancer and treatment it names
(issue 10 leftovers). The patterns are records with examples in her2cli/data/rules/summary_words.toml.

Two jobs live beside this module, each with its own records of the same file: the report's own
name for each sample (sample_names.py) and the ER/PR values as written (summary_receptors.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .findings.ocr_fax import repair_fax_confusions
from .model import Result
from .normalize import normalize
from .rules import compiled
from .rules.patterns import bind, pattern_file
from .rules.samples import samples
from .rules.text import text_patterns


@dataclass(frozen=True)
class SummaryWords:
    ish_method_named: regex.Pattern[str]
    ish_method_advised: regex.Pattern[str]
    receptors_named: regex.Pattern[str]
    limited_evidence_comment: regex.Pattern[str]
    result_corrected: regex.Pattern[str]
    result_corrected_told: regex.Pattern[str]
    report_scoring_phrase: regex.Pattern[str]
    decalcified_caveat: regex.Pattern[str]
    decalcified_sample: regex.Pattern[str]
    prior_biomarkers_missing: regex.Pattern[str]
    heterogeneous_caveat: regex.Pattern[str]
    empty_box_start: regex.Pattern[str]
    her2_not_retested: regex.Pattern[str]
    her2_changed_after_treatment: regex.Pattern[str]
    percent_criterion: regex.Pattern[str]
    separate_tumors: regex.Pattern[str]
    lab_chose_result: regex.Pattern[str]
    score_breakdown_row: regex.Pattern[str]
    results_concordant: regex.Pattern[str]
    her2_test_awaited: regex.Pattern[str]
    serial_draws: regex.Pattern[str]
    status_in_words: regex.Pattern[str]
    ish_failed: regex.Pattern[str]
    ish_cancelled: regex.Pattern[str]
    ras_not_detected: regex.Pattern[str]
    ultralow_ruled_out: regex.Pattern[str]
    low_not_assessed: regex.Pattern[str]
    positive_word_negated: regex.Pattern[str]
    two_calls_row: regex.Pattern[str]
    ish_not_performed: regex.Pattern[str]
    order_history: regex.Pattern[str]
    ish_result_line: regex.Pattern[str]
    final_call_line: regex.Pattern[str]
    control_line: regex.Pattern[str]
    shouted_word: regex.Pattern[str]
    history_other_cancer_line: regex.Pattern[str]
    ish_group_named: regex.Pattern[str]
    her2_not_repeated_here: regex.Pattern[str]
    treatment_given: regex.Pattern[str]
    treatment_option: regex.Pattern[str]
    untreated_stated: regex.Pattern[str]
    # (value, pattern) in file order: a cancer named by its organ and its diagnosis on one line
    cancer_sites: tuple[tuple[str, regex.Pattern[str]], ...]


@cache
def _words() -> SummaryWords:
    return bind(
        SummaryWords, ("summary_words",), cancer_sites=pattern_file("summary_words").listed("cancer-site")
    )


def readable_text(text: str) -> str:
    """The report's words as the engine reads them when a fax or OCR swapped letters for digits
    ("UR0THELIAL CARCIN0MA", "insufficient tum0r"): the summary's facts read these, so a faxed
    report's cancer and reasons are named as a clean one's. Clean text is returned as it is."""
    if not compiled().fax_between_letters.search(text):
        return text  # no 0 or 1 between two letters: nothing a fax swapped (most reports; cheap)
    norm = normalize(text)
    repaired = repair_fax_confusions(norm)
    out = text if repaired.text == norm.text else repaired.text
    return _words().shouted_word.sub(_shouted, out)


# the small "l" and "o" a scan puts in a word in capitals (summary_words.toml shouted-word)
SWAPPED_SMALL = str.maketrans({"l": "I", "o": "O"})


def _shouted(m: regex.Match[str]) -> str:
    word = m.group(0)
    small = sum(ch.islower() for ch in word)
    if small * 4 > len(word) or not word[:2].isupper() or any(ch.islower() and ch not in "lo" for ch in word):
        return word
    return word.translate(SWAPPED_SMALL)


def her2_test_awaited(text: str) -> bool:
    """The report says a HER2 test (a repeat, a new biopsy, ISH, a send-out) is ordered or pending."""
    return bool(_words().her2_test_awaited.search(text))


def serial_draws(text: str) -> bool:
    """The blood report gives more than one draw ("Draw 1 ... Draw 2", a draw history): results
    of other times beside the one the summary describes (sentences23)."""
    return bool(_words().serial_draws.search(text))


def order_history(text: str) -> bool:
    """The line only records who asked for the test ("HER2 was requested by Dr. Alvarez"), and says
    nothing is awaited."""
    w = _words()
    return bool(w.order_history.search(text)) and not w.her2_test_awaited.search(text)


def ish_failed(text: str) -> bool:
    """The report says its ISH test failed or could not be read ("hybridisation failed")."""
    return bool(_words().ish_failed.search(text))


def ish_cancelled(text: str) -> bool:
    """The report says its ISH order was cancelled ("the FISH order was cancelled"): none to come."""
    return bool(_words().ish_cancelled.search(text))


def ras_not_detected(text: str) -> bool:
    """The report lists KRAS and NRAS among the genes its test did not find changed."""
    return bool(_words().ras_not_detected.search(text))


def ultralow_ruled_out(text: str) -> bool:
    """The report says in words that the result is not HER2-ultralow ("Not ultralow")."""
    return bool(_words().ultralow_ruled_out.search(text))


def low_not_assessed(text: str) -> bool:
    """The report says its test cannot tell the HER2-low category ("HER2-low status (IHC) is not
    assessable by NGS"): the word names no result of this tumour (sentences23: b25-f04-10)."""
    return bool(_words().low_not_assessed.search(text))


def positive_word_negated(line: str) -> bool:
    """The line negates its "HER2 positive" ("should not be read as \"HER2 positive\"", "no es
    HER2 positivo"): the report does not call HER2 positive there (sentences23: b25-f04-06)."""
    return bool(_words().positive_word_negated.search(line))


def copy_number_on_two_calls_row(text: str, copy_number: float) -> bool:
    """A line that gives this copy number also gives two opposite calls (a serial table's earlier and
    current columns): the number may be either column's."""
    number = f"{copy_number:g}"
    w = _words()
    return any(
        number in line and w.two_calls_row.search(line) for line in text.splitlines() if number in line
    )


def copy_number_of_other_gene(text: str, copy_number: float) -> bool:
    """Every line that gives this copy number opens with another gene's symbol ("CCND1
    amplification detected, plasma CN 2.9" under an ERBB2 row, b25-f05-06): the number is that
    gene's, and the summary does not show it as the HER2 copy number."""
    number = f"{copy_number:g}"
    c = compiled()
    lines = [line for line in text.splitlines() if _gives_number(line, number)]
    return bool(lines) and all(
        c.her2.search(line) is None
        and any(p.match(line, len(line) - len(line.lstrip())) for p in (c.gene_like, c.panel_gene))
        for line in lines
    )


def copies_of_another_area(text: str, copies: float, ratio: float) -> bool:
    """Every line that gives this ISH copy number also gives a ratio on the other side of 2.0 than
    the result's ("Focus with clusters (20 cells): ratio 3.4, mean HER2 7.8" above
    "Remaining tumour: ratio 1.2, mean HER2 2.5" under an overall ratio 1.2, b26-f03-09): the copy
    number is another area's count, and the ISH group worked out from the two is no one's."""
    number = f"{copies:g}"
    c = compiled()
    lines = [line for line in text.splitlines() if _gives_number(line, number)]
    if not lines:
        return False
    amplified = ratio >= RATIO_CUTOFF
    for line in lines:
        ratios = [r for m in c.ratio.finditer(line) if (r := to_float_text(m.group("ratio"))) is not None]
        # a line whose ratio sits on the result's side of 2.0 may be a recount of the same area
        # ("ratio 1.8, average HER2 6.3" beside a recount's 1.9, b10-f03-04): its number stays
        if not ratios or any((r >= RATIO_CUTOFF) == amplified for r in ratios):
            return False
    return True


RATIO_CUTOFF = 2.0  # the HER2/CEP17 ratio's line in every scoring rule this summary names (facts.md §2)


def to_float_text(value: str) -> float | None:
    """A number as a report writes it ("1,2" with a decimal comma), or None."""
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def _gives_number(line: str, number: str) -> bool:
    """`number` stands in the line as a number of its own, not inside a longer one ("2.9" in "12.9")."""
    at = line.find(number)
    while at >= 0:
        before = line[at - 1] if at else " "
        after = line[at + len(number) : at + len(number) + 2]
        if not (before.isdigit() or before == ".") and not (
            after[:1].isdigit() or (after[:1] == "." and after[1:].isdigit())
        ):
            return True
        at = line.find(number, at + 1)
    return False


def ish_not_performed(text: str) -> bool:
    """The report says ISH was not done ("HER2 ISH ... was not performed")."""
    return bool(_words().ish_not_performed.search(text))


def ish_results_in_words(text: str) -> frozenset[str]:
    """The ISH results ("amplified", "not_amplified") the report's result or interpretation lines
    give in words ("Interpretation: HER2 gene NOT AMPLIFIED"); control lines left aside."""
    return frozenset(m.lastgroup for m in _words().ish_result_line.finditer(text) if m.lastgroup)


def control_line(line: str) -> bool:
    """The line is about the lab's staining control ("Controls: ... a HER2 3+ breast carcinoma")."""
    return bool(_words().control_line.search(line))


def relative_line(line: str, with_result: bool = False) -> bool:
    """The line names a family member's cancer ("Family history: sister with HER2-positive breast
    cancer"): another person's result, not an earlier tumour of the patient (the engine's relative
    words, context.toml). `with_result`: and a HER2 result with it, not only a request to test the
    patient's HER2 beside it ("family history: mother breast ca at 51 - please review HER2",
    sentences15: devset17 b17-f10-03)."""
    c = compiled()
    if not c.context["relative"].search(line):
        return False
    return not with_result or bool(c.call_word.search(line) or c.ihc_score.search(line))


def history_other_cancer_line(line: str) -> bool:
    """The line opens with a clinical-history label and quotes an earlier or another cancer
    ("Clinical history provided: Left breast IDC 2019 ... HER2 negative (IHC 1+)")."""
    return bool(_words().history_other_cancer_line.match(line))


def final_call_line(line: str) -> bool:
    """The line gives the lab's final answer ("FINAL CONSENSUS HER2 STATUS: NEGATIVE")."""
    return bool(_words().final_call_line.search(line))


def states_status(line: str, status: str) -> bool:
    """The line gives this status in words ("-> HER2 NEGATIVE", "positivo")."""
    return any(m.lastgroup == status for m in _words().status_in_words.finditer(line))


def cancer_site(text: str) -> str | None:
    """The cancer a diagnosis line names by its organ ("GALLBLADDER ...: ADENOCARCINOMA"), if any."""
    return next((name for name, pattern in _words().cancer_sites if pattern.search(text)), None)


def named_ish_method(text: str, engine_method: str | None = None) -> str | None:
    """The one ISH method the report names (FISH, CISH, SISH or DISH), None when it names none or
    more than one (the summary then says only "ISH"). A name only in a sentence that advises a
    test ("Recommendation: dual-probe FISH ...") is a test to come, not this result's: it is not
    counted, and the engine's `engine_method` named only there gives way to the one named
    elsewhere (v16b-f03-03, a SISH report shown as FISH)."""
    named: set[str] = set()
    advised: set[str] = set()
    for m in _words().ish_method_named.finditer(text):
        method = next(name for name in ("dish", "sish", "cish", "fish") if m.group(name)).upper()
        (advised if _in_advice(text, m.start(), m.end()) else named).add(method)
    if engine_method is not None and (engine_method in named or engine_method not in advised):
        return engine_method
    return named.pop() if len(named) == 1 else None


def _in_advice(text: str, start: int, end: int) -> bool:
    """The name stands in a sentence (on its own line) that advises a test."""
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    ends = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    return bool(_words().ish_method_advised.search(text, lo, min(ends) if ends else len(text)))


def receptors_named(text: str) -> bool:
    """The report gives hormone receptor (ER/PR) results in some form."""
    return bool(_words().receptors_named.search(text))


def limited_evidence_comment(text: str) -> bool:
    """The report adds ASCO/CAP 2018's comment on groups 2 and 4: limited evidence for HER2 medicines."""
    return bool(_words().limited_evidence_comment.search(text))


def result_corrected(text: str) -> bool:
    """The report says it corrects an earlier HER2 result (an amended report). `result_corrected_told`
    holds wordings only the summary reads (the engine's verify check reads `result_corrected`)."""
    words = _words()
    return bool(words.result_corrected.search(text) or words.result_corrected_told.search(text))


def scoring_phrase(text: str) -> str | None:
    """The report's own "<tumor> scoring" words ("gastric/CRC scoring"), as written."""
    m = _words().report_scoring_phrase.search(text)
    return " ".join(m.group("name").split()) if m else None


def report_caveats(text: str) -> frozenset[str]:
    """Caveats the report itself gives that the summary says back: "decalcified" (the sample was
    decalcified and the lab warns it may be less reliable), "prior_biomarkers_missing", "heterogeneous"
    (HER2 differs between parts of the tumor)."""
    w = _words()
    found = {
        # a lab's general limit ("Decalcified specimens are not validated") is no caveat about a
        # sample the report never says was bone or decalcified (sentences15: b17-f03-10)
        "decalcified": w.decalcified_caveat.search(text) and w.decalcified_sample.search(text),
        "prior_biomarkers_missing": w.prior_biomarkers_missing.search(text),
        "heterogeneous": w.heterogeneous_caveat.search(text),
    }
    return frozenset(name for name, m in found.items() if m)


def results_concordant(text: str) -> bool:
    """The report says its HER2 results agree ("concordant with the pretreatment biopsy")."""
    return bool(_words().results_concordant.search(text))


def unticked_option(line: str) -> bool:
    """The line is a form option whose box is empty ("[ ] HER2 ISH only"): not chosen."""
    return bool(_words().empty_box_start.match(line))


def several_tumors(text: str) -> bool:
    """The report describes more than one tumor ("two separate primaries", "both tumors")."""
    return bool(_words().separate_tumors.search(text))


def conflict_kind(text: str, after_treatment: bool) -> str | None:
    """What the report says about its two differing HER2 results (qa4 26): "after_treatment" (one
    is from before treatment, or the report says HER2 changed after treatment, qa5 1), "separate_tumors", "lab_chose" (the lab says which represents the
    tumor), "parts" (they are areas or fragments of one sample), "concordant" (the lab says they agree);
    None when it says none of these."""
    w = _words()
    if after_treatment or w.her2_changed_after_treatment.search(text):
        return "after_treatment"
    if w.separate_tumors.search(text):
        return "separate_tumors"
    if w.lab_chose_result.search(text):
        return "lab_chose"
    if _parts_of_one_sample(text):
        return "parts"
    if w.results_concordant.search(text):
        return "concordant"
    return None


def _parts_of_one_sample(text: str) -> bool:
    """The report breaks one sample's staining down by area, fragment or share of cells (two rows,
    or a table headed by its parts): its scores are parts of one tumour (sentences23)."""
    rows = [m.group(0) for m in _words().score_breakdown_row.finditer(text)]
    return len(rows) >= 2 or any("|" in row and not row.lstrip(" \t|+*-")[:1].isdigit() for row in rows)


def ish_group_named(text: str) -> bool:
    """The report names an ISH group in words ("ASCO/CAP 2018 group 5"): a group the summary shows
    is then not only its own reading of the ratio and copy number (report_rows)."""
    return bool(_words().ish_group_named.search(text))


def her2_not_repeated_here(text: str) -> bool:
    """The report says HER2 was not tested again on its own specimen ("HER2: not repeated on this
    specimen"): the result it quotes is an earlier sample's of the same tumour (sentences20)."""
    return bool(_words().her2_not_repeated_here.search(text))


def treatment_given(text: str) -> bool:
    """The report names a treatment given ("Treated with surgery, AC-T", "on letrozole"), on a line
    that does not name it as an option ("may be eligible for trastuzumab deruxtecan"): an earlier
    sample it quotes was taken before treatment; else it is only an earlier sample (sentences21)."""
    w = _words()
    for m in w.treatment_given.finditer(text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        # the sentence may begin on the line before ("... may be eligible for T-DXd\nafter endocrine
        # therapy."): the option words are looked for from its start (sentences22b: v15a-f11-01)
        cut = max(text.rfind(mark, 0, m.start()) + len(mark) for mark in (". ", ".\n", ";", ":", "\n\n"))
        start = max(min(start, cut), text.rfind("\n", 0, max(start - 1, 0)) + 1)
        if not w.treatment_option.search(text[start : end if end >= 0 else len(text)]):
            return True
    return False


def her2_not_retested(text: str) -> bool:
    """The report says HER2 was not tested again after treatment ("HER2 was not repeated on the
    residual tumor"): its HER2 result is the earlier sample's (qa5 2)."""
    return bool(_words().her2_not_retested.search(text))


def no_prior_treatment(text: str) -> bool:
    """The report says no treatment came before the sample it describes ("No known presurgical
    therapy", "declined neoadjuvant therapy"): a result it quotes is an earlier sample's, not one
    "taken before treatment" (sentences17: devset18 b18-f01-07). The engine's own record
    (samples.toml no-prior-treatment), so the summary and the post-treatment reading agree."""
    return bool(samples().no_prior_treatment.search(text) or untreated_said(text))


def untreated_said(text: str) -> bool:
    """The report says no treatment at all came before its sample ("paciente sin tratamiento
    previo", "no prior therapy"): its "ypT" or "residual tumour" is no sample after treatment
    (sentences22: devset24 b24-f08-09). Not "the untreated tumour" of a comparison, which the
    engine's no-prior-treatment also reads (devset8 b8-f02-10 is after neoadjuvant therapy)."""
    return bool(_words().untreated_stated.search(text))


LEADER = "..."


def quote_tails(result: Result, text: str) -> tuple[tuple[str, str], ...]:
    """Each evidence line that ends in a dot leader, with the rest of its report line: the value
    the leader points to ("NOT DETECTED") is the part of the quote a reader needs most."""
    tails: list[tuple[str, str]] = []
    for ev in result.evidence:
        quote = ev.text.rstrip()
        at = text.find(quote) if quote.endswith(LEADER) else -1
        if at < 0:
            continue
        stop = text.find("\n", at + len(quote))
        rest = text[at + len(quote) : len(text) if stop < 0 else stop].rstrip()
        if rest.strip():
            tails.append((ev.text, quote + rest))
    return tuple(tails)


_QUALIFIER_WORDS = {"≥": ">=", "≤": "<=", "~": "about"}


def percent_as_written(result: Result) -> str | None:
    """The IHC share of cells with the report's own qualifier kept (">50%", "about 30%")."""
    if not result.ihc or result.ihc.percent_cells is None:
        return None
    value = f"{result.ihc.percent_cells:g}"
    for ev in result.evidence:
        if ev.finding != "ihc":
            continue
        if any(f"{float(m.group('n')):g}" == value for m in _words().percent_criterion.finditer(ev.text)):
            return None  # "criteria (>=10% cells)" is the rule, not the share measured (qa5 U8)
        for m in text_patterns().qualified_percent.finditer(ev.text):
            if f"{float(m.group('n')):g}" == value:
                q = " ".join(m.group("q").split()).lower()
                q = _QUALIFIER_WORDS.get(q, q)
                sep = "" if q in (">", "<", ">=", "<=") else " "
                return f"{q}{sep}{value}%"
    # the quoted line may stop before the share (it sits on the next line): the reading layer's own
    read = result.ihc.percent_qualifier  # ">", ">=", "<", "<=", "about" or None
    if read:
        return f"{read}{'' if read in ('>', '<', '>=', '<=') else ' '}{value}%"
    return f"{value}%"
