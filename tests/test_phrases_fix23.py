"""fix23 (session 23): the unsafe families found last session that still read a confident wrong
status, and wrong-way leftovers, as phrase families.

Each family: variants a different lab would write (the status they must read as) and near-misses
that keep their reading. A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

Case = PhraseCase

CORE = "Surgical pathology. Right breast, 14G core biopsy: invasive carcinoma NST, grade 2.\n"
EXCISION = "Surgical pathology. Left breast, wide local excision: invasive ductal carcinoma, 17 mm.\n"


# --- R4. one area counted when it is the only area there is ------------------------------------------
# review22 R4: fix22's "area N only" rule read a report whose one counted area is the whole invasive
# tumour not_found. It is a regional note only beside another ISH value or call of the report.
ONLY_AREA_IS_TUMOUR: list[Case] = [
    (
        "area-one-only-sole-focus-amplified",
        CORE
        + "HER2 dual ISH, 20 cells (area 1 only, the single focus of invasion): ratio 4.6 - AMPLIFIED.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.6},
    ),
    (
        "region-b-only-no-tumour-elsewhere-not-amplified",
        EXCISION + "HER2 SISH: ratio 1.1 (zone B only - zone A is fibrosis), not amplified.\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.1},
    ),
]
ONLY_AREA_IS_TUMOUR_NEAR: list[Case] = [
    # beside the whole tumour's value, one area's count stays a regional note
    (
        "whole-tumour-negative-area-three-only-amplified",
        EXCISION + "HER2 FISH, all invasive tumour (50 nuclei): ratio 1.3. NOT AMPLIFIED.\n"
        "A separate count in area 3 only: ratio 4.4, amplified.\nHER2 status: NEGATIVE\n",
        "negative",
        {"ish.result": "not_amplified", "ish.ratio": 1.3},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ONLY_AREA_IS_TUMOUR + ONLY_AREA_IS_TUMOUR_NEAR)
)
def test_the_only_area_counted_is_the_tumours_count(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 1a. an earlier sample's score and this sample's on one line ----------------------------------
# session 22: "HER2 IHC: 3+ on the 2019 core; 1+ on this excision" read POSITIVE on the core's 3+.
# Each clause names its sample: the clause naming this sample (or the surgical specimen beside a
# biopsy) gives the current score, and the earlier one is set aside (findings/sample_clauses.py).
EARLIER_AND_THIS_SAMPLE: list[Case] = [
    (
        "semicolon-prior-core-then-this-mastectomy",
        EXCISION
        + "HER2 (4B5) immunostain: 3+ on the previous core (2020); score 0 on this mastectomy specimen.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "slash-bracketed-samples",
        EXCISION + "HER2 IHC score: 3+ (needle biopsy, 2018) / 1+ (lumpectomy)\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "tense-biopsy-was-resection-is",
        EXCISION
        + "HER2: the diagnostic biopsy was scored 3+, but the resection is 1+ (faint, incomplete).\n",
        "negative",
        {"ihc.score": "1+"},
    ),
    (
        "sample-named-before-each-score",
        EXCISION + "HER2 IHC: earlier core biopsy 3+; current excision 1+.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
EARLIER_AND_THIS_SAMPLE_NEAR: list[Case] = [
    # this sample's 3+, whichever clause it stands in, keeps the report positive
    (
        "prior-core-low-this-excision-high",
        EXCISION + "HER2 IHC: 1+ on the previous core (2020); 3+ on this excision.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    (
        "this-excision-first-then-prior-core-low",
        EXCISION + "HER2 IHC: 3+ on this excision; 0 on the 2019 core biopsy.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # two blocks of one sample: the highest block decides
    (
        "two-blocks-highest",
        EXCISION + "HER2 IHC: 1+ on block B1; 3+ on block B4.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the tumour's and the control's score: the tumour's
    (
        "tumour-and-control",
        EXCISION + "HER2 IHC: 3+ in tumour; 0 on the external control.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the surgical specimen's higher score beside the biopsy's lower one
    (
        "core-low-excision-high-no-words",
        EXCISION + "HER2 IHC: 2+ (core) / 3+ (excision)\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # two in-situ and invasive parts of one sample are no samples
    (
        "invasive-and-dcis",
        EXCISION + "HER2: 3+ in the invasive carcinoma, 1+ in the DCIS.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(EARLIER_AND_THIS_SAMPLE + EARLIER_AND_THIS_SAMPLE_NEAR)
)
def test_this_samples_score_beside_an_earlier_samples(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 1b. the in-situ component's word set against the invasive tumour's ---------------------------
# session 22: "HER2 FISH: amplified (ratio 3.3), unlike the DCIS component, which is not amplified"
# read NEGATIVE. HER2 is scored on the invasive carcinoma only: the word of a clause that names the
# in-situ component is no result beside the tumour's (findings/in_situ_clause.py), and the doubt gate
# does not read the component's "not" as a denial of the tumour's value.
IN_SITU_CONTRAST: list[Case] = [
    (
        "amplified-unlike-dcis-which-is-not",
        EXCISION
        + "HER2 SISH: AMPLIFIED (HER2/CEP17 4.1), unlike the associated DCIS, which is non-amplified.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
    (
        "amplified-as-opposed-to-dcis-not",
        EXCISION
        + "HER2 FISH: AMPLIFIED (ratio 3.6), as opposed to the DCIS component, which is not amplified.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.6},
    ),
    (
        "in-situ-not-whereas-invasive-is",
        EXCISION + "HER2 FISH: the ductal carcinoma in situ is not amplified whereas the invasive carcinoma"
        " is amplified (ratio 3.4, 20 cells).\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 3.4},
    ),
    (
        "invasive-amplified-semicolon-in-contrast-in-situ-not",
        EXCISION + "HER2 dual ISH: invasive tumour amplified (ratio 4.7); in contrast, the in situ"
        " component is not amplified.\n",
        "positive",
        {"ish.result": "amplified", "ish.ratio": 4.7},
    ),
]
IN_SITU_CONTRAST_NEAR: list[Case] = [
    # the invasive tumour's own "not amplified" stays, whatever the in-situ component shows
    (
        "not-amplified-unlike-dcis-which-is",
        EXCISION + "HER2 FISH: not amplified (ratio 1.3), unlike the DCIS, which is amplified.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    (
        "dcis-amplified-whereas-invasive-not",
        EXCISION
        + "HER2 FISH: the DCIS is amplified, whereas the invasive carcinoma is not amplified (ratio 1.5).\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # one statement on both components is the tumour's
    (
        "invasive-and-dcis-together-not-amplified",
        EXCISION + "HER2 FISH (invasive carcinoma and DCIS): not amplified, ratio 1.2.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
    # a note that the in-situ component was not assessed is no contrast
    (
        "not-amplified-dcis-not-assessed",
        EXCISION + "HER2 FISH: not amplified (ratio 1.4); the DCIS component was not assessed.\n",
        "negative",
        {"ish.result": "not_amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(IN_SITU_CONTRAST + IN_SITU_CONTRAST_NEAR))
def test_the_in_situ_components_word_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 1c. a value the report calls erroneous; a prior core's score beside this block's -------------
# probe22: "Original (erroneous) entry, kept for audit:" over "HER2 IHC: 3+, POSITIVE" with no
# corrected value read POSITIVE; it is no result (findings/erroneous_entry.py). A FISH report's
# "Prior IHC on the 2019 core (...): 3+." over "IHC on block A3: 2+." read the prior 3+ alone.
ERRONEOUS_OR_PRIOR: list[Case] = [
    (
        "erroneous-entry-label-no-correction",
        "AMENDED REPORT\n" + CORE + "Entry made in error (retained for the record):\n"
        "  HER2 immunohistochemistry: score 3+ (positive)\nA corrected HER2 result will follow.\n",
        "not_found",
        {"ihc": None},
    ),
    (
        "withdrawn-result-label-no-correction",
        CORE
        + "Incorrect result - withdrawn:\nHER2 SISH: AMPLIFIED, ratio 4.4\nRepeat testing has been requested.\n",
        "not_found",
        {"ish": None},
    ),
    (
        "fish-report-prior-core-ihc-then-own-block",
        EXCISION + "HER2 SISH on block B2: ratio 1.3, not amplified.\nPrevious IHC on the 2020 core (report"
        " C20-311): 3+.\nIHC on block B2: 2+.\n",
        "negative",
        {"ihc.score": "2+", "ish.result": "not_amplified"},
    ),
]
ERRONEOUS_OR_PRIOR_NEAR: list[Case] = [
    # the corrected entry's value is the result
    (
        "corrected-entry-below-erroneous",
        CORE
        + "Erroneous entry (kept for audit):\n  HER2 IHC: 0\nCorrected entry:\n  HER2 IHC: 3+, POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # a label that only says "original" is an earlier result, kept when it is the only one
    (
        "original-entry-only",
        CORE + "Original entry:\n  HER2 IHC: 3+, POSITIVE\n",
        "positive",
        {"ihc.score": "3+"},
    ),
    # the FISH report's own IHC, with no prior one, still read
    (
        "fish-report-own-block-ihc-only",
        EXCISION + "HER2 SISH on block B2: ratio 1.3, not amplified.\nIHC on block B2: 2+.\n",
        "negative",
        {"ihc.score": "2+"},
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "keys"), phrase_params(ERRONEOUS_OR_PRIOR + ERRONEOUS_OR_PRIOR_NEAR)
)
def test_an_erroneous_value_and_a_prior_cores_score(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 3. a sequencing panel's amplification call is no ISH result -----------------------------------
# fix22 item 4 (devset23 b23-f04-01/03): "ERBB2 (HER2)   AMPLIFICATION DETECTED   copy number 9" in a
# panel that names ISH elsewhere filled the record's ISH field; so did "Concordance with HER2 IHC/ISH
# is high for high-level amplification". The ISH field stays empty unless an ISH test gave it.
PANEL = (
    "COMPREHENSIVE GENOMIC PROFILING (NGS, 500 genes) - TISSUE\n"
    "Patient: Doe, Jane            DOB: 1960-01-01\n"
    "Specimen: liver metastasis, core biopsy, block A1\n"
    "Primary: colon adenocarcinoma (resected 2023)\n"
    "Tumour content: 40%\n"
    "Collected: 2025-03-01   Reported: 2025-03-12\n\n"
)
CRC_NOTE = (
    "\nNote on HER2 in colorectal cancer: trials have used IHC 3+, or IHC 2+ with ISH\n"
    "amplification, or NGS amplification, as entry criteria.\n"
)
NGS_NOT_ISH: list[Case] = [
    (
        "panel-row-gene-symbol-with-alias",
        PANEL
        + "KEY RESULTS\n  ERBB2 (HER2)     AMPLIFIED        copy number 11\n  KRAS             wild-type\n"
        "  NRAS             wild-type\n  BRAF             wild-type\n" + CRC_NOTE,
        "positive",
        {"ish": None, "ngs.amplification": "amplified"},
    ),
    (
        "correlation-claim-after-the-call",
        PANEL + "Copy number: ERBB2 amplified (CN 16). CCND1 not amplified.\n\n"
        "Interpretation: ERBB2 amplification at this level is clinically significant. Correlation\n"
        "between HER2 ISH and NGS copy number is generally good for high-level amplification.\n",
        "positive",
        {"ish": None, "ngs.amplification": "amplified"},
    ),
]
NGS_NOT_ISH_NEAR: list[Case] = [
    # an ISH test the panel report quotes by name is an ISH result
    (
        "panel-quotes-fish-by-name",
        PANEL + "GENOMIC FINDINGS\n  ERBB2    Amplification    copy number 12\n"
        "HER2 FISH (outside laboratory, same block): amplified, HER2/CEP17 ratio 5.6.\n",
        "positive",
        {"ish.result": "amplified"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(NGS_NOT_ISH + NGS_NOT_ISH_NEAR))
def test_a_panels_amplification_call_is_no_ish_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)


# --- 4. a line of guidance about any tumour with a score --------------------------------------------
# devset25 b25-f01-10: "an IHC 2+ tumour is neither HER2 positive nor HER2 negative until ISH is
# reported" below the lab's "Final HER2 ..... EQUIVOCAL pending FISH" read as calls of this tumour, and
# the report read not_found (probe23: context.toml hypothetical-generic-cases).
GENERIC_CASE: list[Case] = [
    (
        "equivocal-final-with-guidance-note",
        CORE + "HER2 IHC: 2+ (equivocal). FISH sent to the reference laboratory; result to follow.\n"
        "Final HER2: EQUIVOCAL, awaiting ISH.\n\n"
        "Note for the clinic: a 2+ carcinoma is neither HER2 positive nor HER2 negative until ISH is done.\n",
        "equivocal",
        {"ihc.score": "2+"},
    ),
    (
        "negative-with-guidance-about-3-plus",
        EXCISION + "HER2 IHC (4B5): 1+, HER2 NEGATIVE (HER2-low).\n"
        "Comment: any HER2 3+ tumour would be considered positive and eligible for trastuzumab.\n",
        "negative",
        {"ihc.score": "1+"},
    ),
]
GENERIC_CASE_NEAR: list[Case] = [
    # this tumour called by a verb before the article keeps its score
    (
        "this-is-a-3-plus-tumour",
        CORE + "HER2 IHC: this is a HER2 3+ tumour (complete, intense staining in 90% of cells).\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(GENERIC_CASE + GENERIC_CASE_NEAR))
def test_guidance_about_any_tumour_is_no_result(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
