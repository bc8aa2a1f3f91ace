"""Renderers turn Results into text (terminal, JSON, CSV, HTML, table); this module holds what they share."""

from __future__ import annotations


def safe_display(value: str) -> str:
    """A file name or report string safe to print: control characters and bad bytes escaped."""
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 32 or ord(ch) == 127 or 0xDC80 <= ord(ch) <= 0xDCFF or 0x80 <= ord(ch) < 0xA0:
            code = ord(ch) - 0xDC00 if 0xDC80 <= ord(ch) <= 0xDCFF else ord(ch)
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)
