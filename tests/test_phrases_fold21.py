"""fold21 (session 21): the word zero as reports spell it ("zero", Spanish "cero") and as OCR damages
it ("zer0", "cer0", in any case) is one family (document.toml `spelled-zero`, ihc.toml `ihc-score`):
each reads as the zero it spells, where "zero" was read before. Near-misses: a spelled zero that
counts something else is no score, and the plain "zero" layouts keep their reading.

A case is (id, text, expected status, {dotted JSON path: value}).
"""

from __future__ import annotations

from typing import Any

import pytest

from .probe_runner import PhraseCase, assert_reads_status, phrase_params

BREAST_ES = "Mama izquierda, biopsia con aguja gruesa: carcinoma infiltrante de tipo no especial, grado 2.\n"
BREAST = "Left breast, core biopsy: invasive ductal carcinoma, grade 2.\n"

SPELLED_ZERO: list[PhraseCase] = [
    (
        "letter-o-before-ocr-cero",
        BREAST_ES + "HER2 (4B5): puntuación O (cer0) - sin tinción de membrana. Resultado: NEGATIVO.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "letter-o-before-upper-ocr-zero",
        BREAST + "HER2 (4B5): Score O (ZER0), no membrane staining in tumour cells.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "spanish-cero-after-label",
        BREAST_ES + "HER2/neu: cero (sin tinción de membrana).\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "ocr-zer0-after-label",
        BREAST + "HER2 IHC: zer0 - no membrane staining.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "digit-then-ocr-word-in-brackets",
        BREAST + "HER2 (4B5): 0 (zer0), no membrane staining.\n",
        "negative",
        {"ihc.score": "0"},
    ),
]
SPELLED_ZERO_NEAR: list[PhraseCase] = [
    # a spelled zero that counts something else after the label is no score
    (
        "cero-counts-the-cores",
        BREAST_ES + "HER2: cero de 3 cilindros evaluables; ver comentario.\n",
        "not_found",
        {"ihc": None},
    ),
    # the plain spellings in the same layouts read as before
    (
        "digit-then-zero-in-brackets",
        BREAST + "HER2 IHC: 0 (zero), no membrane staining.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    (
        "letter-o-before-zero",
        BREAST + "HER2 (4B5): Score O (zero), no membrane staining in tumour cells.\n",
        "negative",
        {"ihc.score": "0"},
    ),
    # a 3+ keeps its score beside a spelled zero that is another field's value
    (
        "positive-beside-a-zero-count",
        BREAST + "HER2 (4B5): 3+, strong complete membrane staining in 90% of cells. Mitoses: zer0.\n",
        "positive",
        {"ihc.score": "3+"},
    ),
]


@pytest.mark.parametrize(("text", "status", "keys"), phrase_params(SPELLED_ZERO + SPELLED_ZERO_NEAR))
def test_a_spelled_zero_reads_alike_in_every_spelling(text: str, status: str, keys: dict[str, Any]) -> None:
    assert_reads_status(text, status, keys)
