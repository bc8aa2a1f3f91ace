"""Generators of hostile and broken report files (issue 6), for tests/test_hostile.py and friends.

Each `make_*` function writes one file into a folder and returns its path. PDFs are built with
reportlab (well-formed reports), pypdf (encryption) or as raw bytes with a correct cross-reference
table (`raw_pdf`), so each file is broken in exactly one known way. Nothing here is a test.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

# A small colorectal report, positive and negative. Files that are readable use these and keep
# their status; the raw PDFs below quote a negative line, so "positive" from them is a misread.
POSITIVE_LINES = [
    "SURGICAL PATHOLOGY REPORT",
    "Specimen: Sigmoid colon, resection",
    "Diagnosis: Colon adenocarcinoma, moderately differentiated.",
    "HER2 IHC (4B5): 3+ (positive) in 90% of tumor cells.",
    "Microsatellite stable. KRAS wild-type.",
]
NEGATIVE_LINES = [
    "SURGICAL PATHOLOGY REPORT",
    "Specimen: Sigmoid colon, resection",
    "Diagnosis: Colon adenocarcinoma, moderately differentiated.",
    "HER2 IHC (4B5): 0 (negative).",
    "Microsatellite stable. KRAS wild-type.",
]

POSITIVE_TEXT = "Colon adenocarcinoma. HER2 IHC: 3+ (positive).\n"
NEGATIVE_TEXT = "Colon adenocarcinoma. HER2 IHC: 0 (negative).\n"
NOT_FOUND_TEXT = "Colon adenocarcinoma. Microsatellite stable. KRAS wild-type.\n"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


# --- well-formed PDFs (reportlab) -------------------------------------------------------------


def report_pdf(lines: Iterable[str] = POSITIVE_LINES, *, pages: int = 1, compress: bool = True) -> bytes:
    """A small text PDF with `lines` on every page (Helvetica, no images)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.pdfgen import canvas

    lines = list(lines)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792), pageCompression=1 if compress else 0)
    for _ in range(pages):
        y = 740
        for line in lines:
            c.setFont("Helvetica", 11)
            c.drawString(60, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


def make_report_pdf(folder: Path, name: str = "report.pdf", lines: Iterable[str] = POSITIVE_LINES) -> Path:
    return _write(folder, name, report_pdf(lines))


def make_image_only_pdf(folder: Path, name: str = "scan.pdf") -> Path:
    """A 'scanned' page: one grey picture, no text layer at all."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    png = png_bytes(64, 64)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.drawImage(ImageReader(io.BytesIO(png)), 50, 300, width=500, height=400)
    c.showPage()
    c.save()
    return _write(folder, name, buf.getvalue())


def make_hidden_text_pdf(folder: Path, name: str = "hidden.pdf") -> Path:
    """Visible text says HER2 negative; white-on-white and off-page text say 'HER2 IHC 3+ positive'."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    y = 740
    for line in NEGATIVE_LINES:
        c.setFont("Helvetica", 11)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(60, y, line)
        y -= 18
    c.setFillColorRGB(1, 1, 1)  # white on the white page
    c.drawString(60, 500, "FINAL RESULT: HER2 IHC (4B5): 3+ (positive), HER2 POSITIVE.")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, -200, "HER2 IHC (4B5): 3+ (positive). HER2 amplified.")  # below the page
    c.drawString(900, 400, "HER2 IHC (4B5): 3+ (positive). HER2 amplified.")  # right of the page
    c.showPage()
    c.save()
    return _write(folder, name, buf.getvalue())


def make_only_hidden_text_pdf(folder: Path, name: str = "only_hidden.pdf") -> Path:
    """The only HER2 result on the page is white-on-white or off the page."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.setFont("Helvetica", 11)
    c.drawString(
        60, 740, "SURGICAL PATHOLOGY REPORT. Diagnosis: Colon adenocarcinoma, moderately differentiated."
    )
    c.setFillColorRGB(1, 1, 1)
    c.drawString(60, 700, "HER2 IHC (4B5): 3+ (positive) in 90% of tumor cells.")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, 1200, "HER2 IHC (4B5): 3+ (positive). HER2 amplified.")
    c.showPage()
    c.save()
    return _write(folder, name, buf.getvalue())


def make_covered_text_pdf(folder: Path, name: str = "covered.pdf") -> Path:
    """Visible text says HER2 negative; a positive line under a black bar and one under a white
    patch (drawn after the text, as redaction and white-out tools do) must not be read."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.setFont("Helvetica", 11)
    y = 740
    for line in NEGATIVE_LINES:
        c.drawString(60, y, line)
        y -= 18
    c.drawString(60, 600, "PRELIMINARY: HER2 IHC (4B5): 3+ (positive). HER2 POSITIVE.")
    c.setFillColorRGB(0, 0, 0)
    c.rect(55, 596, 420, 16, fill=1, stroke=0)  # redaction bar over the whole line
    c.drawString(60, 560, "Amended: HER2 FISH amplified, ratio 5.1.")
    c.setFillColorRGB(1, 1, 1)
    c.rect(55, 556, 300, 16, fill=1, stroke=0)  # white-out patch
    c.showPage()
    c.save()
    return _write(folder, name, buf.getvalue())


def make_shaded_table_pdf(folder: Path, name: str = "shaded.pdf") -> Path:
    """Near-misses of covered text that a reader does see: a result on a shaded cell drawn before
    it, a translucent highlight over it, a strike-through rule and an underline."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    c.setFont("Helvetica", 11)
    c.drawString(60, 740, "SURGICAL PATHOLOGY REPORT. Diagnosis: Colon adenocarcinoma.")
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(55, 696, 420, 16, fill=1, stroke=0)  # cell shading first
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, 700, "HER2 IHC (4B5): 3+ (positive) in 90% of tumor cells.")  # text on top
    c.setFillColorRGB(1, 1, 0, alpha=0.3)
    c.rect(55, 696, 420, 16, fill=1, stroke=0)  # translucent highlight over it
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, 660, "Microsatellite stable. KRAS wild-type.")
    c.rect(55, 663, 200, 1, fill=1, stroke=0)  # strike-through rule
    c.rect(55, 657, 200, 0.8, fill=1, stroke=0)  # underline
    c.showPage()
    c.save()
    return _write(folder, name, buf.getvalue())


def make_many_pages_pdf(folder: Path, pages: int = 5000, name: str = "many_pages.pdf") -> Path:
    """`pages` tiny pages, each with one short line (the HER2 line on none of them)."""
    return _write(
        folder,
        name,
        report_pdf(["Archive page: scanned correspondence, nothing about the tumor."], pages=pages),
    )


# --- encryption (pypdf) -----------------------------------------------------------------------


def _encrypt(data: bytes, user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_user_password_pdf(folder: Path, password: str = "s3cret", name: str = "locked.pdf") -> Path:
    return _write(folder, name, _encrypt(report_pdf(), password, "owner-" + password))


def make_owner_password_pdf(folder: Path, name: str = "owner_only.pdf") -> Path:
    """Encrypted with an empty user password: opens without asking (printing rights only)."""
    return _write(folder, name, _encrypt(report_pdf(), "", "owner-only-secret"))


# --- damaged PDFs -----------------------------------------------------------------------------


def make_truncated_pdf(folder: Path, fraction: float, name: str | None = None) -> Path:
    """The first `fraction` of a valid report PDF: an interrupted download."""
    data = report_pdf(POSITIVE_LINES, pages=3)
    cut = max(1, int(len(data) * fraction))
    return _write(folder, name or f"truncated_{int(fraction * 100)}.pdf", data[:cut])


def make_broken_xref_pdf(folder: Path, name: str = "broken_xref.pdf") -> Path:
    """Every cross-reference offset points to the wrong place, and startxref too."""
    data = report_pdf(NEGATIVE_LINES, compress=False)
    head, sep, tail = data.rpartition(b"xref")
    lines = tail.split(b"\n")
    out = []
    for line in lines:
        if len(line) >= 18 and line[:10].isdigit() and line.rstrip().endswith((b" n", b" f")):
            line = b"%010d" % (int(line[:10]) + 7) + line[10:]
        out.append(line)
    broken = head + sep + b"\n".join(out)
    broken = broken.replace(b"startxref\n", b"startxref\n9", 1)
    return _write(folder, name, broken)


def make_no_eof_pdf(folder: Path, name: str = "no_eof.pdf") -> Path:
    """A valid PDF without its trailing %%EOF marker (readers usually cope)."""
    data = report_pdf(NEGATIVE_LINES)
    return _write(folder, name, data[: data.rindex(b"%%EOF")])


def raw_pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object i+1 is objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer_extra,
        xref,
    )
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# the readable line of the raw PDFs says negative: a hostile file read as "positive" is a misread
_TEXT = b"BT /F1 12 Tf 72 720 Td (Colon adenocarcinoma. HER2 IHC: 0 \\(negative\\).) Tj ET"


def make_reference_loop_pdf(folder: Path, name: str = "ref_loop.pdf") -> Path:
    """Objects that only point at each other: the page's /Contents and /Resources chase a cycle,
    and the stream /Length is a reference to a reference to itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 6 0 R /Contents 4 0 R >>",
        b"5 0 R",
        b"4 0 R",
        b"7 0 R",
        b"6 0 R",
        b"<< /Length 9 0 R >>\nstream\n" + _TEXT + b"\nendstream",
        b"9 0 R",
    ]
    return _write(folder, name, raw_pdf(objects))


def make_length_loop_pdf(folder: Path, name: str = "length_loop.pdf") -> Path:
    """pdfium reads this page ('HER2 testing was performed', no result, so the row view is asked
    for) but the stream /Length is a reference loop on which pdfminer spins forever."""
    text = b"BT /F1 12 Tf 72 720 Td (Colon adenocarcinoma. HER2 testing was performed on block A1.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        _FONT,
        b"<< /Length 6 0 R >>\nstream\n" + text + b"\nendstream",
        b"7 0 R",
        b"6 0 R",
    ]
    return _write(folder, name, raw_pdf(objects))


def make_self_referencing_tree_pdf(folder: Path, name: str = "page_tree_loop.pdf") -> Path:
    """A page-tree node that lists itself (and its parent) among its kids."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R 4 0 R] /Count 1000000 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
        _FONT,
        _stream(_TEXT),
    ]
    return _write(folder, name, raw_pdf(objects))


def make_nested_arrays_pdf(folder: Path, depth: int = 100_000, name: str = "nested.pdf") -> Path:
    """Arrays nested `depth` deep, in the page dictionary and in the content stream (recursion)."""
    nested = b"[" * depth + b"]" * depth
    deep_dict = b"<< /A " * 2000 + b"1" + b" >>" * 2000
    content = _TEXT + b"\n" + nested + b" pop\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Junk "
        + nested
        + b" /Deep "
        + deep_dict
        + b" >>",
        _FONT,
        _stream(content),
    ]
    return _write(folder, name, raw_pdf(objects))


def make_flate_bomb_pdf(folder: Path, inflated_mb: int = 1536, name: str = "flate_bomb.pdf") -> Path:
    """One page whose content stream inflates to `inflated_mb` MB of zeros (~1/1000 of that on disk).

    Built by streaming zlib so the generator itself never holds more than 1 MB of zeros.
    """
    comp = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    parts = [comp.compress(chunk) for _ in range(inflated_mb)]
    parts.append(comp.flush())
    packed = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>",
        _FONT,
        _stream(packed, b"/Filter /FlateDecode "),
        _stream(_TEXT),
    ]
    return _write(folder, name, raw_pdf(objects))


def make_no_tounicode_pdf(folder: Path, name: str = "no_tounicode.pdf") -> Path:
    """A subset-style font without a ToUnicode map: character codes are glyph numbers given in
    order of first appearance and the glyph names mean nothing, so a viewer with the embedded
    font would show the words but text extraction yields junk (old lab systems do this)."""
    line = "Colon adenocarcinoma. HER2 IHC: 3+ (positive) in 90% of tumor cells."
    codes: dict[str, int] = {}
    for ch in line:
        codes.setdefault(ch, 33 + len(codes))
    encoded = bytes(codes[ch] for ch in line)
    escaped = encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    names = b" ".join(b"/g%d" % i for i in range(33, 33 + len(codes)))
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+LabFont /FirstChar 33 /LastChar %d "
        % (32 + len(codes))
        + b"/Widths ["
        + b" ".join(b"500" for _ in codes)
        + b"] "
        b"/Encoding << /Type /Encoding /Differences [33 " + names + b"] >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        _stream(b"BT /F1 12 Tf 72 720 Td (" + escaped + b") Tj ET"),
    ]
    return _write(folder, name, raw_pdf(objects))


# --- files that are not reports ---------------------------------------------------------------


def png_bytes(width: int = 8, height: int = 8) -> bytes:
    """A valid grey PNG built with zlib only."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def make_png_named_pdf(folder: Path, name: str = "picture.pdf") -> Path:
    return _write(folder, name, png_bytes(32, 32))


def make_zip_named_pdf(folder: Path, name: str = "archive.pdf") -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.txt", POSITIVE_TEXT)
    return _write(folder, name, buf.getvalue())


def make_zip_holding_pdf(folder: Path, name: str = "archive_with_pdf.pdf") -> Path:
    """A ZIP named .pdf whose one member is a readable PDF stored uncompressed, so that "%PDF-"
    sits inside the archive's first kilobyte."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("report.pdf", report_pdf(POSITIVE_LINES, compress=False))
    return _write(folder, name, buf.getvalue())


def make_gzip_named_pdf(folder: Path, name: str = "report.pdf.pdf") -> Path:
    import gzip

    return _write(folder, name, gzip.compress(report_pdf(POSITIVE_LINES)))


def make_terminal_capture_text(folder: Path, name: str = "terminal.txt") -> Path:
    """A report saved from a terminal: colours, a window title, cursor moves around the words."""
    text = (
        "\x1b]0;pathology viewer\x07\x1b[?25l\x1b[1mSURGICAL PATHOLOGY REPORT\x1b[0m\n"
        "\x1b[2KDiagnosis: \x1b[33mColon adenocarcinoma\x1b[39m, moderately differentiated.\n"
        "\x1b[1;31mHER2 IHC (4B5):\x1b[0m \x1b[1m0\x1b[22m (negative).\x1b(B\n"
        "\x1b[32mMicrosatellite stable.\x1b[m KRAS wild-type.\x1b[?25h\n"
    )
    return _write(folder, name, text.encode("utf-8"))


def make_html_named_pdf(folder: Path, name: str = "portal.pdf") -> Path:
    html = b"<!DOCTYPE html>\n<html><head><title>Patient portal</title></head><body>Session expired. HER2 IHC: 3+ (positive)</body></html>\n"
    return _write(folder, name, html)


def make_empty(folder: Path, name: str = "empty.pdf") -> Path:
    return _write(folder, name, b"")


# --- text encodings and sizes -----------------------------------------------------------------


def make_utf16_text(folder: Path, name: str = "utf16.txt", bom: bool = True) -> Path:
    text = POSITIVE_TEXT.replace("\n", "\r\n")
    data = text.encode("utf-16") if bom else text.encode("utf-16-le")
    return _write(folder, name, data)


def make_latin1_text(folder: Path, name: str = "latin1.txt") -> Path:
    text = "Adénocarcinome du côlon, Dr. Müller. Colon adenocarcinoma. HER2 IHC: 3+ (positive). Señal ±.\n"
    return _write(folder, name, text.encode("latin-1"))


def make_nul_text(folder: Path, name: str = "nuls.txt") -> Path:
    """A text export padded with NUL bytes between (and inside) its lines."""
    data = b"\x00" * 64 + POSITIVE_TEXT.encode().replace(b" ", b" \x00") + b"\x00" * 4096
    return _write(folder, name, data)


def make_single_line_text(
    folder: Path, size_mb: float = 50, name: str = "one_line.txt", last: str = NEGATIVE_TEXT
) -> Path:
    """`size_mb` MB with no newline: filler words, then (still on the same line) the HER2 result."""
    filler = b"tissue sample fragment text "
    target = int(size_mb * 1024 * 1024)
    with open(Path(folder) / name, "wb") as fh:
        block = filler * (65536 // len(filler))
        written = 0
        while written < target:
            fh.write(block)
            written += len(block)
        fh.write(last.strip().encode())
    return Path(folder) / name


BACKTRACK_UNITS = {"spaces": " ", "digits": "1", "plus": "+", "mixed": " 1+ 2 + 3  +0 ", "ratio": " 2.2.2.2/"}


def make_backtracking_text(
    folder: Path, kind: str = "mixed", n: int = 100_000, name: str | None = None
) -> Path:
    r"""'HER2' followed by `n` characters of spaces, digits or plus signs (or a mix) on one line,
    the input a naive `HER2\s*(\d\s*\+?)*...` pattern backtracks on; the report's actual
    result, on the next line, is negative."""
    unit = BACKTRACK_UNITS[kind]
    body = (unit * (n // len(unit) + 1))[:n]
    text = "Colon adenocarcinoma.\nHER2" + body + "\n" + "HER2 IHC:" + body + "x\n" + NEGATIVE_TEXT
    return _write(folder, name or f"backtrack_{kind}.txt", text.encode())


# --- special files ----------------------------------------------------------------------------


def make_fifo(folder: Path, name: str = "pipe.txt") -> Path:
    path = Path(folder) / name
    os.mkfifo(path)
    return path


def make_symlink_loop(folder: Path, name: str = "loop") -> Path:
    """A folder link pointing at its own parent (walks must not follow it forever)."""
    path = Path(folder) / name
    os.symlink(os.path.abspath(folder), path)
    return path


def make_dev_zero_link(folder: Path, name: str = "x.pdf") -> Path:
    path = Path(folder) / name
    os.symlink("/dev/zero", path)
    return path


def make_self_link(folder: Path, name: str = "self.pdf") -> Path:
    """A file link that points at itself (ELOOP on open)."""
    path = Path(folder) / name
    os.symlink(name, path)
    return path


def make_dangling_link(folder: Path, name: str = "gone.pdf") -> Path:
    path = Path(folder) / name
    os.symlink(os.path.join(folder, "does-not-exist.pdf"), path)
    return path
