"""The lead's mends after blind set 26's end measurement (session 23), as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

BREAST = "Breast, right, core biopsy: invasive ductal carcinoma, grade 3.\n"
GASTRIC = "Stomach, antrum, subtotal gastrectomy: adenocarcinoma, intestinal type.\n"
LUNG_NGS = (
    "Comprehensive genomic profiling, lung adenocarcinoma (tissue).\n"
    "KRAS G12C detected (VAF 24%).\n"
    "ERBB2 copy number 2.1 - not amplified.\n"
)


# --- A. two statuses a plan weighs, before any HER2 result ---------------------------------------
# A tumour board note "Triple-negative vs HER2-positive biology will determine the regimen" with
# the HER2 stain still under review was read POSITIVE.
ALTERNATIVES: list[Case] = [
    (
        "triple-negative-vs-her2-positive",
        BREAST + "ER 0%, PR 0%. HER2: slides under review; result to follow as a supplementary report.\n"
        "Plan: triple-negative vs HER2-positive biology will determine the neoadjuvant regimen.\n",
        "not_found",
        {},
    ),
    (
        "her2-positive-versus-negative-status",
        BREAST + "HER2 immunostain requested on block A2.\n"
        "MDT: HER2-positive versus HER2-negative status will decide between TCHP and AC-T.\n",
        "not_found",
        {},
    ),
    (
        "low-vs-zero-decides",
        BREAST + "HER2 IHC pending.\nHER2-low vs HER2-zero will decide T-DXd eligibility at progression.\n",
        "not_found",
        {},
    ),
]
ALTERNATIVES_NEAR: list[Case] = [
    # two statuses named as one subtype's names, or as a heading's choice, with no plan weighing them
    (
        "subtype-named-two-ways",
        BREAST
        + "HER2 IHC: 3+, positive; the tumour fits the ER-negative, HER2-positive or HER2-enriched group.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "heading-offers-both-statuses",
        BREAST + "HER2 status (positive vs negative): POSITIVE - IHC 3+ in 90% of cells.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a result, then a comparison with an earlier score: the result stays
    (
        "result-compared-with-earlier-score",
        BREAST + "HER2 IHC: 3+ (POSITIVE), vs 1+ on the 2019 biopsy.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "negative-with-0-or-1-plus-definition",
        BREAST + "HER2: NEGATIVE (IHC 1+).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]


# --- B. a criterion put as a condition on a share of cells ---------------------------------------
# "Per ASCO/CAP, heterogeneity is reported when >10% of cells are amplified" under a count whose
# overall ratio is 1.2 was read as an amplified call beside the lab's NOT AMPLIFIED (not_found).
SHARE_CRITERION: list[Case] = [
    (
        "heterogeneity-reported-when-share-amplified",
        BREAST + "HER2 FISH: one focus with clusters (ratio 3.6, ~4% of cells).\n"
        "Remaining tumour: ratio 1.3, mean HER2 2.6. Heterogeneity is reported when >10% of cells are "
        "amplified.\nRESULT: HER2 NOT AMPLIFIED (overall ratio 1.3).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "called-heterogeneous-when-more-than",
        BREAST + "HER2 SISH: ratio 1.5, mean HER2 copy number 3.0. A tumour is called heterogeneous when "
        "more than 10% of tumour cells are amplified; not met here.\nInterpretation: not amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]
SHARE_CRITERION_NEAR: list[Case] = [
    (
        "when-nuclei-were-counted",
        BREAST + "HER2 FISH: AMPLIFIED (ratio 3.0, mean HER2 6.4); heterogeneous, since amplified nuclei "
        "appeared when over 30% of the nuclei were scored.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "amplified-share-of-cells-stays",
        BREAST + "HER2 FISH: AMPLIFIED (ratio 3.4) in 60% of the cells counted.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


# --- C. an amendment that names the version it corrects ------------------------------------------
# A reason paragraph naming the numbered version that gave a wrong call, with that version's date
# in a bracket, in a report dated the same year: the date made the cue "dated now", and the quoted
# call was read beside the corrected not-amplified result (not_found).
NAMED_VERSION: list[Case] = [
    (
        "amendment-one-which-reported",
        "AMENDED REPORT (Amendment 2)\n"
        "Amendment reason: interpretive error in Amendment 1 (03/02/2024), which reported the HER2\n"
        'FISH as "AMPLIFIED". The signals were recounted.\n'
        + BREAST
        + "HER2 IHC: 2+.\nHER2 FISH (corrected): ratio 1.4, NOT AMPLIFIED.\n"
        "Signed 03/05/2024.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "addendum-one-which-had-reported",
        "CORRECTED REPORT\n"
        "Addendum #1 (2023-06-01), which had reported HER2 IHC 3+, was issued on the wrong case.\n"
        + BREAST
        + "HER2 IHC: 1+ (negative).\nReport date 2023-06-04.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
NAMED_VERSION_NEAR: list[Case] = [
    # the current amendment reports in the present tense: its value is the result
    (
        "amendment-two-reports-now",
        BREAST + "Amendment 2 reports HER2 FISH amplified (ratio 3.1, mean HER2 6.8).\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


# --- D. a rule line under a not-detected heading ------------------------------------------------
# A not-detected heading with a row of dashes drawn under it, then a list naming BRAF V600E: the
# dashes ended the heading's reach, and BRAF read mutant. A rule under anything but the heading
# still closes the list (review23).
RULED_HEADING: list[Case] = [
    (
        "negative-for-heading-over-dashes",
        LUNG_NGS + "\n--------------------------------\nNEGATIVE FOR (selected actionable genes)\n"
        "--------------------------------\n  EGFR exon 19 deletions, BRAF V600E, KRAS G12D/V,\n"
        "  NRAS, MET amplification.\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
    (
        "not-detected-heading-over-equals",
        LUNG_NGS + "\nNOT DETECTED\n==============\n  BRAF V600E   NRAS Q61K   ALK fusion\n",
        "negative",
        {"related.braf": "wild-type"},
    ),
]
RULED_HEADING_NEAR: list[Case] = [
    # a rule that closes a not-detected list: the rows under it are another section's
    (
        "rule-closes-not-detected-list",
        "Tissue sequencing panel, gastric adenocarcinoma.\nNOT DETECTED\n  KRAS   NRAS   PIK3CA\n"
        "-----------------------------\n  ERBB2 amplification, copy number 18\n",
        "positive",
        {"ngs.amplification": "amplified"},
    ),
    (
        "detected-heading-over-dashes",
        LUNG_NGS + "\nDETECTED\n--------------------------------\n  BRAF V600E (VAF 12%)\n",
        "negative",
        {"related.braf": "mutant"},
    ),
]


# --- E. a negated sentence that wraps before the exon 20 words ----------------------------------
# A negated sentence wrapped so that the exon 20 words open the next line in a bracket listed an
# exon 20 insertion as found. A new row that opens with a capital is a row of its own (review23).
NEGATED_WRAPPED: list[Case] = [
    (
        "no-activating-mutation-wrapped",
        LUNG_NGS + "INTERPRETATION: KRAS-mutant adenocarcinoma. No ERBB2 (HER2) amplification and no HER2 "
        "activating\n(exon 20 insertion or kinase-domain hotspot) mutation was identified.\n",
        "negative",
        {"ngs.mutations": []},
    ),
]
NEGATED_WRAPPED_NEAR: list[Case] = [
    # a row of its own under an unpunctuated negated line keeps its insertion
    (
        "row-of-its-own-under-negated-line",
        "Tissue sequencing, lung adenocarcinoma.\nERBB2 copy number 2.1 - not amplified.\n"
        "No EGFR, ALK or ROS1 alteration was found\nERBB2 exon 20 insertion detected (VAF 22%).\n",
        "negative",
        {"ngs.mutations": ["exon 20 insertion"]},
    ),
    (
        "exon20-found-after-other-genes-negated",
        "Comprehensive genomic profiling, lung adenocarcinoma (tissue).\n"
        "No EGFR or KRAS mutation was found, but an ERBB2 exon 20 insertion\n"
        "(A775_G776insYVMA, VAF 31%) was detected. ERBB2 not amplified (CN 2.0).\n",
        "negative",
        {"ngs.mutations": ["A775_G776insYVMA", "exon 20 insertion"]},
    ),
]


# --- F. a corrected fax whose call is OCR-damaged, and the call word it says was in error --------
# A correction paragraph quoting the wrong call word ('... "NEGATIVE" in error') a few words
# before restating the score gave that score a negative call, which disagreed with it: not_found. (Reading "lnterpretation" as "Interpretation" in a
# fax was tried and left: it changed how devset25 b25-f03-06's CISH rows were read.)
FAX_CORRECTION: list[Case] = [
    (
        "fax-corrected-call",
        " ** C0RRECTED C0PY **   faxed 2019-O3-12\n"
        " Reason: the call line of the first issue printed\n"
        ' "NEGATlVE" in err0r; its sc0re of 3+ stands.\n'
        " Breast, L, core bx: lnvasive ducta1 carcinoma\n"
        " HER2 (4B5)  sc0re 3+ , >9O% comp1ete membrane staining\n"
        "             Ca11: P0SlTlVE  (amended)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "clean-call-in-error",
        BREAST + 'Correction: the interpretation line read "NEGATIVE" in error. The HER2 score of 3+ '
        "was correctly stated.\nHER2 IHC: 3+, POSITIVE.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


# --- G. what the lab does with any 2+ -----------------------------------------------------------
# A comment saying what the lab does with any 2+ (in a report whose HER2 stain is pending) was read
# as an IHC 2+ (equivocal). A sample's own "score of 2+ is reflexed" keeps its score (review23).
LAB_POLICY: list[Case] = [
    (
        "results-of-2-plus-are-reflexed",
        GASTRIC + "HER2 (ERBB2) IHC, block A5: pending; an addendum will follow.\n"
        "Comment: HER2 testing in gastric resections uses the >=10% cut-off; results of 2+ are "
        "reflexed to ISH.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "a-score-of-2-plus-is-sent",
        GASTRIC + "HER2 immunohistochemistry has been requested.\n"
        "Note: a score of 2+ is sent for SISH at the reference laboratory.\n",
        "not_found",
        {"ihc": None},
    ),
]
LAB_POLICY_NEAR: list[Case] = [
    (
        "this-score-of-2-plus-is-reflexed",
        BREAST + "HER2 IHC: score of 2+ is reflexed to ISH; the ISH result will follow.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "this-result-of-2-plus",
        GASTRIC + "HER2 IHC: result of 2+ (equivocal); reflex ISH has been sent.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(ALTERNATIVES + ALTERNATIVES_NEAR))
def test_two_statuses_weighed_by_a_plan_are_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SHARE_CRITERION + SHARE_CRITERION_NEAR))
def test_a_criterion_on_a_share_of_cells_is_no_call(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NAMED_VERSION + NAMED_VERSION_NEAR))
def test_a_value_an_earlier_numbered_version_reported_is_earlier(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(RULED_HEADING + RULED_HEADING_NEAR))
def test_a_rule_line_under_a_list_heading_keeps_its_reach(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NEGATED_WRAPPED + NEGATED_WRAPPED_NEAR))
def test_a_negated_sentence_covers_the_exon_20_words_after_its_line_break(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(FAX_CORRECTION))
def test_a_call_word_given_in_error_is_not_the_score_s_call(
    text: str, status: str, keys: dict[str, Any]
) -> None:
    assert_reads_status(text, status, keys)


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(LAB_POLICY + LAB_POLICY_NEAR))
def test_what_the_lab_does_with_any_2_plus_is_no_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- H. review23's mends of fix23's rules --------------------------------------------------------
# Two lettered parts of this report scored on one line are both current: a biopsy beside a surgical
# sample is the earlier one only when the biopsy is told in the past ("the core was 3+", fix23's
# cases); and a count
# of one area "only" is a regional note when the rest of the tumour's count follows it.
REVIEW_MENDS: list[Case] = [
    (
        "two-lettered-parts-one-line",
        "A. Right breast, 10 o'clock, core biopsy: invasive carcinoma, grade 3.\n"
        "B. Right breast, 2 o'clock, wide excision: invasive carcinoma, grade 2.\n"
        "HER2 IHC: 3+ on the core biopsy (part A); 1+ on the wide excision (part B).\n",
        "positive",
        {},
    ),
    # ... but beside the surgery of a report after treatment the biopsy is the sample before it
    (
        "biopsy-beside-surgery-after-treatment",
        "Right breast, wide excision after neoadjuvant chemotherapy: residual carcinoma, 9 mm.\n"
        "HER2 IHC: 1+ on the excision; 3+ on the diagnostic biopsy.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "one-area-only-then-rest-of-tumour",
        "Left breast, excision: invasive carcinoma.\n"
        "HER2 FISH (area 2 only, one heterogeneous cluster): HER2/CEP17 3.2, AMPLIFIED.\n"
        "Rest of the tumour: 1.3 (mean HER2 2.6 signals/cell).\n",
        "not_found",
        {},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(REVIEW_MENDS))
def test_review23_mends_of_this_session_s_sample_rules(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
