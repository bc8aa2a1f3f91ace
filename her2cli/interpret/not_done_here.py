"""A report whose own HER2 test was not done, or cannot be trusted, and whose only HER2 results are
ones it quotes from an earlier sample: a decalcified bone biopsy that says "HER2 not performed:
decalcification makes the result unreliable" and "Primary HER2 3+ (2020)". The quoted 3+ is the
primary's, not this sample's: not found, with a note naming the quote (probe18b family
decalcified_quote; as interpret/earlier.set_aside_restated_while_pending does while the test is
still to come)."""

from __future__ import annotations

from ..findings import Finding
from ..findings.model import STATUS_FAMILIES
from ..rules.samples import samples as sample_rules
from .earlier import quoted_as_mentions
from .notes import Notes


def own_test_not_done(mentions: list[Finding]) -> bool:
    """A HER2 mention with no value says the report's own test was not done or is unreliable."""
    not_done = sample_rules().own_test_not_done
    return any(m.reason == "no_result" and not_done.search(m.quote) for m in mentions)


def set_aside_quoted_when_not_done(
    results: list[Finding], mentions: list[Finding], warnings: Notes
) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, quoted results turned into mentions)."""
    status = [f for f in results if f.family in STATUS_FAMILIES]
    if not status or not all(f.earlier for f in status) or not own_test_not_done(mentions):
        return results, []
    why = "it says the HER2 test was not done or is not reliable on this specimen."
    return quoted_as_mentions(results, status, warnings, why)
