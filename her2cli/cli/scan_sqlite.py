"""`her2cli scan PATHS -o results.db`: the scan written to a caseload database (render/sqlite_.py).

Kept apart from scan.py because its rules differ from the file formats: an existing database is
the point (each run adds to it), unchanged inputs are skipped unless --force, and --resume is what
every run does anyway (a killed run's committed records are kept; the rest are read again).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import typer

from ..errors import progress_line, render_error
from ..exit_codes import ExitStatus, batch_status
from .common import CommandError


def run_sqlite_scan(
    items: list[Any],
    options: Any,
    jobs: int,
    output: Path,
    *,
    force: bool,
    redact: bool,
    quiet: bool,
    engine: Any = None,
) -> None:
    """Read the inputs that changed since the database last saw them and write their records."""
    from ..batch import file_sha256, run_batch
    from ..cluster import ClusterError
    from ..render import safe_display
    from ..render.sqlite_ import CaseloadDatabase, DatabaseBusyError, NotACaseloadDatabaseError, storable
    from .scan import progress_bar

    try:
        db = CaseloadDatabase(output, redact=redact).__enter__()
    except DatabaseBusyError:
        raise CommandError("database_busy", ExitStatus.USAGE, path=str(output)) from None
    except NotACaseloadDatabaseError as exc:
        raise CommandError.rendered(safe_display(str(exc)), ExitStatus.USAGE) from None
    except OSError as exc:
        raise CommandError("database_open_failed", path=str(output), reason=exc.strerror) from None

    known = {} if force else db.current_hashes()
    to_run = []
    for item in items:
        sha = known.get(storable(item.path))
        if sha and not item.error_kind and sha == file_sha256(item.path):
            continue
        to_run.append(item)
    skipped = len(items) - len(to_run)
    progress = progress_bar(len(items), quiet)
    for _ in range(skipped):
        progress.advance()

    def on_record(item: Any, record: dict[str, Any]) -> None:
        db.add(record)
        progress.advance()

    start = time.monotonic()
    try:
        stats = run_batch(
            to_run, options, jobs, on_record, engine
        )  # a cluster (--dask) hands records back as they finish
    except ClusterError as exc:
        progress.stop()
        db.finish_run(len(items), skipped, "interrupted")
        db.close("interrupted")
        raise CommandError("stopped_database", error=exc.message) from None
    except KeyboardInterrupt:
        progress.stop()
        db.finish_run(len(items), skipped, "interrupted")
        db.close("interrupted")
        sys.stderr.write(progress_line("interrupted_database", options.lang))
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BaseException:
        db.close("interrupted")
        raise
    progress.stop()
    db.finish_run(len(items), skipped)
    db.close()
    if not quiet:
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(stats.by_status.items()))
        sys.stderr.write(
            progress_line(
                "database_done",
                options.lang,
                total=len(items),
                skipped=skipped,
                seconds=f"{time.monotonic() - start:.1f}",
                summary=summary or render_error("progress.no_new_results", {}, options.lang),
                errors=stats.errors,
                database=safe_display(str(output)),
            )
        )
    raise typer.Exit(batch_status(len(items), stats.errors))
