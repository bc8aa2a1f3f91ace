"""Unsafe NEGATIVE and ISH phrase families written blind of the labelled sets (probe14b, session 14).

Short report fragments (tests/probe14b_cases.py): a negative word with nothing current beside it,
an equivocal IHC 2+ that reads like a negative, ISH groups 2-4 (the ISH field follows the report's
own final call), ratio vs copy number confusion, a blood "not detected" with low tumour fraction,
and Spanish/Portuguese forms; a third batch rules out the staining a score names. Run on main first
(91 fragments); fixed for their family:
- a lab's "amplified" beside an ASCO/CAP group 2-4 ("ratio 2.4 (amplified by ratio), mean 3.6
  (Group 2) ... Final HER2 status with IHC 1+: negative") read POSITIVE: the report's final word or
  an IHC 0/1+ settles it (interpret/group_word.py);
- a report whose every HER2 result is quoted from elsewhere (clinic letter, outside biopsy, known
  "ER+/HER2-" history) while its own HER2 test is pending read NEGATIVE: not found with the pending
  note (interpret/earlier.py set_aside_restated_while_pending);
- "lacks the strong complete staining of 3+", "sin tinción 3+" read POSITIVE: ihc.toml negated-score.
The cases still read another way are marked below with the reason;
the list may only shrink.
"""

from __future__ import annotations

from .probe14b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "eq-2plus-negative-for-3plus": "lost equivocal: 'negative for 3+ overexpression; score 2+' reads the ruled-out 3+ "
    "(status not_found); ruling the 3+ out loses the 2+ and reads the 'negative' (worse)",
    "b2-grp2-negative-comment": "lost negative: 'in the absence of IHC 3+ the result is HER2 negative' is not read as "
    "the final call (equivocal)",
    "b2-pt-grupo4-final-negativo": "lost negative: Portuguese 'razão 1,5; média 4,5 sinais/núcleo (grupo 4)' is no "
    "ISH reading and 'Resultado final: negativo' does not settle the IHC 2+ (equivocal)",
}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
