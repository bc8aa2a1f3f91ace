"""The prefilter of issue 13: a pattern is not run over a window where it cannot match.

A rule record may declare `requires`, lower-case texts at least one of which every match of its
pattern contains ("her2", "erbb2", ...), and a pattern record `starts`, texts one of which every
match begins with. Both are proven by tests/test_prefilter.py from the pattern's syntax (and every
example contains a `requires` text: tests/test_rules.py); a record without them runs always.

- `requires`: before a pattern is searched in text[pos:endpos], the window of the lower-cased
  text is looked at for its texts (`x in window`); a window with none of them cannot hold a
  match, so the search is skipped (a match lies inside the window and contains one of the texts,
  so that text lies inside the window too). Looking in the window is cheaper than an index of
  each record's places in the whole text, which is what a long text (a document) used to get:
  most windows are under 200 characters and most records are asked about a few times a
  document (session 14, docs/performance.md).
- A context family is one alternation of its rules (data.family_patterns); when every rule of it
  declares `requires`, the fast path runs only the rules whose texts occur, one by one, and keeps
  the match the alternation would give: the leftmost, the earlier rule on a tie (a top-level
  alternation tries its branches in order at each position and takes the first that matches).
- `starts`: every match begins with one of these texts, so the pattern is tried only there: the
  places where a text begins are found once per text of the document (str.find), and the pattern
  is matched at each place in turn (`match(text, p, endpos)`), the first that matches being what
  `search` finds (it tries the same positions left to right, and a match at p is the same match
  whether the engine got there by searching or by being asked at p: lookbehinds see the text
  before p either way, and `^` matches only where it would). A whole-text pass of a pattern that
  opens with a lookbehind and a long alternation tries a few hundred places, not every position
  (ihc-score over a report: ~14x faster, cancer phrases and site words 2-5x).

Only scope.search/finditer use it, and only on their fast path (FAST_PATH = False runs every
pattern as written: tests/test_speed_equivalence.py compares both on every labelled report).
Nothing is kept across documents: the lower-cased texts and places live in scope's per-document
memo (a Haystack per text, dropped with the memo).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

# Characters that `regex` matches case-insensitively to an ASCII letter but str.lower() leaves
# (or makes two characters of): tests/test_prefilter.py finds every such code point.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str | None:
    """The text lower-cased, position for position, as the prefilter compares it; None when
    lower-casing would move positions (then every pattern runs)."""
    low = text.lower() if text.isascii() else text.translate(_FOLD).lower()
    return low if len(low) == len(text) else None


def check_texts(value: Any, key: str, at: str) -> tuple[str, ...]:
    """A `requires` or `starts` value: a non-empty list of non-empty lower-case ASCII texts."""
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(x, str) and x and x.isascii() and x == x.lower() for x in value)
    ):
        raise ValueError(f"{at}: {key} must be a list of lower-case ASCII texts")
    return tuple(value)


# False: may_hold always says yes, so every pattern runs as written (tests/test_speed_equivalence.py
# compares both ways, with findings.scope.FAST_PATH).
SKIP_ABSENT = True


def may_hold(requires: tuple[str, ...] | None, text: str) -> bool:
    """False only when `text` holds none of `requires`: then a pattern whose every match contains
    one of them matches nowhere in it, nor in any part of it (a clause, a sentence). Used by
    readers that call their patterns directly (report_words.py), not through findings.scope."""
    if requires is None or not SKIP_ABSENT:
        return True
    low = folded(text)
    return low is None or any(x in low for x in requires)


# A window of a text this long is clamped at 0 before it is sliced (as the index of places it
# had until session 14 was bisected: a negative `pos` took every place); a shorter text's window
# is sliced as written, as it always was.
LONG_TEXT = 1000


class Haystack:
    """One text as the prefilter looks at it: lower-cased once, and the places where each part's
    `starts` texts begin, found when the part is first asked about."""

    __slots__ = ("low", "_starts")

    def __init__(self, text: str) -> None:
        self.low = folded(text)
        self._starts: dict[Part, list[int]] = {}

    def starts_of(self, part: Part) -> list[int] | None:
        """Where one of the part's `starts` texts begins, in order (None: anywhere)."""
        low, starts = self.low, part.starts
        if starts is None or low is None:
            return None
        places = self._starts.get(part)
        if places is None:
            found: set[int] = set()
            for x in starts:
                i = low.find(x)
                while i >= 0:
                    found.add(i)
                    i = low.find(x, i + 1)
            places = self._starts[part] = sorted(found)
        return places

    def holds(self, part: Part, pos: int, endpos: int) -> bool:
        """Whether text[pos:endpos] holds one of the part's required texts."""
        low, requires = self.low, part.requires
        if requires is None or low is None:
            return True
        # (the same test as holds_in, written out: most calls are a single record's, issue 13)
        if pos <= 0 and endpos >= len(low):
            window = low
        elif len(low) < LONG_TEXT:
            window = low[pos:endpos]
        else:
            window = low[max(pos, 0) : max(endpos, 0)]
        for x in requires:
            if x in window:
                break
        else:
            return False
        for group in part.all_of:
            for x in group:
                if x in window:
                    break
            else:
                return False
        return True

    def window(self, pos: int, endpos: int) -> str | None:
        """text[pos:endpos] lower-cased, as `holds` looks at it (None: every pattern runs)."""
        low = self.low
        if low is None:
            return None
        # `x in window` is low.find(x, pos, endpos) >= 0 (the same slice bounds), and the
        # operator costs about half a method call: measured 1.8x faster over the context
        # families' texts on clauses of devset6. A window of a long text is sliced as well:
        # replayed on bench270's questions, 1.3 ms a report against 3.0 ms for the places of
        # each record's texts in the whole text (found once a document, then a bisection a
        # window: most windows are under 200 characters, most records asked a few times)
        if pos <= 0 and endpos >= len(low):
            return low
        if len(low) < LONG_TEXT:
            return low[pos:endpos]
        return low[max(pos, 0) : max(endpos, 0)]


def holds_in(part: Part, window: str | None) -> bool:
    """Whether a window (Haystack.window) holds one of the part's required texts and one text of
    each of its derived groups."""
    requires = part.requires
    if requires is None or window is None:
        return True
    for x in requires:
        if x in window:
            break
    else:
        return False
    # and every group of texts derived from the pattern (all_of.py): a rule whose declared
    # texts occur in nearly every clause ("if", "may", "positive") needs other words besides
    for group in part.all_of:
        for x in group:
            if x in window:
                break
        else:
            return False
    return True


@dataclass(frozen=True, eq=False)
class Part:
    """One pattern as the fast path runs it, and the texts a match needs (None: no need)."""

    pattern: regex.Pattern[str]
    requires: tuple[str, ...] | None = None
    starts: tuple[str, ...] | None = None  # texts one of which every match begins with
    # with `requires`: groups of texts derived from the pattern, every match holding one text of
    # each (all_of.derive; none for a part without `requires`)
    all_of: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Shortcut:
    """How the fast path runs one compiled pattern: a record's (one part), or a context family's
    rules in file order (several parts, each needing a text: so no part matches empty)."""

    parts: tuple[Part, ...]

    def search(self, text: str, hay: Haystack, pos: int, endpos: int, **kw: Any) -> regex.Match[str] | None:
        parts = self.parts
        if len(parts) == 1:  # a single record (most calls): no window cut, no leftmost choice
            part = parts[0]
            return _search(part, text, hay, pos, endpos, kw) if hay.holds(part, pos, endpos) else None
        best: regex.Match[str] | None = None
        # the window is cut once for all of a family's rules, not once a rule (issue 13, session 18)
        window = hay.window(pos, endpos)
        for part in parts:
            if not (holds_in(part, window) if window is not None else hay.holds(part, pos, endpos)):
                continue
            m = _search(part, text, hay, pos, endpos, kw)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if best.start() == pos:
                    break  # no later rule can start earlier, and an earlier one wins a tie
        return best

    def finditer(
        self, text: str, hay: Haystack, pos: int, endpos: int, **kw: Any
    ) -> Iterator[regex.Match[str]]:
        if len(self.parts) == 1:
            part = self.parts[0]
            if not hay.holds(part, pos, endpos):
                return
            places = hay.starts_of(part)
            if places is None:
                yield from part.pattern.finditer(text, pos, endpos, **kw)
                return
            match, i, n = part.pattern.match, bisect.bisect_left(places, pos), len(places)
            # a match is never empty (it begins with a text), so the next one starts at its end
            if not kw:  # a small window: no time budget to pass on (issue 13, session 19)
                while i < n and places[i] < endpos:
                    m = match(text, places[i], endpos)
                    if m is None:
                        i += 1
                        continue
                    yield m
                    i = bisect.bisect_left(places, m.end(), i + 1)
                return
            deadline = _deadline(kw)
            while i < n and places[i] < endpos:
                m = match(text, places[i], endpos, **_budget(kw, deadline))
                if m is None:
                    i += 1
                    continue
                yield m
                i = bisect.bisect_left(places, m.end(), i + 1)
            return
        # the alternation's matches in turn: each search starts where the last match ended
        # (the parts never match empty, so this always moves on)
        while pos <= endpos:
            m = self.search(text, hay, pos, endpos, **kw)
            if m is None:
                return
            yield m
            pos = m.end()


def _search(
    part: Part, text: str, hay: Haystack, pos: int, endpos: int, kw: dict[str, Any]
) -> regex.Match[str] | None:
    """The part's leftmost match in text[pos:endpos]: searched for, or, when it declares
    `starts`, matched at each place one of them begins until one matches."""
    places = hay.starts_of(part)
    if places is None:
        return part.pattern.search(text, pos, endpos, **kw)
    match = part.pattern.match
    if not kw:  # a small window: no time budget to pass on (most calls; issue 13, session 19)
        for i in range(bisect.bisect_left(places, pos), len(places)):
            p = places[i]
            if p >= endpos:
                return None
            m = match(text, p, endpos)
            if m is not None:
                return m
        return None
    deadline = _deadline(kw)
    for i in range(bisect.bisect_left(places, pos), len(places)):
        p = places[i]
        if p >= endpos:
            break
        m = match(text, p, endpos, **_budget(kw, deadline))
        if m is not None:
            return m
    return None


def _deadline(kw: dict[str, Any]) -> float | None:
    """When a call with a time budget (`timeout=`) must be done: one budget for all the places
    it tries, as for the one search it stands for."""
    timeout = kw.get("timeout")
    return None if timeout is None else time.monotonic() + timeout


def _budget(kw: dict[str, Any], deadline: float | None) -> dict[str, Any]:
    if deadline is None:
        return kw
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("regex timed out")
    return {**kw, "timeout": left}


Shortcuts = Mapping[regex.Pattern[str], Shortcut]
