"""her2cli: read a pathology or genomic report and explain what it says about HER2 (ERBB2)."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import explain_document, explain_file, explain_text, safe_explain_file  # noqa: E402
from .model import SCHEMA_VERSION, Result  # noqa: E402

__all__ = ["SCHEMA_VERSION", "Result", "__version__", "explain_document", "explain_file", "explain_text", "safe_explain_file"]
