"""The patient-text spec files' shared way of reading a summary: every word the patient reads
(headline, meaning, questions, warnings, the report's own lines) as one string, from the engine or
from a Result built by hand (the engine's warnings as given), so a summary case does not depend on
an engine change elsewhere."""

from __future__ import annotations

from typing import Any

from her2cli.api import explain_text
from her2cli.explain import attach_explanation, build_explanation
from her2cli.model import Evidence, Ihc, Ish, Ngs, Result, empty_related


def words(result: Result, lang: str) -> str:
    exp = build_explanation(result, lang)
    said = " ".join([exp.headline, exp.meaning_text, *exp.questions, *exp.warnings])
    said += " " + " ".join(f"{r.label}: {r.value}" for r in exp.report_says)
    return " ".join(said.split())


def explain_with_words(text: str, lang: str = "en") -> tuple[Result, str]:
    result = explain_text(text, lang=lang)
    return result, words(result, lang)


def by_hand(
    text: str,
    *,
    status: str,
    cancer_type: str,
    warnings: list[tuple[str, dict[str, Any]]],
    ihc: Ihc | None = None,
    ish: Ish | None = None,
    ngs: Ngs | None = None,
    lang: str = "en",
    evidence: list[tuple[str, str, str]] | None = None,
) -> str:
    """The summary of a Result built by hand (the engine's warnings as given), its facts read
    from `text` as for a real report; `evidence` as (line, finding, value)."""
    result = Result(
        status=status,
        cancer_type=cancer_type,
        her2_low=None,
        her2_ultralow=None,
        ihc=ihc,
        ish=ish,
        ngs=ngs,
        related=empty_related(),
        evidence=[
            Evidence(1, line, finding, value, 0, len(line), "HER2") for line, finding, value in evidence or []
        ],
        mentions=[],
        warnings=[f"engine text {code}" for code, _ in warnings],
        warning_codes=[code for code, _ in warnings],
        warning_params=[params for _, params in warnings],
    )
    attach_explanation(result, lang, text=text)
    return words(result, lang)
