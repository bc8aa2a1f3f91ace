"""From page text to findings: every HER2 mention, what value it carries, and whether it counts.

A mention is a HER2 name (rules: `her2`). Its values are read from a bounded scope around it
(mention_scope.py, on scope.py's bounds) that never crosses another marker's name or a section header (so "ER positive, HER2
negative" gives HER2 only "negative"), one reader per kind of value (ihc.py, ish.py, ngs.py,
statement.py); context triggers in its sentence (context.py: pending, recommendation, history of
another cancer, control tissue, legends, therapy background, gene lists, methods sections) turn
a mention into a non-result with a `reason`, in the spirit of NegEx/ConText. document.py reads
the whole report (cancer type, page furniture), related.py the colorectal markers, and scan.py
puts it together.
"""

from __future__ import annotations

from .document import detect_cancer_type, document_context
from .model import PAGE_BREAK, Finding, PageContext, Section
from .related import read_related
from .scan import scan_document
from .scanner import PageScanner
from .scope import MATCH_TIMEOUT, SCOPE, ScopeSettings

__all__ = [
    "MATCH_TIMEOUT",
    "PAGE_BREAK",
    "SCOPE",
    "Finding",
    "PageContext",
    "PageScanner",
    "ScopeSettings",
    "Section",
    "detect_cancer_type",
    "document_context",
    "read_related",
    "scan_document",
]
