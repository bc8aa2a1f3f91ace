"""HER2's values in a column table: the scores, ISH results and copy numbers in the cells under a
HER2 header, or the mention a key, a pending cell or an empty column makes of it (issue 11,
family 8).

Its own module because findings/columns.py finds the cells (the table's geometry: header rows,
spaces or tabs, which cell stands under which header), which the sample columns, the related
markers and the ISH count tables read as well; this module alone decides what HER2's cells say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..rules import compiled
from .columns import Cell, ColumnCell, column, tab_test, table_row
from .criteria import offered_in_cell
from .ihc import call_of, score_from_match
from .mention_scope import MentionScope
from .model import Finding
from .scope import line_end, line_start, search

if TYPE_CHECKING:
    from .scanner import PageScanner

# a row label that is a score ("2+  Equivocal  Reflex ISH") makes the table a key to the scores
LEGEND_ROWS = 2
LEGEND_DISTINCT = 3  # three different scores or calls down one column: a key, not a result


def _lists_scores(s: PageScanner, cell: Cell) -> bool:
    """One cell listing three different scores ("Reference: HER2 3+ Positive / 2+ Equivocal /
    0-1+ Negative" on the line under a table row, read as a cell of the row's column): a key
    written on one line, not a result (variants10 H-01)."""
    listed = set()
    for m in s.c.ihc_score.finditer(cell.text):
        score, score_range, _ = score_from_match(m)
        listed.add(score or score_range)
    return len(listed - {None}) >= LEGEND_DISTINCT


def _is_key(s: PageScanner, cells: list[ColumnCell]) -> bool:
    """A key to the scores, not a result: scores as row labels ("2+ | Equivocal"), or three
    different scores or calls down the column."""
    c = s.c
    score_labels = sum(1 for x in cells if x.label is not None and c.ihc_score.match(x.label.text))
    if score_labels >= LEGEND_ROWS:
        return True
    scores = {score_from_match(m)[0] for x in cells if (m := c.ihc_score.search(x.cell.text))} - {None}
    calls = {call_of(m) for x in cells if (m := c.call_word.search(x.cell.text))}
    return len(scores) >= LEGEND_DISTINCT or len(calls) >= LEGEND_DISTINCT


def _score(s: PageScanner, text: str, bare_is_score: bool) -> tuple[str | None, str | None, int] | None:
    """(score, range, end in the cell) of a score cell ("2+", "1-2+", and a bare "2" under a
    stain's header), or None."""
    m = s.c.ihc_score.search(text)
    if m is not None:
        value, score_range, _ = score_from_match(m)
        return (value, score_range, m.end()) if value or score_range else None
    bare = compiled().bare_score.match(text) if bare_is_score else None
    if bare is None:
        return None
    digit = bare.group("digit")
    return ("0" if digit == "0" else f"{digit}+"), None, bare.end()


def _another_markers_score(s: PageScanner, cell: str, score_end: int) -> bool:
    """A score in a cell after another marker's name with no HER2 name between them ("...
    Concurrent biomarkers: ER 3+ 90%" under a title line that looked like a header): that
    marker's score (variants4 v4-H-14)."""
    c = s.c
    others = [m.end() for p in (c.other_marker_ci, c.other_marker_cs) for m in p.finditer(cell, 0, score_end)]
    if not others:
        return False
    return c.her2.search(cell, max(others), score_end) is None


def _score_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One IHC finding per score cell; its call word is in the same cell or in the cell below
    when that one holds no score of its own ("2+" over "Equiv.")."""
    c = s.c
    row_start, row_end = line_start(s.text, scope.start), line_end(s.text, scope.start)
    header = table_row(s.text, row_start, row_end, tab_test(s))
    name_cell = next((x for x in header.cells if x.start <= scope.start < x.end), None)
    # a bare digit is a stain's score only under a HER2 stain's header (the gene name ERBB2 heads
    # sequencing columns) and in a row that does not say it counts copies or signals
    bare_is_score = (
        name_cell is not None
        and not scope.name.startswith("erbb")
        and not compiled().measure_header.search(name_cell.text)
    )
    out: list[Finding] = []
    for i, x in enumerate(cells):
        bare_here = bare_is_score and not (x.label and compiled().measure_header.search(x.label.text))
        scored = _score(s, x.cell.text, bare_here)
        if scored is None or _another_markers_score(s, x.cell.text, scored[2]):
            continue
        if offered_in_cell(s, x.cell.text, scored[0]):
            continue  # "IHC 3+ or 2+/ISH+": a criterion's alternatives, not this tumour's score
        value, score_range, score_end = scored
        values: dict[str, Any] = {"score": value} if value else {"score": None, "score_range": score_range}
        end = x.cell.end
        call = c.call_word.search(x.cell.text, score_end)
        below = cells[i + 1].cell if i + 1 < len(cells) else None
        if call is None and below is not None and _score(s, below.text, bare_here) is None:
            call = c.call_word.search(below.text)
            end = below.end if call is not None else end
        if call is not None:
            values["lab_call"] = call_of(call)
        out.append(s.make("ihc", scope.start, end, values))
    return out


def _ish_result(text: str) -> str | None:
    """The ISH result a cell's words state ("Not amplified (1.2 / 2.1)"), not a cut-off's ("amplified if >= 2")."""
    c = compiled()
    for result in ("not_amplified", "amplified"):
        if (m := c.ish_result_words[result].search(text)) and not c.amp_defined_after.match(text, m.end()):
            return result
    return "equivocal" if c.amp_equivocal.search(text) else None


def _ish_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One ISH finding per result cell under an ISH method's header ("HER2 FISH (ratio / mean
    HER2)" over "Amplified (5.8 / 11.2)"); the first decimal is the ratio when the header names
    a ratio."""
    header_cell = _name_cell(s, scope)
    if header_cell is None or not s.c.ish_method.search(header_cell.text):
        return []
    with_ratio = compiled().ratio_header.search(header_cell.text) is not None
    out: list[Finding] = []
    for x in cells:
        result = _ish_result(x.cell.text)
        bare = compiled().cell_decimal.fullmatch(x.cell.text.strip()) if with_ratio else None
        if result is None and bare is not None:
            # a bare ratio under "HER2 ISH ratio" (devset10 b10-f01-06): the ratio, no call
            out.append(
                s.make("ish", scope.start, x.cell.end, {"ratio": float(bare.group(0).replace(",", "."))})
            )
            continue
        if result is None:
            continue
        values: dict[str, Any] = {"result": result}
        number = compiled().cell_decimal.search(x.cell.text) if with_ratio else None
        if number is not None:
            values["ratio"] = float(number.group(0))
        out.append(s.make("ish", scope.start, x.cell.end, values))
    return out


def _copies_findings(s: PageScanner, scope: MentionScope, cells: list[ColumnCell]) -> list[Finding]:
    """One ISH finding per bare number under a HER2 copies header ("HER2 mean copies") of a row
    that also heads a ratio column ("HER2 ISH ratio"): the mean HER2 copies per cell of each row
    (devset10 b10-f01-06). Not under a CEP17 or ratio header, nor in a table with no ratio."""
    c = compiled()
    header_cell = _name_cell(s, scope)
    if (
        header_cell is None
        or not c.per_cell_row.search(header_cell.text)
        or c.ratio_header.search(header_cell.text)
        or s.c.probe_pair_header.search(header_cell.text)
    ):
        return []
    row_start, row_end = line_start(s.text, scope.start), line_end(s.text, scope.start)
    header = table_row(s.text, row_start, row_end, tab_test(s))
    if not any(c.ratio_header.search(x.text) and s.c.ish_method.search(x.text) for x in header.cells):
        return []
    out: list[Finding] = []
    for x in cells:
        bare = c.cell_decimal.fullmatch(x.cell.text.strip())
        if bare is not None:
            out.append(
                s.make(
                    "ish",
                    scope.start,
                    x.cell.end,
                    {"her2_copy_number": float(bare.group(0).replace(",", "."))},
                )
            )
    return out


def _another_genes_cell(s: PageScanner, cell: str) -> bool:
    """A cell that opens with another gene's symbol ("PIK3CA amplification not detected" under
    "ERBB2  R678Q" of a variant list read as a header): that gene's words (devset12 b12-f07-07)."""
    c = s.c
    return bool(
        c.gene_like.match(cell) or c.panel_gene.match(cell) or c.other_marker_cs.match(cell)
    ) and not (c.her2.match(cell))


def _name_cell(s: PageScanner, scope: MentionScope) -> Cell | None:
    row_start, row_end = line_start(s.text, scope.start), line_end(s.text, scope.start)
    header = table_row(s.text, row_start, row_end, tab_test(s))
    return next((x for x in header.cells if x.start <= scope.start < x.end), None)


def read_column(s: PageScanner, scope: MentionScope) -> list[Finding]:
    """Findings from the column under a HER2 header: each score cell (with a call word beside or
    below it as its lab call), else a call word alone, else a pending cell as a mention. A key to
    the scores, or a header row saying what the table is not (tests ordered, a legend), gives a
    mention."""
    if s.c.no_result_after_name.match(s.text, scope.end):
        return []  # "HER2 IHC:   UNABLE TO REPORT.  Tumor not ...": a label and its (no) result, no header
    cells = [x for x in column(s.text, scope.start, scope.end, tab_test(s)) if not _lists_scores(s, x.cell)]
    if not cells:
        return []
    row_start, row_end = line_start(s.text, scope.start), line_end(s.text, scope.start)
    if search(s.c.ihc_score, s.text, scope.end, row_end) is not None:
        # "HER2 :  score  0  (no membrane ...)": a label and its score on one line, spaced like
        # cells, is no header; the rows below are not its column (devset28 b28-f06-06 read a
        # control's bracketed 3+ two lines down)
        return []
    reason = s.context_reason(row_start, row_end)
    if reason in ("control", "legend", "pending", "recommendation", "hypothetical"):
        return s.mention(scope, reason)
    if _is_key(s, cells):
        return s.mention(scope, "legend")
    # "cell  HER2  CEP17": a dual-probe count table's cells are signals per cell, not IHC scores
    counts = s.c.probe_pair_header.match(s.text, scope.end) is not None
    found = (
        ([] if counts else _score_findings(s, scope, cells))
        or _ish_findings(s, scope, cells)
        or _copies_findings(s, scope, cells)
    )
    if found:
        from .column_samples import rows_as_samples  # a table of values: rare, imported when met

        return rows_as_samples(s, found, cells)
    c = s.c
    for x in cells:
        if search(c.context["pending"], x.cell.text):
            return s.mention(scope, "pending")
        call = c.call_word.search(x.cell.text)
        if (
            call is not None
            and not _another_genes_cell(s, x.cell.text)
            and not c.abbreviation_key.search(x.cell.text)
        ):
            if s.ctx.ctdna_document and c.not_detected_call.search(x.cell.text):
                # a blood test's "Not detected" cell: no HER2 negative (facts.md §7; probe12b)
                return [s.make("ngs", scope.start, x.cell.end, {"amplification": "not_amplified"})]
            return [s.make("status_statement", scope.start, x.cell.end, {"call": call_of(call)})]
    # nothing under the header ("Not performed", "see below"): the next cells in reading order
    # are other columns' values. Read in reading order all the same: a name heading the first
    # column (its cells are the rows' labels: "HER2 IHC (4B5) | 1-2+ | See ISH"), and an ISH
    # table whose ratio column findings/ish.py reads.
    header = table_row(s.text, row_start, row_end, tab_test(s))
    first = next((x for x in header.cells if x.text), None)
    if first is not None and first.start <= scope.start < first.end:
        return []
    if any(compiled().ratio_header.search(x.text) for x in header.cells):
        return []
    return s.mention(scope, "no_result")
