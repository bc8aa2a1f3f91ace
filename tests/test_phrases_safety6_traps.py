"""Positive-looking HER2 text that is not this patient's result, by structure (found on the trap
set tests/variants6, written blind in session 6), with the near-misses that must stay results.

- A key that defines the categories by their criteria, one category after another ("HER2-positive:
  IHC 3+ or ISH amplified. HER2 equivocal: IHC 2+ ... HER2-negative: IHC 1+ or 0"), in whatever
  layout: two or more categories so defined in one paragraph are a legend (findings/definitions.py;
  v6-C-04, v6-F-01, v6-H-19). One "HER2 POSITIVE: IHC 3+" line stays a result.
- A condition that a reader's match runs through ("Group 4 is interpreted as HER2 NEGATIVE unless
  IHC is 3+"): the score is the condition's (v6-B-01); and a category said of any such disease
  with a modal ("as HER2-positive metastatic disease would alter first-line therapy", v6-F-05).
- A relative's cancer ("Sister diagnosed with HER2-positive (3+) breast cancer"): another person's
  result, whatever the site (findings/relatives.py; v6-D-05).
- A radio-button form ("( ) Not amplified  (*) Amplified"): an unmarked option is no result, and a
  marked one is read within its own words (v6-H-02).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"

KEYS = {
    "colon-lines": (
        "INTERPRETIVE COMMENT (standard):\n"
        "HER2-positive: IHC 3+ (circumferential, complete, intense membrane staining in >10% of\n"
        "tumour cells) or ISH amplified. HER2 equivocal: IHC 2+, reflex ISH required.\n"
        "HER2-negative: IHC 1+ or 0.\n"
    ),
    "equals-in-quotes": (
        'ADDENDUM - COMMENT ONLY:\n"HER2 IHC categories: HER2-positive = IHC 3+ or ISH amplified. '
        "HER2-low = IHC 1+, or IHC 2+ with negative ISH. HER2-ultralow = faint, incomplete membrane "
        'staining in <=10% of cells."\n'
    ),
    "bulleted": (
        "Categories:\n  - HER2 positive: IHC 3+\n  - HER2 equivocal: IHC 2+ (ISH to follow)\n"
        "  - HER2 negative: IHC 0 or 1+\n"
    ),
    "spanish": "Comentario: HER2 positivo: IHQ 3+ o ISH amplificado. HER2 negativo: IHQ 0 o 1+.\n",
    "ocr-fax": "HER2-posit1ve: IHC 3+ or ISH ampl1fied.\nHER2-negative: IHC 1+ or 0.\n",
}


@pytest.mark.parametrize("key", sorted(KEYS))
def test_a_key_defining_the_categories_is_no_result(key: str) -> None:
    result = explain_text(BREAST + "HER2 will be reported separately.\n\n" + KEYS[key])
    assert result.status == "not_found", [e.text for e in result.evidence]


@pytest.mark.parametrize("key", sorted(KEYS))
def test_a_key_under_a_zero_result_leaves_it_negative(key: str) -> None:
    text = BREAST + "HER2 IHC (4B5): score 0, no membrane staining. HER2 status: NEGATIVE.\n\n" + KEYS[key]
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0")


@pytest.mark.parametrize("key", sorted(KEYS))
def test_a_key_under_a_positive_result_leaves_it_positive(key: str) -> None:
    text = BREAST + "HER2 IHC (4B5): score 3+ in 95% of cells. HER2 status: POSITIVE.\n\n" + KEYS[key]
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")
    assert result.ish is None or result.ish.result is None


@pytest.mark.parametrize(
    "line",
    [
        "HER2 POSITIVE: IHC 3+ (intense complete staining in 90% of cells).",
        "Result: HER2 negative: IHC 1+ (faint, incomplete).\nER: positive (95%).",
        "HER2-positive: IHC 3+.\nHER2 FISH: amplified, ratio 4.1.",
    ],
)
def test_one_category_line_is_still_a_result(line: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert result.status == ("negative" if "negative" in line else "positive")


CONDITIONS = [
    "Per guideline, Group 4 is interpreted as HER2 NEGATIVE unless IHC is 3+.",
    "ISH group 4: reported as HER2 negative unless the concurrent IHC score is 3+.",
    "Interpretation: HER2 NEGATIVE, unless IHC 3+ on the same block.",
    "As a rule HER2 would be called positive if IHC is 3+.",
]


@pytest.mark.parametrize("line", CONDITIONS)
def test_a_score_inside_a_condition_is_not_the_result(line: str) -> None:
    text = BREAST + "HER2 FISH: ratio 1.11, mean HER2 5.1 copies/cell (group 4).\n" + line + "\n"
    result = explain_text(text)
    assert result.status != "positive" and (result.ihc is None or result.ihc.score != "3+")


@pytest.mark.parametrize(
    "line",
    [
        "HER2 IHC 3+, positive; if clinically indicated, ISH may be requested.",
        "HER2 (4B5): 3+ (positive). Retest if the resection differs.",
    ],
)
def test_a_condition_after_the_result_leaves_it(line: str) -> None:
    assert explain_text(BREAST + line + "\n").status == "positive"


MODALS = [
    "HER2: NOT PERFORMED (decalcified).\nConfirmation matters, as HER2-positive metastatic\ndisease would alter first-line therapy.",
    "HER2 testing is pending. HER2-positive cancers may respond to trastuzumab.",
    "HER2 to follow. HER2-low tumours could be eligible for trastuzumab deruxtecan.",
    "HER2: not performed on this sample. HER2-positive disease would change management.",
]


@pytest.mark.parametrize("text", MODALS)
def test_a_category_of_any_disease_with_a_modal_is_no_result(text: str) -> None:
    result = explain_text(BREAST + text + "\n")
    assert result.status == "not_found", [e.text for e in result.evidence]


def test_this_tumours_category_with_a_modal_stays() -> None:
    result = explain_text(
        BREAST + "HER2 IHC: 3+ (positive). This HER2-positive tumour may respond to trastuzumab.\n"
    )
    assert result.status == "positive"


RELATIVES = [
    "FAMILY HISTORY (from requisition): Sister diagnosed with HER2-positive (3+) breast cancer at\nage 41.",
    "Family history: mother, breast carcinoma 2009, HER2 3+ (positive).",
    "Family history: maternal aunt with HER2-amplified breast cancer.",
    "Antecedentes familiares: hermana con carcinoma de mama HER2 positivo (IHQ 3+).",
    "The patient's first-degree relative had HER2+ breast cancer.",
]


@pytest.mark.parametrize("line", RELATIVES)
def test_a_relatives_result_is_not_the_patients(line: str) -> None:
    text = (
        BREAST + line + "\nBIOMARKERS: ER, PR and HER2 have been ordered; results to follow in an addendum.\n"
    )
    result = explain_text(text)
    assert result.status == "not_found", [e.text for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "Family history: sister with breast cancer.\nHER2 (4B5): 3+ (positive).",
        "Family history: sister, breast cancer\nHER2 (4B5): 3+ (positive)",
        "HER2 FISH: sister chromatids not split; HER2/CEP17 ratio 4.2, amplified.",
    ],
)
def test_the_patients_own_result_near_a_relative_stays(text: str) -> None:
    assert explain_text(BREAST + text + "\n").status == "positive"


RADIO = "HER2/CEP17 ratio .......... {r}\n\nISH RESULT:\n   {a} Not amplified      {b} Amplified      {c} Equivocal\n"


@pytest.mark.parametrize(("mark", "blank"), [("(*)", "( )"), ("(•)", "( )"), ("(X)", "( )"), ("[*]", "[ ]")])
def test_a_marked_radio_button_is_the_result(mark: str, blank: str) -> None:
    amplified = explain_text(BREAST + RADIO.format(r="2.6", a=blank, b=mark, c=blank))
    assert amplified.ish is not None and amplified.ish.result == "amplified"
    assert amplified.status == "positive"
    not_amplified = explain_text(BREAST + RADIO.format(r="1.3", a=mark, b=blank, c=blank))
    assert not_amplified.ish is not None and not_amplified.ish.result == "not_amplified"
    assert not_amplified.status == "negative"


def test_a_radio_form_with_no_mark_reads_no_option() -> None:
    """A blank form: only the ratio speaks (a ratio without copy numbers is no call of its own)."""
    result = explain_text(BREAST + RADIO.format(r="2.6", a="( )", b="( )", c="( )"))
    assert result.ish is not None and result.ish.result != "not_amplified"
    assert result.status != "negative"
