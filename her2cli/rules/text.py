"""Patterns over text that is not a HER2 phrase (data/rules/text.toml): OCR misreads undone before
matching, control codes and letters in a text file, numbers as the explanation and the pages
write them. Read and compiled on first use, so the layers that use them (sources, normalize,
explain, render) pay nothing at import."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .patterns import bind, pattern_file


@dataclass(frozen=True, init=False, eq=False, repr=False)
class TextPatterns:
    """The text patterns, by name (made by patterns.bind: no generated __init__, __eq__ or
    __repr__, which cost start-up time; rules/compiled.py)."""

    terminal_escape: regex.Pattern[str]
    escape_start: regex.Pattern[str]
    whitespace: regex.Pattern[str]
    letter: regex.Pattern[str]
    decimal_number: regex.Pattern[str]
    percent_as_written: regex.Pattern[str]
    qualified_percent: regex.Pattern[str]
    number_with_dashes: regex.Pattern[str]
    fhir_subject: regex.Pattern[str]
    page_marker: regex.Pattern[str]
    # (replacement, pattern) in file order: OCR misreads undone one character for one
    ocr_fixes: tuple[tuple[str, regex.Pattern[str]], ...]


@cache
def text_patterns() -> TextPatterns:
    return bind(TextPatterns, ("text",), ocr_fixes=pattern_file("text").listed("ocr-fix"))
