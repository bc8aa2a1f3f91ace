"""A RAS/BRAF/MSI/MMR name whose own clause withdraws the value it gives ("The KRAS result of the
first report was entered as 'G12V detected' in error", "KRAS p.G12D was erroneously reported",
"Previously reported KRAS G12C mutation is withdrawn"): a correction quoting the wrong value, no
result (fix21: devset23 b23-f10-09 read KRAS mutant for a wild-type tumour, since a mutant reading
outranks the corrected wild-type one in findings/related.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import ClauseEnds, clause_stop
from .scope import line_end, line_start, search

if TYPE_CHECKING:
    import regex

    from ..rules import Compiled

# the name's clause after it: a sentence end, a semicolon or a blank line ends it; a name that
# opens its line is a table row, which its line end ends too
PROSE_ENDS = ClauseEnds((". ", ".\n", ";", "\n\n"))
ROW_ENDS = ClauseEnds((". ", ".\n", ";", "\n"))
CLAUSE_REACH = 160  # characters after the name searched for the withdrawing words
# after the name's first word (its value), a bracket, a dash or a column gap opens an aside that may
# be about another value: "KRAS G12C detected (the wild-type call was issued in error)",
# "G12C detected - research consent withdrawn" (mend21a; "MSI (MSI-H) has been retracted": the
# bracket before the first word is the name's own value)
ASIDE_ENDS = ClauseEnds(("(", "[", " - ", " \u2013 ", "   ", "\t"))


def withdrawn_in_clause(text: str, m: regex.Match[str], c: Compiled) -> bool:
    """The clause after the name says its value was entered in error or withdrawn, and does not
    first turn to another value ("G12D detected (the previous wild-type result was in error)") or
    leave the name's value for an aside or another name of its family."""
    hi = min(len(text), m.end() + CLAUSE_REACH)
    opens_row = not text[line_start(text, m.start()) : m.start()].strip(" \t|*-")
    stop = clause_stop(text, m.end(), hi, ROW_ENDS if opens_row else PROSE_ENDS)
    stop = min(stop, line_end(text, m.end())) if opens_row else stop
    stop = clause_stop(text, _first_word(text, m.end(), stop), stop, ASIDE_ENDS)
    # another name of the same family opens its own clause ("MSI-H (MSS was reported in error)")
    nxt = m.re.search(text, m.end(), stop)
    stop = stop if nxt is None else nxt.start()
    withdrawn = search(c.marker_withdrawn, text, m.end(), stop)
    if withdrawn is None:
        return False
    return search(c.marker_withdrawn_other, text, m.end(), withdrawn.start()) is None


def _first_word(text: str, lo: int, hi: int) -> int:
    """The first letter or digit in text[lo:hi] (`hi` when there is none)."""
    return next((i for i in range(lo, hi) if text[i].isalnum()), hi)
