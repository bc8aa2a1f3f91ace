"""One IHC line that gives an earlier sample's score and this sample's, each in a clause of its own
(fix23, family 1a): "HER2 IHC: 3+ on the 2019 core; 1+ on this excision", "3+ (core, 2019) / 1+
(excision)", "the core was 3+ but the resection is 1+", "score 3+ on the previous biopsy (2021),
score 1+ on the current specimen". The highest score decides a report's status, so such a
negative excision read POSITIVE on the quoted core's 3+.

The line is split into one clause per score at separators outside brackets (";", "/", ",", "but",
"whereas", ...; `samples.toml` score-clause-split). A clause that names this sample ("this
excision", "the current specimen": `current-sample`) gives the current score; one that names an
earlier sample (an earlier word or a year: context family `earlier`, or a year before one the report
writes later) gives an earlier one. With no such words, a clause naming a biopsy ("core", "biopsy")
beside one naming a surgical specimen ("excision", "resection", "mastectomy") is the earlier one only
when the biopsy is told in the past ("the core was 3+"), dated, or the report is one after treatment:
two lettered parts of one report ("3+ on the core biopsy (part A); 1+ on the excision (part B)") are
both current (review23). Only lines where every score's clause
names its sample and both sides are found are changed; interpret/earlier.py then sets the earlier
score aside when the current one places the status lower.

`clause_scores` reads the score of a ";"-clause that names its sample after a first score that names
one (the mention's near scope ends at the ";", so "1+ on this excision" was never read); it walks the
clauses with block_clauses.later_clause_scores."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules import compiled
from ..rules.patterns import bind
from ..rules.samples import samples
from .block_clauses import later_clause_scores
from .scope import finditer, line_end, line_start, search

if TYPE_CHECKING:
    from .mention_scope import MentionScope
    from .model import Finding
    from .scanner import PageScanner

TAIL_REACH = 48  # characters after a score where its sample may be named
LEAD_REACH = 40  # characters of a clause before its score ("present resection specimen 1+")
_MAX_CLAUSES = 3


@dataclass(frozen=True)
class _Words:
    score_clause_split: regex.Pattern[str]
    biopsy_sample_word: regex.Pattern[str]
    surgical_sample_word: regex.Pattern[str]
    sample_bare_score: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("samples",))


def _outside_parens(t: str, lo: int, pos: int) -> bool:
    """`pos` stands outside every round bracket opened after `lo`: the one bracket-depth test the
    clause splitters share."""
    return t.count("(", lo, pos) == t.count(")", lo, pos)


def _split_at(t: str, lo: int, hi: int) -> int | None:
    """The start of the last separator in [lo, hi) that stands outside brackets."""
    found = None
    for m in finditer(_words().score_clause_split, t, lo, hi):
        if _outside_parens(t, lo, m.start()):
            found = m
    return None if found is None else found.start()


def _names_sample(t: str, lo: int, hi: int) -> bool:
    w = _words()
    return bool(
        search(w.biopsy_sample_word, t, lo, hi)
        or search(w.surgical_sample_word, t, lo, hi)
        or search(samples().current_sample, t, lo, hi)
    )


def _tail_end(t: str, end: int) -> int:
    """Where a score's own clause ends after it: the next separator outside brackets, or the line's
    end, within TAIL_REACH."""
    hi = min(line_end(t, end), end + TAIL_REACH)
    for m in finditer(_words().score_clause_split, t, end, hi):
        if _outside_parens(t, end, m.start()):
            return m.start()
    return hi


def clause_scores(
    s: PageScanner, scope: MentionScope, scores: list[regex.Match[str]]
) -> list[regex.Match[str]]:
    """`scores` and the score of each later clause of the line (after ";", "," or "/") that names
    its sample, when the last score of `scores` names its sample too and the near scope ends with
    it: "3+ on the 2019 core; 1+ on this excision", "score 3+ on the diagnostic core biopsy; score
    1+ on the mastectomy", "previous core biopsy 3+; present resection specimen 1+"."""
    t, c = s.text, s.c
    if not scores:
        return scores
    last = scores[-1].end()
    pos = _tail_end(t, last)
    read_by_scope = pos < scope.near_stop - 1 and _later_score(s, pos, scope.near_stop)
    if pos >= len(t) or t[pos] not in ";,/" or read_by_scope:
        return scores  # no clause after the score's own, or the near scope reads the later ones itself
    if not _names_sample(t, scores[-1].start(), pos) and not _names_sample(t, line_start(t, last), last):
        return scores

    def sample_clause(at: int, _line_stop: int) -> tuple[regex.Match[str], int] | None:
        stop = _tail_end(t, at)
        sm = search(c.ihc_score, t, at, stop) or search(_words().sample_bare_score, t, at, stop)
        if sm is None or sm.start() - at > LEAD_REACH or any(ch.isdigit() for ch in t[at : sm.start()]):
            return None
        end = _tail_end(t, sm.end())
        return (sm, end) if _names_sample(t, at, end) else None

    return scores + later_clause_scores(t, pos, ";,/", _MAX_CLAUSES, sample_clause)


def _later_score(s: PageScanner, lo: int, hi: int) -> bool:
    return search(s.c.ihc_score, s.text, lo, hi) is not None


def _score_span(s: PageScanner, f: Finding) -> tuple[int, int] | None:
    """The span of the last IHC score in the finding's quote span; a bare score its clause names
    by its sample ("3+ (biopsy 2020), 0 (mastectomy)", fix24) when it ends the span."""
    last = None
    for m in finditer(s.c.ihc_score, s.text, max(f.nstart, 0), f.nend):
        last = m
    bare = _words().sample_bare_score.match(s.text, max(f.nend - 1, 0), line_end(s.text, f.nend))
    if bare is not None and bare.end() == f.nend and (last is None or bare.start() >= last.end()):
        return bare.span()
    return None if last is None else last.span()


def _side(s: PageScanner, lo: int, hi: int, later_year: int | None) -> str | None:
    """What the clause [lo, hi) says of its sample: "current", "earlier", "biopsy", "surgical" or None."""
    t = s.text
    cur = search(samples().current_sample, t, lo, hi) is not None
    early = search(s.c.context["earlier"], t, lo, hi) is not None
    if later_year is not None:
        early = early or any(int(y.group(0)) < later_year for y in s.c.year.finditer(t, lo, hi))
    if cur != early:
        return "current" if cur else "earlier"
    if cur:
        return None
    biopsy = search(_words().biopsy_sample_word, t, lo, hi) is not None
    surgical = search(_words().surgical_sample_word, t, lo, hi) is not None
    if biopsy != surgical:
        if (
            biopsy
            and not _told_in_past(t[lo:hi])
            and search(s.c.year, t, lo, hi) is None
            and search(samples().post_treatment_report, t, 0, len(t)) is None
        ):
            # "3+ on the core biopsy (part A); 1+ on the excision (part B)": both parts are this
            # report's own; only a biopsy told in the past ("the core was 3+") or dated ("(needle
            # biopsy, 2018)"), or a biopsy beside the surgery of a report after treatment
            # ("mastectomy after neoadjuvant chemotherapy ... 1+ on the resection; 3+ on the
            # biopsy"), is the earlier one (review23)
            return None
        return "biopsy" if biopsy else "surgical"
    return None


PAST_WORDS = frozenset({"was", "were", "had"})


def _told_in_past(clause: str) -> bool:
    """The clause speaks of its sample in the past tense ("the core was 3+")."""
    return not PAST_WORDS.isdisjoint(clause.lower().split())


def _line_sides(s: PageScanner, group: list[Finding]) -> list[str | None] | None:
    """Each finding's side, from its clause of the line; None when a score is not found."""
    t = s.text
    spans = [_score_span(s, f) if f.family == "ihc" else (f.nstart, f.nend) for f in group]
    if any(sp is None for sp in spans):
        return None
    bounds: list[tuple[int, int]] = []
    lo = line_start(t, spans[0][0])  # type: ignore[index]
    for i, sp in enumerate(spans):
        assert sp is not None
        if i + 1 < len(spans):
            nxt = spans[i + 1]
            assert nxt is not None
            cut = _split_at(t, sp[1], nxt[0])
            if cut is None:
                return None  # two scores with no separator between: one clause
            bounds.append((lo, cut))
            lo = cut
        else:
            bounds.append((lo, _tail_end(t, sp[1])))
    years = [int(m.group(0)) for m in s.c.year.finditer(t)]
    latest = max(years, default=None)
    return [_side(s, a, b, latest) for a, b in bounds]


def mark_sample_clauses(s: PageScanner, findings: list[Finding]) -> None:
    """Set `earlier` on the IHC scores or ISH values of a line whose clauses name an earlier and
    the current sample, and on the values read clause by clause (clause_values). ISH values each
    under a HER2 name of their own ("HER2/CEP17 ratio 5.3 (2021 core); HER2/CEP17 ratio 1.4 (this
    excision)", fix24) are marked as read clause by clause, so the earlier one is set aside
    whichever way it differs (interpret/earlier.py)."""
    lines: dict[tuple[int, str], list[Finding]] = {}
    for f in findings:
        if f.clause_earlier is not None:
            f.earlier = f.clause_earlier  # read clause by clause (clause_values)
        elif f.family in ("ihc", "ish") and f.nend > 0:
            lines.setdefault((line_start(s.text, f.nend - 1), f.family), []).append(f)
    for group in lines.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda f: f.nend)
        sides = _line_sides(s, group)
        if sides is None or None in sides:
            continue
        now = [side in ("current", "surgical") for side in sides]
        if all(now) or not any(now):
            continue  # every clause on the same side: no earlier sample to set apart
        for f, is_now in zip(group, now, strict=True):
            f.earlier = not is_now
            if f.family == "ish":
                f.clause_earlier = not is_now


def _has_result(s: PageScanner, lo: int, hi: int) -> bool:
    """The clause gives an ISH or status result: an amplification word, a ratio or a call word."""
    t, c = s.text, s.c
    return bool(search(c.amp_word, t, lo, hi) or search(c.ratio, t, lo, hi) or search(c.call_word, t, lo, hi))


def line_sample_clauses(s: PageScanner, scope: MentionScope) -> list[tuple[int, int, bool]] | None:
    """The clauses (lo, hi, names this sample) of the mention's line when each gives a result of
    its own sample and one names an earlier sample beside this one (fix24, family 1b): "HER2 FISH:
    amplified (biopsy 2020); not amplified (mastectomy)", "ratio 4.2 (core 2021); ratio 1.3
    (excision)", "HER2: positive (2021 core), negative (this excision)". The readers then read each
    clause alone and the earlier clause's values are marked earlier (interpret/earlier.py sets them
    aside when this sample's differ). The line is split at ";" and "/" first, then at every
    separator (`score-clause-split`, outside brackets)."""
    t = s.text
    lo = scope.end
    hi = min(line_end(t, lo), scope.far_stop)
    if hi - lo < 16 or not any(ch in t[lo:hi] for ch in ";,/"):
        return None  # cheap: no separator, no clauses
    cuts = [
        m for m in finditer(_words().score_clause_split, t, lo, hi) if _outside_brackets(t, lo, m.start())
    ]
    if not cuts or not _names_sample(t, lo, hi):
        return None
    years = [int(m.group(0)) for m in s.c.year.finditer(t)]
    latest = max(years, default=None)
    strong = [m.start() for m in cuts if m.group(0) in (";", "/")]
    found = _clauses(s, lo, hi, strong, latest) if strong else None
    return found or _clauses(s, lo, hi, [m.start() for m in cuts], latest)


def _clauses(
    s: PageScanner, lo: int, hi: int, cuts: list[int], latest: int | None
) -> list[tuple[int, int, bool]] | None:
    """[lo, hi) cut at `cuts` into clauses that each give a result and name a sample, on both
    sides; None when it is not that shape. A part without a result (the "FISH: HER2" before a
    slash) joins the next, as does a first part whose sample the next one names ("detected, CN 14
    (2021 core)"); a later result that names no sample leaves the line whole."""
    clauses: list[tuple[int, int, bool]] = []
    start = lo
    for end in [*cuts, hi]:
        if not _has_result(s, start, end):
            if end == hi:
                return None  # a trailing clause with no result: not this shape
            continue  # "FISH: HER2/" joins the next clause
        side = _side(s, start, end, latest)
        if side is None:
            if clauses or end == hi:
                return None  # a result of no named sample after one that names its own: unclear
            continue  # "detected, CN 14 (2021 core)": the first clause's sample is named after it
        clauses.append((start, end, side in ("current", "surgical")))
        start = end
    now = [c[2] for c in clauses]
    if len(clauses) < 2 or all(now) or not any(now):
        return None
    return clauses


def _outside_brackets(t: str, lo: int, pos: int) -> bool:
    """`pos` stands outside every round and square bracket opened after `lo`."""
    return _outside_parens(t, lo, pos) and t.count("[", lo, pos) == t.count("]", lo, pos)


def clause_values(
    s: PageScanner,
    scope: MentionScope,
    clauses: list[tuple[int, int, bool]],
    read: Callable[[MentionScope], list[Finding]],
) -> list[Finding]:
    """The values of each clause read alone; an earlier sample's clause's values are marked
    earlier. The first clause keeps the name and its method ("HER2 FISH: amplified (biopsy
    2020)"); a later one is read from its own first word, and its ISH finding takes the method the
    line named before it. Each value is quoted to its clause's end, with the sample that clause
    names ("amplified (excision)"), so the words quoted for one clause are not another's."""
    t = s.text
    out: list[Finding] = []
    method = None
    for i, (lo, hi, now) in enumerate(clauses):
        if i == 0:
            sub = replace(scope, near_stop=hi, far_stop=hi, statement_stop=min(scope.statement_stop, hi))
        else:
            at = lo + 1
            while at < hi and t[at] in " \t":
                at += 1
            sub = replace(
                scope, start=at, end=at, back_start=at, near_stop=hi, far_stop=hi, statement_stop=hi
            )
        found = [_to_clause_end(s, f, hi) for f in read(sub)]
        for f in found:
            f.clause_earlier = not now
            if f.family == "ish":
                method = method or f.values.get("method")
                if method and not f.values.get("method"):
                    f.values["method"] = method
        out += found
    return out


def _to_clause_end(s: PageScanner, f: Finding, hi: int) -> Finding:
    """The finding quoted on to its clause's end (the sample words after its value)."""
    t = s.text
    while hi > f.nend and t[hi - 1] in " \t.":
        hi -= 1
    if f.nend < 0 or hi <= f.nend:
        return f
    g = s.make(f.family, f.nstart, hi, f.values, f.reason)
    return replace(f, start=g.start, end=g.end, quote=g.quote, match=g.match, nend=g.nend)


def own_sample_clause_start(text: str, lo: int, at: int, hi: int) -> int:
    """Where the value at `at` has its own sample's clause in the sentence [lo, hi): after the last
    separator before it (outside brackets), when the part from there names a sample and the part
    before names one too ("not amplified (core 2021), amplified (excision)"), so the doubt gate
    (interpret/doubt.py) does not read the other sample's "not" as a denial of this value (fix24).
    `lo` when there is none."""
    if not any(ch in text[lo:at] for ch in ";,/"):
        return lo
    cut = None
    for m in _words().score_clause_split.finditer(text, lo, at):
        if _outside_brackets(text, lo, m.start()):
            cut = m
    if cut is None or not _names_sample(text, cut.end(), hi) or not _names_sample(text, lo, cut.start()):
        return lo
    return cut.end()


CONTRAST_CUES = ("unlike", "contrast", "whereas", "compared", "opposed", "contrary")


def earlier_contrast_start(text: str, end: int, hi: int) -> int:
    """Where a contrast with an earlier sample begins after a value ending at `end` in its clause
    [.., hi): "amplified (ratio 4.0), unlike the prior biopsy, which was not amplified" ends the
    value's clause at "unlike", so the doubt gate (interpret/doubt.py) does not read the earlier
    sample's "not" as a denial of this value (fix24, family 2a). The contrast must name an earlier
    sample (an earlier word or a year) and not this one before its own amplification word. `hi`
    when there is none."""
    low = text[end:hi].lower()
    if not any(cue in low for cue in CONTRAST_CUES):
        return hi
    c = compiled()
    for cue in c.contrast_cue.finditer(text, end, hi):
        word = c.amp_word.search(text, cue.end(), hi)
        stop = word.start() if word is not None else hi
        earlier = c.context["earlier"].search(text, cue.end(), stop) or c.year.search(text, cue.end(), stop)
        if earlier is not None and samples().current_sample.search(text, cue.end(), stop) is None:
            return cue.start()
    return hi
