"""The score a correction gives as the right one is the result, not the score it says was wrong.

"Revision: the HER2 IHC score was reported as 3+ in error; the correct score is 2+ (equivocal)"
was read as IHC 3+ positive (a wrong-way positive, tests/devset9 b9-f10-14): the statement ended at
the semicolon, the corrected score names no HER2 of its own, and the erroneous 3+ was the only
value, so it stood. The corrected score is read like the lab's overall score (ihc.toml
overall-score): it is the mention's score, whatever came before it. Near-misses: no corrected score
is given (the wrong one must not become a call), or the correction is pending.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

HEAD = "Breast, left, core biopsy: invasive ductal carcinoma, grade 2.\n"

CORRECTED_CASES = [
    (
        "semicolon-correct-score-is",
        "equivocal",
        "2+",
        "Revision: the HER2 IHC score was reported as 3+ in error; the correct score is 2+\n"
        "(equivocal). Reflex ISH has been ordered.\n",
    ),
    (
        "next-sentence-corrected-score-label",
        "negative",
        "1+",
        "AMENDED REPORT. HER2 (4B5) was transcribed as 3+ by mistake. Corrected score: 1+ (negative).\n",
    ),
    (
        "comma-revised-score",
        "negative",
        "1+",
        "HER2 IHC: originally issued as 3+ (positive), revised score 1+, HER2 negative.\n",
    ),
    (
        "spanish-puntuacion-corregida",
        "equivocal",
        "2+",
        "Corrección: HER2 (IHQ) se informó como 3+ por error; puntuación corregida: 2+ (equívoco).\n",
    ),
]

NEAR_MISSES = [
    (
        "no-corrected-score-given",
        "HER2 IHC 3+ (positive). Ki-67 20%. ER 90%.\n",
        "positive",
    ),
    (
        "correct-scoring-definition",
        "HER2 IHC: 1+ (negative). Note: correct scoring requires 3+ in more than 10% of cells.\n",
        "negative",
    ),
]


@pytest.mark.parametrize(
    ("status", "score", "text"), [c[1:] for c in CORRECTED_CASES], ids=[c[0] for c in CORRECTED_CASES]
)
def test_the_corrected_score_is_the_result(status: str, score: str, text: str) -> None:
    result = explain_text(HEAD + text)
    assert result.status == status
    assert result.ihc is not None and result.ihc.score == score


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES])
def test_a_score_without_a_correction_still_counts(text: str, status: str) -> None:
    assert explain_text(HEAD + text).status == status


def test_a_score_reported_in_error_with_no_corrected_score_is_never_positive() -> None:
    text = (
        HEAD + "Revision: the HER2 IHC score was reported as 3+ in error; repeat staining is in progress.\n"
    )
    assert explain_text(text).status != "positive"
