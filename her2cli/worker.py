"""A worker process' side of a batch: its limits and signals, and its loop (a report in, its record
out, never an exception). batch.py starts, feeds, times and replaces the workers; this module is what
runs inside one, so that a worker forked early (early_workers.py), one started by multiprocessing and
the isolated single-report path (isolated.py) share it without the parent's scheduling code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from .errors import ErrorKind
from .lifeline import die_with_parent, lead_own_group

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .early_workers import FdPair

DEFAULT_TIMEOUT = 120.0  # seconds per report; OCR of a long scan is the slow case (~2 s a page)
DEFAULT_MAX_MEMORY_MB = 2048  # address space per worker


@dataclass
class WorkOptions:
    password: str | None = None
    ocr: str = "auto"
    cancer_type: str | None = None
    max_pages: int = 2000
    timeout: float = DEFAULT_TIMEOUT
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    layout: str = "auto"
    lang: str = "en"  # language of the attached explanation (meaning, questions)
    max_ocr_pages: int | None = None  # pages to OCR at most (None: HER2CLI_MAX_OCR_PAGES or 50)
    ocr_threads: int | None = None  # Tesseract processes at once per worker (None: one per CPU, at most 4)
    # attach meaning and questions (False: an output that has no place for them); a worker whose
    # result becomes a record asks for "record": those two only, not the whole explanation
    explanation: bool | Literal["record"] = True


def _quiet_crash_reports() -> None:
    """A worker that a damaged PDF crashes is expected to die; its C-level crash dump (enabled by
    test runners through faulthandler) would only put a traceback on the user's stderr."""
    try:
        import faulthandler

        faulthandler.disable()
    except (ImportError, RuntimeError):  # pragma: no cover
        pass


def _prepare_worker(options: WorkOptions, parent_pid: int | None) -> None:
    """Limits and signals of a worker process: one Tesseract thread, the memory cap, no crash
    dumps, Ctrl-C left to the parent, and an end together with the parent (no orphans)."""
    detach_worker(os.getppid() if parent_pid is None else parent_pid)
    apply_limits(options)


def detach_worker(parent_pid: int) -> None:
    """The signals half: its own process group, an end with the parent, no crash dumps, and
    Ctrl-C left to the parent (which kills the worker's group)."""
    lead_own_group()
    die_with_parent(parent_pid)
    quiet_signals()


def quiet_signals() -> None:
    """No crash dumps on stderr, and Ctrl-C ignored: the parent handles it and kills the group."""
    _quiet_crash_reports()
    try:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ImportError, ValueError):  # pragma: no cover
        pass


def apply_limits(options: WorkOptions) -> None:
    """The limits half, from the options: Tesseract threads and the address-space cap."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one Tesseract thread per worker (docs/performance.md §2)
    if options.ocr_threads:
        os.environ["HER2CLI_OCR_THREADS"] = str(options.ocr_threads)
    _limit_memory(options.max_memory_mb)


def _limit_memory(max_memory_mb: int) -> None:
    try:
        import resource

        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on every platform
        pass


def explain_with(path: str, options: WorkOptions, data: bytes | None = None) -> Any:
    """The report at `path` (or in `data`, for stdin) explained with the options of a worker."""
    from .api import explain_bytes, explain_file

    kwargs = {
        "password": options.password,
        "ocr": options.ocr,
        "cancer_type": options.cancer_type,
        "layout": options.layout,
        "max_pages": options.max_pages,
        "lang": options.lang,
        "explanation": options.explanation,
        "max_ocr_pages": options.max_ocr_pages,
    }
    if data is None:
        return explain_file(path, **kwargs)  # type: ignore[arg-type]
    return explain_bytes(data, path, **kwargs)  # type: ignore[arg-type]


def process_one(path: str, options: WorkOptions, data: bytes | None = None) -> dict[str, Any]:
    """Read one report (from `data` when given) and return its record (never raises)."""
    from .errors import describe_error, error_line
    from .model import error_result

    if options.explanation is True:  # only the record is sent back: no whole explanation
        options = replace(options, explanation="record")
    try:
        result = explain_with(path, options, data)
        record: dict[str, Any] = result.to_dict()
    except MemoryError:
        message = error_line(path, "memory_limit.max_memory", options.lang)
        record = error_result(path, ErrorKind.MEMORY_LIMIT, message).to_dict()
    except BaseException as exc:  # noqa: BLE001 - every failure becomes a record
        kind, message = describe_error(exc, path, options.lang)
        record = error_result(path, kind, message).to_dict()
    return record


def _worker_main(conn: Connection, options: WorkOptions, parent_pid: int | None) -> None:
    _prepare_worker(options, parent_pid)
    serve_tasks(conn, options)


def serve_tasks(conn: Connection | FdPair, options: WorkOptions) -> None:
    """A worker's loop: (index, path, data) in, (index, record) out, until None or the end of
    the pipe."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, data = task
        record = process_one(path, options, data)
        try:
            conn.send((index, record))
        except (MemoryError, OSError, ValueError):
            return


def load_engine() -> None:
    """What any report needs before it is read: the engine's modules and the PDF library. Not
    warm_up's whole rule set and catalog: a worker loads the patterns its reports use, when they
    first use them (no CPU spent that a worker forked late would not spend)."""
    from . import api  # noqa: F401
    from .sources import pdf

    pdf.import_pdfium()
