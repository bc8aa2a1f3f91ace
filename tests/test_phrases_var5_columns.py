"""A table of samples side by side before and after treatment: each value belongs to its column.

variants5 B-01 and B-05 (session 5): a report on the tumor after neoadjuvant treatment restates
the biopsy before it in a comparison table ("Marker | Pre-treatment core | Post-treatment residual
(this specimen)", "Biopsy 03/2026 | Surgery 09/2026 (current)"). The HER2 row reads "3+ (POSITIVE)
| 1+ (NEGATIVE)": the nearest sample cue before both values is the header line's last words (the
current sample), so the earlier column's 3+ (and its FISH ratio) counted as current and the
report was called positive. The header of each value's column says which sample it is, in a tab-
separated table as in one aligned by spaces; the near-misses keep a positive current column
positive and two current samples side by side positive if either is.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

AFTER = (
    "Left breast, segmental mastectomy after neoadjuvant chemotherapy: residual invasive ductal "
    "carcinoma, 0.8 cm. ypT1b ypN0.\n\n"
)
AFTER_ES = (
    "Mama izquierda, mastectomía tras quimioterapia neoadyuvante: carcinoma infiltrante residual "
    "de 0,6 cm. ypT1b.\n\n"
)
BEFORE_DX = "Right breast, core biopsy and excision: invasive ductal carcinoma, grade 2.\n\n"

EARLIER_COLUMN_SET_ASIDE = [
    (
        "tab-pre-post-header",
        AFTER + "Marker\tPre-treatment core (NB26-2210, 2026-03)\tPost-treatment residual (this specimen)\n"
        "ER\tPositive, 60%\tPositive, 70%\n"
        "HER2 IHC\t3+ (POSITIVE)\t1+ (NEGATIVE)\n"
        "Ki-67\t35%\t8%\n",
        "1+",
    ),
    (
        "spaces-biopsy-vs-current-surgery-with-fish",
        AFTER + "                 Biopsy 03/2026       Surgery 09/2026 (current)\n"
        "ER               POS (95%)            POS (90%)\n"
        "HER2 (IHC)       3+ (POSITIVE)        0 (NEGATIVE)\n"
        "HER2 (FISH)      ratio 5.8 AMP        not done\n",
        "0",
    ),
    (
        "current-column-first",
        AFTER + "              Residual tumour (this specimen)     Pre-NAC core biopsy\n"
        "HER2 IHC      0 (negative)                        3+ (positive)\n",
        "0",
    ),
    (
        "spanish-diagnostic-biopsy-vs-surgery",
        AFTER_ES + "                  Biopsia diagnóstica     Pieza quirúrgica (actual)\n"
        "RE                90 %                    80 %\n"
        "HER2              3+ (positivo)           1+ (negativo)\n",
        "1+",
    ),
]

STILL_READ = [
    (
        "positive-current-column-stays-positive",
        AFTER + "Marker\tPre-treatment core\tPost-treatment residual (this specimen)\n"
        "HER2 IHC\t1+ (NEGATIVE)\t3+ (POSITIVE)\n",
        "positive",
        "3+",
    ),
    (
        "two-current-samples-positive-if-either",
        BEFORE_DX + "                 Core biopsy          Excision\n"
        "HER2 IHC         1+ (negative)        3+ (positive)\n",
        "positive",
        "3+",
    ),
    (
        # the current column says "not repeated": no result for the residual tumour (session 9's
        # convention, facts.md §11; was positive/3+ before)
        "only-the-earlier-column-has-a-value",
        AFTER + "                 Pre-treatment biopsy      Residual tumour (current)\n"
        "HER2 IHC         3+ (positive)             not repeated\n",
        "not_found",
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "score"), EARLIER_COLUMN_SET_ASIDE, ids=[c[0] for c in EARLIER_COLUMN_SET_ASIDE]
)
def test_the_earlier_column_of_a_pre_post_table_does_not_decide(name: str, text: str, score: str) -> None:
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score, result.ish) == ("negative", score, None), name


@pytest.mark.parametrize(("name", "text", "status", "score"), STILL_READ, ids=[c[0] for c in STILL_READ])
def test_a_current_value_in_a_sample_table_is_read(name: str, text: str, status: str, score: str) -> None:
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == (status, score), name


FISH_AREAS = (
    "HER2 DUAL-PROBE FISH - HETEROGENEITY ASSESSMENT\nSpecimen: right breast excision, block C4 (IHC 2+)\n\n"
    "Area   Cells   Mean HER2   Mean CEP17   Ratio   Comment\n"
    "1        20       2.9         1.9        {first}\n"
    "2        20       3.4         2.2        1.55    one nucleus with a HER2 cluster\n"
    "3        20       2.6         2.0        1.30\n"
    "{label}      60       2.97        2.03       {summary}\n\n"
    "INTERPRETATION: HER2 gene NOT AMPLIFIED.\n"
)


@pytest.mark.parametrize(
    ("label", "first", "summary", "ratio"),
    [
        ("All", "1.53", "1.46", 1.46),
        ("Total", "1.53", "1.46", 1.46),
        ("Overall", "1.62", "1.41", 1.41),
        ("4", "1.53", "1.46", 1.53),  # near-miss: a fourth area, no summary row: the first number stands
    ],
)
def test_the_summary_row_of_a_ratio_column_is_the_tumors_ratio(
    label: str, first: str, summary: str, ratio: float
) -> None:
    text = FISH_AREAS.format(label=label.ljust(3), first=first, summary=summary)
    result = explain_text(text)
    assert result.ish is not None and result.ish.ratio == ratio, label
