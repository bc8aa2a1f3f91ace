"""How far back from a HER2 name the IHC reader looks for an ISH method word: not into the line
of the HER2 name before it.

A table of samples, one a row, names HER2 on every row ("Primary 2018   HER2 2+ (ISH ratio 1.4)"
over "Liver met 2025   HER2 3+"). The second row's name opens no line (its sample's label comes
first), so its sentence - no full stop between the rows - reached back into the row above, whose
"ISH" made the second row's own 3+ an ISH row's number: the 3+ was lost and the row read as the
ratio above (a positive metastasis read negative; fix19a, found writing variants12a's relapse-site
family). A method word on the line of an earlier HER2 name is that name's; lines between the two
names still count. (Only the IHC reader's method look-back: the ISH reader's own windows still
reach the line above, where a report's values and its call line often sit under separate names.)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .mention_scope import MentionScope
from .scope import line_end, line_start

if TYPE_CHECKING:
    from .scanner import PageScanner


def values_back_start(s: PageScanner, scope: MentionScope) -> int:
    """`scope.back_start`, moved forward past the line of the HER2 name before this one when
    that name stands on an earlier line."""
    i = bisect.bisect_left(s.mention_starts, scope.start) - 1
    if i < 0:
        return scope.back_start
    before = s.mention_starts[i]
    if before < scope.back_start or before >= line_start(s.text, scope.start):
        return scope.back_start  # out of reach already, or on this name's own line
    return max(scope.back_start, line_end(s.text, before) + 1)
