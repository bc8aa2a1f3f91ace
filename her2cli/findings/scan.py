"""All findings of a document: pages joined (scopes may cross a page break), the fast reading-order
view first, pdfplumber's slow row view only where it can fill a gap."""

from __future__ import annotations

import bisect
import logging
from typing import Any

from ..normalize import fix_ocr_confusions, normalize
from ..rules import Compiled, compiled
from ..sources.base import Document, Page
from .columns import text_tab_test
from .delimited import spread_delimited_records
from .document import document_context, drop_page_furniture
from .label_options import blank_label_options
from .model import PAGE_BREAK, Finding, PageContext
from .ocr_fax import repair_fax_confusions
from .ocr_split import rejoin_split_words
from .ocr_trust import distrust_unclear_findings
from .ocr_words import repair_ocr_words
from .reference_columns import blank_reference_columns
from .related import read_related
from .replaced_prose import set_aside_replaced_in_prose
from .report_versions import set_aside_superseded_versions
from .samples import post_treatment_report
from .scanner import PageScanner
from .scope import clear_memo
from .spelled_numbers import read_spelled_decimals
from .versions import blank_superseded_columns

LAYOUT_ORDER_BASE = 10_000_000  # order of row-view findings: after every finding of the page's own view


def _quiet_pdf_loggers() -> None:
    """pdfminer logs warnings that can quote a PDF's own objects; report text must not reach stderr."""
    for name in ("pdfminer", "pdfplumber", "pypdfium2", "PIL"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL)
        logger.propagate = False


_quiet_pdf_loggers()


def _wants_layout(page: Page, page_findings: list[Finding], use_layout: str) -> bool:
    """The slow row view is read only for a page that names HER2 without any value read
    from it: the case of a table whose cells the reading-order view split apart."""
    if use_layout == "always":
        return True
    return (
        use_layout == "auto"
        and page.origin == "pdf"
        and any(f.family == "mention" and f.reason == "no_result" for f in page_findings)
        and not any(f.family != "mention" for f in page_findings)
    )


def _layout_findings(
    page: Page, page_findings: list[Finding], ctx: PageContext, c: Compiled
) -> list[Finding]:
    """Findings of the page's row view that fill a gap: a family already read from the
    reading-order view of this page is not read again from a view that interleaves columns."""
    try:
        layout = page.layout_view()
    except Exception:  # noqa: BLE001 - the row view is optional; a page pdfminer cannot parse keeps the pdfium view
        return []
    if not (layout and layout.strip()):
        return []
    base = page.number * LAYOUT_ORDER_BASE + LAYOUT_ORDER_BASE // 2
    extra = PageScanner(
        [(0, 0, page.number)], repair_ocr_words(normalize(layout), c.her2), ctx, c, base
    ).scan()
    have = {f.family for f in page_findings if f.family != "mention"}
    known = {(f.family, tuple(sorted(f.values.items()))) for f in page_findings if f.family != "mention"}
    added: list[Finding] = []
    for f in extra:
        if f.family == "mention" or f.family in have:
            continue
        sig = (f.family, tuple(sorted(f.values.items())))
        if sig not in known:
            f.view = "layout"  # offsets refer to the row-preserving view
            added.append(f)
            known.add(sig)
    return added


def _unique(findings: list[Finding]) -> list[Finding]:
    """The same value quoted from the same line once."""
    seen: set[tuple[Any, ...]] = set()
    unique: list[Finding] = []
    for f in findings:
        k = f.key()
        if k not in seen:
            seen.add(k)
            unique.append(f)
    return unique


def scan_document(
    doc: Document, *, use_layout: str = "auto", cancer_type: str | None = None
) -> tuple[PageContext, list[Finding], dict[str, Any]]:
    """All findings of a document. `use_layout`: 'auto' reads a PDF page's row view only where the
    reading-order view leaves a HER2 mention without a value; 'always' reads both views of every
    page (the slow path); 'never' reads only the fast view."""
    clear_memo()
    try:
        return _scan_document(doc, use_layout, cancer_type)
    finally:
        clear_memo()


def _scan_document(
    doc: Document, use_layout: str, cancer_type: str | None
) -> tuple[PageContext, list[Finding], dict[str, Any]]:
    c = compiled()
    # All pages joined so that scopes can cross a page break; a form feed on its own line marks
    # each break so that no line (and no quote) spans two pages.
    joined_parts: list[str] = []
    page_orig_starts: list[int] = []
    pos = 0
    for page in doc.pages:
        page_orig_starts.append(pos)
        joined_parts.append(fix_ocr_confusions(page.text) if page.origin == "ocr" else page.text)
        pos += len(page.text) + len(PAGE_BREAK)
    # look-alike digits first ("c0ntr ol"), then words OCR split ("contr ol"), then damaged result words
    fax_read = repair_fax_confusions(
        drop_page_furniture(spread_delimited_records(normalize(PAGE_BREAK.join(joined_parts))), c)
    )
    norm = repair_ocr_words(rejoin_split_words(fax_read), c.her2)
    norm = read_spelled_decimals(norm)  # "ratio one point four": a dictated decimal
    norm = blank_superseded_columns(norm, c)  # an amended table's original-version column
    norm = blank_reference_columns(norm, c)  # a results table's reference-range column
    norm = blank_label_options(norm, c)  # "HER2 IHC score (0, 1+, 2+, 3+): 1+": the label's options
    norm_starts = [bisect.bisect_left(norm.offsets, o) for o in page_orig_starts]
    texts = [norm.text[a:b] for a, b in zip(norm_starts, norm_starts[1:] + [len(norm.text)], strict=True)]
    ctx = document_context(texts, c)
    if cancer_type:
        ctx.cancer_type = cancer_type
    ctx.post_treatment = post_treatment_report(norm.text)
    mapping = [
        (ns, os_, p.number) for ns, os_, p in zip(norm_starts, page_orig_starts, doc.pages, strict=True)
    ]
    findings = PageScanner(mapping, norm, ctx, c, 0).scan()
    findings = set_aside_superseded_versions(findings, norm.text, c)  # a later version replaces
    findings = set_aside_replaced_in_prose(findings, norm.text, c)  # "this replaces the 3+ above"
    findings = distrust_unclear_findings(findings, {p.number: p for p in doc.pages})
    for page in doc.pages:
        page_findings = [f for f in findings if f.page == page.number]
        if _wants_layout(page, page_findings, use_layout) and page.layout_loader is not None:
            findings.extend(_layout_findings(page, page_findings, ctx, c))
    tab_tests = [text_tab_test(norm, start) for start in norm_starts]
    return ctx, _unique(findings), read_related(texts, c, tab_tests, ctx.cancer_type)
