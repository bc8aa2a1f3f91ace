"""A value its own line disowns for this patient: another patient's line pasted or flagged in
error ("HER2: 3+ [WRONG PATIENT - disregard]", "ERRONEOUS ENTRY (other patient, to be disregarded):
HER2 FISH amplified"), or a value kept only for the record ("HER2 status (for the record only):
positive"). Not this tumour's result (probe19b part C, families wrong_patient and record_only).

The words are looked for in the value's own clause on its line: from the line's start (or the
last ";" or ". " before the value), through the value's own words, up to the clause's end (";", ". ", the line's end, or the
next HER2 name, or another number: "3+ (the 0 printed before was the wrong patient's)" keeps the
3+), so that "HER2: 3+ [WRONG PATIENT]" over "HER2 IHC (this patient): 1+" keeps the 1+; a context
rule would reach that next line when the flagged line has no full stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import ClauseEnds, clause_start, clause_stop
from .scope import line_end, line_start

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

# ... and a quote mark: a note on a score quoted from the report ('the "3+" above refers to AR');
# ... and a result said not to apply to this tumour ("the old gastric HER2 3+ result does not apply")
GUARD = (
    "patient",
    "error",
    "erroneous",
    "only",
    "record",
    "treatment",
    "this spec",
    "this samp",
    "part of",
    '"',
    "\u201c",
    "'",
    "not apply",
    "n't apply",
    "not pertain",
    "not relate",
    "n't relate",
)
# "; " with its space, where interpret/unreviewed.py and lab_equivocal.py take a bare ";": each
# reader keeps the ends it was written and tested with (changing them changes readings)
CLAUSE_ENDS = ClauseEnds(("; ", ". "))


def disowned(s: PageScanner, f: Finding) -> bool:
    """The value's own clause on its line disowns it for this patient."""
    t = s.text
    lo, hi = line_start(t, f.nstart), line_end(t, max(f.nend - 1, f.nstart))
    if not any(w in t[lo:hi].lower() for w in GUARD):
        return False  # none of the words on the line (the cheap guard)
    clause_lo = clause_start(t, lo, f.nstart, CLAUSE_ENDS)
    name = s.c.her2.search(t, f.nend, hi)
    clause_hi = clause_stop(t, f.nend, name.start() if name else hi, CLAUSE_ENDS)
    # ... and before another number: "3+ (the 0 printed before was the wrong patient's)" disowns the 0
    clause_hi = next((i for i in range(f.nend, clause_hi) if t[i].isdigit()), clause_hi)
    # the value's own words count too: "HER2 status (for the record only): positive"
    return s.c.value_disowned.search(t, clause_lo, clause_hi) is not None
