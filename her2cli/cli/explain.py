"""`her2cli explain REPORT`: one report, explained for a patient, or as JSON for a pipeline."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

import typer

from . import app
from .common import (
    CANCER_OPT,
    DEBUG_OPT,
    MAX_OCR_PAGES_OPT,
    OCR_OPT,
    PASSWORD_OPT,
    CommandError,
    describe_error,
    escape_surrogates,
)


class ExplainFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    text = "text"
    html = "html"
    fhir = "fhir"


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


@app.command("explain")
def explain_command(
    report: str = typer.Argument(..., help="The report: a PDF, an image (PNG/JPEG/TIFF) or a text file; '-' reads stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (see `her2cli schema`) instead of the summary."),
    fmt: ExplainFormat = typer.Option(ExplainFormat.terminal, "--format", help="Output format.", case_sensitive=False),
    lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the summary: en or es.", case_sensitive=False),
    save: Path | None = typer.Option(None, "--save", help="Also save a printable summary (.html or .txt)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing --save file."),
    no_color: bool = typer.Option(False, "--no-color", help="No colors (also when NO_COLOR is set or output is not a terminal)."),
    width: int | None = typer.Option(None, "--width", min=40, max=300, help="Width of the summary in characters."),
    password: str | None = PASSWORD_OPT,
    ocr: Ocr = OCR_OPT,
    max_ocr_pages: int = MAX_OCR_PAGES_OPT,
    cancer_type: Cancer | None = CANCER_OPT,
    timeout: float = typer.Option(120.0, "--timeout", min=1.0, help="Seconds allowed to read the report before it is stopped."),
    max_memory: int = typer.Option(2048, "--max-memory", min=256, help="Memory cap for reading the report, in MB."),
    debug: bool = DEBUG_OPT,
    subject: str | None = typer.Option(
        None, "--subject", help="With --format fhir: the FHIR reference of the patient (e.g. Patient/123); left out otherwise."
    ),
) -> None:
    """Explain what one report says about HER2, with the report lines it relied on.

    Exit codes: 0 the report was read (whatever the HER2 status); 1 it could not be read; 2 usage error.
    """
    from ..batch import WorkerFailure, WorkOptions, explain_isolated
    from ..model import error_result
    from ..render.json_ import result_json
    from ..sources import ReadOptions, read_limited

    if as_json:
        fmt = ExplainFormat.json
    if subject is not None:
        from ..render.fhir import valid_subject

        if fmt != ExplainFormat.fhir or not valid_subject(subject):
            raise typer.BadParameter("give --format fhir and a reference such as Patient/123", param_hint="--subject")
    # The report is parsed in a worker process with a time and memory cap (issue 6): a PDF that
    # hangs the parser, balloons memory or crashes it gives an error, never a hang or a core dump.
    options = WorkOptions(
        password=password, ocr=ocr.value, cancer_type=cancer_type.value if cancer_type else None,
        timeout=timeout, max_memory_mb=max_memory, lang=lang.value, max_ocr_pages=max_ocr_pages,
    )
    try:
        data = read_limited(sys.stdin.buffer, ReadOptions().max_bytes) if report == "-" else None
        result = explain_isolated(report, options, data)
    except Exception as exc:  # every failure becomes one line (and one JSON object with --json)
        if isinstance(exc, WorkerFailure):
            kind, message = exc.kind, exc.message
            if debug and exc.details:
                sys.stderr.write(exc.details)
        else:
            kind, message = describe_error(exc, report)
            if debug:
                import traceback

                traceback.print_exc()
        if fmt == ExplainFormat.json:
            sys.stdout.write(escape_surrogates(result_json(error_result(report, kind, message))) + "\n")
        elif fmt == ExplainFormat.fhir:
            from ..render.fhir import fhir_json, operation_outcome

            sys.stdout.write(fhir_json(operation_outcome(error_result(report, kind, message).to_dict())) + "\n")
        raise CommandError(message) from None

    if fmt == ExplainFormat.json:
        sys.stdout.write(escape_surrogates(result_json(result)) + "\n")
    elif fmt == ExplainFormat.fhir:
        from ..render.fhir import build_bundle, fhir_json

        sys.stdout.write(fhir_json(build_bundle(result.to_dict(), subject=subject)) + "\n")
    elif fmt == ExplainFormat.html:
        from ..render.html import render_html

        sys.stdout.write(render_html(result, lang.value))
    else:
        from ..render.terminal import print_summary

        color = not no_color and fmt == ExplainFormat.terminal and "NO_COLOR" not in os.environ and sys.stdout.isatty()
        print_summary(result, lang=lang.value, color=color, width=width)
    if save is not None:
        from ..render.files import save_summary

        try:
            save_summary(result, save, lang.value, force=force)
        except FileExistsError:
            raise CommandError(f"{save}: already exists; use --force to overwrite it") from None
        except OSError as exc:
            raise CommandError(f"{save}: cannot write the summary ({exc.strerror}); check the folder") from None
        sys.stderr.write(f"her2cli: saved summary to {save}\n")
