"""Short score cells read again on their own (sources/ocr_cells.py).

- On a page naming HER2, the words shaped like a damaged score ("34", "3", "Oe:", "+:") are read
  again; a page without a HER2 line, and a score already read cleanly and surely, are not.
- A second reading replaces a word only as a clean score ("3+", "0+:", "0"), read with confidence
  85 or more, keeping the first reading's digit; sure readings that disagree make the word
  unclear (confidence 0), so its finding is set aside, never turned into another call.
- On real pixels: a "3+" the page reading made "34" reads "3+" again; a printed "34" stays "34".
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from her2cli.api import explain_document
from her2cli.rules.ocr import ocr_focus
from her2cli.sources import ocr, ocr_cells
from her2cli.sources.base import Document, Page
from her2cli.sources.ocr_layout import OcrLine, OcrWord, char_width, lay_out
from her2cli.sources.ocr_segment import ReadLines

needs_tesseract = pytest.mark.skipif(ocr.tesseract_path() is None, reason="tesseract is not installed")
FOCUS = ocr_focus()


def line(top: int, *words: tuple[str, float]) -> OcrLine:
    """A line of words 40 px wide each, 10 px apart, at `top`."""
    out = OcrLine((1, 1, 1, top), top, top + 30)
    for k, (text, conf) in enumerate(words):
        out.words.append(OcrWord(text, conf, 100 + 50 * k, 140 + 50 * k))
    return out


def texts(lines: list[OcrLine]) -> list[str]:
    return [" ".join(w.text for w in ln.words) for ln in lines]


# ------------------------------------------------------------------------------------ which words


def test_words_shaped_like_a_damaged_score_are_picked_on_a_her2_page() -> None:
    lines = [
        line(0, ("HER2", 95), ("(4B5)", 93)),
        line(40, ("Score:", 96), ("34", 89)),
        line(80, ("Part", 95), ("2", 97), ("grade", 90), ("3", 80)),
        line(120, ("Interpretation:", 90), ("3+", 96), ("Oe:", 40), ("+:", 45)),
        line(160, ("Age", 90), ("45", 90), ("of", 96), ("It", 96), ("HER2", 96)),
    ]
    picked = [lines[i].words[j].text for i, j in ocr_cells.score_suspects(lines, FOCUS)]
    # "3+" read at 96 is already a clean score; "45", "of", "It" are not score-shaped
    assert picked == ["34", "2", "3", "Oe:", "+:"]
    # the reader knows nothing about HER2: a focus that only picks lines names no words
    assert ocr_cells.score_suspects(lines, lambda text: "HER2" in text) == []


def test_a_page_of_numbers_reads_again_the_words_by_its_her2_lines_first() -> None:
    numbers = [line(40 * k, ("Item", 95), ("1", 80), ("2", 80)) for k in range(20)]
    her2 = [line(900, ("HER2", 95), ("(4B5)", 93)), line(940, ("Score:", 96), ("34", 89))]
    lines = numbers + her2
    picked = ocr_cells.score_suspects(lines, FOCUS)
    assert len(picked) == ocr_cells.MAX_CELLS
    assert (len(lines) - 1, 1) in picked  # the "34" after the HER2 line
    assert picked == sorted(picked)  # still in reading order


def test_a_page_without_a_her2_line_is_not_read_again() -> None:
    lines = [line(0, ("Ki-67", 95), ("3", 80)), line(40, ("Score:", 96), ("34", 89))]
    assert ocr_cells.score_suspects(lines, FOCUS) == []

    def never(*_: object) -> list[OcrLine]:
        raise AssertionError("no Tesseract run for a page without HER2")

    assert ocr_cells.read_score_cells(Image.new("L", (400, 200), 255), 300, lines, never, FOCUS, 10) is lines


# ------------------------------------------------------------------------------------ which readings


def read_as(*copies: tuple[str, float]) -> list[list[OcrWord]]:
    return [[OcrWord(text, conf, 0, 10)] if text else [] for text, conf in copies]


@pytest.mark.parametrize(
    ("first", "copies", "text", "conf"),
    [
        (("34", 89), [("a", 13), ("3+", 91)], "3+", 91),  # the thinned copy reads it
        (("3", 71), [("3+", 95), ("3+", 92)], "3+", 95),
        (("Oe:", 40), [("0+:", 90), ("", 0)], "0+:", 90),  # an O is a 0
        (("+:", 45), [("0+", 88), ("Ont", 60)], "0+", 88),  # no digit read first: any clean, sure score
    ],
)
def test_a_clean_sure_score_that_keeps_the_digit_replaces_the_word(
    first: tuple[str, float], copies: list[tuple[str, float]], text: str, conf: float
) -> None:
    taken = ocr_cells._take(OcrWord(first[0], first[1], 5, 25), read_as(*copies), FOCUS)
    assert taken is not None and (taken.text, taken.conf, taken.left, taken.right) == (text, conf, 5, 25)


@pytest.mark.parametrize(
    ("first", "copies"),
    [
        (("34", 89), [("3+", 80), ("3+", 84)]),  # not sure enough
        (("34", 89), [("34", 95), ("34", 96)]),  # not a score: the word was "34"
        (("3", 97), [("3", 97), ("3", 96)]),  # the same
        (("3+", 70), [("3+", 95), ("3+", 95)]),  # the same text: nothing to replace
        (("3", 90), [("4+", 95), ("", 0)]),  # no score of 4+
    ],
)
def test_other_second_readings_leave_the_word_as_it_was(
    first: tuple[str, float], copies: list[tuple[str, float]]
) -> None:
    assert ocr_cells._take(OcrWord(first[0], first[1], 0, 10), read_as(*copies), FOCUS) is None


@pytest.mark.parametrize(
    ("first", "copies"),
    [
        (("3", 90), [("1+", 95), ("", 0)]),  # another digit than the first reading's
        (("lt", 60), [("2+", 95), ("", 0)]),  # "l" is a 1
        (("+", 50), [("2+", 95), ("3+", 93)]),  # the copies disagree
    ],
)
def test_sure_readings_that_disagree_make_the_word_unclear(
    first: tuple[str, float], copies: list[tuple[str, float]]
) -> None:
    taken = ocr_cells._take(OcrWord(first[0], first[1], 0, 10), read_as(*copies), FOCUS)
    assert taken is not None and taken.text == first[0] and taken.conf == 0.0


def test_a_disagreeing_score_sets_the_finding_aside_never_the_other_call() -> None:
    """The page reading said "HER2 (4B5): 3+ (positive)"; its cell read sure as "1+": the line
    becomes unclear, and the report is not found rather than positive or negative."""
    lines = [line(0, ("HER2", 96), ("(4B5):", 95), ("3", 90), ("(positive)", 95))]
    canvas_lines: list[OcrLine] = []

    def reader(image: Image.Image, dpi: float, psm: int, top: int, block: int, scale: float) -> list[OcrLine]:
        # both copies of the one cell read as a sure "1+", on the canvas rows where they sit
        third = image.height // 5
        canvas_lines[:] = [
            OcrLine((1, block, 1, k), y, y + 10, [OcrWord("1+", 95, 10, 30)])
            for k, y in ((1, third), (2, 3 * third))
        ]
        return canvas_lines

    out = ocr_cells.read_score_cells(Image.new("L", (600, 100), 255), 300, lines, reader, FOCUS, 10)
    assert texts(out) == ["HER2 (4B5): 3 (positive)"] and out[0].words[2].conf == 0.0
    reading = lay_out(out)
    page = Page(1, reading.text, origin="ocr", ocr_confidence=90, word_confidences=reading.word_confidences)
    result = explain_document(Document(path="fax.tif", kind="image", pages=(page,), sha256=""))
    assert result.status == "not_found"


# ------------------------------------------------------------------------------------ real pixels


def rendered(lines_of_text: list[str], dpi: int = 200) -> Image.Image:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 200))
    y = 170
    for text in lines_of_text:
        c.setFont("Helvetica", 11)
        c.drawString(30, y, text)
        y -= 22
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        return ocr.render_pdf_page(pdf, 0, dpi=dpi)
    finally:
        pdf.close()


def reader_for(source: str) -> ReadLines:
    def read(image: Image.Image, dpi: float, psm: int, top: int, block: int, scale: float) -> list[OcrLine]:
        return ocr._ocr_lines(
            image, dpi, source=source, timeout=60, psm=psm, top=top, block=block, scale=scale
        )

    return read


@needs_tesseract
def test_a_score_the_page_reading_damaged_reads_again_as_printed() -> None:
    page = rendered(["HER2 (4B5) immunohistochemistry", "Score: 3+", "Age 34 years"])
    read = reader_for("fax.tif")
    lines = read(page, 200, 3, 0, 0, 1.0)
    assert "Score: 3+" in texts(lines)
    # plant what a fax reading gave: "3+" read "34" (confidence 89)
    damaged = [
        OcrLine(
            ln.key,
            ln.top,
            ln.bottom,
            [OcrWord("34", 89, w.left, w.right) if w.text == "3+" else w for w in ln.words],
        )
        for ln in lines
    ]
    out = ocr_cells.read_score_cells(page, 200, damaged, read, FOCUS, char_width(damaged))
    assert texts(out)[1] == "Score: 3+"
    assert texts(out)[2] == "Age 34 years"  # a printed 34 stays 34
