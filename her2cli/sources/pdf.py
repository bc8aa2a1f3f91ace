"""PDF pages as text: pypdfium2 for reading order, pdfplumber for table rows, only what a reader sees.

Two views per page because no extractor is right for every layout (docs/performance.md §1b):
pypdfium2 reads two-column pages in order but splits a table row over several lines; pdfplumber
keeps a row on one line but interleaves columns. The fast view is always made; the row view is
made lazily, page by page, when the matcher asks for it.

Text a reader cannot see is not evidence: invisible render mode, white fill, glyphs smaller than
1 pt, glyphs outside the page box, and text painted over by a later opaque filled rectangle are
dropped from both views.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    CorruptPdfError,
    PasswordRequiredError,
    TooLargeError,
    UnsupportedEncryptionError,
)

# pdfium text render modes 3 (neither fill nor stroke) and 7 (clip only) draw nothing.
INVISIBLE_RENDER_MODES = {3, 7}
MIN_VISIBLE_FONT_SIZE = 1.0  # points; smaller glyphs are not legible on paper
WHITE_LEVEL = 245  # fill colour components at or above this on all three channels count as white
MIN_ALPHA = 16  # almost transparent fill
COVER_MIN_ALPHA = 200  # a filled shape at least this opaque hides the text under it
MIN_COVER_SIZE = 3.0  # points; thinner filled shapes are rules and strike-throughs


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space


@dataclass(frozen=True)
class HiddenBox:
    """A rectangle (PDF user space) of a text object no reader can see, and why."""

    left: float
    bottom: float
    right: float
    top: float
    why: str

    def contains(self, x: float, y: float) -> bool:
        return self.left - 0.5 <= x <= self.right + 0.5 and self.bottom - 0.5 <= y <= self.top + 0.5


@dataclass
class PdfPageText:
    number: int
    text: str
    hidden: list[HiddenBox]
    char_count: int
    layout: Callable[[], str]


def import_pdfium() -> None:
    """Load pdfium now: a batch does it once before it forks its workers. Only the raw bindings
    (`pypdfium2_raw`): reading a text layer needs no more, and pypdfium2's object layer (its
    helper classes, config, version files: ~10 ms of CPU on the start of every report worker,
    docs/performance.md §3) is imported only where a page is rendered (OCR)."""
    _pdfium()


_LIBRARY: list[Any] = []  # pypdfium2_raw, once pdfium is initialised in this process


def _pdfium() -> Any:
    """pypdfium2_raw, with the library initialised once per process, as pypdfium2 does it (config
    version 2). pypdfium2, when it is imported later for OCR, initialises it again: pdfium
    ignores a second initialisation."""
    if not _LIBRARY:
        import pypdfium2_raw as raw

        if "pypdfium2._library_scope" not in sys.modules:  # pypdfium2 initialised it already
            config = raw.FPDF_LIBRARY_CONFIG(
                version=2, m_pUserFontPaths=None, m_pIsolate=None, m_v8EmbedderSlot=0
            )
            raw.FPDF_InitLibraryWithConfig(config)
        _LIBRARY.append(raw)
    return _LIBRARY[0]


def _open_error(code: int | None, source: str, password: str | None) -> Exception:
    """The user-facing error of a PDF pdfium could not open, from its error code."""
    raw = _pdfium()
    if code == raw.FPDF_ERR_PASSWORD:
        if password:
            return PasswordRequiredError(source, "wrong_password")
        return PasswordRequiredError(source, "needs_password")
    if code == raw.FPDF_ERR_SECURITY:
        return UnsupportedEncryptionError(source, "encryption")
    return CorruptPdfError(source, "damaged_pdf")


def open_pdf(data: bytes, source: str, password: str | None = None, max_pages: int = 2000) -> Any:
    """Open with pypdfium2 (a PdfDocument, for rendering pages) and map pdfium's error codes to
    the user-facing taxonomy."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise _open_error(getattr(exc, "err_code", None), source, password) from None
    n = len(pdf)
    if n == 0:
        pdf.close()
        raise CorruptPdfError(source, "no_pages")
    if n > max_pages:
        pdf.close()
        raise TooLargeError(source, "pdf_pages", pages=n, limit=max_pages)
    return pdf


def _hidden_text_boxes(page: Any) -> list[HiddenBox]:
    """Text objects that draw nothing a reader could see, or that a later opaque shape covers.

    Page objects are visited in drawing order, so a filled rectangle (a redaction bar, a white-out
    patch) hides the text drawn before it and not the text drawn on top of it.
    """
    raw = _pdfium()
    hidden: list[HiddenBox] = []
    drawn: list[Box] = []  # visible text boxes so far
    width, height = page.get_size()
    probe = _Probe()
    objects = _objects_in_drawing_order(page.raw)
    images = [
        b for kind, h in objects if kind == raw.FPDF_PAGEOBJ_IMAGE and (b := probe.bounds(h)) is not None
    ]
    for kind, obj in objects:
        if kind == raw.FPDF_PAGEOBJ_PATH:
            cover = probe.cover_box(obj) if drawn else None
            if cover is not None:
                hidden.extend(_covered(drawn, cover))
            continue
        if kind != raw.FPDF_PAGEOBJ_TEXT:
            continue
        box = probe.bounds(obj)
        if box is None:
            continue
        why = probe.why_invisible(obj, box, images, width, height)
        if why:
            hidden.append(HiddenBox(*box, why=why))
        else:
            drawn.append(box)
    return hidden


def _objects_in_drawing_order(page_handle: Any, max_depth: int = 4) -> list[tuple[int, Any]]:
    """(type, raw handle) of every page object, form XObjects opened up to `max_depth`, in the
    order they are drawn. Raw handles, not pypdfium2 wrappers: a table page has hundreds of
    path objects and a wrapper each would double the cost of this check."""
    raw = _pdfium()
    out: list[tuple[int, Any]] = []

    def walk(count: int, get: Any, depth: int) -> None:
        for i in range(count):
            handle = get(i)
            if not handle:
                continue
            kind = raw.FPDFPageObj_GetType(handle)
            if kind == raw.FPDF_PAGEOBJ_FORM and depth < max_depth:
                walk(
                    raw.FPDFFormObj_CountObjects(handle),
                    lambda j, h=handle: raw.FPDFFormObj_GetObject(h, j),
                    depth + 1,
                )
            else:
                out.append((kind, handle))

    walk(raw.FPDFPage_CountObjects(page_handle), lambda i: raw.FPDFPage_GetObject(page_handle, i), 0)
    return out


class _Probe:
    """The questions asked of each page object, with pdfium's out-parameters made once per page
    and reused for every object: a page has dozens of text objects and hundreds of paths, and
    allocating the ctypes values for each call cost as much as the calls themselves."""

    def __init__(self) -> None:
        raw = _pdfium()
        self.raw = raw
        self.left, self.bottom, self.right, self.top = (ctypes.c_float() for _ in range(4))
        self.red, self.green, self.blue, self.alpha = (ctypes.c_uint() for _ in range(4))
        self.size = ctypes.c_float()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.m = raw.FS_MATRIX()
        self.m_ref = ctypes.byref(self.m)

    def bounds(self, handle: Any) -> Box | None:
        if not self.raw.FPDFPageObj_GetBounds(handle, self.left, self.bottom, self.right, self.top):
            return None
        return (self.left.value, self.bottom.value, self.right.value, self.top.value)

    def matrix(self, handle: Any) -> tuple[float, float, float, float, float, float] | None:
        if not self.raw.FPDFPageObj_GetMatrix(handle, self.m_ref):
            return None
        m = self.m
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def fill_color(self, handle: Any) -> tuple[int, int, int, int] | None:
        if not self.raw.FPDFPageObj_GetFillColor(handle, self.red, self.green, self.blue, self.alpha):
            return None
        return (self.red.value, self.green.value, self.blue.value, self.alpha.value)

    def why_invisible(self, handle: Any, box: Box, images: list[Box], width: float, height: float) -> str:
        """Why one text object draws nothing a reader sees ("" when it is visible)."""
        raw = self.raw
        mode = raw.FPDFTextObj_GetTextRenderMode(handle)
        if mode in INVISIBLE_RENDER_MODES:
            # An OCR text layer (scanned PDF) is invisible text over a page image: that text is
            # what the reader sees in the image, so it counts.
            return "" if any(_overlaps(box, img) for img in images) else "invisible render mode"
        fill = self.fill_color(handle)
        if fill is not None and mode in (0, 4):
            r, g, b, a = fill
            if a < MIN_ALPHA or min(r, g, b) >= WHITE_LEVEL:
                return "white or transparent text"  # fill-only modes: a white fill is the whole glyph
        if (
            raw.FPDFTextObj_GetFontSize(handle, self.size)
            and self.effective_size(handle, self.size.value) < MIN_VISIBLE_FONT_SIZE
        ):
            return "text too small to read"
        if box[2] < 0 or box[0] > width or box[3] < 0 or box[1] > height:
            return "text outside the page"
        return ""

    def effective_size(self, handle: Any, size: float) -> float:
        """Font size times the object's vertical scale, so a 12pt font scaled by 0.01 counts as tiny."""
        m = self.matrix(handle)
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 if m else 1.0  # no matrix: trust the size
        return size * (scale or 1.0)

    def cover_box(self, handle: Any) -> Box | None:
        """The box of an opaque filled rectangle big enough to hide text, else None.

        Rules, table borders and strike-through lines are thinner than MIN_COVER_SIZE; stroked-only
        paths and translucent highlights hide nothing; other shapes are left alone because their
        bounding box is not what they cover.
        """
        raw = self.raw
        if (
            not raw.FPDFPath_GetDrawMode(handle, self.fill, self.stroke)
            or self.fill.value == raw.FPDF_FILLMODE_NONE
        ):
            return None
        fill = self.fill_color(handle)
        if fill is None or fill[3] < COVER_MIN_ALPHA:
            return None
        box = self.bounds(handle)
        if box is None or box[2] - box[0] < MIN_COVER_SIZE or box[3] - box[1] < MIN_COVER_SIZE:
            return None
        return box if self.is_rectangle(handle, box) else None

    def is_rectangle(self, handle: Any, box: Box) -> bool:
        """Every point of the path sits on a corner of its bounding box (an axis-aligned rectangle)."""
        raw = self.raw
        count = raw.FPDFPath_CountSegments(handle)
        if not 3 <= count <= 6:
            return False
        m = self.matrix(handle)
        if m is None:  # the shape cannot be placed, so it is not trusted to hide anything
            return False
        a, b, c, d, e, f = m
        x, y = self.x, self.y
        for i in range(count):
            segment = raw.FPDFPath_GetPathSegment(handle, i)
            if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
                return False
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            if min(abs(px - box[0]), abs(px - box[2])) > 1.0 or min(abs(py - box[1]), abs(py - box[3])) > 1.0:
                return False
        return True


def _covered(drawn: list[Box], cover: Box) -> list[HiddenBox]:
    """The parts of earlier text boxes that `cover` paints over (their middle band, at least)."""
    out: list[HiddenBox] = []
    for left, bottom, right, top in drawn:
        band = (top - bottom) * 0.25
        if cover[1] <= bottom + band and cover[3] >= top - band and cover[0] < right and left < cover[2]:
            part = (max(left, cover[0]), bottom, min(right, cover[2]), top)
            out.append(HiddenBox(*part, why="covered by a filled shape"))
    return out


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _visible_text(page: _RawPage, hidden: list[HiddenBox]) -> str:
    """Rebuild the page text char by char, leaving out glyphs inside hidden boxes."""
    raw = _pdfium()
    out: list[str] = []
    n = page.count_chars()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw_tp = page.text
    for i in range(n):
        code = raw.FPDFText_GetUnicode(raw_tp, i)
        ch = chr(code) if 0 < code < 0x110000 else ""
        if ch and not ch.isspace() and raw.FPDFText_GetCharBox(raw_tp, i, left, right, bottom, top):
            x = (left.value + right.value) / 2
            y = (bottom.value + top.value) / 2
            if any(h.contains(x, y) for h in hidden):
                continue
        out.append(ch)
    return "".join(out)


class _RawDocument:
    """A PDF opened with pdfium's raw API, the way pypdfium2's PdfDocument opens bytes (the same
    calls, the same checks and errors), without pypdfium2's object layer; `data` stays referenced
    while pdfium reads from it."""

    def __init__(self, data: bytes, source: str, password: str | None, max_pages: int) -> None:
        raw = _pdfium()
        self.raw, self.data = raw, data
        secret = None if password is None else (password + "\x00").encode("utf-8")
        self.handle = raw.FPDF_LoadMemDocument64(data, len(data), secret)
        if raw.FPDF_GetPageCount(self.handle) < 1:  # pypdfium2: no document, or no page
            code = raw.FPDF_GetLastError()
            self.close()
            raise _open_error(code, source, password)
        self.pages = raw.FPDF_GetPageCount(self.handle)
        if self.pages > max_pages:
            self.close()
            raise TooLargeError(source, "pdf_pages", pages=self.pages, limit=max_pages)

    def close(self) -> None:
        if self.handle:
            self.raw.FPDF_CloseDocument(self.handle)
            self.handle = None


class _RawPage:
    """One page and its text page, as pypdfium2's PdfPage and PdfTextPage give them."""

    def __init__(self, doc: _RawDocument, index: int, source: str) -> None:
        raw = doc.raw
        self.raw = raw.FPDF_LoadPage(doc.handle, index)
        self.text: Any = None
        if not self.raw:  # a page-tree entry that is no page (loops, wrong /Type)
            raise CorruptPdfError(source, "damaged_page", page=index + 1)
        self.text = raw.FPDFText_LoadPage(self.raw)
        if not self.text:
            self.close(raw)
            raise CorruptPdfError(source, "unreadable_page_text", page=index + 1)

    def get_size(self) -> tuple[float, float]:
        raw = _pdfium()
        return (raw.FPDF_GetPageWidthF(self.raw), raw.FPDF_GetPageHeightF(self.raw))

    def count_chars(self) -> int:
        n = _pdfium().FPDFText_CountChars(self.text)
        if n == -1:
            import pypdfium2  # the error pypdfium2 raises here, as before

            raise pypdfium2.PdfiumError("Failed to get character count.")
        return int(n)

    def text_range(self) -> str:
        """All of the page's text: pypdfium2's get_text_range() (its active-range fix for
        characters pdfium leaves out at either end, crbug.com/pdfium/2079; UTF-16, errors ignored)."""
        raw = _pdfium()
        first, last = 0, self.count_chars() - 1
        while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(self.text, first) == -1:
            first += 1
        while first <= last and raw.FPDFText_GetTextIndexFromCharIndex(self.text, last) == -1:
            last -= 1
        if first > last:
            return ""
        t_start = raw.FPDFText_GetTextIndexFromCharIndex(self.text, first)
        t_end = raw.FPDFText_GetTextIndexFromCharIndex(self.text, last)
        size = t_end + 2 - t_start  # including the NUL at the end
        buffer = (ctypes.c_ushort * size)()
        written = raw.FPDFText_GetText(self.text, first, last - first + 1, buffer)
        return bytes(memoryview(buffer)[: written - 1]).decode("utf-16-le", errors="ignore")

    def close(self, raw: Any = None) -> None:
        raw = raw or _pdfium()
        if self.text:
            raw.FPDFText_ClosePage(self.text)
            self.text = None
        if self.raw:
            raw.FPDF_ClosePage(self.raw)
            self.raw = None


def read_pdf_pages(
    data: bytes, source: str, password: str | None = None, max_pages: int = 2000
) -> list[PdfPageText]:
    """All pages' reading-order text, plus a lazy row-preserving view of each."""
    pdf = _RawDocument(data, source, password, max_pages)
    pages: list[PdfPageText] = []
    try:
        for index in range(pdf.pages):
            page = _RawPage(pdf, index, source)
            try:
                hidden = _hidden_text_boxes(page)
                text = _visible_text(page, hidden) if hidden else page.text_range()
                count = page.count_chars()
            finally:
                page.close()
            pages.append(
                PdfPageText(
                    number=index + 1,
                    text=_unix_newlines(text),
                    hidden=hidden,
                    char_count=count,
                    layout=_layout_loader(data, index, hidden, password),
                )
            )
    finally:
        pdf.close()
    return pages


def _unix_newlines(text: str) -> str:
    """pdfium ends lines with CR LF; a lone CR (old Mac files) is a line end too."""
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if "\r" in text else text


def _layout_loader(
    data: bytes, index: int, hidden: list[HiddenBox], password: str | None
) -> Callable[[], str]:
    cache: list[str] = []

    def load() -> str:
        if not cache:
            cache.append(layout_text(data, index, hidden, password))
        return cache[0]

    return load


def layout_text(data: bytes, index: int, hidden: list[HiddenBox], password: str | None = None) -> str:
    """pdfplumber's row-preserving text of one page, with the same invisible glyphs removed."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), password=password or "", pages=[index + 1]) as pdf:
        page = pdf.pages[0]
        try:
            height = float(page.height)
            bbox = page.bbox

            def visible(obj: dict[str, Any]) -> bool:
                if obj.get("object_type") != "char":
                    return True
                x = (obj["x0"] + obj["x1"]) / 2
                top = (obj["top"] + obj["bottom"]) / 2
                if not (bbox[0] <= x <= bbox[2] and bbox[1] <= top <= bbox[3]):
                    return False
                if obj.get("size", 10) < MIN_VISIBLE_FONT_SIZE:
                    return False
                color = obj.get("non_stroking_color")
                if _is_white(color):
                    return False
                y_pdf = height - top
                return not any(h.contains(x, y_pdf) for h in hidden)

            text = page.filter(visible).extract_text() or ""
        finally:
            page.close()
    return text


def _is_white(color: Any) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= 0.96
    try:
        values = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 1:
        return values[0] >= 0.96
    if len(values) == 3:
        return min(values) >= 0.96
    if len(values) == 4:  # CMYK
        return max(values) <= 0.04
    return False
