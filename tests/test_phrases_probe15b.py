"""Lost-result phrase families written blind of the labelled sets (probe15b, session 15).

Short report fragments of a real, current HER2 result (tests/probe15b_cases.py) the engine may read
as not found, each family with near-misses that must keep their reading. Run on main first; fixed
for their family, with no near-miss read as a result:
- a HER2 stain described in a sentence with its score in the bracket that closes it ("Comment: HER2
  (4B5) shows strong complete membrane staining in >90% of invasive tumour cells (3+, positive).")
  read NOT FOUND: the result-line rule takes it as a statement of this tumour's result when the
  subject is HER2 and its test, the description only staining words, and the bracket ends the line
  (result_line.toml result-line-described*, interpret/result_line.py _described);
- HER2-ultralow with its score in words ("ultralow (0 with faint staining in <=10%)", "0 with
  membrane staining") read NOT FOUND: ihc.toml ihc-score reads the 0;
- an NGS/ctDNA row with a variant-class cell before or after the gene ("CNA   ERBB2
  Amplification", "| ERBB2 | CNV | Amplification | 9.6 |") read NOT FOUND: ngs.toml row-label and
  numeric-cells-gap take the class cell as a cell of the row.
A second batch: Portuguese "SISH: não amplificado" read AMPLIFIED (only the result-line rule kept it
from a positive) and "ausência de amplificação", Italian "non amplificato", "assenza di
amplificazione" read nothing (ish.toml amp-word, amp-neg-before); "ERBB2 focal / gene / copy number
amplification (CN=8)" read NOT FOUND (ngs.toml amp-qualifier-gap); "HercepTest (Dako): 3+" read NOT
FOUND (result-line-label-word).
A third batch: an amplification row or label whose value is pending ("ERBB2 amplification:
pending", "| ERBB2 | Amplification | Pending |") read POSITIVE on main: ish.toml amp-hedge-after
gives no value to an amplification word followed by a pending value; "| ERBB2 | Copy Number
Amplification | 12.3 | Detected |" read NOT FOUND (amp-qualifier-gap takes a table bar).
A fourth batch reads probe14's lost results (see tests/test_phrases_probe14.py) for their family.
A fifth: a score out of 3 after the HER2 name ("HER2 IHC 0/3", "HER2 1/3 (negative)"; ihc-score
scale) and three statements of this tumour's result the result-line rule took for prose ("HER2
IHC was performed and is positive (3+)", "Immunohistochemistry for HER2 shows a score of 3+", "The
tumor demonstrates HER2 overexpression (3+)"; result-line-statement) and a marker-status sentence
with HER2 last ("In summary, this tumour is ER positive, PR negative and HER2 positive (3+)";
result-line-marker-list) read NOT FOUND.
A sixth: "HER2: zero (no staining)" read NOT FOUND (ihc-score spelled after the HER2 name's colon).
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe15b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "ngs-gain-col": "reads equivocal: a copy-number row's call 'Gain (amplification)' (CN 12.4) reads as a gain",
    "w-plus-plus-plus": "lost positive: 'HER2: +++ (strong complete membranous staining, >10% of cells)' is no score",
    "b2-ngs-amplifications-label-list": "lost positive: a bare 'Amplifications: ERBB2 (2.4), CCND1 (2.1)' label "
    "list is not read (the same label heads panel coverage lists; 'Amplifications detected:' is read)",
    "b4-nm-not-below": "reads not_found (was NEGATIVE until probe16b: ish.toml amp-neg-before no longer takes 'not "
    "below'): the amplification is read, but the positive check finds no support for 'gain (CN 9), not below the "
    "threshold for amplification' (result_unsupported)",
}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
