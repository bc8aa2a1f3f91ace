"""A repeat note after a value's statement voids the value: "HER2 IHC: 3+. HER2 staining to be
repeated on block A3 due to edge artefact; final result to follow.", "3+. The HER2 stain will need
to be repeated (suboptimal fixation).", "Note: HER2 immunostain requires repetition". The clause
right after the values' own (a sentence, a clause after a semicolon, or the next line), or the one
after a short bare clause, holds a repeat note (document.toml stain-repeated) whose subject is
HER2 or the stain alone, and it names every test the values are readings of; a note about another
marker ("ER staining to be repeated") or another test ("FISH will be repeated" after an IHC score)
voids nothing (probe15, family repeat_next). Read by findings/earlier.py voided_by_next_sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .repeat_notes import repeated_tests, test_of
from .scope import SCOPE, sentence_end
from .voided_next import CLAUSES, bare_clause, next_clause

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner


def voided_by_repeat_note(s: PageScanner, values: list[Finding]) -> bool:
    """A clause after the values' statement says the stain behind every one of them is to be
    repeated."""
    tests = {test_of(f) for f in values} - {None}
    if not tests:
        return False
    t, c = s.text, s.c
    pos = max(f.nend for f in values)
    for _ in range(CLAUSES):
        start = next_clause(s, pos)
        if start is None:
            return False
        stop = sentence_end(t, start + 1, min(len(t), start + SCOPE.statement), c)
        line = t.find("\n", start, stop)
        stop = line if line >= 0 else stop
        voided = repeated_tests(s, start, stop)
        if voided:
            return tests <= voided
        if not bare_clause(s, start, stop):
            return False
        pos = stop
    return False
