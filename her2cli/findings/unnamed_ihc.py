"""A HER2 ISH report's IHC score quoted with no HER2 name ("Specimen: left breast core  Prior IHC:
2+", "IHC (outside)  2+", "Concurrent IHC re-review: 2+ (unchanged)"). The report is about HER2,
and the IHC it quotes beside its ISH counts is HER2's: the one that settles an ISH group 2-4. With
no HER2 name the score was never read, and a group 4 with IHC 2+ read equivocal, or a not found,
over the lab's negative (probe20: devset18 b18-f03-05, b18-f12-08, devset19 b19-f12-02/-10).

Only in a view where an ISH finding was read and no IHC finding at all (a named HER2 IHC, read or
set aside, is the report's own): each "IHC" word with a score after it on its line (ihc.toml
unnamed-ihc-label), on a line naming no HER2 and no other marker, is read as a HER2 name is, with
every context check of one (a key, a condition, a control, another tumour, an earlier sample);
only the IHC scores it gives are kept, so a report with none reads as before."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind
from .earlier import earlier_beats_current, earlier_cues
from .scope import all_matches, line_end, line_start, search

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

CUE = "IH"  # a literal every match holds: the look before any regex
OWN_SAMPLE_WORDS = ("this ", "same ", "current", "present ")  # "IHC on this block": the sample's own line


@dataclass(frozen=True)
class _Words:
    unnamed_ihc_label: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ihc",))


def read_unnamed_ihc(s: PageScanner, found: list[Finding]) -> list[Finding]:
    """The IHC scores of the view's unnamed "IHC" labels, when it has ISH and no IHC finding."""
    t = s.text
    if CUE not in t or not any(f.family == "ish" for f in found):
        return []
    if any(f.family == "ihc" and not _on_unnamed_line(s, f) for f in found):
        return []
    out: list[Finding] = []
    for m in all_matches(_words().unnamed_ihc_label, t):
        lo, hi = line_start(t, m.start()), line_end(t, m.start())
        if search(s.c.her2, t, lo, hi) is not None or _names_marker(s, lo, hi):
            continue
        out += [f for f in s.scan_at(m) if f.family == "ihc" and f.values.get("score")]
    return out


def _on_unnamed_line(s: PageScanner, f: Finding) -> bool:
    """An IHC finding of another name's far scope whose score sits on a later line that an unnamed
    "IHC" label opens and an earlier cue names an earlier sample ("HER2 FISH on block A3: ... NOT
    AMPLIFIED." over "Prior IHC on the 2019 core (...): 3+." over "IHC on block A3: 2+."): that line
    is read by its own label as the other unnamed lines are, so the report's own IHC on the line
    below is read too ("Concurrent IHC: 2+ overall ..." keeps its one reading) (fix23: probe22
    qi-near-miss-other-block-separate-report read POSITIVE on the prior core's 3+ alone)."""
    t = s.text
    lo = line_start(t, max(f.nend - 1, 0))
    if f.nstart >= lo or search(s.c.her2, t, lo, f.nend) is not None:
        return False
    if search(_words().unnamed_ihc_label, t, lo, f.nend) is None:
        return False
    # an earlier sample's line only: its last earlier cue after any current one ("IHC on this block
    # (separate report): 2+ overall, 3+ focally" is this sample's)
    if any(word in t[lo : f.nend].lower() for word in OWN_SAMPLE_WORDS):
        return False
    return earlier_beats_current(s, earlier_cues(s, lo, f.nend, None), lo, f.nend, [])


def _names_marker(s: PageScanner, lo: int, hi: int) -> bool:
    """Another marker (ER, PR, Ki-67, PD-L1, claudin ...) is named on the line."""
    i = bisect.bisect_left(s.markers, (lo, -1))
    return i < len(s.markers) and s.markers[i][0] < hi
