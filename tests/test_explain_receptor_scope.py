"""ER and PR shown in the summary are the current sample's (summary6, Part 1 leftover 5).

A report on the tumour after treatment often restates the biopsy taken before it ("Pre-treatment
core biopsy: ER 0%, PR 0%, HER2 3+"); a report on two tumours or two samples gives each its own
ER/PR, sometimes in one row with a column per sample. Before, the first ER/PR the report wrote was
shown as "Estrogen receptor (ER): ..." whatever sample it belonged to: an untrue sentence when
that was the earlier sample's. Now the earlier sample's values are left out, and samples that
disagree show "differs between samples (see the report)". Near-misses keep their reading.
"""

from __future__ import annotations

import pytest

from her2cli.api import explain_text
from her2cli.report_words import read_text_facts
from her2cli.summary_receptors import RECEPTORS_DIFFER, receptors_as_written

POST_TREATMENT = (
    "SURGICAL PATHOLOGY\n"
    "Clinical: 51F, left breast carcinoma. Pre-treatment core biopsy\n"
    "(X-26-1): ER 0%, PR 0%, HER2 3+ (positive). Received neoadjuvant chemotherapy.\n\n"
    "Left breast, lumpectomy after neoadjuvant therapy: residual invasive carcinoma, 0.8 cm.\n"
    "HER2 retest on residual tumor (block A3): HER2 IHC 1+ (negative).\n"
    "ER 80% strong, PR 10% weak\n"
)


def _rows(text: str) -> dict[str, str]:
    result = explain_text(text, cancer_type="breast")
    assert result.explanation is not None
    return {row.kind: row.value for row in result.explanation.report_says}


def test_pre_treatment_receptors_are_not_shown_as_the_current_ones() -> None:
    rows = _rows(POST_TREATMENT)
    assert rows["er"].startswith("80% strong") and rows["pr"].startswith("10% weak")
    assert dict(receptors_as_written(POST_TREATMENT)) == {"er": "80% strong", "pr": "10% weak"}


def test_pre_treatment_receptors_alone_are_not_shown() -> None:
    text = POST_TREATMENT.replace("ER 80% strong, PR 10% weak\n", "ER/PR will be repeated with HER2.\n")
    rows = _rows(text)
    assert "er" not in rows and "pr" not in rows


@pytest.mark.parametrize(
    "text",
    [
        "Prior results (for reference only; not repeated here)\n Core biopsy (2026-04-11): ER positive, "
        "PR positive, HER2 3+.\n\nResidual tumor after neoadjuvant therapy: HER2 IHC 1+.\n",
        "Clinical history: left breast IDC, pre-treatment ER-negative, PR-negative, HER2 3+.\n\n"
        "Residual carcinoma after neoadjuvant treatment.\n",
    ],
)
def test_earlier_sample_calls_are_not_read(text: str) -> None:
    facts = read_text_facts(text)
    assert (facts.er, facts.pr) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Mass 1 (9 o'clock): ER negative (0%). PR negative (0%).\n"
        "Mass 2 (2 o'clock): ER positive (100%, strong). PR positive (70%).\n",
        "Marker      Core A                Core B\nER          Positive, 90%         Negative, 0%\n"
        "PR          Positive, 60%         Negative, 0%\n",
    ],
)
def test_samples_that_disagree_are_mixed(text: str) -> None:
    facts = read_text_facts(text)
    assert (facts.er, facts.pr) == ("mixed", "mixed")


def test_shares_that_differ_between_samples_are_mixed() -> None:
    text = "Mass 1 (A6): ER 5% (low positive), PR 0%\nMass 2 (A19): ER 95%, PR 80%\n"
    assert dict(receptors_as_written(text)) == {"er": RECEPTORS_DIFFER, "pr": RECEPTORS_DIFFER}
    rows = _rows(text + "HER2 IHC 1+ (negative)\n")
    assert rows["er"] == rows["pr"] == "differs between samples (see the report)"


def test_a_kind_of_tumour_in_a_comment_is_not_this_tumours_er() -> None:
    text = (
        "Mass 1: ER low positive (5%).\n"
        "Comment: Estrogen receptor low positive (1-10%) cases may behave like ER-negative tumors.\n"
    )
    assert read_text_facts(text).er == "low_positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ER: Positive. Margins negative for carcinoma.\nPR: Positive (40%)\n", ("positive", "positive")),
        ("ER positive (95%), PR negative (0%).\n", ("positive", "negative")),
        (
            "ER  Positive, 90%        Positive, 85%\nPR  Positive, 60%   Positive, 20%\n",
            ("positive", "positive"),
        ),
        (
            "ER: low positive (5%)\nDiagnosis: ER positive (5%, low), PR negative.\n",
            ("low_positive", "negative"),
        ),
        ("Previous core biopsy of this tumour: ER positive, PR positive.\n", ("positive", "positive")),
    ],
)
def test_near_misses_keep_their_reading(text: str, expected: tuple[str, str]) -> None:
    facts = read_text_facts(text)
    assert (facts.er, facts.pr) == expected


def test_one_sample_written_twice_is_not_mixed() -> None:
    text = "ER: Positive (95%)\nDIAGNOSIS: invasive carcinoma, ER 95% strong, PR 40%.\nPR: Positive (40%)\n"
    assert RECEPTORS_DIFFER not in dict(receptors_as_written(text)).values()
