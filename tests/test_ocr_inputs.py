"""Every image a scanner or phone writes is read, and files too big for OCR are refused at once.

- CMYK JPEG, 16-bit grey PNG and TIFF, palette, grey+alpha and RGBA images become 8-bit grey
  with dark print on white paper before OCR, and a printed HER2 line in each reads as a result.
- A multi-page TIFF or a scanned PDF with more pages to OCR than the cap (50, or
  HER2CLI_MAX_OCR_PAGES) is refused with `too_large` before any page is read.
- A frame that is not the shape of a page (1 x 50,000,000 pixels) is refused from its header,
  before it is decoded.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

from her2cli.api import explain_bytes
from her2cli.errors import TooLargeError
from her2cli.sources import ReadOptions, load_bytes
from her2cli.sources import ocr as ocr_module
from her2cli.sources.imageprep import (
    DEFAULT_MAX_OCR_PAGES,
    MAX_OCR_PAGES_ENV,
    load_image_frames,
    max_ocr_pages,
    to_gray,
)

needs_tesseract = pytest.mark.skipif(ocr_module.tesseract_path() is None, reason="tesseract is not installed")

LINES = (
    "SURGICAL PATHOLOGY REPORT",
    "Breast, left, core biopsy: invasive ductal carcinoma.",
    "HER2 (4B5): Score 3+ POSITIVE",
)


def printed_page() -> Image.Image:
    """A 200 dpi strip of a report, 8-bit grey, black print on white."""
    page = Image.new("L", (1500, 330), 255)
    draw = ImageDraw.Draw(page)
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype("DejaVuSans.ttf", 30)
    except OSError:
        font = ImageFont.load_default(30)
    for i, line in enumerate(LINES):
        draw.text((60, 50 + 80 * i), line, fill=0, font=font)
    page.info["dpi"] = (200, 200)
    return page


def encode(image: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


def sixteen_bit(page: Image.Image) -> Image.Image:
    return page.convert("I").point(lambda v: v * 257).convert("I;16")


def alpha_only(page: Image.Image) -> Image.Image:
    """Black ink whose darkness is all in the alpha channel, on transparent 'paper'."""
    black = Image.new("L", page.size, 0)
    return Image.merge("RGBA", (black, black, black, page.point(lambda v: 255 - v)))


# name -> how a scanner or phone might write the page
WRITERS: dict[str, Callable[[Image.Image], bytes]] = {
    "cmyk_jpeg": lambda p: encode(p.convert("RGB").convert("CMYK"), "JPEG", quality=90),
    "gray16_png": lambda p: encode(sixteen_bit(p), "PNG"),
    "gray16_tiff": lambda p: encode(sixteen_bit(p), "TIFF"),
    "palette_png": lambda p: encode(p.convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE), "PNG"),
    "gray_alpha_png": lambda p: encode(p.convert("LA"), "PNG"),
    "rgba_transparent_png": lambda p: encode(alpha_only(p), "PNG"),
    "bilevel_g4_tiff": lambda p: encode(p.convert("1"), "TIFF", compression="group4"),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_image_mode_becomes_dark_print_on_white_grey(name: str) -> None:
    frame = load_image_frames(WRITERS[name](printed_page()), source=f"page.{name}")[0]
    gray = to_gray(frame)
    assert gray.mode == "L"
    assert gray.getpixel((5, 5)) >= 240, "paper stays white (not black, not mid-grey)"
    darkest, _ = gray.getextrema()
    assert darkest <= 30, "print stays dark (16-bit values are scaled, not clipped to white)"


@needs_tesseract
@pytest.mark.parametrize("name", ["cmyk_jpeg", "gray16_png", "palette_png", "rgba_transparent_png"])
def test_printed_her2_line_reads_as_a_result_in_every_mode(name: str) -> None:
    result = explain_bytes(WRITERS[name](printed_page()), f"page.{name}")
    assert result.status == "positive"
    assert result.ihc is not None and result.ihc.score == "3+"


# --------------------------------------------------------------------------- page cap


def tiff_pages(count: int) -> bytes:
    frames = [Image.new("L", (40, 40), 255) for _ in range(count)]
    return encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])


def image_only_pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(200, 200))
    for _ in range(pages):
        c.rect(20, 20, 50, 50, fill=1)  # a drawing, no text: every page needs OCR
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap must act before any page is read: reading one is a failure here."""

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a page was sent to OCR although the file is over the cap")

    monkeypatch.setattr(ocr_module, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_module, "ocr_pages_from_images", refuse)
    monkeypatch.setattr(ocr_module, "ocr_pdf_pages", refuse)
    monkeypatch.setattr(ocr_module, "ocr_image", refuse)


def test_default_cap_is_fifty_and_the_environment_changes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_OCR_PAGES_ENV, raising=False)
    assert max_ocr_pages() == DEFAULT_MAX_OCR_PAGES == 50
    monkeypatch.setenv(MAX_OCR_PAGES_ENV, "120")
    assert max_ocr_pages() == 120
    for junk in ("0", "-3", "many", ""):
        monkeypatch.setenv(MAX_OCR_PAGES_ENV, junk)
        assert max_ocr_pages() == 50


@pytest.mark.usefixtures("no_ocr")
def test_tiff_over_the_cap_is_too_large_before_any_page_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_OCR_PAGES_ENV, raising=False)
    with pytest.raises(TooLargeError) as info:
        load_bytes(tiff_pages(51), "fax.tif")
    assert "51 pages" in info.value.message and "50" in info.value.message
    assert MAX_OCR_PAGES_ENV in info.value.message


@pytest.mark.usefixtures("no_ocr")
def test_scanned_pdf_over_the_cap_is_too_large_before_any_page_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(MAX_OCR_PAGES_ENV, "4")
    with pytest.raises(TooLargeError) as info:
        load_bytes(image_only_pdf(5), "scan.pdf")
    assert "5 pages" in info.value.message


@pytest.mark.usefixtures("no_ocr")
def test_cap_comes_from_read_options_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_OCR_PAGES_ENV, "500")
    with pytest.raises(TooLargeError):
        load_bytes(tiff_pages(3), "fax.tif", ReadOptions(max_ocr_pages=2))


def test_tiff_at_the_cap_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_OCR_PAGES_ENV, "3")
    seen: list[int] = []

    def fake_pages(frames: list[Image.Image], **_kwargs: object) -> list[object]:
        from her2cli.sources.base import Page

        seen.append(len(frames))
        return [Page(number=i + 1, text="HER2 (4B5): 3+", origin="ocr") for i in range(len(frames))]

    monkeypatch.setattr(ocr_module, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_module, "ocr_pages_from_images", fake_pages)
    doc = load_bytes(tiff_pages(3), "fax.tif")
    assert seen == [3] and len(doc.pages) == 3


# --------------------------------------------------------------------------- pixel guard


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width x height grey pixels and carries almost no pixel data: decoding
    it would fail (truncated), so `too_large` proves the refusal came from the header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff" * 64))


def test_a_strip_of_fifty_million_pixels_is_refused_from_its_header() -> None:
    with pytest.raises(TooLargeError) as info:
        load_image_frames(png_header_only(1, 50_000_000), source="strip.png")
    assert "1 x 50,000,000" in info.value.message


def test_a_tall_but_plausible_page_is_not_refused_by_the_guard(tmp_path: Path) -> None:
    # a long phone screenshot of a portal page: 1170 x 12000
    data = encode(Image.new("L", (1170, 12000), 255), "PNG")
    assert load_image_frames(data, source="screenshot.png")[0].size == (1170, 12000)


# --------------------------------------------------------------------------- --max-ocr-pages


@pytest.fixture
def marking_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in tesseract that leaves a mark when it is run (in any process) and reads nothing:
    no mark proves the refusal came before any page was sent to OCR."""
    mark = tmp_path / "ran"
    program = tmp_path / "tesseract"
    program.write_text(f"#!/bin/sh\ntouch '{mark}'\nexit 1\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("HER2CLI_TESSERACT", str(program))
    monkeypatch.delenv(MAX_OCR_PAGES_ENV, raising=False)
    return mark


def test_explain_max_ocr_pages_refuses_a_longer_fax_at_once(tmp_path: Path, marking_tesseract: Path) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    fax = tmp_path / "fax.tif"
    fax.write_bytes(tiff_pages(3))
    result = CliRunner().invoke(app, ["explain", str(fax), "--max-ocr-pages", "2"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert (
        len(lines) == 1 and "fax.tif" in lines[0] and "3 pages" in lines[0] and "--max-ocr-pages" in lines[0]
    )
    assert not marking_tesseract.exists()
    as_json = CliRunner().invoke(app, ["explain", str(fax), "--max-ocr-pages", "2", "--json"])
    assert json.loads(as_json.stdout)["error"]["kind"] == "too_large"
    # at the cap the pages go to OCR (the stand-in fails, so the file cannot be read)
    at_cap = CliRunner().invoke(app, ["explain", str(fax), "--max-ocr-pages", "3", "--json"])
    assert json.loads(at_cap.stdout)["error"]["kind"] != "too_large"
    assert marking_tesseract.exists()


def test_scan_max_ocr_pages_gives_a_too_large_record(tmp_path: Path, marking_tesseract: Path) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    (tmp_path / "fax.tif").write_bytes(tiff_pages(3))
    result = CliRunner().invoke(
        app, ["scan", str(tmp_path / "fax.tif"), "--max-ocr-pages", "2", "-q", "-j", "1"]
    )
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["error"]["kind"] == "too_large" and "--max-ocr-pages" in record["error"]["message"]
    assert not marking_tesseract.exists()


@pytest.mark.parametrize("command", ["explain", "scan"])
def test_max_ocr_pages_is_in_the_help(command: str) -> None:
    from typer.testing import CliRunner

    from her2cli.cli import app

    out = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
    assert "--max-ocr-pages" in out and "HER2CLI_MAX_OCR_PAGES" in out
