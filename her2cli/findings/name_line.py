"""Where a HER2 mention's statement ends for the checks that read the words after its value: at
the end of its sentence, or at the start of a later line that names HER2 again. A line such as
"HER2 status: POSITIVE", "HER2 FISH: indeterminate (insufficient signals)", "History: ... HER2 IHC
1+" or "Comment: pt does not meet HER2 criteria for tucatinib" is its own statement: a failure, a
control note, another tumour's history or a drug named on it or below it is that line's, not the
first line's (left9; probe19: devset21 b21-f07-10, devset17 b17-f09-09). Statements of reports
with no full stop at their line ends ran on into the next HER2 line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_start

if TYPE_CHECKING:
    from .mention_scope import MentionScope
    from .scanner import PageScanner


def before_next_name_line(s: PageScanner, scope: MentionScope, opening: bool = False) -> int:
    """The end of the mention's statement, or the start of a later line that names HER2 again.
    `opening`: only a line that opens a statement of its own, with a capital letter after its
    indent or bullet ("HER2 status: ...", "Comment: ..."); a line that goes on with the sentence
    above ("2+) is recommended before any decision about HER2-directed therapy.") is still its
    statement."""
    following = s.next_mention_after(scope.start)
    if following >= scope.statement_stop:
        return scope.statement_stop
    t = s.text
    opens = line_start(t, following)
    if opens <= scope.end:
        return scope.statement_stop
    if opening:
        first = t[opens : following + 1].lstrip(" \t*-\u2022>|")
        if not first[:1].isupper():
            return scope.statement_stop
    return opens
