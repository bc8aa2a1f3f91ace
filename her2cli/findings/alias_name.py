"""HER2 written as the bracketed alias of the gene symbol: "ERBB2 (HER2)   AMPLIFICATION DETECTED
copy number 9", "Interpretation: ERBB2 (HER2) amplification detected (22 copies ...)" (fix23, family
3). The mention found is "HER2", and in a report that names ISH anywhere a "HER2" mention with no
sequencing cue near it was read as ISH, so a panel's amplification call filled the record's ISH
field (devset23 b23-f04-01/03). The alias names the gene the panel sequenced: the mention is read
as the gene symbol is (`ngs.toml` erbb2-alias-before)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind

if TYPE_CHECKING:
    from .scanner import PageScanner

REACH = 12  # characters before the mention where the gene symbol and its bracket may stand


@dataclass(frozen=True)
class _Words:
    erbb2_alias_before: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ngs",))


def alias_of_gene_symbol(s: PageScanner, start: int) -> bool:
    """The mention at `start` is the alias of the gene symbol just before it ("ERBB2 (HER2)")."""
    t = s.text
    lo = max(0, start - REACH)
    if "2" not in t[lo:start]:
        return False
    return _words().erbb2_alias_before.search(t, lo, start) is not None
