"""Short score cells read again on their own: a "3+" that the page reading made "34" or "3", a
"0+" made "Oe:" or "+:".

A table cell or a value after a label that is only a score is two or three glyphs, and the page
reading (Tesseract's layout analysis over the whole page) guesses it from little context: on the
degraded set a fax's "Score: 3+" came back "Score: 34" with confidence 89, and a two-part table's
"3+ (positive)" as "3 (positive)". Cut out on its own and read as one line (--psm 7), the same
pixels read "3+" with confidence 91-96.

Which words: on a page with a line naming HER2 (the reader's focus), every word shaped like a
damaged score (the focus says which: her2cli's rule ocr-score-suspect; the reader itself knows
nothing about HER2). All of them go to Tesseract in one run, stacked on one
white canvas a line apart, so a page costs one more run, not one per word.

Safety (a wrong call is the worst outcome): the second reading replaces a word only when it is a
clean score (the focus says which: rule ocr-score-cell), read with confidence GOOD_CELL or more, and keeps the digit
the first reading saw (an "O" or "l" counts as 0 or 1); it never turns a word into a score that
the first reading gave another number. The word keeps its place and takes the second reading's
confidence, so findings.ocr_trust still judges the line it is on, its HER2 label included.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .ocr_layout import CellFocus, LineFocus, OcrLine, OcrWord

if TYPE_CHECKING:
    from PIL import Image

    from .ocr_segment import ReadLines

__all__ = ["GOOD_CELL", "MAX_CELLS", "read_score_cells", "score_suspects"]

GOOD_CELL = 85.0  # a second reading of a score word is taken at this confidence or more
MAX_CELLS = 24  # suspect words read again on one page (a page of numbers is not a HER2 table)
CELL_BLOCKS = 5000  # block numbers of the canvas's lines start here (apart from the page's)
CELL_DPI = 300.0  # the canvas is read at least at this resolution
CELL_PUNCT = ":;,.)"  # what may follow a score in its cell ("0+:", "3+)")
THIN_FILTER = 3  # a 3x3 maximum: ink loses a pixel at each edge
Rows = tuple[tuple[int, int], tuple[int, int]]  # a cell's two copies on the canvas: (top, bottom) each
_LOOK_ALIKE_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def score_suspects(lines: list[OcrLine], focus: LineFocus) -> list[tuple[int, int]]:
    """(line, word) indexes of the words the focus calls suspect (shaped like a damaged score), on
    a page with a line it picks; a word already read clean with confidence GOOD_CELL is left
    alone. A focus that names no words (a plain line test) picks none."""
    if not isinstance(focus, CellFocus):
        return []
    picked = [bool(focus(" ".join(w.text for w in line.words))) for line in lines]
    if not any(picked):
        return []
    found = [
        (i, j)
        for i, line in enumerate(lines)
        for j, w in enumerate(line.words)
        if focus.suspect_word(w.text) and not (w.conf >= GOOD_CELL and focus.clean_word(w.text))
    ]
    # over MAX_CELLS: those on a picked line or the line after one first (a label's value)
    near = [k for k in found if picked[k[0]] or (k[0] > 0 and picked[k[0] - 1])]
    return sorted(near + [k for k in found if k not in near][: max(0, MAX_CELLS - len(near))])[:MAX_CELLS]


def _cell_box(line: OcrLine, j: int, char_width: float) -> tuple[int, int, int, int]:
    """The word's box with up to a character of margin each side, never reaching into the half
    of the gap that belongs to the next word; the line's height, plus two pixels."""
    w = line.words[j]
    before = line.words[j - 1].right if j > 0 else None
    after = line.words[j + 1].left if j + 1 < len(line.words) else None
    left = w.left - char_width if before is None else max(w.left - char_width, (before + w.left) / 2)
    right = w.right + char_width if after is None else min(w.right + char_width, (w.right + after) / 2)
    # words Tesseract placed overlapping: the word's own box, no margin
    return round(min(left, w.left)), line.top - 2, round(max(right, w.right, w.left + 1)), line.bottom + 2


def _inside(box: tuple[int, int, int, int], width: int, height: int) -> tuple[int, int, int, int]:
    """The box clipped to the page, at least one pixel each way."""
    a, b, c, d = box
    a, b = min(max(0, a), width - 1), min(max(0, b), height - 1)
    return a, b, max(a + 1, min(width, c)), max(b + 1, min(height, d))


def _canvas(gray: Image.Image, boxes: list[tuple[int, int, int, int]]) -> tuple[Image.Image, list[Rows]]:
    """The boxes cut from the page and stacked on white, a line height apart, each twice: as
    printed, and with its strokes thinned by a pixel (THIN_FILTER), which parts glyphs that
    touch (a fax's "3+" whose "+" ran into the "3" read "a" or "Kae"; thinned, "3+").
    Returns the canvas and, per box, the rows of its two copies."""
    from PIL import Image, ImageFilter

    crops = [gray.crop(_inside(box, gray.width, gray.height)) for box in boxes]
    gap = max(c.height for c in crops)
    width = max(c.width for c in crops) + 2 * gap
    height = 2 * sum(c.height for c in crops) + gap * (2 * len(crops) + 1)
    canvas = Image.new("L", (width, height), 255)
    rows: list[Rows] = []
    y = gap
    for crop in crops:
        pair = []
        for copy in (crop, crop.filter(ImageFilter.MaxFilter(THIN_FILTER))):
            canvas.paste(copy, (gap, y))
            pair.append((y, y + copy.height))
            y += copy.height + gap
        rows.append((pair[0], pair[1]))
    return canvas, rows


def _same_digit(before: str, after: str) -> bool:
    """The second reading keeps the first's digit (look-alike letters read as digits), if it had one."""
    digits = [ch for ch in before.translate(_LOOK_ALIKE_DIGITS) if ch.isdigit()]
    return not digits or digits[0] == after[0]


def _clean(words: list[OcrWord], focus: CellFocus) -> tuple[str, float] | None:
    """A copy's reading and its confidence, when it is a clean score read with confidence GOOD_CELL."""
    text = "".join(w.text for w in words)
    conf = min((w.conf for w in words), default=0.0)
    return (text, conf) if conf >= GOOD_CELL and focus.clean_word(text) else None


def _take(first: OcrWord, readings: list[list[OcrWord]], focus: CellFocus) -> OcrWord | None:
    """The word as its copies read it again: the surer clean, sure score (_clean), when it keeps
    the first reading's digit and every copy read clean says the same; None when no copy reads
    clean, or it says what the first reading said. Sure readings that disagree (with each other,
    or with the first reading's digit) make the word unclear (confidence 0): findings.ocr_trust
    then sets its finding aside, where a wrong digit would have made a wrong call."""
    sure = [r for r in (_clean(words, focus) for words in readings) if r is not None]
    if not sure:
        return None
    if len({text.rstrip(CELL_PUNCT) for text, _ in sure}) > 1 or not all(
        _same_digit(first.text, text) for text, _ in sure
    ):
        return replace(first, conf=0.0)
    text, conf = max(sure, key=lambda r: r[1])
    return None if text == first.text else replace(first, text=text, conf=conf)


def read_score_cells(
    gray: Image.Image, dpi: float, lines: list[OcrLine], read: ReadLines, focus: LineFocus, char_width: float
) -> list[OcrLine]:
    """The page's lines with suspect score words replaced by their second, surer reading."""
    suspects = score_suspects(lines, focus)
    if not suspects or not isinstance(focus, CellFocus):
        return lines
    canvas, rows = _canvas(gray, [_cell_box(lines[i], j, char_width) for i, j in suspects])
    again = read(canvas, dpi, 6, 0, CELL_BLOCKS, max(1.0, CELL_DPI / dpi))

    def words_in(top: int, bottom: int) -> list[OcrWord]:
        return [w for line in again if top <= (line.top + line.bottom) / 2 < bottom for w in line.words]

    out = list(lines)
    for (i, j), pair in zip(suspects, rows, strict=True):
        taken = _take(lines[i].words[j], [words_in(top, bottom) for top, bottom in pair], focus)
        if taken is not None:
            words = list(out[i].words)
            words[j] = taken
            out[i] = replace(out[i], words=words)
    return out
