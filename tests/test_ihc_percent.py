"""The share of tumor cells an IHC score describes, as a specification (QA of issue 10, item 1).

A percentage belongs to the HER2 score only within the score's own sentence, line or table cell:
never across another marker's label (ER, PR, Ki-67) and never from a scoring rule or legend.
Each family has cases that must read the number and near-misses that must not.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Breast, left, core biopsy: invasive ductal carcinoma.\n"
COLON = "Colon, sigmoid, resection: invasive adenocarcinoma.\n"

CASES = [
    # --- the share is read: own sentence, own line, wrapped cell
    ("of-tumor-cells", BREAST + "HER2 (4B5): 3+ in 80% of invasive tumor cells, positive.", 80.0),
    ("own-line-after-call", BREAST + "HER2 IHC: 2+ (equivocal), 30%\nER: positive (90%)", 30.0),
    (
        "wrapped-cell",
        BREAST + "HER2 (4B5)   3+   complete membrane staining\n             in 95% of tumor cells\n",
        95.0,
    ),
    (
        "before-score-same-sentence",
        BREAST + "HER2: strong complete staining, 90%, score 3+ (positive).",
        90.0,
    ),
    (
        "labelled-row-below",
        COLON
        + "HER2 IMMUNOHISTOCHEMISTRY - block A5, clone 4B5\nStaining intensity: 3+ (intense)\nPercentage of tumor cells stained: 70% (basolateral)\n",
        70.0,
    ),
    # --- near-misses: another marker's number
    (
        "er-next-line",
        "Specimen: Left breast excision, block A3 (invasive ductal carcinoma grade 3)\n"
        + "Clinical HER2 (IHC, referring lab): 1+ negative\nClinical ER: positive (15%, weak)  PR: negative\n",
        None,
    ),
    ("er-same-line-after", BREAST + "HER2: 1+ negative   ER: positive (15%)", None),
    ("ki67-next-line", BREAST + "HER2 (4B5): 2+ equivocal\nKi-67: 25%", None),
    ("other-row-below", BREAST + "HER2 (4B5): 2+ equivocal\nTumor cellularity: 60%\n", None),
    ("pr-before", BREAST + "PR: positive (40%). HER2: 0 (negative).", None),
    (
        "fixation-line",
        COLON + "HER2 IHC (4B5): 2+\nFixation: 10% neutral buffered formalin, 6-72 hours",
        None,
    ),
    # --- near-misses: a rule or legend
    (
        "heracles-rule-line",
        COLON
        + "HER2 GENE AMPLIFIED. Ratio 2.8 in 70% of nuclei (HERACLES:\namplified when ratio >= 2 in >= 50% of cells).\n"
        + "In combination with IHC 2+, the tumor is HER2-POSITIVE by HERACLES criteria.",
        None,
    ),
    (
        "criteria-parenthetical",
        COLON + "HER2 (4B5): 2+, equivocal (ISH counts as amplified when ratio >= 2 in >= 50% of cells).",
        None,
    ),
]


@pytest.mark.parametrize(("text", "percent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_share_of_cells(text: str, percent: float | None) -> None:
    result = explain_text(text)
    assert result.ihc is not None, [e.text for e in result.evidence]
    assert result.ihc.percent_cells == percent


# The qualifier the report writes before the share is kept beside the number (QA item 8 / issue 10
# defect 9): "~50%" is not "50%", and under endometrial or HERACLES rules the difference matters.
QUALIFIED = [
    ("tilde", "HER2 (4B5): 3+ in ~50% of tumor cells, positive.", 50.0, "about"),
    (
        "approximately",
        "HER2 (4B5): 1+ (negative), weak staining in approximately 5% of invasive tumor cells.",
        5.0,
        "about",
    ),
    ("about-in-parentheses", "HER2 IHC: 3+ (about 40%)", 40.0, "about"),
    ("more-than-sign", "HER2 (4B5): 3+ in >50% of tumor cells.", 50.0, ">"),
    ("over", "HER2 (4B5): 3+ in over 90% of cells", 90.0, ">"),
    ("at-least", "HER2 IHC: 2+ in at least 30% of cells", 30.0, ">="),
    ("ge-sign", "HER2 (4B5): 3+ in >= 10% of cells", 10.0, ">="),
    ("ge-unicode", "HER2 (4B5): 3+ in \u2265 60% of cells", 60.0, ">="),
    ("less-than-sign", "HER2 (4B5) 1+ in <10% of cells", 10.0, "<"),
    # near-misses: a plain number, and a word that only looks like a qualifier
    ("plain", "HER2 (4B5): 3+ in 80% of tumor cells.", 80.0, None),
    ("word-ending-in-over", "HER2 (4B5): 3+, turnover 80% of cells", 80.0, None),
]


@pytest.mark.parametrize(
    ("text", "percent", "qualifier"), [c[1:] for c in QUALIFIED], ids=[c[0] for c in QUALIFIED]
)
def test_share_qualifier(text: str, percent: float, qualifier: str | None) -> None:
    result = explain_text(BREAST + text)
    assert result.ihc is not None
    assert (result.ihc.percent_cells, result.ihc.percent_qualifier) == (percent, qualifier)
    assert result.to_dict()["ihc"]["percent_qualifier"] == qualifier
