"""Every reader honours the same context families: a status that a line asks for, orders, sets
as a condition, lists in a key or quotes from another cancer's history is no result, whichever
reader found the value (an IHC score, an ISH or NGS amplification, a bare status statement
"HER2-positive", "HER2+", "positive for HER2", a checkbox form's marked box, a column table's
cell).

Found on tests/variants4 v4-F-02: a plasma report's requisition line 'Requested: "rule out
HER2-positive / ERBB2-amplified disease"' was read as HER2-positive, because the statement
reader's "HER2-positive" was held to the hypothetical family only when no pending word ("Requested")
was near, and the checkbox and column readers were held to none of these families. Now the
value readers' statements (findings/context.py `_statement_reason`) and the form and column
readers (`form_or_column_reason`) ask the same question (`asked_not_stated`), and "rule out /
r/o / to exclude / evaluate for / descartar" is a hypothetical trigger (context rule
hypothetical-rule-out).

The matrix below fails for a reader that skips a family; the near-misses keep the results that
merely sit near such words.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

COLON = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated.\n"

# one value per reader: what each finds on its own is a positive result
READERS = {
    "ihc-score": "HER2 IHC 3+",
    "ish-amplified": "HER2 FISH amplified, ratio 4.5",
    "ngs-amplification": "ERBB2 amplification detected",
    "statement-after": "HER2: positive",
    "statement-hyphen": "HER2-positive disease",
    "statement-sign": "HER2+",
    "statement-before": "positive for HER2",
    "overexpression": "carcinoma with overexpression of HER2",
}

# each family in more than one wording; {v} is the reader's value
FAMILIES = {
    "hypothetical-rule-out": "Requested: rule out {v}.",
    "hypothetical-r/o": "Reason for referral: r/o {v}.",
    "hypothetical-if": "Trastuzumab may be considered if {v} is confirmed.",
    "hypothetical-evaluate": "Specimen sent to evaluate for {v}.",
    "hypothetical-spanish": "Solicitud: descartar {v}.",
    "order-please-confirm": "Clinician note: please confirm {v} on the resection.",
    "order-request-label": "Request: {v} (outside case).",
    "question-mark": "Clinical question: {v}?",
    "question-query": "Query {v} (outside slides).",
    "legend-key": "Interpretation key: {v} = reported as positive when criteria are met.",
    "history-other-cancer": "Clinical history: breast carcinoma 2015, {v}.",
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_each_reader_reads_its_value_as_a_result(reader: str) -> None:
    """The matrix below means something: each reader's value, stated plainly, is positive."""
    assert explain_text(COLON + "Result: " + READERS[reader] + ".\n").status == "positive"


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("reader", sorted(READERS))
def test_no_reader_takes_a_value_the_statement_does_not_state(family: str, reader: str) -> None:
    text = COLON + FAMILIES[family].format(v=READERS[reader]) + "\n"
    result = explain_text(text)
    assert result.status == "not_found", (family, reader, [e.text for e in result.evidence])


# The form and column readers: the family's words head the form's label or the table's header row.
FORM = "{p} HER2 (ERBB2) by IHC:\n  [ ] Negative (Score 0)\n  [ ] Negative (Score 1+)\n  [ ] Equivocal (Score 2+)\n  [x] Positive (Score 3+)\n"


def _column_table(label: str) -> str:
    width = max(len(label), 10) + 4
    return f"{label:<{width}}ER        PR        HER2\n{'A1':<{width}}90%       80%       3+\n"


def _form(label: str) -> str:
    return FORM.format(p=label)


LAYOUTS = {"checkbox-form": _form, "column-table": _column_table}
HEAD_LABELS = {
    "order": "Requested:",
    "hypothetical-rule-out": "Rule out",
    "hypothetical-if": "If positive,",
    "question": "Query",
    "history-other-cancer": "Clinical history of breast carcinoma (2015):",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_form_and_column_readers_read_their_result(layout: str) -> None:
    label = "" if layout == "checkbox-form" else "Block"
    assert explain_text(COLON + LAYOUTS[layout](label)).status == "positive"


@pytest.mark.parametrize("family", sorted(HEAD_LABELS))
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_form_and_column_readers_honour_the_families(family: str, layout: str) -> None:
    result = explain_text(COLON + LAYOUTS[layout](HEAD_LABELS[family]))
    assert result.status == "not_found", (family, layout, [e.text for e in result.evidence])


BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
NEAR_MISSES = [
    # a form's question answered in the form is its result
    ("answered-question", BREAST + "HER2 (IHC) positive? Yes (score 3+).\n", "positive"),
    # a request line, then the result in its own paragraph
    (
        "request-then-result",
        BREAST + "Tests requested: ER, PR, HER2.\n\nRESULTS\nHER2 (4B5): 3+, positive.\n",
        "positive",
    ),
    # "ruled out" is a finding, "does not rule out" a caveat on a negative
    (
        "ruled-out-finding",
        BREAST + "HER2 IHC 1+ (negative); HER2 amplification was ruled out by FISH (ratio 1.2).\n",
        "negative",
    ),
    # a confirmed result names its confirmation
    ("confirmed-result", BREAST + "HER2 IHC 3+ (positive), confirmed on the excision.\n", "positive"),
    ("requested-result-given", BREAST + "HER2 (as requested): IHC 0, negative.\n", "negative"),
]


@pytest.mark.parametrize(("name", "text", "status"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_results_near_such_words_stay_results(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name


def test_variants4_requisition_rule_out_is_no_positive() -> None:
    """v4-F-02's own line, in a plasma report that found no alterations."""
    text = (
        "LIQUID BIOPSY REPORT\nDiagnosis (per requisition): Metastatic breast carcinoma; HER2 status not provided. "
        'Requested: "rule out HER2-positive / ERBB2-amplified disease"\nSpecimen: Plasma cfDNA\n\n'
        "RESULT: NO SOMATIC ALTERATIONS DETECTED\n"
    )
    assert explain_text(text).status == "not_found"


def test_a_rule_out_governs_the_status_it_names_not_the_fact_in_brackets() -> None:
    """variants5 v5-A-02: the bracket restates the core's IHC 2+ (a fact about this tumor); the
    rule-out asks only about amplification, which the FISH below answers."""
    text = (
        BREAST
        + "Reason for test:  r/o HER2 amplification (IHC 2+ on core at outside lab)\n\n"
        + "RESULT\nHER2/CEP17 FISH ratio 1.3, mean HER2 signals/cell 2.3: NOT AMPLIFIED\n"
    )
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "2+"
