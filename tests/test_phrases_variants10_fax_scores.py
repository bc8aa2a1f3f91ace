"""Fax and OCR damage around a HER2 score and the control line under it (variants10 G-01, G-02,
G-08: three negative reports read not found).

- A score whose digit OCR printed as a letter, in a text that shows fax damage: "Sc0re l+" (1 as
  l or I before the plus), "Sc0re O (zer0)" (0 as the letter O after the word score). The repair
  runs only where the text shows the damage (findings/ocr_fax.py); a clean text is read as printed.
- A call word ending the result's line over a line that opens with a control's label: "Interp:
  NEGATIVE" over "P0SITIVE c0ntrol: 3+ (adequate)" is no printed choice list, and "HER2 status:
  NEGATIVE" over "Control tissue: breast ca, known 3+" puts the control in its own row.
Near-misses: a 3+ result over a negative control's row stays positive; choices printed one per
line with no mark stay a form; "Score OK" is no score.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

FAX_HEAD = (
    "FAX 06/17/2025 14:32  P. 001/002\n"
    "SURGICAL PATH0LOGY REP0RT\n"
    "Specimen: Rt breast c0re bx. DIAGN0SIS: lnvasive ducta1 carcin0ma, grade 2.\n"
)

ONE_PLUS = [
    "HER2/neu (4B5): Sc0re l+ ; NEGAT IVE\n   (faint partia1 membrane staining in ~20% of tum0r ce1ls)\n",
    "HER2 IHC: I+ (faint incomplete staining), NEGATlVE\n",
    "HER2 (HercepTest): sc0re l + , negative\n",
    "HER2/neu: Sc0re I+ -- NEGATIVE\n",
]
ZERO = [
    "HER2 (4B5): Sc0re O (zer0) -- n0 membrane staining in tum0ur ce11s\n",
    "HER2 IHC: Sc0re O, NEGATlVE\n",
    "HER2/neu sc0re O - n0 staining\n",
]


@pytest.mark.parametrize("line", ONE_PLUS)
def test_a_faxed_one_plus_is_read(line: str) -> None:
    result = explain_text(FAX_HEAD + line)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize("line", ZERO)
def test_a_faxed_zero_is_read(line: str) -> None:
    result = explain_text(FAX_HEAD + line)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "0"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_score_ok_in_a_faxed_text_is_no_score() -> None:
    result = explain_text(FAX_HEAD + "Sc0re OK per QA.\nHER2 (4B5): 3+ P0SITIVE, c0mplete staining in 90%\n")
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")


CONTROL_ROWS = [
    (
        "Stomach bx x3. Adenocarcinoma, diffuse type.\n\n"
        "c-erbB-2 (HER2) IHC ........ 0   (no membranous staining)\n"
        "                            Interp: NEGATIVE\n"
        "P0SITIVE c0ntrol: 3+ (adequate)     NEGATIVE c0ntrol: 0 (adequate)\n",
        "0",
    ),
    (
        "Stomach bx x3. Adenocarcinoma, diffuse type.\n\n"
        "HER2 IHC ........ 1+   (faint staining)\n"
        "  Interp: NEGATIVE\n"
        "POSITIVE control: 3+ (adequate)\n",
        "1+",
    ),
    (
        "Endometrium, hysterectomy: serous carcinoma\n"
        "HER2 (4B5): 0 - no membrane staining in tumour cells\n"
        "HER2 status: NEGATIVE\n"
        "Control tissue: breast ca, known 3+, correct\n",
        "0",
    ),
    (
        "Left breast core biopsy: invasive ductal carcinoma\n"
        "HER2 (4B5): 1+ faint incomplete staining\n"
        "HER2 status: NEGATIVE\n"
        "Positive control: breast carcinoma 3+, appropriate\n",
        "1+",
    ),
]


@pytest.mark.parametrize(("text", "score"), CONTROL_ROWS)
def test_a_control_row_under_a_negative_call_is_the_controls(text: str, score: str) -> None:
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", score), [
        (e.text, e.value) for e in result.evidence
    ]


def test_a_3_plus_over_a_negative_control_row_stays_positive() -> None:
    text = (
        "Left breast core biopsy: invasive ductal carcinoma\n"
        "HER2 (4B5): 3+ strong complete staining in 90%\n"
        "HER2 status: POSITIVE\n"
        "Negative control: tonsil 0, appropriate\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+")


def test_choices_one_per_line_stay_a_form() -> None:
    text = "Left breast core biopsy: invasive ductal carcinoma\nHER2 status:\n  Negative\n  Positive\n  Equivocal\n"
    assert explain_text(text).status == "not_found"
