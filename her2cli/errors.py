"""Errors meant for the user: each carries a stable `kind` and a one-line message.

Messages name the file and say what to do; they never contain report text (reports are
private health information and stderr ends up in logs).
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """Why a report could not be read: the `error.kind` of the JSON contract (docs/json-contract.md)."""

    NOT_FOUND_FILE = "not_found_file"  # the path does not exist
    IS_DIRECTORY = "is_directory"  # a directory where a report file was expected
    UNREADABLE = "unreadable"  # permissions, FIFO, device or dangling link
    NOT_A_REPORT = "not_a_report"  # neither a PDF, an image nor text
    EMPTY = "empty"  # zero bytes or only whitespace
    TRUNCATED_OR_CORRUPT = "truncated_or_corrupt"  # the PDF parser could not read the file
    PASSWORD_REQUIRED = "password_required"  # encrypted PDF that needs a user password
    UNSUPPORTED_ENCRYPTION = "unsupported_encryption"  # encryption the readers cannot open
    NO_TEXT_LAYER = "no_text_layer"  # scanned PDF or image with no OCR available or allowed
    GARBLED_TEXT = "garbled_text"  # text layer present but not readable words (broken font maps)
    TOO_LARGE = "too_large"  # over the page or size limits
    TIMEOUT = "timeout"  # reading the file took longer than the time limit
    MEMORY_LIMIT = "memory_limit"  # reading the file needed more memory than allowed
    OCR_UNAVAILABLE = "ocr_unavailable"  # Tesseract is not installed
    WORKER_DIED = "worker_died"  # scan --dask: every worker given this file died (out of memory, a crash)
    INTERNAL_ERROR = "internal_error"  # a bug: please report it


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

    kind: ErrorKind = ErrorKind.INTERNAL_ERROR
    exit_code = 1

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _make(name: str, kind: ErrorKind, doc: str) -> type[Her2cliError]:
    return type(name, (Her2cliError,), {"kind": kind, "__doc__": doc})


FileMissingError = _make("FileMissingError", ErrorKind.NOT_FOUND_FILE, "The path does not exist.")
IsDirectoryError = _make(
    "IsDirectoryError", ErrorKind.IS_DIRECTORY, "A directory was given where a report file was expected."
)
UnreadableError = _make(
    "UnreadableError", ErrorKind.UNREADABLE, "Permissions, FIFO, device or dangling link."
)
NotAReportError = _make("NotAReportError", ErrorKind.NOT_A_REPORT, "Neither a PDF, an image nor text.")
EmptyFileError = _make("EmptyFileError", ErrorKind.EMPTY, "Zero bytes or only whitespace.")
CorruptPdfError = _make(
    "CorruptPdfError", ErrorKind.TRUNCATED_OR_CORRUPT, "The PDF parser could not read the file."
)
PasswordRequiredError = _make(
    "PasswordRequiredError", ErrorKind.PASSWORD_REQUIRED, "Encrypted PDF that needs a user password."
)
UnsupportedEncryptionError = _make(
    "UnsupportedEncryptionError", ErrorKind.UNSUPPORTED_ENCRYPTION, "Encryption the readers cannot open."
)
NoTextLayerError = _make(
    "NoTextLayerError", ErrorKind.NO_TEXT_LAYER, "Scanned PDF or image with no OCR available or allowed."
)
GarbledTextError = _make(
    "GarbledTextError",
    ErrorKind.GARBLED_TEXT,
    "Text layer present but not readable words (broken font maps).",
)
TooLargeError = _make("TooLargeError", ErrorKind.TOO_LARGE, "Over the page or size limits.")
TimeoutExceededError = _make(
    "TimeoutExceededError", ErrorKind.TIMEOUT, "Reading the file took longer than the time limit."
)
MemoryLimitError = _make(
    "MemoryLimitError", ErrorKind.MEMORY_LIMIT, "Reading the file needed more memory than allowed."
)
OcrUnavailableError = _make("OcrUnavailableError", ErrorKind.OCR_UNAVAILABLE, "Tesseract is not installed.")


def describe_error(exc: BaseException, path: str) -> tuple[ErrorKind, str]:
    """(kind, one-line message) for any exception; never includes report text."""
    if isinstance(exc, Her2cliError):
        return exc.kind, f"{safe_display(exc.path)}: {exc.message}"
    if isinstance(exc, MemoryError):
        return (
            ErrorKind.MEMORY_LIMIT,
            f"{safe_display(path)}: reading this file needed too much memory; check it is a report",
        )
    if isinstance(exc, TimeoutError):
        return (
            ErrorKind.TIMEOUT,
            f"{safe_display(path)}: reading this file took too long; check it is a report",
        )
    return (
        ErrorKind.INTERNAL_ERROR,
        f"{safe_display(path)}: her2cli hit an unexpected problem ({type(exc).__name__}); "
        "please report it (run with --debug for details)",
    )
