"""Tesseract's TSV word boxes -> page text laid out as lines, with each word's confidence.

Kept apart from the image work (imageprep) and from running Tesseract (ocr) because it is pure
text logic: it is tested with hand-written TSV, no binary needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["OcrText", "her2_region_confidence", "parse_tsv"]

# Lines that name HER2 the way OCR reads it ("HERZ", "HER?" included): where confidence matters.
HER2_LINE = re.compile(r"HER\s*-?\s*[2Z?]|ERBB\s*-?\s*[2Z]|c-?erb|\bneu\b|CEP\s*17", re.IGNORECASE)


@dataclass(frozen=True)
class OcrText:
    """Text Tesseract read from one page, with the confidence (0-100) of each word.

    `word_confidences` maps the character offset where a word starts in `text` to that word's
    confidence, so a finding built from a span of `text` can report how sure the OCR was.
    `dpi`, `rotation` (degrees turned counter-clockwise to make the page upright), `skew`
    (small-angle correction, degrees), `despeckled` (specks removed) and `flattened` (uneven
    lighting divided out) describe what was done
    to the image, for diagnostics and benchmarks.
    """

    text: str
    mean_confidence: float | None
    word_confidences: dict[int, float] = field(default_factory=dict)
    dpi: int | None = None
    rotation: int = 0
    skew: float = 0.0
    despeckled: bool = False
    flattened: bool = False
    psm: int = 3


LineKey = tuple[int, int, int, int]  # page, block, paragraph, line: Tesseract's TSV numbering
# A paragraph break becomes a blank line only when the page shows one: a vertical gap of at
# least this many median line heights. Tesseract makes every table row its own paragraph, and
# blank lines between the rows would cut "Mean HER2 signals per cell 3.5" off from its table.
BLANK_LINE_GAP = 1.2
TABLE_RULES = frozenset("|¦")  # Tesseract reads vertical table rules as "|" words


def _tsv_rows(tsv: str) -> tuple[dict[LineKey, tuple[int, int]], list[tuple[LineKey, float, str]]]:
    """Line boxes (top, height) and words (line, confidence, text) from Tesseract's TSV."""
    lines: dict[LineKey, tuple[int, int]] = {}
    words: list[tuple[LineKey, float, str]] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] not in ("4", "5"):
            continue
        try:
            key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
            top, height, conf = int(cols[7]), int(cols[9]), float(cols[10])
        except ValueError:
            continue
        if cols[0] == "4":
            lines[key] = (top, height)
            continue
        word = cols[11].strip()
        if word and not set(word) <= TABLE_RULES:
            words.append((key, conf, word))
    return lines, words


def _line_break(prev: LineKey, key: LineKey, lines: dict[LineKey, tuple[int, int]], unit: float) -> str:
    """What goes between the last word of line `prev` and the first word of line `key`."""
    if key[:2] != prev[:2]:  # another block: a column, a box, a region of its own
        return "\n\n"
    if key[2] == prev[2]:
        return "\n"
    (top0, h0), (top1, _) = lines.get(prev, (0, 0)), lines.get(key, (0, 0))
    return "\n\n" if top1 - (top0 + h0) >= BLANK_LINE_GAP * unit else "\n"


def parse_tsv(tsv: str) -> OcrText:
    """Rebuild page text from Tesseract's TSV: words in reading order, laid out as lines.

    Words on one line are joined by a space and lines by a newline. A new block (Tesseract's
    region: a column, a box) starts after a blank line, and so does a new paragraph, but only
    where the page shows a gap. Words that are only "|" are table rules, not text, and are
    dropped. Each word's start offset is recorded so its confidence can be looked up.
    """
    lines, words = _tsv_rows(tsv)
    heights = sorted(h for _, h in lines.values() if h > 0)
    unit = float(heights[len(heights) // 2]) if heights else 1.0
    parts: list[str] = []
    confidences: dict[int, float] = {}
    length = 0
    previous: LineKey | None = None
    for key, conf, word in words:
        if previous is not None:
            sep = " " if key == previous else _line_break(previous, key, lines, unit)
            parts.append(sep)
            length += len(sep)
        confidences[length] = max(0.0, min(100.0, conf))
        parts.append(word)
        length += len(word)
        previous = key
    mean = sum(confidences.values()) / len(confidences) if confidences else None
    return OcrText(text="".join(parts), mean_confidence=mean, word_confidences=confidences)


def her2_region_confidence(reading: OcrText) -> float | None:
    """Mean confidence of the words on the lines that name HER2 and on the line after each
    (where a wrapped value or the next table row continues); None when no line names HER2.

    A page is judged by these lines, not by its mean: a reading that gets the letterhead right
    and the HER2 row wrong is the worse reading for us.
    """
    marked: list[tuple[int, int]] = []
    pos = 0
    lines = reading.text.split("\n")
    spans = []
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    for i, line in enumerate(lines):
        if HER2_LINE.search(line):
            marked.append(spans[i])
            if i + 1 < len(spans):
                marked.append(spans[i + 1])
    if not marked:
        return None
    values = [c for offset, c in reading.word_confidences.items() if any(a <= offset < b for a, b in marked)]
    return sum(values) / len(values) if values else None
