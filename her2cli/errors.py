"""Errors meant for the user: each carries a stable `kind` and a one-line message.

Messages name the file and say what to do; they never contain report text (reports are
private health information and stderr ends up in logs).
"""

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


class Her2cliError(Exception):
    """Base of all errors her2cli reports to the user instead of a traceback."""

    kind = "internal_error"
    exit_code = 1

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _make(name: str, kind: str, doc: str) -> type[Her2cliError]:
    return type(name, (Her2cliError,), {"kind": kind, "__doc__": doc})


FileMissingError = _make("FileMissingError", "not_found_file", "The path does not exist.")
IsDirectoryError = _make("IsDirectoryError", "is_directory", "A directory was given where a report file was expected.")
UnreadableError = _make("UnreadableError", "unreadable", "Permissions, FIFO, device or dangling link.")
NotAReportError = _make("NotAReportError", "not_a_report", "Neither a PDF, an image nor text.")
EmptyFileError = _make("EmptyFileError", "empty", "Zero bytes or only whitespace.")
CorruptPdfError = _make("CorruptPdfError", "truncated_or_corrupt", "The PDF parser could not read the file.")
PasswordRequiredError = _make("PasswordRequiredError", "password_required", "Encrypted PDF that needs a user password.")
UnsupportedEncryptionError = _make("UnsupportedEncryptionError", "unsupported_encryption", "Encryption the readers cannot open.")
NoTextLayerError = _make("NoTextLayerError", "no_text_layer", "Scanned PDF or image with no OCR available or allowed.")
GarbledTextError = _make("GarbledTextError", "garbled_text", "Text layer present but not readable words (broken font maps).")
TooLargeError = _make("TooLargeError", "too_large", "Over the page or size limits.")
TimeoutExceededError = _make("TimeoutExceededError", "timeout", "Reading the file took longer than the time limit.")
MemoryLimitError = _make("MemoryLimitError", "memory_limit", "Reading the file needed more memory than allowed.")
OcrUnavailableError = _make("OcrUnavailableError", "ocr_unavailable", "Tesseract is not installed.")


def describe_error(exc: BaseException, path: str) -> tuple[str, str]:
    """(kind, one-line message) for any exception; never includes report text."""
    if isinstance(exc, Her2cliError):
        return exc.kind, f"{safe_display(exc.path)}: {exc.message}"
    if isinstance(exc, MemoryError):
        return "memory_limit", f"{safe_display(path)}: reading this file needed too much memory; check it is a report"
    if isinstance(exc, TimeoutError):
        return "timeout", f"{safe_display(path)}: reading this file took too long; check it is a report"
    return (
        "internal_error",
        f"{safe_display(path)}: her2cli hit an unexpected problem ({type(exc).__name__}); "
        "please report it (run with --debug for details)",
    )
