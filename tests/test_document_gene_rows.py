"""A report is a sequencing report when a HER2 name opens a row among other genes' rows
(findings/document.among_gene_rows). The fast path asks first whether any line of the report is
such a row at all (`may_have_gene_rows`): a report with none skips the whole-text pass of the HER2
names (issue 13, speed20). Both ways must give the same report context."""

from __future__ import annotations

import pytest

from her2cli.findings import scope
from her2cli.findings.document import document_context, may_have_gene_rows
from her2cli.rules import compiled

GENE_TABLE_PAGES = [
    "MOLECULAR PROFILE\nSpecimen: liver core, block B2\n\nSummary on the next page.\n",
    "Gene     Alteration\nCCNE1    amplification - 8 copies\n"
    "ERBB2    amplification - equivocal (~6 copies)\nTP53     R175H\n",
]
STAIN_TABLE_PAGES = [
    "SURGICAL PATHOLOGY\nSpecimen: left breast core\n\nImmunohistochemistry on the next page.\n",
    "Marker   Result\nMLH1     retained\nAR       positive (80%)\nHER2     2+ (equivocal)\n",
]
# a copy-number sentence is no row: a gene must open its line
PROSE_PAGES = [
    "NGS COMMENT\nThe CCNE1 copy number is 8 and\n",
    "HER2 was tested by IHC: 1+ (negative).\n",
]


def test_a_gene_row_may_hold_the_name() -> None:
    assert may_have_gene_rows("\n".join(GENE_TABLE_PAGES), compiled())


@pytest.mark.parametrize("pages", [STAIN_TABLE_PAGES, PROSE_PAGES], ids=["stain-rows", "prose"])
def test_no_gene_row_skips_the_pass(pages: list[str]) -> None:
    assert not may_have_gene_rows("\n".join(pages), compiled())


def test_a_line_longer_than_the_line_reach_always_asks() -> None:
    text = "MLH1 retained " + "x" * scope.LINE_REACH + "\nHER2 2+\n"
    assert may_have_gene_rows(text, compiled())


@pytest.mark.parametrize(
    ("pages", "sequencing"),
    [(GENE_TABLE_PAGES, True), (STAIN_TABLE_PAGES, False), (PROSE_PAGES, False)],
    ids=["gene-table", "stain-rows", "prose"],
)
def test_context_is_the_same_both_ways(pages: list[str], sequencing: bool) -> None:
    scope.clear_memo()
    fast = document_context(pages, compiled())
    assert fast.ngs_document is sequencing
    scope.clear_memo()
    scope.FAST_PATH = False
    try:
        slow = document_context(pages, compiled())
    finally:
        scope.FAST_PATH = True
        scope.clear_memo()
    assert fast == slow
