"""her2cli: read a pathology or genomic report and explain what it says about HER2 (ERBB2).

The library API (`explain_file`, `explain_bytes`, `explain_text`, `explain_document`,
`safe_explain_file`; docs/engines.md for use inside Dask or Spark) is
imported on first use so that `her2cli --help` stays fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
# 1.1 added `specimens`; 1.2 added cancer_type "lung"; 1.3 the warning code retest_recommended;
# 1.4 added `related.er` and `related.pr` (breast ER/PR as the summary shows them) and `notes`
SCHEMA_VERSION = "1.4"

_LAZY = {
    "explain_file": "api",
    "explain_bytes": "api",
    "explain_text": "api",
    "explain_document": "api",
    "safe_explain_file": "api",
    "Result": "model",
}

__all__ = [
    "SCHEMA_VERSION",
    "Result",
    "__version__",
    "explain_bytes",
    "explain_document",
    "explain_file",
    "explain_text",
    "safe_explain_file",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'her2cli' has no attribute {name!r}")
