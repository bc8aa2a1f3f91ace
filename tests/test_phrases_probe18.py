"""Lost results, phrase families written for probe18 (session 18; tests/probe18_cases.py).

Fixed for their family:
- a department's scoring key in a note below the result ("HER2 1+" over "Note: scoring key ... 0
  and 1+ negative; 2+ borderline; 3+ positive") made the key's call a second reading and the
  result a legend (not_found / no IHC): ihc.toml score-key-words (findings/statement.py, and a
  score after it is the rule's: score-rule-context);
- scores the report says the tumour lacks ("no cluster with 2+ or 3+ staining -> score 1+") were
  taken for alternatives offered or a key's rows (not_found): findings/criteria.py, keys.py and
  context.py ask ihc.ruled_out of the pair.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe18_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
