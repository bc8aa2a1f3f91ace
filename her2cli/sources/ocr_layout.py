"""Tesseract's TSV word boxes -> page text laid out as lines, with each word's confidence.

Kept apart from the image work (imageprep) and from running Tesseract (ocr) because it is pure
text logic: it is tested with hand-written TSV, no binary needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

__all__ = [
    "CellFocus",
    "LineFocus",
    "char_width",
    "OcrLine",
    "OcrText",
    "OcrWord",
    "focus_bands",
    "focus_unclear",
    "focus_confidence",
    "lay_out",
    "parse_tsv",
    "merge_strip",
    "tsv_lines",
]

# Which lines of a page matter (her2cli passes the search of its "HER2 line" rule): where the
# page segmentation is judged. The reader itself knows nothing about HER2.
LineFocus = Callable[[str], object]


@runtime_checkable
class CellFocus(Protocol):
    """A focus that also names the words worth reading again on their own (her2cli: words shaped
    like a damaged IHC score) and the form a clean second reading of one has (sources.ocr_cells)."""

    def __call__(self, line: str) -> object: ...

    def suspect_word(self, word: str) -> bool: ...

    def clean_word(self, word: str) -> bool: ...


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
CELL_SEPARATOR = "  "


@dataclass
class OcrWord:
    text: str
    conf: float
    left: int
    right: int


@dataclass
class OcrLine:
    """One line as Tesseract found it (its block, paragraph and line number), with its box."""

    key: LineKey
    top: int
    bottom: int
    words: list[OcrWord] = field(default_factory=list)
    strip: bool = False  # read again apart, in a strip of the page: its block numbers are its own

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def chars(self) -> int:
        return sum(len(w.text) + 1 for w in self.words) - 1


def tsv_lines(tsv: str, *, block_offset: int = 0, top_offset: int = 0, scale: float = 1.0) -> list[OcrLine]:
    """Tesseract's lines in its reading order, each with its words (table rules and empty words
    left out) and its box. `top_offset` and `block_offset` place the lines of a strip of the
    page (read apart) on the page: pixels down, and block numbers of their own; `scale` is how
    much the strip was enlarged for its reading (its boxes are brought back to the page's size)."""
    lines: dict[LineKey, OcrLine] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] not in ("4", "5"):
            continue
        try:
            key = (int(cols[1]), int(cols[2]) + block_offset, int(cols[3]), int(cols[4]))
            left, top, width, height = (round(int(cols[i]) / scale) for i in (6, 7, 8, 9))
            top += top_offset
            conf = float(cols[10])
        except ValueError:
            continue
        if cols[0] == "4":
            lines[key] = OcrLine(key, top, top + height, strip=block_offset > 0)
            continue
        word = cols[11].strip()
        if word and not set(word) <= TABLE_RULES:
            line = lines.setdefault(key, OcrLine(key, top, top + height, strip=block_offset > 0))
            line.words.append(OcrWord(word, max(0.0, min(100.0, conf)), left, left + width))
    return [line for line in lines.values() if line.words]


def _same_row(a: OcrLine, b: OcrLine) -> bool:
    """Side by side at one height: they share most of the lower one's height, and do not overlap."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    lower = min(a.bottom - a.top, b.bottom - b.top)
    return lower > 0 and shared >= ROW_OVERLAP * lower and (a.right <= b.left or b.right <= a.left)


def _row_of(start: int, lines: list[OcrLine], used: set[int]) -> list[int]:
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


def _joinable(a: OcrLine, b: OcrLine) -> bool:
    return a.right <= b.left and min(a.chars, b.chars) <= SHORT_CELL


def _rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """The page's rows in Tesseract's reading order: each line with the cells beside it."""
    used: set[int] = set()
    rows: list[list[OcrLine]] = []
    for i in range(len(lines)):
        if i in used:
            continue
        members = _row_of(i, lines, used)
        used.update(members)
        rows.append([lines[j] for j in members])
    return rows


def _row_break(prev: list[OcrLine], row: list[OcrLine], unit: float) -> str:
    """What goes between two rows: a newline within a paragraph; a blank line where a new region
    (no Tesseract block in common) starts, or a new paragraph after a gap the page shows. Where
    a strip read apart meets the page, blocks say nothing (they were numbered apart): only the
    gap counts."""
    if {line.key[:3] for line in prev} & {line.key[:3] for line in row}:
        return "\n"
    strip_edge = any(line.strip for line in prev) != any(line.strip for line in row)
    if not strip_edge and not {line.key[:2] for line in prev} & {line.key[:2] for line in row}:
        return "\n\n"
    gap = min(line.top for line in row) - max(line.bottom for line in prev)
    return "\n\n" if gap >= BLANK_LINE_GAP * unit else "\n"


class _Page:
    """Text being laid out, with each word's offset and confidence."""

    def __init__(self, char_width: float) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.confidences: dict[int, float] = {}
        self.char_width = char_width

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def newline(self, sep: str) -> None:
        self.add(sep)

    def word(self, word: OcrWord, previous: OcrWord | None) -> None:
        """The word after a space, or after two where the gap before it is as wide as a table's
        column gap (a cell boundary, as in a text PDF's row view). Not padded out to its column:
        the reading windows are counted in characters, and a padded row pushed a score out of
        reach of its heading."""
        if previous is not None:
            gap = word.left - previous.right
            self.add(CELL_SEPARATOR if gap >= CELL_GAP_CHARS * self.char_width else " ")
        self.confidences[self.length] = word.conf
        self.add(word.text)


def char_width(lines: list[OcrLine]) -> float:
    """The page's median character width in pixels (a word's width over its letters)."""
    widths = sorted(
        (w.right - w.left) / len(w.text) for line in lines for w in line.words if len(w.text) >= 3
    )
    return max(1.0, widths[len(widths) // 2]) if widths else 10.0


def lay_out(lines: list[OcrLine]) -> OcrText:
    """Page text from Tesseract's lines (in its reading order): words laid out as rows.

    Words on one line are joined by a space, or by two after a gap as wide as a table's column
    gap. Lines of other blocks beside a line, at its height, are joined into its row
    (a table row whose cells Tesseract read as columns stays one row; a label and its value in
    two columns are joined), unless both are long (two columns of prose keep their order). Rows
    are separated by a newline, or a blank line where the page shows a gap or a new region
    starts. Words that are only "|" are table rules, not text, and are dropped. Each word's
    start offset is recorded so its confidence can be looked up.
    """
    heights = sorted(line.bottom - line.top for line in lines if line.bottom > line.top)
    unit = float(heights[len(heights) // 2]) if heights else 1.0
    page = _Page(char_width(lines))
    previous_row: list[OcrLine] | None = None
    for row in _rows(lines):
        if previous_row is not None:
            page.newline(_row_break(previous_row, row, unit))
        previous: OcrWord | None = None
        for line in row:
            for word in line.words:
                page.word(word, previous)
                previous = word
        previous_row = row
    confidences = page.confidences
    mean = sum(confidences.values()) / len(confidences) if confidences else None
    return OcrText(text="".join(page.parts), mean_confidence=mean, word_confidences=confidences)


def parse_tsv(tsv: str) -> OcrText:
    """Page text rebuilt from Tesseract's TSV (see lay_out)."""
    return lay_out(tsv_lines(tsv))


def focus_confidence(reading: OcrText, focus: LineFocus) -> float | None:
    """Mean confidence of the words on the lines `focus` picks (for her2cli: the lines naming
    HER2) and on the line after each (where a wrapped value or the next table row continues);
    None when it picks no line.

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
        if focus(line):
            marked.append(spans[i])
            if i + 1 < len(spans):
                marked.append(spans[i + 1])
    if not marked:
        return None
    values = [c for offset, c in reading.word_confidences.items() if any(a <= offset < b for a, b in marked)]
    return sum(values) / len(values) if values else None


def focus_unclear(lines: list[OcrLine], focus: LineFocus, below: float) -> bool:
    """Whether a word (not punctuation) of a line `focus` picks was read with confidence under
    `below`: the words that decide a finding are on these lines, and an unclear one sets the
    finding aside (findings.ocr_trust), so a second reading of its strip is worth its cost."""
    return any(
        w.conf < below and any(ch.isalnum() for ch in w.text)
        for line in lines
        if focus(" ".join(x.text for x in line.words))
        for w in line.words
    )


def focus_bands(lines: list[OcrLine], focus: LineFocus) -> list[tuple[int, int]]:
    """Strips of the page (top, bottom in pixels) around the lines `focus` picks: each such line
    down to the bottom of the next line found below it (text Tesseract lost between them, a
    wrapped value, the next table row), half a line height above and below, widened to every
    line they touch and merged where they meet. These are what a second reading needs to see."""
    heights = sorted(line.bottom - line.top for line in lines if line.bottom > line.top)
    pad = (heights[len(heights) // 2] if heights else 0) // 2
    by_top = sorted(lines, key=lambda line: line.top)
    spans: list[tuple[int, int]] = []
    for line in lines:
        if focus(" ".join(w.text for w in line.words)):
            below = next((other.bottom for other in by_top if other.top >= line.bottom - pad), line.bottom)
            spans.append((line.top - pad, max(line.bottom, below) + pad))
    spans.sort()
    bands: list[tuple[int, int]] = []
    for top, bottom in spans:
        for line in by_top:  # never cut a line in two
            if line.top < bottom and line.bottom > top:
                top, bottom = min(top, line.top - pad), max(bottom, line.bottom + pad)
        if bands and top <= bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], bottom))
        else:
            bands.append((max(0, top), bottom))
    return bands


def _overlap(a: OcrLine, b: OcrLine) -> bool:
    """The same text read twice: most of the lower line's height shared, and some width."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    lower = min(a.bottom - a.top, b.bottom - b.top)
    return lower > 0 and shared >= ROW_OVERLAP * lower and min(a.right, b.right) > max(a.left, b.left)


def merge_strip(
    lines: list[OcrLine],
    band: tuple[int, int],
    again: list[OcrLine],
    better: Callable[[list[OcrLine], list[OcrLine]], bool],
) -> list[OcrLine]:
    """The page's lines with a strip's second reading taken where it is `better`, piece by piece.

    The page's lines inside the band and the strip's lines are grouped where they overlap (the
    same words read twice: one row of cells may be one line in one reading and three in the
    other); each group's second reading replaces its first when `better(second, first)`, in the
    first's place in the reading order. Strip lines that overlap nothing are text the first
    reading lost; they come after the page line above them.
    """
    top, bottom = band
    inside = [i for i, line in enumerate(lines) if top <= (line.top + line.bottom) / 2 < bottom]
    parent = list(range(len(inside) + len(again)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, i in enumerate(inside):
        for b, line in enumerate(again):
            if _overlap(lines[i], line):
                parent[find(a)] = find(len(inside) + b)
    groups: dict[int, tuple[list[int], list[OcrLine]]] = {}
    for a, i in enumerate(inside):
        groups.setdefault(find(a), ([], []))[0].append(i)
    for b, line in enumerate(again):
        groups.setdefault(find(len(inside) + b), ([], []))[1].append(line)
    dropped: set[int] = set()
    placed: dict[int, list[OcrLine]] = {}  # page line index -> strip lines that come in its place or after it
    for olds, news in groups.values():
        if not news or not better(news, [lines[i] for i in olds]):
            continue
        if olds:
            dropped.update(olds)
            placed.setdefault(min(olds), []).extend(news)
            continue
        above = [i for i in inside if lines[i].top <= news[0].top] or inside[:1] or [-1]
        placed.setdefault(max(above), []).extend(news)
    if not placed:
        return lines
    out: list[OcrLine] = list(placed.get(-1, []))
    for i, line in enumerate(lines):
        if i not in dropped:
            out.append(line)
        out.extend(placed.get(i, []))
    return out
