"""PDF pages as text: pypdfium2 for reading order, pdfplumber for table rows, only what a reader sees.

Two views per page because no extractor is right for every layout (docs/performance.md §1b):
pypdfium2 reads two-column pages in order but splits a table row over several lines; pdfplumber
keeps a row on one line but interleaves columns. The fast view is always made; the row view is
made lazily, page by page, when the matcher asks for it.

Text a reader cannot see is not evidence: invisible render mode, white fill, glyphs smaller than
1 pt, glyphs outside the page box, and text painted over by a later opaque filled rectangle are
dropped from both views (which text is hidden: pdf_hidden.py).
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
from .pdf_hidden import MIN_VISIBLE_FONT_SIZE, HiddenBox, hidden_text_boxes


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
                hidden = hidden_text_boxes(_pdfium(), page)
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
