"""Many reports, each read in an isolated worker process: one bad file never stops the rest.

PDF parsers can loop, recurse, balloon memory or crash (issue 6), so every report is parsed in a
worker process with a wall-clock timeout and an address-space cap; a worker that overruns is
killed and replaced, its report gets an error record, and the batch goes on. Results come back
as plain dicts in the JSON contract and are handed out in input order.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .errors import ErrorKind, error_line

# listing inputs moved to inputs.py (issue 13); these names stay importable from here
from .inputs import REPORT_SUFFIXES as REPORT_SUFFIXES
from .inputs import InputItem as InputItem
from .inputs import collect_inputs as collect_inputs
from .inputs import file_sha256 as file_sha256
from .lifeline import children_allowed, kill_worker_tree, place_in_own_group

# a worker process' side moved to worker.py; these names stay importable from here
from .worker import DEFAULT_MAX_MEMORY_MB as DEFAULT_MAX_MEMORY_MB
from .worker import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
from .worker import WorkOptions as WorkOptions
from .worker import _worker_main
from .worker import apply_limits as apply_limits
from .worker import detach_worker as detach_worker
from .worker import explain_with as explain_with
from .worker import load_engine as load_engine
from .worker import process_one as process_one
from .worker import quiet_signals as quiet_signals
from .worker import serve_tasks as serve_tasks

if TYPE_CHECKING:  # multiprocessing is imported where workers are started: the prestarted
    # workers (prefork.py) read their reports without it
    from multiprocessing.connection import Connection

    from .early_workers import FdPair
    from .prefork import Prestarted

RECYCLE_AFTER = 200  # reports per worker before it is replaced (pdfminer caches grow)


@dataclass
class BatchStats:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0


class _Worker:
    def __init__(
        self, ctx: Any, options: WorkOptions, prestarted: Prestarted | None = None, siblings: int = 0
    ) -> None:
        self.conn: Connection | FdPair
        self.process: Any  # a multiprocessing.Process, or the Prestarted of prefork.py
        if prestarted is not None:  # forked early (early_workers.py), its engine loaded or loading
            from .early_workers import FdPair

            self.conn = FdPair(prestarted.task_fd, prestarted.reply_fd)
            self.process = prestarted
            self.conn.send((options, siblings))  # OSError when it died meanwhile
        else:
            parent, child = ctx.Pipe()
            self.conn = parent
            # a fork server's children have the server as parent: they take it from os.getppid()
            parent_pid = None if ctx.get_start_method() == "forkserver" else os.getpid()
            self.process = ctx.Process(target=_worker_main, args=(child, options, parent_pid), daemon=True)
            with children_allowed():
                self.process.start()
            place_in_own_group(self.process.pid or 0)
            child.close()
        self.task: tuple[int, str] | None = None
        self.ahead: InputItem | None = None  # sent while `task` is read: the worker's next report
        self.deadline = 0.0
        self.done = 0

    def assign(self, index: int, path: str, timeout: float, data: bytes | None = None) -> None:
        self.task = (index, path)
        self.deadline = time.monotonic() + timeout
        self.conn.send((index, path, data))

    def send_ahead(self, item: InputItem) -> bool:
        """Queue the next report in the worker's pipe while it reads the current one, so that it
        starts on it the moment it sends its record, without waiting for this process to be
        scheduled and answer (with two workers on two cores, the parent has no core of its own).
        False when the pipe is broken: the worker died on its current report, which the loop
        learns from the pipe's end; the report was not sent and stays the caller's."""
        try:
            self.conn.send((item.index, item.path, item.data))
        except (OSError, ValueError):
            return False
        self.ahead = item
        return True

    def take_ahead(self, timeout: float) -> bool:
        """After a record: the report sent ahead is now the one being read (its clock starts)."""
        item, self.ahead = self.ahead, None
        if item is None:
            return False
        self.task = (item.index, item.path)
        self.deadline = time.monotonic() + timeout
        return True

    def stop(self, kill: bool = False, told: bool = False) -> None:
        """End the worker: killed, or told to stop (unless `told` already) and waited for."""
        try:
            if kill:
                kill_worker_tree(self.process)
            elif not told:
                with contextlib.suppress(OSError, ValueError):
                    self.conn.send(None)
            self.process.join(timeout=2)
            if self.process.is_alive():
                kill_worker_tree(self.process)
                self.process.join(timeout=2)
        finally:
            self.conn.close()


def warm_up() -> None:
    """Import what reading a report needs, compile the rule patterns and read the patient text
    (a fork inherits them all)."""
    from . import api  # noqa: F401
    from .messages import load_catalog
    from .rules import load_all
    from .sources import pdf

    pdf.import_pdfium()
    load_catalog()
    load_all()


def keep_compiled() -> None:
    """Save what this worker compiled or parsed that the pattern cache lacked (the message files
    after the first explanation), so that the next command starts with it (rules/cache.py)."""
    from .rules import cache

    cache.save()


def run_isolated(
    items: list[InputItem],
    options: WorkOptions,
    jobs: int,
    start_method: str | None = None,
    keep: list[_Worker] | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (index, record) for every item, in completion order, each read in a worker.

    `start_method` overrides fork (Linux) / spawn: a caller with threads of its own (a Dask
    worker) passes "forkserver", since forking a threaded process can deadlock the child.
    `keep` holds warm workers between calls (a Dask task after another): idle workers are
    taken from it and left in it at the end; busy ones are still killed."""
    import multiprocessing
    from multiprocessing.connection import wait

    from .early_workers import WorkerSource
    from .model import error_result

    method = start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
    pending = [it for it in items]
    pending.reverse()
    workers: list[_Worker] = keep if keep is not None else []
    for dead in [w for w in workers if not w.process.is_alive()]:  # a kept worker killed meanwhile
        dead.stop(kill=True)
        workers.remove(dead)
    jobs = max(1, min(jobs, len(items) or 1))
    if options.ocr_threads is None:  # the workers share the CPUs for Tesseract too
        options = replace(options, ocr_threads=max(1, (os.cpu_count() or 1) // jobs))
    # the workers forked before typer was imported (early_workers.py) only for the scan's own
    # pool (not a Dask task's, which passes start_method or keep)
    own_pool = start_method is None and keep is None and bool(items)
    source = WorkerSource(multiprocessing.get_context(method), options, len(items), jobs, own_pool)
    try:
        while pending or any(w.task for w in workers):
            while pending and len([w for w in workers if w.task is None]) + (jobs - len(workers)) > 0:
                idle = next((w for w in workers if w.task is None), None)
                if idle is None:
                    idle = source.new()
                    workers.append(idle)
                item = pending.pop()
                idle.assign(item.index, item.path, options.timeout, item.data)
            for w in workers:
                _send_ahead(w, pending, jobs)
            busy = [w for w in workers if w.task is not None]
            if not busy:
                continue
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn.fileno() for w in busy], timeout=timeout)  # pipes of two kinds
            now = time.monotonic()
            for w in busy:
                assert w.task is not None
                index, path = w.task
                if w.conn.fileno() in ready:
                    try:
                        got_index, record = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join(timeout=1)
                        kind, message = crash_error(path, w.process.exitcode, options)
                        yield index, error_result(path, kind, message).to_dict()
                        _drop(w, workers, pending)
                        continue
                    _hand_next(w, pending, workers, options, jobs)
                    yield got_index, record
                elif now >= w.deadline:
                    yield index, error_result(path, ErrorKind.TIMEOUT, timeout_line(path, options)).to_dict()
                    _drop(w, workers, pending)
    finally:
        source.close()
        _stop_all([w for w in workers if keep is None or w.task is not None])
        for w in [w for w in workers if keep is None or w.task is not None]:
            workers.remove(w)


def _stop_all(workers: list[_Worker]) -> None:
    """Tell every idle worker to stop, then wait for them: they end at the same time, not one
    after another (busy ones are killed)."""
    for w in workers:
        if w.task is None:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
    for w in workers:
        w.stop(kill=w.task is not None, told=True)


def _send_ahead(w: _Worker, pending: list[InputItem], jobs: int) -> None:
    """One report queued ahead in a busy worker's pipe, while there is work for every worker
    (at the tail an idle worker takes it instead), never past the worker's recycling, and
    never a report whose bytes travel with it (a full pipe would block this loop)."""
    if (
        w.task is not None
        and w.ahead is None
        and len(pending) >= jobs
        and pending[-1].data is None
        and w.done + 2 <= RECYCLE_AFTER
        and w.send_ahead(pending[-1])
    ):
        pending.pop()


def _drop(w: _Worker, workers: list[_Worker], pending: list[InputItem]) -> None:
    """A worker that crashed or ran out of time on its report: killed, and the report it had
    queued ahead (never started: a worker reads one at a time) goes back to the queue."""
    if w.ahead is not None:
        pending.append(w.ahead)
        w.ahead = None
    w.task = None
    w.stop(kill=True)
    workers.remove(w)


def _hand_next(
    w: _Worker, pending: list[InputItem], workers: list[_Worker], options: WorkOptions, jobs: int
) -> None:
    """A worker that returned a record: it goes on with the report queued ahead, is recycled
    after RECYCLE_AFTER reports, or is given the next report before the record is handed on,
    so that it reads while the caller writes (JSON, and an fsync per record with -o)."""
    w.task = None
    w.done += 1
    if w.take_ahead(options.timeout):
        pass
    elif w.done >= RECYCLE_AFTER:
        w.stop()
        workers.remove(w)
        return
    elif pending:
        item = pending.pop()
        w.assign(item.index, item.path, options.timeout, item.data)
    _send_ahead(w, pending, jobs)


def crash_error(path: str, exitcode: int | None, options: WorkOptions) -> tuple[ErrorKind, str]:
    """A worker that died: out of memory, or a parser crash on a damaged file."""
    if exitcode is not None and exitcode < 0 and -exitcode == 9:
        return ErrorKind.MEMORY_LIMIT, memory_line(path, options)
    return ErrorKind.TRUNCATED_OR_CORRUPT, error_line(
        path, "truncated_or_corrupt.reader_crashed", options.lang
    )


def memory_line(path: str, options: WorkOptions) -> str:
    return error_line(path, "memory_limit.over_limit", options.lang, megabytes=options.max_memory_mb)


def timeout_line(path: str, options: WorkOptions) -> str:
    return error_line(path, "timeout.over_limit", options.lang, seconds=options.timeout)


Engine = Callable[[list[InputItem], "WorkOptions"], Iterator[tuple[int, dict[str, Any]]]]


def run_batch(
    items: list[InputItem],
    options: WorkOptions,
    jobs: int,
    on_record: Callable[[InputItem, dict[str, Any]], None],
    engine: Engine | None = None,
) -> BatchStats:
    """Process every item and call on_record once per item: in input order on this machine, in
    completion order with another `engine` (a cluster, where holding records back for order
    would grow memory with the archive)."""
    from .model import error_result

    stats = BatchStats(total=len(items))
    start = time.monotonic()
    ready: dict[int, dict[str, Any]] = {}
    by_index = {it.index: it for it in items}
    order = [it.index for it in items] if engine is None else []
    position = 0
    to_run: list[InputItem] = []

    def emit(idx: int, record: dict[str, Any]) -> None:
        record["file"] = by_index[idx].path
        if record.get("error"):
            stats.errors += 1
        else:
            stats.by_status[record["status"]] = stats.by_status.get(record["status"], 0) + 1
        on_record(by_index[idx], record)

    def flush() -> None:
        nonlocal position
        while position < len(order) and order[position] in ready:
            emit(order[position], ready.pop(order[position]))
            position += 1

    for it in items:
        if it.error_kind:
            ready[it.index] = error_result(it.path, it.error_kind, it.error_message or "").to_dict()
        else:
            to_run.append(it)
    if engine is not None:
        for idx in list(ready):
            emit(idx, ready.pop(idx))
    flush()
    results = run_isolated(to_run, options, jobs) if engine is None else engine(to_run, options)
    for index, record in results:
        if engine is None:
            ready[index] = record
            flush()
        else:
            emit(index, record)
    flush()
    stats.seconds = time.monotonic() - start
    return stats
