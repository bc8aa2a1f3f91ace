"""Report versions: which part of an amended, corrected or supplemented report is current.

A report that was amended prints its versions one after another, newest first or oldest first:

    ADDENDUM 2 (signed 11/27/2026)           Corrected result (replaces the report of 11/12):
      HER2 ISH ratio 1.2 -> NOT AMPLIFIED      ratio 1.3  NOT AMPLIFIED. HER2 NEGATIVE.
    ADDENDUM 1 (signed 11/21/2026)           Previously reported (in error):
      HER2 IHC 2+ (equivocal)                  ratio 2.3, HER2 4.9/cell, AMPLIFIED.
    ORIGINAL DIAGNOSIS (signed 11/18/2026)

Every reader takes values where it finds them, so the superseded value is read as well as the
corrected one, and "the highest wins" then picks the value the lab withdrew. This module splits
the text into versions at their heading lines (a label at a line's start, not a sentence: data
records `version-*` in document.toml), gives each a kind, orders them, and sets aside, test by
test, the values a later version replaces:

- an EARLIER version ("Original report", "Previously reported (in error)", "Informe original") is
  replaced, for each test, by any later version that reports the same test; a heading that does
  not itself say its content is void counts as earlier only in a report that prints a correction;
- a CORRECTION ("Amended report", "Corrected result", "Informe corregido") replaces the same
  test in every version it is newer than (the base report, an earlier correction);
- an ADDENDUM that adds a result (a FISH after a 2+) replaces nothing: both parts combine;
- a COMMENT-only addendum ("comment only, no change to diagnosis or results") changes nothing:
  its HER2 words are set aside where another part of the report gives the same test;
- the REASON for an amendment quotes old and new values in sentences, left to the readers of
  earlier-result wording (findings/earlier.py).

Two versions of the same kind are ordered by their dates (day and month told apart by the other
dates of the report) or their numbers ("ADDENDUM 2" above "ADDENDUM 1"), never by position
alone: sub-headings of one version ("Amended values:", "Amended interpretation:") are one version.
A value belongs to the version where its value (the end of its match) is written. The versions
of one report are one sample: an addendum's result on a bare block ("FISH (block A1)") is named
as the one sample the other versions name. Nothing here
makes a result: a value is only ever set aside (a replaced value is marked `replaced`, and
interpret/earlier.py sets it aside with the earlier-result warning; a comment's words become a
mention), so a status can only get safer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

import regex

from ..rules import Compiled
from .model import STATUS_FAMILIES, Finding
from .scope import finditer, line_end, search

COMMENT_REACH = 240  # characters after a heading line in which "comment only" may be said
# A heading's label runs at most this far before its colon; a longer line without one is prose.
HEADING_LINE = 110


class Kind(enum.IntEnum):
    """A version's kind; the value orders kinds (an original is older than a correction)."""

    EARLIER = 0
    BASE = 1
    ADDENDUM = 2
    CORRECTION = 3
    COMMENT = 4
    REASON = 5


@dataclass(frozen=True)
class Version:
    start: int
    kind: Kind
    void: bool  # the heading says its content is void (superseded, in error, withdrawn)
    date: tuple[int, int, int] | None  # (year, first, second) as written; see _date_order
    number: int | None


def _group_kind(m: regex.Match[str]) -> Kind:
    if m.group("reason"):
        return Kind.REASON
    if m.group("earlier"):
        return Kind.EARLIER
    if m.group("base"):
        return Kind.BASE
    return Kind.CORRECTION if m.group("current") else Kind.ADDENDUM


def _heading(text: str, m: regex.Match[str], c: Compiled) -> Version | None:
    """The version a heading match opens, or None when the line is a sentence, not a label."""
    end = line_end(text, m.end())
    line = text[m.start() : end]
    colon = line.find(":")
    label = line[: colon if 0 <= colon <= HEADING_LINE else len(line)]
    if len(label) > HEADING_LINE or search(c.version_heading_verb, label):
        return None
    kind = _group_kind(m)
    if kind in (Kind.CORRECTION, Kind.ADDENDUM):
        if search(c.version_comment_only, text[m.start() : min(len(text), end + COMMENT_REACH)]):
            kind = Kind.COMMENT
        elif search(c.revision, label):
            kind = Kind.CORRECTION  # "ADDENDUM - CORRECTED HER2 RESULT", "Addendum 2 (replaces addendum 1)"
    number = search(c.version_number, label)
    return Version(
        start=m.start(),
        kind=kind,
        void=bool(search(c.version_void, label)),
        date=_first_date(label, c),
        number=int(number.group("num")) if number else None,
    )


def _first_date(label: str, c: Compiled) -> tuple[int, int, int] | None:
    m = search(c.version_date, label)
    if m is None:
        return None
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    return int(m.group("y")), int(m.group("a")), int(m.group("b"))


def find_versions(text: str, c: Compiled) -> list[Version]:
    """The versions of the text, in the order they are written (empty: one version)."""
    versions = [v for m in finditer(c.version_heading, text) if (v := _heading(text, m, c)) is not None]
    if not versions:
        return []
    if versions[0].start > 0:
        versions.insert(0, Version(0, Kind.BASE, False, None, None))
    return versions


def _day_first(versions: list[Version]) -> bool | None:
    """True for dd/mm dates, False for mm/dd, None when no date tells (both parts <= 12)."""
    firsts = [v.date for v in versions if v.date is not None]
    if any(d[1] > 12 for d in firsts):
        return True
    if any(d[2] > 12 for d in firsts):
        return False
    return None


def _newer(a: Version, b: Version, day_first: bool | None) -> bool:
    """Whether version a is later than version b (False when nothing says)."""
    if a.kind in (Kind.COMMENT, Kind.REASON) or b.kind in (Kind.COMMENT, Kind.REASON):
        return False
    rank_a, rank_b = min(a.kind, Kind.ADDENDUM), min(b.kind, Kind.ADDENDUM)
    if rank_a != rank_b:
        return rank_a > rank_b
    if a.date and b.date and a.date != b.date:
        ya, yb = a.date[0], b.date[0]
        if ya != yb:
            return ya > yb
        if day_first is None:
            return False
        ka = (a.date[2], a.date[1]) if day_first else a.date[1:]
        kb = (b.date[2], b.date[1]) if day_first else b.date[1:]
        return ka > kb
    if a.number is not None and b.number is not None:
        return a.number > b.number
    return False


def test_of(f: Finding) -> str | None:
    """The HER2 test a value reads (None: a statement that names no method)."""
    if f.family in ("ihc", "her2_low"):
        return "ihc"
    if f.family in ("ish", "ngs"):
        return f.family
    method = f.values.get("method")
    return method if method in ("ihc", "ish") else None


def _covers(later: Finding, earlier: Finding) -> bool:
    """A later version's value replaces an earlier one of the same test; a statement that names
    no test is replaced by any later value, and replaces only such statements."""
    mine = test_of(earlier)
    return mine is None or test_of(later) == mine


def _version_of(versions: list[Version], f: Finding) -> int:
    pos = max(f.nstart, f.nend - 1)
    index = 0
    for i, v in enumerate(versions):
        if v.start <= pos:
            index = i
    return index


def _replaces(later: Version, earlier: Version, corrected: bool, day_first: bool | None) -> bool:
    """Whether a result in `later` sets aside the same test's result in `earlier`."""
    if not _newer(later, earlier, day_first):
        return False
    if later.kind == Kind.CORRECTION:
        return True
    return earlier.kind == Kind.EARLIER and (earlier.void or corrected)


def _bare_block(label: str | None) -> bool:
    """A sample named only by its block ("Block A1", "bloque B2")."""
    words = (label or "").lower().split()
    return len(words) == 2 and words[0] in ("block", "bloque")


def _one_sample(placed: list[tuple[Finding, int]]) -> list[Finding]:
    """The findings, with a result an addendum measured on a bare block ("HER2 FISH (block A1)")
    named as the one sample the other versions of the report name ("Left breast core"): the
    versions of one report are one sample, not two (devset8 b8-f10-01). A report that names two
    samples, or names the block's sample in the same version, is left as it is."""
    named = {f.specimen for f, _ in placed if f.specimen and not _bare_block(f.specimen)}
    if len(named) != 1:
        return [f for f, _ in placed]
    (sample,) = named
    named_in = {i for f, i in placed if f.specimen == sample}
    return [
        replace(f, specimen=sample) if _bare_block(f.specimen) and i not in named_in else f for f, i in placed
    ]


def set_aside_superseded_versions(findings: list[Finding], text: str, c: Compiled) -> list[Finding]:
    """The findings, with each value a later version replaces (or a comment-only addendum
    repeats) turned into a mention ("superseded", "legend")."""
    if search(c.version_cue, text) is None:
        return findings  # one prefiltered search: most reports name no correction or addendum
    versions = find_versions(text, c)
    if len(versions) < 2:
        return findings
    placed = [
        (f, _version_of(versions, f)) for f in findings if f.family in STATUS_FAMILIES and f.nstart >= 0
    ]
    renamed = dict(zip((id(f) for f, _ in placed), _one_sample(placed), strict=True))
    placed = [(renamed[id(f)], i) for f, i in placed]
    corrected = any(v.kind == Kind.CORRECTION for v in versions) or _revising_addendum(text, versions, c)
    day_first = _day_first(versions)
    withdrawn = _withdrawals(findings, versions, c, {i for _, i in placed})
    from .version_withdrawn import withdrawn_versions  # two versions or more: rare, imported here

    named_void = withdrawn_versions(
        text, versions, c, (Kind.ADDENDUM, Kind.CORRECTION)
    )  # "Addendum 1 is withdrawn"
    aside: dict[int, str] = {}
    for f, i in placed:
        mine = versions[i]
        if i in named_void:
            aside[id(f)] = "superseded"
            continue
        if any(_newer(versions[j], mine, day_first) and _covers_test(test, f) for test, j in withdrawn):
            aside[id(f)] = "superseded"  # a later version withdrew it, with or without a new result
            continue
        if mine.kind == Kind.COMMENT:
            if any(versions[j].kind != Kind.COMMENT and _covers(g, f) for g, j in placed if g is not f):
                aside[id(f)] = "legend"
            continue
        if any(
            j != i and _covers(g, f) and _replaces(versions[j], mine, corrected, day_first) for g, j in placed
        ):
            aside[id(f)] = "superseded"
    out = [renamed.get(id(f), f) for f in findings]
    return [_set_aside(f, aside[id(f)]) if id(f) in aside else f for f in out]


def _revising_addendum(text: str, versions: list[Version], c: Compiled) -> bool:
    """An addendum whose own text revises a value ("The HER2 IHC score is therefore REVISED from 1+
    to 2+ (EQUIVOCAL)"): the report prints a correction, so its "ORIGINAL REPORT" is replaced test by
    test like one a corrected report prints (devset20 b20-f10-06)."""
    ends = [v.start for v in versions[1:]] + [len(text)]
    return any(
        v.kind == Kind.ADDENDUM and search(c.version_revised_value, text, v.start, end) is not None
        for v, end in zip(versions, ends, strict=True)
    )


def _covers_test(test: str | None, f: Finding) -> bool:
    """A withdrawal of `test` (None: any test) covers the value f; a statement naming no test
    ("HER2 status: POSITIVE") rests on the withdrawn test's result too."""
    return test is None or test_of(f) in (None, test)


def _withdrawals(
    findings: list[Finding], versions: list[Version], c: Compiled, with_results: set[int]
) -> list[tuple[str | None, int]]:
    """(test, version) of each HER2 sentence that says a result is void ("That HER2 result is
    WITHDRAWN", "The HER2 FISH result reported on 05/02 ... is retracted", variants9 C-06): the
    test it names (None: any), and the version it is written in. Only the void words count
    ("withdrawn", "in error", "retirado"), not a failed stain of a new test. A sentence naming no
    test in a version that gives a result itself is left out: what it voids is not said ("a
    preliminary verbal report of 'HER2 positive' ... was incorrect" beside the addendum's FISH,
    variants5 E-06)."""
    out: list[tuple[str | None, int]] = []
    for g in findings:
        if g.family != "mention" or g.nstart < 0 or search(c.version_void, g.quote) is None:
            continue
        ish, ihc = search(c.ish_method, g.quote), search(c.ihc_word, g.quote)
        test = None if bool(ish) == bool(ihc) else "ish" if ish else "ihc"
        version = _version_of(versions, g)
        if test is not None or version not in with_results:
            out.append((test, version))
    return out


def _set_aside(f: Finding, why: str) -> Finding:
    """A replaced value stays a result marked earlier, so that interpret/earlier.py sets it aside
    and names it in the earlier-result warning; a comment's words become a mention."""
    if why == "superseded":
        return replace(f, earlier=True, replaced=True)
    return replace(f, family="mention", reason=why)
