"""The bracket of a test's own label on the HER2 name's line, which ends before the label's
colon: "HER2 IHC (4B5; gastric-type scoring as used in the zanidatamab trials): score 0".

A ";" inside that bracket ends the name's statement (findings/mention_scope.py), so the score
after the colon looked like a later sentence's, and the drug named in the bracket made it the bar
the drug's approval sets (findings/far_score.py, findings/context.py _far_conditions): the lab's
own score 0 was lost (variants15b v15b-f07-04). The bracket names the method the score used; the
words a later sentence could give a score start after it.
"""

from __future__ import annotations

from .mention_scope import MentionScope


def label_bracket_end(t: str, scope: MentionScope, value_at: int) -> int:
    """Where the label's bracket closes (just after its ")"), when a bracket opened after the
    name on its line is still open at the end of the name's statement and closes before a colon
    that leads to the value at `value_at`; -1 otherwise."""
    stop = scope.statement_stop
    if not scope.end <= stop < value_at:
        return -1
    opened = t.rfind("(", scope.end, stop)
    if opened < 0 or ")" in t[opened:stop]:
        return -1
    close = t.find(")", stop, value_at)
    if close < 0 or "\n" in t[scope.end : close] or "(" in t[stop:close]:
        return -1
    return close + 1 if t[close + 1 : value_at].lstrip(" \t").startswith(":") else -1
