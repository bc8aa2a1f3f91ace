"""Two samples' amplification words set against each other by a contrast: "FISH was repeated on
the excision because the prior biopsy was not amplified. Unlike that biopsy, the excision is
amplified", "the earlier core was not amplified, whereas the present excision is amplified",
"Compared with the 2024 biopsy, which was not amplified, the current resection shows HER2
amplification". The word on the earlier sample's side is that sample's history; the word on the
other side is this sample's result, even in the sentence after the name's own (fix22: review21
read the first NEGATIVE; with the two words swapped it read POSITIVE for a negative report).

The earlier side is the words before the contrast cue, or inside its phrase ("unlike the prior
biopsy, which was amplified,"); it must name an earlier sample (context family `earlier`) unless the
cue itself puts a sample aside ("unlike", "in contrast to", "compared with" name what they compare
with). This sample's side is the words after the cue's phrase with no earlier cue of their own. Both
sides must hold an amplification word, or nothing changes: a lone "unlike the 2019 biopsy (not
amplified)" is left to findings/earlier_word.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .earlier import earlier_beats_current, earlier_cues
from .scope import SCOPE, finditer, sentence_end, sentence_start

if TYPE_CHECKING:
    import regex

    from .mention_scope import MentionScope
    from .scanner import PageScanner

# the cues that name the other sample in a phrase of their own ("unlike that biopsy, ..."), unlike
# a conjunction between two clauses ("..., whereas ...")
PHRASE_CUES = ("unlike", "contrast", "compar", "opposed", "contrary")


@dataclass(frozen=True)
class Contrast:
    """A contrast between an earlier sample's words and this sample's around `cue`."""

    cue: int  # where the contrast cue starts
    current_from: int  # where this sample's side begins (after the cue's phrase)
    hi: int  # the end of the sentence holding this sample's side


def find_contrast(s: PageScanner, scope: MentionScope, lo: int, hi: int) -> Contrast | None:
    """The contrast between the words of the name's window [lo, hi) and the sentence after it, or
    None. Cheap first: the cue pattern's literal words (rule `contrast-cue`) guard the search."""
    t, c = s.text, s.c
    ext = sentence_end(t, min(len(t), hi + 2), min(len(t), hi + SCOPE.statement), c)
    start = sentence_start(t, lo, max(0, lo - SCOPE.statement), c)
    for cue in finditer(c.contrast_cue, t, start, ext):
        phrase = any(word in cue.group(0).lower() for word in PHRASE_CUES)
        current_from = _phrase_end(t, cue, ext) if phrase else cue.end()
        if current_from is None:
            continue
        end = sentence_end(t, current_from, min(len(t), current_from + SCOPE.statement), c)
        return Contrast(cue.start(), current_from, max(hi, end))
    return None


def _phrase_end(t: str, cue: regex.Match[str], limit: int) -> int | None:
    """Where this sample's clause begins after a phrase cue: after the last comma of the cue's
    sentence that still has words before the sentence's end ("Unlike the prior biopsy, which was
    amplified, | the excision is ...")."""
    at = t.find(",", cue.end(), limit)
    last = None
    while at >= 0:
        if t[at + 1 : limit].strip(" \t\n.;"):
            last = at + 1
        at = t.find(",", at + 1, limit)
    return last


@dataclass(frozen=True)
class Sides:
    """The window's new end and the starts of each side's amplification words."""

    hi: int
    earlier: frozenset[int]
    current: frozenset[int]


def contrast_sides(s: PageScanner, scope: MentionScope, lo: int, hi: int) -> Sides | None:
    """The two sides of a contrast in the name's window [lo, hi) and the sentence after it, or None
    (no cue, or a side without a word)."""
    con = find_contrast(s, scope, lo, hi)
    if con is None:
        return None
    words = list(finditer(s.c.amp_word, s.text, lo, con.hi))
    split = _split_by_contrast(s, con, words)
    return None if split is None else Sides(con.hi, frozenset(split[0]), frozenset(split[1]))


def _split_by_contrast(
    s: PageScanner, con: Contrast, words: list[regex.Match[str]]
) -> tuple[set[int], set[int]] | None:
    """(starts of the earlier side's words, starts of this sample's words) when both sides hold a
    word and the earlier side names an earlier sample (or the cue's phrase does); else None."""
    t = s.text
    earlier = [a for a in words if a.start() < con.current_from]
    current = [a for a in words if a.start() >= con.current_from]
    if not earlier or not current:
        return None
    # the cue's phrase names the other sample ("unlike that biopsy,"): the words before it are its
    names_sample = s.c.contrast_sample.search(t, con.cue, con.current_from) is not None
    for a in earlier:
        lo = sentence_start(t, a.start(), max(0, a.start() - SCOPE.statement), s.c)
        if not names_sample and not _names_earlier(s, lo, a.start()):
            return None
    if any(_names_earlier(s, con.current_from, a.start()) for a in current):
        return None
    return {a.start() for a in earlier}, {a.start() for a in current}


def _names_earlier(s: PageScanner, lo: int, hi: int) -> bool:
    """The words in [lo, hi) name an earlier sample after any current cue."""
    if lo >= hi:
        return False
    cues = earlier_cues(s, lo, hi, None)
    return earlier_beats_current(s, cues, lo, hi, [])
