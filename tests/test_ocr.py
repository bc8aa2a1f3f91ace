"""Tests of her2cli.sources.ocr alone: Tesseract on rendered pages, photos, TIFFs, and its failure modes.

Tests that need the real tesseract binary are skipped, with the reason, where it is not installed;
the error paths use a fake tesseract script or a monkeypatched lookup, so they always run.
"""

from __future__ import annotations

import io
import os
import random
import re
import stat
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from her2cli.errors import NotAReportError, OcrUnavailableError, TimeoutExceededError, TooLargeError
from her2cli.sources import imageprep, ocr, ocr_layout

needs_tesseract = pytest.mark.skipif(
    ocr.tesseract_path() is None,
    reason="tesseract is not installed (Debian/Ubuntu: apt-get install tesseract-ocr; macOS: brew install tesseract)",
)
posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake tesseract is a #! script")

KEY_LINE = "HER2 (4B5): Positive (3+) on repeat testing of block A1."
KEY_RE = re.compile(r"HER2\s*\(4B5\)\s*:\s*Positive\s*\(3\+\)")
LINES = [
    "SURGICAL PATHOLOGY REPORT",
    "Specimen: Left breast, core needle biopsy",
    "Invasive ductal carcinoma, grade 2.",
    "Estrogen receptor (SP1): Positive, 95%.",
    KEY_LINE,
    "HER2/CEP17 ratio 2.6; average HER2 copy number 6.1.",
    "Ki-67 (30-9): 25%.",
]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A small (6 x 4 inch) text PDF: small pages keep each OCR run well under a second."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(432, 288))
    for lines in pages:
        y = 250
        for line in lines:
            c.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 11)
            c.drawString(30, y, line)
            y -= 20
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pages: list[list[str]], dpi: int = 200) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(make_pdf(pages))
    try:
        return [ocr.render_pdf_page(pdf, i, dpi=dpi) for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return render([LINES])[0]


@pytest.fixture(scope="module")
def page_ocr(page: Image.Image) -> ocr.OcrText:
    if ocr.tesseract_path() is None:
        pytest.skip("tesseract is not installed")
    return ocr.ocr_image(page, source="report.pdf", dpi=200)


def fake_tesseract(tmp_path: Path, body: str) -> str:
    """A stand-in tesseract: a Python script whose body sees argv, stdin and the environment."""
    script = tmp_path / "tesseract"
    script.write_text(f"#!{sys.executable}\nimport os, sys\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


# ------------------------------------------------------------------------------------ rendering


def test_render_pdf_page_is_gray_at_the_asked_resolution(page: Image.Image) -> None:
    assert page.mode == "L"
    assert page.size == (1200, 800)  # 6 x 4 inches at 200 dpi
    assert page.info["dpi"] == (200.0, 200.0)


# ------------------------------------------------------------------------------------ real OCR


@needs_tesseract
def test_recognises_key_line_from_rendered_page(page_ocr: ocr.OcrText) -> None:
    assert KEY_RE.search(page_ocr.text), page_ocr.text
    assert "ratio 2.6" in page_ocr.text
    assert page_ocr.mean_confidence is not None and page_ocr.mean_confidence > 80
    assert page_ocr.rotation == 0


@needs_tesseract
def test_text_is_laid_out_line_by_line(page_ocr: ocr.OcrText) -> None:
    lines = [ln for ln in page_ocr.text.splitlines() if ln.strip()]
    assert any(KEY_RE.match(ln) for ln in lines), lines
    assert not any("  " in ln for ln in lines)


@needs_tesseract
def test_word_confidences_point_at_words(page_ocr: ocr.OcrText) -> None:
    text, confs = page_ocr.text, page_ocr.word_confidences
    assert len(confs) >= 30
    for offset, conf in confs.items():
        assert 0 <= conf <= 100
        assert not text[offset].isspace()
        assert offset == 0 or text[offset - 1] in " \n"
    # every word of the text has an entry, so a span's words can all be looked up
    starts = {m.start() for m in re.finditer(r"\S+", text)}
    assert starts == set(confs)
    her2 = KEY_RE.search(text)
    assert her2 is not None and her2.start() in confs
    assert page_ocr.mean_confidence == pytest.approx(sum(confs.values()) / len(confs))


@needs_tesseract
def test_sideways_and_skewed_page_still_yields_the_her2_line(page: Image.Image) -> None:
    # Fed into the scanner sideways and 2 degrees off. (Tesseract's layout analysis often reads
    # sideways lines by itself; orientation detection is the fallback when it does not.)
    turned = page.rotate(-90, expand=True, fillcolor=255).rotate(
        2.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )
    result = ocr.ocr_image(turned, source="scan.pdf", dpi=200)
    assert KEY_RE.search(result.text), result.text
    assert abs(result.skew) == pytest.approx(2.0, abs=0.3)


@needs_tesseract
def test_upside_down_page_is_turned_by_orientation_detection(page: Image.Image) -> None:
    upside_down = page.rotate(180).rotate(-1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    result = ocr.ocr_image(upside_down, source="scan.pdf", dpi=200)
    assert result.rotation == 180
    assert abs(result.skew) == pytest.approx(1.5, abs=0.3)
    assert KEY_RE.search(result.text), result.text
    assert result.mean_confidence is not None and result.mean_confidence > 80
    assert ocr.ocr_image(upside_down, source="scan.pdf", dpi=200, orient=False).rotation == 0


def test_estimate_skew_finds_small_angles(page: Image.Image) -> None:
    for angle in (-2.5, -1.0, 1.5, 3.0):
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        assert imageprep.estimate_skew(turned) == pytest.approx(-angle, abs=0.25)
    assert imageprep.estimate_skew(page) == 0.0
    assert imageprep.estimate_skew(Image.new("L", (800, 600), 255)) == 0.0


def fax_like(page: Image.Image, seed: int = 3) -> Image.Image:
    """Turned 1.5 degrees, 1-bit, 0.4 % of pixels flipped: what a fax machine delivers."""
    rng = random.Random(seed)
    turned = page.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    bw = turned.point(lambda v: 255 if v > 150 else 0)
    px = bw.load()
    for _ in range(bw.width * bw.height // 250):
        px[rng.randrange(bw.width), rng.randrange(bw.height)] = rng.choice((0, 255))
    return bw


def test_speckle_fraction_tells_fax_noise_from_text(page: Image.Image) -> None:
    assert imageprep.speckle_fraction(page) < imageprep.SPECKLE_FRACTION
    noisy = fax_like(page)
    assert imageprep.speckle_fraction(noisy) > 3 * imageprep.SPECKLE_FRACTION
    # a purely two-valued image (Otsu's threshold at 0) must still count its specks
    assert imageprep.speckle_fraction(noisy.convert("1").convert("L")) > 3 * imageprep.SPECKLE_FRACTION


def standard_mode_fax(page: Image.Image) -> Image.Image:
    """A fax in standard mode: every other scan line (98 lines per inch), stretched back to square
    pixels as the reader does with the file's 204x98 dpi tag, so each speck is two rows tall."""
    bw = fax_like(page).convert("1", dither=Image.Dither.NONE)
    half = bw.resize((bw.width, bw.height // 2), Image.Resampling.NEAREST)
    half.info["dpi"] = (200, 100)
    return imageprep.fix_aspect(half)


def test_specks_of_a_standard_mode_fax_are_counted_and_removed(page: Image.Image) -> None:
    fax = standard_mode_fax(page)
    assert imageprep.speckle_fraction(fax) > 3 * imageprep.SPECKLE_FRACTION
    cleaned, despeckled = imageprep.despeckle(fax)
    assert despeckled
    assert imageprep.speckle_fraction(cleaned) < imageprep.SPECKLE_FRACTION
    # the print itself is kept: a clean page loses no ink
    assert imageprep.despeckle(page) == (page, False)


@needs_tesseract
def test_standard_mode_fax_is_despeckled_and_read(page: Image.Image) -> None:
    result = ocr.ocr_image(standard_mode_fax(page), source="fax.tif", dpi=200)
    assert result.despeckled
    assert KEY_RE.search(result.text), result.text


@needs_tesseract
def test_noisy_fax_page_is_despeckled_deskewed_and_read(page: Image.Image) -> None:
    result = ocr.ocr_image(fax_like(page), source="fax.pdf", dpi=200)
    assert result.despeckled
    assert result.skew == pytest.approx(-1.5, abs=0.3)
    assert KEY_RE.search(result.text), result.text
    assert not ocr.ocr_image(page, source="clean.pdf", dpi=200).despeckled


@needs_tesseract
def test_exif_rotated_jpeg_is_upright_without_osd(page: Image.Image) -> None:
    # A phone held sideways stores the pixels turned and says so in EXIF Orientation=6.
    stored = page.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    stored.convert("RGB").save(buf, format="JPEG", quality=85, exif=exif.tobytes())

    frames = ocr.load_image_frames(buf.getvalue(), source="photo.jpg")
    assert len(frames) == 1
    assert frames[0].size == page.size  # landscape again, as printed
    result = ocr.ocr_image(frames[0], source="photo.jpg", orient=False)
    assert KEY_RE.search(result.text), result.text


@needs_tesseract
def test_multi_page_tiff_gives_one_page_per_frame(tmp_path: Path) -> None:
    pages = render(
        [["Page one of three", "Clinical history"], LINES[3:6], ["Page three of three", "Signed out"]]
    )
    path = tmp_path / "report.tif"
    pages[0].save(
        path, format="TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(200, 200)
    )

    frames = ocr.load_image_frames(str(path), source="report.tif")
    assert len(frames) == 3
    result = ocr.ocr_pages_from_images(frames, source="report.tif")
    assert [p.number for p in result] == [1, 2, 3]
    assert all(p.origin == "ocr" and p.ocr_confidence is not None for p in result)
    assert KEY_RE.search(result[1].text)
    assert "three" in result[2].text and not KEY_RE.search(result[0].text)
    assert all(p.word_confidences for p in result)


@needs_tesseract
def test_small_image_is_upscaled(page: Image.Image) -> None:
    small = page.resize((page.width // 2, page.height // 2), Image.Resampling.LANCZOS)  # 100 dpi
    small.info["dpi"] = (100, 100)
    result = ocr.ocr_image(small, source="small.png")
    assert result.dpi == 300
    assert KEY_RE.search(result.text), result.text


@needs_tesseract
def test_blank_page_gives_empty_text() -> None:
    result = ocr.ocr_image(Image.new("L", (1200, 800), 255), source="blank.png", dpi=200)
    assert result.text == ""
    assert result.mean_confidence is None
    assert result.word_confidences == {}


# ------------------------------------------------------------------------------------ TSV parsing


def tsv_row(level: int, block: int, par: int, line: int, word: int, top: int, conf: float, text: str) -> str:
    return "\t".join(map(str, [level, 1, block, par, line, word, 0, top, 100, 20, conf, text]))


def test_parse_tsv_rebuilds_lines_paragraphs_and_offsets() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
        tsv_row(4, 1, 1, 1, 0, 100, -1, ""),
        tsv_row(5, 1, 1, 1, 1, 100, 96.5, "HER2"),
        tsv_row(5, 1, 1, 1, 2, 100, 91, "(4B5):"),
        tsv_row(4, 1, 1, 2, 0, 125, -1, ""),
        tsv_row(5, 1, 1, 2, 1, 125, 88.25, "Positive"),
        tsv_row(5, 1, 1, 2, 2, 125, -1, " "),  # empty word: skipped
        tsv_row(5, 1, 1, 2, 3, 125, 95, "|"),  # a table rule: skipped
        # next paragraph right under the last line (a table row): one newline
        tsv_row(4, 1, 2, 1, 0, 150, -1, ""),
        tsv_row(5, 1, 2, 1, 1, 150, 70, "ratio"),
        # next paragraph after a visible gap (more than a line height): a blank line
        tsv_row(4, 1, 3, 1, 0, 215, -1, ""),
        tsv_row(5, 1, 3, 1, 1, 215, 60, "Comment"),
        # another block, however close: a blank line
        tsv_row(4, 2, 1, 1, 0, 240, -1, ""),
        tsv_row(5, 2, 1, 1, 1, 240, 50, "2.6"),
    ]
    result = ocr_layout.parse_tsv("\n".join([header, *rows]) + "\n")
    assert result.text == "HER2 (4B5):\nPositive\nratio\n\nComment\n\n2.6"
    assert result.word_confidences == {0: 96.5, 5: 91.0, 12: 88.25, 21: 70.0, 28: 60.0, 37: 50.0}
    assert result.mean_confidence == pytest.approx((96.5 + 91 + 88.25 + 70 + 60 + 50) / 6)
    assert ocr_layout.parse_tsv(header + "\n").mean_confidence is None


# ------------------------------------------------------------------------------------ failures


def test_missing_binary_raises_ocr_unavailable_without_report_text(
    monkeypatch: pytest.MonkeyPatch, page: Image.Image
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    monkeypatch.delenv(ocr.TESSERACT_ENV, raising=False)
    with pytest.raises(OcrUnavailableError) as info:
        ocr.ocr_image(page, source="scan.pdf")
    message = str(info.value)
    assert message.startswith("scan.pdf: ")
    assert "install" in message and "tesseract" in message.lower()
    assert "\n" not in message
    for word in ("HER2", "Positive", "carcinoma", "SURGICAL"):
        assert word not in message
    with pytest.raises(OcrUnavailableError):
        ocr.ocr_pages_from_images([page], source="scan.pdf")


def test_env_var_pointing_nowhere_means_unavailable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, str(tmp_path / "no-such-tesseract"))
    assert ocr.tesseract_path() is None
    with pytest.raises(OcrUnavailableError) as info:
        ocr.ocr_image(Image.new("L", (100, 100), 255), source="a.png")
    assert ocr.TESSERACT_ENV in str(info.value)


def test_empty_path_lookup_uses_which(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, "")
    monkeypatch.setenv("PATH", "")
    assert ocr.tesseract_path() is None
    with pytest.raises(OcrUnavailableError) as info:
        ocr.ocr_image(Image.new("L", (100, 100), 255), source="a.png")
    assert info.value.message == ocr.NOT_INSTALLED


@posix_only
def test_tesseract_is_called_single_threaded_on_stdin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = tmp_path / "calls.txt"
    body = f"""
data = sys.stdin.buffer.read()
with open({str(log)!r}, "a") as fh:
    fh.write(repr((sys.argv[1:], os.environ.get("OMP_THREAD_LIMIT"), data[:8])) + "\\n")
print("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext")
print("5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t1\\t1\\t95\\tHER2")
print("5\\t1\\t1\\t1\\t1\\t2\\t0\\t0\\t1\\t1\\t94\\tnegative")
"""
    monkeypatch.setenv(ocr.TESSERACT_ENV, fake_tesseract(tmp_path, body))
    result = ocr.ocr_image(Image.new("L", (1700, 2200), 255), source="a.png", deskew=False)
    assert result.text == "HER2 negative"
    args, threads, magic = eval(log.read_text().splitlines()[0])  # noqa: S307 - our own repr
    assert args[:2] == ["stdin", "stdout"] and "tsv" in args and args[args.index("--psm") + 1] == "3"
    assert threads == "1"
    assert magic == b"\x89PNG\r\n\x1a\n"


@posix_only
def test_hanging_tesseract_times_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ocr.TESSERACT_ENV, fake_tesseract(tmp_path, "import time; time.sleep(30)"))
    with pytest.raises(TimeoutExceededError) as info:
        ocr.ocr_image(Image.new("L", (300, 300), 255), source="slow.png", timeout=0.5, deskew=False)
    assert info.value.message.count("\n") == 0


@posix_only
def test_tesseract_without_english_data_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    body = "sys.stdin.buffer.read(); sys.stderr.write(\"Failed loading language 'eng'\\n\"); sys.exit(1)"
    monkeypatch.setenv(ocr.TESSERACT_ENV, fake_tesseract(tmp_path, body))
    with pytest.raises(OcrUnavailableError) as info:
        ocr.ocr_image(Image.new("L", (300, 300), 255), source="a.png", deskew=False)
    assert "tesseract-ocr-eng" in info.value.message


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50,  # PNG signature, nothing valid after it
        b"\xff\xd8\xff\xe0" + os.urandom(0) + b"not a jpeg at all" * 20,
        b"II*\x00" + b"\xff" * 64,  # TIFF header pointing nowhere
    ],
    ids=["png", "jpeg", "tiff"],
)
def test_corrupt_image_bytes_raise_not_a_report(data: bytes) -> None:
    with pytest.raises(NotAReportError) as info:
        ocr.load_image_frames(data, source="broken.img")
    assert str(info.value).startswith("broken.img: ")
    assert "\n" not in str(info.value)


def test_truncated_image_raises_not_a_report(page: Image.Image) -> None:
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    with pytest.raises(NotAReportError):
        ocr.load_image_frames(buf.getvalue()[: len(buf.getvalue()) // 2], source="cut.png")


def test_decompression_bomb_raises_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    Image.new("L", (400, 400), 255).save(buf, format="PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    with pytest.raises(TooLargeError):
        ocr.load_image_frames(buf.getvalue(), source="bomb.png")


def test_transparent_image_becomes_white_not_black() -> None:
    rgba = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    assert imageprep.to_gray(rgba).getpixel((5, 5)) == 255
    sixteen = Image.new("I;16", (4, 4), 65535)
    assert imageprep.to_gray(sixteen).getpixel((0, 0)) == 255
    assert imageprep.to_gray(Image.new("I;16", (4, 4), 32768)).getpixel((0, 0)) == 128


def test_fax_resolution_is_made_square() -> None:
    buf = io.BytesIO()
    Image.new("1", (1728, 1100), 1).save(buf, format="TIFF", dpi=(204, 98))
    (frame,) = ocr.load_image_frames(buf.getvalue(), source="fax.tif")
    assert frame.size == (1728, round(1100 * 204 / 98))
    assert frame.info["dpi"] == (204, 204)


def test_pdf_page_retry_keeps_the_better_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = pdfium.PdfDocument(make_pdf([LINES]))
    seen: list[int] = []

    def fake_ocr_image(image: Image.Image, **kwargs: object) -> ocr.OcrText:
        dpi = round(image.info["dpi"][0])
        seen.append(dpi)
        # 200 dpi reads poorly; 300 dpi reads even worse (an interpolated fax), so 200 must win
        conf = {200: 65.0, 300: 40.0}[dpi]
        return ocr.OcrText(f"read at {dpi}", conf, {0: conf, 5: conf, 8: conf}, dpi)

    monkeypatch.setattr(ocr, "ocr_image", fake_ocr_image)
    assert ocr.ocr_pdf_page(pdf, 0, source="scan.pdf").text == "read at 200"
    assert seen == [200, 300]
    seen.clear()
    assert ocr.ocr_pdf_page(pdf, 0, source="scan.pdf", retry_dpi=200).text == "read at 200"
    assert seen == [200]
    pdf.close()


SCANS = Path(__file__).resolve().parent.parent / "sample_reports" / "scans"


@pytest.mark.skipif(
    not SCANS.is_dir(), reason="sample_reports/scans not generated (python tools/make_scans.py)"
)
def test_scan_samples_are_image_only_and_have_expected_results() -> None:
    scans = sorted(p for p in SCANS.iterdir() if p.is_file())
    assert scans
    for path in scans:
        assert (SCANS / "expected" / f"{path.stem}.json").is_file(), path.name
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(str(path))
            try:
                for i in range(len(pdf)):
                    page = pdf[i]
                    assert not page.get_textpage().get_text_range().strip(), f"{path.name} has a text layer"
            finally:
                pdf.close()
        else:
            assert ocr.load_image_frames(str(path), source=path.name)
