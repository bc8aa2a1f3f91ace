"""The prefilter of issue 13: a pattern is not run over a window where it cannot match.

A rule record may declare `requires`, lower-case texts at least one of which every match of its
pattern contains ("her2", "erbb2", ...), and a pattern record `starts`, texts one of which every
match begins with. Both are proven by tests/test_prefilter.py from the pattern's syntax (and every
example contains a `requires` text: tests/test_rules.py); a record without them runs always.

- `requires`: before a pattern is searched in text[pos:endpos], the lower-cased text is looked at
  for its texts (str.find within the window, no copy); a window with none of them cannot hold a
  match, so the search is skipped. A match lies inside the window and contains one of the texts,
  so the texts are inside the window too.
- A context family is one alternation of its rules (data.family_patterns); when every rule of it
  declares `requires`, the fast path runs only the rules whose texts occur, one by one, and keeps
  the match the alternation would give: the leftmost, the earlier rule on a tie (a top-level
  alternation tries its branches in order at each position and takes the first that matches).
- `starts`: the pattern runs behind a lookahead for its first texts, `(?=(?i:score|[0-3+(]|...))`.
  Both are zero-width at the same position, so the matches are the same; a pattern that opens with
  long lookbehinds is then tried only where a match can begin (ihc-score: 7x faster).

Only scope.search/finditer use it, and only on their fast path (FAST_PATH = False runs every
pattern as written: tests/test_speed_equivalence.py compares both on every labelled report).
Nothing is kept across documents: the lower-cased texts live in scope's per-document memo.
"""

from __future__ import annotations

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


def guard(starts: tuple[str, ...]) -> str:
    """The lookahead that lets a pattern be tried only where one of `starts` begins."""
    chars = sorted(x for x in starts if len(x) == 1)
    words = sorted((x for x in starts if len(x) > 1), key=lambda x: (-len(x), x))
    parts = [regex.escape(w) for w in words]
    if chars:
        parts.append("[" + "".join(regex.escape(ch) for ch in chars) + "]")
    return "(?=(?i:" + "|".join(parts) + "))"


@dataclass(frozen=True)
class Part:
    """One pattern as the fast path runs it, and the texts a match needs (None: no need)."""

    pattern: regex.Pattern[str]
    requires: tuple[str, ...] | None = None

    def possible(self, low: str | None, pos: int, endpos: int) -> bool:
        if self.requires is None or low is None:
            return True
        return any(low.find(x, pos, endpos) >= 0 for x in self.requires)


@dataclass(frozen=True)
class Shortcut:
    """How the fast path runs one compiled pattern: a record's (one part), or a context family's
    rules in file order (several parts, each needing a text: so no part matches empty)."""

    parts: tuple[Part, ...]

    def search(self, text: str, low: str | None, pos: int, endpos: int, **kw: Any) -> regex.Match[str] | None:
        best: regex.Match[str] | None = None
        for part in self.parts:
            if not part.possible(low, pos, endpos):
                continue
            m = part.pattern.search(text, pos, endpos, **kw)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if best.start() == pos:
                    break  # no later rule can start earlier, and an earlier one wins a tie
        return best

    def finditer(
        self, text: str, low: str | None, pos: int, endpos: int, **kw: Any
    ) -> Iterator[regex.Match[str]]:
        if len(self.parts) == 1:
            part = self.parts[0]
            if part.possible(low, pos, endpos):
                yield from part.pattern.finditer(text, pos, endpos, **kw)
            return
        # the alternation's matches in turn: each search starts where the last match ended
        # (the parts never match empty, so this always moves on)
        while pos <= endpos:
            m = self.search(text, low, pos, endpos, **kw)
            if m is None:
                return
            yield m
            pos = m.end()


Shortcuts = Mapping[regex.Pattern[str], Shortcut]
