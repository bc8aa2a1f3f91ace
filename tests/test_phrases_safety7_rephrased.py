"""The variants7 trap families written the way another lab would (safety7: each trap fixed on
tests/variants7 re-written in other words, layouts or Spanish, to check the fix is the family's
and not the file's). Before these records, every case below marked "was positive" was called
HER2-positive on a report whose own result is negative or not given.

- a category said of any such cancer, its criteria in brackets: "HER2-positive (3+ or amplified)
  cancers can be treated with trastuzumab" (context.toml hypothetical-category-modal; was positive);
- trial patients: "HER2-positive (3+) patients are excluded" (population-patients; was positive);
- what a score would mean: "a score of 3+ would indicate HER2-positive disease", and in Spanish
  'Un resultado de "3+" o "amplificado" significa HER2 positivo' under "INFORMACIÓN PARA LA
  PACIENTE" (legend-a-result-means, sections.toml; both were positive);
- a hedged call in Spanish: "probablemente amplificado" (hypothetical-hedged-call; was positive);
- a value marked superseded in brackets with a pointer: "3+ (superseded - see revised result
  below)" (earlier-after-value; was positive).

Near-misses keep the report's own result.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Specimen: Left breast, core biopsy. Invasive ductal carcinoma, grade 2.\n"

NOT_RESULTS = {
    "category-bracket-modal": (
        "HER2: result to follow.\nHER2-positive (3+ or amplified) cancers can be treated with trastuzumab.\n",
        "not_found",
    ),
    "trial-excluded": (
        "HER2 IHC: 0 (negative).\nClinical trials: patients with HER2-low (IHC 1+ or 2+/ISH-) disease may be "
        "eligible; HER2-positive (3+) patients are excluded.\n",
        "negative",
    ),
    "would-indicate": (
        "HER2 IHC (4B5): 1+, NEGATIVE.\n\nADDENDUM (comment only): no change to the HER2 result. For reference, "
        "a score of 3+ would indicate HER2-positive disease.\n",
        "negative",
    ),
    "spanish-leaflet": (
        'HER2: pendiente.\n\nINFORMACIÓN PARA LA PACIENTE\nUn resultado de "3+" o "amplificado" significa HER2 positivo.\n',
        "not_found",
    ),
    "spanish-hedge": ("HER2: probablemente amplificado; pendiente de confirmación por FISH.\n", "not_found"),
    "superseded-pointer": (
        "HER2 IHC: 3+ (superseded - see revised result below)\nREVISED RESULT: HER2 IHC 1+ (negative).\n",
        "negative",
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_RESULTS))
def test_a_rephrased_trap_is_no_positive(case: str) -> None:
    text, status = NOT_RESULTS[case]
    result = explain_text(BREAST + text)
    assert result.status == status, [(e.text, e.value) for e in result.evidence]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "HER2 IHC (4B5): 3+ (positive). This HER2-positive (3+) cancer can be treated with trastuzumab.\n",
            "positive",
        ),
        (
            "HER2 IHC (4B5): 3+. The patient is eligible; HER2-positive patients are enrolled in arm A.\n",
            "positive",
        ),
        ("HER2 IHC (4B5): score 3+, which indicates HER2-positive disease.\n", "positive"),
        ("HER2: positivo (3+). Resultado de IHQ: 3+.\n", "positive"),
        ("HER2 FISH: amplificado (cociente 4,2).\n", "positive"),
        (
            "HER2 IHC: 1+ (superseded - see revised result below)\nREVISED RESULT: HER2 IHC 3+ (positive).\n",
            "positive",
        ),
    ],
)
def test_the_reports_own_result_beside_such_words_stays(text: str, status: str) -> None:
    assert explain_text(BREAST + text).status == status
