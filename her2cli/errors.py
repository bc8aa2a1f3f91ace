"""Errors meant for the user: each carries a stable `kind` and a one-line message.

Messages name the file and say what to do; they never contain report text (reports are
private health information and stderr ends up in logs).
"""

from __future__ import annotations


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
