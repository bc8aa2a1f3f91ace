"""KRAS, NRAS and BRAF on the gene list of a tissue panel whose whole result is that nothing was
found ("RESULT: No reportable alterations." above "Genes tested (partial): ... KRAS ... NRAS ...
BRAF ..."): those genes were sequenced and carry no variant, so they are wild-type (devset8
b8-f04-05). Only a result line that says so of the whole test counts, never a blood test (a
blood "not detected" is no wild-type, facts.md §7, §10), and only genes with no reading of their
own (a gene's own row always decides)."""

from __future__ import annotations

from ..rules import Compiled
from .scope import finditer, search

LIST_REACH = 600  # characters after a "Genes tested:" label that its list may run over


def tested_wild_type(texts: list[str], c: Compiled) -> set[str]:
    """The RAS/BRAF genes ("kras", "nras", "braf") a panel with nothing found lists as tested."""
    genes: set[str] = set()
    for text in texts:
        if search(c.whole_result_no_alterations, text) is None:
            continue
        for label in finditer(c.genes_tested_label, text):
            end = text.find("\n\n", label.end(), label.end() + LIST_REACH)
            block = text[label.end() : end if end >= 0 else min(len(text), label.end() + LIST_REACH)]
            genes |= {
                m.group("gene").lower() for m in finditer(c.ras_gene, block) if m.group("gene").isupper()
            }
    return genes & {"kras", "nras", "braf"}
