"""Trap phrase families written blind of the labelled sets (probe12c, session 12).

Short report fragments (tests/probe12c_cases.py), 4-8 variants a family plus near-misses whose real
result must still be read: consult and second-opinion reports, several tumours in one patient,
HER2 as a diagnostic stain (Paget disease, tumour-type panels, cell blocks), references to a value
given elsewhere, page headers and footers repeating an old value, and negated sentences holding a
score. Each was run on main first. Fixed here: "(outside: 3+)" and "Outside report states HER2 3+"
mark a value as another laboratory's (context.toml earlier-words); "below the 3+ threshold" is a
bound, not a score (ihc.toml ihc-score); a bare call in a diagnostic panel ("CK7+, HER2+, p63-",
"positive for GATA3 and HER2 and negative for TTF-1") is no HER2 status (statement.toml
diagnostic-panel-marker); "For reference:", "For comparison," and "(separate report ...)" mark the
value of another tumour or report (context.toml earlier-words). The cases still read another way are marked below; the list may only
shrink.
"""

from __future__ import annotations

from .probe12c_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "negs-does-not-reach-2plus": "lost negative (safe): '... does not reach the threshold for 2+; scored 1+' is not_found",
    "negs-no-3plus-no-2plus": "lost negative (safe): 'no 3+ or 2+ staining seen; ... (score 0)' is not_found",
}


test_case_ids_are_unique_and_known, test_trap_reads_as_written = probe_tests(CASES, NOT_YET)
