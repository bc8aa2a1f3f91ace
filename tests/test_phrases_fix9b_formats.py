"""Number and table formats of tests/devset9 families 8, 9 and 12 (Spanish, mentions, number
formats): each family was a lost result or a wrong value on devset9; the cases are written from the
family (other layouts, English and Spanish), each with near-misses whose answer must not change.

- a category printed before the measured ratio in brackets, "ratio: >2.0 (2.05)", "ratio <2.0
  (1.62)", is the ratio 2.05 / 1.62, not a cut-off sentence (b9-f12-04, b9-f12-08);
- an IHC row that refers to the ISH ("HER2 IHC | see ISH | 2 + | equivocal") keeps its IHC score
  (b9-f12-01);
- a row of values with decimal commas ("Media CEP17/núcleo: 1,9   Cociente: 2,53") is no header
  row of a column table (b9-f08-07);
- "número medio de copias 3,8" in a HER2 FISH line is the mean HER2 copy number (b9-f08-09);
- "Scoring follows ASCO/CAP guidelines: 3+ = circumferential ..." defines a score (b9-f09-04).
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Breast, right, core biopsy: invasive carcinoma of no special type.\n"

# (id, text, status, ratio, ish result)
RATIO_CASES = [
    (
        "category-then-value-indented",
        "RESULTS (HER2 FISH, breast core)\n  HER2/CEP17 ratio: >2.0 (2.05)\n  HER2 copy number: 4.1\n"
        "  Result: Amplified (ASCO/CAP Group 1)\n",
        "positive",
        2.05,
        "amplified",
    ),
    (
        "category-then-value-one-line",
        BREAST + "HER2 ISH: ratio <2.0 (1.62), HER2 signals 3-4 per cell (mean 3.5). Not amplified.\n"
        "Concurrent IHC 2+.\n",
        "negative",
        1.62,
        "not_amplified",
    ),
    (
        "category-then-value-spanish",
        "Mama, biopsia: carcinoma infiltrante.\nHER2 FISH: cociente HER2/CEP17 <2,0 (1,45); número medio de "
        "copias 2,9. No amplificado.\n",
        "negative",
        1.45,
        "not_amplified",
    ),
    (
        "nm-cutoff-legend-stays-a-cutoff",
        BREAST
        + "HER2 FISH: ratio 2.6, mean HER2 copy number 5.9: AMPLIFIED.\nKey: amplified when the ratio is "
        ">= 2.0 (group 1).\n",
        "positive",
        2.6,
        "amplified",
    ),
]

# (id, text, status, ihc score, ratio, HER2 copy number)
TABLE_CASES = [
    (
        "tab-table-see-ish",
        "Biomarker\tResult\tScore/Value\tInterpretation\nER\tPositive\t95 %\t-\n"
        "HER2 IHC\tsee ISH\t2 +\tequivocal\nHER2 ISH\tratio\t2,8\tamplified\n(Breast core)\n",
        "positive",
        "2+",
        2.8,
        None,
    ),
    (
        "reflex-to-fish",
        BREAST
        + "HER2 IHC (reflex to FISH): 2+ (equivocal).\nHER2 FISH: ratio 1.3, mean HER2 copy number 2.6; "
        "not amplified.\n",
        "negative",
        "2+",
        1.3,
        2.6,
    ),
    (
        "nm-fish-score-is-not-ihc",
        BREAST + "HER2 FISH score 2 (ratio 1.4); not amplified.\n",
        "negative",
        None,
        1.4,
        None,
    ),
    (
        "spanish-decimal-comma-row",
        "INFORME DE FISH HER2\nMuestra: carcinoma de mama, biopsia core. Núcleos evaluados: 40.\n"
        "Media de señales HER2/núcleo: 4,8   Media CEP17/núcleo: 1,9   Cociente: 2,53\n"
        "Interpretación: AMPLIFICADO (Grupo 1 ASCO/CAP 2018). HER2 POSITIVO.\n",
        "positive",
        None,
        2.53,
        None,
    ),
    (
        "german-decimal-comma-row",
        "Mammakarzinom, Stanzbiopsie.\nHER2/Zelle: 6,1   CEP17/Zelle: 2,0   Ratio: 3,05\n"
        "Ergebnis: amplifiziert. HER2 positiv.\n",
        "positive",
        None,
        3.05,
        None,
    ),
    (
        "spanish-mean-copies-without-gene",
        "Carcinoma ductal infiltrante de mama izquierda (biopsia).\nHER2: puntuación 2+ (equívoco); FISH: "
        "cociente HER2/CEP17 2,0; número medio de copias 3,8\n(Grupo 2). Tras revisión de la IHQ concurrente: "
        "HER2 NEGATIVO.\n",
        "negative",
        "2+",
        2.0,
        3.8,
    ),
    (
        "spanish-promedio-de-senales",
        "Mama, biopsia con aguja gruesa: carcinoma infiltrante.\nHER2 FISH: cociente HER2/CEP17 1,2; promedio de "
        "señales 2,4. No amplificado.\n",
        "negative",
        None,
        1.2,
        2.4,
    ),
]

DEFINITION_CASES = [
    (
        "methods-paragraph-definition",
        "METHODS: HER2 immunohistochemistry was performed with the PATHWAY anti-HER2/neu (4B5)\nrabbit "
        "monoclonal antibody. Scoring follows ASCO/CAP guidelines: 3+ = circumferential, complete, intense "
        "staining in >10% of cells.\nRESULT: see separate HER2 report.\n",
        "not_found",
        None,
    ),
    (
        "criteria-definition-gastric",
        "Stomach, biopsy: adenocarcinoma.\nHER2 (4B5) staining was evaluated; per Hofmann criteria: 3+ = strong "
        "complete or basolateral membranous reactivity. Result to follow in an addendum.\n",
        "not_found",
        None,
    ),
    (
        "nm-score-equals-call",
        BREAST + "HER2 by ASCO/CAP guidelines: 3+ = HER2 POSITIVE (complete staining in 90% of cells).\n",
        "positive",
        "3+",
    ),
    (
        "nm-result-with-description",
        BREAST + "HER2 IHC (4B5): 3+ (circumferential, complete, intense staining in 95% of cells).\n",
        "positive",
        "3+",
    ),
]


@pytest.mark.parametrize(
    ("text", "status", "ratio", "ish"), [c[1:] for c in RATIO_CASES], ids=[c[0] for c in RATIO_CASES]
)
def test_a_category_before_the_measured_ratio(text: str, status: str, ratio: float, ish: str) -> None:
    result = explain_text(text)
    assert result.status == status
    assert result.ish is not None and result.ish.ratio == ratio and result.ish.result == ish


@pytest.mark.parametrize(
    ("text", "status", "score", "ratio", "copies"),
    [c[1:] for c in TABLE_CASES],
    ids=[c[0] for c in TABLE_CASES],
)
def test_rows_of_values(
    text: str, status: str, score: str | None, ratio: float, copies: float | None
) -> None:
    result = explain_text(text)
    assert result.status == status
    assert (result.ihc.score if result.ihc else None) == score
    assert result.ish is not None and result.ish.ratio == ratio
    if copies is not None:
        assert result.ish.her2_copy_number == copies


@pytest.mark.parametrize(
    ("text", "status", "score"), [c[1:] for c in DEFINITION_CASES], ids=[c[0] for c in DEFINITION_CASES]
)
def test_a_score_defined_by_a_scoring_system_is_no_result(text: str, status: str, score: str | None) -> None:
    result = explain_text(text)
    assert result.status == status
    assert (result.ihc.score if result.ihc else None) == score
