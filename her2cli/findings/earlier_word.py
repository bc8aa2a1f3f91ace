"""An amplification word that a sentence gives to an earlier, dated sample, outside the HER2
name's own statement: "... ratio 1.88 (group 4). The 2019 biopsy was not amplified. HER2 ISH on
this sample is EQUIVOCAL" and "Compared with the 2019 biopsy (not amplified), HER2 ISH on this
sample is EQUIVOCAL". The word is that sample's history; the current sample's own sentence
decides (fix21: review20 probes r13/r14 read NEGATIVE for an equivocal report).

Only a word in a later sentence than the name's, or before the name in a sentence that goes on to
name the current sample ("this sample", "now"): a name whose own statement quotes an earlier
sample ("HER2 FISH on the 2019 biopsy: not amplified", "History of carcinoma (2023): HER2 IHC 2+ /
FISH not amplified") keeps its word, which findings/earlier.py marks earlier (interpret/earlier.py
sets it aside only for a current value; devset11 b11-f02-10's history specimen)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .earlier import earlier_beats_current, earlier_cues, report_year
from .scope import SCOPE, search, sentence_end, sentence_start

if TYPE_CHECKING:
    import regex

    from .mention_scope import MentionScope
    from .scanner import PageScanner


def earlier_sample_word(s: PageScanner, scope: MentionScope, word: regex.Match[str]) -> bool:
    """`word` stands before the name, or in a sentence after the name's, and the words before it
    in its sentence name an earlier sample (context family `earlier`: "the 2019 biopsy", "prior
    core") with no current cue ("this sample", "now") after that name."""
    t, c = s.text, s.c
    at = word.start()
    lo = sentence_start(t, at, max(0, at - SCOPE.statement), c)
    if scope.start <= at and lo <= scope.start:
        return False  # the name's own sentence: its own statement
    if at < scope.start and not _current_after(s, at, scope.end):
        return False  # "History of carcinoma (2023): HER2 IHC 2+ / FISH not amplified": one history
    lo = max(lo, scope.back_start) if at < scope.start else lo
    this_year = report_year(s) if "19" in t[lo:at] or "20" in t[lo:at] else None
    return earlier_beats_current(s, earlier_cues(s, lo, at, this_year), lo, at, [])


def _current_after(s: PageScanner, at: int, name_end: int) -> bool:
    """The name's sentence, after the word, names the current sample ("Compared with the 2019
    biopsy (not amplified), HER2 ISH on this sample is EQUIVOCAL"): the sentence sets the two apart."""
    t, c = s.text, s.c
    hi = sentence_end(t, name_end, min(len(t), name_end + SCOPE.statement), c)
    return search(c.context["current"], t, at, hi) is not None
