"""Values that sit next to a cut-off or under a key's heading: the rule a legend or a criteria
sentence states ("ratio less than 2.0 ... not amplified", "ISH: ratio >=2 = amplified" under "Key
for HER2 reporting:"), not this tumour's result. Split from findings/context.py, whose value checks
call these."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from .model import Finding
from .scope import finditer, line_end, line_start, search, sentence_end, sentence_start
from .values import to_float

if TYPE_CHECKING:
    from .scanner import PageScanner


LEGEND_BLOCK_LINES = 8  # lines above a value where the heading of its key block may be
DEFINITION_SIGNS = ("=", "<", ">", "\u2264", "\u2265")  # a key's row defines: "ratio >= 2 = amplified"


def under_legend_heading(s: PageScanner, pos: int) -> bool:
    """The value's line is in a block of lines (no blank line between) opened by a heading line
    that announces a key or legend and says nothing else ("Key for HER2 reporting (for reference,
    when performed):" over "ISH: ERBB2/CEP17 ratio >=2 in >=50% of cells = amplified"): a row of
    the block that defines a category (an "=" or a cut-off sign) is no result (devset5 b5-f09-03)."""
    t = s.text
    line = line_start(t, max(pos, 0))
    if not any(sign in t[line : line_end(t, line)] for sign in DEFINITION_SIGNS):
        return False  # "HER2 IHC: 3+ (positive)" under "Interpretation criteria (ASCO/CAP):" is a result
    for _ in range(LEGEND_BLOCK_LINES):
        if line == 0:
            return False
        line = line_start(t, line - 1)
        row = t[line : line_end(t, line)]
        if not row.strip():
            return False
        if s.c.legend_heading.match(t, line, line_end(t, line)):
            return True
    return False


def key_row_under_legend_heading(s: PageScanner, pos: int) -> bool:
    """The value's line is a key's row that defines its score with "=" ("  1+ = faint incomplete
    staining >10%") under a legend heading that names the test ("HER2 IHC scoring key (for
    reference only):", whose HER2 name the value is read from; mend22c). A row that only gives a
    cut-off ("A: 2+ (... in a cluster of >5 cells)" under "HER2 - biopsy scoring criteria:") is
    a sample's result (devset dev-f06-04)."""
    t = s.text
    line = line_start(t, max(pos, 0))
    return "=" in t[line : line_end(t, line)] and under_legend_heading(s, pos)


CRITERIA_BLOCK_LINES = 12  # list lines above a value where its criteria heading may be
LIST_MARKS = "-*\u2022"  # bullets that open a list item at the margin


def under_criteria_heading(s: PageScanner, pos: int) -> bool:
    """The value's line is a list item (indented or bulleted) of a block opened by a trial's
    criteria heading ("Key eligibility criteria (protocol v3.2):", " EXCLUSION") with only list
    lines between: "- HER2 IHC 0 with no staining (HER2-null)" there is a condition for entry,
    not this patient's result (devset6 b6-f09-05)."""
    t = s.text
    line = line_start(t, max(pos, 0))
    for _ in range(CRITERIA_BLOCK_LINES):
        row = t[line : line_end(t, line)]
        if not row.strip() or not row[:1].isspace() and row[:1] not in LIST_MARKS:
            return False  # a blank line, or a line that is no list item, ends the list
        if line == 0:
            return False
        line = line_start(t, line - 1)
        if s.c.criteria_heading.match(t, line, line_end(t, line)):
            return True
    return False


ROW_CLOSERS = ").:;]%+"  # a line ending in one of these (or a digit) closes its row ("IHC: 1+", probe22)


def _closes_row(t: str, nl: int) -> bool:
    """The line break at `nl` ends a row: the line before it ends in a bracket, a full stop, a
    colon, a digit ("... 1+ (equivocal)", "ratio 1.5"), not in a word that wraps on."""
    last = t[max(0, nl - 80) : nl].rstrip(" \t")[-1:]
    return not last or last in ROW_CLOSERS or last.isdigit()


def _row_bounds(t: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """[lo, hi) cut to the rows holding [start, end): a row of a results table ("IHC (4B5) prev
    reported: 2+ (equivocal)") does not run into the rows around it ("RESULT: AMPLIFIED (ratio
    >= 2.0)"), while wrapped prose goes on (blind set 4)."""
    ls, le = line_start(t, start), line_end(t, end)
    if lo < ls and _closes_row(t, ls - 1):
        lo = ls
    if le < hi and _closes_row(t, le):
        hi = le
    return lo, hi


def without_cutoff_values(s: PageScanner, values: list[Finding]) -> list[Finding]:
    """ISH values after a cut-off in their sentence ("ratio less than 2.0 ... not amplified")."""
    t, c = s.text, s.c
    kept = []
    for f in values:
        s_lo = sentence_start(t, max(f.nstart, 0), max(0, f.nstart - 200), c)
        s_hi = sentence_end(t, f.nend, min(len(t), f.nend + 200), c)
        if c.criteria_aside.match(t, f.nend, s_hi):
            s_hi = f.nend  # "AMPLIFIED (gastric criteria: ratio >= 2.0)": the rule the call applied
        s_lo, s_hi = _row_bounds(t, max(f.nstart, 0), f.nend, s_lo, s_hi)
        if f.family in ("ihc", "status_statement") and c.cutoff_number.search(t[s_lo:s_hi]):
            continue
        if (
            f.family == "ihc"
            and f.values.get("score")
            and (
                c.score_as_threshold.search(t[max(s_lo, f.nend - 80) : f.nend])
                or c.required_after_score.match(t, f.nend, min(len(t), f.nend + 40))
            )
        ):
            # "below the 10% threshold for a 3+ score": the bar a subgroup of cells missed, not this
            # tumor's score (issue 10, defect 1); "(IHC 3+ required)": the bar a treatment needs
            # (devset9 b9-f07-05); the stain's name is still the report's
            rest = {k: v for k, v in f.values.items() if k == "clone"}
            if rest:
                kept.append(replace(f, values=rest))
            continue
        if f.family in ("ish", "ngs"):
            # a labelled row starts its own statement ("ratio: >2.0" over "Impression: AMPLIFIED")
            line_lo = line_start(t, max(f.nstart, 0))
            if c.labelled_row.match(t, line_lo, max(f.nstart, line_lo)):
                s_lo = max(s_lo, line_lo)
            # the call after a result line's label: the cut-offs of its criteria aside are the
            # rule it applied ("Interpretation (2007 criteria: <1.8 negative, ...):" / "EQUIVOCAL.")
            s_lo = max(s_lo, _result_label_end(s, f.nend - 1))
        if f.family == "ish" and f.values.get("ratio") is None and c.cutoff_number.search(t[s_lo : f.nend]):
            continue  # a result word inside a table of cut-offs
        # the cut-off must be in the sentence that states the result ("ratio less than 2.0 ... not
        # amplified"), not in a comment sentence between the measured values and the result
        # line ("The ratio is below 2.0.\nINTERPRETATION: NOT AMPLIFIED")
        r_lo = max(s_lo, sentence_start(t, max(f.nend - 1, 0), max(0, f.nend - 200), c))
        if (
            f.family in ("ish", "ngs")
            and search(c.threshold_expr, t, r_lo, max(f.nend, r_lo))
            and not _measured_after_cutoff(s, f, r_lo)
            and not _criteria_row_between(s, f, r_lo)
        ):
            continue
        kept.append(f)
    return kept


def _result_label_end(s: PageScanner, pos: int) -> int:
    """Where the label of the result line holding `pos` ends ("Interpretation (...):" on its line
    or the line above); 0 when there is none."""
    t = s.text
    row = line_start(t, max(pos, 0))
    for _ in range(2):
        label = result_label_at(s, row)
        if label is not None and label.end() <= pos:
            return label.end()
        if row == 0:
            break
        row = line_start(t, row - 1)
    return 0


def result_label_at(s: PageScanner, row: int) -> regex.Match[str] | None:
    """The label of a result line opening at `row`; its criteria aside may wrap onto the next
    line ("Interpretation per ASCO/CAP 2007 guidelines (amplified >2.2; not amplified <1.8;" /
    "equivocal 1.8-2.2): EQUIVOCAL.", devset8 b8-f03-07)."""
    t = s.text
    end = line_end(t, row)
    return s.c.result_line_label.match(t, row, line_end(t, end + 1) if end < len(t) else end)


def labelled_row_start(s: PageScanner, at: int) -> int:
    """The start of the line holding `at` when that line opens with a result label that ends
    before `at` ("  RESULT: HER2 POSITIVE"); -1 otherwise."""
    if at < 0:
        return -1
    row = line_start(s.text, at)
    label = s.c.result_line_label.match(s.text, row, line_end(s.text, row))
    return row if label is not None and label.end() <= at else -1


def _measured_after_cutoff(s: PageScanner, f: Finding, lo: int) -> bool:
    """The finding's ratio is the value the sentence measured after the cut-off it compares it
    with ("ratio greater than 2.0 (>2.0), measured at 2.7"), with no cut-off after it: a result,
    not a legend (blind set 5, b5-f12-04)."""
    t, c = s.text, s.c
    ratio = f.values.get("ratio") if f.family == "ish" else None
    if ratio is None:
        return False
    for r in finditer(c.ratio, t, lo, f.nend):
        measured = c.ratio_measured_after.match(t, r.end(), min(len(t), r.end() + 60))
        if measured is not None and to_float(measured.group("ratio")) == ratio:
            return search(c.threshold_expr, t, measured.start("ratio"), max(f.nend, measured.end())) is None
    return False


def _criteria_row_between(s: PageScanner, f: Finding, lo: int) -> bool:
    """Every cut-off between `lo` and the finding's end sits on a row of its own that names the
    criteria applied, below the row of the finding's measured ratio and above its call
    ("Combined: ... ratio 1.38" / "ASCO/CAP 2013 classification: ratio <2.0, mean <4.0" / "=> NOT
    AMPLIFIED."): the rule the call applied, not a legend (blind set 22, b22-f03-10)."""
    t, c = s.text, s.c
    if f.family != "ish" or f.values.get("ratio") is None or not f.values.get("result"):
        return False
    own_row, last_row_end = line_start(t, max(f.nstart, 0)), -1
    for x in finditer(c.threshold_expr, t, lo, f.nend):
        if x.start() < last_row_end:
            continue  # the criteria row's next cut-off ("ratio <2.0, mean <4.0")
        row = line_start(t, x.start())
        if row <= own_row or not c.criteria_row_label.match(t, row, x.start()):
            return False
        last_row_end = line_end(t, x.start())
    return 0 <= last_row_end < f.nend


def legend_in_statement(s: PageScanner, lo: int, hi: int, at: int = -1) -> bool:
    """A legend's words in the statement text[lo:hi], other than the criteria aside of a result
    line's own label: "Interpretation (ASCO/CAP 2007 criteria: <1.8 negative, 1.8-2.2 equivocal,
    >2.2 amplified):" / "EQUIVOCAL." names the rule the lab applied, and the call after the label
    is the lab's result (devset7 b7-f10-10). A mention at `at` on a line that opens with a result
    label ("RESULT: HER2 POSITIVE") starts its own statement there: a criteria aside on the rows
    above ("(criteria: 3+ in >30% = positive)" under the IHC score) is the score's, not a key the
    result line sits in (variants14b v14b-f07-03)."""
    t = s.text
    lo = max(lo, labelled_row_start(s, at))
    for m in finditer(s.c.context["legend"], t, lo, hi):
        row = line_start(t, m.start())
        label = result_label_at(s, row)
        if label is None or label.end() <= m.start() or "(" not in t[row : m.start()]:
            return True
    return False
