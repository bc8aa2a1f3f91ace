"""Text that explains HER2 scoring is no result: a criteria table under its own header, the 0 to 3+
scale of a leaflet, a Spanish condition ("en caso de resultado HER2 positivo (IHQ 3+ ...)").

Found on tests/variants4: a colorectal report's "HERACLES diagnostic criteria (Valtorta et al.
2015), for reference:" table ("3+ in >=50% of tumour cells | HER2-positive") outranked its own 1+
(D-05); a patient leaflet's "gives a score from 0 to 3+" was a 3+ result (E-04); a pending Spanish
report's note "en caso de resultado HER2 positivo (IHQ 3+ o ISH amplificado)" was a 3+ result
(E-06): three POSITIVE calls for reports without one. A criteria header on its own line opens a
legend section (sections.toml), the scale is a legend (context rule legend-score-scale) unless a
score follows it after a colon, and "en caso de" / "si el resultado" are conditions. Near-misses:
a result line that names its criteria, a score given after its scale, a result before the note.
"""

from __future__ import annotations

import pytest

from her2cli import explain_text

BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
COLON = "Colon, sigmoid, resection: adenocarcinoma, moderately differentiated.\n"
CRITERIA = (
    "\nHERACLES diagnostic criteria (Valtorta et al. 2015), for reference:\n"
    "| 3+ in >=50% of tumour cells | HER2-positive |\n"
    "| 2+ in >=50%                 | equivocal: ISH required |\n"
)

CASES = [
    (
        "criteria-table-below-negative",
        COLON
        + "HER2 IHC (4B5), scored according to HERACLES criteria:\n  Result: 1+ in 30% of tumour cells.\n"
        + "  Interpretation: HER2 NEGATIVE.\n"
        + CRITERIA,
        "negative",
    ),
    ("criteria-table-alone", COLON + CRITERIA, "not_found"),
    (
        "result-line-names-criteria",
        COLON
        + "HER2 IHC (4B5), scored according to HERACLES criteria:\n  Result: 3+ in 60% of tumour cells.\n"
        + "  Interpretation: HER2 POSITIVE.\n",
        "positive",
    ),
    (
        "leaflet-scale",
        "How is HER2 tested?\nA test called immunohistochemistry (IHC) gives a score from 0 to 3+.\n",
        "not_found",
    ),
    (
        "scale-then-result",
        BREAST + "HER2 IHC is graded from 0 to 3+. This tumour: HER2 IHC 1+ (negative).\n",
        "negative",
    ),
    (
        "score-after-its-scale",
        BREAST + "HER2 IHC (scored on a scale of 0 to 3+): 3+, positive.\n",
        "positive",
    ),
    (
        "spanish-condition",
        BREAST
        + "HER2: resultado PENDIENTE.\nNota: en caso de resultado HER2 positivo (IHQ 3+ o ISH amplificado) "
        "la paciente podría beneficiarse de trastuzumab.\n",
        "not_found",
    ),
    (
        "spanish-result-then-benefit",
        BREAST + "HER2: positivo (IHQ 3+), por lo que la paciente podría beneficiarse de trastuzumab.\n",
        "positive",
    ),
]


@pytest.mark.parametrize(("name", "text", "status"), CASES, ids=[c[0] for c in CASES])
def test_scoring_explanations_are_no_result(name: str, text: str, status: str) -> None:
    assert explain_text(text).status == status, name
