"""The vocabulary her2cli matches, as data: names, value tokens and context triggers.

One module per family (names, ihc, ish, ngs, context, statement, document); each table says
which phrase family of docs/clinical-rules.md (§1 vocabulary, §8 phrase categories) or which real-report
phrasing it serves. `compiled()` compiles them all once per process.
"""

from __future__ import annotations

from .compiled import Compiled, compiled
from .ihc import CLONE_NAMES, PERCENT_QUALIFIER_CODES, SPELLED_DIGITS
from .ngs import THREE_TO_ONE

__all__ = ["CLONE_NAMES", "PERCENT_QUALIFIER_CODES", "SPELLED_DIGITS", "THREE_TO_ONE", "Compiled", "compiled"]
