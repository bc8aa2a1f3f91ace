"""Lost-result phrase families of devsets 16-18 (probe16, session 16): tests/probe16_cases.py.

A real, current HER2 result the engine read as not_found, by how the lab wrote it; fixed for the
whole family, with near-misses that keep their reading:
- caution_not_yet: "Do not treat as HER2-negative / triple-negative until ISH is reported" under
  an IHC 2+ read as the lab's call negative (context.toml hypothetical-do-not-take-as);
- call_when_condition: "HER2 FISH reported as amplified when HER2/CEP17 >= 2.0" (a key) read as an
  amplified FISH (context.toml legend-called-when);
- romance_zero_described: "HER2: 0 — ausencia de tinción de membrana" (a bare 0 and a Spanish,
  Portuguese or French staining description) not read as a score (ihc.toml ihc-score);
- method_column_description: "HER2   4B5 IHC   0   no membranous staining" (a table with a
  Method column) not read as a score (ihc.toml ihc-score);
- score_equals_call: a staining description then "SCORE 2+ = EQUIVOCAL" set aside by the check of a
  positive or borderline call as a criterion's row (verify.toml quote-set-aside);
- ruled_off_key: a result row, a ruler line, then a key listing 0-3+ ("LEYENDA HER2: 0 = negativo |
  1+ = ...") filed the result as a legend: a ruler ends the value's sentence
  (findings/rulers.first_ruler_after, used by findings/keys.listed_in_own_sentence);
- labelled_options: a form's options after its own label ("Result options:  [ ] Negative (Score 0)
  ... [X] Positive (Score 3+)") taken as another test's line (document.toml checkbox-options-label),
  and a marked option is a result line for the result-line rule (interpret/result_line.py).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe16_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
