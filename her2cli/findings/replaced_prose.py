"""Results a sentence replaces in prose (probe16b family replaces_in_prose).

A report amended in its own sentences, without a heading findings/report_versions.py could split at,
says which value is current where it gives it:

    HER2 IHC: 3+.
    ADDENDUM: HER2 IHC repeated on a recut: 1+ (negative); this replaces the 3+ reported above.
    Revised HER2 IHC: 1+ (negative).

Every reader takes both values, and "the highest wins" then picks the replaced 3+. A value followed
by words that say it replaces another HER2 result ("this replaces / supersedes the 3+ above", ",
replacing the 3+ given above", ". This supersedes the original HER2 result"; document.toml
replaces-after-value), a value named right after such words ("The 3+ above is replaced by HER2
IHC 1+"; replaced-by-before-value), a value beside a sentence that quotes the other as void ("The
HER2 result above (3+) is superseded."), or a value on a line labelled as the revised one ("Revised HER2 IHC:",
"Corrected result:"; revised-label-before-value) beside the same test's value with no such label,
is the current one: the same test's other values that read otherwise are marked replaced, and
interpret/earlier.py sets them aside with the earlier-result warning. A value struck out ("3+ [deleted]
0") or dated before a later value on its line ("3+ (2019) / 0 (2026)"; void-after-value) is set aside
even when the value after it is not read. Nothing here makes a result.
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import Compiled
from .model import Finding
from .scope import line_end, line_start

REACH = 200  # characters after a value in which its replacing words are looked for
BEFORE = 80  # characters before a value in which "... is replaced by" may end
VOID_REACH = 60  # characters after a quoted score in which the word that voids it may stand
READING = {"ihc": "score", "ish": "result"}  # the value a replacement changes, by test


def _replaces_another(f: Finding, text: str, c: Compiled) -> bool:
    if c.replaces_after_value.match(text, f.nend, min(len(text), f.nend + REACH)) is not None:
        return True
    start = max(f.nstart, 0)
    if c.replaced_by_before_value.search(text, max(0, start - BEFORE), start) is not None:
        return True
    return c.revised_label_before_value.match(text, line_start(text, start), start) is not None


def _struck_or_outdated(f: Finding, text: str, c: Compiled) -> bool:
    """The value is struck out ("3+ [deleted] 0") or dated before a later value on its line ("3+
    (2019) / 0 (2026)"): no current result, whether or not the value after it is read."""
    m = c.void_after_value.match(text, f.nend, min(len(text), f.nend + REACH))
    if m is None:
        return False
    return m.group("y1") is None or int(m.group("y2")) > int(m.group("y1"))


def _reading(f: Finding) -> object:
    return f.values.get(READING.get(f.family, ""))


def _void_scores(findings: list[Finding], text: str, c: Compiled) -> set[object]:
    """The IHC scores a sentence quotes and calls void ("The HER2 result above (3+) is superseded."):
    the quote is a value marked earlier (findings/earlier.py), and a void word follows it on its line."""
    out: set[object] = set()
    for q in findings:
        score = q.values.get("score") if q.family == "ihc" and q.earlier else None
        if score is not None and q.nend > 0:
            hi = min(line_end(text, q.nend), q.nend + VOID_REACH)
            if c.version_void.search(text, q.nend, hi) is not None:
                out.add(score)
    return out


def set_aside_replaced_in_prose(findings: list[Finding], text: str, c: Compiled) -> list[Finding]:
    """The findings, with each value another value's sentence replaces marked earlier and replaced:
    an IHC score or an ISH call, replaced by a value of the same test on another line that reads
    otherwise (a ratio or a HER2-low word beside it is no replacement of its own)."""
    results = [f for f in findings if f.family in READING and f.nend > 0 and not f.replaced]
    if not results:
        return findings
    current = [f for f in results if _reading(f) is not None and _replaces_another(f, text, c)]
    void = _void_scores(findings, text, c)
    struck = {id(f) for f in results if _struck_or_outdated(f, text, c)}
    # a score the report calls void, beside an IHC value that reads otherwise: that value is current
    aside = {
        id(g)
        for g in results
        if g.family == "ihc"
        and _reading(g) in void
        and any(h.family == "ihc" and _reading(h) not in void and _reading(h) is not None for h in results)
    }
    aside |= struck
    kept = {id(f) for f in current}
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
