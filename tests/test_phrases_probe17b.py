"""Unsafe readings (a confident call the report does not make), phrase families written blind of
the labelled sets (probe17b, session 17).

Short report fragments (tests/probe17b_cases.py): results in tumour-board minutes, letters,
teaching, audit and proficiency-testing notes; numbers near HER2 that are not scores; results of a
sibling gene or protein or a modified form of HER2; an ERBB2 mutation called
positive; template fields never filled; plasma and metastasis results beside the
tissue result. Run on main first; fixed for their family:
- a teaching or audit note's example result ("Example case: ... HER2 IHC 3+", "Case of the month:
  ... HER2 3+", "Quarterly HER2 QA audit: ...; 3+ rate 14%", "3+ in 22 of 150 cases",
  "Concordance with the reference laboratory 96% (... 2+/3+ discordant)") read POSITIVE:
  context.toml population-research-reference and population-quality-series take them;
- a page counter ("page 2+/3", "page 1+ annex") read EQUIVOCAL / NEGATIVE: ihc.toml ihc-score's id
  look-behind takes page words;
- a date or count before a plus ("HER2 requested 3/1 + 2 extra levels", "3/1 + 3/2 slides cut")
  read a falling range "3-1+" (NEGATIVE): ihc.toml ihc-score reads a range only when it rises (or
  stays), and a "+ 2" after a date is no "+2" score;
- an unfilled field printed with its choices ("HER2 IHC score: ____ (0 / 1+ / 2+ / 3+)", with dots
  or commas) read the range "2-3+" (EQUIVOCAL): context.toml legend-score-choices-list;
- a result the report calls a transcription, typing, clerical or data-entry error ('The "HER2
  negative" in the GP referral letter appears to be a transcription error', "HER2 3+ on the request
  form was a typing error") read as the result (NEGATIVE / POSITIVE while HER2 is pending): context.toml
  failed-stain takes it (devset17 b17-f09-06's quoted 'HER2 negative' is one: legend-score-choices-list
  no longer unmasks it);
- a modified or shed form of HER2 ("Phospho-HER2 (Tyr1248): 3+", "p-HER2 ... strong (3+)",
  "Truncated HER2 (p95): positive", "Serum HER2 ECD: 18 ng/mL - positive", "serum HER2/neu 25.1
  ng/mL (elevated, positive)") read POSITIVE as this tumour's HER2: names.toml her2 does not name
  them and other-marker-ci takes them as another analyte (so "pHER2: 2+" under "HER2 (4B5): 1+" no
  longer voids the 1+);
- a 3+ said of a non-invasive or non-tumour component beside the tumour's lower score ("3+ in the
  metaplastic glands only; the adenocarcinoma is 0", "(3+) staining confined to the high-grade
  dysplasia", "3+ in Barrett's mucosa", "3+ in the intestinal metaplasia, 0 in the carcinoma",
  "3+ in the benign ducts (artefact)", "3+ in the lymphovascular tumour emboli only") read POSITIVE:
  document.toml in-situ-after-score takes these components as it took DCIS (now not_found);
- a value its clause says was voided ("2+ voided - edge artefact", "3+ (voided: wrong patient
  label)") was kept: document.toml disregarded-after-value;
- a result only expected ("HER2 3+ expected given the histology"), queried with a question mark
  before the score ("HER2 IHC: ?3+ (equivocal pattern, ISH requested)", "HER2 IHC ?3+; awaiting
  second opinion") or given by a tool "not used for diagnosis" read POSITIVE: context.toml
  hypothetical-expected, ihc.toml ihc-score's look-behind for "?", population-research-reference.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe17b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {}


test_case_ids_are_unique_and_known, test_phrase_reads_as_written = probe_tests(CASES, NOT_YET)
