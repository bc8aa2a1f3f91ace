"""Patterns that cut a quoted report line to whole sentences (data/rules/quotes.toml), used by
normalize.NormalizedText.quote_lines. Read and compiled on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .patterns import bind


@dataclass(frozen=True)
class QuotePatterns:
    quote_column_gap: regex.Pattern[str]
    quote_line_continues: regex.Pattern[str]
    quote_field_label: regex.Pattern[str]
    quote_sentence_end: regex.Pattern[str]
    quote_sentence_end_in_line: regex.Pattern[str]
    quote_abbreviation: regex.Pattern[str]


@cache
def quote_patterns() -> QuotePatterns:
    return bind(QuotePatterns, ("quotes",))
