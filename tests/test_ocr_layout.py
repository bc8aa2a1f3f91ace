"""Layout-aware OCR and perspective correction: what a table row and a photographed page become.

- Tesseract's word boxes are laid out as rows: a table row whose cells Tesseract found as
  separate blocks stays one row ("HER2  4B5  Negative  1+"), a label and its value in two columns
  are joined, cells are set apart by two spaces, and two columns of prose keep their order.
- A page photographed on a darker desk, a little off-axis, is found by its four edges and warped
  to a rectangle; a scan, a page running off the picture, a photocopy's dark edge or a page on a
  white desk is left exactly as it is.

The TSV cases are hand-written (no binary needed); the rendered table needs tesseract.
"""

from __future__ import annotations

import io
import math
import re

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from her2cli.api import explain_bytes
from her2cli.sources import ocr, pagequad
from her2cli.sources.ocr_layout import parse_tsv

needs_tesseract = pytest.mark.skipif(ocr.tesseract_path() is None, reason="tesseract is not installed")

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
CHAR = 12  # pixels per character in the hand-written boxes


def words_tsv(*lines: tuple[int, int, int, int, str]) -> str:
    """TSV for lines given as (block, line, left, top, text): one word box per word, CHAR pixels a
    character and one character of space between words."""
    rows = [HEADER]
    for block, line, left, top, text in lines:
        words = text.split()
        width = CHAR * len(text)
        rows.append("\t".join(map(str, [4, 1, block, 1, line, 0, left, top, width, 24, -1, ""])))
        x = left
        for i, word in enumerate(words, start=1):
            rows.append(
                "\t".join(map(str, [5, 1, block, 1, line, i, x, top, CHAR * len(word), 24, 91, word]))
            )
            x += CHAR * (len(word) + 1)
    return "\n".join(rows) + "\n"


def test_table_cells_read_as_columns_become_one_row_per_table_row() -> None:
    # psm 3 found each column of the table as a block of its own, in column order
    tsv = words_tsv(
        (1, 1, 100, 100, "Marker"),
        (1, 2, 100, 140, "ER"),
        (1, 3, 100, 180, "HER2"),
        (2, 1, 400, 100, "Clone"),
        (2, 2, 400, 140, "SP1"),
        (2, 3, 400, 180, "4B5"),
        (3, 1, 700, 100, "Result"),
        (3, 2, 700, 140, "Positive"),
        (3, 3, 700, 180, "Negative"),
        (4, 1, 1000, 100, "Score"),
        (4, 2, 1000, 140, "90%"),
        (4, 3, 1000, 180, "1+"),
    )
    lines = parse_tsv(tsv).text.split("\n")
    assert [line.split() for line in lines] == [
        ["Marker", "Clone", "Result", "Score"],
        ["ER", "SP1", "Positive", "90%"],
        ["HER2", "4B5", "Negative", "1+"],
    ]
    # cells are set apart by two spaces, as in the row view of a text PDF; words of a cell by one
    assert lines[2] == "HER2  4B5  Negative  1+"


def test_every_word_keeps_its_confidence_at_its_offset() -> None:
    tsv = words_tsv((1, 1, 100, 100, "HER2 (4B5)"), (2, 1, 700, 100, "Negative"))
    reading = parse_tsv(tsv)
    starts = {reading.text[o:].split()[0]: c for o, c in reading.word_confidences.items()}
    assert starts == {"HER2": 91.0, "(4B5)": 91.0, "Negative": 91.0}


def test_label_and_value_in_two_columns_are_joined() -> None:
    tsv = words_tsv(
        (1, 1, 100, 100, "Final HER2 status:"),
        (1, 2, 100, 140, "HER2/CEP17 ratio:"),
        (2, 1, 600, 102, "NEGATIVE (score 1+)"),
        (2, 2, 600, 141, "1.6"),
    )
    lines = [" ".join(line.split()) for line in parse_tsv(tsv).text.split("\n")]
    assert lines == ["Final HER2 status: NEGATIVE (score 1+)", "HER2/CEP17 ratio: 1.6"]


def test_two_columns_of_prose_keep_their_reading_order() -> None:
    left = ("History of breast cancer treated in 2015 with", "surgery and trastuzumab; no recurrence.")
    right = ("The current colon tumour was tested and HER2", "is negative (score 0) on block A1.")
    tsv = words_tsv(
        (1, 1, 100, 100, left[0]),
        (1, 2, 100, 140, left[1]),
        (2, 1, 800, 100, right[0]),
        (2, 2, 800, 140, right[1]),
    )
    assert parse_tsv(tsv).text == f"{left[0]}\n{left[1]}\n\n{right[0]}\n{right[1]}"


def test_lines_at_different_heights_are_not_one_row() -> None:
    tsv = words_tsv((1, 1, 100, 100, "HER2 (4B5)"), (2, 1, 700, 118, "Negative"))
    assert parse_tsv(tsv).text == "HER2 (4B5)\n\nNegative"


TABLE = (
    ("Marker", "Clone", "Result", "Interpretation"),
    ("Estrogen receptor|(ER)", "SP1", "Strong nuclear staining|in 90% of cells", "POSITIVE"),
    ("HER2 (c-erbB-2)|protein", "4B5", "Score 1+: faint, incomplete|membrane staining in 20%", "NEGATIVE"),
)


def table_pdf() -> bytes:
    """A letter-size biomarker table with ruled cells whose text wraps ("|" breaks a cell's line),
    as LIS systems print them."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 720, "BREAST BIOMARKER STUDIES (block A1)")
    columns = (60, 200, 290, 470, 552)
    top, height = 700, 36
    for i, row in enumerate(TABLE):
        y = top - height * i
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
        for x, cell in zip(columns, row, strict=False):
            for j, part in enumerate(cell.split("|")):
                c.drawString(x + 6, y - 14 - 12 * j, part)
        c.line(columns[0], y, columns[-1], y)
    bottom = top - height * len(TABLE)
    c.line(columns[0], bottom, columns[-1], bottom)
    for x in columns:
        c.line(x, top, x, bottom)
    c.setFont("Helvetica", 11)
    c.drawString(60, 500, "Invasive ductal carcinoma of the left breast, core biopsy.")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def table_page() -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(table_pdf())
    try:
        return ocr.render_pdf_page(pdf, 0, dpi=200)
    finally:
        pdf.close()


@needs_tesseract
def test_rendered_table_is_read_back_with_the_her2_row_on_one_line(table_page: Image.Image) -> None:
    reading = ocr.ocr_image(table_page, source="table.png", dpi=200)
    lines = [line.strip() for line in reading.text.split("\n")]
    rows = [line for line in lines if "HER2" in line]
    assert len(rows) == 1
    assert re.fullmatch(r"HER2 \(c-erbB-2\)\s+4B5\s+Score 1\+: faint, incomplete\s+NEGATIVE", rows[0])
    # the second line of the wrapped cells is one row too, its cells in their columns
    wrapped = next(line for line in lines if line.startswith("protein"))
    assert re.fullmatch(r"protein\s+membrane staining in 20%", wrapped)


@needs_tesseract
def test_rendered_table_explains_as_the_row_says(table_page: Image.Image) -> None:
    buf = io.BytesIO()
    table_page.save(buf, format="PNG", dpi=(200, 200))
    result = explain_bytes(buf.getvalue(), "table.png")
    assert result.status == "negative"
    assert result.ihc is not None and result.ihc.score == "1+"


# --------------------------------------------------------------------------- perspective


def printed_page(width: int = 850, height: int = 1100) -> Image.Image:
    """A letter page at 100 dpi: white paper, a few lines of print."""
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype("DejaVuSans.ttf", 18)
    except OSError:
        font = ImageFont.load_default(18)
    for i in range(30):
        draw.text(
            (80, 80 + 32 * i), f"Line {i}: HER2 (4B5) score 1+, negative; ER positive 90%", fill=20, font=font
        )
    return page


def on_desk(page: Image.Image, corners: list[tuple[float, float]], desk: int = 80) -> Image.Image:
    """The page photographed on a desk of grey `desk`, its corners landing at `corners`."""
    size = (page.width + 200, page.height + 200)
    src = [
        (0.0, 0.0),
        (float(page.width), 0.0),
        (float(page.width), float(page.height)),
        (0.0, float(page.height)),
    ]
    coefficients = pagequad.warp_coefficients(corners, src)  # photo point -> page point
    shot = page.transform(
        size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=desk
    )
    return shot


TILTED = [(150.0, 80.0), (960.0, 110.0), (990.0, 1240.0), (90.0, 1200.0)]


def test_page_quad_of_a_tilted_photo_is_found_within_a_few_pixels() -> None:
    quad = pagequad.find_page_quad(on_desk(printed_page(), TILTED))
    assert quad is not None
    assert max(math.dist(a, b) for a, b in zip(quad.corners, TILTED, strict=True)) < 15


def test_straightened_page_is_the_page_again() -> None:
    page = printed_page()
    straight, done = pagequad.straighten_page(on_desk(page, TILTED))
    assert done
    assert abs(straight.width / straight.height - page.width / page.height) < 0.03
    # the print is level again: its first line of text is one dark band across the page
    top_line = straight.crop(
        (0, round(straight.height * 0.07), straight.width, round(straight.height * 0.095))
    )
    assert top_line.getextrema()[0] < 100


def test_warp_maps_each_corner_onto_its_source() -> None:
    out = [(0.0, 0.0), (100.0, 0.0), (100.0, 200.0), (0.0, 200.0)]
    a, b, c, d, e, f, g, h = pagequad.warp_coefficients(out, TILTED)
    for (x, y), (u, v) in zip(out, TILTED, strict=True):
        w = g * x + h * y + 1
        assert (a * x + b * y + c) / w == pytest.approx(u) and (d * x + e * y + f) / w == pytest.approx(v)


@pytest.mark.parametrize(
    "name",
    ["scan", "page_runs_off_the_picture", "photocopy_dark_edge", "white_desk"],
)
def test_no_confident_quad_leaves_the_image_as_it_is(name: str) -> None:
    page = printed_page()
    if name == "scan":
        image = page
    elif name == "page_runs_off_the_picture":
        image = on_desk(page, [(150.0, -60.0), (960.0, -40.0), (990.0, 1240.0), (90.0, 1200.0)]).crop(
            (0, 0, 1050, 900)
        )
    elif name == "photocopy_dark_edge":
        image = page.copy()
        ImageDraw.Draw(image).rectangle([0, 0, 40, image.height], fill=40)
    else:
        image = on_desk(page, TILTED, desk=250)
    assert pagequad.find_page_quad(image) is None
    same, done = pagequad.straighten_page(image)
    assert not done and same is image
