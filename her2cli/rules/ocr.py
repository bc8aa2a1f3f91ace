"""OCR rules as data (her2cli/data/rules/ocr.toml): the lines whose confidence picks Tesseract's
page segmentation, the cue words whose confidence decides whether a finding read by OCR stands,
and the one-character damage that is repaired. Read, checked and compiled once per process, on
first use (a text report never reads the file).

Word lists are records whose pattern is ^(?:word|word|...)$ over literal words: they are matched
against one word as read, and their words are also listed (a long cue word one character away
from a word as read is that word, damaged). Templates hold {value} where a finding's number goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

__all__ = ["Her2Focus", "OcrRules", "ocr_focus", "ocr_rules", "word_list"]

RULE_FILE = "ocr"
VALUE_SLOT = "{value}"
_WORD_LIST = regex.compile(r"\^\(\?:([a-z][a-z-]*(?:\|[a-z][a-z-]*)*)\)\$")


@dataclass(frozen=True)
class OcrRules:
    """The compiled OCR rules, by what they are for."""

    her2_line: regex.Pattern[str]
    score_suspect: regex.Pattern[str]
    score_cell: regex.Pattern[str]
    word_char: regex.Pattern[str]
    edge_punct: regex.Pattern[str]
    her2_name: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    cue_words: frozenset[str]
    not_negations: frozenset[str]
    result_words: tuple[str, ...]
    not_damaged: frozenset[str]
    result_token: regex.Pattern[str]
    damaged_her2_name: regex.Pattern[str]
    letter_zero_score: regex.Pattern[str]  # "puntaje O": a zero OCR read as the letter O
    split_triggers: frozenset[str]  # words OCR split, joined again (findings/ocr_split.py)
    split_control_words: frozenset[str]
    split_companions: frozenset[str]
    split_piece: regex.Pattern[str]
    split_gap: regex.Pattern[str]
    split_decimal: regex.Pattern[str]
    split_her2_name: regex.Pattern[str]
    split_ratio: regex.Pattern[str]
    split_score: regex.Pattern[str]
    split_result_word: regex.Pattern[str]  # "HER2 NEGAT IVE" (probe23)
    value_alone: str  # templates: {value} is replaced by a number, escaped
    whole_number: str

    def value_pattern(self, template: str, value: str) -> regex.Pattern[str]:
        """A template with a finding's number in it (compiled once per number by regex's cache)."""
        return regex.compile(template.replace(VALUE_SLOT, regex.escape(value)))


def word_list(pattern: str, where: str) -> tuple[str, ...]:
    """The words of a word-list pattern ^(?:a|b|c)$, in order; anything else is refused."""
    m = _WORD_LIST.fullmatch(pattern)
    if m is None:
        raise ValueError(f"{where}: a word list is ^(?:word|word|...)$ with lower-case literal words")
    return tuple(m.group(1).split("|"))


def _family_words(records: dict[str, tuple[str, str]], family: str, where: str) -> tuple[str, ...]:
    words: list[str] = []
    for pid, (fam, pattern) in records.items():
        if fam == family:
            words += word_list(pattern, f"{where}: pattern {pid!r}")
    if not words:
        raise ValueError(f"{where}: no records of family {family!r}")
    return tuple(words)


@cache
def ocr_rules() -> OcrRules:
    """The rules of her2cli/data/rules/ocr.toml, checked and compiled once per process."""
    from .patterns import pattern_file

    patterns = pattern_file(RULE_FILE)
    records = {r.id: (r.family, r.pattern) for r in patterns.records}
    where = patterns.where
    for pid in ("ocr-value-alone", "ocr-whole-number"):
        if VALUE_SLOT not in records[pid][1]:
            raise ValueError(f"{where}: pattern {pid!r} must hold {VALUE_SLOT}")
    return OcrRules(
        her2_line=patterns["ocr-her2-line"],
        score_suspect=patterns["ocr-score-suspect"],
        score_cell=patterns["ocr-score-cell"],
        word_char=patterns["ocr-word-char"],
        edge_punct=patterns["ocr-edge-punct"],
        her2_name=patterns["ocr-her2-name"],
        sentence_end=patterns["ocr-sentence-end"],
        cue_words=frozenset(_family_words(records, "ocr-cue", where)),
        not_negations=frozenset(_family_words(records, "ocr-not-negation", where)),
        result_words=_family_words(records, "ocr-result-word", where),
        not_damaged=frozenset(_family_words(records, "ocr-not-damaged", where)),
        result_token=patterns["ocr-result-token"],
        damaged_her2_name=patterns["ocr-damaged-her2-name"],
        letter_zero_score=patterns["ocr-letter-zero-score"],
        split_triggers=frozenset(_family_words(records, "ocr-split-trigger", where)),
        split_control_words=frozenset(_family_words(records, "ocr-split-control-word", where)),
        split_companions=frozenset(_family_words(records, "ocr-split-companion", where)),
        split_piece=patterns["ocr-split-piece"],
        split_gap=patterns["ocr-split-gap"],
        split_decimal=patterns["ocr-split-decimal"],
        split_her2_name=patterns["ocr-split-her2-name"],
        split_ratio=patterns["ocr-split-ratio"],
        split_score=patterns["ocr-split-score"],
        split_result_word=patterns["ocr-split-result-word"],
        value_alone=records["ocr-value-alone"][1],
        whole_number=records["ocr-whole-number"][1],
    )


class Her2Focus:
    """The lines of an OCR'd page that matter, for the page reader: those naming HER2 as OCR
    reads it ("HERZ", "HER?" included); and the words on such a page worth reading again on
    their own (shaped like a damaged IHC score) with the form a clean second reading has. The
    reader knows nothing about HER2: it is handed this object (sources.ocr_layout.CellFocus).
    The rule file is read at the first line asked about, so a report that needs no OCR never
    reads it; a plain class, so a batch worker can be handed it."""

    def __call__(self, line: str) -> object:
        return ocr_rules().her2_line.search(line)

    def suspect_word(self, word: str) -> bool:
        return ocr_rules().score_suspect.fullmatch(word) is not None

    def clean_word(self, word: str) -> bool:
        return ocr_rules().score_cell.fullmatch(word) is not None


def ocr_focus() -> Her2Focus:
    """The focus her2cli hands the page reader (see Her2Focus)."""
    return Her2Focus()
