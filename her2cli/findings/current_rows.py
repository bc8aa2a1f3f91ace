"""Sample rows where one row's label names the current sample: the other rows are earlier.

A follow-up report lists one test's results sample by sample, each under a label ending in a
colon, and marks which sample it is about ("Draw 1 (2023-03-04): ERBB2 amplification, plasma CN
5.2" over "Draw 2 (2023-07-19, current): ERBB2 amplification NOT DETECTED"). Read alone, the
first row is a positive result; the label of the second says it is history. The mark is only
taken from a row label, never from prose, and only when the rows of that test are the only ones
it could apply to: one current row, other rows whose labels name a sample (a draw, a core, a
date), near it. interpret/earlier.py then sets an earlier value aside only where the current row
gives a value of the same test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .scope import line_start

if TYPE_CHECKING:
    from ..rules.compiled import Compiled
    from .model import Finding
    from .scanner import PageScanner

ROW_REACH = 12  # lines between a sample row and the current row at most
# Amplification results only: an IHC row beside a "this specimen" row may be the one the lab
# chooses ("We consider the core biopsy result to represent the tumor: HER2 POSITIVE", devset4
# b4-f01-06), and the IHC rows' dates are read by earlier.py already.
ROW_FAMILIES = frozenset({"ish", "ngs"})


def _row_label(t: str, f: Finding) -> tuple[int, str] | None:
    """The line start and label of the sample row holding `f`'s value, if the value comes after
    the label's colon on the label's line."""
    value = f.nend - 1  # the value closes the finding's span; its name may be a heading above
    start = line_start(t, value)
    m = samples().labelled_sample_row.match(t, start, value + 1)
    if m is None or m.end() > value:
        return None
    return start, m.group("label")


def mark_current_rows(s: PageScanner, findings: list[Finding]) -> None:
    """Mark earlier the values of sample rows beside the one row marked current, per test."""
    t = s.text
    rows: dict[str, list[tuple[int, bool, Finding]]] = {}
    for f in findings:
        if f.family not in ROW_FAMILIES or f.nend <= 0 or f.earlier:
            continue
        row = _row_label(t, f)
        if row is None:
            continue
        start, label = row
        current = samples().row_current_mark.search(label) is not None
        if current or samples().row_sample_word.search(label) is not None:
            rows.setdefault(f.family, []).append((start, current, f))
    for family_rows in rows.values():
        marked = {start for start, current, _ in family_rows if current}
        if len(marked) != 1:
            continue
        here = next(iter(marked))
        for start, current, f in family_rows:
            if not current and start != here and _lines_between(t, start, here) <= ROW_REACH:
                f.earlier = True


def _lines_between(t: str, a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return t.count("\n", lo, hi)


def opens_other_sample_row(s: PageScanner, name_start: int, pos: int) -> bool:
    """`pos` lies on a later line than the HER2 name at `name_start`, a line that opens with a
    sample's label and names HER2 again before `pos` ("Draw 2 (current): no ERBB2 amplification
    detected" under "Draw 1: ERBB2 amplification detected, CN 5.2"): that row's own result, which
    its own mention reads, not words about the name above (lead25)."""
    t = s.text
    row = line_start(t, pos)
    if row <= name_start:
        return False
    label_end = _sample_label_end(t, row, pos)
    return label_end is not None and s.c.her2.search(t, label_end, pos) is not None


def next_line_other_sample(t: str, line_end_at: int, c: Compiled) -> bool:
    """The line after `line_end_at` opens with another sample's label and gives that sample's
    own HER2 or amplification words ("Current draw (2023-07-19): no ERBB2 amplification
    detected" under "First draw (2023-03-04): ERBB2 amplification detected, CN 5.2"): its
    negation is not the line above's (lead25)."""
    start = line_end_at + 1
    if start >= len(t):
        return False
    end = t.find("\n", start)
    end = len(t) if end < 0 else end
    label_end = _sample_label_end(t, start, end)
    if label_end is None:
        return False
    return c.her2.search(t, label_end, end) is not None or c.amp_word.search(t, label_end, end) is not None


def _sample_label_end(t: str, row: int, hi: int) -> int | None:
    """The end of the label a line opens with, when the label names a sample or marks the current
    one ("Draw 2 (2023-07-19, current):", "Core biopsy 2021:"); None otherwise."""
    m = samples().labelled_sample_row.match(t, row, hi)
    if m is None:
        return None
    label = m.group("label")
    if samples().row_sample_word.search(label) is None and samples().row_current_mark.search(label) is None:
        return None
    return m.end()
