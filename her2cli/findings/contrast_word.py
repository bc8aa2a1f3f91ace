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
amplified)" is left to findings/earlier_word.py.

The cue may also come after this sample's word (mend22b: review22 read "amplified (ratio 3.1),
unlike the prior biopsy, which was not amplified" NEGATIVE): when an amplification word stands
before the cue in its clause, or the cue's phrase runs to its sentence's end, the phrase - with the
clauses that hang on its sample, "which was ...", "in which ...", "reported as ..." (rule
`contrast-inner`) - is the other sample's, and the words before the cue are this sample's. After
"whereas", the side that names an earlier sample is its, on either side of the cue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .earlier import earlier_beats_current, earlier_cues
from .scope import SCOPE, finditer, search, sentence_end, sentence_start

if TYPE_CHECKING:
    import regex

    from .scanner import PageScanner


@dataclass(frozen=True)
class Contrast:
    """A contrast between an earlier sample's words and this sample's around `cue`: the words
    before `split` are one side, the words from `split` to `hi` the other."""

    cue: int  # where the contrast cue starts
    split: int  # where the second side begins
    earlier_first: bool | None  # the first side is the earlier sample's (None: the words decide)
    hi: int  # the end of the sentence holding the second side
    lo: int  # where the first side's words are looked for from (at most the window's start)


def find_contrast(s: PageScanner, lo: int, hi: int) -> Contrast | None:
    """The contrast between the words of the name's window [lo, hi) and the sentence after it, or
    None. Cheap first: the cue pattern's literal words (rule `contrast-cue`) guard the search."""
    t, c = s.text, s.c
    ext = sentence_end(t, min(len(t), hi + 2), min(len(t), hi + SCOPE.statement), c)
    start = sentence_start(t, lo, max(0, lo - SCOPE.statement), c)
    for cue in finditer(c.contrast_cue, t, start, ext):
        end = sentence_end(t, cue.end(), min(len(t), cue.end() + SCOPE.statement), c)
        clause = _clause_start(s, cue.start())
        word_before = search(c.amp_word, t, clause, cue.start()) is not None
        if not cue.group("phrase"):
            # "A was not amplified, whereas B is amplified": which of A and B is earlier, the words say
            return Contrast(cue.start(), cue.end(), None, max(hi, end), lo)
        split = None if word_before else _phrase_end(s, cue, end)
        if split is None:
            # "amplified (ratio 3.1), unlike the prior biopsy, which was not amplified": the cue's
            # phrase runs to the sentence's end and is the other sample's; the words before are ours
            return Contrast(cue.start(), cue.start(), False, max(hi, end), min(lo, clause))
        end = sentence_end(t, split, min(len(t), split + SCOPE.statement), c)
        return Contrast(cue.start(), split, True, max(hi, end), lo)
    return None


def _clause_start(s: PageScanner, at: int) -> int:
    """The start of the clause holding `at`: its sentence's start or the last semicolon after it
    outside brackets ("the biopsy was not amplified; unlike the core, ...")."""
    t = s.text
    lo = sentence_start(t, at, max(0, at - SCOPE.statement), s.c)
    semi = t.rfind(";", lo, at)
    while semi >= 0 and t.count(")", semi, at) > t.count("(", semi, at):
        semi = t.rfind(";", lo, semi)
    return semi + 1 if semi >= 0 else lo


def _phrase_end(s: PageScanner, cue: regex.Match[str], limit: int) -> int | None:
    """Where this sample's clause begins after a phrase cue that opens its clause: after the first
    comma of the cue's sentence that has words before the sentence's end and opens no clause of the
    phrase's sample ("Unlike the prior biopsy, which was amplified, | the excision is ..."); None
    when the phrase runs to the sentence's end ("This is unlike the 2024 core, which was ...")."""
    t = s.text
    at = t.find(",", cue.end(), limit)
    while at >= 0:
        if t[at + 1 : limit].strip(" \t\n.;") and s.c.contrast_inner.match(t, at + 1, limit) is None:
            return at + 1
        at = t.find(",", at + 1, limit)
    return None


@dataclass(frozen=True)
class Sides:
    """The window's new end and the starts of each side's amplification words."""

    hi: int
    earlier: frozenset[int]
    current: frozenset[int]
    cue: int  # where the contrast cue starts: this sample's words before it are read up to it

    def current_end(self, at: int, hi: int) -> int:
        """Where the reading of this sample's word at `at` stops: at the cue when the word stands
        before it ("AMPLIFIED, unlike the core biopsy, which was not amplified": the "not" is the
        biopsy's), else `hi`."""
        return min(hi, self.cue) if at in self.current and at < self.cue else hi


def contrast_sides(s: PageScanner, lo: int, hi: int) -> Sides | None:
    """The two sides of a contrast in the name's window [lo, hi) and the sentence after it, or None
    (no cue, or a side without a word, or no side that names the other sample)."""
    con = find_contrast(s, lo, hi)
    if con is None:
        return None
    words = list(finditer(s.c.amp_word, s.text, con.lo, con.hi))
    split = _split_by_contrast(s, con, words)
    return None if split is None else Sides(con.hi, frozenset(split[0]), frozenset(split[1]), con.cue)


def _split_by_contrast(
    s: PageScanner, con: Contrast, words: list[regex.Match[str]]
) -> tuple[set[int], set[int]] | None:
    """(starts of the earlier side's words, starts of this sample's words) when both sides hold a
    word and the earlier side names an earlier sample (or the cue's phrase names a sample); else
    None."""
    first = [a for a in words if a.start() < con.split]
    second = [a for a in words if a.start() >= con.split]
    if not first or not second:
        return None
    if con.earlier_first is None:  # "whereas": the side that names an earlier sample is its
        if _first_earlier(s, con, first, second, False):
            return {a.start() for a in first}, {a.start() for a in second}
        if _second_earlier(s, con, first, second):
            return {a.start() for a in second}, {a.start() for a in first}
        return None
    if con.earlier_first:
        ok = _first_earlier(s, con, first, second, True)
        return ({a.start() for a in first}, {a.start() for a in second}) if ok else None
    # the cue's phrase ends the sentence: it is the other sample's if it names one before its words
    if s.c.contrast_sample.search(s.text, con.cue, second[0].start()) is None:
        return None
    if any(_sentence_names_earlier(s, a) for a in first):
        return None  # "the 2023 core was amplified, unlike this excision, which is not": left alone
    return {a.start() for a in second}, {a.start() for a in first}


def _first_earlier(
    s: PageScanner, con: Contrast, first: list[regex.Match[str]], second: list[regex.Match[str]], phrase: bool
) -> bool:
    """The side before the split is the earlier sample's: the cue's phrase names a sample ("unlike
    that biopsy,") or each of its words' sentences names an earlier one; and no word after the split
    names an earlier sample of its own."""
    names_sample = phrase and s.c.contrast_sample.search(s.text, con.cue, con.split) is not None
    if not names_sample and not all(_sentence_names_earlier(s, a) for a in first):
        return False
    return not any(_names_earlier(s, con.split, a.start()) for a in second)


def _second_earlier(
    s: PageScanner, con: Contrast, first: list[regex.Match[str]], second: list[regex.Match[str]]
) -> bool:
    """After "whereas", the words name an earlier sample and the words before it name none
    ("amplified (ratio 2.9), whereas the 2023 core biopsy was not amplified")."""
    if any(_sentence_names_earlier(s, a) for a in first):
        return False
    return all(_names_earlier(s, con.split, a.start()) for a in second)


def _sentence_names_earlier(s: PageScanner, a: regex.Match[str]) -> bool:
    """The words before `a` in its sentence name an earlier sample."""
    lo = sentence_start(s.text, a.start(), max(0, a.start() - SCOPE.statement), s.c)
    return _names_earlier(s, lo, a.start())


def _names_earlier(s: PageScanner, lo: int, hi: int) -> bool:
    """The words in [lo, hi) name an earlier sample after any current cue."""
    if lo >= hi:
        return False
    cues = earlier_cues(s, lo, hi, None)
    return earlier_beats_current(s, cues, lo, hi, [])
