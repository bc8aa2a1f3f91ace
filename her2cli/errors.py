"""Errors meant for the user: each carries a stable `kind` and a one-line message.

Messages name the file and say what to do; they never contain report text (reports are
private health information and stderr ends up in logs). An error is raised with a message code
and named parameters; the words live in her2cli/data/messages/errors.toml, in every language,
and are rendered once, in the chosen language, where the error is shown.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from string import Formatter
from typing import Any


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


ERROR_LANGUAGES = ("en", "es")
COMMAND = "command"  # errors.toml namespace of messages that end a command, not a report's kind
PROGRESS = "progress"  # errors.toml namespace of a command's progress and stop lines on stderr


class ErrorTemplateError(ValueError):
    """errors.toml is inconsistent (a packaging or editing mistake, not a user error)."""


@cache
def error_templates(lang: str) -> dict[str, str]:
    """Every error template of one language, by code ("<kind>.<detail>"); validated on load."""
    if lang not in ERROR_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(ERROR_LANGUAGES)}")
    import tomllib  # only when a message is written: not on the start of every command (issue 13)

    from .data_files import read_text

    by_kind = tomllib.loads(read_text("data", "messages", "errors.toml")).get(lang, {})
    known = {k.value for k in ErrorKind} | {COMMAND, PROGRESS}
    templates: dict[str, str] = {}
    for kind, details in by_kind.items():
        if kind not in known:
            raise ErrorTemplateError(f"errors.toml [{lang}.{kind}]: not an error kind")
        for detail, template in details.items():
            templates[f"{kind}.{detail}"] = template
    return templates


def template_fields(template: str) -> frozenset[str]:
    """The named placeholders of a template ("{limit:,}" -> "limit")."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def render_error(code: str, params: dict[str, Any], lang: str = "en") -> str:
    """The one-line message of `code` in `lang` (tests/test_error_messages.py: every language
    has every code, with the same placeholders)."""
    return error_templates(lang)[code].format(**params)


def progress_line(detail: str, lang: str = "en", **params: Any) -> str:
    """A progress or stop line for stderr, in the reader's language: "her2cli: <words>\\n"."""
    return f"her2cli: {render_error(f'{PROGRESS}.{detail}', params, lang)}\n"


def error_line(path: str, code: str, lang: str = "en", **params: Any) -> str:
    """The one-line message of an error record: "FILE: message"."""
    return f"{safe_display(path)}: {render_error(code, params, lang)}"


class Her2cliError(Exception):
    """Base of all errors her2cli reports to the user instead of a traceback.

    Raised as `SomeError(path, "detail", name=value, ...)`: the message is the template
    "<kind>.<detail>" of errors.toml. `message` is the English text (logs, the JSON record);
    `text(lang)` is the same message in another language.
    """

    kind: ErrorKind = ErrorKind.INTERNAL_ERROR
    exit_code = 1

    def __init__(self, path: str, detail: str, **params: Any) -> None:
        self.path = path
        self.code = f"{self.kind.value}.{detail}"
        self.params = params
        self.message = render_error(self.code, params)
        super().__init__(f"{path}: {self.message}")

    def text(self, lang: str = "en") -> str:
        return render_error(self.code, self.params, lang)


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


def describe_error(exc: BaseException, path: str, lang: str = "en") -> tuple[ErrorKind, str]:
    """(kind, one-line message) for any exception; never includes report text."""
    if isinstance(exc, Her2cliError):
        return exc.kind, error_line(exc.path, exc.code, lang, **exc.params)
    if isinstance(exc, MemoryError):
        return ErrorKind.MEMORY_LIMIT, error_line(path, "memory_limit.too_much_memory", lang)
    if isinstance(exc, TimeoutError):
        return ErrorKind.TIMEOUT, error_line(path, "timeout.too_slow", lang)
    return ErrorKind.INTERNAL_ERROR, error_line(
        path, "internal_error.unexpected", lang, exception=type(exc).__name__
    )
