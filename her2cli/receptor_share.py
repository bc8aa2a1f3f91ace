"""ER/PR: when the share of stained cells the report writes for the current sample contradicts
the call read from its words, the share wins (sentences23b).

A history line's shorthand ("Hx: breast cancer 2019, ER+/PR+/HER2 2+") fills the call when the
current sample's own line gives only a share ("PR 0%", "PR <1%"): the summary then said "PR:
positive" for a tumour whose progesterone receptor is 0% (variants16a v16a-f02-02, v16a-f02-03,
v16b-f02-02). A share is the current sample's own measurement, so a call on the other side of the
1% line (ASCO/CAP 2020 ER/PR guideline: under 1% negative) is some other sample's and is not said.
"""

from __future__ import annotations

NEGATIVE_BELOW = 1.0  # percent of stained cells: under 1% is negative, "<1%" too
LOW_POSITIVE_UP_TO = 10.0  # 1-10% is "low positive"


def share_category(written: str | None) -> str | None:
    """The category of the first share in a value as written ("<1%" and "0%" negative, "5%"
    low_positive, "60% weak-moderate" positive); None when the value gives no share."""
    if not written or "%" not in written:
        return None
    words = written.split("%")[0].split()
    if not words:
        return None
    last = words[-1].lstrip("([")
    before = words[-2].lstrip("([") if len(words) > 1 else ""
    below = last.startswith(("<", "\u2264")) or before in ("<", "\u2264")
    digits = "".join(ch for ch in last if ch.isdigit() or ch in ".,").replace(",", ".")
    try:
        number = float(digits)
    except ValueError:
        return None
    if number < NEGATIVE_BELOW or (below and number <= NEGATIVE_BELOW):
        return "negative"
    return "low_positive" if number <= LOW_POSITIVE_UP_TO else "positive"


def call_against_share(read: str | None, written: str | None, named: str | None) -> str | None:
    """The call read, unless it came from the "ER+/PR+" shorthand only (`named`, the call a named
    value or table gives, is None) and the current sample's written share puts it on the other side
    of the 1% line: then the share's own category. A named call beside a share stays the lab's
    word ("ER negative (2%)"), and so do two tumours' lines ("ER 100%" and "ER negative")."""
    share = share_category(written)
    if named is not None or read not in ("positive", "low_positive", "negative") or share is None:
        return read
    return share if (read == "negative") != (share == "negative") else read
