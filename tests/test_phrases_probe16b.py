"""Unsafe readings (a confident call the report does not make), phrase families written blind of
the labelled sets (probe16b, session 16).

Short report fragments (tests/probe16b_cases.py): a subtype guessed before HER2 is known, an
outside result while this sample is pending, an ISH group 2 count alone, another specimen's or a
control's result beside this one, criteria and eligibility text, results superseded or replaced in
prose, negations spread over line breaks, and results of other tissue (before treatment, a
metastasis, plasma) beside the current one. Run on main first; fixed for their family:
- a surrogate subtype written before HER2 is known ("luminal B (HER2-negative) pending HER2
  results", "to be confirmed when HER2 results are available") read NEGATIVE: context.toml
  hypothetical-hedged-call now takes a negative call hedged by a pending HER2 test;
- "Preliminary HER2 IHC: 2+" beside "Final HER2 IHC: 1+" read the preliminary value as current:
  context.toml earlier now takes "preliminary HER2 IHC / score / read", and ihc.toml now-score-lead
  reads the score after "final score / read (after full review)" on the same line;
- a value that says in prose it replaces another ("1+ (negative); this replaces the 3+ reported
  above", ", replacing the 3+ given above", "- supersedes the previously reported 3+", ". This
  supersedes the original HER2 result.", an addendum above the body it corrects, "The 3+ above is
  replaced by HER2 IHC 1+", "The HER2 result above (3+) is superseded.") or sits on a line
  labelled "Revised HER2 IHC:" beside the plain value kept the higher, replaced one (POSITIVE):
  findings/replaced_prose.py with document.toml replaces-after-value and revised-label-before-value;
- the score after an arrow ("HER2 IHC 3+ -> 1+ (correction)", "2+ \u2192 1+") was never read, so the
  earlier score before it was kept (probe15c's ia-arrow xfails): ihc.toml now-score-lead takes the
  arrow, and findings/now_score.py reads the score after it;
- a strike-through mark after a value ("HER2 IHC: 3+ [struck] 1+", probe15c's ia-struck-bracket-after)
  kept the struck 3+: context.toml earlier-after-struck, and a struck value or one dated before a
  later value on its line ("3+ [deleted] 0", "3+ (2019) / 0 (2026)") is set aside even when the value
  after it is not read: document.toml void-after-value in findings/replaced_prose.py;
- a result another laboratory gave, named without an article or in a bracket ("HER2 3+ at outside
  hospital (2025)", "HER2 IHC 3+ (referring laboratory, 2025)", "Liquid biopsy (outside): ERBB2
  amplification detected") while the test on this sample is pending ("will follow in an addendum")
  read POSITIVE: context.toml earlier-after-value, earlier and pending-will-be; a pending note in the
  earlier value's own sentence ("; repeat on current specimen pending") counts as one that names this
  sample (interpret/earlier.py pending_in_own_sentence);
- a second primary quoted from a dated separate report ("Second primary (right breast, 2024,
  separate report S24-5512): HER2 3+") beside this mastectomy's 1+ read POSITIVE, and a value
  "reported under S26-2202" (another accession) while this core's HER2 is pending (probe13's
  comp-node-3plus-primary-pending) read POSITIVE: context.toml earlier.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe16b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "os-external-control-3plus-tumour-0": "lost negative: 'Tumour: score 0' on the line after the control's 3+ is not read",
    "sup-repeat-block-b-original-voided": "lost negative (was equivocal until probe17b: document.toml "
    "disregarded-after-value now sets the voided 2+ aside): the repeat's '0 (' before the bracket is not read",
    "mt-required-for-eligibility-scored-1plus": "lost negative: 'this tumour scored 1+' after a criterion's 3+ in "
    "the same sentence is not read (the sentence is set aside as hypothetical)",
    "ot-plasma-amplified-tissue-0": "reads equivocal: a plasma ERBB2 amplification beside the tissue IHC 0",
}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
