"""The hormone receptor (ER/PR) values as the report writes them, for the patient summary.

The summary repeats the report's own ER and PR words ("98% strong") for this tumour's current
sample; when two current samples give shares of different categories it says they differ rather
than quote the first. Its own module (split from summary_words.py, sentences23) because it is one
job with its own rules (the ASCO/CAP share categories, the length of a value shown as written)
that nothing else of the summary's reading shares. The pattern is the receptor-as-written record
of her2cli/data/rules/summary_words.toml.

It also holds the one share-category rule (`share_category`) both uses need: comparing two samples'
shares, and letting the current sample's share overrule a call only the "ER+/PR+" shorthand of a
history line gave (`call_against_share`, sentences23b; folded here from receptor_share.py in
sentences24, where a second copy of the rule read "<1%" as low positive).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .report_words import receptor_in_scope
from .rules.patterns import bind


@dataclass(frozen=True)
class ReceptorWords:
    receptor_as_written: regex.Pattern[str]


@cache
def _words() -> ReceptorWords:
    return bind(ReceptorWords, ("summary_words",))


MAX_RECEPTOR_WORDS = 30  # characters of an ER/PR value shown as written


RECEPTORS_DIFFER = "mixed"  # the current samples' ER (or PR) values differ: see the report


def receptors_as_written(text: str) -> tuple[tuple[str, str], ...]:
    """(("er", "98% strong"), ("pr", "5% weak")): the first value the report writes beside each
    for this tumour's current sample (not another cancer's, not the sample before treatment:
    report_words.receptor_in_scope), or RECEPTORS_DIFFER when two current samples give shares of
    different categories ("Mass 1: ER 5%" and "Mass 2: ER 95%"), or the category (SHARE_CATEGORIES)
    two samples' different shares agree in (98% and 60%: "positive")."""
    found: dict[str, str] = {}
    shares: dict[str, set[str]] = {}
    categories: dict[str, set[str]] = {}
    for m in _words().receptor_as_written.finditer(text):
        if not receptor_in_scope(text, m.start()):
            continue
        name = m.group("name").lower()
        key = "pr" if name.startswith(("pr", "rp", "progest")) or "progesterona" in name else "er"
        value = " ".join(m.group("value").split()).strip(" :-")
        if value.count("(") > value.count(")"):  # "POSITIVO (70%" stopped inside its bracket (qa5 25)
            value = value[: value.rfind("(")].strip() or value
        while len(value) > MAX_RECEPTOR_WORDS and " " in value:
            # a long value keeps its first whole words ("RE: 100% intensidad fuerte (positivo)",
            # devset16 b16-f08-04, was left out): never a word cut short
            value = value[: value.rfind(" ")].rstrip()
        if value.count("(") > value.count(")"):
            value = value[: value.rfind("(")].strip() or value
        if not value or len(value) > MAX_RECEPTOR_WORDS:
            continue
        found.setdefault(key, value)
        share, category = _first_share(value), share_category(value)
        if share is not None and category is not None:
            shares.setdefault(key, set()).add(share)
            categories.setdefault(key, set()).add(category)
    return tuple(
        (key, _one_value(value, shares.get(key, set()), categories.get(key, set())))
        for key, value in found.items()
    )


def _one_value(first: str, shares: set[str], categories: set[str]) -> str:
    """One receptor's value from every current sample's: the first as written, RECEPTORS_DIFFER when
    their shares fall in different categories, or the one category when several samples' shares
    differ but agree in it (98% and 60%: "positive"; the first sample's share alone would be
    untrue of the second)."""
    if len(categories) > 1:
        return RECEPTORS_DIFFER
    if len(shares) > 1 and categories:
        return next(iter(categories))
    return first


SHARE_CATEGORIES = ("negative", "low_positive", "positive")


NEGATIVE_BELOW = 1.0  # percent of stained cells: under 1% is negative, "<1%" too
LOW_POSITIVE_UP_TO = 10.0  # 1-10% is "low positive"


def share_category(written: str | None) -> str | None:
    """The category of the first share in a value as written (ASCO/CAP 2020 ER/PR guideline: under
    1% negative, 1-10% "low positive", above positive; facts.md has no ER/PR section yet): "<1%",
    "< 1 %" and "0%" negative, "5%" low_positive, "60% weak-moderate" positive; None when the value
    gives no share. "<1%" is under the 1% line by its own words, so negative, never "1%" (low
    positive). Two tumours at 98% and 60% are both positive, not "different" (devset8 b8-f01-03)."""
    if not written or "%" not in written:
        return None
    words = written.split("%")[0].split()
    if not words:
        return None
    last = words[-1].lstrip("([")
    before = words[-2].lstrip("([") if len(words) > 1 else ""
    below = last.startswith(("<", "\u2264")) or before in ("<", "\u2264")
    digits = "".join(ch for ch in last if ch.isdigit() or ch in ".,").replace(",", ".")
    try:
        number = float(digits)
    except ValueError:
        return None
    if number < NEGATIVE_BELOW or (below and number <= NEGATIVE_BELOW):
        return "negative"
    return "low_positive" if number <= LOW_POSITIVE_UP_TO else "positive"


def call_against_share(read: str | None, written: str | None, named: str | None) -> str | None:
    """The call read, unless it came from the "ER+/PR+" shorthand only (`named`, the call a named
    value or table gives, is None) and the current sample's written share puts it on the other side
    of the 1% line: then the share's own category (variants16a v16a-f02-02: a history's "PR+"
    beside the current "PR 0%"). A named call beside a share stays the lab's word ("ER negative
    (2%)"), and so do two tumours' lines ("ER 100%" and "ER negative")."""
    share = share_category(written)
    if named is not None or read not in ("positive", "low_positive", "negative") or share is None:
        return read
    return share if (read == "negative") != (share == "negative") else read


def _first_share(value: str) -> str | None:
    """The number before the first "%" of a value as written ("95 % (fuerte)" -> "95"), to
    compare two samples' values; None when the value gives no share ("positive", "Allred 7/8")."""
    if "%" not in value:
        return None
    words = value.split("%")[0].split()
    digits = "".join(ch for ch in words[-1] if ch.isdigit() or ch in ".,") if words else ""
    return digits.replace(",", ".") or None
