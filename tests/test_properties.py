"""Properties of the text path that must hold for any input (hypothesis)."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from her2cli import explain_text
from her2cli.normalize import normalize

# Report-like vocabulary, so that generated text actually exercises the patterns.
WORDS = [
    "HER2",
    "HER-2/neu",
    "ERBB2",
    "c-erbB-2",
    "IHC",
    "FISH",
    "ISH",
    "score",
    "3+",
    "2+",
    "1+",
    "0",
    "+3",
    "positive",
    "negative",
    "equivocal",
    "amplified",
    "not",
    "no",
    "amplification",
    "ratio",
    "2.6",
    "1.1",
    "copy",
    "number",
    "pending",
    "history",
    "of",
    "breast",
    "colon",
    "gastric",
    "cancer",
    "carcinoma",
    "control",
    "ER",
    "PR",
    "Ki-67",
    "KRAS",
    "G12D",
    "wild-type",
    "S310F",
    "ctDNA",
    "plasma",
    ":",
    ".",
    ";",
    "(",
    ")",
    "\n",
    "\f",
    "%",
    "90%",
    "HercepTest",
    "4B5",
    "if",
    "recommended",
    "defined",
    "as",
    "CEP17",
]
report_text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(report_text, any_text))
def test_any_text_gives_a_valid_result(text: str) -> None:
    result = explain_text(text)
    assert result.status in ("positive", "negative", "equivocal", "not_found")
    pages = text.split("\f")
    for ev in result.evidence + result.mentions:
        page = pages[ev.page - 1]
        if ev.view == "text":
            assert 0 <= ev.start <= ev.end <= len(page)
    if result.status == "positive":
        assert any(ev.finding in ("ihc", "ish", "ngs", "status_statement") for ev in result.evidence)
    if result.status != "not_found":
        assert result.evidence


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalize_maps_every_character_back(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert list(norm.offsets) == sorted(norm.offsets)
    assert all(0 <= o <= len(text) for o in norm.offsets)
    assert normalize(norm.text).text == norm.text or "-\n" in norm.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " .,;:\n", max_size=300))
def test_text_without_her2_is_never_a_result(text: str) -> None:
    lowered = text.lower()
    if any(k in lowered for k in ("her", "erb", "neu", "hercep")):
        return
    assert explain_text(text).status == "not_found"
