"""A bracketed tag on a result row speaks for that row only: in an amended report "HER2 IHC (4B5)
[original report 2021-05-04]: 2+ (equivocal)" tags the unchanged IHC row; the FISH rows the
amendment adds below it are not the original report's (fix22: devset24 b24-f10-01, the amplified
FISH set aside as earlier, positive read equivocal).

A tag on a line that is only a label ("Primary tumour (2019):" over the values) still names the
block below it: only a bracket followed on its own line by a value of the row is a row tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

CLOSERS = {"[": "]", "(": ")"}
EDGE = " \t:;,-|=>"


def beyond_row_tag(s: PageScanner, cue_end: int, value_pos: int) -> bool:
    """The cue ending at `cue_end` lies in a bracket on a line above `value_pos`'s line, and its
    line holds a value after the bracket: the cue is that row's tag, not the value's."""
    t = s.text
    row = line_start(t, cue_end)
    if row >= line_start(t, value_pos):
        return False
    opens = max(t.rfind("[", row, cue_end), t.rfind("(", row, cue_end))
    if opens < 0:
        return False
    close = t.find(CLOSERS[t[opens]], cue_end - 1, line_end(t, cue_end))
    if close < 0 or t.find("\n", opens, close) >= 0:
        return False
    rest = t[close + 1 : line_end(t, close)].strip(EDGE)
    return any(ch.isalnum() for ch in rest)
