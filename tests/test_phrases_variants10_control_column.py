"""A control's column beside the result's (variants10 A-06: a two-column biomarker panel,
"HER2 IHC  3+  POSITIVE" on the left and "HER2 external control: 0 and 3+" / "cell lines stain as
expected" on the right, read not found: the control words of the right column were taken as the
result's statement).

The structural fact: on the name's line, after the result (a score or a call word), a wide gap
and a cell opening with a HER2 name of its own start another statement; its control words, and
those under it in the same column, are that statement's. Near-misses: a control cell with no HER2
name of its own (a table of slides, "HER2 (4B5)   3+   positive control tissue") stays the
control's; a name with no result before the gap stays set aside; a control column on the left
leaves the result on the right alone.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast core biopsy (3 cores): invasive ductal carcinoma, grade 3.\n\n"

PANELS = [
    (
        "Biomarker panel                         Controls\n"
        " ER   0%  negative                       ER  external control: positive\n"
        " PR   0%  negative                       PR  external control: positive\n"
        " HER2 IHC  {score}  {call}                  HER2 external control: 0 and 3+\n"
        "      complete, intense circumferential       cell lines stain as expected\n"
        "      membrane staining in ~85% of\n"
        "      invasive cells\n"
    ),
    "HER2 (4B5): {score} {call}          HER2 control: breast carcinoma 3+, appropriate\n",
    "HER2 IHC   {score} ({call})        HER2 on-slide control: 3+ cell line, as expected\n",
    (
        "Result                               Quality control\n"
        "HER2/neu (4B5)  {score}  {call}         HER2/neu positive control: 3+\n"
        "                                     (known amplified breast carcinoma) adequate\n"
    ),
]


@pytest.mark.parametrize("panel", PANELS)
def test_a_3_plus_beside_a_control_column_is_read(panel: str) -> None:
    result = explain_text(BREAST + panel.format(score="3+", call="POSITIVE"))
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize("panel", PANELS)
def test_a_1_plus_beside_a_control_column_is_never_positive(panel: str) -> None:
    result = explain_text(BREAST + panel.format(score="1+", call="NEGATIVE"))
    assert result.status in ("negative", "not_found"), [(e.text, e.value) for e in result.evidence]
    assert not (result.ihc and result.ihc.score == "3+")


SET_ASIDE = [
    # a table of slides: the row's own label says it is the control slide
    "Slide   Stain        Result   Tissue\nC1      HER2 (4B5)   3+       positive control tissue\n",
    # no result before the gap: the line is the control's
    "HER2 IHC: see addendum          HER2 external control: 3+ appropriate\n",
    "HER2 (4B5)        HER2 positive control: 3+ (breast carcinoma)\n",
]


@pytest.mark.parametrize("text", SET_ASIDE)
def test_a_control_line_without_a_result_of_its_own_is_not_positive(text: str) -> None:
    result = explain_text(BREAST + text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]


def test_a_control_column_on_the_left_leaves_the_result_on_the_right() -> None:
    text = BREAST + "HER2 external control: 3+ appropriate      HER2 IHC (4B5): 0, NEGATIVE\n"
    result = explain_text(text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]
