"""Reading level of what a patient reads (issue 10): the meaning and the questions of every golden
summary are at US grade 8 or below (Flesch-Kincaid) in English, and at a Fernandez-Huerta score
of 60 or more in Spanish. textstat 0.7.4 counts syllables with pyphen (no download needed)."""

from __future__ import annotations

import pytest

from her2cli import explain_file
from her2cli.explain import build_explanation

from .test_render import PICKS

textstat = pytest.importorskip("textstat")

MAX_GRADE_EN = 8.0
MIN_FERNANDEZ_HUERTA_ES = 60.0


def _patient_text(report: str, lang: str) -> str:
    exp = build_explanation(explain_file(report), lang)
    return " ".join([exp.meaning_text, *exp.questions])


@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_english_meaning_and_questions_at_grade_8_or_below(combo: str, report: str) -> None:
    textstat.set_lang("en")
    grade = textstat.flesch_kincaid_grade(_patient_text(report, "en"))
    assert grade <= MAX_GRADE_EN, f"{combo}: Flesch-Kincaid grade {grade}"


@pytest.mark.parametrize(("combo", "report"), PICKS, ids=[p[0] for p in PICKS])
def test_spanish_meaning_and_questions_easy_to_read(combo: str, report: str) -> None:
    textstat.set_lang("es")
    score = textstat.fernandez_huerta(_patient_text(report, "es"))
    assert score >= MIN_FERNANDEZ_HUERTA_ES, f"{combo}: Fernandez-Huerta {score}"


def test_the_measure_can_fail() -> None:
    """A dense sentence scores above the limit, so the tests above can fail."""
    textstat.set_lang("en")
    dense = (
        "Immunohistochemical quantification demonstrated heterogeneous circumferential membranous "
        "immunoreactivity, necessitating supplementary fluorescence hybridization characterization."
    )
    assert textstat.flesch_kincaid_grade(dense) > MAX_GRADE_EN
