"""The lab's final word on HER2 beside a guideline note on the next line ("FINAL HER2 STATUS:
NEGATIVE." over "Comment: per ASCO/CAP 2018, group 4 cases without IHC 3+ are considered HER2
negative"): the IHC reader takes the note's "IHC 3+" in the name's far scope, the statement reader
then leaves the call word to that score, and the score, in a legend sentence past the name's own
statement, is set aside as a legend with the mention. The final word was lost and a group 4 ISH
with IHC 2+ read equivocal (probe20; devset16 b16-f03-04).

When every value read for the name lies past its own statement and was set aside as a legend,
the statement read on its own stands if it is under a final label ("FINAL", "FINAL HER2 STATUS")
and inside the name's own statement: the lab's last word, which the note below explains."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import statement

if TYPE_CHECKING:
    from .mention_scope import MentionScope
    from .model import Finding
    from .scanner import PageScanner

REASONS = ("legend",)  # a key or guideline note past the statement; never a control or a condition


def final_word_beside_far_legend(
    s: PageScanner, scope: MentionScope, values: list[Finding], reason: str
) -> list[Finding]:
    """The name's own final statement, when the values set aside were all past its statement."""
    if reason not in REASONS or not values or any(f.nend <= scope.statement_stop for f in values):
        return []
    return [
        f
        for f in statement.read_statement(s, scope, [])
        if f.family == "status_statement" and f.values.get("final") and f.nend <= scope.statement_stop
    ]
