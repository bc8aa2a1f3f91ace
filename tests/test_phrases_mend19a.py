"""mend19a (session 19): the read-only review's wrong-status findings on this session's rules
(review19 items 1, 2 and 7), as phrase families.

Each family: texts the review found read a wrong status, in other words (the status they must read
as), and near-misses where the intended reading of this session's rule stays. A case is (id, text,
expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase


# --- 1. a negation after a copy-number gain that is not the gain's value -----------------------
# probe19b made "ERBB2 copy number gain - negative" not amplified; a negation opening a clause about
# something else ("no change from the prior sample", "no FISH confirmation", "no mutation") read
# NEGATIVE too. Only a negation that is the gain's whole value negates it (ish.toml
# gain-negated-value).
GAIN_OTHER_NEGATION: list[Case] = [
    (
        "gain-no-change-then-amplified-copy-number",
        "NGS RESULTS (solid tumour panel, FFPE)\nERBB2 copy number gain - no change since the previous sample; estimated copy number 18 (amplified)\n",
        "positive",
        {},
    ),
    (
        "gain-no-confirmation-then-copy-number",
        "Comprehensive genomic profiling\nERBB2 copy number gain: no orthogonal ISH confirmation done (estimated copy number 8)\n",
        "equivocal",
        {},
    ),
    (
        "gain-no-mutation-then-copy-number",
        "Genomic alterations identified\nERBB2 copy number gain - no ERBB2 point mutation found. Estimated copy number 10.\n",
        # lead27: the copy number at the sentence's end is read now ("copy number 10." was lost to
        # its full stop); a tissue gain at 6 copies or more is amplification (findings/ish.py
        # TISSUE_GAIN_AMPLIFIED_CN), as it was for "copy number gain (CN 10)"
        "positive",
        {"ngs.copy_number": 10.0},
    ),
    (
        "gain-no-further-testing-then-amplification",
        "Targeted NGS panel (tumour tissue)\nERBB2 copy number gain -- no further testing required; amplification present (copy number 14).\n",
        "positive",
        {},
    ),
]
GAIN_NEGATED_NEAR: list[Case] = [
    (
        "gain-negative-with-copy-number",
        "Targeted NGS panel (FFPE tumour tissue, 52 genes)\nERBB2 copy number gain: negative (estimated copy number 2.1)\n",
        "negative",
        {},
    ),
    (
        "gain-not-detected",
        "Targeted NGS panel (FFPE tumour tissue, 52 genes)\nERBB2 copy number gain - not detected.\n",
        "negative",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(GAIN_OTHER_NEGATION + GAIN_NEGATED_NEAR))
def test_gain_negated_only_by_its_own_value(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 2. an overall/final ISH line on one specimen does not decide over another specimen's -------
# fix19 (interpret/overall_ish.py) lets a lab's overall ISH line decide between an amplified area
# and a not-amplified one of the same tumour; a final line of specimen B decided over specimen A's
# amplified result. With results of more than one specimen no overall line decides.
OVERALL_OTHER_SPECIMEN: list[Case] = [
    (
        "final-line-on-node-beside-amplified-core",
        "Specimen A (left breast core): HER2 FISH ratio 5.1, amplified.\nSpecimen B (axillary lymph node): Final HER2 ISH result: not amplified (ratio 1.5).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "overall-line-on-liver-beside-amplified-breast",
        "Specimen 1 (breast, core biopsy): HER2 SISH: AMPLIFIED, HER2/CEP17 ratio 3.6.\nSpecimen 2 (liver biopsy): Overall ISH result - not amplified; ratio 1.4.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
OVERALL_ONE_TUMOUR_NEAR: list[Case] = [
    (
        "overall-line-over-areas-of-one-tumour",
        "HER2 FISH, breast excision\nArea 1 (about 10% of tumour): ratio 3.9 (amplified)\nArea 2 (rest of tumour): ratio 1.3 (not amplified)\nOverall HER2 FISH result: NOT AMPLIFIED (ratio 1.5 over 60 cells)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(OVERALL_OTHER_SPECIMEN + OVERALL_ONE_TUMOUR_NEAR)
)
def test_overall_ish_line_of_one_specimen(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 7. a key's equivocal row is not the lab's lone equivocal result line ------------------------
# fix19 (interpret/lab_equivocal.py) keeps a ratio in the 2007 band equivocal under the lab's own
# "RESULT: EQUIVOCAL" line; a 2007 key written as result-labelled rows ("Result: equivocal (ratio
# 1.8 - 2.2)") made an amplified count (ratio over 2.0, mean HER2 over 4) equivocal.
KEY_ROWS: list[Case] = [
    (
        "key-rows-result-labelled-with-comparisons",
        "HER2 FISH (dual probe), breast core biopsy\nMean HER2 copy number 4.5 per cell; mean CEP17 2.1; HER2/CEP17 ratio 2.14 (60 cells).\nInterpretation key (ASCO/CAP 2007):\nResult: amplified (ratio > 2.2)\nResult: equivocal (ratio 1.8 - 2.2)\nResult: not amplified (ratio < 1.8)\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "key-rows-interpretation-labelled-with-bands",
        "Dual-probe ISH for HER2, core biopsy\nHER2 signals 4.6 per nucleus, CEP17 2.2 per nucleus, ratio 2.09 (40 nuclei).\nReference ranges (2007):\nInterpretation: amplified, ratio above 2.2\nInterpretation: equivocal, ratio 1.8 to 2.2\nInterpretation: not amplified, ratio below 1.8\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
LONE_EQUIVOCAL_NEAR: list[Case] = [
    (
        "lab-equivocal-line-beside-a-key-row",
        "HER2 ISH REPORT\nBreast excision, block A3.\nNuclei counted: 60; HER2 per nucleus: 2.4    HER2/CEP17 ratio: 1.96\nRESULT: EQUIVOCAL (ratio 1.96)\nResult: equivocal (ratio 1.8 - 2.2)\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(KEY_ROWS + LONE_EQUIVOCAL_NEAR))
def test_key_rows_are_no_lab_equivocal(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
