"""Trap phrase families written blind of the labelled sets (probe12b, session 12).

Short report fragments (tests/probe12b_cases.py), 4-6 variants a family plus near-misses whose real
result must still be read: vendor tissue NGS reports (findings vs VUS vs genes-assayed sections,
dagger footnotes, copy-number columns), multi-platform one-row-per-test tables, serial ctDNA
monitoring, germline vs somatic testing, OCR/fax damage inside tables, GI and other tumours with
organ-specific rules, and Spanish/bilingual forms of them. Each was run on main first. Fixed here
(wrong-way on main before, unless marked "lost"):
- a germline panel's "Result: Negative" read HER2 negative: findings/germline.py with
  statement.toml germline-test / germline-test-blocker;
- a serial ctDNA report's earlier detection read positive: ish.toml amp-hedge-after ("previously
  detected", "at baseline", "detectada previamente"), ngs.toml blood-no-alterations-* (a current
  sample's "no alterations detected in ERBB2" sets aside a restated earlier value), and a blood
  report's "Not detected" cell under an ERBB2 column (findings/columns.py; read negative);
- a gastric resection 3+ under 10% of cells read positive: tumor_types.toml gastric/esophageal
  ihc3_min_percent, with the lab's own positive word kept (biopsy cluster rule, decide.py);
- "ERBB2 amplification (copy number 4, near the assay threshold): equivocal" read positive
  (findings/values.py: the equivocal look-ahead passes the word's own bracket);
- a genes-assayed list's alteration types "ERBB2 (amplification), MET (amplification)" read
  positive (ish.toml amp-gene-list-type*); an amplification listed under a VUS heading;
- a control's word "(positive control stained appropriately)" taken as the call on a CRC 3+ in 20%;
- lost: Spanish NGS headings (ngs.toml ngs-cue), Spanish equivocal words, "HER2 IHC 2+ Equivocal FISH
  Amplified 2.8" read ISH equivocal, a CRC 2+ "(HERACLES criteria: negative)" read as a legend.
The cases still read another way are marked below with the reason; the list may only shrink.
"""

from __future__ import annotations

from .probe12b_cases import CASES
from .probe_runner import probe_tests

# id -> why it still reads another way (strict: a fix makes the test fail until it is removed)
NOT_YET: dict[str, str] = {
    "mp-other-genes-between": "the IHC score 0 of a 'HER2/Neu | IHC | Negative | 0' row is not kept (status right)",
    "gi-gastric-biopsy-cluster-positive": (
        "lost positive (safe): a gastric biopsy 3+ in a cluster of 8 cells (about 5%) whose positive word is far "
        "after the score reads equivocal under the 10% share rule (the cluster rule is not read)"
    ),
    "gi-crc-3plus-30-gastric-criteria": (
        "lost positive (safe): a CRC 3+ in 30% the lab calls positive 'using gastric scoring criteria' reads equivocal"
    ),
    "es-colorrectal-heracles-2-en-30": (
        "lost negative (safe): a Spanish CRC 2+ in 30% '(criterios HERACLES: negativo)' reads equivocal"
    ),
}


test_case_ids_are_unique_and_known, test_trap_reads_as_written = probe_tests(CASES, NOT_YET)
