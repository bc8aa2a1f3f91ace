"""fix19 (session 19): devset21's reports read the wrong way, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, right, wide local excision: invasive carcinoma of no special type, grade 3.\n"


# --- A. a heterogeneous tumour: an amplified area counted apart, the lab's overall call not ----
# devset21 b21-f03-05: an amplified subpopulation's count ("ratio 4.0 (amplified)") beside the
# whole-tumour count the lab called "NOT AMPLIFIED ... HER2 NEGATIVE" read amplified (the highest
# measured ratio decided the conflict). The lab's own final call decides which ISH wording is the
# tumour's when it names one result.
SUBCLONE: list[Case] = [
    (
        "whole-tumour-result-line",
        BREAST + "HER2 CISH by region. Hot spot (8% of cells): ratio 5.2, amplified.\n"
        "Whole-tumour result: not amplified (ratio 1.3; mean HER2 2.6 per cell).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "cluster-amplified-overall-negative",
        BREAST + "Dual-probe ISH, heterogeneity count.\n"
        "Focus A (about 15% of the tumour): HER2/CEP17 ratio 3.6, mean HER2 7.7 - amplified.\n"
        "Rest of tumour: ratio 1.2, mean HER2 2.4 - not amplified.\n"
        "Combined count of 60 cells: ratio 1.5, mean HER2 3.1.\n"
        "Final ISH interpretation: not amplified. HER2 status: negative (heterogeneous; amplified focus noted).\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.5},
    ),
    (
        "subpopulation-first-then-global-call",
        BREAST + "SISH: a small amplified subpopulation was seen (ratio 3.1; amplified) in under a fifth "
        "of the invasive cells.\nGlobal count: ratio 1.4, average HER2 copies 2.9 per nucleus; result not amplified.\n"
        "SUMMARY: HER2 negative (group 5), intratumoral genetic heterogeneity reported.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]
SUBCLONE_NEAR: list[Case] = [
    # an overall line that says amplified over a not-amplified area keeps amplified
    (
        "overall-amplified-over-negative-area",
        BREAST + "HER2 FISH. Area 1 (60% of tumour): ratio 1.5, mean HER2 3.4 (not amplified).\n"
        "Area 2 (40%): ratio 3.3, mean HER2 7.1 (amplified).\n"
        "Overall HER2 FISH result: AMPLIFIED (amplified population above 10%).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # the amplified area the lab calls positive keeps its reading
    (
        "amplified-area-called-positive",
        BREAST
        + "FISH, two populations.\nPopulation 1 (35% of tumour): ratio 3.8, mean HER2 8.0 (amplified).\n"
        "Population 2: ratio 1.3, mean HER2 2.5 (not amplified).\n"
        "Interpretation: HER2 POSITIVE (amplified population above 10% of the invasive tumour).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    # two results and no final call: the measured ratio still decides
    (
        "two-counts-no-final-call",
        BREAST
        + "FISH area 1: ratio 2.9, mean HER2 6.6 (amplified).\nFISH area 2: ratio 1.4, mean HER2 2.8 (not amplified).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SUBCLONE + SUBCLONE_NEAR))
def test_lab_final_call_decides_a_heterogeneous_count(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- B. a status named only to say the result must not be read as it --------------------------
# devset21 b21-f05-06: a blood report with no tumour DNA found ("should NOT be interpreted as RAS
# wild-type or HER2 negative") read HER2 negative: other results listed before the HER2 name hid
# the "not ... interpreted as" from the statement's negation check.
PLASMA = "Plasma cell-free DNA panel, metastatic colon adenocarcinoma.\nNo tumour-derived variants detected; cfDNA input low.\n"
NOT_TO_BE_READ_AS: list[Case] = [
    (
        "must-not-be-read-as-list-nor",
        PLASMA
        + "A 'not detected' result must not be read as KRAS/NRAS/BRAF wild-type, nor as HER2-negative.\n",
        "not_found",
        {},
    ),
    (
        "not-taken-as-evidence-of",
        PLASMA + "Undetectable ctDNA is not to be taken as evidence of a HER2 negative tumour.\n",
        "not_found",
        {},
    ),
    (
        "cannot-be-regarded-as-comma-list",
        PLASMA
        + "This finding cannot be regarded as RAS wild-type, BRAF wild-type or HER2 negative; please test tissue.\n",
        "not_found",
        {},
    ),
]
NOT_TO_BE_READ_AS_NEAR: list[Case] = [
    # the lab's own reading of the tumour, with the same verbs and lists, keeps its call
    (
        "interpreted-as-negative",
        "Colon, biopsy: adenocarcinoma.\nHER2 IHC 1+; interpreted as HER2 negative by HERACLES criteria.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "considered-list-and-negative",
        "Colon, biopsy: adenocarcinoma.\nHER2 immunohistochemistry: no staining (0).\n"
        "The tumour is considered RAS wild-type and HER2 negative.\n",
        "negative",
        {},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(NOT_TO_BE_READ_AS + NOT_TO_BE_READ_AS_NEAR)
)
def test_status_the_result_must_not_be_read_as(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- C. an earlier sample's bare status, its sentence cut by an abbreviation's full stop ------
# devset21 b21-f11-09: '- 2017 primary, left breast (Hosp. A): "HER2 negative"' beside the current
# biopsy's HER2 IHC in progress read negative: the full stop of "Hosp." ended the sentence, so the
# line's "2017 primary" no longer marked the status as an earlier sample's. A full stop inside a
# bracket that closes a word or two later ends no sentence.
QUERY = "HER2 results: trastuzumab deruxtecan suitability (metastatic ER+ breast cancer)\nResults we could find:\n"
ABBREVIATED_SOURCE: list[Case] = [
    (
        "gen-hosp-quoted-negative-current-pending",
        QUERY + '  - 2016 primary, right breast (Gen. Hosp. B): "HER2 negative" (no score recorded)\n'
        "  - 2026 bone biopsy: histology only; HER2 IHC requested 2026-03-10, PENDING\n",
        "not_found",
        {},
    ),
    (
        "univ-hosp-primary-current-in-progress",
        QUERY + "  - 2020 primary, left breast (Univ. Hosp. Leeds): HER2 negative\n"
        "  - 2026 liver core: HER2 immunohistochemistry in progress\n",
        "not_found",
        {},
    ),
    (
        "mt-primary-current-awaited",
        QUERY
        + "  - 2019 primary tumour (Mt. Sinai): HER2 negative\n  - 2026 lung biopsy: HER2 IHC ordered, result awaited\n",
        "not_found",
        {},
    ),
]
ABBREVIATED_SOURCE_NEAR: list[Case] = [
    # the current sample's own result beside the same abbreviation keeps its reading
    (
        "current-biopsy-abbreviated-lab",
        QUERY + "  - 2026 lung biopsy (Mt. Sinai): HER2 IHC 1+, HER2 negative\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "current-sample-st-lab-score-zero",
        "Liver, core biopsy: metastatic breast carcinoma (reviewed at St. Luke).\nHER2 status (current sample): negative (IHC 0).\n",
        "negative",
        {"ihc.score": "0"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ABBREVIATED_SOURCE + ABBREVIATED_SOURCE_NEAR)
)
def test_earlier_status_past_an_abbreviation_while_own_test_pending(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


# --- D. a group 2-4 the lab itself leaves equivocal, in an unlabelled sentence ------------------
# devset21 b21-f02-10: IHC 2+ and a group 4 count, then "we regard the HER2 status of the residual
# tumour as INDETERMINATE / EQUIVOCAL and recommend repeat testing" read negative: the IHC 2+
# settled the group although the lab, with that IHC, declined to.
LONE_EQUIVOCAL: list[Case] = [
    (
        "consider-indeterminate-repeat-to-follow",
        BREAST + "HER2 IHC: 2+ in about a quarter of the cells, heterogeneous.\n"
        "Dual ISH: ratio 1.7, mean HER2 4.4 per cell (group 4).\n"
        "In view of the heterogeneity we consider the HER2 status indeterminate (equivocal); "
        "a repeat on another block will follow.\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
    (
        "regarded-as-equivocal-until-repeat",
        BREAST
        + "HER2 immunohistochemistry 2+. SISH: HER2/CEP17 1.5, mean HER2 copies 5.1 (ASCO/CAP group 4).\n"
        "HER2 status regarded as equivocal until the repeat on block C3 is reported.\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
]
LONE_EQUIVOCAL_NEAR: list[Case] = [
    # the IHC stage's equivocal word before the ISH it asked for: the ISH group settles it
    (
        "ihc-stage-equivocal-then-group-4",
        BREAST
        + "HER2 IHC 2+, HER2 equivocal; reflex ISH performed.\nDual ISH: ratio 1.6, mean HER2 4.3 per cell (group 4).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "group-4-lab-calls-negative",
        BREAST + "HER2 IHC: 2+. Dual ISH: ratio 1.7, mean HER2 4.4 per cell (group 4). HER2 negative.\n",
        "negative",
        {},
    ),
]


# --- E. a ratio in the 2007 equivocal band with the lab's own "RESULT: EQUIVOCAL" line ---------
# devset21 b21-f03-04: a 2015 lab on the ASCO/CAP 2007 cut-offs printed "RESULT:  EQUIVOCAL (ratio
# 1.98)" on a line with no HER2 name; the ratio alone was worked out by today's groups as not
# amplified. The lab's call is the report's result (the safe direction).
OLDER_BAND_LINE: list[Case] = [
    (
        "sop-ranges-result-equivocal",
        "HER2 FISH REPORT\nSpecimen: left breast excision, block B2.\n\n"
        "Cells counted: 50; HER2 signals 118; CEP17 signals 61\nHER2 per cell: 2.36    HER2/CEP17 ratio: 1.93\n\n"
        "Reference ranges (departmental SOP, ASCO/CAP 2007):\n   ratio below 1.8 = not amplified\n"
        "   ratio 1.8 - 2.2 = EQUIVOCAL\n   ratio above 2.2 = amplified\n\nRESULT: EQUIVOCAL (ratio 1.93)\n",
        "equivocal",
        {"ish.result": "equivocal"},
    ),
]
OLDER_BAND_LINE_NEAR: list[Case] = [
    # the lab's own not-amplified line at the same ratio keeps its reading
    (
        "result-not-amplified-same-ratio",
        "HER2 GENE COPY REPORT (dual-colour FISH)\nSpecimen: right breast core, invasive carcinoma.\n\n"
        "Nuclei scored: 40\nMean HER-2 signals per nucleus: 2.3    Ratio HER-2/CEP17: 1.93\n\n"
        "RESULT: NOT AMPLIFIED (ratio 1.93; group 5).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    phrase_params(LONE_EQUIVOCAL + LONE_EQUIVOCAL_NEAR + OLDER_BAND_LINE + OLDER_BAND_LINE_NEAR),
)
def test_lab_own_equivocal_word_keeps_the_ish_equivocal(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- F. a kind of deficiency named between the negation and the MMR state ----------------------
# devset21 b21-f06-04: "mismatch repair PROFICIENT (pMMR), no evidence of Lynch-type MMR
# deficiency" read MMR deficient: the qualifier (and a line break) put the negation outside its
# window.
COLON = "Colon, sigmoid, resection: adenocarcinoma, pT3 N0.\nHER2 IHC (4B5): 0, HERACLES negative.\n"
MMR_QUALIFIED: list[Case] = [
    (
        "no-evidence-of-lynch-type-deficiency",
        COLON + "MMR IHC: MLH1, PMS2, MSH2 and MSH6 retained. Mismatch repair intact;\nno evidence of\n"
        "   Lynch-type MMR deficiency.\n",
        "negative",
        {"related.mmr": "proficient"},
    ),
    (
        "negative-for-any-deficiency",
        COLON
        + "Mismatch repair proteins: all four retained (pMMR). Negative for any mismatch repair deficiency.\n",
        "negative",
        {"related.mmr": "proficient"},
    ),
]
MMR_QUALIFIED_NEAR: list[Case] = [
    (
        "loss-consistent-with-lynch-type-deficiency",
        COLON + "MMR IHC: loss of MLH1 and PMS2, MSH2 and MSH6 retained; consistent with Lynch-type MMR "
        "deficiency or MLH1 promoter hypermethylation.\n",
        "negative",
        {"related.mmr": "deficient"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(MMR_QUALIFIED + MMR_QUALIFIED_NEAR))
def test_negated_qualified_mmr_deficiency(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- G. a translated German report's earlier core ("Vorbefund Stanzbiopsie") after treatment ---
# devset21 b21-f02-03: no residual tumour after neoadjuvant therapy ("HER2 testing on the current
# specimen: not possible"), and the only HER2 result is the core biopsy's, quoted under
# "Vorbefund" (earlier report): read positive. "Vorbefund", "Vorbiopsie" mark an earlier result and
# "Stanzbiopsie", "Resektat" name a sample, so the session-9 convention applies: a sample after
# treatment with only the pre-treatment result quoted has no result of its own (not found).
GERMAN_EARLIER: list[Case] = [
    (
        "vorbefund-stanzbiopsie-pcr-not-possible",
        "Befundbericht (translation)\nMaterial: Mamma links, Ablatio nach neoadjuvanter Chemotherapie\n"
        "Vorbefund Stanzbiopsie (B-20-1144): HER2 Score 3+ = HER2 positiv.\n"
        "Current findings: no residual invasive carcinoma, ypT0 ypN0 (pCR).\n"
        "HER2 on the current specimen: not possible, no tumour left.\n",
        "not_found",
        {},
    ),
    (
        "vorbefunde-label-pcr",
        "Befundbericht (translation)\nMaterial: Segmentresektat nach neoadjuvanter Therapie.\n"
        "Vorbefunde: Stanzbiopsie (B-20-1144), HER2 Score 2+, ISH amplifiziert, HER2 positiv.\n"
        "Current specimen: complete response, no residual tumour (ypT0 ypN0).\nHER2 testing on this specimen: not possible.\n",
        "not_found",
        {},
    ),
]
GERMAN_EARLIER_NEAR: list[Case] = [
    # the residual tumour's own score is the result; the quoted core is the earlier sample's
    (
        "residual-own-score-beside-vorbefund",
        "Befundbericht (translation)\nMaterial: Mamma rechts, Resektat nach neoadjuvanter Therapie.\n"
        "Residual invasive carcinoma, ypT1b ypN0.\nHER2 on the residual tumour: Score 1+, HER2 negativ.\n"
        "Vorbefund Stanzbiopsie (B-20-1144): HER2 Score 3+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    # no treatment in between: the same tumour's earlier core still counts
    (
        "vorbefund-without-treatment-counts",
        "Befundbericht (translation)\nMaterial: Mamma links, Exzisat; invasive carcinoma NST, 18 mm, no prior therapy.\n"
        "Vorbefund Stanzbiopsie (B-20-1144): HER2 Score 3+, HER2 positiv.\nHER2 was not repeated on the excision.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(GERMAN_EARLIER + GERMAN_EARLIER_NEAR))
def test_german_earlier_core_after_treatment(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
