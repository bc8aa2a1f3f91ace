"""Unsafe calls still open after session 18, and their near-misses (probe19b, session 19; cases in
tests/probe19b_cases.py). Fixed for their family:
- a trial table ("Trial | Key criterion | HR+/HER2- disease" over its rows) read as the status
  while this sample's HER2 was pending: findings/trial_table.py (document.toml
  trial-table-header) makes a status in the header or its rows a trial's criterion;
- "HER2 IHC: no tumour in the block; not scored" beside "Prior biopsy: HER2 IHC 1+" read the
  prior score: samples.toml own-test-not-done reads "not scored" / "unscorable", so
  interpret/not_done_here.py sets the quoted score aside;
- "treatment planned as for HER2-negative disease" with no HER2 result read NEGATIVE (and "as for
  HER2-positive" POSITIVE): context.toml hypothetical-treated-as-status;
- "HER2: negative (outside laboratory result, not reviewed)" as the only result read NEGATIVE:
  interpret/unreviewed.py (samples.toml outside-unreviewed) sets it aside as a quote (facts.md
  §10 gives no convention, so not found with the quote shown); beside an own result it is earlier.
Strict xfails of session 18 fixed here (variants in PATHOLOGIST_SCORE .. GAIN_NEGATED):
- a machine's 3+ over "Pathologist's score after review: 2+" (no HER2 name) read POSITIVE, and a
  machine's 1+ over the pathologist's 3+ read NEGATIVE: ihc.toml overall-score takes the
  pathologist's score label;
- "Patient tissue: 0" under "HER2 IHC (4B5):" and its control rows read not_found:
  findings/control_label.control_before_value (a control row of its own is the control's);
- "ERBB2 copy number gain - negative" read EQUIVOCAL: findings/values.py reads the negation after
  a gain on its own line.
New families (part C), POSITIVE on main before:
- another patient's line flagged on this report ("HER2: 3+ [WRONG PATIENT - disregard]",
  "ERRONEOUS ENTRY (other patient, ...): ...") and a value kept "for the record only" or "for
  reference only, not this specimen": findings/disowned.py (document.toml value-disowned) reads the
  value's own clause on its line, so the next line's own value stays;
- a QC run log naming control cell lines ("HER2 3+ control (SK-BR-3) stained 3+", "BT-474
  amplified; MCF-7 not amplified"): context.toml control-named-cell-line.
A drug label's indication, a ring trial, a concordance study and a patient leaflet already read
not_found while HER2 was pending (ALREADY_SAFE keeps them).
probe18c hi-table-previous-and-awaited (strict xfail) fixed: a call in a sample table's row above
the row that names this report's own sample ("This excision | ...") is another sample's
(findings/own_row.py, SAMPLE_ROWS).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe19b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
