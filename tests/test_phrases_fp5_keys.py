"""Keys, legends, method statements and consent forms that are not results (devset5 b5-f09-03,
b5-f03-08, b5-f09-06, b5-f09-07), as phrase families with near-misses.

- b5-f09-03: rows under "Key for HER2 reporting in colorectal carcinoma (for reference, when
  performed):" were read as results ("ISH: ERBB2/CEP17 ratio >=2 in >=50% of cells = amplified"):
  positive for a report that says HER2 was not tested. A heading line that only announces a key
  makes the rows of its block definitions; ">=" is a cut-off like "<" and ">".
- b5-f03-08: an archived fax printed "lNTERPRETATl0N: EQUlV0CAL" over the key "(ASCO/CAP 2007:
  ratio <1.8 not amplified; 1.8-2.2 equivocal; >2.2 amplified)"; the key's "not amplified" was the
  result. An amplification word right after a cut-off is a key's category, and the lab's
  interpretation label is read through one-letter OCR damage.
- b5-f09-06: a method statement's "Cases scoring 2+ are reflexed to dual-color ISH" was an IHC 2+.
- b5-f09-07: a consent form's 'Scores 0 and 1+ are "HER2-negative"; 1+ (or 2+ with a negative ISH)
  is sometimes called "HER2-low"' was an IHC 2+.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CRC = (
    "COLORECTAL CARCINOMA - RESECTION SYNOPTIC REPORT\n"
    "Histologic type: adenocarcinoma | Tumor site: descending colon\n"
    "HER2: testing not performed (not indicated for stage II disease).\n\n"
)

KEY_BLOCKS = [
    (
        "key-for-reference",
        "Key for HER2 reporting in colorectal carcinoma (for reference, when performed):\n"
        "  0 = no staining / 1+ = faint / 2+ = moderate / 3+ = intense\n"
        "  ISH: ERBB2/CEP17 ratio >=2 in >=50% of cells = amplified.\n",
    ),
    (
        "scoring-legend-amplified-first",
        "Scoring legend:\n  HER2 ISH: amplified = ERBB2/CEP17 ratio 2.0 or more in 50% of cells\n",
    ),
    (
        "interpretation-criteria",
        "Interpretation criteria (HERACLES):\n  HER2 IHC 3+ in >=50% of cells: positive\n",
    ),
    (
        "es-criterios",
        "Criterios de interpretación (HERACLES):\n  HER2 IHC 3+ en >=50% de las células: positivo\n",
    ),
]


@pytest.mark.parametrize(("name", "block"), KEY_BLOCKS, ids=[c[0] for c in KEY_BLOCKS])
def test_rows_under_a_key_heading_are_no_result(name: str, block: str) -> None:
    result = explain_text(CRC + block)
    assert result.status == "not_found", name


def test_a_result_after_the_key_block_still_counts() -> None:
    text = (
        "COLORECTAL CARCINOMA - RESECTION SYNOPTIC REPORT\nTumor site: descending colon\n\n"
        "Key for HER2 reporting (for reference):\n  ISH: ratio >=2 in >=50% of cells = amplified.\n\n"
        "HER2 IHC (4B5): 3+ in 80% of tumor cells (positive)\n"
    )
    assert explain_text(text).status == "positive"


def test_a_result_row_under_a_key_heading_that_defines_nothing_still_counts() -> None:
    text = (
        "BREAST, LEFT, CORE BIOPSY\nDiagnosis: invasive ductal carcinoma.\n\n"
        "Key for HER2 reporting (for reference):\n  HER2 IHC (4B5): 3+ (positive), complete membrane staining\n"
    )
    assert explain_text(text).status == "positive"


def test_a_result_under_a_heading_that_is_no_key_still_counts() -> None:
    text = "COLORECTAL CARCINOMA\nTumor site: sigmoid colon\n\nKey findings:\n  HER2 IHC (4B5): 3+ in 80% of cells (positive)\n"
    assert explain_text(text).status == "positive"


FISH = (
    "CISH/FISH HER-2/neu ANALYSIS\nBreast, left, lumpectomy, infiltrating ductal carcinoma\n\n"
    " HER-2/neu (ERBB2) / CEP 17 dual color FISH:\n"
    "   HER-2/neu signals ..... 4.0 per cell\n   CEP17 signals ......... 1.9 per cell\n"
    "   RATIO ................. 2.1\n\n"
    " {label}: EQUIVOCAL\n"
    "   (ASCO/CAP 2007: ratio <1.8 not amplified; 1.8-2.2 equivocal; >2.2 amplified)\n"
)


@pytest.mark.parametrize("label", ["INTERPRETATION", "lNTERPRETATl0N", "Interpretation", "RESU1T"])
def test_a_keys_categories_after_cutoffs_do_not_outrank_the_labs_call(label: str) -> None:
    result = explain_text(FISH.format(label=label))
    assert result.status == "equivocal", label
    assert result.ish is not None and result.ish.result == "equivocal", label


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("HER2/CEP17 ratio 2.6 (>2.0): AMPLIFIED\n", "positive"),
        ("Result: NOT AMPLIFIED (ratio 1.2)\n", "negative"),
    ],
)
def test_a_call_beside_a_cutoff_in_brackets_is_still_the_result(line: str, status: str) -> None:
    text = "HER2 FISH REPORT\nBreast, left, core biopsy, invasive ductal carcinoma\nHER2 FISH: " + line
    assert explain_text(text).status == status


GEJ = (
    "ESOPHAGOGASTRODUODENOSCOPY BIOPSY REPORT\nSpecimen: gastric cardia mass, biopsies\n"
    "DIAGNOSIS: Adenocarcinoma of the gastric cardia.\n\n"
    "HER2 METHOD STATEMENT: HER2 protein expression is assessed with the anti-HER2/neu (4B5)\n"
    "antibody, scored by the Hofmann criteria (biopsy: cluster of >=5 cells). {cases}\n\n"
    "HER2 RESULT: to be reported separately (staining in progress).\n"
)

GENERIC_CASES = [
    ("cases-scoring", "Cases scoring 2+ are reflexed to dual-color ISH."),
    ("tumours-with-a-score", "Tumours with a score of 2+ undergo FISH."),
    ("all-2plus-cases", "All 2+ cases are sent for ISH."),
    ("2plus-cases-are", "2+ cases are reflexed to SISH."),
]


@pytest.mark.parametrize(("name", "cases"), GENERIC_CASES, ids=[c[0] for c in GENERIC_CASES])
def test_what_the_lab_does_with_any_case_is_no_score(name: str, cases: str) -> None:
    result = explain_text(GEJ.format(cases=cases))
    assert result.status == "not_found", name
    assert result.ihc is None or result.ihc.score is None, name


def test_this_cases_score_in_the_next_sentence_still_counts() -> None:
    text = (
        "GASTRIC BIOPSY\nDIAGNOSIS: Adenocarcinoma of the stomach.\n"
        "HER2 immunohistochemistry (4B5) was performed on block A1. The tumor cells show strong complete\n"
        "membranous staining, score 3+, in a cluster of more than 5 cells.\n"
    )
    assert explain_text(text).status == "positive"


CONSENT = (
    "PATIENT INFORMATION AND CONSENT - BIOMARKER TESTING OF TUMOR TISSUE\n"
    "Diagnosis: Breast cancer (left), newly diagnosed\n\n"
    "What is being tested? Your tumor sample will be tested for HER2, a protein that helps some\n"
    'cancer cells grow. A score of 3+ is called "HER2-positive". {line}\n\n'
    "I agree to the testing described above.\n"
)

DEFINITIONS = [
    (
        "quoted-category-and-sometimes-called",
        'Scores 0 and 1+ are "HER2-negative"; 1+ (or 2+ with a negative ISH) is sometimes called "HER2-low".',
    ),
    ("also-known-as", "A 2+ with a negative ISH is also known as HER2-low."),
    ("termed", "0 and 1+ are termed HER2-negative."),
]


@pytest.mark.parametrize(("name", "line"), DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_a_consent_forms_definitions_are_no_result(name: str, line: str) -> None:
    result = explain_text(CONSENT.format(line=line))
    assert result.status == "not_found", name


def test_a_score_with_its_category_in_brackets_is_still_a_result() -> None:
    text = "BREAST, LEFT, CORE BIOPSY\nDiagnosis: invasive ductal carcinoma.\nHER2 IHC (4B5): 1+ (HER2-low)\n"
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "1+"
