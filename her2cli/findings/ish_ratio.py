"""The HER2/CEP17 ratio an ISH mention gives (ish.py reads the rest of its values): the measured
ratio, not a cut-off ("ratio >= 2.0") nor a description of how it is derived, the summary of the
counts when the scope gives one per area ("average ratio 1.6"), the number under a "Ratio" column
header, and never a number in a sentence the report withdraws.

A module of its own because finding which number is the ratio is a job of its own, with its own
layouts (prose, space-aligned and pipe tables, summary rows); ish.py combines it with the copy
numbers, the group, the method and the call words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import columns
from .mention_scope import MentionScope
from .pipe_ratio import pipe_ratio
from .sample_pair import current_sample_ratio
from .scope import SCOPE, finditer, line_end, line_start, own_line_floor, search, sentence_end, sentence_start
from .summary_column import ratio_under_header, summary_value
from .values import to_float

if TYPE_CHECKING:
    from .scanner import PageScanner


def measured_ratio(s: PageScanner, scope: MentionScope) -> tuple[int | None, float | None]:
    """(end, value) of the measured HER2/CEP17 ratio: the first one, unless a later one in the
    scope is the count's summary ("area A ratio 1.5; area B ratio 1.7; average ratio 1.6")."""
    end, value = _first_ratio(s, scope)
    if end is None:
        return end, value
    current = current_sample_ratio(s, end)  # "4.2 (core biopsy 2021), 1.3 (excision)" (lead26)
    if current is not None:
        return current
    summary = _summary_ratio(s, scope, end)
    return summary if summary is not None else (end, value)


def _summary_ratio(s: PageScanner, scope: MentionScope, after: int) -> tuple[int, float] | None:
    """A later measured ratio whose own words make it the summary of the counts before it
    ("average ratio", "All 40 nuclei: ratio 2.05"; ish.toml summary-ratio-lead)."""
    t, c = s.text, s.c
    if after >= scope.far_stop:
        return None
    # a summary line the scope's end cuts ("Overall (60 nuclei): ratio 1.5|5", b16-f03-07) is read whole
    for r in finditer(c.ratio, t, after, line_end(t, scope.far_stop)):
        if r.start() >= scope.far_stop:
            break
        lo = max(line_start(t, r.start()), r.start() - 40)
        if not c.summary_ratio_lead.search(t, lo, r.start()):
            continue
        if search(c.threshold, r.group("between")) or search(
            c.threshold, t, max(0, r.start() - 12), r.start()
        ):
            continue
        value = to_float(r.group("ratio"))
        if value is not None and value <= 50 and not withdrawn_later(s, scope, r.start("ratio")):
            return r.end(), value
    return None


def _first_ratio(s: PageScanner, scope: MentionScope) -> tuple[int | None, float | None]:
    """(end, value) of the measured HER2/CEP17 ratio (not a cut-off, not a description of how
    it is derived). A "Ratio" column header takes the number in its own column, never the next
    number in reading order (findings/columns.py)."""
    t, c, start = s.text, s.c, scope.start
    lo = own_line_floor(c.ratio, t, max(scope.back_start, start - 60), start, scope.far_stop)
    for r in finditer(c.ratio, t, lo, scope.far_stop):
        if c.ratio_derived.search(t[max(0, r.start() - 6) : r.end()]):
            continue
        if _cut_off_before(s, r):
            # a cut-off, unless the sentence goes on to the measured value ("greater than 2.0
            # (>2.0), measured at 2.7")
            measured = _measured_after_cutoff(s, scope, r.end())
            if measured is not None:
                return measured
            continue
        word_end = r.start() + len("ratio")
        if "\n" in r.group("between") and columns.is_header_cell(s, r.start(), word_end):
            under = columns.number_under(s, r.start(), word_end)
            if under is None or under[1] > 50:
                continue
            return under[0].end, under[1]
        value = to_float(r.group("ratio"))
        if value is None or value > 50 or withdrawn_later(s, scope, r.start("ratio")):
            continue
        return summary_value(t, r.start("ratio")) or (r.end(), value)
    bare = search(c.ratio_bare, t, max(scope.back_start, start - 20), scope.near_stop)
    if bare:
        return bare.end(), to_float(
            bare.group("ratio") or bare.group("ratio2") or bare.group("ratio3") or bare.group("ratio4")
        )
    in_row = ratio_under_header(t, start, columns.tab_test(s))
    if in_row is None:  # "| Block | % cells | FISH ratio |" over one row of values (findings/pipe_ratio.py)
        in_row = pipe_ratio(t, scope.back_start, scope.far_stop)
    return in_row if in_row is not None else (None, None)


def _cut_off_before(s: PageScanner, r: regex.Match[str]) -> bool:
    """Threshold words before the ratio's number make it a cut-off; not the category printed right
    before the measured value in brackets ("ratio: >2.0 (2.05)", "ratio <2.0 (1.62)", b9-f12-04)."""
    t, c = s.text, s.c
    if r.group("category") and not t[r.end("category") : r.start("ratio")].strip():
        return search(c.threshold, t, r.start("between"), r.start("category")) is not None
    return bool(
        search(c.threshold, r.group("between"))
        or search(c.threshold, t, max(0, r.start("ratio") - 12), r.start("ratio"))
    )


def _measured_after_cutoff(s: PageScanner, scope: MentionScope, pos: int) -> tuple[int, float] | None:
    """(end, value) of the ratio measured right after the cut-off ending at `pos`."""
    measured = s.c.ratio_measured_after.match(s.text, pos, min(len(s.text), pos + 60))
    if measured is None:
        return None
    value = to_float(measured.group("ratio"))
    if value is None or value > 50 or withdrawn_later(s, scope, measured.start("ratio")):
        return None
    return measured.end(), value


def withdrawn_later(s: PageScanner, scope: MentionScope, pos: int) -> bool:
    """A number past the mention's own statement, in a sentence the report withdraws ("The
    previously issued result ("amplified", ratio 2.1, average HER2 5.0) is withdrawn and should
    not be used"): that sentence's value, not this result's (blind set 5, b5-f10-07)."""
    if pos < scope.near_stop:
        return False
    t, c = s.text, s.c
    lo = sentence_start(t, pos, max(scope.near_stop, pos - SCOPE.statement), c)
    hi = sentence_end(t, pos, min(len(t), pos + SCOPE.statement), c)
    return search(c.context["failed"], t, lo, hi) is not None
