"""The one check behind the sample spec cases (tests/test_phrases_spec5/6/7.py): a report text's
status, its top-level IHC score and ISH result, and each listed sample's (ihc, ish, call) in
report order."""

from __future__ import annotations

from her2cli import explain_text

Spec = tuple[str | None, str | None, str]  # (ihc, ish, call) of one sample


def specimens_of(result: object) -> list[Spec]:
    return [(s.ihc, s.ish, s.call) for s in getattr(result, "specimens", [])]


def check_sample_case(
    text: str, status: str, ihc: str | None, ish: str | None, specimens: list[Spec]
) -> None:
    result = explain_text(text)
    assert result.status == status, (result.status, [e.text for e in result.evidence])
    assert (result.ihc.score if result.ihc else None) == ihc
    assert (result.ish.result if result.ish else None) == ish
    assert specimens_of(result) == specimens
