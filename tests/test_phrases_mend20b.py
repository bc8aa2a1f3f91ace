"""mend20b (session 20): review20's findings on the honesty of rules and tests.

1. (review20 item 10) summary_words.toml ish-group-named counted any "group" word with a number 1-5
   anywhere in the report as the report naming an ISH group, so the summary dropped its "worked out
   from the numbers" note for a lab's "Pathology Group, 2 ...", a "Blood group: A", a prostate
   "Grade Group 2" or a cancer's "stage group: 1". The word now counts only with an ISH word (the
   test's or ASCO/CAP's name, HER2, CEP17, ratio, amplified) on its line or the two lines above,
   and never after "blood", "grade", "stage", "pathology". Near-misses: the report's own "ASCO/CAP
   group 5", "FISH group 5", "grupo 5 (ASCO/CAP 2018)", a table's "Group  5" row under its ratio
   keep the row as the report's own.
Every text is written for this test, not copied from a devset.
"""

from __future__ import annotations

import pytest

from .summary_cases import explain_with_words

WORKED_OUT = "worked out by this summary from the numbers in the report"

_COUNTS = (
    "Dual-probe ISH: mean HER2 signals per cell 2.6, mean CEP17 2.2, HER2/CEP17 ratio 1.18.\n"
    "Interpretation: not amplified.\n"
)
_BODY = "Right breast, core biopsy, invasive ductal carcinoma.\nHER2 IHC 2+ (equivocal).\n"

# --- 1. a "group" word that is not an ISH group ------------------------------------------------
OTHER_GROUPS = [
    ("lab-name-group", "Eastgate Pathology Group, 4 Mill Lane\n" + _BODY + _COUNTS),
    ("blood-group", _BODY + "Blood group: B Rh- ; ref 2\n" + _COUNTS),
    ("gleason-grade-group", _BODY + "Prostate biopsy (2019): Gleason 3+3=6, Grade Group 1.\n" + _COUNTS),
    # (a stage group on a line below the ISH lines is read by the engine as the ISH group itself:
    # a separate, older miss, left for the lead - see the final report)
    ("anatomic-stage-group", "Anatomic stage group: 1\n" + _BODY + _COUNTS),
]


@pytest.mark.parametrize(("name", "text"), OTHER_GROUPS, ids=[c[0] for c in OTHER_GROUPS])
def test_another_kind_of_group_leaves_the_group_worked_out(name: str, text: str) -> None:
    result, said = explain_with_words(text)
    assert result.ish is not None and result.ish.group == 5, name
    assert f"ISH group (1 to 5): 5 ({WORKED_OUT})" in said, name


ISH_GROUPS = [
    ("asco-cap-group-after-counts", _BODY + _COUNTS + "ASCO/CAP 2018: group 5.\n"),
    ("fish-group-label", _BODY + _COUNTS.replace("Dual-probe ISH", "FISH") + "FISH group 5\n"),
    ("spanish-grupo-then-guideline", _BODY + _COUNTS + "Grupo 5 (ASCO/CAP 2018).\n"),
    (
        "lab-group-and-asco-group",
        "Eastgate Pathology Group, 4 Mill Lane\n" + _BODY + _COUNTS + "ASCO/CAP group 5\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), ISH_GROUPS, ids=[c[0] for c in ISH_GROUPS])
def test_an_ish_group_the_report_names_stays_its_own(name: str, text: str) -> None:
    result, said = explain_with_words(text)
    assert result.ish is not None and result.ish.group == 5, name
    assert "ISH group (1 to 5): 5" in said, name
    assert WORKED_OUT not in said, name
