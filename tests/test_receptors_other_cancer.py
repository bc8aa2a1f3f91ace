"""ER and PR quoted for another or earlier cancer are not this tumour's (found by safety5 in
session 5: "Prior left breast carcinoma (2019), ER-negative, HER2-positive (3+)" in the history of a
new right breast cancer put "Estrogen receptor (ER): negative" in the summary as the patient's
result). The receptors of the report's own tumour, written after or beside such a history, are
still read."""

from __future__ import annotations

import pytest

from her2cli.report_words import read_text_facts

OTHER_CANCER = [
    (
        "CLINICAL HISTORY: New right breast mass. Prior left breast carcinoma (2019),\n"
        "ER-negative, HER2-positive (3+), treated with trastuzumab.\n\n"
        "DIAGNOSIS: Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "HER2 IHC: 1+ (negative)\n"
    ),
    "History of breast cancer, ER positive, PR positive, in 2010.\nLung, biopsy: adenocarcinoma.\n",
    "Antecedente de carcinoma de mama (2016), RE: positivo, RP: negativo.\nBiopsia gástrica: adenocarcinoma.\n",
    "h/o contralateral breast cancer, ER/PR: +/+.\nLeft breast core: invasive carcinoma.\nHER2: 0\n",
]


@pytest.mark.parametrize("text", OTHER_CANCER)
def test_receptors_of_another_cancer_are_not_read(text: str) -> None:
    facts = read_text_facts(text)
    assert (facts.er, facts.pr) == (None, None)


CURRENT_AFTER_HISTORY = [
    (
        "CLINICAL HISTORY: Prior left breast carcinoma (2019), ER-negative.\n\n"
        "BIOMARKERS (right breast, block A1):\nEstrogen receptor: POSITIVE, 95%\n"
        "Progesterone receptor: POSITIVE, 40%\n",
        ("positive", "positive"),
    ),
    ("Invasive ductal carcinoma, grade 2. ER positive (95%), PR negative (<1%).\n", ("positive", "negative")),
    (
        "Prior to staining, slides were reviewed. ER positive (90%). PR positive (60%).\n",
        ("positive", "positive"),
    ),
    ("Previous core biopsy of this tumour: ER positive, PR positive.\n", ("positive", "positive")),
]


@pytest.mark.parametrize(("text", "expected"), CURRENT_AFTER_HISTORY)
def test_the_tumours_own_receptors_are_still_read(text: str, expected: tuple[str, str]) -> None:
    facts = read_text_facts(text)
    assert (facts.er, facts.pr) == expected
