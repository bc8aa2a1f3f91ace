"""A value under a label that calls it erroneous (fix23, family 1c): "Original (erroneous) entry,
kept for audit:" over "  HER2 IHC: 3+, POSITIVE", with "The corrected HER2 result will be issued in
a supplementary report." below. A value the report itself calls erroneous is no result: where the
report gives no corrected value, it has no result of that test (probe22 ce-near-miss-original-
entry-only read POSITIVE on the withdrawn 3+). The label is the line that opens the value's block
(`samples.toml` erroneous-entry-label: an error word and an entry word before a colon, not a
corrected, revised or current one): the value's own line before it, or a line above it with no blank
line between."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind
from .model import STATUS_FAMILIES
from .scope import line_start

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

LINES_BACK = 4  # lines above a value where its block's label may be
CUES = ("erroneous", "incorrect", "error", "wrong", "invalid", "void", "withdrawn", "retracted", "rescinded")


@dataclass(frozen=True)
class _Words:
    erroneous_entry_label: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("samples",))


def _under_erroneous_label(s: PageScanner, pos: int) -> bool:
    t = s.text
    label = _words().erroneous_entry_label
    lo = line_start(t, pos)
    m = label.match(t, lo, pos)
    if m is not None:
        return True  # "Erroneous entry: HER2 IHC 3+"
    for _ in range(LINES_BACK):
        if lo == 0:
            return False
        above = line_start(t, lo - 1)
        line = t[above : lo - 1]
        if not line.strip():
            return False
        m = label.match(t, above, lo - 1)
        if m is not None and not t[m.end() : lo - 1].strip():
            return True  # the label alone on its line, over the value's block
        if line.rstrip().endswith(":"):
            return False  # another label ("Corrected entry:") opens the value's block
        lo = above
    return False


def void_erroneous_entries(s: PageScanner, findings: list[Finding]) -> None:
    """Turn each result finding under a label that calls it erroneous into a mention."""
    low = s.text.lower()
    if not any(cue in low for cue in CUES):
        return
    for f in findings:
        if f.family in STATUS_FAMILIES and f.nend > 0 and _under_erroneous_label(s, max(f.nstart, 0)):
            f.family, f.reason, f.values = "mention", "superseded", {}
