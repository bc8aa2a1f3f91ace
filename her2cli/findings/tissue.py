"""Whether a result quoted in a blood (liquid biopsy) report was measured on tissue: the tumor's
own result, restated beside the blood test's rows. A blood "not detected" is no negative
(facts.md §7, §10); a tissue result is, and it keeps its value in the same report ("KRAS
wild-type by tissue PCR", "1) Tissue NGS (...)" over its rows; blind sets 4 and 6)."""

from __future__ import annotations

from ..rules import Compiled
from .clauses import ClauseEnds, clause_start, clause_stop
from .scope import line_end, line_start, search

CAVEAT_CLAUSE = ClauseEnds((". ", ".\n", ";", "\n\n"))  # a caveat's clause (see `clause`)
ITEM_REACH = 6  # lines above a row where the line it hangs from may be


def tissue_sourced(text: str, start: int, end: int, c: Compiled) -> bool:
    """The result's clause says it was found on tissue ("wild-type by tissue PCR", "per outside
    pathology", "tissue copy number is not amplified"), or the line that opens its item does,
    naming no blood test ("1) Tissue NGS (biopsy, 2026-09-22)" over its indented rows, " - Tissue
    NGS (2026-07): KRAS wild-type, ...;" over a wrapped "MSS"; blind set 6, b6-f05-04, b6-f05-09)."""
    return (
        search(c.tissue_source, clause(text, start, end)) is not None
        or _row_cell_says_tissue(text, start, c)
        or _under_tissue_item(text, start, c)
    )


def _row_cell_says_tissue(text: str, pos: int, c: Compiled) -> bool:
    """`pos`'s line is a table row with a cell of its own naming tissue as its source ("ERBB2
    Amplification (CN 18)   Tissue" under "Gene  Alteration  Source"): each row of a report with
    a tissue panel and a plasma panel has its own source (left9)."""
    return search(c.tissue_row_cell, text[line_start(text, pos) : line_end(text, pos)]) is not None


HEAD_LEVELS = 3  # item heads above a row: "PART A -- TISSUE" over "  Somatic alterations" over its rows


def _under_tissue_item(text: str, pos: int, c: Compiled) -> bool:
    """A line the row hangs from, or one that line hangs from, names tissue as its sample and no
    blood test ("PART A -- TISSUE (DNA 648 genes)" over "  Somatic alterations" over "    ERBB2
    Amplification  copy number 12"; devset8 b8-f05-09). The nearest head that names a sample
    decides: a plasma part's rows are blood rows."""
    head_pos = pos
    for _ in range(HEAD_LEVELS):
        head = item_head(text, head_pos)
        if not head:
            return False
        if search(c.ctdna_cue, head) is not None:
            return False
        if search(c.tissue_source, head) is not None or c.tissue_item_label.match(head) is not None:
            return True
        head_pos = text.rfind(head, 0, line_start(text, head_pos))
        if head_pos < 0:
            return False
    return False


def item_head(text: str, pos: int, reach: int = ITEM_REACH) -> str:
    """The nearest line above `pos`'s line, in its paragraph, that is less indented than it (the
    line its wrapped item or indented rows hang from); empty when there is none."""
    start = line_start(text, pos)
    own = indent(text[start : line_end(text, pos)])
    for _ in range(reach):
        if start <= 0 or own == 0:
            return ""
        above = line_start(text, start - 1)
        line = text[above : start - 1]
        if not line.strip():
            return ""
        if indent(line) < own:
            return line
        start = above
    return ""


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): from the last sentence end or semicolon before it to the
    next one after it, across line breaks (caveats wrap); a full stop at a line's end ends it
    ("... as defined by IHC/ISH).\nTumour-agnostic ... on tissue" is two sentences)."""
    lo = clause_start(text, max(0, start - 200), start, CAVEAT_CLAUSE)
    return text[lo : clause_stop(text, end, min(len(text), end + 200), CAVEAT_CLAUSE)]
