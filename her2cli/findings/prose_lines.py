"""The line a value sits on, widened to the sentence of prose that wraps across it: a table row
keeps its own line, a wrapped sentence ("... has tumour-agnostic FDA approval for" / "IHC 3+ solid
tumours") is read whole (findings/context.py asks it for the values read past a mention's
statement)."""

from __future__ import annotations

from .criteria import JOINERS
from .scope import line_end, line_start


def prose_line_end(t: str, pos: int) -> int:
    """The end of pos's line, or of the next line when a sentence of prose wraps onto it (the line
    ends in a word and the next opens with a lower-case one: "Note that IHC 3+ is the" /
    "threshold for the tumor-agnostic ... indication", devset13 b13-f09-10). A table row's next
    row opens with its own label, so a row keeps its own line."""
    end = line_end(t, pos)
    if end >= len(t) or not t[end - 1 : end].isalpha():
        return end
    following = t[end + 1 : line_end(t, end + 1)].lstrip(" \t")
    return line_end(t, end + 1) if following[:1].islower() else end


def prose_line_start(t: str, pos: int) -> int:
    """The start of pos's line, or of the line before when a sentence of prose wraps from it onto
    pos's line: the line before ends in a joining word ("Trastuzumab deruxtecan has tumour-agnostic
    FDA approval for" / "IHC 3+ solid tumours", devset16 b16-f07-07), or pos's line opens with a
    lower-case word after a line ending in a word. A table row above ends in a value, not a joiner."""
    start = line_start(t, pos)
    if start < 2:
        return start
    before = t[line_start(t, start - 1) : start - 1].rstrip(" \t")
    words = before.split()
    if not words:
        return start
    opens_lower = t[start:pos].lstrip(" \t")[:1].islower() and before[-1:].isalpha()
    if words[-1].lower() in JOINERS or opens_lower:
        return line_start(t, start - 1)
    return start
