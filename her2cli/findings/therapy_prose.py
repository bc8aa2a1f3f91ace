"""Therapy prose: a HER2 name in a statement that names a drug, an approval or a population is
the drug's context, not this tumour's result, unless the statement also gives a measured value
(a lab's call, a ratio, a copy number, a score with the share of cells it was seen in). Moved out of
findings/context.py (session 9) so each module stays under 500 lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .criteria import therapy_before
from .listing import under_detected_heading
from .mention_scope import MentionScope
from .model import Finding
from .name_line import before_next_name_line
from .now_score import own_tumour_score
from .scope import SCOPE, line_end, line_start, search, sentence_start

if TYPE_CHECKING:
    from .scanner import PageScanner


def in_therapy_prose(
    s: PageScanner, scope: MentionScope, reason: str | None, values: list[Finding] | None = None
) -> bool:
    if under_detected_heading(s.text, scope.start, s.c):
        return False  # a row of what the test found; a later column names its therapy (b6-f05-01)
    if values and _therapy_after_labelled_call(s, scope, values):
        return False
    row = _table_row(s, scope)
    if row is not None and values and all(f.family == "ngs" and f.nend <= row[1] for f in values):
        # a sequencing table's row is its own statement: a drug row or a therapy note below it ("IDH1  R132C
        # --  Ivosidenib (approved)", "Therapy associations for ERBB2 S310F: ...") is not the
        # context of "ERBB2  (copy number)  3  No amplification" (blind set 9 b9-f04-06)
        return search(s.c.context["therapy"], s.text, row[0], row[1]) is not None
    # `reason` (the first context family over the whole statement) names therapy only when this
    # search over it would find it; the statement ends at a later line naming HER2 again ("HER2:
    # NEGATIVE" over "Comment: ... does not meet HER2 criteria for tucatinib"; probe19)
    # (only for a name that opens its own line, "HER2: NEGATIVE", not one inside a drug row's
    # bracket: "PIK3CA H1047L: alpelisib, ... (HR+/HER2- disease)" is therapy prose; b10-f05-11)
    del reason
    t = s.text
    opens_line = not t[line_start(t, scope.start) : scope.start].strip(" \t*-\u2022>|")
    hi = before_next_name_line(s, scope, opening=True) if opens_line else scope.statement_stop
    return bool(search(s.c.context["therapy"], t, scope.back_start, hi))


TABLE_ROW_CELLS = 3  # a line of at least this many cells two or more spaces apart is a table row


def _table_row(s: PageScanner, scope: MentionScope) -> tuple[int, int] | None:
    """(start, end) of the mention's line when it is a table row whose values all lie on it:
    cells two or more spaces apart, at least TABLE_ROW_CELLS of them."""
    t = s.text
    lo, hi = line_start(t, scope.start), line_end(t, scope.end)
    cells = [cell for cell in t[lo:hi].replace("\t", "  ").split("  ") if cell.strip()]
    return (lo, hi) if len(cells) >= TABLE_ROW_CELLS else None


def _therapy_after_labelled_call(s: PageScanner, scope: MentionScope, values: list[Finding]) -> bool:
    """The name sits in a result line's own label ("FINAL HER2 ISH INTERPRETATION:", "HER2
    status:"), or opens the call right after one ("RESULT: HER2 NEGATIVE"), and the therapy words come only after the call the label introduces ("NEGATIVE (not
    amplified) - with a comment that evidence is limited on ... HER2-targeted therapy", devset8
    b8-f03-02): the lab's result with a comment, not therapy prose."""
    t = s.text
    line = line_start(t, scope.start)
    label = s.c.labelled_result_line.match(t, line, line_end(t, line))
    if label is None:
        return False
    # "RESULT: HER2 NEGATIVE - HER2-LOW (IHC 1+)" over a comment naming a drug: the name opens
    # the labelled call right after a bare result label (lead24, blind set 27)
    if label.end() < scope.end and t[label.end() : scope.start].strip():
        return False
    last = max(f.nend for f in values)
    return search(s.c.context["therapy"], t, scope.back_start, last) is None


SHARE_QUALIFIERS = (None, "about")  # a measured share ("~40% of cells"), not a bound (">= 10%")


def counts_in_therapy_prose(s: PageScanner, f: Finding) -> bool:
    """A value that stands in a statement that names a therapy: a measured value, or an IHC
    score with the measured share of cells it was seen in, when no drug, approval or population
    comes before it on its line or in its sentence ("IHC: ... staining in ~40% of tumor cells =
    3+" over "RESULT: HER2 POSITIVE - candidate for ... trastuzumab", a "3+ - strong complete
    membrane staining in ~35% of tumour cells" row under "HER2 IHC (4B5), requested for T-DXd
    eligibility:"; devset8 b8-f07-04, b8-f07-12). "T-DXd is approved for HER2 IHC 3+ in 10% of
    cells" names its drug first: the approval's value, not this tumor's."""
    if is_measured(f) or own_tumour_score(s, f):
        return True  # "... for trastuzumab eligibility; this tumour is 1+": its own score (fix27)
    if f.family != "ihc" or f.values.get("percent_cells") is None:
        return False
    if f.values.get("percent_qualifier") not in SHARE_QUALIFIERS:
        return False
    t, c = s.text, s.c
    pos = max(f.nstart, f.nend - 1)
    lo = max(sentence_start(t, pos, max(0, pos - SCOPE.statement), c), line_start(t, pos))
    return not (therapy_before(s, lo, f.nend) or search(c.context["therapy"], t, lo, f.nend))


def is_measured(f: Finding) -> bool:
    """A measured value (a lab's score call, a ratio, a copy number), not an adjective."""
    if f.family in ("status_statement", "her2_low"):
        return False
    if f.family == "ihc" and not f.values.get("lab_call"):
        return False
    return not (
        f.family in ("ish", "ngs")
        and f.values.get("ratio") is None
        and f.values.get("copy_number") is None
        and f.values.get("her2_copy_number") is None
    )
