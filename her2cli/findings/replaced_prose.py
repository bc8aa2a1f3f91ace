"""Results a sentence replaces in prose (probe16b family replaces_in_prose).

A report amended in its own sentences, without a heading findings/report_versions.py could split at,
says which value is current where it gives it:

    HER2 IHC: 3+.
    ADDENDUM: HER2 IHC repeated on a recut: 1+ (negative); this replaces the 3+ reported above.
    Revised HER2 IHC: 1+ (negative).

Every reader takes both values, and "the highest wins" then picks the replaced 3+. A value followed
by words that say it replaces another HER2 result ("this replaces / supersedes the 3+ above", ",
replacing the 3+ given above", ". This supersedes the original HER2 result"; document.toml
replaces-after-value), or a value on a line labelled as the revised one ("Revised HER2 IHC:",
"Corrected result:"; revised-label-before-value) beside the same test's value with no such label,
is the current one: the same test's other values that read otherwise are marked replaced, and
interpret/earlier.py sets them aside with the earlier-result warning. Nothing here makes a result.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import Compiled
from .model import Finding
from .scope import line_start

REACH = 200  # characters after a value in which its replacing words are looked for
READING = {"ihc": "score", "ish": "result"}  # the value a replacement changes, by test


def _replaces_another(f: Finding, text: str, c: Compiled) -> bool:
    if c.replaces_after_value.match(text, f.nend, min(len(text), f.nend + REACH)) is not None:
        return True
    start = max(f.nstart, 0)
    return c.revised_label_before_value.match(text, line_start(text, start), start) is not None


def _reading(f: Finding) -> object:
    return f.values.get(READING.get(f.family, ""))


def set_aside_replaced_in_prose(findings: list[Finding], text: str, c: Compiled) -> list[Finding]:
    """The findings, with each value another value's sentence replaces marked earlier and replaced:
    an IHC score or an ISH call, replaced by a value of the same test on another line that reads
    otherwise (a ratio or a HER2-low word beside it is no replacement of its own)."""
    results = [f for f in findings if f.family in READING and f.nend > 0 and not f.replaced]
    if len(results) < 2:
        return findings
    current = [f for f in results if _reading(f) is not None and _replaces_another(f, text, c)]
    if not current:
        return findings
    kept = {id(f) for f in current}
    aside: set[int] = set()
    for f in current:
        line = line_start(text, max(f.nstart, 0))
        for g in results:
            if id(g) in kept or g.family != f.family or _reading(g) in (None, _reading(f)):
                continue
            if line_start(text, max(g.nstart, 0)) == line or (
                f.specimen and g.specimen and f.specimen != g.specimen
            ):
                continue
            aside.add(id(g))
    return [replace(g, earlier=True, replaced=True) if id(g) in aside else g for g in findings]
