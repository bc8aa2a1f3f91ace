"""What one test says, reduced to one call, and the decision that comes of all of them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Call(Enum):
    """One test's verdict by the tumor type's rules (or a set of statements that disagree)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    EQUIVOCAL = "equivocal"
    CONFLICT = "conflict"


# The lab's words for a result, as a call ("weakly positive" is handled where IHC is read).
CALL_OF_WORD: dict[str, Call] = {
    "positive": Call.POSITIVE,
    "amplified": Call.POSITIVE,
    "negative": Call.NEGATIVE,
    "not_amplified": Call.NEGATIVE,
    "equivocal": Call.EQUIVOCAL,
}


def call_of_word(word: str | None) -> Call | None:
    return CALL_OF_WORD.get(word or "")


@dataclass
class Decision:
    status: str
    test: str | None
    reason: str
