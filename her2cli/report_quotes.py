"""The report lines a patient summary quotes back: each line the result relied on once (a line
another quote on its page already holds adds nothing; two quotes sharing a line are joined), and
with no result the report's own sentence that says why ("Insufficient tumor for HER2 testing").
Built by explain.py into the Explanation; renderers only lay the quotes out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .fact_kinds import NotFoundReason
from .facts import ReportFacts, read_text_facts
from .model import Evidence, Result
from .report_rows import document_named
from .summary_words import unticked_option

MAX_QUOTES = 8


@dataclass(frozen=True)
class Quote:
    """A report line the result relied on, with the words that matched (for highlighting)."""

    page: int
    text: str
    match: str


def reason_quotes(result: Result, facts: ReportFacts) -> list[Evidence]:
    """With no result, the report's own sentence that says why (the same words that set the fact):
    "Insufficient tumor for HER2 testing", "the HER2 stain could not be interpreted", "sent out"."""
    reason = facts.not_found_reason
    if reason is None or result.evidence:
        return []
    if document_named(facts):
        return []  # a consent form's "a medicine could be considered" is no reason the report gives
    said: dict[NotFoundReason, Callable[[Evidence], bool]] = {
        NotFoundReason.IN_SITU_ONLY: lambda m: read_text_facts(m.text).no_tumor,
        NotFoundReason.NO_TUMOR: lambda m: read_text_facts(m.text).no_tumor,
        NotFoundReason.UNINTERPRETABLE: lambda m: read_text_facts(m.text).uninterpretable,
        NotFoundReason.PENDING: lambda m: m.reason == "pending",
        NotFoundReason.NOT_PERFORMED: lambda m: read_text_facts(m.text).her2_not_performed,
        NotFoundReason.NOT_INDICATED: lambda m: read_text_facts(m.text).her2_not_indicated,
        NotFoundReason.RECOMMENDED: lambda m: m.reason == "recommendation",
        NotFoundReason.NOT_MENTIONED: lambda m: read_text_facts(m.text).results_not_provided,
    }
    test = said.get(reason)
    # an option not ticked on a form ("[ ] HER2 ISH only") is not what happened (qa4 32)
    quotes = (
        [m for m in result.mentions if m.text and not unticked_option(m.text) and test(m)] if test else []
    )
    if reason == NotFoundReason.UNINTERPRETABLE and not quotes:
        quotes = [m for m in result.mentions if m.reason == "control"]  # "controls only": what was done
    return quotes[:2]


def report_quotes(result: Result, facts: ReportFacts) -> tuple[Quote, ...]:
    """Each report line once: a quote that another quote on its page already contains adds nothing
    for the reader (several findings often rest on one sentence) and is left out."""
    unique: list[Quote] = []
    tails = dict(facts.quote_tails)  # a line cut at a dot leader, with the value it leads to
    for ev in [*result.evidence, *reason_quotes(result, facts)]:
        if "vus=True" in ev.value:
            continue  # a variant of uncertain significance is not what the result rests on (qa4 19)
        # the same words on another page (a summary table, then the detail) are said once
        if ev.text and all(_same_words(q.text, ev.text) is False for q in unique):
            unique.append(Quote(ev.page, tails.get(ev.text, ev.text), ev.match))
    kept = [q for q in unique if not any(_contains(other, q) for other in unique)]
    return tuple(_join_overlaps(kept)[:MAX_QUOTES])


MIN_OVERLAP = 12


def _join_overlaps(quotes: list[Quote]) -> list[Quote]:
    """Two quotes on a page that share a line ("ratio: 2.8 Result: AMPLIFIED" and "Result: AMPLIFIED
    FINAL HER2 STATUS: ...") are shown once, as the stretch of the report they cover together."""
    out: list[Quote] = []
    for quote in quotes:
        prev = out[-1] if out else None
        shared = _overlap(prev.text, quote.text) if prev is not None and prev.page == quote.page else 0
        if prev is not None and shared:
            out[-1] = Quote(prev.page, prev.text + quote.text[shared:], prev.match)
        else:
            out.append(quote)
    return out


def _overlap(first: str, second: str) -> int:
    """How many characters the end of `first` and the start of `second` share (whole words, at least
    MIN_OVERLAP characters), else 0."""
    for size in range(min(len(first), len(second)) - 1, MIN_OVERLAP - 1, -1):
        if (
            first.endswith(second[:size])
            and (size == len(second) or second[size] == " ")
            and (size == len(first) or first[-size - 1] == " ")
        ):
            return size
    return 0


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _contains(other: Quote, quote: Quote) -> bool:
    inner = quote.text.strip()
    return (
        other is not quote
        and other.page == quote.page
        and len(other.text) > len(quote.text)
        and inner in other.text
    )
