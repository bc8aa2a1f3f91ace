"""Turn a file, bytes or stdin into a Document of pages; the type is sniffed from content, not name."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO, Literal

from ..errors import (
    EmptyFileError,
    FileMissingError,
    GarbledTextError,
    IsDirectoryError,
    NotAReportError,
    NoTextLayerError,
    OcrUnavailableError,
    TooLargeError,
    UnreadableError,
)
from .base import Document, Page, SourceWarning
from .text import decode_text, is_garbled, split_text_pages

if TYPE_CHECKING:  # the OCR reader's modules load only when a page is OCR'd (start-up, issue 13)
    from .ocr_layout import LineFocus

__all__ = ["Document", "Page", "ReadOptions", "load_document", "load_bytes", "sniff_kind"]

OcrMode = Literal["auto", "always", "never"]
# A page with fewer visible characters than this has no usable text layer (a scan with a
# stamped page number, say) and is a candidate for OCR.
MIN_TEXT_CHARS = 25
# ZIP (also .docx, .xlsx), empty or spanned ZIP, gzip, 7-Zip, RAR.
ARCHIVE_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")


@dataclass(frozen=True)
class ReadOptions:
    password: str | None = None
    ocr: OcrMode = "auto"
    max_pages: int = 2000
    max_bytes: int = 200 * 1024 * 1024
    # Pages that need OCR, at most (images, scanned PDFs); None: HER2CLI_MAX_OCR_PAGES or 50.
    max_ocr_pages: int | None = None
    # The lines of an OCR'd page that matter (the API passes its "HER2 line" rule's search):
    # where they read poorly, the strips around them are read again (sources/ocr.py).
    ocr_focus: LineFocus | None = None


def sniff_kind(head: bytes) -> Literal["pdf", "image", "text", "zip", "html", "unknown"]:
    """Magic bytes decide; a report called .pdf that is really HTML is not a PDF.

    Archives are recognised first: a ZIP that stores a PDF uncompressed has "%PDF-" in its first
    kilobyte, but it is an archive, and reading the PDF out of it would hide that from the user.
    """
    if head.startswith(ARCHIVE_MAGIC):
        return "zip"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    ):
        return "image"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    return "text"


def read_limited(fh: BinaryIO, limit: int, size_hint: int = 0) -> bytes:
    """Up to limit + 1 bytes (one more than allowed, so the caller can tell it was too big).

    Never `fh.read(limit + 1)`: that reserves a limit-sized buffer up front (200 MB), which alone
    breaks a worker under a --max-memory cap whatever the size of the file.
    """
    chunks: list[bytes] = []
    total = 0
    step = min(limit + 1, max(size_hint + 1, 1 << 20))
    while total <= limit:
        chunk = fh.read(min(step, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _read_path(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if os.path.islink(p):
            raise UnreadableError(path, "dangling_link") from None
        raise FileMissingError(path, "no_such_file") from None
    except OSError as exc:
        raise UnreadableError(path, "cannot_open", reason=exc.strerror or "error") from None
    if stat.S_ISDIR(st.st_mode):
        raise IsDirectoryError(path, "folder")
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableError(path, "not_regular")
    if st.st_size > max_bytes:
        raise TooLargeError(path, "file_megabytes", megabytes=max_bytes // (1024 * 1024))
    try:
        with open(p, "rb") as fh:
            return read_limited(fh, max_bytes, st.st_size)
    except PermissionError:
        raise UnreadableError(path, "permission_denied") from None
    except OSError as exc:
        raise UnreadableError(path, "cannot_read", reason=exc.strerror or "error") from None


def load_document(path: str, options: ReadOptions = ReadOptions()) -> Document:
    """Read a report from a path, or from stdin when path is '-'."""
    if path == "-":
        data = read_limited(sys.stdin.buffer, options.max_bytes)
        return load_bytes(data, "-", options)
    return load_bytes(_read_path(path, options.max_bytes), path, options)


def load_bytes(data: bytes, source: str, options: ReadOptions = ReadOptions()) -> Document:
    if len(data) > options.max_bytes:
        raise TooLargeError(source, "input_megabytes", megabytes=options.max_bytes // (1024 * 1024))
    if not data.strip():
        raise EmptyFileError(source, "empty_file")
    digest = hashlib.sha256(data).hexdigest()
    kind = sniff_kind(data[:2048])
    if kind == "pdf":
        return _load_pdf(data, source, options, digest)
    if kind == "image":
        return _load_image(data, source, options, digest)
    if kind in ("zip", "html"):
        raise NotAReportError(source, "archive" if kind == "zip" else "web_page")
    text = decode_text(data, source)
    pages = tuple(Page(number=i + 1, text=t, origin="text") for i, t in enumerate(split_text_pages(text)))
    return Document(path=source, kind="text", pages=pages, sha256=digest)


def _ocr_page_cap(options: ReadOptions) -> int:
    from .imageprep import max_ocr_pages  # Pillow itself is imported only when an image is read

    return options.max_ocr_pages or max_ocr_pages()


def _ocr_module() -> ModuleType | None:
    try:
        from . import ocr
    except ImportError:  # pragma: no cover - the module ships with the package
        return None
    return ocr


def _load_pdf(data: bytes, source: str, options: ReadOptions, digest: str) -> Document:
    from .pdf import open_pdf, read_pdf_pages

    pdf_pages = read_pdf_pages(data, source, options.password, options.max_pages)
    warnings: list[SourceWarning] = []
    hidden_reasons = sorted({h.why for p in pdf_pages for h in p.hidden})
    if hidden_reasons:
        warnings.append(
            SourceWarning(
                "hidden_text",
                "Some text in this PDF cannot be seen when printed ("
                + ", ".join(hidden_reasons)
                + "); it was ignored.",
            )
        )
    with_text = [p for p in pdf_pages if p.text.strip()]
    garbled_only = bool(with_text) and all(is_garbled(p.text) for p in with_text)
    needs_ocr = [
        p.number
        for p in pdf_pages
        if options.ocr == "always" or len("".join(p.text.split())) < MIN_TEXT_CHARS or is_garbled(p.text)
    ]
    ocr_texts: dict[int, Page] = {}
    if needs_ocr and options.ocr != "never":
        ocr = _ocr_module()
        if ocr is not None and ocr.tesseract_path():
            cap = _ocr_page_cap(options)
            if len(needs_ocr) > cap:
                raise TooLargeError(source, "pdf_ocr_pages", **ocr.too_many_pages(len(needs_ocr), cap))
            pdf = open_pdf(data, source, options.password, options.max_pages)
            try:
                for number, result in ocr.ocr_pdf_pages(
                    pdf, needs_ocr, source=source, focus=options.ocr_focus
                ).items():
                    ocr_texts[number] = Page(
                        number=number,
                        text=result.text,
                        origin="ocr",
                        ocr_confidence=result.mean_confidence,
                        word_confidences=result.word_confidences,
                    )
            finally:
                pdf.close()
        elif garbled_only:
            raise GarbledTextError(source, "broken_font_no_tesseract")
        elif len(needs_ocr) == len(pdf_pages):
            raise NoTextLayerError(source, "scanned_no_tesseract")
        else:
            warnings.append(
                SourceWarning(
                    "pages_skipped",
                    f"{len(needs_ocr)} page(s) look scanned and were not read (Tesseract OCR is not installed).",
                )
            )
    elif garbled_only:
        raise GarbledTextError(source, "broken_font_ocr_off")
    elif needs_ocr and len(needs_ocr) == len(pdf_pages):
        raise NoTextLayerError(source, "scanned_ocr_off")
    pages: list[Page] = []
    for p in pdf_pages:
        if p.number in ocr_texts and ocr_texts[p.number].text.strip():
            pages.append(ocr_texts[p.number])
        else:
            pages.append(Page(number=p.number, text=p.text, origin="pdf", layout_loader=p.layout))
    if all(not p.text.strip() for p in pages):
        raise NoTextLayerError(source, "no_readable_text")
    return Document(path=source, kind="pdf", pages=tuple(pages), sha256=digest, warnings=tuple(warnings))


def _load_image(data: bytes, source: str, options: ReadOptions, digest: str) -> Document:
    if options.ocr == "never":
        raise NoTextLayerError(source, "image_ocr_off")
    ocr = _ocr_module()
    if ocr is None or not ocr.tesseract_path():
        raise OcrUnavailableError(source, "image_no_tesseract")
    frames = ocr.load_image_frames(
        data, source=source, max_frames=min(options.max_pages, _ocr_page_cap(options))
    )
    if len(frames) > options.max_pages:
        raise TooLargeError(source, "image_pages", pages=len(frames), limit=options.max_pages)
    pages = tuple(ocr.ocr_pages_from_images(frames, source=source, focus=options.ocr_focus))
    if not any(p.text.strip() for p in pages):
        raise NoTextLayerError(source, "image_no_text")
    return Document(path=source, kind="image", pages=pages, sha256=digest)
