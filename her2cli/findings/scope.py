"""Where a HER2 mention's values may lie: bounded windows that stop at sentence ends, section
headers and other markers' names (so "ER positive, HER2 negative" gives HER2 only "negative").

All sizes live in one validated settings object (the model is pdfplumber's `TableSettings`);
every pattern call over long text carries a time budget (docs/performance.md). This module holds
the primitives (budgeted pattern calls, line, sentence and section bounds); one name's windows
built from them are findings/mention_scope.py's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import regex

from ..rules import Compiled, compiled
from ..rules.prefilter import Haystack
from .model import Section

MAX_MENTIONS = 1000  # a real report names HER2 tens of times; thousands means it is not a report
MATCH_TIMEOUT = 5.0  # seconds per pattern per page: a pathological page becomes an error, not a hang
# The time budget is set on calls over long text only (whole pages and documents): the many small
# windowed calls cannot blow up (bounded windows, no nested quantifiers), and a timeout on every
# call costs ~2 us each (docs/performance.md). The worker process has its own wall-clock limit besides.
BUDGETED_WINDOW = 2000
FAR_AWAY = 1 << 30  # "no such position": past the end of any text
# How far a line lookup looks for the line's start or end. A report's line is far shorter; a
# longer one is prose or a flattened page, and bounding the lookup keeps the work per name, score
# or gene constant, so a text written on one line is read in time linear in its length.
LINE_REACH = 2000


@dataclass(frozen=True)
class ScopeSettings:
    """Scope sizes, in characters of normalized text. A table row split by pypdfium2 over several
    lines stays inside `near`; a result written in the sentence after the HER2 name stays inside
    `far`; `back` is how far before the name a sentence may start; `statement` bounds the
    sentence whose context words decide whether a mention is a result."""

    near: int = 160
    far: int = 320
    back: int = 90
    statement: int = 250

    def __post_init__(self) -> None:
        for name in ("near", "far", "back", "statement"):
            if getattr(self, name) <= 0:
                raise ValueError(f"scope setting {name!r} must be a positive number of characters")
        if self.near > self.far:
            raise ValueError("the near scope cannot be wider than the far scope")


SCOPE = ScopeSettings()


# The readers ask the same question of the same window again and again (the context checks of
# one mention are run before and after its values are read, and a scope is shared by the readers
# around one name): a search is a pure function of (pattern, text, pos, endpos), so its answer is
# kept for the document being scanned (findings/scan.py clears it).
# FAST_PATH = False turns this and the other shortcuts of issue 13 off (every call searches, every
# check runs in full): tests/test_speed_equivalence.py compares both ways on every labelled report.
FAST_PATH = True
MEMO_LIMIT = 100_000  # answers kept at most (a caller outside scan_document never clears them)
_memo: dict[tuple[regex.Pattern[str], str, int, int], regex.Match[str] | None] = {}


_UNKNOWN = object()  # "not asked yet" in the memo (None is an answer: no match)
_all_memo: dict[tuple[regex.Pattern[str], str, int, int], tuple[regex.Match[str], ...]] = {}
_haystacks: dict[str, Haystack] = {}


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterable[regex.Match[str]]:
    endpos = len(text) if endpos is None else endpos
    if not FAST_PATH:
        if endpos - pos > BUDGETED_WINDOW:
            return pattern.finditer(text, pos, endpos, timeout=MATCH_TIMEOUT)
        return pattern.finditer(text, pos, endpos)
    shortcut = compiled().shortcuts.get(pattern)
    if endpos - pos > BUDGETED_WINDOW:
        if shortcut is None:
            return pattern.finditer(text, pos, endpos, timeout=MATCH_TIMEOUT)
        return shortcut.finditer(text, _haystack(text), pos, endpos, timeout=MATCH_TIMEOUT)
    # a small window carries no time budget, so all its matches can be taken at once and kept:
    # the same matches, in the same order, as the lazy iterator gives
    key = (pattern, text, pos, endpos)
    found = _all_memo.get(key)
    if found is None:
        if shortcut is None:
            found = tuple(pattern.finditer(text, pos, endpos))
        else:
            found = tuple(shortcut.finditer(text, _haystack(text), pos, endpos))
        if len(_all_memo) >= MEMO_LIMIT:
            _all_memo.clear()
        _all_memo[key] = found
    return found


def all_matches(pattern: regex.Pattern[str], text: str) -> tuple[regex.Match[str], ...]:
    """Every match of the pattern in the whole text. On the fast path they are kept for the
    document however long the text: the HER2 names of the joined text are read by the OCR word
    repair and again by the page scanner (the same text when nothing was repaired)."""
    if not FAST_PATH:
        return tuple(finditer(pattern, text))
    key = (pattern, text, 0, len(text))
    found = _all_memo.get(key)
    if found is None:
        found = tuple(finditer(pattern, text))
        if len(_all_memo) >= MEMO_LIMIT:
            _all_memo.clear()
        _all_memo[key] = found
    return found


def _haystack(text: str) -> Haystack:
    """The text as the prefilter looks at it, made once per text of the document."""
    try:
        return _haystacks[text]
    except KeyError:
        pass
    hay = Haystack(text)
    if len(_haystacks) >= MEMO_LIMIT:
        _haystacks.clear()
    _haystacks[text] = hay
    return hay


_reader_memos: list[dict[Any, Any]] = []


def reader_memo() -> dict[Any, Any]:
    """A dict a reader keeps its own answers in for the document being scanned (a pure function
    of the text and positions asked again from several call sites: a row's cells, the context
    family of a clause), emptied with scope's own by `clear_memo`. Used only on the fast path; a
    reader empties it at MEMO_LIMIT answers (a caller outside scan_document never clears it)."""
    memo: dict[Any, Any] = {}
    _reader_memos.append(memo)
    return memo


T = TypeVar("T")


def remembered(memo: dict[Any, Any], key: Hashable, compute: Callable[[], T]) -> T:
    """The reader's answer for `key`, computed once per document on the fast path (`memo` from
    reader_memo; emptied at MEMO_LIMIT answers), and always afresh off it."""
    if not FAST_PATH:
        return compute()
    if key in memo:
        return cast(T, memo[key])
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    answer = memo[key] = compute()
    return answer


def clear_memo() -> None:
    """Forget the answers kept for the document scanned before (and the texts they hold)."""
    for memo in _reader_memos:
        memo.clear()
    _memo.clear()
    _all_memo.clear()
    _haystacks.clear()
    _line_memo.clear()
    _starts_memo.clear()


_starts_memo: dict[tuple[regex.Pattern[str], str], list[int]] = {}
# The matches of a line-anchored pattern (see last_line_match) in a whole text, and where they start.
_line_memo: dict[tuple[regex.Pattern[str], str], tuple[tuple[regex.Match[str], ...], list[int]]] = {}


def last_line_match(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The last match `pattern.finditer(text, lo, hi)` gives, for a pattern that only matches at
    a line start (it opens with `^` under MULTILINE and has no top-level alternation), whose
    match never ends with a newline, and that looks at no text outside its match but the
    character after it (`$`; no lookbehind, no lookahead): a drawn heading above a value.

    A reader asks it of a window of a few thousand characters before each value, and `regex`
    tries the pattern at every position of the window (~0.1 ms each, ~0.8 ms a bench270 report).
    On the fast path the text's matches are found once, trying only its line starts, and a
    window takes those that lie inside it: the same matches, because `^` holds at the same
    places in the window and in the text (at `lo` only after a newline), a match attempt at a
    line start sees the same characters when its match ends before `hi`, and none can end at
    `hi` when `hi` follows a newline. A window that cuts a match of the text (at `lo` or `hi`),
    or whose end does not follow a newline, is searched as written."""
    if not FAST_PATH:
        last = None
        for m in pattern.finditer(text, lo, hi):
            last = m
        return last
    found = _line_memo.get((pattern, text))
    if found is None:
        found = _line_memo[(pattern, text)] = _line_matches(pattern, text)
    heads, starts = found
    j, i = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    cut = (j > 0 and heads[j - 1].end() > lo) or (i > 0 and heads[i - 1].end() > hi)
    if cut or (0 < hi < len(text) and text[hi - 1] != "\n"):
        last = None
        for m in pattern.finditer(text, lo, hi):
            last = m
        return last
    return heads[i - 1] if i > j else None


def line_anchored_matches(pattern: regex.Pattern[str], text: str) -> tuple[regex.Match[str], ...]:
    """What `finditer(pattern, text)` gives over the whole text, for a pattern that only matches
    at a line start (it opens with `^` under MULTILINE and has no top-level alternation): a
    section heading, a clone-labelled marker's line, a diagnosis line.

    `regex` tries such a pattern at every position of the text (~0.5-1.5 ms a bench270 report
    each); on the fast path it is matched only at the line starts, the next one after the end
    of the last match: `^` holds nowhere else, and a match tried at a line start of the whole
    text sees the same text whichever way the engine got there (tests/test_speed_equivalence.py
    checks the pattern's shape and every labelled report). The matches are kept for the
    document, with those of `last_line_match`."""
    if not FAST_PATH:
        return tuple(finditer(pattern, text))
    found = _line_memo.get((pattern, text))
    if found is None:
        found = _line_memo[(pattern, text)] = _line_matches(pattern, text)
    return found[0]


def _line_matches(pattern: regex.Pattern[str], text: str) -> tuple[tuple[regex.Match[str], ...], list[int]]:
    """What pattern.finditer(text) gives for a pattern that only matches at a line start:
    tried at each line start in turn, the next one after the end of the last match."""
    heads: list[regex.Match[str]] = []
    match, end, q = pattern.match, 0, 0
    while q >= 0:
        if q >= end:
            m = match(text, q)
            if m is not None:
                heads.append(m)
                end = m.end()
        q = text.find("\n", q)
        q = q + 1 if q >= 0 else -1
    return tuple(heads), [m.start() for m in heads]


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    endpos = len(text) if endpos is None else endpos
    if not FAST_PATH:
        return _search(pattern, text, pos, endpos)
    key = (pattern, text, pos, endpos)
    # most questions are new (a miss): .get with a marker, not a KeyError raised and caught
    m = _memo.get(key, _UNKNOWN)
    if m is not _UNKNOWN:
        return m  # type: ignore[return-value]
    shortcut = compiled().shortcuts.get(pattern)
    if shortcut is None:
        m = _search(pattern, text, pos, endpos)
    elif endpos - pos > BUDGETED_WINDOW:
        m = shortcut.search(text, _haystack(text), pos, endpos, timeout=MATCH_TIMEOUT)
    else:
        m = shortcut.search(text, _haystack(text), pos, endpos)
    if len(_memo) >= MEMO_LIMIT:
        _memo.clear()
    _memo[key] = m
    return m


def _search(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    if endpos - pos > BUDGETED_WINDOW:
        return pattern.search(text, pos, endpos, timeout=MATCH_TIMEOUT)
    return pattern.search(text, pos, endpos)


def line_start(text: str, pos: int, reach: int = LINE_REACH) -> int:
    """The start of the line holding `pos`, looked for at most `reach` characters back (a longer
    line starts, for the reader, `reach` characters back)."""
    lo = max(0, pos - reach)
    return text.rfind("\n", lo, pos) + 1 or lo


def line_end(text: str, pos: int, reach: int = LINE_REACH) -> int:
    """The end of the line holding `pos` (its newline, or the end of the text), looked for at
    most `reach` characters ahead."""
    hi = min(len(text), pos + reach)
    end = text.find("\n", pos, hi)
    return hi if end < 0 else end


def own_line_floor(pattern: regex.Pattern[str], text: str, lo: int, pos: int, hi: int) -> int:
    """Where a search for a mention's value may start: `lo` (a value may come before its name,
    "ratio 2.3: HER2 amplified"), unless the mention's own line carries a value of that kind after
    `pos` — then the line's start, so that the row above's value is never taken for this row's
    ("Observer 2: HER2 mean 2.8, ratio 1.40" over "Combined: HER2 mean 2.9, ratio 1.38")."""
    floor = line_start(text, pos)
    if lo >= floor or search(pattern, text, pos, min(hi, line_end(text, pos))) is None:
        return lo
    return floor


# --- sections ---------------------------------------------------------------------------------


def find_sections(text: str, c: Compiled) -> list[Section]:
    sections = [Section(0, "other")]
    for m in line_anchored_matches(c.section_header, text):
        name = " ".join(m.group("name").lower().split())
        kind = "other"
        for pattern, k in c.section_kinds:
            if pattern.search(name):
                kind = k
                break
        sections.append(Section(m.start(), kind))
    return _results_end_methods(text, sections, c)


def _results_end_methods(text: str, sections: list[Section], c: Compiled) -> list[Section]:
    """A labelled result line ("RESULTS: mean HER2 3.6/cell; ratio 1.8", "INTERPRETATION:
    NEGATIVE") ends a methods or reference-range section it falls in: the lab's own result follows
    its key (variants7 F-06: "REFERENCE RANGES (ASCO/CAP 2018):" over five range lines, then the
    result). Only lines whose label has words after it count; a bare "Results" line is a header."""
    out: list[Section] = []
    for i, section in enumerate(sections):
        out.append(section)
        if section.kind != "methods":
            continue
        stop = sections[i + 1].start if i + 1 < len(sections) else len(text)
        pos = text.find("\n", section.start, stop)
        while 0 <= pos < stop:
            label = c.result_line_label.match(text, pos + 1, stop)
            if label is not None and text[label.end() : line_end(text, label.end())].strip():
                out.append(Section(pos + 1, "other"))
                break
            pos = text.find("\n", pos + 1, stop)
    return out


def section_at(sections: list[Section], pos: int) -> Section:
    starts = [s.start for s in sections]
    return sections[bisect.bisect_right(starts, pos) - 1]


def next_section_start(sections: list[Section], pos: int) -> int:
    i = bisect.bisect_right([s.start for s in sections], pos)
    return sections[i].start if i < len(sections) else FAR_AWAY


# --- markers and sentences --------------------------------------------------------------------


def other_marker_positions(text: str, c: Compiled) -> list[tuple[int, int]]:
    spans = [m.span() for m in finditer(c.other_marker_ci, text)]
    spans += [m.span() for m in finditer(c.other_marker_cs, text)]
    spans += [m.span("name") for m in line_anchored_matches(c.other_marker_clone_label, text)]
    return sorted(spans)


def first_after(spans: list[tuple[int, int]], pos: int) -> int:
    i = bisect.bisect_left(spans, (pos, -1))
    return spans[i][0] if i < len(spans) else FAR_AWAY


def sentence_end(text: str, pos: int, limit: int, c: Compiled) -> int:
    """Where the first sentence end in text[pos:limit] starts (`limit` when there is none)."""
    if FAST_PATH and len(text) > BUDGETED_WINDOW:
        at = _first_start_within(c.sentence_end, text, pos, limit)
        # "(Hosp. A)": the bracket exception's negative lookahead (27 characters at most) may see
        # past the window's end, so the window's last 32 characters are searched as the window
        tail = max(pos, limit - 32)
        m = search(c.sentence_end, text, tail, limit) if tail < at else None
        return m.start() if m is not None and m.start() < at else at
    m = search(c.sentence_end, text, pos, limit)
    return m.start() if m else limit


def _first_start_within(pattern: regex.Pattern[str], text: str, pos: int, limit: int) -> int:
    """Where search(pattern, text, pos, limit) would find its match (`limit`: none), for a
    pattern that a shorter window can only make fail, never match (it has no negative
    lookaround, no anchor and no word boundary: tests/test_speed_equivalence.py): the text's own
    matches are found once, and a window's first match starts at the first of them inside it.

    Every position of the window before that match was tried in the whole text and failed (a
    match of the text that covers `pos` is the one case where it was not: then the window is
    searched), so it fails in the window too; at that match's start the window is matched
    once, as the search would at that position."""
    found = all_matches(pattern, text)
    starts = _starts_memo.get((pattern, text))
    if starts is None:
        starts = _starts_memo[(pattern, text)] = [m.start() for m in found]
    i = bisect.bisect_left(starts, pos)
    if i > 0 and found[i - 1].end() > pos:
        m = search(pattern, text, pos, limit)  # a match of the text runs over `pos`
        return m.start() if m else limit
    if i == len(starts) or starts[i] >= limit:
        return limit
    at = starts[i]
    if pattern.match(text, at, limit) is not None:
        return at
    m = search(pattern, text, at + 1, limit)  # the window cuts that match short
    return m.start() if m else limit


def sentence_start(text: str, pos: int, floor: int, c: Compiled) -> int:
    best = floor
    # look a few characters past pos: the full stop's lookahead ("\. [A-Z]") needs to see them
    for m in finditer(c.sentence_end, text, floor, min(len(text), pos + 3)):
        # "NEGATIVE FOR. HER2": a full stop after a preposition is an OCR artefact, not an end
        if m.start() < pos and not c.dangling_word.search(text, max(0, m.start() - 6), m.start()):
            best = m.end()
    return best
