"""A score the report says the tumour lacks: "(not 3+)", "rather than 3+", "no cluster with 2+ or 3+
staining". Its own module because the IHC reader, the key and criteria readers and the context
checks all ask it, and findings/ihc.py imports criteria (through prose_lines): one definition here
keeps them from drifting apart (review18 found a copy in criteria.py)."""

from __future__ import annotations

from ..rules import Compiled
from .scope import line_start

NEGATION_REACH = 40  # characters before a score, on its line, where the negation is written


def ruled_out(t: str, c: Compiled, score_start: int) -> bool:
    """A negation right before the score on its line: a score the report says is absent is neither
    a result nor a key's row."""
    lo = max(line_start(t, score_start), score_start - NEGATION_REACH)
    return c.negated_score.search(t, lo, score_start) is not None
