"""Shared option definitions and the single place that turns an error into one stderr line."""

from __future__ import annotations

import re

import typer

from ..errors import describe_error

__all__ = ["describe_error", "escape_surrogates"]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(json_text: str) -> str:
    """JSON text that encodes as UTF-8: a file name with non-UTF-8 bytes reaches Python as lone
    surrogates (U+DC80-U+DCFF), which UTF-8 cannot encode; written as \\uXXXX escapes they keep
    the JSON valid and `os.fsencode(json.loads(...))` gives the original bytes back."""
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


PASSWORD_OPT = typer.Option(None, "--password", help="Password for an encrypted PDF.", envvar="HER2CLI_PDF_PASSWORD")
OCR_OPT = typer.Option("auto", "--ocr", help="OCR scanned pages: auto (pages without text), always, never.", case_sensitive=False)
CANCER_OPT = typer.Option(
    None, "--cancer-type", help="Override the detected cancer type: colorectal, breast, gastric, esophageal, other.",
    case_sensitive=False,
)
DEBUG_OPT = typer.Option(False, "--debug", help="Show full tracebacks on errors (may include file paths).")
