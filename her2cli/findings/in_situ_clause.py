"""An in-situ component's amplification word beside the invasive tumour's in one sentence (fix23,
family 1b): "HER2 FISH: amplified (ratio 3.3), unlike the DCIS component, which is not amplified",
"amplified (ratio 3.1), in contrast to the DCIS, which is not amplified", "the in situ component is
not amplified, whereas the invasive tumour is amplified (ratio 2.9)". HER2 is scored on the invasive
carcinoma only (ASCO/CAP 2018), so the in-situ component's word is no result; taking it read such an
amplified tumour NEGATIVE.

A word's clause runs back from the word to the last clause boundary before it (`ish.toml`
part-clause-boundary), past a relative clause that hangs on the noun before it (", which is",
`contrast-inner`). A word whose clause names the in-situ component (`in-situ-clause-word`) and not
the invasive tumour (`invasive-clause-word`) is set aside, but only when another word of the same
name's window is not in such a clause: a lone in-situ statement is left to the in-situ rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules import compiled
from ..rules.patterns import bind
from .scope import SCOPE, finditer, search, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner

CUES = ("situ", "dcis", "cdis", "ccis", "intraductal")  # literals one of which the sentence must hold


@dataclass(frozen=True)
class _Words:
    in_situ_clause_word: regex.Pattern[str]
    invasive_clause_word: regex.Pattern[str]
    part_clause_boundary: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ish",))


def _clause_start(s: PageScanner, lo: int, at: int) -> int:
    """The start of the clause holding the word at `at` (its sentence starts at `lo`)."""
    t = s.text
    bounds = [m.end() for m in finditer(_words().part_clause_boundary, t, lo, at)]
    if not bounds:
        return lo
    if len(bounds) > 1 and s.c.contrast_inner.match(t, bounds[-1], at) is not None:
        return bounds[-2]  # ", which is not amplified": the clause of the noun before it
    return bounds[-1]


def _in_situ_clause(s: PageScanner, lo: int, at: int) -> bool:
    t, w = s.text, _words()
    start = _clause_start(s, lo, at)
    return (
        search(w.in_situ_clause_word, t, start, at) is not None
        and search(w.invasive_clause_word, t, start, at) is None
    )


def in_situ_words(s: PageScanner, words: list[regex.Match[str]]) -> set[int]:
    """The starts of the amplification words in `words` (one HER2 name's window) that are an in-situ
    component's, beside a word that is not."""
    t = s.text
    if len(words) < 2:
        return set()
    lo = sentence_start(t, words[0].start(), max(0, words[0].start() - SCOPE.statement), s.c)
    low = t[lo : words[-1].end()].lower()
    if not any(cue in low for cue in CUES):
        return set()
    marks = []
    for w in words:
        start = sentence_start(t, w.start(), max(0, w.start() - SCOPE.statement), s.c)
        marks.append((w.start(), _in_situ_clause(s, start, w.start())))
    if all(situ for _, situ in marks):
        return set()
    return {at for at, situ in marks if situ}


def in_situ_contrast_start(text: str, end: int, hi: int) -> int:
    """Where a contrast with the in-situ component begins after a value ending at `end` in its
    clause [.., hi): "amplified (ratio 3.3), unlike the DCIS component, which is not amplified" ends
    the value's clause at "unlike", so the doubt gate (interpret/doubt.py) does not read the
    component's "not" as a denial of the tumour's value. `hi` when there is none."""
    low = text[end:hi].lower()
    if not any(cue in low for cue in CUES):
        return hi
    c, w = compiled(), _words()
    for cue in c.contrast_cue.finditer(text, end, hi):
        word = c.amp_word.search(text, cue.end(), hi)
        stop = word.start() if word is not None else hi
        if w.in_situ_clause_word.search(text, cue.end(), stop) and not w.invasive_clause_word.search(
            text, cue.end(), stop
        ):
            return cue.start()
    return hi
