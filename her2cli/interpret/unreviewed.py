"""A report whose only HER2 results are another laboratory's that this one says it did not review
or verify ("HER2: negative (outside laboratory result, not reviewed)", "HER2 IHC: 1+ (performed at
an external laboratory; slides not reviewed)"). The lab did not make the result and disclaims it;
facts.md §10 gives no convention for such a result, so it is set aside as a quote and the report
has no result of its own: not found, with a note naming the quote (probe19b family
outside_unreviewed; as interpret/not_done_here.py does for a quote beside a test not done).

The disclaimer must be in the value's own clause: right after the value, up to the next HER2 or
other marker's name, sentence end or a ";" outside the value's brackets ("3+ (positive); outside
ER/PR results not reviewed" keeps the 3+), or before it, from its clause's start (a ";" or "."
ends a clause), so that "HER2 3+ (outside, not reviewed); our IHC: 1+" keeps the 1+. Beside any other HER2 result the outside
value is marked earlier and left to interpret/earlier.py."""

from __future__ import annotations

from dataclasses import replace

from ..findings import Finding
from ..findings.clauses import ClauseEnds, clause_start, clause_stop, open_brackets
from ..findings.model import STATUS_FAMILIES
from ..rules import compiled
from ..rules.samples import samples as sample_rules
from .earlier import quoted_as_mentions
from .notes import Notes

REACH = 100  # characters either side of a value where its disclaimer may stand
# A ". " ends the value's clause; so does a ";", before the value anywhere, after it only outside
# the brackets the value stands in ("1+ (external laboratory; slides not reviewed)" is one clause,
# the disclaimer in it the value's own, while "3+ (positive); outside ER/PR results not reviewed"
# ends at the ";"). A ";" ends a clause with or without its space (findings/disowned.py asks for
# "; ": each reader keeps the ends it was written and tested with; changing them changes readings).
CLAUSE_ENDS = ClauseEnds((". ",), outside_brackets=(";",))
GUARD = ("review", "verif", "confirm", "examin")  # one is in every disclaimer (the cheap guard)


def _clause_around(f: Finding) -> tuple[str, str]:
    """(the value's clause before it, after it), within its quote line."""
    q, m = f.quote, f.match
    at = q.find(m) if m else -1
    if at < 0:
        return "", q
    back = q[max(0, at - REACH) : at]
    back = back[clause_start(back, 0, len(back), CLAUSE_ENDS) :]
    ahead = q[at + len(m) : at + len(m) + REACH]
    c = compiled()
    names = (c.her2.search(ahead), c.other_marker_ci.search(ahead), c.other_marker_cs.search(ahead))
    end = clause_stop(ahead, 0, len(ahead), CLAUSE_ENDS, open_brackets(q[:at]))
    stop = min([n.start() for n in names if n] + [end])
    return back, ahead[:stop]


def unreviewed_outside(f: Finding) -> bool:
    """The value's own clause says another laboratory made it and this one did not review it."""
    low = f.quote.lower()
    if not any(w in low for w in GUARD):
        return False
    back, ahead = _clause_around(f)
    pattern = sample_rules().outside_unreviewed
    return bool(pattern.search(ahead) or pattern.search(back))


def set_aside_unreviewed_only(results: list[Finding], warnings: Notes) -> tuple[list[Finding], list[Finding]]:
    """(results that decide the status, unreviewed outside results turned into mentions). Beside
    a result of the report's own, an unreviewed outside value is marked earlier (a quote), so
    that interpret/earlier.py sets it aside when the own value of the same test is lower ("HER2
    3+ (outside, not reviewed); our HER2 IHC: 1+")."""
    status = [f for f in results if f.family in STATUS_FAMILIES]
    outside = {id(f) for f in status if unreviewed_outside(f)}
    if not outside:
        return results, []
    if len(outside) < len(status):
        return [replace(f, earlier=True) if id(f) in outside else f for f in results], []
    if any(len(compiled().her2.findall(f.quote)) > 1 for f in status):
        return results, []  # the line names HER2 again: an own value of the same reading may be merged in
    why = "the report says it did not review that result, and gives no HER2 result of its own."
    return quoted_as_mentions(results, status, warnings, why)
