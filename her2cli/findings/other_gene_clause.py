"""A clause that opens with another gene's symbol after the HER2 name's own answer: "ERBB2:
wild-type; MET not amplified (CN 2.3)", "ERBB2 amplified (CN 12), FGFR1 not amplified". The
amplification words and the copy number of that clause are that gene's, not ERBB2's (fix21:
review20 probe m-met read NEGATIVE for a report that gives no ERBB2 amplification result; an
ERBB2 amplification beside another gene's "not amplified" lost to that negation).

Only after the name's own answer: a list of names with one shared answer ("ERBB2, EGFR and MET:
not amplified") has nothing of ERBB2's own before its first comma, and keeps the shared words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scope import line_end

if TYPE_CHECKING:
    from ..rules import Compiled

CLAUSE_BREAKS = (";", ",")
EDGE = " \t:|-()/"


def another_gene_clause_before(text: str, name_end: int, pos: int, c: Compiled) -> bool:
    """Between the HER2 name's end and `pos`, a clause break after some words of the name's own
    is followed by another gene's symbol: `pos` lies in that gene's clause."""
    if pos <= name_end:
        return False
    for brk in CLAUSE_BREAKS:
        at = text.find(brk, name_end, pos)
        while at >= 0:
            if _opens_other_gene(text, at + 1, pos, c) and _own_words(text, name_end, at, c):
                return True
            at = text.find(brk, at + 1, pos)
    # the chromosome 17 probe opens only the clause `pos` itself lies in ("HER2 AMPLIFIED; CEP17
    # not amplified"): "HER2 6.1 copies; CEP17 2.0 copies; ratio 3.1, amplified" is HER2's count
    last = max(text.rfind(brk, name_end, pos) for brk in CLAUSE_BREAKS)
    return (
        last >= 0
        and _opens_other_gene(text, last + 1, pos, c, probes=True)
        and _own_words(text, name_end, last, c)
    )


def other_gene_clause_start(text: str, pos: int, hi: int, c: Compiled) -> int:
    """`hi`, or the clause break on `pos`'s line after which another gene or probe opens a clause
    with an amplification word of its own: "HER2 FISH: amplified, TOP2A not amplified", "HER2
    amplified; TOP2A and CEP17 not amplified". The HER2 word's reach ends there: that clause's
    negation is the other gene's (fix22: review21 read such a line NEGATIVE).

    A shared answer after a list ("HER2 amplification, TOP2A and MYC: not detected") has no
    amplification word of the other gene's own and keeps the whole window."""
    stop = min(hi, line_end(text, pos))
    for brk in CLAUSE_BREAKS:
        at = text.find(brk, pos, stop)
        while at >= 0:
            if _opens_other_gene(text, at + 1, stop, c, probes=True) and _has_amp_word(text, at + 1, stop, c):
                return at
            at = text.find(brk, at + 1, stop)
    return hi


def _has_amp_word(text: str, start: int, stop: int, c: Compiled) -> bool:
    """The clause from `start` to its next break holds an amplification word."""
    ends = [e for e in (text.find(b, start, stop) for b in CLAUSE_BREAKS) if e >= 0]
    return c.amp_word.search(text, start, min(ends, default=stop)) is not None


def _opens_other_gene(text: str, start: int, pos: int, c: Compiled, probes: bool = False) -> bool:
    head = start + len(text[start:pos]) - len(text[start:pos].lstrip(" \t"))
    if head >= pos or c.her2.match(text, head):
        return False
    if probes and c.chromosome17_probe.match(text, head):
        return True  # "CEP17 not amplified": the reference probe's word
    for p in (c.gene_like, c.panel_gene, c.other_marker_cs):
        g = p.match(text, head)
        # "S26-04512 A2: amplified": a specimen accession, no gene (mend21a)
        if g is not None and c.symbol_accession_tail.match(text, g.end()) is None:
            return True
    return False


def _own_words(text: str, name_end: int, brk: int, c: Compiled) -> bool:
    """The name has words of its own before the break ("wild-type", "amplified (CN 12)"), not only
    another spelling of itself ("ERBB2 (HER2),")."""
    own = c.her2.sub("", text[name_end:brk]).strip(EDGE)
    return any(ch.isalnum() for ch in own)
