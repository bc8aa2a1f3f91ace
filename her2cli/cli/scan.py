"""`her2cli scan PATH...`: many reports to one record per report (JSONL, CSV, a table, FHIR NDJSON
or a caseload database). The command only turns its options into ScanSettings, checks them and
hands over: writing is scan_output.py (files) and scan_sqlite.py (the database)."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from ..errors import progress_line, render_error
from ..exit_codes import ExitStatus, batch_status
from . import app
from .common import (
    MAX_MEMORY_OPT,
    MAX_OCR_PAGES_OPT,
    MAX_PAGES_OPT,
    OCR_OPT,
    PASSWORD_OPT,
    TIMEOUT_OPT,
    CommandError,
    Lang,
    Ocr,
    remember_lang,
)
from .scan_output import ScanFormat

if TYPE_CHECKING:
    from ..batch import BatchStats, Engine, WorkOptions
    from ..inputs import InputItem
    from .scan_output import ScanWriter

__all__ = ["ScanFormat", "ScanSettings", "scan_command"]

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")

SCAN_HELP = """Read many reports (files, folders, globs) and write one record per report.

Every input yields exactly one record, failures included (with `error.kind` and a message).
Each report is read in its own worker process with a time and memory limit, so one bad file never
stops the batch.

Exit codes: 0 every input was read; 3 some inputs were read and some could not be (see their `error`);
1 no input could be read; 2 usage error; 130 interrupted (--resume continues).
"""


@dataclass(frozen=True)
class ScanSettings:
    """What one scan was asked to do, decided once from the options (the format chosen, the
    output checked); the reading limits are batch.WorkOptions."""

    fmt: ScanFormat
    output: Path | None = None
    jobs: int = 1
    resume: bool = False
    force: bool = False
    redact: bool = False
    bom: bool = False
    quiet: bool = False
    subject: str | None = None  # a FHIR reference, or a template with {stem} or {index}
    lang: str = "en"  # the language of the usage errors too


@app.command("scan", help=SCAN_HELP)
def scan_command(
    paths: list[str] = typer.Argument(..., help="Report files, folders or glob patterns."),
    recursive: bool = typer.Option(False, "--recursive", "-r", help="Walk sub-folders too."),
    fmt: ScanFormat | None = typer.Option(
        None,
        "--format",
        help="jsonl (default when output is not a terminal), csv, table (default on a terminal), "
        "fhir-ndjson (one FHIR Bundle per line), or sqlite (a caseload database; default for -o x.db).",
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write records to this file (JSONL appended as it goes)."
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes (default: number of CPUs)."),
    timeout: float = TIMEOUT_OPT,
    max_memory: int = MAX_MEMORY_OPT,
    max_pages: int = MAX_PAGES_OPT,
    resume: bool = typer.Option(
        False, "--resume", help="Skip inputs already in --output (same path and same content)."
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing --output file."),
    redact: bool = typer.Option(
        False, "--redact", help="Leave quoted report text (evidence) out of the output."
    ),
    bom: bool = typer.Option(
        False, "--bom", help="Start CSV output with a UTF-8 byte-order mark (for Excel)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or closing summary."),
    ocr: Ocr = OCR_OPT,
    max_ocr_pages: int = MAX_OCR_PAGES_OPT,
    lang: Lang = typer.Option(
        Lang.en,
        "--lang",
        help="Language of each record's meaning and questions: en or es.",
        case_sensitive=False,
        callback=remember_lang,
        is_eager=True,
    ),
    password: str | None = PASSWORD_OPT,
    subject: str | None = typer.Option(
        None,
        "--subject",
        help="With --format fhir-ndjson: the patient reference of every Bundle, fixed (Patient/123) or "
        "made from each file's name or position (Patient/{stem}, Patient/{index}); left out otherwise.",
    ),
    dask: str | None = typer.Option(
        None,
        "--dask",
        metavar="ADDRESS",
        envvar="DASK_SCHEDULER_ADDRESS",
        help=(
            "Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); needs her2cli[dask]."
            " Stops, keeping every record written, after HER2CLI_DASK_WORKERS_TIMEOUT seconds (60) with no worker."
        ),
    ),
    send_bytes: bool = typer.Option(
        False,
        "--send-bytes",
        help="With --dask: send each file's bytes to the workers (when they cannot read the paths).",
    ),
) -> None:
    from ..batch import WorkOptions, collect_inputs

    if send_bytes and not dask:
        raise typer.BadParameter(
            render_error("command.send_bytes_needs_dask", {}, lang.value), param_hint="--send-bytes"
        )
    engine = _cluster_engine(dask, send_bytes, lang.value)
    settings = ScanSettings(
        fmt=choose_format(fmt, output, to_terminal=sys.stdout.isatty()),
        output=output,
        jobs=jobs or os.cpu_count() or 1,
        resume=resume,
        force=force,
        redact=redact,
        bom=bom,
        quiet=quiet,
        subject=subject,
        lang=lang.value,
    )
    check_settings(settings)
    work = WorkOptions(
        password=password,
        ocr=ocr.value,
        max_pages=max_pages,
        timeout=timeout,
        max_memory_mb=max_memory,
        lang=lang.value,
        max_ocr_pages=max_ocr_pages,
        # every format's record carries the summary's ER/PR and notes (CSV: the `er`, `pr` and
        # `notes` columns); a worker attaches only those and meaning/questions (batch.process_one)
        explanation=True,
    )
    items = collect_inputs(paths, recursive)
    if not items:
        raise CommandError("no_reports")
    if settings.fmt == ScanFormat.sqlite and settings.output is not None:
        from .scan_sqlite import run_sqlite_scan

        run_sqlite_scan(
            items,
            work,
            settings.jobs,
            settings.output,
            force=force,
            redact=redact,
            quiet=quiet,
            engine=engine,
        )
    run_file_scan(items, work, settings, engine)


def choose_format(fmt: ScanFormat | None, output: Path | None, *, to_terminal: bool) -> ScanFormat:
    """--format, or what the output implies: by its suffix for a file, a table on a terminal,
    JSONL into a pipe."""
    if fmt is not None:
        return fmt
    if output is None:
        return ScanFormat.table if to_terminal else ScanFormat.jsonl
    suffix = output.suffix.lower()
    if suffix == ".csv":
        return ScanFormat.csv
    return ScanFormat.sqlite if suffix in SQLITE_SUFFIXES else ScanFormat.jsonl


def check_settings(settings: ScanSettings) -> None:
    """Options that do not go together: a usage error (exit 2) naming the option to change."""
    fmt, output = settings.fmt, settings.output
    if settings.resume and output is None:
        raise typer.BadParameter(
            render_error("command.resume_needs_output", {}, settings.lang), param_hint="--resume"
        )
    if fmt == ScanFormat.table and output is not None:
        raise typer.BadParameter(
            render_error("command.table_to_terminal", {}, settings.lang), param_hint="--format"
        )
    if fmt == ScanFormat.sqlite and output is None:
        raise typer.BadParameter(
            render_error("command.sqlite_needs_output", {}, settings.lang), param_hint="--format"
        )
    if settings.subject is not None and (
        fmt != ScanFormat.fhir_ndjson or subject_for(settings.subject, stem="x", index=1) is None
    ):
        raise typer.BadParameter(
            render_error("command.scan_subject_needs_fhir", {}, settings.lang), param_hint="--subject"
        )
    if (
        fmt != ScanFormat.sqlite
        and output is not None
        and output.exists()
        and not (settings.resume or settings.force)
    ):
        raise CommandError("output_exists", ExitStatus.USAGE, path=str(output))


def subject_for(template: str, *, stem: str, index: int) -> str | None:
    """The FHIR patient reference of one report: `template` with {stem} (the file name without
    its suffix) and {index} (its position among the inputs, from 1) filled in; None when that is
    not a valid reference (FHIR ids are letters, digits, '-' and '.', at most 64)."""
    from ..render.fhir import valid_subject

    try:
        reference = template.format_map({"stem": stem, "index": index})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return None
    return reference if valid_subject(reference) else None


def fhir_subjects(template: str | None, items: list[InputItem]) -> dict[int, str]:
    """Input index -> patient reference for --subject; a file the template gives no valid
    reference for stops the scan before anything is read (exit 2)."""
    from ..errors import safe_display

    if template is None:
        return {}
    subjects: dict[int, str] = {}
    for item in items:
        if item.error_kind:
            continue  # an OperationOutcome line: it names no patient
        reference = subject_for(template, stem=Path(item.path).stem, index=item.index + 1)
        if reference is None:
            raise CommandError(
                "bad_subject", ExitStatus.USAGE, path=item.path, template=safe_display(template)
            )
        subjects[item.index] = reference
    return subjects


def kept_records(items: list[InputItem], settings: ScanSettings, subjects: dict[int, str]) -> dict[int, str]:
    """--resume: the earlier lines of inputs whose path and content are unchanged (a FHIR Bundle
    names no file: matched by content, and read again if its patient reference changed)."""
    from ..batch import file_sha256
    from .scan_output import bundle_subject, read_previous

    output = settings.output
    if not settings.resume or output is None or not output.exists():
        return {}
    fhir = settings.fmt == ScanFormat.fhir_ndjson
    previous = read_previous(output, settings.fmt)
    kept: dict[int, str] = {}
    for item in items:
        if item.error_kind:
            continue
        sha, line = previous.get((file_sha256(item.path) or "") if fhir else item.path, (None, ""))
        if not sha or sha != file_sha256(item.path):
            continue
        if fhir and bundle_subject(line) != subjects.get(item.index):
            continue
        kept[item.index] = line
    return kept


def run_file_scan(
    items: list[InputItem], work: WorkOptions, settings: ScanSettings, engine: Engine | None
) -> NoReturn:
    """Read every input not kept from an earlier run, write its record, and exit with the batch status."""
    from ..batch import run_batch
    from ..cluster import ClusterError
    from .scan_output import ScanWriter

    subjects = fhir_subjects(settings.subject, items)
    kept = kept_records(items, settings, subjects)
    writer = ScanWriter(
        settings.fmt,
        settings.output,
        kept=kept,
        redact=settings.redact,
        bom=settings.bom,
        resume=settings.resume,
        subjects=subjects,
    )
    progress = progress_bar(len(items), settings.quiet)
    for _ in kept:
        progress.advance()

    def on_record(item: InputItem, record: dict[str, Any]) -> None:
        writer.add(item, record)
        progress.advance()

    start = time.monotonic()
    try:
        stats = run_batch(
            [it for it in items if it.index not in kept], work, settings.jobs, on_record, engine
        )
    except (ClusterError, KeyboardInterrupt) as exc:
        progress.stop()
        writer.close()
        raise _stopped(exc, writer, len(items), work.lang) from None
    progress.stop()
    writer.close()
    writer.finish(items)
    if not settings.quiet:
        sys.stderr.write(_closing_line(len(items), len(kept), stats, time.monotonic() - start, work.lang))
    raise typer.Exit(batch_status(len(items), stats.errors + writer.kept_errors()))


def _stopped(exc: BaseException, writer: ScanWriter, total: int, lang: str) -> Exception:
    """What a scan cut short ends with: the cluster's one-line error, or exit 130 on Ctrl-C."""
    if isinstance(exc, KeyboardInterrupt):
        sys.stderr.write(progress_line("interrupted_scan", lang, written=writer.written, total=total))
        return typer.Exit(ExitStatus.INTERRUPTED)
    in_lang = getattr(exc, "text", None)  # a ClusterError renders its line in the scan's --lang
    error = in_lang(lang) if callable(in_lang) else str(exc)
    return CommandError("stopped", error=error, written=writer.written, total=total)


def _closing_line(total: int, kept: int, stats: BatchStats, seconds: float, lang: str) -> str:
    """The scan's last line on stderr; the status counts keep the record's own words (positive: 3)."""
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(stats.by_status.items()))
    summary = summary or render_error("progress.no_new_results", {}, lang)
    return progress_line(
        "scan_done_resumed" if kept else "scan_done",
        lang,
        total=total,
        kept=kept,
        seconds=f"{seconds:.1f}",
        summary=summary,
        errors=stats.errors,
    )


def _cluster_engine(address: str | None, send_bytes: bool, lang: str = "en") -> Engine | None:
    """The Dask engine for --dask ADDRESS (None: this machine); a missing extra is a usage error."""
    if not address:
        return None
    from ..cluster import ClusterError, ClusterOptions, import_distributed, run_on_dask, workers_timeout

    try:
        import_distributed()
        cluster = ClusterOptions(address=address, send_bytes=send_bytes, workers_timeout=workers_timeout())
    except ClusterError as exc:
        raise CommandError.rendered(exc.text(lang), ExitStatus.USAGE) from None
    return lambda items, options: run_on_dask(items, options, cluster)


class _NoProgress:
    def advance(self) -> None:
        pass

    def stop(self) -> None:
        pass


class _RichProgress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(f"{task.speed or 0:.1f} reports/s")

        self.progress = Progress(
            TextColumn("reports"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("scan", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def progress_bar(total: int, quiet: bool) -> _NoProgress | _RichProgress:
    """A progress bar on stderr when it is a terminal (and not --quiet); nothing otherwise."""
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    return _RichProgress(total)
