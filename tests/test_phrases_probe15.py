"""Wrong-way phrase families written blind of the labelled sets (probe15, session 15).

Short report fragments (tests/probe15_cases.py): multi-specimen reports with per-part calls, NGS
layouts (therapy and trial tables, thresholds, RNA), addenda and report order, numbers that are
not HER2 values, HER2-low/ultralow and subtype wording, and OCR damage. Run on main first; fixed
for their family:
- a value whose stain the next clause says is to be repeated ("HER2 IHC: 3+. HER2 staining to be
  repeated on block A3 due to edge artefact", "The HER2 stain will need to be repeated", "Note:
  HER2 immunostain requires repetition") read POSITIVE: findings/repeat_next.py and the wider
  document.toml stain-repeated;
- an addendum a later one withdraws by name ("the addendum of 15/03 was issued on the wrong patient
  and is rescinded", "The supplementary report above was issued in error") read POSITIVE from the
  withdrawn FISH: findings/version_withdrawn.py, document.toml version-withdrawn;
- a lettered part sent for comparison ("B. Outside slides S19-2231 (right breast, 2019), submitted
  for comparison", "para comparación") read POSITIVE from its 3+ beside a current part's 1+: its
  values are earlier results (findings/comparison_parts.py, samples.toml comparison-part);
- a 3+ in "<10%", "less than 10%", "<=10%" of cells read POSITIVE (the share was read as 10 and
  only a share under the floor counted): a share at most the floor with such a qualifier is below
  it, as "3+ in 5%" was (interpret/shares.py); Spanish, Portuguese and French qualifiers ("en
  menos del 10%", "em menos de 10%") in ihc.toml percent-qualifier;
- repeat notes in Spanish, Portuguese and French ("Se repetirá la tinción de HER2", "A coloração de
  HER2 será repetida", "La technique HER2 sera refaite") read POSITIVE;
- an ISH of group 2-4 beside an IHC 2+ whose recount is still to come ("recount by a second
  observer pending", "The ISH will be recounted by another observer") read NEGATIVE: the note voids
  the ISH only, the IHC 2+ stays (findings/repeat_next.py repeated_after, used with the statement's
  own repeat notes in findings/context.py);
- a guessed subtype or morphology impression ("Probable subtype: HER2-positive (to be confirmed)",
  "Morphology suggests a HER2-positive tumour", "Likely HER2+", "Luminal B (HER2-positive) pattern
  suggested by morphology", "HER2-positive (provisional, pending HER2 testing)") read POSITIVE:
  context.toml hypothetical-hedged-call.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe15_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "ms-consult-slides-part": "POSITIVE for negative: part B 'Consultation slides, right breast 2019' in a report "
    "that gives no later year: nothing says 2019 is earlier, so B's 3+ is taken as the highest sample "
    "(the same report with its received date reads negative: ms-consult-slides-part-dated-report)",
}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
