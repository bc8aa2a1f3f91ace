"""What the patient reads (session 23 helper sentences23b): an audit of the summary on the
development sets variants16a and variants16b. Each case is a short report written for the test,
with a near-miss where the sentence must stay."""

from __future__ import annotations

from her2cli.receptor_share import call_against_share, share_category

from .summary_cases import explain_with_words

# --- 1. a history line's "ER+/PR+" said as the current sample's ER/PR -------------------------
# (variants16a v16a-f02-02, v16a-f02-03, variants16b v16b-f02-02: the history's shorthand "PR+"
# was shown as "Progesterone receptor (PR): positive" for a current sample whose PR is 0% or <1%)

PR_POSITIVE = "Progesterone receptor (PR): positive"
PR_NEGATIVE = "Progesterone receptor (PR): negative"
CURRENT_HER2 = "HER2 IHC (4B5): 3+, strong complete membrane staining in 80% of cells. POSITIVE.\n"


def test_a_current_share_under_one_percent_outweighs_a_history_shorthand() -> None:
    for history, current in (
        (
            "History: right breast IDC 2014, ER+, PR+, HER2 negative (IHC 1+).",
            "ER 95% strong | PR 0% | Ki67 25%",
        ),
        ("Previous: carcinoma of breast 2016 (ER+, PR+), adjuvant tamoxifen.", "ER 85% strong | PR <1%"),
        ("Past history - breast primary 2015, ER+ PR+ HER2 negative.", "ER: 40% moderate\nPR: 0 %"),
    ):
        text = f"Breast, new mass, core biopsy.\n{history}\n\nBiomarkers on this core:\n{current}\n{CURRENT_HER2}"
        result, said = explain_with_words(text)
        assert result.status == "positive", history
        assert PR_POSITIVE not in said, history
        assert PR_NEGATIVE in said, history
        assert result.related["pr"] == "negative", history


def test_a_current_call_that_agrees_with_its_share_stays() -> None:
    # near-miss: the current sample's own call beside its own share, and a low share the lab calls
    # positive (the lab's word for 1-10% is its own), are said as the report gives them
    for current, er, pr in (
        ("ER: positive (90%)\nPR: positive (30%)", "positive", "positive"),
        ("ER: positive, 5% weak\nPR: negative (0%)", "positive", "negative"),
    ):
        result, said = explain_with_words(f"Breast, left, core biopsy.\n{current}\n{CURRENT_HER2}")
        assert result.related["er"] == er, current
        assert result.related["pr"] == pr, current


def test_share_categories_follow_the_one_percent_line() -> None:
    assert share_category("<1%") == "negative"
    assert share_category("0 % (negativo)") == "negative"
    assert share_category("5% weak") == "low_positive"
    assert share_category("60% weak-moderate") == "positive"
    assert share_category("positive") is None
    assert call_against_share("positive", "<1%") == "negative"
    assert call_against_share("negative", "40% moderate") == "positive"
    assert call_against_share("positive", "5%") == "positive"  # the lab's own word for a low share
    assert call_against_share(None, "0%") is None
