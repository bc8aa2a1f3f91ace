"""A share of cells given beside a staining intensity, not a score (probe18b family
intensity_not_score): "HER2 (4B5) intensity 3, completeness 10%" names how strongly and in how
many cells the membrane stained; ASCO/CAP 2018 gives 3+ only to complete intense staining in MORE
than 10% of the tumour cells. A lab that writes the score itself ("3+ in 10%") has made that call
and its share is left as written (interpret/shares.py); an intensity read as a score has not, so
its 10% is at most the floor: the 3+ then needs confirmation (interpret/decide.py)."""

from __future__ import annotations

from typing import Any

INTENSITY_WORD = "intensity"
LOOK_BACK = 16  # characters before a score token where its intensity word may stand ("intensity: 3+")
AT_FLOOR = 10.0  # the share ASCO/CAP 2018 requires a 3+ to exceed


def read_from_intensity(text: str, token_start: int, token_text: str) -> bool:
    """The score token is an intensity ("intensity 3", "Intensity: 3+"), not a score word."""
    if token_text.lower().startswith(INTENSITY_WORD):
        return True
    return INTENSITY_WORD in text[max(0, token_start - LOOK_BACK) : token_start].lower()


def mark_share_at_floor(values: dict[str, Any], from_intensity: bool) -> None:
    """An intensity 3 in exactly 10% of cells, with no qualifier written: at most 10%."""
    if (
        from_intensity
        and values.get("score") == "3+"
        and values.get("percent_cells") == AT_FLOOR
        and not values.get("percent_qualifier")
    ):
        values["percent_qualifier"] = "<="
