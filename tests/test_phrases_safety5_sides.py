"""Which tumor a result is about (the other breast), whether a sentence is a question, and which
form line a checkbox belongs to (tests/variants5, families C, F and A).

- The other side. "History: Known LEFT breast invasive carcinoma (2022), HER2-positive (IHC 3+;
  FISH ratio 6.2)" in a report on a RIGHT breast core is another tumor, although it is the same
  organ (v5-C-03: its FISH ratio made the new 1+ primary positive). The report's side is the one
  its specimen, site and diagnosis lines name (document rule specimen-side; none when they name
  both); a history clause naming only the other side, or "contralateral", is another tumor.
- A question. A leaflet's "What does HER2-positive mean?" states nothing (v5-F-04); a question
  mark closing a word counts, OCR debris (" ? ", "?age") and an answered form question ("HER2
  amplified? Yes") do not.
- A form line. A form's boxes end at a line that opens with another label: "HER2 ISH: [X] Not
  performed" under the IHC's boxes is the ISH's line, not a second marked IHC box (v5-F-04 had
  "two marked boxes", no result).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

RIGHT_CORE = (
    "Specimen: RIGHT breast, 10:00, ultrasound core biopsy\nDIAGNOSIS: Invasive ductal carcinoma, grade 1.\n"
)
CURRENT_1PLUS = "\nRIGHT BREAST BIOMARKERS (block A1):\n  ER ............ Positive (100%)\n  HER2 (4B5) .... 1+  NEGATIVE\n"

OTHER_SIDE = [
    (
        "history-label",
        RIGHT_CORE
        + "History: Known LEFT breast invasive carcinoma (2022), HER2-positive (IHC 3+; FISH ratio 6.2), treated.\n"
        + CURRENT_1PLUS,
    ),
    (
        "history-of",
        RIGHT_CORE
        + "Clinical: history of left breast cancer in 2019, HER2 FISH amplified (ratio 5.1).\n"
        + CURRENT_1PLUS,
    ),
    (
        "contralateral",
        "Specimen: breast, core biopsy\n"
        + "History of contralateral breast carcinoma (2018), HER2 3+ positive.\n"
        + "\nBIOMARKERS:\n  HER2 (4B5): 1+ NEGATIVE\n",
    ),
    (
        "spanish",
        "Muestra: mama derecha, biopsia con aguja gruesa\n"
        + "Antecedentes de carcinoma de mama izquierda (2020), HER2 positivo (3+).\n"
        + "\nHER2 (4B5): 1+, negativo\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), OTHER_SIDE, ids=[c[0] for c in OTHER_SIDE])
def test_the_other_sides_cancer_in_the_history_is_another_tumor(name: str, text: str) -> None:
    result = explain_text(text)
    assert result.status == "negative", (name, [e.text for e in result.evidence])
    assert result.ish is None or result.ish.result != "amplified"


SIDE_NEAR_MISSES = [
    # the same side's earlier biopsy is this tumor's restated result
    (
        "same-side-history",
        "Specimen: RIGHT breast, lumpectomy\nHistory: RIGHT breast core biopsy (2026-03): HER2 IHC 3+, positive.\n"
        + "DIAGNOSIS: Invasive ductal carcinoma, 2.1 cm.\n",
        "positive",
    ),
    # a bilateral report names both sides: each is a current specimen
    (
        "bilateral-current",
        "Specimen A: LEFT breast, mastectomy\nSpecimen B: RIGHT breast, mastectomy\n\n"
        + "A. Left breast: HER2 (4B5) 3+, POSITIVE.\nB. Right breast: HER2 (4B5) 1+, NEGATIVE.\n",
        "positive",
    ),
    # the other side named outside a history clause (a current result line)
    (
        "other-side-current-line",
        "Specimen: LEFT breast, core biopsy\nLeft breast, 2:00: HER2 IHC 3+ (positive).\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), SIDE_NEAR_MISSES, ids=[c[0] for c in SIDE_NEAR_MISSES])
def test_side_near_misses(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
QUESTIONS = [
    (
        "leaflet-mean",
        BREAST + "What does HER2-positive mean? About 1 in 5 breast cancers make too much HER2.\n",
    ),
    ("leaflet-am-i", BREAST + "Am I HER2-positive? Your doctor will explain your own result.\n"),
    ("board-query", BREAST + 'Question from the board: "Is the tumour HER2 3+?"\n'),
]


@pytest.mark.parametrize(("name", "text"), QUESTIONS, ids=[c[0] for c in QUESTIONS])
def test_a_question_states_no_result(name: str, text: str) -> None:
    assert explain_text(text).status == "not_found", name


QUESTION_NEAR_MISSES = [
    ("answered", BREAST + "HER2 amplified? Yes (FISH ratio 4.2, mean HER2 9.1 signals/cell).\n", "positive"),
    ("ocr-debris", BREAST + "Tumour of basal-like morphology ? Ma. HER2 (4B5): 3+, positive.\n", "positive"),
    ("question-on-its-own-line", BREAST + "Why test HER2?\nHER2 (4B5): 0, negative.\n", "negative"),
]


@pytest.mark.parametrize(
    ("name", "text", "status"), QUESTION_NEAR_MISSES, ids=[c[0] for c in QUESTION_NEAR_MISSES]
)
def test_question_near_misses(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


FORM = (
    BREAST
    + "HER2 IHC (4B5) - tick one:\n"
    + "  [ ] 0       Negative\n"
    + "  [X] 1+      Negative (HER2-low)\n"
    + "  [ ] 2+      Equivocal\n"
    + "  [ ] 3+      POSITIVE\n"
)


def test_a_form_line_with_another_label_is_not_this_names_option() -> None:
    result = explain_text(FORM + "HER2 ISH:   [X] Not performed   [ ] Amplified   [ ] Not amplified\n")
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "1+"


def test_two_marked_boxes_of_one_name_are_still_not_read() -> None:
    text = FORM.replace("[ ] 3+", "[X] 3+")
    assert explain_text(text).status == "not_found"


def test_a_prior_contralateral_cancer_is_set_aside_as_another_tumor() -> None:
    """tests/test_phrases_safety4_earlier.py had this case as an earlier result of the same tumor
    (warning earlier_result); the other side's cancer is another tumor."""
    text = (
        "CLINICAL HISTORY: New right breast mass. Prior left breast carcinoma (2019),\n"
        "ER-negative, HER2-positive (3+), treated with trastuzumab.\n\n"
        "DIAGNOSIS: Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "HER2 IHC: 1+ (negative)\n"
    )
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "1+"
    assert any(m.reason == "other_tumor" and "Prior left breast" in m.text for m in result.mentions)
