"""The library entry points: a report in, a Result out (the CLI renders exactly this)."""

from __future__ import annotations

import hashlib
from typing import Literal

from .errors import GarbledTextError, Her2cliError, TimeoutExceededError, TooLargeError
from .explain import attach_explanation
from .findings import scan_document
from .interpret import interpret
from .model import Result, SourceInfo, error_result
from .rules.ocr import ocr_focus
from .sources import Document, ReadOptions, load_bytes, load_document
from .sources.base import Page
from .sources.text import is_garbled, split_text_pages

CANCER_TYPE_CHOICES = ("colorectal", "breast", "gastric", "esophageal", "other")


MAX_TEXT_CHARS = 5_000_000  # a 300-page report has about 1 M characters of text (docs/performance.md)


def _check_text_quality(doc: Document) -> list[int]:
    """Pages whose text layer is not readable words; all of them garbled is an error."""
    total = sum(len(p.text) for p in doc.pages)
    if total > MAX_TEXT_CHARS:
        raise TooLargeError(doc.path, "text_characters", characters=total)
    # broken font maps are a PDF problem; a text file is taken as the words it has
    garbled = [p.number for p in doc.pages if p.origin == "pdf" and is_garbled(p.text)]
    if garbled and len(garbled) == len([p for p in doc.pages if p.text.strip()]):
        raise GarbledTextError(doc.path, "broken_font_text")
    return garbled


def explain_document(
    doc: Document,
    *,
    cancer_type: str | None = None,
    layout: str = "auto",
    lang: str = "en",
    explanation: bool | Literal["record"] = True,
) -> Result:
    """The Result of one loaded report, with its patient explanation attached in `lang`.

    `explanation=False` leaves out the patient explanation (`meaning`, `questions`; ~20% of the
    work on a short report): for outputs that carry only the result's fields, such as CSV.
    `explanation="record"` attaches the facts and only `meaning` and `questions`, for a result
    that only becomes a JSON record (the rest is built from the facts if it is ever asked for)."""
    garbled = _check_text_quality(doc)
    try:
        ctx, findings, related = scan_document(doc, use_layout=layout, cancer_type=cancer_type)
    except TimeoutError:
        # every pattern call has a time budget (findings.MATCH_TIMEOUT); text built to make
        # a pattern backtrack becomes an error for this file only
        raise TimeoutExceededError(doc.path, "unusual_text") from None
    full_text = "\n".join(p.text for p in doc.pages)
    result = interpret(findings, ctx, related, full_text)
    result.source = SourceInfo(
        path=doc.path, kind=doc.kind, pages=len(doc.pages), ocr_pages=doc.ocr_pages, sha256=doc.sha256
    )
    if garbled:
        pages = ", ".join(map(str, garbled))
        result.add_warning(
            "garbled_text",
            f"The text of page(s) {pages} is not readable words (a broken font map) and was not used.",
            pages=pages,
        )
    for warning in doc.warnings:
        result.add_warning(warning.code, warning.text)
    if doc.ocr_pages:
        pages = ", ".join(map(str, doc.ocr_pages))
        result.add_warning(
            "ocr_read",
            f"Pages {pages} were read from an image (OCR); check the quoted lines against the paper report.",
            pages=pages,
        )
        low = [
            p.number
            for p in doc.pages
            if p.origin == "ocr" and p.ocr_confidence is not None and p.ocr_confidence < 60
        ]
        if low and result.status in ("positive", "negative", "equivocal"):
            low_pages = ", ".join(map(str, low))
            result.add_warning(
                "low_ocr_confidence",
                f"The image was hard to read (low OCR confidence on pages {low_pages}); treat this result with care.",
                pages=low_pages,
            )
    if not explanation:
        return result
    return attach_explanation(result, lang, text=full_text, record_only=explanation == "record")


def _read_options(password: str | None, ocr: str, max_pages: int, max_ocr_pages: int | None) -> ReadOptions:
    """The reader's limits from the public keyword arguments (explain_file and explain_bytes)."""
    return ReadOptions(
        password=password,
        ocr=ocr,  # type: ignore[arg-type]
        max_pages=max_pages,
        max_ocr_pages=max_ocr_pages,
        ocr_focus=ocr_focus(),
    )


def explain_file(
    path: str,
    *,
    password: str | None = None,
    ocr: str = "auto",
    cancer_type: str | None = None,
    layout: str = "auto",
    max_pages: int = 2000,
    lang: str = "en",
    explanation: bool | Literal["record"] = True,
    max_ocr_pages: int | None = None,
) -> Result:
    """Read a report file (PDF, image or text; '-' for stdin) and explain its HER2 result.

    Raises her2cli.errors.Her2cliError (with `.kind` and a one-line message) when the file
    cannot be read; use `safe_explain_file` to get an error Result instead.
    """
    doc = load_document(
        path,
        _read_options(password, ocr, max_pages, max_ocr_pages),
    )
    return explain_document(doc, cancer_type=cancer_type, layout=layout, lang=lang, explanation=explanation)


def explain_text(
    text: str, *, cancer_type: str | None = None, source: str = "<text>", lang: str = "en"
) -> Result:
    """Explain a report given as a string (pages split on form feeds)."""
    pages = tuple(Page(number=i + 1, text=t, origin="text") for i, t in enumerate(split_text_pages(text)))
    doc = Document(
        path=source,
        kind="text",
        pages=pages,
        sha256=hashlib.sha256(text.encode("utf-8", "replace")).hexdigest(),
    )
    return explain_document(doc, cancer_type=cancer_type, lang=lang)


def explain_bytes(
    data: bytes,
    name: str = "<bytes>",
    *,
    password: str | None = None,
    ocr: str = "auto",
    cancer_type: str | None = None,
    layout: str = "auto",
    max_pages: int = 2000,
    lang: str = "en",
    explanation: bool | Literal["record"] = True,
    max_ocr_pages: int | None = None,
) -> Result:
    """Explain a report given as bytes (stdin, a blob from a store, a task in another engine):
    PDF, image or text, sniffed by content. `name` is the report's name in the result and in
    error messages (its path, say); nothing is read from disk. Raises Her2cliError like
    explain_file. It runs in the calling process: wrap it in a process with a time limit when the
    bytes may be a hostile PDF (docs/engines.md)."""
    doc = load_bytes(
        data,
        name,
        _read_options(password, ocr, max_pages, max_ocr_pages),
    )
    return explain_document(doc, cancer_type=cancer_type, layout=layout, lang=lang, explanation=explanation)


def safe_explain_file(path: str, **kwargs: object) -> Result:
    """Like explain_file, but a report that cannot be read gives a Result with `error` set."""
    try:
        return explain_file(path, **kwargs)  # type: ignore[arg-type]
    except Her2cliError as exc:
        return error_result(path, exc.kind, exc.message)
