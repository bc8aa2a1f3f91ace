"""fix18 (session 18): devset20's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"
LIVER_MET = "Liver, segment 6, needle core: metastatic breast carcinoma (GATA3 positive).\n"


# --- A. the score a category needs before it is called positive ----------------------------------
# devset20 b20-f02-05: "Final: HER2 NEGATIVE for the metastasis (group 4 requires IHC 3+ to be
# called positive)" read as IHC 3+ with the lab's call positive: the score the rule requires is a
# criterion, not the tumour's result (the sibling of fix12's "positive only with IHC 3+").
NEEDED_TO_CALL: list[Case] = [
    (
        "requires-to-be-called",
        LIVER_MET + "HER2 IHC (4B5): 2+.\nDual ISH: ratio 1.5, mean HER2 4.6 signals/cell (group 4).\n"
        "Result: HER2 NEGATIVE for the liver core (this group requires IHC 3+ to be classified as positive).\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "needs-for-positive-call",
        BREAST
        + "HER2 by IHC: 2+ (equivocal). FISH: HER2/CEP17 1.7; average HER2 copy number 4.3 (group 4).\n"
        "Conclusion: HER2 negative - this group would need concurrent IHC 3+ for a positive call.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
    (
        "required-for-positivity",
        BREAST + "HER2 immunostain 1+. SISH ratio 2.3, HER2 3.4/cell (group 2).\n"
        "Interpretation: HER2 negative in this biopsy (group 2 requires IHC 3+ for positivity).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
NEEDED_TO_CALL_NEAR: list[Case] = [
    # the tumour's own 3+, and a requirement that names no score: both keep their reading
    (
        "own-3plus-no-further-testing-required",
        BREAST + "HER2 IHC (4B5): 3+ (positive); no further testing required.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "group4-with-3plus-positive",
        BREAST + "HER2 IHC: 3+. Dual ISH ratio 1.6, mean HER2 4.9 (group 4).\n"
        "Final: HER2 POSITIVE (group 4 with concurrent IHC 3+).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NEEDED_TO_CALL + NEEDED_TO_CALL_NEAR))
def test_score_required_before_a_positive_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. an OCR'd negation right before a split or damaged amplification word -------------------
# devset20 b20-f04-08 ("ERBB2  N0 amp lification (est. CN 3)") and b20-f07-10 ("ERBB2 ...... n ot
# amp1ified"): the zero for an O, or a space inside "not", left the word "amplification" without
# its negation, and the NGS read amplified.
NGS_HEAD = "Tumor sequencing panel (DNA, 400 genes), colon adenocarcinoma, tumour content 40%\n"
OCR_NEGATION: list[Case] = [
    (
        "n0-before-split-word",
        NGS_HEAD + " ERBB2      N0 amp lificati0n detected (CN 2.4)\n KRAS       p.G13D\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "split-not-before-damaged-word",
        NGS_HEAD + " C0PY NUMBER\n   ERBB2 ....... n ot amp1ified (CN 2.1)\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
    (
        "no-t-before-word",
        NGS_HEAD + " ERBB2: NO T AMPLIFIED, estimated copy number 2\n",
        "negative",
        {"ngs.amplification": "not_amplified"},
    ),
]
OCR_NEGATION_NEAR: list[Case] = [
    # an amplification the OCR cut without any negation, and a staging N0 before the gene's line
    (
        "split-word-amplified",
        NGS_HEAD + " ERBB2      amp lification (CN 14)   Pathogenic\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "staging-n0-then-amplified",
        "Gastric adenocarcinoma, pT3 N0 M0.\nTissue NGS result: ERBB2 amplified (estimated copy number 18).\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(OCR_NEGATION + OCR_NEGATION_NEAR))
def test_ocr_negation_before_amplification(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a per-cell count sheet printed in two blocks side by side ------------------------------
# devset20 b20-f12-02: "Cell#  HER2  CEP17 | Cell#  HER2  CEP17" over rows of signal counts read
# the counts under the first HER2 as IHC scores (3+ from a cell with three signals).
def _count_sheet(sep: str, label: str) -> str:
    rows = [
        (1, 3, 2, 6, 2, 2),
        (2, 2, 2, 7, 3, 2),
        (3, 3, 2, 8, 2, 1),
        (4, 2, 2, 9, 3, 2),
        (5, 2, 1, 10, 2, 2),
    ]
    head = f"{label}  HER2  CEP17{sep}{label}  HER2  CEP17\n"
    body = "".join(f"{a:<5} {b:<5} {c:<5}{sep}{d:<5} {e:<5} {f}\n" for a, b, c, d, e, f in rows)
    return head + body


COUNT_SHEET: list[Case] = [
    (
        "bar-two-blocks",
        BREAST
        + "HER2 IHC (4B5): 2+ (equivocal)\n\n"
        + _count_sheet(" | ", "Cell#")
        + "\nMean HER2 2.4, mean CEP17 1.9, ratio 1.3. Not amplified (group 5). HER2 NEGATIVE.\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
    (
        "nucleus-two-blocks",
        BREAST
        + "IHC: HER2 2+ (equivocal)\n\n"
        + _count_sheet("    ", "Nucleus")
        + "\nAverage HER2 2.5/nucleus; ratio 1.3; FISH NEGATIVE (not amplified).\n",
        "negative",
        {"ihc.score": "2+"},
    ),
]
COUNT_SHEET_NEAR: list[Case] = [
    # a table whose HER2 column is the stain's score, beside a CEP17 word that is no count header
    (
        "marker-table-her2-score",
        BREAST + "Block   ER    PR    HER2   Ki-67\nA1      95    80    3+     20\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(COUNT_SHEET + COUNT_SHEET_NEAR))
def test_count_sheet_in_two_blocks(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. a status a drug label, an approval or a trial requires ---------------------------------
# devset20 b20-f05-10: a plasma report's therapy note "(labels require HER2-negative disease,
# established by tissue testing)" read as the tumour's HER2 negative.
PLASMA = (
    "Cell-free DNA panel (plasma), metastatic breast cancer. Tumour fraction 6%.\n"
    "Detected: PIK3CA E545K (3.1%). Not detected: ERBB2 amplification, ESR1.\n"
)
STATUS_REQUIRED: list[Case] = [
    (
        "approval-restricted-to",
        PLASMA + "Therapy: alpelisib (use is restricted to HER2-negative advanced breast cancer).\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "requires-status",
        PLASMA
        + "Capivasertib: the indication requires HR-positive, HER2-negative disease; tissue testing applies.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "trial-requiring",
        PLASMA + "Trial NCT-000 is enrolling, requiring confirmed HER2-negative metastatic disease.\n",
        "not_found",
        {"ihc": None},
    ),
]
STATUS_REQUIRED_NEAR: list[Case] = [
    # the tumour's own status stated beside a requirement keeps its reading
    (
        "own-negative-then-test-required",
        BREAST + "HER2 (4B5): 1+, negative. No further HER2 testing is required.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(STATUS_REQUIRED + STATUS_REQUIRED_NEAR))
def test_status_a_label_requires(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a scoring key whose rows define each score by its staining -----------------------------
# devset20 b20-f09-02: HER2 sent out, and a gastric key "IHC 0 ..... no reactivity ...", "IHC 1+
# .... faint/barely perceptible ..." (a row wrapped onto an indented line) read as IHC 0 and 1+.
GASTRIC = (
    "Stomach, body, biopsies: adenocarcinoma, intestinal type.\n"
    "HER2: referred to an outside laboratory; result to follow in a separate report.\n\n"
)
STAINING_KEY: list[Case] = [
    (
        "colon-leaders-wrapped",
        GASTRIC + "HER2 scoring guide (gastric biopsy criteria):\n"
        "  Score 0:  no membranous staining, or staining in fewer than 5 cohesive cells\n"
        "  Score 1+: faint or barely visible membranous staining in a cluster of 5 or more\n"
        "            cells, whatever the share\n"
        "  Score 2+: weak to moderate complete or basolateral staining in 5 or more cells\n"
        "  Score 3+: strong complete or basolateral staining in 5 or more cells\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "leader-dots-hofmann",
        GASTRIC + "HER2 gastric scoring key (Hofmann):\n"
        "   Score 0 ...... no reactivity, or membranous reactivity in under 10% of cells\n"
        "   Score 1+ ..... faint, barely perceptible membranous reactivity in 10% or more;\n"
        "                  cells reactive in part of their membrane only\n"
        "   Score 2+ ..... weak to moderate complete or basolateral reactivity in 10% or more\n"
        "   Score 3+ ..... strong complete or basolateral reactivity in 10% or more\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "dash-rows",
        GASTRIC + "HER2 IHC key:\n"
        "   0  - no staining\n"
        "   1+ - faint, incomplete membranous staining\n"
        "   2+ - weak to moderate complete staining\n"
        "   3+ - strong complete staining\n",
        "not_found",
        {"ihc": None},
    ),
]
STAINING_KEY_NEAR: list[Case] = [
    # a heterogeneous tumour's rows, each score with the share of its cells, are its result
    (
        "distribution-rows-dashes",
        BREAST + "HER2 IHC (4B5), staining heterogeneous:\n"
        "  3+ - intense complete membrane staining in 35% of invasive tumour cells\n"
        "  2+ - weak to moderate complete staining in 25% of invasive tumour cells\n"
        "  1+ - faint partial staining in 40% of invasive tumour cells\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # one score described by its staining is the tumour's result
    (
        "one-row-own-result",
        "Stomach, body, biopsies: adenocarcinoma, intestinal type.\n"
        "HER2 IHC (4B5):\n"
        "  Score 2+ .... weak to moderate complete membranous staining in 30% of tumour cells\n"
        "  Reflex ISH ordered.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(STAINING_KEY + STAINING_KEY_NEAR))
def test_key_defining_scores_by_staining(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. an addendum that revises a score above the original report ----------------------------
# devset20 b20-f10-06: "ADDENDUM ...: The HER2 IHC score is therefore REVISED from 1+ to 2+
# (EQUIVOCAL)" printed above "ORIGINAL REPORT ...: HER2 (4B5) 1+, negative" read the original's 1+.
REVISING_ADDENDUM: list[Case] = [
    (
        "amended-to-above-original",
        "SURGICAL PATHOLOGY\nSpecimen: right breast core biopsy\n\n"
        "ADDENDUM (04/02/2026):\nAfter second review the HER2 score is amended to 2+ (equivocal); FISH has been requested.\n\n"
        "ORIGINAL REPORT (03/28/2026):\nInvasive ductal carcinoma, grade 2. HER2 (HercepTest): 1+, negative.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "changed-from-upgrade",
        "Specimen: left breast, core.\n\nADDENDUM 1 - 2026-05-04\n"
        "On review the HER2 immunostain was changed from 1+ to 2+ (equivocal). ISH to follow.\n\n"
        "ORIGINAL REPORT - 2026-04-30\nInvasive lobular carcinoma. HER2 IHC 1+ (negative).\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
REVISING_ADDENDUM_NEAR: list[Case] = [
    # an addendum that adds a FISH and says it revises nothing: the original's score stands with it
    (
        "addendum-adds-fish",
        "Specimen: left breast, core.\n\nADDENDUM 2026-05-04:\n"
        "HER2 FISH: ratio 1.3, mean HER2 2.6 signals/cell. NOT AMPLIFIED. The score was not revised.\n\n"
        "ORIGINAL REPORT 2026-04-30:\nInvasive ductal carcinoma. HER2 IHC 2+ (equivocal), FISH sent.\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(REVISING_ADDENDUM + REVISING_ADDENDUM_NEAR)
)
def test_addendum_revising_the_original(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. the lab's final word leaves an ISH group 2-4 equivocal ---------------------------------
# devset20 b20-f09-10: IHC 2+ and an ISH group 4 with "FINAL HER2 CALL: INDETERMINATE ... cannot
# assign positive or negative status" read negative (the IHC settled the group); a group 3 with
# IHC 2+ under "Current HER2 status: EQUIVOCAL." read positive.
def _group_report(ratio: str, mean: str, group: int, final: str) -> str:
    return (
        BREAST + "HER2 IHC (4B5): 2+ (moderate complete staining in 25% of cells)\n"
        f"HER2 dual ISH: 30 nuclei, mean HER2 {mean}/cell, ratio {ratio} (ISH group {group}).\n" + final
    )


FINAL_EQUIVOCAL: list[Case] = [
    (
        "group4-final-indeterminate",
        _group_report(
            "1.5", "4.4", 4, "Final HER2 status: INDETERMINATE - repeat testing on the resection advised.\n"
        ),
        "equivocal",
        {"ihc.score": "2+", "ish.result": "equivocal"},
    ),
    (
        "group3-current-equivocal",
        _group_report("2.4", "3.3", 3, "Current HER2 status: EQUIVOCAL.\n"),
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "group2-overall-equivocal",
        _group_report(
            "2.2", "3.6", 2, "Overall HER2 result: equivocal; the laboratory cannot assign a category.\n"
        ),
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
FINAL_EQUIVOCAL_NEAR: list[Case] = [
    # a final word that settles the group, and a group with no final word: the IHC settles them
    (
        "group4-final-negative",
        _group_report("1.5", "4.4", 4, "Final HER2 status: NEGATIVE.\n"),
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "group3-no-final-word",
        _group_report("2.4", "3.3", 3, ""),
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(FINAL_EQUIVOCAL + FINAL_EQUIVOCAL_NEAR))
def test_final_word_leaves_group_equivocal(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H. genes listed after "tested and negative" with the hotspot each covered ------------------
# devset20 b20-f04-03: "Also tested and negative (no alteration detected): KRAS (codons 12, 13, ...),
# NRAS, BRAF V600E, ..." read BRAF as V600E mutant.
CRC = "Colon adenocarcinoma, metastatic to liver. Tissue NGS panel. MSS.\nERBB2: not amplified.\n"
TESTED_NEGATIVE: list[Case] = [
    (
        "tested-and-negative-label",
        CRC + "Tested and negative: KRAS (exons 2-4), NRAS (exons 2-4), BRAF V600E.\n",
        "negative",
        {"related.braf": "wild-type", "related.kras": "wild-type"},
    ),
    (
        "genes-tested-found-wild-type",
        CRC + "Also analysed and negative (hotspots covered):\n  BRAF V600E, KRAS G12/G13, NRAS Q61\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
]
TESTED_NEGATIVE_NEAR: list[Case] = [
    # a gene with its own mutation word under a plain "tested" list keeps the mutation
    (
        "braf-detected-own-line",
        CRC + "BRAF: V600E mutation detected.\nKRAS: wild-type.\n",
        "negative",
        {"related.braf": "mutant"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(TESTED_NEGATIVE + TESTED_NEGATIVE_NEAR))
def test_tested_and_negative_list(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
