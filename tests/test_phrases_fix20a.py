"""fix20a (session 20): tests/variants13a's misses (writer24a's 60 hand-written reports), as phrase
families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, right, mastectomy: invasive carcinoma of no special type, grade 2.\n"
LUNG = "Lung, right upper lobe, resection: adenocarcinoma. Tissue NGS (DNA panel, 300 genes).\n"
COLON = "Liver metastasis of colorectal adenocarcinoma, FFPE block 1C. NGS panel (tissue).\n"


# --- A. a synoptic row's value after a dot leader is that row's own -------------------------------
# variants13a v13a-f01-04: "Result ........ POSITIVE (amplified), ISH group 1" over the next row
# "Heterogeneity ........ not identified": with no full stop the amplification word's sentence ran
# into the next row, whose "not identified" negated it - an amplified FISH read NOT amplified and a
# positive report read NEGATIVE. A dot leader sets a label apart from its value like a colon does:
# after it only the word's own line can negate it.
DOT_LEADER: list[Case] = [
    (
        "leader-amplified-then-heterogeneity-not-identified",
        BREAST + "HER2 IHC (4B5) ............ 2+ (equivocal)\n"
        "HER2 FISH, HER2/CEP17 ratio ............ 3.05\n"
        "FISH interpretation ............ amplified (group 1)\n"
        "Genetic heterogeneity ............ not identified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # (mend20b, review20 item 7: this case replaces "leader-amplified-then-clustering-not-seen",
    # which a ratio of 2.81 on the same page kept positive on 629f8e36 too; with no numbers the
    # next row's "not identified" negated the call there - a swap)
    (
        "leader-interpretation-amplified-then-clusters-not-identified",
        BREAST + "HER2 FISH (dual probe)\n"
        "  Interpretation ........ AMPLIFIED\n"
        "  Signal clusters ....... not identified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "leader-amplified-then-residual-dcis-absent",
        BREAST + "HER2 SISH ratio ....... 2.44  (mean HER2 signals 4.9)\n"
        "SISH result ....... Amplified\n"
        "Lymphovascular invasion ....... not identified\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]
DOT_LEADER_NEAR: list[Case] = [
    # the negation on the value's own line still counts
    (
        "leader-not-amplified-own-line",
        BREAST + "HER2 IHC (4B5) ............ 2+ (equivocal)\n"
        "HER2/CEP17 ratio ............ 1.31, mean HER2 2.4 per cell\n"
        "FISH interpretation ............ amplification not identified (group 5)\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a noun after a dot leader keeps its sentence: "Amplification ...... not detected"
    (
        "leader-noun-then-not-detected",
        BREAST + "HER2 IHC: 2+.\nHER2 FISH ratio 1.22 (HER2 2.5 copies/cell).\n"
        "HER2 gene amplification ............ not detected\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(DOT_LEADER + DOT_LEADER_NEAR))
def test_dot_leader_value_is_its_own_rows(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. the lab's own equivocal on "this metastasis" ----------------------------------------------
# variants13a v13a-f02-05: "at this time the HER2 result on this metastasis is reported as
# EQUIVOCAL / INDETERMINATE pending review of a second block" (FISH group 4 with IHC 2+, and a
# history line quoting the 2016 primary's "HER2 negative by FISH"): "metasta" between the name and
# the call blocked the statement ("HER2 ... lymph node metastasis: negative" is the node's), and
# the history's FISH "negative" gave the metastasis's own group 4 its result. The lab's printed
# call on this sample is equivocal (facts.md §11: the lab prints the final call): negative was
# the unsafe direction.
THIS_METASTASIS: list[Case] = [
    (
        # (mend20b, review20 item 7: no IHC 2+ line now - with it the case read equivocal on
        # 629f8e36 too; the lab's call on this metastasis is the only result, not found there)
        "result-on-this-metastasis-equivocal",
        "Liver core biopsy: metastatic breast carcinoma.\n"
        "The HER2 status of this metastasis is reported as EQUIVOCAL; a repeat on another block follows.\n",
        "equivocal",
        {"ihc.score": None},
    ),
    (
        "history-negative-then-group4-lab-equivocal",
        "CLINICAL HISTORY: breast carcinoma 2015, HER2 negative by FISH (ratio 1.4).\n\n"
        "DIAGNOSIS:\nPleural biopsy: metastatic breast carcinoma.\nHER2 IHC 2+.\n"
        "Dual ISH: average HER2 4.6 signals per cell, CEP17 2.4, ratio 1.92, ASCO/CAP group 4.\n"
        "We regard the HER2 result on this metastasis as EQUIVOCAL pending a second block.\n",
        "equivocal",
        {"ish.result": "equivocal", "ish.ratio": 1.92},
    ),
    (
        # (mend20b, review20 item 7: no IHC 2+ line now, as above)
        "in-this-bone-metastasis-indeterminate",
        "Bone metastasis, decalcified core: breast carcinoma.\n"
        "HER2 in this bone metastasis: INDETERMINATE (decalcification), retest advised.\n",
        "equivocal",
        {"ihc.score": None},
    ),
]
THIS_METASTASIS_NEAR: list[Case] = [
    # a node's metastasis named between the name and a negative word stays the node's
    (
        "her2-then-nodal-metastasis-negative",
        BREAST
        + "HER2 IHC: 3+ (strong complete, 90%).\nHER2; lymph node metastasis: negative for carcinoma.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the history's own call with no current ISH values still counts as the earlier result's
    (
        "history-negative-fish-only",
        "CLINICAL HISTORY: breast carcinoma 2015, HER2 negative by FISH (ratio 1.4).\n\n"
        "DIAGNOSIS:\nPleural biopsy: metastatic breast carcinoma. HER2 IHC 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # the metastasis's own group 4 with IHC 2+ and no equivocal word of the lab: settled negative
    (
        "history-negative-then-group4-no-lab-word",
        "CLINICAL HISTORY: breast carcinoma 2015, HER2 negative by FISH (ratio 1.4).\n\n"
        "DIAGNOSIS:\nPleural biopsy: metastatic breast carcinoma.\nHER2 IHC 2+.\n"
        "Dual ISH: average HER2 4.6 signals per cell, CEP17 2.4, ratio 1.92, ASCO/CAP group 4.\n",
        "negative",
        {"ish.ratio": 1.92},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(THIS_METASTASIS + THIS_METASTASIS_NEAR))
def test_lab_equivocal_on_this_metastasis(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. a negated list whose items carry their own alteration nouns -------------------------------
# variants13a v13a-f04-01 (a negated list of EGFR, fusion genes and KRAS, each with its own noun)
# read KRAS MUTANT (the negation before the list did not reach a gene after items
# with nouns of their own). Near-misses: a gene named after the list's sentence ends, or after
# "but", keeps its own reading.
NEGATED_LIST: list[Case] = [
    (
        "no-egfr-mutation-alk-fusion-or-kras-mutation",
        LUNG
        + "Interpretation: no EGFR activating mutation, ALK rearrangement or KRAS mutation was identified.\n",
        "not_found",
        {"related.kras": "wild-type"},
    ),
    (
        "no-met-skipping-ret-fusion-or-braf-mutation",
        LUNG + "No MET exon 14 skipping, RET fusion or BRAF mutation detected.\n",
        "not_found",
        {"related.braf": "wild-type"},
    ),
    (
        "negative-for-egfr-alk-or-kras-wrapped",
        LUNG + "Summary: negative for EGFR sensitizing mutations, ALK/ROS1 fusions and KRAS\nmutations.\n",
        "not_found",
        {"related.kras": "wild-type"},
    ),
]
NEGATED_LIST_NEAR: list[Case] = [
    (
        "no-egfr-mutation-sentence-then-kras-mutation",
        LUNG + "No EGFR mutation. KRAS mutation detected: p.G12C (VAF 18%).\n",
        "not_found",
        {"related.kras": "mutant"},
    ),
    (
        "no-egfr-mutation-but-kras-mutation",
        LUNG + "No EGFR mutation, but KRAS G12C mutation identified (VAF 22%).\n",
        "not_found",
        {"related.kras": "mutant"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NEGATED_LIST + NEGATED_LIST_NEAR))
def test_negated_list_with_alteration_nouns(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- D. Spanish "no se detecta <hotspot>" --------------------------------------------------------
# variants13a v13a-f08-03 (a gene's row: "no se detecta" then the hotspot) read BRAF MUTANT (the hotspot after a
# Spanish impersonal negation). Near-miss: "se detecta la mutación V600E" is mutant.
SPANISH_NOT_DETECTED: list[Case] = [
    (
        "braf-no-se-detecta-v600e",
        COLON + "KRAS: nativo\nBRAF: no se detecta la mutación V600E\nERBB2: sin amplificación\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "kras-no-se-identifica-g12c",
        COLON + "KRAS: no se identifica G12C (exón 2)\nERBB2: amplificación no detectada\n",
        "negative",
        {"related.kras": "wild-type"},
    ),
]
SPANISH_NOT_DETECTED_NEAR: list[Case] = [
    (
        "braf-se-detecta-v600e",
        COLON + "KRAS: nativo\nBRAF: se detecta la mutación V600E (VAF 31 %)\nERBB2: sin amplificación\n",
        "negative",
        {"related.braf": "mutant"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(SPANISH_NOT_DETECTED + SPANISH_NOT_DETECTED_NEAR)
)
def test_spanish_no_se_detecta_hotspot(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- E. a letter O among a decimal's digits -------------------------------------------------------
# variants13a v13a-f12-05: a line-printer summary's "ratio  2.O9" read as ratio 2.0 (the number
# stopped at the letter). An O between a decimal point and a digit can only be a zero.
DECIMAL_O: list[Case] = [
    (
        "ratio-2-O-9-line-printer",
        BREAST + "HER2 IHC 1+.\nHER2 FISH: ratio 1.O6, mean HER2 2.3 copies per cell.\n",
        "negative",
        {"ish.ratio": 1.06},
    ),
    (
        "ratio-decimal-comma-o",
        BREAST + "HER2 IHC 2+.\nSISH: cociente HER2/CEP17 3,o8 ; HER2 media 7,2 copias por célula.\n",
        "positive",
        {"ish.ratio": 3.08},
    ),
]
DECIMAL_O_NEAR: list[Case] = [
    # the digits as printed stay as they are
    (
        "ratio-clean-decimal",
        BREAST + "HER2 IHC 1+.\nHER2 FISH: ratio 1.06, mean HER2 2.3 copies per cell.\n",
        "negative",
        {"ish.ratio": 1.06},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(DECIMAL_O + DECIMAL_O_NEAR))
def test_letter_o_in_a_decimal_is_a_zero(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. "the 0/1+ boundary" is where the lab scored carefully, not a score ------------------------
# variants13a v13a-f11-01: "HER2 IHC (4B5), scored per ASCO/CAP 2023 with extra care at the 0/1+
# boundary:" above "Score: 0 (... HER2-ultralow ...)" read IHC 0-1+ (a range) instead of 0.
SCORED_AT_BOUNDARY: list[Case] = [
    (
        "extra-care-at-the-boundary-then-score-0",
        BREAST + "HER2 IHC (4B5), read with particular attention to the 0/1+ boundary:\n"
        "  Score: 0 (faint incomplete staining in about 5% of cells; ultralow).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "threshold-wording-then-score-1",
        BREAST + "HER2 IHC, scored at the 0/1+ threshold by two pathologists: HER2 score 1+ (HER2-low).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
SCORED_AT_BOUNDARY_NEAR: list[Case] = [
    # a range given as the score stays a range
    (
        "range-given-as-the-score",
        BREAST + "HER2 IHC (4B5): 0/1+ (very faint, incomplete staining).\n",
        "negative",
        {"ihc.score_range": "0-1+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(SCORED_AT_BOUNDARY + SCORED_AT_BOUNDARY_NEAR)
)
def test_scored_at_the_boundary_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. an equivocal score with the criterion the lab applied in a bracket after it -----------------
# variants13a v13a-f10-03: a CRC addendum's "Score 2+ in approximately 60% of tumour cells
# (HERACLES criteria: 2+ in >=50% = equivocal, ISH required)", FISH sent out: the result check set
# the whole line aside as a key ("... = equivocal") and the report read not_found. The score
# outside the bracket is the tumour's; the bracket is the rule it was judged by. Equivocal only:
# a positive line keeps the whole line's guard.
SCORE_THEN_KEY_BRACKET: list[Case] = [
    (
        "crc-2plus-heracles-bracket-key",
        "Colon, sigmoid, resection: adenocarcinoma, metastatic to liver.\n"
        "HER2 IHC: 2+ in about 70% of tumour cells (HERACLES: 2+ in >=50% of cells = equivocal, ISH needed).\n"
        "HER2 ISH: to follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "breast-2plus-asco-bracket-key",
        BREAST + "HER2 (4B5): score 2+, weak to moderate complete staining in 25% of cells "
        "(ASCO/CAP 2018: 2+ = equivocal, reflex ISH).\nISH has been requested.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]
SCORE_THEN_KEY_BRACKET_NEAR: list[Case] = [
    # a key line with no score of its own outside the bracket stays a key
    (
        "key-only-line-no-own-score",
        BREAST + "HER2 interpretation key (2+ = equivocal; 3+ = positive).\nHER2 testing to follow.\n",
        "not_found",
        {"ihc": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(SCORE_THEN_KEY_BRACKET + SCORE_THEN_KEY_BRACKET_NEAR)
)
def test_equivocal_score_before_its_key_bracket(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H. a signed decimal with a comma is a number, not a "+N" score -------------------------------
# variants13a v13a-f12-04: a bilingual copy-number export's row "ERBB2   +0,12   2,2   Neutral"
# (log2 ratio +0,12, decimal comma) read IHC 0 from "+0" ("+3" is a score: "+3, strong complete
# membranous staining"). With "+3,41" the same row would have read IHC 3+: a positive from a
# sequencing number. A digit after the comma makes it a decimal.
SIGNED_DECIMAL_COMMA: list[Case] = [
    (
        "log2-plus-3-comma-not-amplified",
        "Colorectal adenocarcinoma, NGS copy number.\n"
        "ERBB2 log2 ratio +3,05 (low tumour content, not reportable): neutral\nERBB2: not amplified.\n",
        "negative",
        {"ihc": None, "ngs.amplification": "not_amplified"},
    ),
    (
        "log2-plus-3-comma-row",
        "Adénocarcinome colorectal, FFPE. NGS (tissue).\nGene     Log2R     Copies     Call\n"
        "ERBB2    +3,41     22,4       Amplification\n",
        "positive",
        {"ihc": None, "ngs.amplification": "amplified"},
    ),
    (
        "log2-plus-2-comma-neutral",
        "Colorectal adenocarcinoma, NGS copy number.\nERBB2 log2 ratio +2,05 (subclonal, not reportable): neutral\n"
        "ERBB2: not amplified.\n",
        "negative",
        {"ihc": None},
    ),
    (
        "log2-plus-0-comma-neutral",
        "Colorectal adenocarcinoma, NGS copy number.\nERBB2    +0,07    2,1    Neutral\nSummary: ERBB2 not amplified.\n",
        "negative",
        {"ihc": None},
    ),
]
SIGNED_DECIMAL_COMMA_NEAR: list[Case] = [
    # "+3, strong complete membranous staining": a comma and a space after the score keep it a score
    (
        "plus-3-comma-space-description",
        BREAST + "HER2 IHC: +3, strong complete membranous staining in 90% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(SIGNED_DECIMAL_COMMA + SIGNED_DECIMAL_COMMA_NEAR)
)
def test_signed_decimal_comma_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
