"""Lost results (safe misses) of the default sets, and their near-misses (probe24, session 24;
cases in tests/probe24_cases.py). Fixed for their family:
- a laboratory system's key=value record ("GENE=ERBB2;ALT_TYPE=CNV;CALL=AMPLIFICATION;CN=18") is an
  alteration row (ngs.toml kv-gene-key, kv-call-gap; findings/ngs.py _is_alteration_row), and its
  result field "RESULT=AMPLIFIED" is no legend's "= amplified" (verify.toml quote-set-aside); a
  joined negation "CALL=NO_AMP" / "NOT_AMPLIFIED" is not amplified (ish.toml amp-neg-before);
- an ISH ratio after the cut-off it falls under ("HER2/CEP17 <2.0 (measured 1.4)") is the ratio
  (ish.toml ratio-bare).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe24_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
