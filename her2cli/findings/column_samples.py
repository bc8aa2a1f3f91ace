"""Rows of a column that are samples (findings/columns.py reads the column): in a table of
samples after treatment, each value is named by its row's label, and the rows other than the one
naming the current sample are the samples before treatment. Split out of columns.py, unchanged,
to keep that module one job: reading the cells under a HER2 header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..rules.samples import samples
from .model import Finding

if TYPE_CHECKING:
    from .columns import ColumnCell
    from .scanner import PageScanner


def rows_as_samples(s: PageScanner, found: list[Finding], cells: list[ColumnCell]) -> list[Finding]:
    """A table of samples after treatment, one row each, where one row's label names the current
    sample ("Mastectomy SA-26-13390 (this case)", "Residual tumour"): the other rows' values are
    the samples before treatment (variants4 v4-A-02: the pre-treatment core biopsy's 3+ row above
    the mastectomy's 0 row), and each value is named by its row."""
    labelled = [(f, x) for f in found for x in cells if x.label and x.cell.start < f.nend <= x.cell.end + 1]
    current = {x.label.text for _, x in labelled if x.label and samples().current_row.search(x.label.text)}
    labels = {x.label.text for _, x in labelled if x.label}
    if not s.ctx.post_treatment or len(current) != 1 or len(labels) < 2:
        return found
    for f, x in labelled:
        if x.label is None:
            continue
        f.specimen = " ".join(x.label.text.split())
        f.pre_treatment = x.label.text not in current
    return found
