"""Decimals dictated in words: "the HER2/CEP17 ratio is one point four", "average HER2 signals per
nucleus five point two", "ratio two point six". A dictated or transcribed report writes its numbers
in words; the ISH readers read ratios and counts in digits, so the ratio was lost and the report read
not_found or equivocal (probe22: devset23 b23-f12-04, variants14a v14a-f12-03).

The decimal is read as its digits ("1.4") in the text the readers see; the offsets still point into
the original words, so the evidence quotes the report as printed. Only a whole number word, "point"
and one or two digit words are a decimal (document.toml `spelled-decimal`): "at one point", "from
one point of view" and a bare "point two" are not. A control's ratio in words stays a control's
ratio: the readers' control rules see "positive control ratio 4.8" as they would have it printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..normalize import NormalizedText
from ..rules.patterns import bind

CUES = ("point", "Point", "POINT")  # a literal every decimal in words holds: the look before any regex

_DIGITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}


@dataclass(frozen=True)
class _Words:
    spelled_decimal: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("document",))


def _digits(whole: str, frac: str) -> str:
    """ "one", "zero five" -> "1.05"."""
    return f"{_DIGITS[whole.lower()]}." + "".join(str(_DIGITS[w.lower()]) for w in frac.split())


def read_spelled_decimals(norm: NormalizedText) -> NormalizedText:
    """The text with each decimal written in words read as its digits."""
    text = norm.text
    if not any(cue in text for cue in CUES):
        return norm
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _words().spelled_decimal.finditer(text):
        digits = _digits(m.group("whole"), m.group("frac"))
        out.append(text[pos : m.start()])
        offsets.extend(norm.offsets[pos : m.start()])
        out.append(digits)
        offsets.extend(_spread(norm.offsets[m.start() : m.end()], len(digits)))
        pos = m.end()
    if not out:
        return norm
    out.append(text[pos:])
    offsets.extend(norm.offsets[pos:])
    return NormalizedText("".join(out), tuple(offsets), norm.original)


def _spread(span: Sequence[int], n: int) -> list[int]:
    """n offsets from the first to the last of the words' span, so that a quote ending at the
    decimal's last digit ends at the last word ("ratio is one point four", not "ratio is one")."""
    if n == 1:
        return [span[0]]
    return [span[round(i * (len(span) - 1) / (n - 1))] for i in range(n)]
