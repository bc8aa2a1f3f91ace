"""Two wrong-way calls found late (session 7), as phrase families with near-misses.

- A form line printing every choice with a fill-in blank after each ("HER2 by IHC: Negative
  (Score 1+) ____ Positive (Score 3+) ____") was read as both scores and called 3+ positive. The
  blank "____" was no checkbox to the form reader (data/rules/document.toml `checkbox`), and the
  choice-list rule allowed no "(Score 1+)" between two choices. With no option marked the line is
  no result; with one marked (a box, "X", a filled blank) the marked one counts: a blank after an
  option's words belongs to those words, a blank before them to the words after it
  (findings/checkbox.py).
- Side-by-side sample columns in an ISH table read across columns (the first column's ratio, the
  last column's call): each column is its sample's ISH result (findings/samples_columns.py).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

CORE = "Breast core biopsy, invasive carcinoma.\n"

# (id, form line, status, ihc score or None)
FORM_CASES = [
    # --- no option marked: no result
    ("blank-trailing", "HER2 by IHC: Negative (Score 1+) ____ Positive (Score 3+) ____", "not_found", None),
    (
        "blank-three",
        "HER2 (IHC): Negative (0/1+) ___ Equivocal (2+) ___ Positive (3+) ___",
        "not_found",
        None,
    ),
    ("blank-spanish", "HER2 por IHQ: Negativo (1+) ___ Positivo (3+) ___", "not_found", None),
    ("blank-parens", "HER2 by IHC: Negative (Score 1+) ( ) Positive (Score 3+) ( )", "not_found", None),
    ("blank-ocr", "HER2 by lHC: Negatlve (Score 1+) ____ Posltive (Score 3+) ____", "not_found", None),
    ("no-blank-slash", "HER2 by IHC: Negative (Score 1+) / Positive (Score 3+)", "not_found", None),
    ("no-blank-spaces", "HER2 by IHC: Negative (Score 1+)    Positive (Score 3+)", "not_found", None),
    # --- one option marked: the marked one counts, whichever side its blank is on
    (
        "filled-after-negative",
        "HER2 by IHC: Negative (Score 1+) __X__ Positive (Score 3+) ____",
        "negative",
        "1+",
    ),
    (
        "filled-after-positive",
        "HER2 by IHC: Negative (Score 1+) ____ Positive (Score 3+) __X__",
        "positive",
        "3+",
    ),
    (
        "filled-before-positive",
        "HER2 by IHC: ____ Negative (Score 1+) __X__ Positive (Score 3+)",
        "positive",
        "3+",
    ),
    ("box-before-negative", "HER2 by IHC: [x] Negative (Score 1+) [ ] Positive (Score 3+)", "negative", "1+"),
    (
        "paren-after-negative",
        "HER2 by IHC: Negative (Score 1+) (X) Positive (Score 3+) ( )",
        "negative",
        "1+",
    ),
    (
        "x-before-negative",
        "HER2 by IHC: X Negative (Score 1+) ____ Positive (Score 3+) ____",
        "negative",
        "1+",
    ),
    ("spanish-marked", "HER2 por IHQ: Negativo (1+) _X_ Positivo (3+) ___", "negative", "1+"),
    # --- the options on lines of their own, blanks after them: never a call from an unmarked form
    (
        "vertical-blank",
        "HER2 by IHC:\n  Negative (Score 1+) ____\n  Positive (Score 3+) ____",
        "not_found",
        None,
    ),
    (
        "vertical-boxes-after",
        "HER2 by IHC:\n  Negative (Score 1+) [ ]\n  Positive (Score 3+) [ ]",
        "not_found",
        None,
    ),
    (
        "vertical-boxes-before",
        "HER2 by IHC:\n  [ ] Negative (Score 1+)\n  [ ] Positive (Score 3+)",
        "not_found",
        None,
    ),
    # --- near-misses: a result written out is still a result
    ("result-positive", "HER2 by IHC: Positive (Score 3+)", "positive", "3+"),
    ("result-negative", "HER2 by IHC: Negative (Score 1+)", "negative", "1+"),
    ("result-with-er", "HER2 IHC: 3+ (positive). ER negative.", "positive", "3+"),
    ("negative-then-er", "HER2: negative (1+), positive for ER and PR.", "negative", "1+"),
]


@pytest.mark.parametrize(
    ("line", "status", "score"), [c[1:] for c in FORM_CASES], ids=[c[0] for c in FORM_CASES]
)
def test_form_line_of_choices(line: str, status: str, score: str | None) -> None:
    result = explain_text(CORE + line + "\n")
    assert result.status == status
    if score is None:
        assert result.status != "positive"
    else:
        assert result.ihc is not None and result.ihc.score == score


# - Side-by-side sample columns in an ISH table: the reader took the first column's ratio and the
#   last column's call (ratio 2.4, "not amplified"): each column is its sample's ISH result now.
ISH_TABLES = [
    (
        "primary-node",
        "                    Primary tumour   Lymph node\n"
        "HER2/CEP17 ratio   2.4              1.6\n"
        "Interpretation     Amplified        Not amplified\n",
        "positive",
        "amplified",
        2.4,
    ),
    (
        "node-first",
        "                    Lymph node       Primary tumour\n"
        "HER2/CEP17 ratio   1.6              2.4\n"
        "Interpretation     Not amplified    Amplified\n",
        "positive",
        "amplified",
        2.4,
    ),
    (
        "copy-number-row",
        "                    Primary tumour   Lymph node\n"
        "HER2/CEP17 ratio   2.4              1.6\n"
        "Average HER2 copy number  6.1      3.0\n"
        "Interpretation     Amplified        Not amplified\n",
        "positive",
        "amplified",
        2.4,
    ),
    (
        "three-tumours",
        "HER2 FISH          Tumor A          Tumor B          Tumor C\n"
        "HER2/CEP17 ratio   1.2              2.6              1.4\n"
        "Result             Not amplified    Amplified        Not amplified\n",
        "positive",
        "amplified",
        2.6,
    ),
    (
        "upper-case-calls",
        "                    Primary tumour   Lymph node\n"
        "HER2 FISH ratio    2.4              1.6\n"
        "HER2 FISH          AMPLIFIED        NOT AMPLIFIED\n",
        "positive",
        "amplified",
        2.4,
    ),
    (
        "both-not-amplified",
        "                    Tumor A          Tumor B\n"
        "HER2/CEP17 ratio   1.3              1.6\n"
        "Interpretation     Not amplified    Not amplified\n",
        "negative",
        "not_amplified",
        None,
    ),
]


@pytest.mark.parametrize(
    ("table", "status", "ish", "ratio"), [c[1:] for c in ISH_TABLES], ids=[c[0] for c in ISH_TABLES]
)
def test_ish_table_with_sample_columns(table: str, status: str, ish: str, ratio: float | None) -> None:
    result = explain_text(CORE + table)
    assert result.status == status
    assert result.ish is not None and result.ish.result == ish
    if ratio is not None:
        assert result.ish.ratio == ratio
    if "copy" in table:
        assert result.ish.her2_copy_number == 6.1
        assert len(result.specimens) >= 2  # samples that disagree are all listed
