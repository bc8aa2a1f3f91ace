"""A question answered on its own line (brief of safety7, engine leftovers): "Is the tumour HER2
positive? HER2 IHC (4B5): 3+" - the question's mark ended the question, and the next statement
gives the result; before, the question mark on the name's line set the answer aside too (a safe
miss). By structure (findings/asked.py): a question mark that closes a word before the name, then
a statement opening with a capital, ends the question.

Near-misses stay questions: a name inside the question ("HER2-positive disease? Please assess"),
a query mark before the name after a quote or a space ('"? HER2+ per outside core bx', variants5
A-06), and a score with its own question mark ("Is HER2 3+?").
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"


@pytest.mark.parametrize(
    ("line", "status", "score"),
    [
        ("Is the tumour HER2 positive? HER2 IHC (4B5): 3+", "positive", "3+"),
        ("Is the tumour HER2 positive? HER2 IHC (4B5): 1+ (negative)", "negative", "1+"),
        ("Clinical question: HER2 positive? HER2 IHC (4B5): 3+, POSITIVE.", "positive", "3+"),
        (
            "Question from oncology: HER2-low? HER2 (4B5) score 1+, faint incomplete staining.",
            "negative",
            "1+",
        ),
        ("¿Es HER2 positivo? HER2 (IHQ, 4B5): 3+ (positivo).", "positive", "3+"),
    ],
)
def test_a_question_answered_on_its_line_gives_the_answer(line: str, status: str, score: str) -> None:
    result = explain_text(BREAST + line + "\n")
    assert (result.status, result.ihc and result.ihc.score) == (status, score)


@pytest.mark.parametrize(
    "line",
    [
        "Clinical question: HER2-positive disease? Please assess HER2.",
        'HISTORY: "? HER2+ per outside core bx (report not available)."',
        "Is HER2 3+? To be determined on the excision.",
        "Query HER2 3+? Outside slides requested.",
    ],
)
def test_a_question_without_its_answer_stays_a_question(line: str) -> None:
    assert explain_text(BREAST + line + "\n").status == "not_found"
