"""Shared option definitions, and the error a command raises to stop with one stderr line
(the one handler that prints it is Her2cliGroup.invoke in cli/__init__.py)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import typer

from ..errors import COMMAND, describe_error, render_error, safe_display
from ..exit_codes import ExitStatus

__all__ = ["DEBUG_KEY", "Cancer", "CommandError", "Lang", "Ocr", "describe_error", "escape_surrogates"]

DEBUG_KEY = "her2cli.debug"  # ctx.meta key: --debug was given, so the handler shows tracebacks


class CommandError(Exception):
    """A command cannot go on: `message` (file name and what to do, never report text) is
    printed as one line on stderr and the command exits with `status`.

    Raised as `CommandError("detail", status, path=..., name=value)`: the words are the template
    command.<detail> of data/messages/errors.toml, after "FILE: " when `path` is given."""

    def __init__(
        self, detail: str, status: ExitStatus = ExitStatus.FAILED, *, path: str | None = None, **params: Any
    ) -> None:
        message = render_error(f"{COMMAND}.{detail}", params)
        self.message = message if path is None else f"{safe_display(path)}: {message}"
        super().__init__(self.message)
        self.status = status

    @classmethod
    def rendered(cls, message: str, status: ExitStatus = ExitStatus.FAILED) -> CommandError:
        """A command error whose line was already rendered from its code (a report's error)."""
        error = cls.__new__(cls)
        Exception.__init__(error, message)
        error.message, error.status = message, status
        return error


def _remember_debug(ctx: typer.Context, value: bool) -> bool:
    ctx.meta[DEBUG_KEY] = value
    return value


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
