"""Option rows with a mark column (safety9: variants9 A-06, a gastric biopsy form printing every
score with its category, "Score 3+ Positive" first, and an "X" at the far right of the 1+ row under
a "Selected" header, read as 3+ positive).

The structural fact: rows that each open with a score and name its category are the form's
options (a key); the lab's result is the one row marked in its own column, however the column is
drawn (a lone "X" after a gap, a tick, a bar-separated cell). Several marked rows are no result.
Near-misses: a result on the name's own line keeps its score whatever key follows it, and a mark
on the 3+ row is a positive.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

GASTRIC = "Stomach, antrum, endoscopic biopsies: adenocarcinoma, intestinal type.\n"
BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

FORMS = [
    (
        GASTRIC,
        "HER2 TESTING - GASTRIC/GEJ (biopsy criteria)\n"
        "Antibody: 4B5                                                Selected\n"
        "  Score 3+  Positive  (strong complete/basolateral/lateral)\n"
        "  Score 2+  Equivocal (weak-moderate; ISH required)\n"
        "  Score {one}  Negative  (faint, barely perceptible)               X\n"
        "  Score 0   Negative  (no reactivity)\n",
    ),
    (
        BREAST,
        "HER2 immunohistochemistry (HercepTest)\n"
        "| Score | Category  | Mark |\n"
        "| 3+    | Positive  |      |\n"
        "| 2+    | Equivocal |      |\n"
        "| {one}    | Negative  |  X   |\n"
        "| 0     | Negative  |      |\n",
    ),
    (
        BREAST,
        "HER2/neu (4B5)\n"
        "   3+ - positive                         \n"
        "   2+ - equivocal, reflex ISH            \n"
        "   {one} - negative                         ✓\n"
        "   0  - negative                         \n",
    ),
    (
        GASTRIC,
        "HER2 (4B5), resection criteria\n"
        "Resultado                                                Marcar\n"
        "  3+  Positivo  (intensa, completa o basolateral)\n"
        "  2+  Dudoso    (débil a moderada)\n"
        "  {one}  Negativo  (débil, apenas perceptible)                    X\n"
        "  0   Negativo\n",
    ),
]


@pytest.mark.parametrize(("head", "form"), FORMS)
def test_the_marked_row_is_the_result(head: str, form: str) -> None:
    result = explain_text(head + form.format(one="1+"))
    assert (result.status, result.ihc and result.ihc.score) == ("negative", "1+"), [
        (e.text, e.value) for e in result.evidence
    ]


@pytest.mark.parametrize(("head", "form"), FORMS)
def test_a_mark_on_the_3_plus_row_is_positive(head: str, form: str) -> None:
    # the same form with the mark moved to the first row (the 1+ row keeps its words)
    lines = form.format(one="1+").splitlines()
    marked = next(i for i, line in enumerate(lines) if line.rstrip().endswith(("X", "✓", "X   |")))
    row = next(i for i, line in enumerate(lines) if "3+" in line)
    mark = "X" if "X" in lines[marked] else "✓"
    lines[marked] = lines[marked].replace(mark, " ")
    lines[row] = lines[row].rstrip(" |") + "      " + mark + (" |" if lines[row].startswith("|") else "")
    result = explain_text(head + "\n".join(lines) + "\n")
    assert (result.status, result.ihc and result.ihc.score) == ("positive", "3+"), [
        (e.text, e.value) for e in result.evidence
    ]


def test_two_marked_rows_are_no_result() -> None:
    head, form = FORMS[0]
    text = form.format(one="1+").replace("(no reactivity)", "(no reactivity)                 X")
    text = text.replace(
        "(strong complete/basolateral/lateral)", "(strong complete/basolateral/lateral)      X"
    )
    result = explain_text(head + text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "HER2 (4B5): Score 1+ - NEGATIVE\nScoring key:\n  Score 3+  Positive\n  Score 2+  Equivocal\n"
        "  Score 1+  Negative\n  Score 0   Negative\n",
        "HER2 IHC result: 1+ (negative)\n  3+   Positive   (strong complete)\n  2+   Equivocal\n  1+   Negative\n"
        "  0    Negative\n",
        "HER2 (4B5): 1+ NEGATIVE\n  3+   Positive                X\n  2+   Equivocal\n  1+   Negative\n",
    ],
)
def test_a_result_on_the_names_line_is_not_read_from_the_rows_below(text: str) -> None:
    # a key under a result line: never a positive from its rows (the engine files such a key
    # as a legend, and a result line over it is not a mark column's name)
    result = explain_text(BREAST + text)
    assert result.status != "positive", [(e.text, e.value) for e in result.evidence]
    assert result.ihc is None or result.ihc.score == "1+"
