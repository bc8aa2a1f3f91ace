"""From page text to findings: every HER2 mention, what value it carries, and whether it counts.

A mention is a HER2 name (patterns.HER2_NAME). Its values are read from a bounded scope around
it that never crosses another marker's name or a section header (so "ER positive, HER2 negative"
gives HER2 only "negative"); context triggers in its sentence (pending, recommendation, history of
another cancer, control tissue, legends, therapy background, gene lists, methods sections) turn a
mention into a non-result with a `reason`, in the spirit of NegEx/ConText (style.md §2 medspacy).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from .model import first_present
from .normalize import NormalizedText, fix_ocr_confusions, normalize
from .patterns import CLONE_NAMES, SPELLED_DIGITS, THREE_TO_ONE, Compiled, compiled
from .sources.base import Document

PAGE_BREAK = "\n\f\n"

# Scope sizes, in characters of normalized text. A table row split by pypdfium2 over several
# lines stays inside NEAR; a result written in the sentence after the HER2 name stays inside FAR.
NEAR_MAX = 160
FAR_MAX = 320
BACK_MAX = 90
MAX_MENTIONS = 1000  # a real report names HER2 tens of times; thousands means it is not a report
MATCH_TIMEOUT = 5.0  # seconds per pattern per page: a pathological page becomes an error, not a hang

# Context families, in the order they are reported as the reason a value-less mention is not a result.
REASON_ORDER = ("control", "legend", "pending", "recommendation", "hypothetical", "therapy", "methods")


@dataclass
class Finding:
    """One thing the report says about HER2 (or a mention that is not a result, with `reason`)."""

    family: str  # ihc | ish | ngs | mutation | her2_low | status_statement | mention
    page: int
    start: int  # offsets in the page's original text
    end: int
    quote: str
    match: str
    values: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    section: str | None = None
    order: int = 0  # position in the document: later findings come from later text
    view: str = "text"  # "layout" when read from pdfplumber's row-preserving view of the page
    confidence: float | None = None  # OCR pages: lowest word confidence (0-100) of the words used
    nstart: int = field(default=-1, repr=False, compare=False)  # span in the normalized text
    nend: int = field(default=-1, repr=False, compare=False)

    def key(self) -> tuple[Any, ...]:
        return (self.family, self.page, self.quote, tuple(sorted((k, str(v)) for k, v in self.values.items())), self.reason)


@dataclass
class PageContext:
    """What is known about the whole document when a page is read."""

    cancer_type: str
    ngs_document: bool
    ctdna_document: bool
    ish_document: bool


@dataclass
class Section:
    start: int
    kind: str  # methods | therapy | history | addendum | diagnosis | signature | other


# The time budget is set on calls over long text only (whole pages and documents): the many small
# windowed calls cannot blow up (bounded windows, no nested quantifiers), and a timeout on every
# call costs ~2 us each (perf.md §4). The worker process has its own wall-clock limit besides.
BUDGETED_WINDOW = 2000


def _finditer(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterable[regex.Match[str]]:
    endpos = len(text) if endpos is None else endpos
    if endpos - pos > BUDGETED_WINDOW:
        return pattern.finditer(text, pos, endpos, timeout=MATCH_TIMEOUT)
    return pattern.finditer(text, pos, endpos)


def _search(pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    endpos = len(text) if endpos is None else endpos
    if endpos - pos > BUDGETED_WINDOW:
        return pattern.search(text, pos, endpos, timeout=MATCH_TIMEOUT)
    return pattern.search(text, pos, endpos)


# --- sections ---------------------------------------------------------------------------------


def find_sections(text: str, c: Compiled) -> list[Section]:
    sections = [Section(0, "other")]
    for m in _finditer(c.section_header, text):
        name = " ".join(m.group("name").lower().split())
        kind = "other"
        for pattern, k in c.section_kinds:
            if pattern.search(name):
                kind = k
                break
        sections.append(Section(m.start(), kind))
    return sections


def _section_at(sections: list[Section], pos: int) -> Section:
    starts = [s.start for s in sections]
    return sections[bisect.bisect_right(starts, pos) - 1]


def _next_section_start(sections: list[Section], pos: int) -> int:
    i = bisect.bisect_right([s.start for s in sections], pos)
    return sections[i].start if i < len(sections) else 1 << 30


# --- scopes -----------------------------------------------------------------------------------


def _other_marker_positions(text: str, c: Compiled) -> list[tuple[int, int]]:
    spans = [m.span() for m in _finditer(c.other_marker_ci, text)]
    spans += [m.span() for m in _finditer(c.other_marker_cs, text)]
    return sorted(spans)


def _first_after(spans: list[tuple[int, int]], pos: int) -> int:
    i = bisect.bisect_left(spans, (pos, -1))
    return spans[i][0] if i < len(spans) else 1 << 30


def _sentence_end(text: str, pos: int, limit: int, c: Compiled) -> int:
    m = _search(c.sentence_end, text, pos, limit)
    return m.start() if m else limit


def _sentence_start(text: str, pos: int, floor: int, c: Compiled) -> int:
    best = floor
    # look a few characters past pos: the full stop's lookahead ("\. [A-Z]") needs to see them
    for m in _finditer(c.sentence_end, text, floor, min(len(text), pos + 3)):
        # "NEGATIVE FOR. HER2": a full stop after a preposition is an OCR artefact, not an end
        if m.start() < pos and not _DANGLING_WORD.search(text, max(0, m.start() - 6), m.start()):
            best = m.end()
    return best


_DANGLING_WORD = regex.compile(r"(?<![A-Za-z])(?:for|of|to|with|and|the|in|by|or)$", regex.I)


# --- value readers ----------------------------------------------------------------------------


def _score_from_match(m: regex.Match[str]) -> tuple[str | None, str | None, bool]:
    """(score, range, zero_plus) from an IHC_SCORE match."""
    g = m.groupdict()
    if g.get("lo") and g.get("hi"):
        lo = SPELLED_DIGITS.get(g["lo"].lower(), g["lo"])
        hi = g["hi"]
        if lo == hi:
            return ("0" if hi == "0" else f"{hi}+"), None, False
        return None, f"{lo}-{hi}+", False
    for name in ("scale", "plus", "preplus", "word", "paren", "callnum", "colon", "desc"):
        if g.get(name):
            digit = g[name]
            zero_plus = name == "plus" and digit == "0"
            return ("0" if digit == "0" else f"{digit}+"), None, zero_plus
    if g.get("spelled"):
        digit = SPELLED_DIGITS[g["spelled"].lower()]
        return ("0" if digit == "0" else f"{digit}+"), None, False
    return None, None, False


def _call_of(m: regex.Match[str]) -> str:
    if m.group("neg"):
        return "negative"
    if m.group("eq"):
        return "equivocal"
    if m.group("weak"):
        return "weakly_positive"
    return "positive"


def _amplification_polarity(text: str, m: regex.Match[str], lo: int, hi: int, c: Compiled) -> str | None:
    """amplified / not_amplified / equivocal for one 'amplified'/'amplification' word, or None."""
    word = m.group(0).lower()
    prefix = (m.group("prefix") or "").lower() if "prefix" in m.groupdict() else ""
    if m.groupdict().get("gain"):
        before = text[max(lo, m.start() - 45) : m.start()]
        return "not_amplified" if _search(c.amp_neg_before, before) else "gain"
    if prefix.strip() in ("non-", "non", "un", "not", "no"):
        return "not_amplified"
    if word.startswith("co"):
        return None  # "co-amplification" of HER2 and CEP17 (polysomy) is not HER2 amplification
    before = text[max(lo, m.start() - 45) : m.start()]
    after = text[m.end() : min(hi, m.end() + 70)]
    if _search(c.amp_neg_before, before):
        return "not_amplified"
    near = text[max(lo, m.start() - 30) : min(hi, m.end() + 40)]
    if _search(c.amp_equivocal, near):
        return "equivocal"
    if _search(c.amp_neg_after, after):
        # "amplification: not detected", "amplification ... negative"; but not when a later
        # clause about another thing is negative: the window is short and stops at markers.
        return "not_amplified"
    if word.startswith("amplified") or word == "amp":
        return "amplified"
    if _search(c.amp_pos_after, after):
        return "amplified"
    if _search(c.amp_pos_before, before) and not regex.search(r"\b(?:no|not|non|without|lack|absence|negative)\b", before, regex.I):
        return "amplified"
    # "ERBB2 amplification" as a row of a genomic-alterations table, or "gene amplification"
    # stated as a finding ("shows HER2 gene amplification").
    return "amplified_statement"


def _to_float(s: str | None) -> float | None:
    if s is None:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _protein_change(m: regex.Match[str]) -> str:
    g = m.groupdict()
    if g.get("range"):
        return g["range"]
    if g.get("ref3"):
        ref = THREE_TO_ONE.get(g["ref3"].title(), g["ref3"])
        alt_raw = g["alt3"]
        alt = THREE_TO_ONE.get(alt_raw.title(), alt_raw)
        return f"{ref}{g['pos3']}{alt}"
    return f"{g['ref']}{g['pos']}{g['alt']}"


# --- the page scanner -------------------------------------------------------------------------


class PageScanner:
    """Reads one view of a document (all pages joined, or one page's layout view) and yields
    findings in text order. Scopes may run across a page break: a heading at the foot of one
    page often has its score at the top of the next."""

    def __init__(
        self, pages: list[tuple[int, int, int]], norm: NormalizedText, ctx: PageContext, c: Compiled, order_base: int
    ) -> None:
        # pages: (normalized start, original start, page number), in order
        self.pages = pages
        self.page_norm_starts = [p[0] for p in pages]
        self.norm = norm
        self.text = norm.text
        self.ctx = ctx
        self.c = c
        self.order_base = order_base
        self.sections = find_sections(self.text, c)
        self.markers = _other_marker_positions(self.text, c)
        self.mentions = list(_finditer(c.her2, self.text))
        self.mention_starts = [m.start() for m in self.mentions]

    def _page_of(self, pos: int) -> tuple[int, int]:
        """(page number, original offset where that page starts) for a normalized position."""
        i = max(0, bisect.bisect_right(self.page_norm_starts, pos) - 1)
        return self.pages[i][2], self.pages[i][1]

    def _page_end(self, pos: int) -> int:
        """Original offset where the page holding `pos` ends."""
        i = max(0, bisect.bisect_right(self.page_norm_starts, pos) - 1)
        if i + 1 < len(self.pages):
            return self.pages[i + 1][1] - len(PAGE_BREAK)
        return len(self.norm.original)

    # helpers
    def _make(self, family: str, start: int, end: int, values: dict[str, Any], reason: str | None = None) -> Finding:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        s, e = self.norm.source_span(start, end)
        section = _section_at(self.sections, start).kind
        page, page_origin = self._page_of(start)
        page_end = self._page_end(start)
        if e > page_end:
            e = max(s, page_end)  # a finding that runs onto the next page is quoted from its first page
        return Finding(
            family=family,
            page=page,
            start=s - page_origin,
            end=e - page_origin,
            quote=self.norm.quote_lines(start, end),
            match=" ".join(self.norm.original[s:e].split()),
            values=values,
            reason=reason,
            section=section,
            order=self.order_base + start,
            nstart=start,
            nend=end,
        )

    def _next_mention_after(self, pos: int) -> int:
        i = bisect.bisect_right(self.mention_starts, pos)
        return self.mention_starts[i] if i < len(self.mention_starts) else 1 << 30

    def scan(self) -> list[Finding]:
        out: list[Finding] = []
        for m in self.mentions[:MAX_MENTIONS]:
            out.extend(self._scan_mention(m))
        return out

    def _context_reason(self, lo: int, hi: int) -> str | None:
        clause = self.text[lo:hi]
        for name in REASON_ORDER:
            if _search(self.c.context[name], clause):
                return name
        return None

    def _history_other_tumor(self, lo: int, hi: int, mention: int | None = None) -> bool:
        """The statement is about another cancer than this report's: a history clause naming
        another site, or a sentence that names another cancer outright ("a patient with HER2+
        breast cancer" in a colon report) and not this one."""
        clause = self.text[lo:hi]
        current = self.ctx.cancer_type
        sites = {k for k, p in self.c.site_words.items() if _search(p, clause)}
        if not sites or current in sites:
            return False
        in_history = _section_at(self.sections, lo).kind == "history" or bool(_search(self.c.context["history"], clause))
        if in_history:
            return True
        if current == "unknown" or mention is None:
            return False
        # without a history word, only another cancer named on the mention's own line counts
        line_lo = max(lo, self.text.rfind("\n", 0, mention) + 1)
        line_hi = self.text.find("\n", mention)
        line = self.text[line_lo : hi if line_hi < 0 else min(hi, line_hi)]
        line_sites = {k for k, p in self.c.site_words.items() if _search(p, line)}
        if current in line_sites:
            return False
        return any(_search(self.c.cancer_phrase[k], line) for k in line_sites)

    def _describes_other_cancer(self, end: int) -> bool:
        """'HER2+ breast cancer' in a colon report: the name is an adjective of another cancer."""
        current = self.ctx.cancer_type
        if current == "unknown":
            return False
        follow = self.text[end : min(len(self.text), end + 60)]
        lead = regex.match(r"[\s+-]{0,3}(?:positive|negative|pos|neg|amplified|low)?[\s,-]{0,3}(?:(?:metastatic|invasive|recurrent|advanced)\s+){0,2}", follow, regex.I)
        rest = follow[lead.end() if lead else 0 :]
        for kind, pattern in self.c.site_words.items():
            if kind == current:
                continue
            site = pattern.match(rest)
            if site and regex.match(r"\s+(?:\w+\s+){0,1}(?:cancer|carcinoma|adenocarcinoma|tumou?r|malignancy|disease)", rest[site.end() :], regex.I):
                return True
        return False

    def _is_gene_list(self, start: int, end: int) -> bool:
        lo = max(0, start - 50)
        hi = min(len(self.text), end + 50)
        genes = [g for g in _finditer(self.c.panel_gene, self.text, lo, hi)]
        return len(genes) >= 3

    def _scan_mention(self, m: regex.Match[str]) -> list[Finding]:
        t = self.text
        c = self.c
        start, end = m.span()
        section = _section_at(self.sections, start)
        section_end = _next_section_start(self.sections, start)
        marker_after = _first_after(self.markers, end)
        next_mention = self._next_mention_after(start)
        fwd_stop = min(len(t), end + FAR_MAX, marker_after, section_end)
        near_stop = min(fwd_stop, end + NEAR_MAX, _sentence_end(t, end, min(fwd_stop, end + NEAR_MAX), c))
        # A table cell split over lines ("HER2 (4B5)\nVentana\n2+") has no sentence end before
        # the score; a very short near scope is widened to the next line break or two.
        if near_stop - end < 12:
            near_stop = min(fwd_stop, _sentence_end(t, min(len(t), end + 12), min(fwd_stop, end + NEAR_MAX), c))
        # the next HER2 name starts its own statement ("HER2 (ERBB2) amplification" is read by ERBB2)
        if next_mention > end:
            near_stop = min(near_stop, next_mention)
        far_stop = min(fwd_stop, next_mention if next_mention > end else fwd_stop)
        back_start = _sentence_start(t, start, max(section.start, start - BACK_MAX), c)
        clause_lo = back_start

        compound = _search(c.non_result_compound, t, end, min(len(t), end + 20))
        if compound:
            reason = "therapy" if "enrich" not in compound.group(0).lower() else "subtype"
            return [self._make("mention", start, end, {}, reason)]

        if section.kind in ("methods", "signature"):
            return [self._make("mention", start, end, {}, "methods")]
        if self._history_other_tumor(back_start, _sentence_end(t, end, min(len(t), end + 250), c), start):
            return [self._make("mention", start, end, {}, "other_tumor")]
        if self._describes_other_cancer(end):
            return [self._make("mention", start, end, {}, "other_tumor")]
        if _search(c.choice_list, t, end, min(near_stop + 20, len(t))):
            return [self._make("mention", start, end, {}, "legend")]

        values = self._read_values(m, end, near_stop, far_stop, back_start)
        sent_hi = _sentence_end(t, end, min(len(t), end + 250), c)
        reason = self._context_reason(clause_lo, sent_hi)

        if values:
            # The statement the values belong to: from the start of the mention's line (or its
            # sentence) to the end of the line holding the last value. A table row is its own
            # statement even without a full stop, so a legend on the next line is not its context.
            last_value = max(f.nend for f in values)
            line_end = t.find("\n", last_value)
            ctl_hi = max(min(sent_hi, line_end if line_end >= 0 else sent_hi), end)
            stmt_lo = clause_lo
            # control tissue in the same statement: "HER2: external positive control shows 3+"
            if _search(c.context["control"], t, max(clause_lo, start - 40), ctl_hi):
                return [self._make("mention", start, end, {}, "control")]
            # a legend lists several scores before the next HER2 mention ("0 and 1+ negative; 2+ ...")
            full_stop = regex.compile(r"\.(?=\s+[A-Z(])|\n[ \t]*\n").search(t, last_value)
            legend_stop = min(
                len(t), end + 220, self._next_mention_after(start), _next_section_start(self.sections, start),
                full_stop.start() if full_stop else len(t),
            )
            listed = {_score_from_match(x)[0] for x in _finditer(c.ihc_score, t, end, legend_stop)} - {None}
            if len(listed) >= 3:
                return [self._make("mention", start, end, {}, "legend")]
            # a scoring legend in the same statement
            if _search(c.context["legend"], t, stmt_lo, ctl_hi):
                return [self._make("mention", start, end, {}, "legend")]
            # a condition or a definition, not a result: "if HER2 is amplified", "(IHC 3+ or 2+/ISH+)"
            hyp = _search(c.context["hypothetical"], t, stmt_lo, ctl_hi)
            if hyp and hyp.start() < max(f.nstart for f in values) + 5 and not _search(c.context["pending"], t, stmt_lo, ctl_hi):
                return [self._make("mention", start, end, {}, "hypothetical")]
            # two different scores offered as alternatives: "IHC 3+ in >= 50% of cells, or IHC 2+ with ..."
            alternatives = regex.search(r"(?P<a>[0-3])\s?\+[^.;\n]{0,80}?\b(?:or|and/or)\b[^.;\n]{0,30}?(?P<b>[0-3])\s?\+", t[stmt_lo:ctl_hi])
            if alternatives and alternatives.group("a") != alternatives.group("b"):
                return [self._make("mention", start, end, {}, "legend")]
            ihc_scores = {f.values.get("score") or f.values.get("score_range") for f in values if f.family == "ihc"}
            if len(ihc_scores) >= 3:
                return [self._make("mention", start, end, {}, "legend")]
            # ISH values after a cut-off in their sentence ("ratio less than 2.0 ... not amplified")
            kept = []
            for f in values:
                s_lo = _sentence_start(t, max(f.nstart, 0), max(0, f.nstart - 200), c)
                s_hi = _sentence_end(t, f.nend, min(len(t), f.nend + 200), c)
                if f.family in ("ihc", "status_statement") and regex.search(r"(?:<|>)=?\s{0,2}\d\.\d", t[s_lo:s_hi]):
                    continue
                if f.family == "ish" and f.values.get("ratio") is None and regex.search(r"(?:<|>)=?\s{0,2}\d\.\d", t[s_lo : f.nend]):
                    continue  # a result word inside a table of cut-offs
                if f.family in ("ish", "ngs"):
                    s_lo = _sentence_start(t, max(f.nstart, 0), max(0, f.nstart - 200), c)
                    if _search(c.threshold_expr, t, s_lo, max(f.nend, s_lo)):
                        continue
                kept.append(f)
            if not kept:
                return [self._make("mention", start, end, {}, "legend")]
            values = kept
        if values and (reason == "therapy" or _search(c.context["therapy"], t, clause_lo, sent_hi)):
            # In therapy/background prose only measured values count, never an adjective like
            # "HER2-positive breast cancer" or "(IHC 3+) indication".
            values = [
                f
                for f in values
                if f.family not in ("status_statement", "her2_low")
                and not (f.family == "ihc" and not f.values.get("lab_call"))
                and not (f.family in ("ish", "ngs") and f.values.get("ratio") is None and f.values.get("copy_number") is None and f.values.get("her2_copy_number") is None)
            ]
            if not values:
                return [self._make("mention", start, end, {}, "therapy")]
        if not values:
            if self._is_gene_list(start, end):
                return [self._make("mention", start, end, {}, "gene_list")]
            return [self._make("mention", start, end, {}, reason or "no_result")]
        return values

    def _read_values(
        self, m: regex.Match[str], end: int, near_stop: int, far_stop: int, back_start: int
    ) -> list[Finding]:
        t = self.text
        c = self.c
        start = m.start()
        name = m.group(0).lower()
        out: list[Finding] = []

        # --- IHC score: near scope, then far scope (a sentence or two later)
        scores = list(_finditer(c.ihc_score, t, end, near_stop))
        far_used = False
        near_trigger = self._context_reason(back_start, near_stop) in ("pending", "recommendation")
        if not scores and far_stop > near_stop and not near_trigger:
            first = _search(c.ihc_score, t, near_stop, far_stop)
            scores = [first] if first else []  # later numbers in a far scope belong to other things
            far_used = bool(scores)
        # "3+ HER2", "(score 3+) for HER2": score right before the name
        if not scores and not near_trigger:
            back = list(_finditer(c.ihc_score, t, max(back_start, start - 40), start))
            if back and not _search(c.other_marker_ci, t, back[-1].end(), start) and "\n" not in t[back[-1].end() : start]:
                scores = back[-1:]
        if scores:
            scores = scores + self._table_rows(scores[-1].end(), far_stop)
        ish_method_near = _search(c.ish_method, t, max(back_start, start - 40), near_stop)
        for s in scores:
            score, score_range, zero_plus = _score_from_match(s)
            # A "score" inside an ISH sentence ("HER2 FISH score 2") is not IHC.
            lo = max(end, s.start() - 60)
            call = None
            call_m = None
            for cm in _finditer(c.call_word, t, lo, min(far_stop if far_used else near_stop, s.end() + 40)):
                call_m = cm
                if abs(cm.start() - s.start()) < 60:
                    call = _call_of(cm)
                    break
            values: dict[str, Any] = {"score": score}
            if score == "0" and _search(c.no_staining, t, s.start(), min(len(t), s.end() + 40)):
                values["no_staining"] = True
            if score_range:
                values["score_range"] = score_range
            if zero_plus:
                values["zero_plus"] = True
            if call:
                values["lab_call"] = call
            # "in 80% of tumor cells" after the score (a wrapped table cell may put it two lines
            # down), then a percentage on the score's own line, then one nearby
            ls = t.rfind("\n", 0, s.start()) + 1
            le = t.find("\n", s.end())
            le = len(t) if le < 0 else le
            pct_stop = min(len(t), s.end() + 200, _first_after(self.markers, s.end()), self._next_mention_after(s.end()))
            pct = (
                _search(c.percent_of_cells, t, s.end(), pct_stop)
                or _search(c.percent, t, max(ls, end), le)
                or _search(c.percent, t, max(end, s.start() - 80), min(len(t), s.end() + 80))
            )
            if pct and not _search(c.other_marker_ci, t, min(pct.start(), s.start()), max(pct.end(), s.end())):
                values["percent_cells"] = float(pct.group("pct"))
            clone = _search(c.clone, t, max(0, start - 60), min(len(t), near_stop + 20))
            if clone or "hercep" in name:
                key = next(k for k, v in clone.groupdict().items() if v) if clone else "hercep"
                values["clone"] = CLONE_NAMES[key]
            if ish_method_near and ish_method_near.start() < s.start() and not _search(
                regex.compile(r"ihc|immuno", regex.I), t, ish_method_near.end(), s.start()
            ):
                continue  # the number belongs to an ISH sentence
            lo_q = min(start, s.start())
            hi_q = max(s.end(), call_m.end() if call and call_m else s.end())
            out.append(self._make("ihc", lo_q, hi_q, values))

        # --- HER2-low wording
        low = _search(c.her2_low, t, start, near_stop)
        if low and low.group(0).strip():
            kind = "ultralow" if low.group("ultralow") else ("low" if low.group("low") else "zero")
            out.append(self._make("her2_low", min(start, low.start()), max(end, low.end()), {"category": kind}))

        # --- ISH: method, amplification polarity, ratio, copy numbers, group
        method_m = _search(c.ish_method, t, max(back_start, start - 60), far_stop)
        ratio_m = None
        for r in _finditer(c.ratio, t, max(back_start, start - 60), far_stop):
            between = r.group("between")
            if regex.search(r"^\s*(?:is|was)\s+(?:derived|calculated|obtained)|\bthis\s+ratio", t[max(0, r.start() - 6) : r.end()], regex.I):
                continue
            if _search(c.threshold, between) or _search(c.threshold, t, max(0, r.start("ratio") - 12), r.start("ratio")):
                continue
            value = _to_float(r.group("ratio"))
            if value is None or value > 50:
                continue
            ratio_m = r
            break
        ratio_value = _to_float(ratio_m.group("ratio")) if ratio_m else None
        if ratio_m is None:
            bare = _search(c.ratio_bare, t, max(back_start, start - 20), near_stop)
            if bare:
                ratio_m = bare
                ratio_value = _to_float(bare.group("ratio") or bare.group("ratio2") or bare.group("ratio3"))
        copy_m = _search(c.ish_copy, t, max(back_start, start - 80), far_stop) or _search(
            c.ish_copy_after, t, max(back_start, start - 80), far_stop
        )
        if copy_m and _search(c.threshold, t, max(0, copy_m.start("value") - 15), copy_m.start("value")):
            copy_m = None
        cep_m = _search(c.ish_cep17, t, max(back_start, start - 80), far_stop)
        group_m = _search(c.ish_group, t, max(back_start, start - 40), far_stop)
        cells_m = _search(c.ish_cells, t, max(back_start, start - 80), far_stop)

        amp_results: list[tuple[str, regex.Match[str]]] = []
        for a in _finditer(c.amp_word, t, max(back_start, start - 45), near_stop if not ratio_m else far_stop):
            pol = _amplification_polarity(t, a, max(back_start, start - 45), far_stop, c)
            if pol:
                amp_results.append((pol, a))
        # backward negation governing the name: "no amplification of HER2", "negative for HER2"
        back_text = t[max(back_start, start - BACK_MAX) : start]
        back_call = regex.search(
            r"(?P<call>negative|positive|equivocal)\s+(?:for|of)[.,]?\s+(?:(?:the\s+)?[\w/.-]+(?:\s*\([^)]{0,15}\))?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)){0,4}(?:the\s+)?$",
            back_text,
            regex.I,
        )
        back_overexpr = regex.search(
            r"(?P<neg>no|not|negative\s+for|does\s+not\s+(?:show|demonstrate|exhibit)|do\s+not\s+(?:show|demonstrate|exhibit)|without)\s+(?:\w+\s+){0,2}over-?expression\s+(?:of\s+)?(?:the\s+)?$|(?P<pos>shows?|demonstrates?|with)\s+(?:\w+\s+){0,1}over-?expression\s+of\s+$",
            back_text,
            regex.I,
        )

        ngs_context = self._ngs_context(start, near_stop, name)
        is_ish = bool(method_m or ratio_m or cep_m or (copy_m and not ngs_context))
        ngs_cn = None
        if ngs_context:
            cnm = _search(c.copy_number, t, end, far_stop if amp_results else near_stop)
            if cnm and not _search(c.threshold, t, max(0, cnm.start() - 15), cnm.start()):
                ngs_cn = _to_float(cnm.group("cn") or cnm.group("cn2"))
            else:
                # a copy-number table row: "ERBB2   2.1   Not amplified"
                row = regex.match(
                    r"[ \t|:]{1,30}(?P<cn>\d{1,3}(?:\.\d{1,2})?)(?=[ \t|]{1,40}(?:not\s+|non-?)?(?:amplif|gain|loss|neutral|equivocal|normal))",
                    t[end : min(len(t), end + 120)],
                    regex.I,
                )
                if row:
                    ngs_cn = _to_float(row.group("cn"))
                    if not amp_results:
                        after_cn = end + row.end()
                        for a in _finditer(c.amp_word, t, after_cn, min(len(t), after_cn + 45)):
                            pol = _amplification_polarity(t, a, after_cn, min(len(t), after_cn + 60), c)
                            amp_results.append(("amplified" if pol == "amplified_statement" else pol, a))

        # A bare "amplification" counts only as a row of a genomic-alterations table ("ERBB2
        # amplification", "ERBB2 | Amplification | CN 24"), never as prose about a test.
        resolved = []
        for pol, a in amp_results:
            if pol == "amplified_statement":
                gap = t[end : a.start()]
                follow = t[a.end() : a.end() + 40]
                line_start = max(t.rfind("\n", 0, start) + 1, t.rfind(". ", 0, start) + 2)
                # the name opens its line or sentence, or follows a short label ("Genomic findings: ERBB2 ...")
                row_like = bool(regex.match(r"[\s|•*\-]*(?:[A-Za-z][A-Za-z /()-]{0,40}:\s*)?$", t[line_start:start], regex.I)) or bool(
                    _search(c.copy_number, t, a.end(), min(len(t), a.end() + 40))
                )
                if not (
                    ngs_context
                    and row_like
                    and a.start() >= end
                    and len(gap.strip()) <= 3
                    and len(gap) <= 40
                    and not regex.search(r"[a-z]{4,}", gap, regex.I)
                    and not regex.match(r"\s{0,3}(?:status|test|testing|analysis|assay|by|of|was|is|has|have|are|in|is\s+seen)\b", follow, regex.I)
                ):
                    continue
                pol = "amplified"
            resolved.append((pol, a))
        amp_results = resolved
        if amp_results or ratio_m or copy_m:
            polarities = [p for p, _ in amp_results]
            # within one statement a negation wins: "amplification ... not detected"
            result = first_present(polarities, ("not_amplified", "equivocal", "amplified"))
            lo_q = min([start] + [a.start() for _, a in amp_results])
            hi_q = max([end] + [a.end() for _, a in amp_results])
            # a copy-number gain is amplification only at a clear tissue copy number
            # (facts.md §7: never apply tissue cut-offs to plasma numbers)
            if "gain" in polarities and result is None:
                result = "amplified" if (ngs_cn is not None and ngs_cn >= 6 and not self.ctx.ctdna_document) else "equivocal"
            if ngs_context and not is_ish:
                vals: dict[str, Any] = {"amplification": result}
                if ngs_cn is not None:
                    vals["copy_number"] = ngs_cn
                if result or ngs_cn is not None:
                    out.append(self._make("ngs", lo_q, hi_q, vals))
            else:
                vals = {"result": result}
                if method_m:
                    vals["method"] = self._method_name(method_m)
                if ratio_m:
                    vals["ratio"] = ratio_value
                    hi_q = max(hi_q, ratio_m.end())
                if copy_m:
                    vals["her2_copy_number"] = _to_float(copy_m.group("value"))
                    hi_q = max(hi_q, copy_m.end())
                if cep_m:
                    vals["cep17_copy_number"] = _to_float(cep_m.group("value"))
                if group_m:
                    vals["group"] = self._group_number(group_m.group("group"))
                if cells_m:
                    vals["cells_counted"] = int(cells_m.group("value") or cells_m.group("value2"))
                if result or vals.get("ratio") is not None or vals.get("her2_copy_number") is not None:
                    out.append(self._make("ish", lo_q, hi_q, vals))
        elif ngs_context and ngs_cn is not None:
            out.append(self._make("ngs", start, end, {"amplification": None, "copy_number": ngs_cn}))

        # --- mutations (sequencing)
        if not any(f.family == "ihc" for f in out):
            for pc in _finditer(c.protein_change, t, end, min(near_stop, end + 80)):
                if (
                    _search(c.panel_gene, t, end, pc.start())
                    or _search(c.other_marker_ci, t, end, pc.start())
                    or _search(c.gene_like, t, end, pc.start())
                ):
                    break
                after = t[pc.end() : min(len(t), pc.end() + 40)]
                if regex.search(r"^\W{0,3}(?:not\s+detected|negative|none|absent|wild)", after, regex.I):
                    continue
                vus = bool(_search(c.vus, t, max(0, start - 200), min(len(t), near_stop + 40)))
                out.append(self._make("mutation", start, pc.end(), {"mutation": _protein_change(pc), "vus": vus}))
            ex = _search(c.exon20, t, max(back_start, start - 40), near_stop)
            if ex and not regex.search(r"^\W{0,3}(?:not\s+detected|negative|none)", t[ex.end() : ex.end() + 30], regex.I):
                out.append(self._make("mutation", min(start, ex.start()), max(end, ex.end()), {"mutation": "exon 20 insertion", "vus": False}))

        # --- a plain status word next to the name ("HER2: Negative", "negative for HER2")
        has_specific = any(f.family in ("ihc", "ish", "ngs") for f in out)
        call_m = None
        for cm in _finditer(c.call_word, t, end, min(near_stop, end + 70)):
            call_m = cm
            break
        statement = None
        if call_m is not None:
            gap = t[end : call_m.start()]
            # "HER2/neu overexpression: NEGATIVE", "HER2 status: positive", "HER2 by IHC: 1+ negative"
            limit = 70 if regex.search(r"results?\s*:", gap, regex.I) else 60
            if len(gap) <= limit and not regex.search(
                r"\d\.\d|ratio|copy|signals|nodes?|margins?|invasion|lymph|vascular|perineural|metasta|resection|size", gap, regex.I
            ):
                statement = (_call_of(call_m), end, call_m.end())
        if statement is None and back_call:
            statement = (back_call.group("call").lower(), max(back_start, start - BACK_MAX) + back_call.start(), end)
        if statement is None:
            # "no HER2 overexpression", "absence of HER2 expression"
            if regex.search(r"(?:\bno|\bwithout|absence\s+of|negative\s+for|lack\s+of)\s+$", t[max(0, start - 20) : start], regex.I) and regex.match(
                r"\s{0,2}(?:protein\s+)?(?:over-?expression|expression|positivity)", t[end : end + 30], regex.I
            ):
                statement = ("negative", max(0, start - 20), end)
            # shorthand "ER+, PR+, HER2-" / "HER2+": the sign right after the name
            sign = regex.match(r"(?P<sign>[+-])(?=\s|[,.;)/]|$)", t[end : end + 2])
            if statement is None and sign and not regex.match(r"-\s*(?:\n|$)", t[end : end + 3]):
                statement = ("positive" if sign.group("sign") == "+" else "negative", start, end + 1)
        if statement is None and back_overexpr:
            statement = ("negative" if back_overexpr.group("neg") else "positive", max(back_start, start - BACK_MAX) + back_overexpr.start(), end)
        specific_end = max((f.nend for f in out if f.family in ("ihc", "ish", "ngs")), default=-1)
        if statement is not None and statement[1] >= end and (
            statement[2] <= specific_end or _search(c.amp_word, t, end, statement[2])
        ):
            statement = None  # the call word already belongs to the score or amplification read above
        if statement is not None:
            call, lo_q, hi_q = statement
            if call == "weakly_positive":
                call = "equivocal"
            method = None
            # the test named between the name and the call word, or right after it ("negative by FISH")
            after = t[hi_q : hi_q + 20]
            between = t[max(back_start, start - 12) : hi_q]
            if _search(c.ish_method, between) or regex.match(r"\W{0,3}(?:by|on)\s+(?:FISH|CISH|SISH|DISH|ISH|in\s+situ)", after, regex.I):
                method = "ish"
            elif regex.search(r"\bIHC\b|immunohisto|immunoperox|\bstain", between, regex.I) or regex.match(
                r"\W{0,3}(?:by|on)\s+(?:IHC|immuno)", after, regex.I
            ):
                method = "ihc"
            vals = {"call": call}
            if method:
                vals["method"] = method
            if not has_specific or call:
                out.append(self._make("status_statement", min(start, lo_q), max(end, hi_q), vals))
        return out

    def _table_rows(self, after: int, stop: int) -> list[regex.Match[str]]:
        """Scores on later rows of the same table: lines that start with a specimen label."""
        t = self.text
        found: list[regex.Match[str]] = []
        pos = t.find("\n", after)
        while 0 <= pos < stop:
            line_end = t.find("\n", pos + 1)
            line_end = stop if line_end < 0 or line_end > stop else line_end
            line_start = pos + 1
            if _search(self.c.specimen_row, t, line_start, line_end):
                score = _search(self.c.ihc_score, t, line_start, line_end)
                if score:
                    found.append(score)
            pos = t.find("\n", line_start) if line_end < stop else -1
        return found

    def _ngs_context(self, start: int, stop: int, name: str) -> bool:
        lo = max(0, start - 200)
        if _search(self.c.ish_method, self.text, max(0, start - 60), stop):
            return False
        if _search(self.c.ngs_cue, self.text, lo, min(len(self.text), stop + 100)):
            return True
        return bool(self.ctx.ngs_document and (name.startswith("erb") or not self.ctx.ish_document))

    @staticmethod
    def _method_name(m: regex.Match[str]) -> str:
        if m.group("method"):
            word = m.group("method").upper()
            return {"PATHVYSION": "FISH", "IQFISH": "FISH", "INFORM": "ISH"}.get(word, word)
        if m.group("dual"):
            return "DISH"
        if m.group("ocr"):
            return "FISH"
        text = m.group(0).lower()
        if "fluoresc" in text:
            return "FISH"
        if "chromogen" in text:
            return "CISH"
        if "silver" in text:
            return "SISH"
        return "ISH"

    @staticmethod
    def _group_number(g: str) -> int:
        roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
        return int(g) if g.isdigit() else roman.get(g.upper(), 0)


# --- document-level readers -------------------------------------------------------------------


def _own_sentence(text: str, start: int, end: int) -> str:
    """The text from the start of the sentence or line holding [start, end) up to `end`."""
    lo = max(0, start - 120)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    hi = min(len(text), end + 120)
    stops = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    return text[(cut + 1 if cut >= 0 else lo) : min(stops) if stops else hi]


def detect_cancer_type(texts: list[str], c: Compiled) -> str:
    """The tumor this report is about: site phrases weigh more on diagnosis/specimen lines and
    less in history clauses (a colon report may mention an earlier breast cancer)."""
    scores = dict.fromkeys(c.site_words, 0.0)
    for text in texts:
        diag_lines = {m.start() for m in _finditer(c.diagnosis_line, text)}

        def weight(m: regex.Match[str], base: float, text: str = text, diag_lines: set[int] = diag_lines) -> float:
            ls = text.rfind("\n", 0, m.start()) + 1
            sent = _own_sentence(text, m.start(), m.end())
            if _search(c.context["control"], sent):
                return 0.0  # "positive control: breast carcinoma" says nothing about this tumor
            w = base * (2 if ls in diag_lines else 1)
            return w * 0.1 if _search(c.context["history"], sent) else w

        for kind in c.site_words:
            site_hits = list(_finditer(c.site_words[kind], text))
            if not site_hits:
                continue  # a cancer phrase always contains a site word
            scores[kind] += sum(weight(m, 1.0) for m in site_hits)
            scores[kind] += sum(weight(m, 3.0) for m in _finditer(c.cancer_phrase[kind], text))
    # The gastro-oesophageal junction is scored by gastric rules (facts.md §3).
    if scores["gastric"] and scores["esophageal"]:
        joined = "\n".join(texts)
        if regex.search(r"junction|GEJ|cardia|gastro-?o?esophageal|esophago-?gastric", joined, regex.I) and scores["gastric"] >= 0.5 * scores["esophageal"]:
            scores["gastric"] += scores["esophageal"]
            scores["esophageal"] = 0
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 1.0:
        return "unknown"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[1] and ranked[0] < 1.25 * ranked[1] and ranked[0] - ranked[1] < 2:
        return "unknown"
    return best


def read_related(texts: list[str], c: Compiled) -> dict[str, Any]:
    """KRAS/NRAS/BRAF, MSI and MMR status, for the colorectal explanation (facts.md §4)."""
    related: dict[str, Any] = {"kras": None, "nras": None, "braf": None, "msi": None, "mmr": None}
    variants: dict[str, str] = {}
    for text in texts:
        for m in _finditer(c.ras_gene, text):
            gene = m.group("gene").lower().split()[-1]
            genes = ["kras", "nras"] if gene == "ras" else [gene]
            # the gene's own value, up to the next gene name or the end of the clause
            nxt = _search(c.ras_gene, text, m.end(), min(len(text), m.end() + 80))
            stop = min(len(text), m.end() + 80)
            sent_end = _search(c.sentence_end, text, m.end(), stop)
            if sent_end:
                stop = sent_end.start()
            own_stop = nxt.start() if nxt else stop
            window = text[m.end() : own_stop]
            back = text[max(0, m.start() - 60) : m.start()]
            status = None
            variant = None
            # generic statements ("in RAS wild-type metastatic colorectal cancer ...") are not results
            sentence = _own_sentence(text, m.start(), m.end())
            if regex.search(r"(?:\bin|\bfor|\bwith|\bpatients)\s+(?:all\s+|extended\s+)?$", back, regex.I) or _search(
                c.context["therapy"], sentence
            ) and not regex.search(r":", sentence):
                continue
            pc = _search(c.protein_change, window)
            wt_spans = [w.span() for w in _finditer(c.wild_type, window)]
            muts = [x for x in _finditer(c.mutant, window) if not any(a <= x.start() < b for a, b in wt_spans)]
            pc_negated = bool(pc and regex.match(r"[\s:,()-]{0,4}(?:is\s+|was\s+)?(?:not\s+(?:detected|present|identified|found)|negative|absent|wild)", window[pc.end() :], regex.I))
            if wt_spans and (not pc or pc_negated) and not (muts and not pc_negated and not pc):
                status = "wild-type"
            elif pc and not pc_negated:
                status = "mutant"
                variant = _protein_change(pc)
            elif muts and not wt_spans:
                status = "mutant"
            elif pc_negated:
                status = "wild-type"
            if status is None:
                # a list "KRAS, NRAS and BRAF: wild-type" or "no mutations in KRAS, NRAS or BRAF"
                tail = text[m.end() : stop]
                if regex.match(r"^[\s,/and or]*$", window, regex.I) or not window.strip():
                    tail_wt_spans = [w.span() for w in _finditer(c.wild_type, tail)]
                    tail_mut = [x for x in _finditer(c.mutant, tail) if not any(a <= x.start() < b for a, b in tail_wt_spans)]
                    if tail_wt_spans and not tail_mut:
                        status = "wild-type"
                if status is None and regex.search(
                    r"(?:no|without|negative\s+for)\s+(?:\w+\s+){0,3}(?:mutations?|variants?|alterations?)\s+(?:\w+\s+){0,3}(?:in|of|for)\s+(?:[\w/]+(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)){0,4}$",
                    back,
                    regex.I,
                ):
                    status = "wild-type"
            if status is None:
                continue
            for g in genes:
                if related[g] == "mutant":
                    continue
                related[g] = status
                if variant and g != "ras":
                    variants[g] = variant
        msi_hits = {
            k
            for m in _finditer(c.msi, text)
            if not regex.search(r"(?:low\s+probability\s+of|no\s+evidence\s+of|negative\s+for|not|unlikely|rule\s+out|predicts?|suggest\w*)\s+$", text[max(0, m.start() - 30) : m.start()], regex.I)
            for k, v in m.groupdict().items()
            if v
        }
        if "high" in msi_hits:
            related["msi"] = "MSI-H"
        elif "low" in msi_hits and related["msi"] != "MSI-H":
            related["msi"] = "MSI-L"
        elif "stable" in msi_hits and related["msi"] is None:
            related["msi"] = "MSS"
        mmr_hits = [(k, m) for m in _finditer(c.mmr, text) for k, v in m.groupdict().items() if v]
        kinds = {k.rstrip("2") for k, _ in mmr_hits}
        if "proficient_neg" in kinds:
            kinds.discard("deficient")  # "no loss of expression" contains "loss of expression"
        if "deficient" in kinds:
            related["mmr"] = "deficient"
        elif ("proficient" in kinds or "proficient_neg" in kinds) and related["mmr"] is None:
            related["mmr"] = "proficient"
    for g, v in variants.items():
        related[f"{g}_variant"] = v
    return related


def document_context(texts: list[str], c: Compiled) -> PageContext:
    joined = "\n".join(texts)
    ngs_hits = len(list(_finditer(c.ngs_cue, joined)))
    ctdna_hits = [m.group(0).lower() for m in _finditer(c.ctdna_cue, joined)]
    strong_ctdna = [h for h in ctdna_hits if not h.startswith("plasma") and not h.startswith("blood")]
    ish_hits = len(list(_finditer(c.ish_method, joined)))
    return PageContext(
        cancer_type=detect_cancer_type(texts, c),
        ngs_document=ngs_hits >= 2,
        ctdna_document=bool(strong_ctdna) or len(ctdna_hits) >= 3,
        ish_document=ish_hits >= 1,
    )


def _span_confidence(word_conf: dict[int, float], start: int, end: int) -> float | None:
    """The lowest OCR word confidence among the words a finding was read from."""
    starts = sorted(word_conf)
    i = max(0, bisect.bisect_right(starts, start) - 1)
    values = []
    while i < len(starts) and starts[i] < end:
        values.append(word_conf[starts[i]])
        i += 1
    return min(values) if values else None


FURNITURE_LINES = 8  # lines at the top and the bottom of a page where headers and footers live


def _drop_page_furniture(norm: NormalizedText, c: Compiled) -> NormalizedText:
    """Remove running headers and footers (lines repeated on two or more pages, page numbers
    aside) so that a result that continues on the next page stays next to its heading. The
    original text, and so every quote, is untouched: only the matching text loses the lines."""
    pages = norm.text.split(PAGE_BREAK)
    if len(pages) < 2:
        return norm
    def key(line: str) -> str:
        return regex.sub(r"\d+", "#", " ".join(line.lower().split()))

    seen: dict[str, set[int]] = {}
    for i, page in enumerate(pages):
        lines = [ln for ln in page.split("\n") if ln.strip()]
        for ln in lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]:
            if len(ln.strip()) >= 4 and not _search(c.her2, ln):
                seen.setdefault(key(ln), set()).add(i)
    furniture = {k for k, where in seen.items() if len(where) >= 2}
    if not furniture:
        return norm
    keep: list[bool] = [True] * len(norm.text)
    pos = 0
    for page in pages:
        lines = page.split("\n")
        nonempty = [j for j, ln in enumerate(lines) if ln.strip()]
        edge = set(nonempty[:FURNITURE_LINES] + nonempty[-FURNITURE_LINES:])
        line_pos = pos
        for j, ln in enumerate(lines):
            if j in edge and key(ln) in furniture:
                for k in range(line_pos, min(line_pos + len(ln) + 1, len(keep))):
                    keep[k] = False
            line_pos += len(ln) + 1
        pos += len(page) + len(PAGE_BREAK)
    text = "".join(ch for ch, k in zip(norm.text, keep, strict=True) if k)
    offsets = tuple(o for o, k in zip(norm.offsets[:-1], keep, strict=True) if k) + (norm.offsets[-1],)
    return NormalizedText(text, offsets, norm.original)


def _quiet_pdf_loggers() -> None:
    """pdfminer logs warnings that can quote a PDF's own objects; report text must not reach stderr."""
    import logging

    for name in ("pdfminer", "pdfplumber", "pypdfium2", "PIL"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL)
        logger.propagate = False


_quiet_pdf_loggers()


def scan_document(doc: Document, *, use_layout: str = "auto", cancer_type: str | None = None) -> tuple[PageContext, list[Finding], dict[str, Any]]:
    """All findings of a document. `use_layout`: 'auto' reads a PDF page's row view only where the
    reading-order view leaves a HER2 mention without a value; 'always' reads both views of every
    page (the slow path); 'never' reads only the fast view."""
    c = compiled()
    # All pages joined so that scopes can cross a page break; a form feed on its own line marks
    # each break so that no line (and no quote) spans two pages.
    joined_parts: list[str] = []
    page_orig_starts: list[int] = []
    pos = 0
    for page in doc.pages:
        page_orig_starts.append(pos)
        joined_parts.append(fix_ocr_confusions(page.text) if page.origin == "ocr" else page.text)
        pos += len(page.text) + len(PAGE_BREAK)
    joined = PAGE_BREAK.join(joined_parts)
    norm = _drop_page_furniture(normalize(joined), c)
    norm_starts = [bisect.bisect_left(norm.offsets, o) for o in page_orig_starts]
    texts = [norm.text[a:b] for a, b in zip(norm_starts, norm_starts[1:] + [len(norm.text)], strict=True)]
    ctx = document_context(texts, c)
    if cancer_type:
        ctx.cancer_type = cancer_type
    mapping = [(ns, os_, p.number) for ns, os_, p in zip(norm_starts, page_orig_starts, doc.pages, strict=True)]
    findings = PageScanner(mapping, norm, ctx, c, 0).scan()
    by_number = {p.number: p for p in doc.pages}
    for f in findings:
        page = by_number.get(f.page)
        if page is not None and page.origin == "ocr" and page.word_confidences:
            f.confidence = _span_confidence(page.word_confidences, f.start, f.end)
    for page in doc.pages:
        page_findings = [f for f in findings if f.page == page.number]
        # The slow row view is read only for a page that names HER2 without any value read
        # from it: the case of a table whose cells the reading-order view split apart.
        wants_layout = use_layout == "always" or (
            use_layout == "auto"
            and page.origin == "pdf"
            and any(f.family == "mention" and f.reason == "no_result" for f in page_findings)
            and not any(f.family != "mention" for f in page_findings)
        )
        if not (wants_layout and page.layout_loader is not None):
            continue
        try:
            layout = page.layout_view()
        except Exception:  # noqa: BLE001 - the row view is optional; a page pdfminer cannot parse keeps the pdfium view
            continue
        if not (layout and layout.strip()):
            continue
        lnorm = normalize(layout)
        extra = PageScanner([(0, 0, page.number)], lnorm, ctx, c, page.number * 10_000_000 + 5_000_000).scan()
        # The row view only fills gaps: a family already read from the reading-order view of
        # this page is not read again from a view that interleaves columns.
        have = {f.family for f in page_findings if f.family != "mention"}
        known = {(f.family, tuple(sorted(f.values.items()))) for f in page_findings if f.family != "mention"}
        for f in extra:
            if f.family == "mention" or f.family in have:
                continue
            sig = (f.family, tuple(sorted(f.values.items())))
            if sig not in known:
                f.view = "layout"  # offsets refer to the row-preserving view
                findings.append(f)
                known.add(sig)
    related = read_related(texts, c)
    # de-duplicate: the same value quoted from the same line
    seen: set[tuple[Any, ...]] = set()
    unique: list[Finding] = []
    for f in findings:
        k = f.key()
        if k in seen:
            continue
        seen.add(k)
        unique.append(f)
    return ctx, unique, related
