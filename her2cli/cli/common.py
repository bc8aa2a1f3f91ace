"""Shared option definitions, and the error a command raises to stop with one stderr line
(the one handler that prints it is Her2cliGroup.invoke in cli/__init__.py)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import typer

from ..errors import COMMAND, describe_error, render_error, safe_display
from ..exit_codes import ExitStatus

__all__ = [
    "DEBUG_KEY",
    "LANG_KEY",
    "Cancer",
    "CommandError",
    "Lang",
    "Ocr",
    "argv_lang",
    "describe_error",
    "escape_surrogates",
    "remember_lang",
]

DEBUG_KEY = "her2cli.debug"  # ctx.meta key: --debug was given, so the handler shows tracebacks
LANG_KEY = "her2cli.lang"  # ctx.meta key: the --lang given, so the handler's lines are in it too


class CommandError(Exception):
    """A command cannot go on: `message` (file name and what to do, never report text) is
    printed as one line on stderr and the command exits with `status`.

    Raised as `CommandError("detail", status, path=..., name=value)`: the words are the template
    command.<detail> of data/messages/errors.toml, after "FILE: " when `path` is given."""

    def __init__(
        self, detail: str, status: ExitStatus = ExitStatus.FAILED, *, path: str | None = None, **params: Any
    ) -> None:
        self.code: str | None = f"{COMMAND}.{detail}"
        self.params = params
        self.path = path
        self.message = self.text("en")
        super().__init__(self.message)
        self.status = status

    def text(self, lang: str = "en") -> str:
        """The line in the reader's language (the --lang of the command)."""
        if self.code is None:
            return self.message
        message = render_error(self.code, self.params, lang)
        return message if self.path is None else f"{safe_display(self.path)}: {message}"

    @classmethod
    def rendered(cls, message: str, status: ExitStatus = ExitStatus.FAILED) -> CommandError:
        """A command error whose line was already rendered from its code (a report's error)."""
        error = cls.__new__(cls)
        Exception.__init__(error, message)
        error.message, error.status = message, status
        error.code, error.params, error.path = None, {}, None
        return error


def _remember_debug(ctx: typer.Context, value: bool) -> bool:
    ctx.meta[DEBUG_KEY] = value
    return value


def remember_lang(ctx: typer.Context, value: Any) -> Any:
    """--lang's callback: the one error handler writes its lines in this language too."""
    if value is not None:
        ctx.meta[LANG_KEY] = str(getattr(value, "value", value))
    return value


def argv_lang(argv: list[str]) -> str:
    """The --lang of a command line, for a line written before typer parsed it (Ctrl-C at start-up)."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg.partition("=")[2]
        if (arg == "--lang" or arg.startswith("--lang=")) and value.lower() in ("en", "es"):
            return value.lower()
    return "en"


def escape_surrogates(json_text: str) -> str:
    """JSON text that encodes as UTF-8: a file name with non-UTF-8 bytes reaches Python as lone
    surrogates (U+DC80-U+DCFF), which UTF-8 cannot encode; written as \\uXXXX escapes they keep
    the JSON valid and `os.fsencode(json.loads(...))` gives the original bytes back."""
    return json_text.encode("utf-8", "backslashreplace").decode("utf-8")


class Lang(StrEnum):
    en = "en"
    es = "es"


class Ocr(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Cancer(StrEnum):
    colorectal = "colorectal"
    breast = "breast"
    gastric = "gastric"
    esophageal = "esophageal"
    other = "other"


# Options several commands share, defined once. Their defaults are the worker's (batch.DEFAULT_*;
# tests/test_cli.py checks they agree): importing batch here would slow `her2cli --help`.
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
DEFAULT_MAX_PAGES = 2000  # sources.ReadOptions().max_pages
TIMEOUT_OPT = typer.Option(
    DEFAULT_TIMEOUT, "--timeout", min=1.0, help="Seconds allowed per report before it is stopped."
)
MAX_MEMORY_OPT = typer.Option(
    DEFAULT_MAX_MEMORY_MB, "--max-memory", min=256, help="Memory cap for reading a report, in MB."
)
MAX_PAGES_OPT = typer.Option(
    DEFAULT_MAX_PAGES, "--max-pages", min=1, help="Reports with more pages are refused."
)
PASSWORD_OPT = typer.Option(
    None, "--password", help="Password for an encrypted PDF.", envvar="HER2CLI_PDF_PASSWORD"
)
OCR_OPT = typer.Option(
    Ocr.auto,
    "--ocr",
    help="OCR scanned pages: auto (pages without text), always, never.",
    case_sensitive=False,
)
# The OCR page cap (issue 16): a file with more pages to OCR is refused at once with too_large.
MAX_OCR_PAGES_OPT = typer.Option(
    50,
    "--max-ocr-pages",
    min=1,
    envvar="HER2CLI_MAX_OCR_PAGES",
    show_envvar=False,
    help="Files with more pages to read by OCR (scans, photos, faxes) are refused at once (about 2-3 s a page); "
    "also HER2CLI_MAX_OCR_PAGES.",
)
CANCER_OPT = typer.Option(
    None,
    "--cancer-type",
    help="Override the detected cancer type: colorectal, breast, gastric, esophageal, other.",
    case_sensitive=False,
)
DEBUG_OPT = typer.Option(
    False,
    "--debug",
    help="Show full tracebacks on errors (may include file paths).",
    callback=_remember_debug,
)
