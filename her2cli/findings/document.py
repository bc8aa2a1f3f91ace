"""Document-level reading: which cancer the report is about, whether it is a sequencing, blood
(ctDNA) or ISH report, and the page furniture (running headers and footers) to look past."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice

import regex

from ..normalize import NormalizedText
from ..rules import Compiled
from ..rules.patterns import pattern_file
from ..rules.samples import samples
from . import scope
from .clauses import ClauseEnds, clause_start, clause_stop
from .model import PAGE_BREAK, PageContext
from .scope import (
    LINE_REACH,
    all_matches,
    finditer,
    line_anchored_matches,
    line_end,
    line_start,
    search,
    sentence_start,
)
from .sides import specimen_side
from .values import method_is_named_test

FURNITURE_LINES = 8  # lines at the top and the bottom of a page where headers and footers live


SENTENCE_REACH = 120  # characters either side of a value where its sentence or line may end
# a sentence or a line: a full stop or a line break ends it (a wrapped sentence is cut at the wrap)
SENTENCE_OR_LINE = ClauseEnds((". ", "\n"))


def sentence_or_line_start(text: str, start: int) -> int:
    """Where the sentence or line holding `start` begins (at most SENTENCE_REACH characters back)."""
    return clause_start(text, max(0, start - SENTENCE_REACH), start, SENTENCE_OR_LINE)


def own_sentence(text: str, start: int, end: int) -> str:
    """The text of the sentence or line holding [start, end), from its start up to its end."""
    hi = min(len(text), end + SENTENCE_REACH)
    return text[sentence_or_line_start(text, start) : clause_stop(text, end, hi, SENTENCE_OR_LINE)]


def sentence_before(text: str, pos: int, c: Compiled) -> str:
    """The words of the sentence holding `pos` before it: a sentence may wrap over lines ("Not
    / consistent with recurrence of the patient's breast carcinoma"), a labelled line opens one."""
    lo = sentence_start(text, pos, max(0, pos - 120), c)
    ls = line_start(text, pos)
    if ls > lo and c.labelled_row.match(text, ls, pos):
        lo = ls
    return text[lo:pos]


def _site_scores(texts: list[str], c: Compiled, organs: bool = False) -> dict[str, float]:
    """Site phrases weigh more on diagnosis/specimen lines and less in history clauses. With
    `organs`, the organ words of the "other" site (organ-word records) are weighed the same way,
    words only (report_organ)."""
    words = c.organ_words if organs else c.site_words
    scores = dict.fromkeys(words, 0.0)
    for text in texts:
        diag_lines = {m.start() for m in line_anchored_matches(c.diagnosis_line, text)}

        def weight(
            m: regex.Match[str],
            base: float,
            phrase: bool = False,
            spread: bool = False,
            text: str = text,
            diag_lines: set[int] = diag_lines,
        ) -> float:
            ls = line_start(text, m.start())
            sent = own_sentence(text, m.start(), m.end())
            if search(c.context["control"], sent):
                return 0.0  # "positive control: breast carcinoma" says nothing about this tumor
            # a cancer the report rules out or asks about ("does not support metastatic breast
            # carcinoma", "Rule out metastatic breast cancer"); not an organ ("no residual ovary")
            before = sentence_before(text, m.start(), c)
            cancer = phrase or c.cancer_noun_after.match(text, m.end(), min(len(text), m.end() + 40))
            if cancer and c.site_negated_before.search(before):
                return 0.0
            if c.site_indication_before.search(before):
                return 0.0  # a drug's approved indication names another tumour (b6-f05-10)
            w = base * (2 if ls in diag_lines else 1)
            asked = c.site_in_question.search(before) or sent.rstrip().endswith("?")
            if (
                search(c.context["history"], sent)
                or search(c.context["relative"], sent)  # "Patient's brother had colon cancer at 41."
                # "... refers to the 2012 breast cancer": the report gives that cancer a past year
                or (cancer and search(c.context["attributed_after"], sent))
                or (cancer and asked)
                or _history_labelled(text, ls, m.start())
            ):
                return w * 0.1  # an earlier cancer, or the question the report answers
            # "lung met (2022)": an organ named before "met" is where the cancer spread (only the
            # "other" sites: "breast metastasis" is a breast cancer's, b9-f04-03)
            if search(c.site_spread_before, before) or (spread and c.site_spread_after.match(text, m.end())):
                return w * 0.1  # where the cancer spread to ("metastatic (peritoneum)"), not its site
            return w

        for kind in words:
            site_hits = list(finditer(words[kind], text))
            if not site_hits:
                continue  # a cancer phrase always contains a site word
            scores[kind] += sum(weight(m, 1.0, spread=organs or kind == "other") for m in site_hits)
            if organs:
                continue
            scores[kind] += sum(weight(m, 3.0, True) for m in finditer(c.cancer_phrase[kind], text))
        if organs:
            continue
        # a metastasis the report traces to the breast: its organ is only where it spread (v8-D-02)
        scores["breast"] += sum(
            weight(m, BREAST_ORIGIN_WEIGHT, True) for m in finditer(c.breast_metastasis_origin, text)
        )
    return scores


BREAST_ORIGIN_WEIGHT = 10.0  # outweighs the organ's own words and phrases (a whole diagnosis line)


def _history_labelled(text: str, ls: int, at: int) -> bool:
    """The site's line opens with a history label ("History: breast cancer 2016, HER2 3+",
    "Antecedentes: ..."), not a clinical-details one ("Clinical: left breast mass"), which
    usually names this tumour: an earlier cancer, weighed like a "history of" clause."""
    lead = ls + len(text[ls:at]) - len(text[ls:at].lstrip(" \t*-"))
    head = samples().history_heading.match(text, lead, at)
    return head is not None and not head.group(0).lower().startswith("clin")


def detect_cancer_type(texts: list[str], c: Compiled) -> str:
    """The tumor this report is about (a colon report may mention an earlier breast cancer)."""
    scores = _site_scores(texts, c)
    # The gastro-oesophageal junction is scored by gastric rules (docs/clinical-rules.md §3).
    if scores["gastric"] and scores["esophageal"]:
        joined = "\n".join(texts)
        if c.junction.search(joined) and scores["gastric"] >= 0.5 * scores["esophageal"]:
            scores["gastric"] += scores["esophageal"]
            scores["esophageal"] = 0
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 1.0:
        return "breast" if names_breast_work_up(texts, c) else "unknown"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[1] and ranked[0] < 1.25 * ranked[1] and ranked[0] - ranked[1] < 2:
        return "unknown"
    return best


def report_organ(texts: list[str], c: Compiled) -> str | None:
    """The organ of a report whose cancer the rules file under "other" (lung, bladder, uterus
    ...), weighed like the sites; None when no organ word weighs or two weigh alike."""
    scores = _site_scores(texts, c, organs=True)
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if scores[best] < 1.0 or (ranked[1] and ranked[0] < 1.25 * ranked[1] and ranked[0] - ranked[1] < 2):
        return None
    return best


def names_breast_work_up(texts: list[str], c: Compiled) -> bool:
    """A report that names no tumour site but gives the breast HER2 work-up itself: the ASCO/CAP
    ISH groups, hormone-receptor results, HER2-low/ultralow/zero, triple-negative, breast grading
    (records breast-test-word). Asked only when no site word weighs, so a report naming any
    other site is never made breast by these words; a sentence about something else (a control,
    an earlier cancer, a legend, a hypothetical: NOT_THIS_TUMOUR) does not count."""
    for text in texts:
        for m in finditer(c.breast_test_word, text):
            if text[max(0, m.start() - 1) : m.start()] in QUOTES:
                continue  # a term being named ('may be called "HER2-low"'), not a result
            sent = own_sentence(text, m.start(), m.end())
            if not any(search(c.context[family], sent) for family in NOT_THIS_TUMOUR):
                return True
    return False


# Sentences whose breast work-up words are not this tumour's result: a control slide, an earlier
# cancer or a relative's, a legend or definition, a hypothetical, a population, a method, a drug's
# indication, a question (devset4 b4-f09-03: a consent form's "may be called HER2-low").
QUOTES = frozenset("\"'\u201c\u2018")
NOT_THIS_TUMOUR = (
    "control",
    "history",
    "relative",
    "legend",
    "hypothetical",
    "population",
    "methods",
    "therapy",
    "question",
)


NEGATION_REACH = 40  # characters before a cancer name where "no", "negative for" negate it


def names_lung_cancer(text: str) -> bool:
    """The report names lung cancer ("non-small cell lung carcinoma", "NSCLC", "adenocarcinoma
    of the lung"), not only after a negation. The words are the report-words file's
    (named-cancer-lung), the same the summary's cancer line reads."""
    words = pattern_file("report_words")
    lung = dict(words.listed("named-cancer"))["lung"]
    negated = words["negated-before"]
    return any(
        not negated.search(text[max(0, m.start() - NEGATION_REACH) : m.start()]) for m in finditer(lung, text)
    )


def diagnosis_names_another_cancer(text: str, c: Compiled) -> bool:
    """A diagnosis or tumour-type line names a cancer other than lung ("Tumour type ....
    Urothelial carcinoma of bladder, metastatic (retroperitoneal nodes, lung)") and none names
    lung cancer: "NSCLC" in a therapy table ("trastuzumab deruxtecan (NSCLC, HER2-mutant)") is
    another tumour's approval, not this report's cancer (devset5 b5-f04-09)."""
    named = pattern_file("report_words").listed("named-cancer")
    others = False
    for m in line_anchored_matches(c.diagnosis_line, text):
        line = text[m.start() : line_end(text, m.start())]
        for kind, pattern in named:
            if pattern.search(line):
                if kind == "lung":
                    return False
                others = True
    return others


def contract_cancer_type(scored_as: str, text: str, c: Compiled) -> str:
    """The cancer type the result gives: the one the scoring rules were chosen by, except that
    a report which names lung cancer says "lung" (JSON 1.2) where the rules found "other" or
    could not tell; lung is scored by the solid-tumor ("other") rules all the same. A report
    whose diagnosis line names another cancer stays "other"."""
    if scored_as in ("other", "unknown") and names_lung_cancer(text):
        if scored_as == "other" and diagnosis_names_another_cancer(text, c):
            return scored_as
        return "lung"
    return scored_as


def is_ctdna_document(joined: str, c: Compiled) -> bool:
    """A blood (liquid biopsy) report: a ctDNA/cfDNA/liquid-biopsy word or a plasma copy number
    ("plasma CN 2.1", a blood test's own measure: devset24 b24-f05-06), plasma/blood named three
    times or more, or a blood sample named by the report's title or sample lines."""
    ctdna_hits = [
        m.group(0).lower() for m in finditer(c.ctdna_cue, joined) if not _matched_normal(joined, m, c)
    ]
    strong_ctdna = [h for h in ctdna_hits if not h.startswith(("plasma", "blood")) or _plasma_number(h)]
    return bool(strong_ctdna) or len(ctdna_hits) >= 3 or names_blood_sample(joined, c)


def _plasma_number(hit: str) -> bool:
    """The plasma hit is a plasma copy number ("plasma CN"), not the bare word (ngs.toml ctdna-cue)."""
    return hit.startswith("plasma") and hit != "plasma"


def _matched_normal(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The blood word is on a line naming the matched normal sample of a tumour-normal tissue
    panel ("Normal: peripheral blood sample"): no blood test of the tumour."""
    return (
        search(c.matched_normal_sample, text, line_start(text, m.start()), line_end(text, m.end()))
        is not None
    )


BLOOD_TITLE_LINES = 3  # the lines at the top where a report names its test (title, patient, sample)


def names_blood_sample(joined: str, c: Compiled) -> bool:
    """The report's own title or sample lines say it tested blood ("Plasma NGS -- companion
    panel", a faxed "P L A S M A   R E P O R T", "Sample type: peripheral blood"): a whole-report
    fact, whatever its rows call their values (devset8 b8-f05-03, b8-f05-07). A plasma word in
    the body ("plasma testing may be considered") is not, nor the matched normal blood of a
    tumour-normal tissue panel ("Normal: peripheral blood sample")."""
    lines = [ln for ln in joined.split("\n") if ln.strip()]
    title = [_unspaced(ln, c) for ln in lines[:BLOOD_TITLE_LINES]]
    sample = [ln for ln in lines if c.blood_sample_line.match(ln)]
    return any(
        (ln in sample or search(c.ctdna_cue, ln) is not None) and search(c.matched_normal_sample, ln) is None
        for ln in title + sample
    )


def _unspaced(line: str, c: Compiled) -> str:
    """The line with its letter-spaced words closed up ("P L A S M A" -> "PLASMA")."""
    return c.letter_spaced_word.sub(lambda m: m.group(0).replace(" ", ""), line)


def among_gene_rows(text: str, name_start: int, c: Compiled) -> bool:
    """The name opens a row of a table whose next or previous row opens with another gene's
    symbol ("ERBB2   amplification - equivocal (~6 copies)" over "CCNE1   amplification - 9
    copies", "TP53   R273H"): a genomic-alterations table, which only sequencing prints; an ISH
    or IHC table lists probes and markers, never other genes (devset8 b8-f04-04)."""
    opens = line_start(text, name_start)
    if text[opens:name_start].strip(" \t|*-\u2022"):
        return False
    rows = []
    if opens > 0:
        rows.append(line_start(text, opens - 1))
    below = line_end(text, name_start) + 1
    if below < len(text):
        rows.append(below)
    # ... with an alteration in its row (_gene_row)
    return any(_gene_row(text[row : line_end(text, row)], c) for row in rows)


def may_have_gene_rows(text: str, c: Compiled) -> bool:
    """False only when no line of the text is a gene's row (`among_gene_rows` tests the rows
    above and below a HER2 name with the same test): then no name is among gene rows, and the
    whole-text pass of the HER2 names can be skipped (a two-page report's joined text is not the
    scanned text, ~0.45 ms a bench270 report, issue 13). Every line is tested only when none is as
    long as LINE_REACH: a longer line makes `among_gene_rows` cut a row elsewhere, and then
    the answer is always yes. FAST_PATH off: always yes."""
    if not scope.FAST_PATH:
        return True
    lines = text.split("\n")
    if max(map(len, lines)) >= LINE_REACH:
        return True
    return any(_gene_row(line, c) for line in lines)


def _gene_row(line: str, c: Compiled) -> bool:
    """The line opens with another gene's symbol and holds an alteration after it (a protein
    change, an amplification, a copy number, a VAF): a row of a genomic-alterations table. An
    IHC table's "MLH1   retained" or "AR   positive (90%)" rows are stains."""
    head = len(line) - len(line.lstrip(" \t|*-\u2022"))
    gene = c.panel_gene.match(line, head)
    return gene is not None and any(
        search(p, line, gene.end()) is not None
        for p in (c.protein_change, c.amp_word, c.ngs_cue, c.copy_number)
    )


def document_context(texts: list[str], c: Compiled) -> PageContext:
    joined = "\n".join(texts)
    # two sequencing cues or one named ISH test decide: the search stops there (issue 13)
    ngs_hits = sum(1 for _ in islice(finditer(c.ngs_cue, joined), 2))
    # a genomic-alterations table (an ERBB2 row among other genes' rows) is a sequencing report
    # even when it names no method (devset8 b8-f04-04: "ERBB2 comment: The ERBB2 copy number
    # estimate ... is reported as equivocal" below the table is the sequencing result)
    # (a one-page report's joined text is the scanned text: its HER2 names are found once, issue 13)
    names = all_matches(c.her2, joined) if len(texts) == 1 else finditer(c.her2, joined)
    gene_table = (
        ngs_hits < 2
        and may_have_gene_rows(joined, c)
        and any(among_gene_rows(joined, m.start(), c) for m in names)
    )
    # a method the report only advises or says was not done does not make it an ISH report
    ish_named = any(method_is_named_test(joined, m, c) for m in finditer(c.ish_method, joined))
    cancer_type = detect_cancer_type(texts, c)
    return PageContext(
        cancer_type=cancer_type,
        organ=report_organ(texts, c) if cancer_type == "other" else None,
        ngs_document=ngs_hits >= 2 or gene_table,
        ctdna_document=is_ctdna_document(joined, c),
        ish_document=ish_named,
        side=specimen_side(joined, c),
    )


def drop_page_furniture(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """Remove running headers and footers (lines repeated on two or more pages, page numbers
    aside) so that a result that continues on the next page stays next to its heading. The
    original text, and so every quote, is untouched: only the matching text loses the lines."""
    pages = norm.text.split(PAGE_BREAK)
    if len(pages) < 2:
        return norm

    def key(line: str) -> str:
        return c.digit_run.sub("#", " ".join(line.lower().split()))

    seen: dict[str, list[tuple[int, str]]] = {}
    for i, page in enumerate(pages):
        lines = [ln for ln in page.split("\n") if ln.strip()]
        for ln in lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]:
            if len(ln.strip()) >= 4:
                seen.setdefault(key(ln), []).append((i, ln))
    # a line that names HER2 is never furniture: asked only of lines on two pages or more (the
    # HER2 names' search over every edge line cost ~1% of the matching, issue 13)
    furniture = {
        k
        for k, where in seen.items()
        if len({i for i, _ in where}) >= 2 and len({i for i, ln in where if not search(c.her2, ln)}) >= 2
    }
    if not furniture:
        return norm
    dropped: list[tuple[int, int]] = []  # [start, end) of each furniture line with its line break
    pos = 0
    for page in pages:
        lines = page.split("\n")
        nonempty = [j for j, ln in enumerate(lines) if ln.strip()]
        edge = set(nonempty[:FURNITURE_LINES] + nonempty[-FURNITURE_LINES:])
        line_pos = pos
        for j, ln in enumerate(lines):
            if j in edge and key(ln) in furniture:
                line_end = min(line_pos + len(ln) + 1, len(norm.text))
                if line_end > line_pos:
                    dropped.append((line_pos, line_end))
            line_pos += len(ln) + 1
        pos += len(page) + len(PAGE_BREAK)
    return _without(norm, dropped)


def _without(norm: NormalizedText, dropped: list[tuple[int, int]]) -> NormalizedText:
    """The text without the spans `dropped` (in order, not overlapping), cut as slices: a
    character-by-character filter cost ~1 ms a two-page report (issue 13)."""
    parts: list[str] = []
    kept: list[Sequence[int]] = []
    prev = 0
    for start, end in dropped:
        parts.append(norm.text[prev:start])
        kept.append(norm.offsets[prev:start])
        prev = end
    parts.append(norm.text[prev:])
    kept.append(norm.offsets[prev : len(norm.text)])
    offsets = tuple(chain.from_iterable(kept)) + (norm.offsets[-1],)
    return NormalizedText("".join(parts), offsets, norm.original)
