"""RAS/BRAF and MMR wording from the fourth blind set (tests/devset4), as phrase families.

b4-f06-02 ("BRAF V600E -- no mutation detected") and b4-f08-03 ("BRAF V600E: no mutado") were
read as BRAF-mutant: a hotspot named and then negated by a phrase the negation list lacked ("no
mutation detected", Spanish "no mutado", "sin mutación") - a swap in a colorectal summary that
tells the patient RAS/BRAF results shape their options. b4-f08-03 also lost its MMR result
("proteínas reparadoras conservadas"). Near-misses (`nm-`) keep the hotspot that was found.
"""

from __future__ import annotations

from typing import Any

import pytest

from her2cli import explain_text

COLON = "Colon, sigmoid, resection: invasive adenocarcinoma.\n"

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- a hotspot followed by words that say no mutation was found
    ("dashes-no-mutation-detected", "BRAF V600E -- no mutation detected", {"braf": "wild-type"}),
    ("colon-no-mutation-identified", "BRAF V600E: no mutation identified.", {"braf": "wild-type"}),
    ("pipe-no-variant-found", "BRAF | V600E | no variant found |", {"braf": "wild-type"}),
    ("not-mutated", "BRAF p.V600E: not mutated", {"braf": "wild-type"}),
    ("es-no-mutado", "BRAF V600E: no mutado", {"braf": "wild-type"}),
    ("es-sin-mutacion", "BRAF V600E: sin mutación", {"braf": "wild-type"}),
    ("es-no-se-detecta-mutacion", "BRAF V600E: no se detecta mutación", {"braf": "wild-type"}),
    (
        "hotspot-rows",
        "RAS/BRAF (PCR):   KRAS exon 2 G12V -- MUTATION DETECTED\n"
        "                  NRAS -- no mutation detected\n"
        "                  BRAF V600E -- no mutation detected\n",
        {"kras": "mutant", "nras": "wild-type", "braf": "wild-type"},
    ),
    ("nm-dashes-mutation-detected", "BRAF V600E -- mutation detected", {"braf": "mutant"}),
    ("nm-es-mutado", "BRAF V600E: mutado", {"braf": "mutant"}),
    (
        "nm-negation-of-another-gene",
        "BRAF V600E detected; no mutation detected in KRAS or NRAS.",
        {"braf": "mutant"},
    ),
    # --- MMR proteins named in Spanish by their job ("proteínas reparadoras")
    ("es-proteinas-reparadoras-conservadas", "Proteínas reparadoras conservadas.", {"mmr": "proficient"}),
    (
        "es-proteinas-de-reparacion-intactas",
        "Proteínas de reparación del ADN (MLH1, PMS2, MSH2, MSH6): expresión intacta.",
        {"mmr": "proficient"},
    ),
    (
        "es-proteinas-reparadoras-perdida",
        "Proteínas reparadoras: pérdida de MLH1 y PMS2.",
        {"mmr": "deficient"},
    ),
    ("nm-es-proteinas-pendiente", "Proteínas reparadoras: pendiente.", {"mmr": None}),
    # --- a dot-leader row (b4-f06-05, also OCR-damaged: "pr0ficient")
    ("dot-leaders-retained", "  MMR (MLH1/PMS2/MSH2/MSH6) ... retained  (pr0ficient)", {"mmr": "proficient"}),
    ("dot-leaders-lost", "  MMR (MLH1/PMS2/MSH2/MSH6) ...... MLH1/PMS2 lost", {"mmr": "deficient"}),
    ("nm-sentence-end-is-no-leader", "MMR testing pending. Margins retained.", {"mmr": None}),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_related_marker_wording(name: str, text: str, want: dict[str, Any]) -> None:
    related = explain_text(COLON + text + "\n").related
    got = {k: related.get(k) for k in want}
    assert got == want, name
