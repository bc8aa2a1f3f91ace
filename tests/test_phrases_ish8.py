"""ISH results of blind set 8 (tests/devset8, family ish-variants and its neighbours), by the
structural fact the engine ignored, each with other labs' layouts of the same situation and the
near-misses whose answer must not change.

- A key's category with its cut-off is no result: "amplified >2.2; not amplified <1.8" inside the
  criteria aside of a result label, and the label's call after it is the lab's result, also when
  the aside wraps onto the next line (b8-f03-07, an equivocal read as negative; b7-f03-07).
- A single-probe assay's result line often names no HER2 ("RESULT: EQUIVOCAL (4.5
  copies/nucleus)."), and its mean copy number may carry the count in brackets ("Mean HER2
  signals per nucleus (50 nuclei): 7.2"; b8-f03-06, b7-f03-07).
- A checkbox form's ISH rows: a row holding the ratio over "[x] Positive (amplified)" is ISH, not a
  bare status (b8-f01-07).
- OCR reads a capital I as "l" in a word printed in capitals ("AMPLlFlED"; b8-f03-09).
- A ratio at the cut-off with no mean copy number is ASCO/CAP group 1 or 2: IHC 3+ makes either
  positive, any other score leaves the ISH result to the report's words (b8-f03-12).
- A count table's summary column ("obs1 obs2 combined") holds the reported ratio (b8-f03-02).
- A result line's own label ("FINAL HER2 ISH INTERPRETATION:") with a comment on therapy after its
  call is the lab's result, not therapy prose (b8-f03-02).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"


def _ish(text: str) -> tuple[str, str | None, float | None]:
    result = explain_text(text)
    ish = result.ish
    return result.status, ish and ish.result, ish and ish.ratio


# --- a key's categories inside a result label's criteria aside ---------------------------------

CRITERIA_ASIDE = {
    "wrapped-2007": (
        "HER-2/neu : CEP17 ratio ............. 2.0\n"
        "Mean HER-2/neu per nucleus ........... 4.4\n"
        "Interpretation per ASCO/CAP 2007 guidelines (amplified >2.2; not amplified <1.8;\n"
        "equivocal 1.8-2.2): EQUIVOCAL. Recommend additional cell counts or IHC.\n",
        ("equivocal", "equivocal", 2.0),
    ),
    "one-line-result": (
        "HER2 FISH: HER2/CEP17 ratio 2.1, mean HER2 4.6 copies per cell.\n"
        "Result according to 2007 criteria (not amplified <1.8, equivocal 1.8-2.2, amplified >2.2): EQUIVOCAL\n",
        ("equivocal", "equivocal", 2.1),
    ),
    "spanish": (
        "HER2 FISH: cociente HER2/CEP17 1,9\n"
        "Interpretación según criterios ASCO/CAP 2007 (amplificado >2,2; no amplificado <1,8;\n"
        "equívoco 1,8-2,2): EQUÍVOCO\n",
        ("equivocal", "equivocal", 1.9),
    ),
    "not-amplified-call": (
        "HER2/CEP17 ratio ........ 1.3\n"
        "Interpretation per ASCO/CAP 2007 (amplified >2.2; equivocal 1.8-2.2;\n"
        "not amplified <1.8): NOT AMPLIFIED.\n",
        ("negative", "not_amplified", 1.3),
    ),
}


@pytest.mark.parametrize("case", sorted(CRITERIA_ASIDE))
def test_the_call_after_a_criteria_aside_is_the_result(case: str) -> None:
    text, expected = CRITERIA_ASIDE[case]
    assert _ish(BREAST + text) == expected


RESULTS_NEAR_CUTOFFS = {
    # the lab's own call with the rule in brackets: still the result
    "bracketed-rule": (
        "HER2 FISH: NOT AMPLIFIED (ratio 1.3; amplified >2.2).\n",
        ("negative", "not_amplified", 1.3),
    ),
    "amplified-bracket": (
        "HER2 FISH: AMPLIFIED (ratio 4.2; cut-off >= 2.0).\n",
        ("positive", "amplified", 4.2),
    ),
    "result-label": ("HER2/CEP17 ratio 1.2\nRESULT: NOT AMPLIFIED\n", ("negative", "not_amplified", 1.2)),
}


@pytest.mark.parametrize("case", sorted(RESULTS_NEAR_CUTOFFS))
def test_a_call_with_its_rule_in_brackets_stays_the_result(case: str) -> None:
    text, expected = RESULTS_NEAR_CUTOFFS[case]
    assert _ish(BREAST + text) == expected


def test_a_key_alone_gives_no_call() -> None:
    """A key's categories with no call of the lab's: no ISH result from the key's words."""
    text = BREAST + "HER2 FISH key: amplified >2.2; not amplified <1.8; equivocal 1.8-2.2.\nHER2 IHC: 1+\n"
    result = explain_text(text)
    assert result.status == "negative"
    assert result.ish is None or result.ish.result is None


# --- single-probe assays ------------------------------------------------------------------------

SINGLE_PROBE = {
    "count-in-brackets": (
        "HER2 gene status by single-probe SISH (HER2 probe only)\n"
        "Mean HER2 signals per nucleus (50 nuclei): 7.2\n"
        "No chromosome 17 control probe used.\n\n"
        "Interpretation (single-probe criteria): average HER2 copy number >= 6.0 signals/cell\n"
        "=> HER2 AMPLIFIED.\n",
        ("positive", "amplified"),
    ),
    "result-line-without-name": (
        "HER2 CISH (single-probe)\n\n"
        "Mean number of HER2 signals per nucleus: 4.5 (60 nuclei, two areas)\n"
        "Interpretation criteria (ASCO/CAP 2007, single probe):\n"
        "   < 4.0  not amplified   |   4.0 - 6.0  equivocal   |   > 6.0  amplified\n\n"
        "RESULT: EQUIVOCAL (4.5 copies/nucleus).\n",
        ("equivocal", "equivocal"),
    ),
    "conclusion-not-amplified": (
        "Single-probe HER2 ISH\n"
        "Average HER2 copy number (40 cells) = 3.1\n"
        "Cut-offs: <4.0 not amplified; 4.0-6.0 equivocal; >=6.0 amplified\n\n"
        "CONCLUSION: NOT AMPLIFIED\n",
        ("negative", "not_amplified"),
    ),
}


@pytest.mark.parametrize("case", sorted(SINGLE_PROBE))
def test_a_single_probe_result_line_states_the_result(case: str) -> None:
    text, expected = SINGLE_PROBE[case]
    status, result, _ = _ish(BREAST + text)
    assert (status, result) == expected


def test_a_single_probe_line_that_disagrees_with_the_mean_is_not_read_as_its_result() -> None:
    """Near-miss: the mean says amplified, the only result line says equivocal: no positive."""
    text = (
        BREAST
        + "HER2 SISH (single-probe)\nMean HER2 signals per nucleus (30 nuclei): 7.4\n\nRESULT: EQUIVOCAL\n"
    )
    assert explain_text(text).status != "positive"


# --- checkbox forms' ISH rows -----------------------------------------------------------------------

FORM_ISH = {
    "cap-template": (
        "HER2 (ERBB2) BY IN SITU HYBRIDIZATION\n"
        " Average number of HER2 signals per cell: 5.8\n"
        " Average number of CEP17 signals per cell: 2.1\n"
        " HER2/CEP17 ratio: 2.76\n"
        " [x] Positive (amplified): Group 1\n"
        " [ ] Negative (not amplified)\n"
        " [ ] Indeterminate\n",
        ("positive", "amplified", 2.76),
    ),
    "negative-marked": (
        "HER2 ISH\n HER2/CEP17 ratio: 1.2\n [ ] Positive (amplified)\n [X] Negative (not amplified)\n",
        ("negative", "not_amplified", 1.2),
    ),
    "one-line": (
        "HER2/CEP17 ratio: 1.4   [ ] Amplified   [x] Not amplified   [ ] Equivocal\n",
        ("negative", "not_amplified", 1.4),
    ),
}


@pytest.mark.parametrize("case", sorted(FORM_ISH))
def test_a_form_row_with_the_ratio_is_the_ish_result(case: str) -> None:
    text, expected = FORM_ISH[case]
    assert _ish(BREAST + text) == expected


def test_a_form_ihc_row_stays_ihc() -> None:
    text = (
        BREAST + "HER2 (ERBB2) BY IMMUNOHISTOCHEMISTRY\n [ ] Negative (Score 1+)\n [x] Positive (Score 3+)\n"
    )
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score, result.ish) == ("positive", "3+", None)


def test_a_blank_ish_form_gives_no_call() -> None:
    text = BREAST + "HER2 ISH\n HER2/CEP17 ratio:\n [ ] Positive (amplified)\n [ ] Negative (not amplified)\n"
    assert explain_text(text).status == "not_found"


# --- OCR: a capital I read as "l" -------------------------------------------------------------------

OCR_CAPITAL_I = {
    "not-amplified": ("Dual ISH:\n lnterpretation: HER2 N0T AMPLlFlED (negatlve)\n", "not_amplified"),
    "amplified": ("HER2 FISH RESULT: AMPLlFlED\n", "amplified"),
    "clean-word": ("HER2 FISH RESULT: AMPLIFIED\n", "amplified"),
    "mixed-case-clean": ("HER2 FISH: Not amplified.\n", "not_amplified"),
}


@pytest.mark.parametrize("case", sorted(OCR_CAPITAL_I))
def test_a_capital_i_read_as_l_is_repaired_in_a_capitals_word(case: str) -> None:
    text, expected = OCR_CAPITAL_I[case]
    _, result, _ = _ish(BREAST + text)
    assert result == expected


def test_a_lower_case_word_keeps_its_l() -> None:
    """Near-miss: only a word printed in capitals has its "l" read as I ("amplifled" is left)."""
    _, result, _ = _ish(BREAST + "HER2 FISH result: amplfled\n")
    assert result is None


# --- a ratio at the cut-off with no mean: group 1 or 2 ------------------------------------------------

GROUP_1_OR_2 = {
    "ihc-3-plus-after": (
        "1. IHC (4B5): 3+ - POSITIVE.\n"
        "2. FISH (performed for study protocol): HER2/CEP17 2.4, HER2 3.6 signals/cell -> ISH group 2.\n",
        ("positive", "amplified"),
    ),
    "ihc-3-plus-before": (
        "HER2 IHC: 3+\nHER2 FISH: HER2/CEP17 ratio 2.3\n",
        ("positive", "amplified"),
    ),
    # near-misses: no IHC 3+, so the ratio alone settles nothing
    "ihc-1-plus": ("HER2 IHC: 1+\nHER2 FISH: HER2/CEP17 ratio 2.3\n", ("negative", "equivocal")),
    "no-ihc": ("HER2 FISH: HER2/CEP17 ratio 2.3\n", ("equivocal", "equivocal")),
}


@pytest.mark.parametrize("case", sorted(GROUP_1_OR_2))
def test_a_ratio_at_the_cutoff_without_mean_is_settled_only_by_ihc_3_plus(case: str) -> None:
    text, expected = GROUP_1_OR_2[case]
    status, result, _ = _ish(BREAST + text)
    assert (status, result) == expected


# --- a count table's summary column ------------------------------------------------------------------

SUMMARY_COLUMN = {
    "combined": (
        "HER2 DUAL-PROBE ISH\nCounts (20 nuclei x 2 observers):\n"
        "        obs1   obs2   combined\n"
        "HER2    3.5    3.7    3.6\n"
        "CEP17   1.6    1.8    1.7\n"
        "Ratio   2.19   2.06   2.12\n",
        2.12,
    ),
    "average-tabs": (
        "HER2 FISH\n          Reader 1    Reader 2    Average\nRatio     1.62        1.48        1.55\n",
        1.55,
    ),
    "final-middle": (
        "HER2 FISH counts\n"
        "                  Final    Area A   Area B\n"
        "HER2/CEP17 ratio  1.30     1.20     1.40\n",
        1.3,
    ),
    # near-misses: no summary column, or one number: the number read as before
    "no-summary-header": (
        "HER2 FISH counts\n          Count 1    Count 2\nRatio     1.62       1.48\n",
        1.62,
    ),
    "range-after": ("HER2 FISH: HER2/CEP17 ratio 2.19 (range 1.8-2.5 over 40 nuclei)\n", 2.19),
}


@pytest.mark.parametrize("case", sorted(SUMMARY_COLUMN))
def test_a_count_row_takes_the_value_under_its_summary_column(case: str) -> None:
    text, expected = SUMMARY_COLUMN[case]
    _, _, ratio = _ish(BREAST + text)
    assert ratio == expected


# --- a result line's label, then a comment on therapy ------------------------------------------------

LABELLED_THEN_THERAPY = {
    "ish-interpretation": (
        "Dual-probe ISH counted by two observers (see worksheet).\n\n"
        "FINAL HER2 ISH INTERPRETATION: NEGATIVE (not amplified) - with a comment that evidence\n"
        "is limited on the efficacy of HER2-targeted therapy for Group 2 tumours.\n",
        ("negative", "not_amplified"),
    ),
    "status-trastuzumab": (
        "FISH performed on block A2.\n"
        "Overall HER2 FISH result: AMPLIFIED; the patient may be considered for trastuzumab.\n",
        ("positive", "amplified"),
    ),
    "conclusion-anti-her2": (
        "HER2 ISH conclusion: NOT AMPLIFIED. Anti-HER2 therapy is not indicated on this result.\n",
        ("negative", "not_amplified"),
    ),
}


@pytest.mark.parametrize("case", sorted(LABELLED_THEN_THERAPY))
def test_a_labelled_result_line_with_a_therapy_comment_is_the_result(case: str) -> None:
    text, expected = LABELLED_THEN_THERAPY[case]
    status, result, _ = _ish(BREAST + text)
    assert (status, result) == expected


THERAPY_PROSE = {
    "patients-with": "Patients with HER2 status: amplified tumours benefit from trastuzumab.\n",
    "approved-for": "HER2-targeted therapy (trastuzumab) is approved for HER2 amplified disease.\n",
}


@pytest.mark.parametrize("case", sorted(THERAPY_PROSE))
def test_therapy_prose_stays_no_result(case: str) -> None:
    assert explain_text(BREAST + THERAPY_PROSE[case]).status == "not_found"


# --- a criterion row applied to this score ---------------------------------------------------------

COLON = "Rectum, biopsy: adenocarcinoma. RAS/BRAF wild-type.\n"

CRITERION_ROW = {
    "under-heracles": (
        "HER2 IHC (HERACLES): 2+ in about 30% of tumour cells; no 3+ staining.\n"
        "Under HERACLES, 2+ in <50% of cells is NEGATIVE.\n",
        ("negative", "2+"),
    ),
    "per-criteria-colon": (
        "HER2 (4B5): 2+ basolateral staining in 20% of tumour cells.\n"
        "Per HERACLES criteria: 2+ in fewer than 50% of cells = negative.\n",
        ("negative", "2+"),
    ),
    # near-misses: the share does not meet the bound, or no share to test it: no call taken
    "share-above-bound": (
        "HER2 IHC (HERACLES): 2+ in about 70% of tumour cells.\n"
        "Under HERACLES, 2+ in <50% of cells is NEGATIVE.\n",
        ("equivocal", "2+"),
    ),
    "no-share": (
        "HER2 IHC: 2+.\nUnder HERACLES, 2+ in <50% of cells is NEGATIVE.\n",
        ("equivocal", "2+"),
    ),
}


@pytest.mark.parametrize("case", sorted(CRITERION_ROW))
def test_a_criterion_row_restating_the_score_is_the_labs_call_when_the_share_fits(case: str) -> None:
    text, expected = CRITERION_ROW[case]
    result = explain_text(COLON + text)
    assert (result.status, result.ihc and result.ihc.score) == expected


# --- Spanish: "puntuación 0" -------------------------------------------------------------------------

SPANISH_SCORE = {
    "ocr-fax": (
        "Muestra: mama izquierda, c0re\nDiagn0stic0: carcin0ma ductal infi1trante, grad0 2\n"
        "RE: p0sitiv0 80%    RP: p0sitiv0 25%\n"
        "HER2 : puntuaci0n 0 (NEGATIV0) - sin tinci0n de membrana\n",
        "0",
    ),
    "clean": ("Mama izquierda, carcinoma ductal.\nHER2: puntuación 0 (negativo)\n", "0"),
    "puntaje-one": ("Mama derecha, carcinoma lobulillar.\nHER2 (4B5): puntaje 1, negativo\n", "1+"),
}


@pytest.mark.parametrize("case", sorted(SPANISH_SCORE))
def test_a_spanish_score_word_before_a_bare_digit_is_the_score(case: str) -> None:
    text, expected = SPANISH_SCORE[case]
    result = explain_text(text)
    assert (result.status, result.ihc and result.ihc.score) == ("negative", expected)


def test_an_allred_score_is_no_her2_score() -> None:
    result = explain_text("Mama izquierda.\nRE: positivo, puntuación de Allred 8\nHER2: negativo\n")
    assert (result.status, result.ihc and result.ihc.score) == ("negative", None)


# --- a test's row under a header naming the ratio column ---------------------------------------------

RATIO_COLUMN = {
    "spaces": (
        "BIOMARKER   METHOD   VALUE    UNIT        RATIO   CN/CELL   CALL\n"
        "ER          IHC      95       %           -       -         Positive\n"
        "HER2        IHC      1+       score       -       -         Negative\n"
        "HER2        ISH      -        -           1.1     2.0       Not amplified\n",
        1.1,
    ),
    "tabs": (
        "Marker\tMethod\tRatio\tMean copies\tInterpretation\n"
        "HER2\tIHC\t\t\t1+ negative\n"
        "HER2\tFISH\t1.4\t2.6\tNot amplified\n",
        1.4,
    ),
    "ratio-second": (
        "TEST           RATIO    HER2/CELL   RESULT\nHER2 FISH      1.3      2.9         NOT AMPLIFIED\n",
        1.3,
    ),
    # near-miss: the ratio column is empty on this row: no ratio is made up from another column
    "dash-in-ratio": (
        "BIOMARKER   METHOD   VALUE    RATIO   CALL\nHER2        ISH      2.0      -       Not amplified\n",
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(RATIO_COLUMN))
def test_a_test_row_takes_its_ratio_from_the_ratio_column(case: str) -> None:
    text, expected = RATIO_COLUMN[case]
    status, result, ratio = _ish(BREAST + text)
    assert (status, result, ratio) == ("negative", "not_amplified", expected)


# --- a form's choices stacked on lines of their own, the mark after the words ------------------------

STACKED_CHOICES = {
    "blank-marked-first": (
        "HER2 by IHC:\n  Negative (Score 1+) __X__\n  Positive (Score 3+) ____\n",
        ("negative", "1+"),
    ),
    "blank-marked-third": (
        "HER2 by IHC:\n  Negative (Score 0) ____\n  Negative (Score 1+) ____\n"
        "  Equivocal (Score 2+) __X__\n  Positive (Score 3+) ____\n",
        ("equivocal", "2+"),
    ),
    "box-marked-first": (
        "HER2 by IHC:\n  Negative (Score 1+) [x]\n  Positive (Score 3+) [ ]\n",
        ("negative", "1+"),
    ),
    "aligned-marked-last": (
        "HER2 by IHC:\n  Negative (Score 0)    ____\n  Negative (Score 1+)   ____\n"
        "  Equivocal (Score 2+)  ____\n  Positive (Score 3+)   _X_\n",
        ("positive", "3+"),
    ),
    # near-misses: a blank form stays no result; another marker's marked line is not HER2's
    "all-blank": (
        "HER2 by IHC:\n  Negative (Score 1+) ____\n  Positive (Score 3+) ____\n",
        ("not_found", None),
    ),
    "er-line-below": ("HER2 by IHC: 3+\n  ER positive [x]\n  PR positive [ ]\n", ("positive", "3+")),
    "value-on-name-line": (
        "HER2 IHC: 1+\n  Reviewed, negative (1+) [x]\n  Second reader negative (1+) [x]\n",
        ("negative", "1+"),
    ),
}


@pytest.mark.parametrize("case", sorted(STACKED_CHOICES))
def test_stacked_choices_with_the_mark_after_the_words(case: str) -> None:
    text, expected = STACKED_CHOICES[case]
    result = explain_text(BREAST + text)
    assert (result.status, result.ihc and result.ihc.score) == expected


# --- which number is the mean copy number; a condition is no call --------------------------------------


def test_a_total_signal_count_is_no_mean_copy_number() -> None:
    """ "total HER2 signals 45 ... in 20 nuclei" is a sum: read as a mean of 45 it made ASCO/CAP
    group 3 of a ratio of 1.1 (and IHC 3+ would have made it positive)."""
    text = (
        BREAST
        + "HER2 ISH: total HER2 signals 45, total CEP17 signals 40 in 20 nuclei; ratio 1.1.\nHER2 IHC: 3+\n"
    )
    result = explain_text(text)
    assert result.ish is not None and result.ish.her2_copy_number is None
    assert result.ish.result == "not_amplified"


MEAN_COPIES = {
    "total-per-cell": ("HER2 ISH: total HER2 signals per cell 2.2; ratio 1.1. Not amplified.\n", 2.2),
    "number-per-nucleus": (
        "HER2 ISH: number of HER2 signals per nucleus: 2.4; ratio 1.2. Not amplified.\n",
        2.4,
    ),
    "spanish-media": ("HER2 (SISH): cociente 1,2; media HER2 2,4 señales/núcleo. NO AMPLIFICADO.\n", 2.4),
    "spanish-promedio": (
        "HER2 (SISH): promedio de 2,3 señales HER2 por célula; cociente 1,1. No amplificado.\n",
        2.3,
    ),
}


@pytest.mark.parametrize("case", sorted(MEAN_COPIES))
def test_a_mean_copy_number_per_cell(case: str) -> None:
    text, expected = MEAN_COPIES[case]
    result = explain_text(BREAST + text)
    assert result.ish is not None and (result.status, result.ish.her2_copy_number) == ("negative", expected)


def test_a_spanish_result_after_a_mean_is_read() -> None:
    text = (
        BREAST
        + "HER2 (SISH): cociente HER2/CEP17 2,8; media HER2 6,1 señales/núcleo. Resultado: AMPLIFICADO.\n"
    )
    assert _ish(text) == ("positive", "amplified", 2.8)


CONDITIONS = {
    # a category with its condition after the value is no call: never the opposite of the numbers
    "if-below": "HER2 FISH: HER2/CEP17 ratio 2.4 (not amplified if <2.0); mean HER2 5.1 copies/cell.\n",
    "when-ratio": "HER2 FISH: ratio 2.6, mean HER2 6.3 per cell. Not amplified when the ratio is below 2.0.\n",
}


@pytest.mark.parametrize("case", sorted(CONDITIONS))
def test_a_category_with_its_condition_is_no_call(case: str) -> None:
    assert explain_text(BREAST + CONDITIONS[case]).status != "negative"


NOT_CONDITIONS = {
    # near-misses: the lab's call with the rule written apart from it stays the call
    "rule-next-sentence": (
        "HER2 FISH: ratio 1.3, mean HER2 2.6 per cell. NOT AMPLIFIED.\n"
        "A tumour is called amplified if the ratio is 2.0 or more.\n",
        ("negative", "not_amplified", 1.3),
    ),
    "result-label": (
        "HER2 FISH RESULT: AMPLIFIED (ratio 3.4, mean HER2 7.7 per cell).\n",
        ("positive", "amplified", 3.4),
    ),
    "cut-off-bracket": (
        "HER2 FISH: ratio 1.2 - not amplified (cut-off 2.0).\n",
        ("negative", "not_amplified", 1.2),
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_CONDITIONS))
def test_a_call_with_its_rule_apart_stays_the_call(case: str) -> None:
    text, expected = NOT_CONDITIONS[case]
    assert _ish(BREAST + text) == expected


CHROMOSOME_17_MEANS = {
    # the mean of a chromosome 17 probe named first is not HER2's: it made a group 2 of a group 1
    "cep17-first": ("CEP17 mean 1.9 signals/cell, HER2 mean 8.2 signals/cell, ratio 4.3 - amplified.\n", 8.2),
    "cep17-signals-per-cell": (
        "HER2 FISH: CEP17 mean signals per cell 2.0; HER2 mean signals per cell 5.0; ratio 2.5.\n",
        5.0,
    ),
    "chromosome-17-colon": (
        "HER2 FISH: chromosome 17: mean 2.1 copies per nucleus; HER2: mean 4.6 copies per nucleus; ratio 2.2.\n",
        4.6,
    ),
}


@pytest.mark.parametrize("case", sorted(CHROMOSOME_17_MEANS))
def test_a_chromosome_17_mean_is_not_the_her2_mean(case: str) -> None:
    text, expected = CHROMOSOME_17_MEANS[case]
    result = explain_text(BREAST + text)
    assert result.ish is not None and result.ish.her2_copy_number == expected
    assert result.status == "positive"


SUMMARY_RATIO = {
    "average-of-areas": (
        "HER2 FISH: area A ratio 1.5; area B ratio 1.7; average ratio 1.6. Not amplified.\n",
        1.6,
    ),
    "overall-after-readers": (
        "HER2 FISH: reader 1 ratio 1.3, reader 2 ratio 1.5, overall HER2/CEP17 ratio 1.4. Not amplified.\n",
        1.4,
    ),
    # near-miss: no summary word, the first measured ratio stays
    "two-areas-only": ("HER2 FISH: area A ratio 1.5; area B ratio 1.7. Not amplified.\n", 1.5),
}


@pytest.mark.parametrize("case", sorted(SUMMARY_RATIO))
def test_a_summary_ratio_after_the_counts_is_the_ratio(case: str) -> None:
    text, expected = SUMMARY_RATIO[case]
    assert _ish(BREAST + text) == ("negative", "not_amplified", expected)


# --- the lab's call under a label later on the values' own line ----------------------------------------

CALL_LATER_ON_LINE = {
    "2013-equivocal": (
        "HER2 IHC: 2+.\nHER2 FISH: ratio 1.9, mean 4.3 copies/cell. Interpretation (2013 guideline): equivocal.\n",
        ("equivocal", "equivocal"),
    ),
    "result-negative": (
        "HER2 IHC: 2+.\nHER2 SISH: ratio 1.2, mean 2.5 signals per cell. Result: negative.\n",
        ("negative", "not_amplified"),
    ),
    "conclusion-positive": (
        "HER2 FISH: ratio 4.1, mean HER2 9.0 copies/cell. Conclusion: positive.\n",
        ("positive", "amplified"),
    ),
    # near-miss: a key after the values names several calls: no call from it, the numbers decide
    "key-after": (
        "HER2 IHC: 2+.\nHER2 FISH: ratio 1.3, mean 2.6 copies/cell. Interpretation: <2.0 negative, >=2.0 positive.\n",
        ("negative", "not_amplified"),
    ),
}


@pytest.mark.parametrize("case", sorted(CALL_LATER_ON_LINE))
def test_a_labelled_call_later_on_the_values_line_is_the_labs(case: str) -> None:
    text, expected = CALL_LATER_ON_LINE[case]
    status, result, _ = _ish(BREAST + text)
    assert (status, result) == expected


# --- the lab's final word equivocal under a positive test line -----------------------------------------

FINAL_EQUIVOCAL = {
    "ish-at-cutoff": (
        "HER2 FISH: AMPLIFIED (ratio 2.2; mean 4.1).\nComment: ratio near the cut-off.\nFINAL HER2 STATUS: EQUIVOCAL.\n",
        "equivocal",
    ),
    "ihc-few-cells": (
        "HER2 IHC: 3+ in 8% of cells.\nFinal HER2 result: EQUIVOCAL; reflex ISH.\n",
        "equivocal",
    ),
    "overall-lower-case": (
        "HER2 (4B5): 3+, heterogeneous.\nOverall HER2 result: equivocal - repeat on the excision.\n",
        "equivocal",
    ),
    # near-misses: a final word that agrees, or a final word before the test line it is not
    "final-positive": ("HER2 FISH: AMPLIFIED (ratio 4.2).\nFINAL HER2 STATUS: POSITIVE.\n", "positive"),
    "no-final-label": (
        "HER2 FISH: AMPLIFIED (ratio 4.2).\nHER2 equivocal cases are reflexed to FISH.\n",
        "positive",
    ),
    "later-final-positive": (
        "Final HER2 status (core): equivocal.\nHER2 FISH on the excision: AMPLIFIED (ratio 3.9).\n"
        "Final HER2 status (excision): POSITIVE.\n",
        "positive",
    ),
}


@pytest.mark.parametrize("case", sorted(FINAL_EQUIVOCAL))
def test_the_labs_final_equivocal_word_outweighs_a_positive_line(case: str) -> None:
    text, expected = FINAL_EQUIVOCAL[case]
    assert explain_text(BREAST + text).status == expected
