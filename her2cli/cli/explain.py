"""`her2cli explain REPORT`: one report, explained for a patient, or as JSON for a pipeline."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import progress_line, render_error, safe_display
from . import app
from .common import (
    CANCER_OPT,
    DEBUG_OPT,
    MAX_MEMORY_OPT,
    MAX_OCR_PAGES_OPT,
    OCR_OPT,
    PASSWORD_OPT,
    TIMEOUT_OPT,
    Cancer,
    CommandError,
    Lang,
    Ocr,
    describe_error,
    escape_surrogates,
    remember_lang,
)

if TYPE_CHECKING:
    from ..batch import WorkOptions
    from ..model import Result

__all__ = ["Cancer", "ExplainFormat", "Lang", "Ocr", "explain_command"]


class ExplainFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    text = "text"
    html = "html"
    fhir = "fhir"


@app.command("explain")
def explain_command(
    report: str = typer.Argument(
        ..., help="The report: a PDF, an image (PNG/JPEG/TIFF) or a text file; '-' reads stdin."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print one JSON object (see `her2cli schema`) instead of the summary."
    ),
    fmt: ExplainFormat = typer.Option(
        ExplainFormat.terminal, "--format", help="Output format.", case_sensitive=False
    ),
    lang: Lang = typer.Option(
        Lang.en,
        "--lang",
        help="Language of the summary: en or es.",
        case_sensitive=False,
        callback=remember_lang,
        is_eager=True,
    ),
    save: Path | None = typer.Option(None, "--save", help="Also save a printable summary (.html or .txt)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing --save file."),
    no_color: bool = typer.Option(
        False, "--no-color", help="No colors (also when NO_COLOR is set or output is not a terminal)."
    ),
    width: int | None = typer.Option(
        None, "--width", min=40, max=300, help="Width of the summary in characters."
    ),
    password: str | None = PASSWORD_OPT,
    ocr: Ocr = OCR_OPT,
    max_ocr_pages: int = MAX_OCR_PAGES_OPT,
    cancer_type: Cancer | None = CANCER_OPT,
    timeout: float = TIMEOUT_OPT,
    max_memory: int = MAX_MEMORY_OPT,
    debug: bool = DEBUG_OPT,
    subject: str | None = typer.Option(
        None,
        "--subject",
        help="With --format fhir: the FHIR reference of the patient (e.g. Patient/123); left out otherwise.",
    ),
) -> None:
    """Explain what one report says about HER2, with the report lines it relied on.

    Exit codes: 0 the report was read (whatever the HER2 status); 1 it could not be read; 2 usage error.
    """
    from ..batch import WorkOptions

    fmt = ExplainFormat.json if as_json else fmt
    if subject is not None:
        from ..render.fhir import valid_subject

        if fmt != ExplainFormat.fhir or not valid_subject(subject):
            raise typer.BadParameter(
                render_error("command.subject_needs_fhir", {}, lang.value), param_hint="--subject"
            )
    # The report is parsed in a worker process with a time and memory cap (issue 6): a PDF that
    # hangs the parser, balloons memory or crashes it gives an error, never a hang or a core dump.
    options = WorkOptions(
        password=password,
        ocr=ocr.value,
        cancer_type=cancer_type.value if cancer_type else None,
        timeout=timeout,
        max_memory_mb=max_memory,
        lang=lang.value,
        max_ocr_pages=max_ocr_pages,
    )
    # JSON alone needs only the record: it comes back as a dict, and no explanation module is
    # imported here only to unpickle a Result (with --save the summary needs the Result)
    result = read_report(
        report, options, fmt, debug=debug, as_record=fmt == ExplainFormat.json and save is None
    )
    if isinstance(result, dict):
        from ..render.json_ import record_json

        sys.stdout.write(escape_surrogates(record_json(result)) + "\n")
        return
    color = (
        not no_color
        and fmt == ExplainFormat.terminal
        and "NO_COLOR" not in os.environ
        and sys.stdout.isatty()
    )
    write_result(result, fmt, lang.value, color=color, width=width, subject=subject)
    if save is not None:
        save_summary(result, save, lang.value, force=force)


def read_report(
    report: str, options: WorkOptions, fmt: ExplainFormat, *, debug: bool, as_record: bool = False
) -> Result | dict[str, Any]:
    """The report's result (its JSON-contract dict with `as_record`), read in an isolated worker;
    a report that cannot be read ends the command with one stderr line (and, for --json and
    fhir, its error object on stdout)."""
    from ..isolated import WorkerFailure, explain_isolated
    from ..model import error_result
    from ..sources import ReadOptions, read_limited

    try:
        data = read_limited(sys.stdin.buffer, ReadOptions().max_bytes) if report == "-" else None
        result: Result | dict[str, Any] = explain_isolated(report, options, data, as_record=as_record)
        return result
    except Exception as exc:  # every failure becomes one line (and one JSON object with --json)
        if isinstance(exc, WorkerFailure):
            kind, message = exc.kind, exc.message
            if debug and exc.details:
                sys.stderr.write(exc.details)
        else:
            kind, message = describe_error(exc, report, options.lang)
            if debug:
                import traceback

                traceback.print_exc()
        if fmt in (ExplainFormat.json, ExplainFormat.fhir):
            write_result(error_result(report, kind, message), fmt, "en")
        raise CommandError.rendered(message) from None


def write_result(
    result: Result,
    fmt: ExplainFormat,
    lang: str,
    *,
    color: bool = False,
    width: int | None = None,
    subject: str | None = None,
) -> None:
    """The result on stdout in the chosen format (a failed read's FHIR form is an OperationOutcome)."""
    if fmt == ExplainFormat.json:
        from ..render.json_ import result_json

        sys.stdout.write(escape_surrogates(result_json(result)) + "\n")
    elif fmt == ExplainFormat.fhir:
        from ..render.fhir import fhir_json, resource_for_record

        sys.stdout.write(fhir_json(resource_for_record(result.to_dict(), subject=subject)) + "\n")
    elif fmt == ExplainFormat.html:
        from ..render.html import render_html

        sys.stdout.write(render_html(result, lang))
    else:
        from ..render.terminal import print_summary

        print_summary(result, lang=lang, color=color, width=width)


def save_summary(result: Result, save: Path, lang: str, *, force: bool) -> None:
    """--save: the printable page (or text) beside the output; a refusal is one line, exit 1."""
    from ..render.files import save_summary as write_summary

    try:
        write_summary(result, save, lang, force=force)
    except FileExistsError:
        raise CommandError("save_exists", path=str(save)) from None
    except OSError as exc:
        raise CommandError("save_failed", path=str(save), reason=exc.strerror) from None
    sys.stderr.write(progress_line("saved_summary", lang, path=safe_display(str(save))))
