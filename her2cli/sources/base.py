"""What every source reader returns: pages of text, with enough provenance to quote them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

PageOrigin = Literal["text", "pdf", "ocr"]


@dataclass(frozen=True)
class Page:
    """One page of a report as text.

    `text` is the reading-order view (pypdfium2 for PDFs, the file itself for text, Tesseract
    for images). `layout_text` is an optional second, row-preserving view of the same page
    (pdfplumber keeps table rows on one line but interleaves two-column pages); the matcher
    reads both because neither view alone is right for every layout.
    """

    number: int  # 1-based, as printed on the report
    text: str
    origin: PageOrigin = "text"
    layout_text: str | None = None
    # OCR only: mean word confidence (0-100) of the page and of each word, keyed by the word's
    # character offset in `text`, so a finding can carry the confidence of the words it used.
    ocr_confidence: float | None = None
    word_confidences: dict[int, float] = field(default_factory=dict)
    # PDF only: builds `layout_text` on demand (pdfplumber costs ~100 ms a page, docs/performance.md §1).
    layout_loader: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def layout_view(self) -> str | None:
        """The row-preserving view, built on first use."""
        if self.layout_text is not None:
            return self.layout_text
        if self.layout_loader is None:
            return None
        return self.layout_loader()


@dataclass(frozen=True)
class SourceWarning:
    """A reader's warning: its code (the message files hold its words in every language) and the
    English detail the JSON `warnings` list carries; the code travels with it so nothing
    downstream has to guess it from the English text."""

    code: Literal["hidden_text", "pages_skipped"]
    text: str


@dataclass(frozen=True)
class Document:
    """A whole report: its pages plus where it came from."""

    path: str
    kind: Literal["pdf", "text", "image"]
    pages: tuple[Page, ...]
    sha256: str
    warnings: tuple[SourceWarning, ...] = ()

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.origin == "ocr"]
