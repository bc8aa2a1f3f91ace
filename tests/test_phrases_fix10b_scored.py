"""The lab's call on this case in the words "this is scored as HER2 gene AMPLIFICATION" (fix10b,
devset12 b12-f03-06).

A single-probe CISH report (no chromosome 17 probe, so no ratio) on a gastric biopsy gave its mean
of 7.2 ERBB2 copies per nucleus and then "this is scored as HER2 gene AMPLIFICATION": the noun
"amplification" counted only as a sequencing table's row or after words that affirm it ("shows",
"consistent with"), so the lab's own call was lost and the report read not found. "this / it /
the case is (therefore) scored / reported / interpreted / classified / called as" before it now
affirms it (ish.toml amp-pos-before). Near-misses: the same words about cases in general (a
method's rule), a conditional ("would be scored as") and a negation keep no positive.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

SINGLE_PROBE = (
    "Stomach, antrum, endoscopic biopsies: adenocarcinoma, intestinal type.\n"
    "Method: HER2 single-probe CISH (ZytoLight SPEC ERBB2); no chromosome 17 reference probe, so a ratio is not available.\n"
    "   Tumour nuclei evaluated      60\n   Mean ERBB2 copies / nucleus  {mean}\n\n"
)

CALLED = {
    "this-is-scored": "Interpretation: ERBB2 gene copy number is elevated (mean >= 6 copies per nucleus); "
    "this is scored as HER2 gene AMPLIFICATION in this gastric adenocarcinoma.\n",
    "the-case-is-interpreted": "Interpretation: the case is interpreted as HER2 gene amplification.\n",
    "it-was-classified": "Comment: it was therefore classified as ERBB2 amplification (single-probe criteria).\n",
}


@pytest.mark.parametrize("case", sorted(CALLED))
def test_the_labs_call_on_this_case_is_read(case: str) -> None:
    result = explain_text(SINGLE_PROBE.format(mean="7.2") + CALLED[case])
    assert result.status == "positive"
    assert result.ish is not None and result.ish.result == "amplified"


NOT_CALLED = {
    "cases-in-general": "Method note: cases with a mean of >= 6 copies per nucleus are scored as HER2 gene amplification.\n"
    "Interpretation: below the threshold.\n",
    "conditional": "Comment: a mean of 6 or more would be scored as HER2 gene amplification; this case is below it.\n",
    "negated": "Interpretation: this is not scored as HER2 gene amplification.\n",
}


@pytest.mark.parametrize("case", sorted(NOT_CALLED))
def test_a_rule_a_condition_or_a_negation_is_no_call(case: str) -> None:
    assert explain_text(SINGLE_PROBE.format(mean="3.1") + NOT_CALLED[case]).status != "positive"
