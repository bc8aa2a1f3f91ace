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
    (small-angle correction, degrees), `despeckled` (specks removed), `flattened` (uneven
    lighting divided out) and `straightened` (a photographed page warped to a rectangle)
    describe what was done to the image, for diagnostics and benchmarks.
    """

    text: str
    mean_confidence: float | None
    word_confidences: dict[int, float] = field(default_factory=dict)
    dpi: int | None = None
    rotation: int = 0
    skew: float = 0.0
    despeckled: bool = False
    flattened: bool = False
    straightened: bool = False
    psm: int = 3


LineKey = tuple[int, int, int, int]  # page, block, paragraph, line: Tesseract's TSV numbering
# A paragraph break becomes a blank line only when the page shows one: a vertical gap of at
# least this many median line heights. Tesseract makes every table row its own paragraph, and
# blank lines between the rows would cut "Mean HER2 signals per cell 3.5" off from its table.
BLANK_LINE_GAP = 1.2
TABLE_RULES = frozenset("|¦")  # Tesseract reads vertical table rules as "|" words
# Lines of other blocks beside a line, at its height, are the other cells of its table row or
# the value of its label: they are joined into one row when one of two neighbouring pieces is
# at most SHORT_CELL characters (a cell, a label, a value). Two long pieces side by side are
# columns of prose, and stay apart in Tesseract's reading order.
SHORT_CELL = 32
ROW_OVERLAP = 0.5  # share of the lower line's height two pieces must share to be one row
CELL_GAP_CHARS = 2.5  # a gap between words this many characters wide separates cells


@dataclass
class _Word:
    text: str
    conf: float
    left: int
    right: int


@dataclass
class _Line:
    """One line as Tesseract found it (its block, paragraph and line number), with its box."""

    key: LineKey
    top: int
    bottom: int
    words: list[_Word] = field(default_factory=list)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def chars(self) -> int:
        return sum(len(w.text) + 1 for w in self.words) - 1


def _tsv_lines(tsv: str) -> list[_Line]:
    """Tesseract's lines in its reading order, each with its words (table rules and empty words
    left out) and its box."""
    lines: dict[LineKey, _Line] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] not in ("4", "5"):
            continue
        try:
            key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
            left, top, width, height = int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9])
            conf = float(cols[10])
        except ValueError:
            continue
        if cols[0] == "4":
            lines[key] = _Line(key, top, top + height)
            continue
        word = cols[11].strip()
        if word and not set(word) <= TABLE_RULES:
            line = lines.setdefault(key, _Line(key, top, top + height))
            line.words.append(_Word(word, max(0.0, min(100.0, conf)), left, left + width))
    return [line for line in lines.values() if line.words]


def _same_row(a: _Line, b: _Line) -> bool:
    """Side by side at one height: they share most of the lower one's height, and do not overlap."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    lower = min(a.bottom - a.top, b.bottom - b.top)
    return lower > 0 and shared >= ROW_OVERLAP * lower and (a.right <= b.left or b.right <= a.left)


def _row_of(start: int, lines: list[_Line], used: set[int]) -> list[int]:
    """Indexes of the lines that make one row with lines[start]: lines of other blocks beside it,
    joined left to right while one of each two neighbours is short (a cell, a label, a value)."""
    line = lines[start]
    beside = [
        j
        for j, other in enumerate(lines)
        if j not in used and j != start and other.key[:2] != line.key[:2] and _same_row(line, other)
    ]
    if not beside:
        return [start]
    pieces = sorted([start, *beside], key=lambda j: lines[j].left)
    at = pieces.index(start)
    lo = hi = at
    while lo > 0 and _joinable(lines[pieces[lo - 1]], lines[pieces[lo]]):
        lo -= 1
    while hi + 1 < len(pieces) and _joinable(lines[pieces[hi]], lines[pieces[hi + 1]]):
        hi += 1
    return pieces[lo : hi + 1]


def _joinable(a: _Line, b: _Line) -> bool:
    return a.right <= b.left and min(a.chars, b.chars) <= SHORT_CELL


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """The page's rows in Tesseract's reading order: each line with the cells beside it."""
    used: set[int] = set()
    rows: list[list[_Line]] = []
    for i in range(len(lines)):
        if i in used:
            continue
        members = _row_of(i, lines, used)
        used.update(members)
        rows.append([lines[j] for j in members])
    return rows


def _row_break(prev: list[_Line], row: list[_Line], unit: float) -> str:
    """What goes between two rows: a blank line where the page shows a gap, or where a new region
    (another Tesseract block) starts; a newline otherwise."""
    gap = min(line.top for line in row) - max(line.bottom for line in prev)
    if gap >= BLANK_LINE_GAP * unit:
        return "\n\n"
    blocks = {line.key[:2] for line in prev}
    if not blocks & {line.key[:2] for line in row}:
        return "\n\n"
    return "\n"


class _Page:
    """Text being laid out, with each word's offset and confidence."""

    def __init__(self, char_width: float, origin: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.line_start = 0
        self.confidences: dict[int, float] = {}
        self.char_width = char_width
        self.origin = origin

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def newline(self, sep: str) -> None:
        self.add(sep)
        self.line_start = self.length

    def word(self, word: _Word, previous: _Word | None) -> None:
        """The word after a space, or, after a gap as wide as a table's column gap, at the column
        where it stands on the page (two spaces at least), so columns line up as in a text PDF."""
        if previous is not None:
            gap = word.left - previous.right
            if gap >= CELL_GAP_CHARS * self.char_width:
                column = round((word.left - self.origin) / self.char_width)
                self.add(" " * max(2, column - (self.length - self.line_start)))
            else:
                self.add(" ")
        self.confidences[self.length] = word.conf
        self.add(word.text)


def _char_width(lines: list[_Line]) -> float:
    """The page's median character width in pixels (a word's width over its letters)."""
    widths = sorted((w.right - w.left) / len(w.text) for line in lines for w in line.words if len(w.text) >= 3)
    return max(1.0, widths[len(widths) // 2]) if widths else 10.0


def parse_tsv(tsv: str) -> OcrText:
    """Rebuild page text from Tesseract's TSV: words in reading order, laid out as rows.

    Words on one line are joined by a space, or by spaces up to their column after a gap as wide
    as a table's. Lines of other blocks beside a line, at its height, are joined into its row
    (a table row whose cells Tesseract read as columns stays one row; a label and its value in
    two columns are joined), unless both are long (two columns of prose keep their order). Rows
    are separated by a newline, or a blank line where the page shows a gap or a new region
    starts. Words that are only "|" are table rules, not text, and are dropped. Each word's
    start offset is recorded so its confidence can be looked up.
    """
    lines = _tsv_lines(tsv)
    heights = sorted(line.bottom - line.top for line in lines if line.bottom > line.top)
    unit = float(heights[len(heights) // 2]) if heights else 1.0
    page = _Page(_char_width(lines), min((line.left for line in lines), default=0))
    previous_row: list[_Line] | None = None
    for row in _rows(lines):
        if previous_row is not None:
            page.newline(_row_break(previous_row, row, unit))
        previous: _Word | None = None
        for line in row:
            for word in line.words:
                page.word(word, previous)
                previous = word
        previous_row = row
    confidences = page.confidences
    mean = sum(confidences.values()) / len(confidences) if confidences else None
    return OcrText(text="".join(page.parts), mean_confidence=mean, word_confidences=confidences)


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
