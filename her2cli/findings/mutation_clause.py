"""A sequencing gene row that answers the mutation first and the amplification after a semicolon
("ERBB2: no mutation; not amplified"): the name's own statement ends at the semicolon
(findings/scope.py), so its amplification words were never read and the row gave no result
(probe20, devset22 b22-f04-03/-10: a tissue panel read not found).

When the words from the name to that semicolon are only the mutation's negative answer
(ngs.toml mutation-clause-before-amp: "no mutation", "wild-type", "mutations: not detected"),
the clause after it on the same line is the name's amplification answer too: the reach for
amplification words runs on to that clause's end. A variant named before the semicolon, or any
other words, keep the stop; the clause ends at its line, its sentence and the name's far scope
(which stops at another marker: "ERBB2: no mutation; EGFR amplified" stays EGFR's)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from ..rules.patterns import bind
from .scope import line_end, search, sentence_end

if TYPE_CHECKING:
    from ..rules import Compiled
    from .mention_scope import MentionScope


@dataclass(frozen=True)
class _Words:
    mutation_clause_before_amp: regex.Pattern[str]


@cache
def _words() -> _Words:
    return bind(_Words, ("ngs",))


def amplification_reach(text: str, scope: MentionScope, c: Compiled) -> int:
    """Where the name's amplification words may stand: its near scope, or, after a mutation's
    negative answer and a semicolon, the end of the next clause on the same line."""
    stop = scope.near_stop
    if stop >= len(text) or text[stop] != ";" or stop <= scope.end:
        return stop
    if _words().mutation_clause_before_amp.match(text, scope.end, stop) is None:
        return stop
    row_end = line_end(text, stop)
    limit = min(row_end, scope.far_stop)
    # the clause names another gene (its amplification words are that gene's: review20, "ERBB2: no
    # mutation; amplification detected: MET") or a control ("amplified in positive control only")
    if any(search(p, text, stop + 1, row_end) for p in (c.gene_like, c.panel_gene, c.context["control"])):
        return stop
    return max(stop, min(limit, sentence_end(text, stop + 1, limit, c)))


def clause_floor(scope: MentionScope, reach: int, pos: int, lo: int) -> int:
    """Where the words before an amplification word at `pos` may be read from: a word in the
    clause after the mutation's semicolon reads back only to that semicolon, so the mutation's
    "no" is no negation of it ("ERBB2: no mutation; AMPLIFIED" is amplified)."""
    if reach > scope.near_stop and pos > scope.near_stop:
        return max(lo, scope.near_stop + 1)
    return lo
