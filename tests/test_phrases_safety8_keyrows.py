"""Another marker's cut-off is not a HER2 scoring key (safety8: variants8 B-04, a gastric
biomarker list with no full stops whose "Claudin 18.2 ... 3+ in 80% - POSITIVE (>=75% 2+/3+)" two
rows below "HER2 (4B5, gastric biopsy criteria) .... Score 0 - NEGATIVE" made HER2's sentence
list three scores, so the HER2 line was filed as a legend: not found).

Structural (findings/context.py, findings/keys.py): the scores a HER2 statement lists stop at the
next marker's name, as its values do (findings/scope.py): a score past it is that marker's.
Near-misses: a HER2 line that itself lists the scale, and a HER2 key with no marker after it, stay
keys (no result).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRIC = "Stomach, antrum, endoscopic biopsies: adenocarcinoma, intestinal type.\n"


@pytest.mark.parametrize(
    "rows",
    [
        "Predictive markers (block A1):\n"
        "  HER2 (4B5, gastric biopsy criteria) ........ Score 0 (no reactivity) - NEGATIVE\n"
        "  PD-L1 (22C3) ............................... CPS 10\n"
        "  Claudin 18.2 (43-14A) ...................... 3+ in 80% of tumour cells - POSITIVE (>=75% 2+/3+)\n",
        "Predictive markers:\n  HER2 (4B5) ....... Score 1+ - NEGATIVE\n  PD-L1 (22C3) ..... CPS 10\n"
        "  Claudin 18.2 ..... 3+ in 80% - POSITIVE (>=75% 2+/3+)\n",
        "MARKERS\n  HER2 (4B5, biopsy criteria)   Score 0 - NEGATIVE\n  MMR (MLH1, PMS2, MSH2, MSH6)  intact\n"
        "  CLDN18.2 (43-14A)             3+ 70%, 2+ 15% - POSITIVE\n",
        "Marcadores predictivos (bloque A1):\n  HER2 (4B5) ....... Puntuación 0 - NEGATIVO\n"
        "  PD-L1 (22C3) ..... CPS 5\n  Claudina 18.2 .... 3+ en el 80% - POSITIVO (>=75% 2+/3+)\n",
        "HER2 IHC: 1+ (negative)\n"
        "CLDN18.2: moderate-to-strong (2+/3+) membranous staining in 90% - positive, cut-off 75% at 2+ or 3+\n",
        "HER2: Score 0 - NEGATIVE\nTROP2 (EPR20043): 3+ in 70%, 2+ in 20% - high\n",
    ],
)
def test_another_markers_cut_off_is_not_a_her2_key(rows: str) -> None:
    result = explain_text(GASTRIC + rows)
    assert result.status == "negative", ([(e.text, e.value) for e in result.evidence], result.mentions)


@pytest.mark.parametrize(
    "rows",
    [
        "HER2 scoring scale: 0, 1+ (negative), 2+ (equivocal), 3+ (positive)\nClaudin 18.2: 3+ in 80%\n",
        "HER2 (4B5): scored 0, 1+, 2+ or 3+ per Hofmann criteria\nPD-L1 CPS 10\n",
    ],
)
def test_a_her2_scale_stays_a_key(rows: str) -> None:
    assert explain_text(GASTRIC + rows).status == "not_found"


BREAST = "Right breast, excision - BIOMARKER SUMMARY\n\n"


@pytest.mark.parametrize(
    "rows",
    [
        "Marker     Clone    Intensity   % cells   Score   Result\n"
        "ER         SP1      3+          90%       8/8     Positive\n"
        "PR         1E2      2+          35%       6/8     Positive\n"
        "HER2       4B5      1+          70%       1+      Negative\n",
        "ER | 3+ | 90% | positive\nPR | 2+ | 10% | positive\nHER2 | 1+ | - | negative\nAR | 3+ | 80% | positive\n",
        "Stain              Intensity   Proportion   Interpretation\n"
        "Estrogen receptor  3+          95%          Positive\n"
        "Progesterone rec.  2+          30%          Positive\n"
        "HER2/neu (4B5)     1+          60%          Negative\n",
        "  ER (SP1)      Intensity 3+, 90%     Positive\n"
        "  PgR (1E2)     Intensity 2+, 25%     Positive\n"
        "  HER2 (4B5)    Score 1+              Negative\n",
        "ER  (SP1):  strong (3+) in 95%, Allred 8\nPR  (1E2):  moderate (2+) in 20%, Allred 5\n"
        "HER2 (4B5): 1+ incomplete faint staining - NEGATIVE\nKi-67: 25%\n",
    ],
)
def test_er_and_pr_intensities_above_are_not_a_her2_key(rows: str) -> None:
    """variants8 B-02: ER '3+' and PR '2+' intensity cells in the rows above the HER2 row (no full
    stop between) made HER2's sentence list three scores: the scores listed start after the last
    marker's name before the value."""
    result = explain_text(BREAST + rows)
    assert result.status == "negative", ([(e.text, e.value) for e in result.evidence], result.mentions)


def test_a_her2_key_after_er_stays_a_key() -> None:
    text = BREAST + "ER: positive (90%)\nHER2 scoring: 0 and 1+ negative, 2+ equivocal, 3+ positive\n"
    assert explain_text(text).status == "not_found"
