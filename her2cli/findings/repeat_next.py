"""A repeat note after a value's statement voids the value: "HER2 IHC: 3+. HER2 staining to be
repeated on block A3 due to edge artefact; final result to follow.", "3+. The HER2 stain will need
to be repeated (suboptimal fixation).", "Note: HER2 immunostain requires repetition". The clause
right after the values' own (a sentence, a clause after a semicolon, or the next line), or the one
after a short bare clause, holds a repeat note (document.toml stain-repeated) whose subject is
HER2 or the stain alone: the values of the tests it names are set aside, as a repeat note in the
values' own statement does; a note about another marker ("ER staining to be repeated") voids
nothing, one about another test ("FISH will be repeated" after an IHC score, "recount by a second
observer pending" after an IHC 2+ and its ISH) only that test's values (probe15, family
repeat_next). Read by findings/context.py check_values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .repeat_notes import repeated_tests
from .scope import SCOPE, sentence_end
from .voided_next import CLAUSES, bare_clause, next_clause

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner


def repeated_after(s: PageScanner, values: list[Finding]) -> frozenset[str]:
    """The HER2 tests a repeat note in a clause after the values' statement says are to be
    repeated (empty: no such note)."""
    t, c = s.text, s.c
    pos = max(f.nend for f in values)
    for _ in range(CLAUSES):
        start = next_clause(s, pos)
        if start is None:
            return frozenset()
        gap = len(t[start:]) - len(t[start:].lstrip(" \t"))
        if t.startswith("\n", start + gap):  # a sentence's end, then its line break
            if t.startswith("\n", start + gap + 1) or start + gap + 1 >= len(t):
                return frozenset()  # a blank line: the next paragraph is not about the values
            start += gap + 1
        stop = sentence_end(t, start + 1, min(len(t), start + SCOPE.statement), c)
        line = t.find("\n", start, stop)
        stop = line if line >= 0 else stop
        voided = repeated_tests(s, start, stop)
        if voided or not bare_clause(s, start, stop):
            return voided
        pos = stop
    return frozenset()
