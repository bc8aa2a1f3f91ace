"""Whether a share of stained cells falls below a scoring rule's floor, with the qualifier the
report wrote before it: "3+ in 5%" and "3+ in <10%" / "less than 10%" / "<=10%" are all below a
10% floor (a 3+ needs more than 10% of cells under ASCO/CAP 2018; in fewer it is a 2+ that ISH
decides), while "3+ in 10%" without a qualifier is left as the lab wrote it. A "<50%" is below
HERACLES' 50% (probe15, family few_cells: "HER2: 3+ in <10% of cells" read POSITIVE)."""

from __future__ import annotations

AT_MOST = ("<", "<=")  # findings: rules.PERCENT_QUALIFIER_CODES of "less than" and "at most"


def share_below(percent: float | None, qualifier: str | None, floor: float | None) -> bool:
    """A share of cells (with the qualifier before it) below `floor` (None: no floor)."""
    if percent is None or not floor:
        return False
    if qualifier in AT_MOST:
        return percent <= floor
    return percent < floor


def share_text(percent: float | None, qualifier: str | None) -> str:
    """The share as the report gave it, for a warning: "5%", "fewer than 10%", "at most 10%"."""
    lead = {"<": "fewer than ", "<=": "at most "}.get(qualifier or "", "")
    return f"{lead}{percent or 0:g}%"
