"""A sequencing row that points to its own footnote ("ERBB2   amplification (CN ~5.8)   CNV
IIC*" over "*ERBB2 copy estimate is close to the lab amplification threshold (6.0); call reported
as "amplification - equivocal"."): the lab gives the row's call in the note its mark leads to,
and an equivocal call there outranks the row's bare "amplification" (variants13b v13b-f04-04;
facts.md §7: a copy number the lab calls equivocal is no amplification)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner

MARKS = ("*", "†", "‡")  # marks a value carries to its footnote (the cheap guard: plain text)
NOTE_REACH = 900  # characters below the row where its footnote may start
NOTE_LINES = 3  # lines a footnote may run over
EQUIVOCAL = ("equivocal", "borderline", "indeterminate")


def _row_marks(row: str) -> list[str]:
    """The marks standing after a word or value of the row ("IIC*", "5.8)†", "CN 5.6 †"), not a
    bullet or a markdown emphasis ("**ERBB2**")."""
    out = []
    for mark in MARKS:
        i = row.find(mark)
        while i >= 0:
            # a dagger anywhere after the row's text; an asterisk only right after a value
            if i > 0 and (row[i - 1].isalnum() or row[i - 1] in ").%]" or (mark != "*" and row[:i].strip())):
                out.append(mark)
                break
            i = row.find(mark, i + 1)
    return out


def _note_text(t: str, opens: int) -> str:
    """The footnote's text: its line and the lines that continue it (to a blank line or the next mark)."""
    end = line_end(t, opens)
    for _ in range(NOTE_LINES - 1):
        nxt = end + 1
        if nxt >= len(t):
            break
        line = t[nxt : line_end(t, nxt)]
        if not line.strip() or line.lstrip(" \t")[:1] in MARKS:
            break
        end = line_end(t, nxt)
    return t[opens:end]


def footnote_says_equivocal(s: PageScanner, name_start: int) -> bool:
    """The HER2 name's row carries a footnote mark, and the footnote below with that mark gives
    the call as equivocal."""
    t = s.text
    row_lo, row_hi = line_start(t, name_start), line_end(t, name_start)
    marks = _row_marks(t[row_lo:row_hi])
    if not marks:
        return False
    pos, stop = row_hi + 1, min(len(t), row_hi + NOTE_REACH)
    while pos < stop:
        hi = line_end(t, pos)
        m = s.c.footnote_mark.match(t, pos, hi)
        if m is not None and m.group("mark") in marks:
            call = s.c.footnote_call.search(_note_text(t, pos))  # the note's first call word
            return call is not None and call.group("call").lower() in EQUIVOCAL
        pos = hi + 1
    return False
