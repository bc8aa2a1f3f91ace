"""Values of a mention that are not the tumour's result by their place, set aside one by one
before the mention's statement is judged (findings/context.py check_values; probe14):

- a control's value (findings/control_label.py control_owns: a control column, a bracket naming
  a control, a control word beside the score), reason "control";
- a value its own clause sets aside right after it ("(3+ intensity, cytoplasmic) is
  disregarded", "3+ at the edge excluded from scoring"; document.toml disregarded-after-value),
  reason "failed";
- an IHC score labelled by the in-situ component right before or after it ("DCIS: 3+   Invasive
  carcinoma: 1+", "invasive 1+, DCIS 3+", "3+ in the DCIS"; document.toml in-situ-before-score,
  in-situ-after-score), reason "subregion";
- a value its own line disowns for this patient (findings/disowned.py: another patient's line
  flagged in error, a value kept for the record only), reason "therapy" (as a trial population's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .control_label import control_owns
from .disowned import disowned
from .scope import line_start

if TYPE_CHECKING:
    from .model import Finding
    from .scanner import PageScanner

LABEL_REACH = 60  # characters before a score where its in-situ label may start


def disregarded(s: PageScanner, f: Finding) -> bool:
    """The words right after the value, in its clause, say it is disregarded or not scored."""
    return s.c.disregarded_after_value.match(s.text, f.nend) is not None


def in_situ_score(s: PageScanner, f: Finding) -> bool:
    """An IHC score the in-situ component labels right before or right after it."""
    if f.family != "ihc":
        return False
    t, c = s.text, s.c
    lo = max(line_start(t, f.nend - 1), f.nend - LABEL_REACH)
    return bool(c.in_situ_before_score.search(t, lo, f.nend) or c.in_situ_after_score.match(t, f.nend))


def reason_for(s: PageScanner, f: Finding) -> str | None:
    """Why the value is not the tumour's result by its place (None: it may be)."""
    if control_owns(s, f):
        return "control"
    if disregarded(s, f):
        return "failed"
    if disowned(s, f):
        return "therapy"  # another patient's line, or kept for the record only (probe19b)
    return "subregion" if in_situ_score(s, f) else None


def own_values(s: PageScanner, values: list[Finding], total: int) -> tuple[list[Finding], str]:
    """(the values kept of `values`, the reason when none is): a value of the mention's `total`
    that is not in `values` was a control line's; the reason is the first of control, failed,
    subregion that set a value aside."""
    kept, reasons = [], {"control"} if len(values) < total else set()
    for f in values:
        reason = reason_for(s, f)
        if reason is None:
            kept.append(f)
        else:
            reasons.add(reason)
    return kept, next((r for r in ("control", "failed", "subregion", "therapy") if r in reasons), "control")
