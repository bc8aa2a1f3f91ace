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
from .scope import search
from .voided_next import bare_clause, clauses_after

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner


def repeated_after(s: PageScanner, values: list[Finding]) -> frozenset[str]:
    """The HER2 tests a repeat note in a clause after the values' statement says are to be
    repeated (empty: no such note)."""
    for start, stop in clauses_after(s, max(f.nend for f in values), past_line_break=True):
        voided = repeated_tests(s, start, stop)
        if voided and _protocol_repeat(s, values, start, stop):
            return frozenset()
        if voided or not bare_clause(s, start, stop):
            return voided
    return frozenset()


def _protocol_repeat(s: PageScanner, values: list[Finding], start: int, stop: int) -> bool:
    """The repeat note names the testing protocol as its reason ("Per HERACLES the IHC is being
    repeated and HER2 FISH has been ordered") and every value is equivocal: the protocol's workflow
    for an equivocal score, which stays the result until the repeat reports (probe18, devset20
    b20-f06-05). A 3+ or a 0/1+ the protocol repeats stays set aside."""
    if not all(_equivocal(f) for f in values):
        return False
    return search(s.c.repeat_per_protocol, s.text, start, stop) is not None


def _equivocal(f: Finding) -> bool:
    v = f.values
    if f.family == "ihc":
        return v.get("score") == "2+" and v.get("lab_call") in (None, "equivocal")
    return v.get("call") == "equivocal" or v.get("result") == "equivocal"
