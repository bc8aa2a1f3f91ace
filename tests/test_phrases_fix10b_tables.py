"""Biomarker tables of several samples whose ISH is in columns of its own (fix10b, devset10
b10-f01-06, b10-f01-10).

A receptor panel with a sample column ("Part  ER  PR  HER2 IHC  HER2 ISH (ratio / copies)  HER2
call" over rows "A  90%  50%  2+  1.5 / 3.4  (not amplified)  Negative") named no sample: its
header's second cell was ER, and its rows' second cell a percentage. A bare ratio under "HER2
ISH ratio" and a bare mean under "HER2 mean copies" were not read, nor a bracketed remark beside
a value in the same column. The samples' 2+ results then read as one clashing or equivocal
tumour. Now the rows name their samples and the ISH columns give each row's ratio and copies.
Near-misses: a copies column in a table with no ISH ratio column gives no ISH value; a numbered
row of percentages is no sample.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

TABLES = {
    "spaced-part-ratio-copies-negative": (
        "Right breast core biopsies.\n"
        "  Part   ER        PR        HER2 IHC   HER2 ISH (ratio / copies)      HER2 call\n"
        "  A      90%       50%       2+         1.5 / 3.4  (not amplified)     Negative\n"
        "  B      95%       70%       1+         not performed                  Negative\n"
        "  C      85%       n.d.      0          not performed                  Negative\n",
        "negative",
        1.5,
    ),
    "spaced-part-ratio-copies-positive": (
        "Right breast core biopsies.\n"
        "  Part   ER        PR        HER2 IHC   HER2 FISH (ratio / copies)     HER2 call\n"
        "  A      95%       80%       2+         2.6 / 6.2  (amplified)         Positive\n"
        "  B      90%       60%       1+         not performed                  Negative\n",
        "positive",
        2.6,
    ),
    "tabbed-specimen-ratio-copies": (
        "Specimen\tSite\tProcedure\tER\tPR\tHER2 IHC\tHER2 ISH ratio\tHER2 mean copies\tHER2 final\n"
        "A\tRight breast 10:00\tCore biopsy\t98%\t85%\t2+\t1.4\t3.6\tNegative\n"
        "B\tRight axillary LN\tFNA cell block\t95%\t60%\t2+\t2.3\t5.2\tPositive\n",
        "positive",
        2.3,
    ),
    "spaced-specimen-ratio-copies": (
        "Specimen   Site            ER     PR     HER2 IHC   HER2 ISH ratio   HER2 mean copies   HER2 final\n"
        "A          Left breast     90%    80%    2+         1.3              2.9                Negative\n"
        "B          Left axilla     90%    70%    2+         2.4              5.1                Positive\n",
        "positive",
        2.4,
    ),
    "tabbed-block-both-negative": (
        "Block\tSite\tER\tPR\tHER2 IHC\tHER2 FISH ratio\tHER2 mean copies\tHER2 final\n"
        "A1\tLeft breast\t90%\t80%\t2+\t1.3\t2.9\tNegative\n"
        "B1\tLeft axilla\t90%\t70%\t2+\t1.6\t3.1\tNegative\n",
        "negative",
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(TABLES))
def test_each_rows_ish_columns_are_its_own(case: str) -> None:
    text, status, ratio = TABLES[case]
    result = explain_text(text)
    assert result.status == status
    if ratio is not None:
        assert result.ish is not None and result.ish.ratio == ratio


def test_two_samples_of_a_receptor_panel_are_named_by_their_rows() -> None:
    text, _, _ = TABLES["spaced-part-ratio-copies-positive"]
    calls = sorted((s.label, s.call) for s in explain_text(text).specimens)
    assert calls == [("Part A", "positive"), ("Part B", "negative")]


NEAR_MISSES = {
    # a copies column with no ISH ratio column beside it gives no ISH value
    "copies-without-ratio": "Breast core.\nMarker    HER2 copies    Result\nHER2      3.9            see comment\n",
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_a_copies_column_alone_is_no_ish_result(case: str) -> None:
    result = explain_text(NEAR_MISSES[case])
    assert result.status == "not_found"
    assert result.ish is None
