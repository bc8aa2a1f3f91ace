"""One report read in a worker process with a time and memory limit (`explain`, the local page).

A parser that hangs, balloons memory or crashes takes the worker down, not the caller (issue 6).

`her2cli explain` forks its worker before anything is imported (prefork.py) and hands it the
report here; any other caller (the local page, the library) gets a worker forked on the spot.
Both apply the same limits once the options are known and send back the same reply.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .batch import (
    WorkOptions,
    apply_limits,
    crash_error,
    detach_worker,
    explain_with,
    keep_compiled,
    memory_line,
    quiet_signals,
    timeout_line,
)
from .errors import ErrorKind
from .lifeline import kill_worker_tree, place_in_own_group
from .prefork import FdChannel

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


class WorkerFailure(Exception):
    """A report the worker could not read: its error kind, one-line message and (for --debug) traceback."""

    def __init__(self, kind: ErrorKind, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.details = details


def _reply(
    conn: Connection | FdChannel, path: str, data: bytes | None, options: WorkOptions, as_record: bool
) -> None:
    """Read the report and send back ("ok", result) or ("error", kind, message, traceback)."""
    import traceback

    reply: tuple[Any, ...]
    if as_record and options.explanation is True:  # a dict goes back: no whole explanation
        options = replace(options, explanation="record")
    try:
        result = explain_with(path, options, data)
        reply = ("ok", result.to_dict() if as_record else result)
        keep_compiled()
    except MemoryError:
        reply = ("error", ErrorKind.MEMORY_LIMIT, memory_line(path, options), None)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent as (kind, message)
        from .errors import describe_error

        kind, message = describe_error(exc, path, options.lang)
        reply = ("error", kind, message, traceback.format_exc())
    try:
        conn.send(reply)
    except Exception:  # noqa: BLE001 - e.g. out of memory while pickling the result
        pass
    finally:
        conn.close()


def _explain_worker(
    conn: Connection, path: str, data: bytes | None, options: WorkOptions, parent_pid: int, as_record: bool
) -> None:
    detach_worker(parent_pid)
    apply_limits(options)
    _reply(conn, path, data, options, as_record)


def serve_prestarted(task_fd: int, reply_fd: int) -> None:
    """In the worker prefork.start forked: load the engine, then read the one report the
    parent sends (none when it ends first: a usage error, or it was killed)."""
    quiet_signals()
    task_conn, reply_conn = FdChannel(task_fd), FdChannel(reply_fd)
    with contextlib.suppress(Exception):  # the same failure is met again, and reported, in _reply
        _load_engine()
    try:
        task = task_conn.recv()
    except (EOFError, OSError):
        return
    finally:
        task_conn.close()
    path, data, options, as_record = task
    apply_limits(options)
    _reply(reply_conn, path, data, options, as_record)


def _load_engine() -> None:
    """What any report needs before it is read (batch.load_engine): the engine's modules and
    the PDF library, not the patterns a report may not use."""
    from .batch import load_engine

    load_engine()


def _take_prestarted(
    path: str, data: bytes | None, options: WorkOptions, as_record: bool
) -> tuple[Any, FdChannel] | None:
    """The worker prefork.start forked, given this report; None when there is none or it is gone."""
    from .prefork import take

    worker = take()
    if worker is None:
        return None
    task = FdChannel(worker.task_fd)
    try:
        task.send((path, data, options, as_record))
    except (OSError, ValueError):  # it died meanwhile (killed): a fresh one is started instead
        kill_worker_tree(worker)
        worker.join(timeout=2)
        FdChannel(worker.reply_fd).close()
        return None
    finally:
        task.close()
    return worker, FdChannel(worker.reply_fd)


def _start(path: str, data: bytes | None, options: WorkOptions, as_record: bool) -> tuple[Any, Any]:
    import multiprocessing

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    ctx: Any = multiprocessing.get_context(method)
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_explain_worker, args=(sender, path, data, options, os.getpid(), as_record), daemon=True
    )
    proc.start()
    place_in_own_group(proc.pid or 0)
    sender.close()
    return proc, receiver


def explain_isolated(
    path: str, options: WorkOptions, data: bytes | None = None, *, as_record: bool = False
) -> Any:
    """explain_file(path) (or the report in `data`, for stdin) in a worker process with the time
    and memory limits of `options`; returns the Result (its JSON-contract dict with `as_record`)
    or raises WorkerFailure.

    `as_record` is the fast path of JSON output: a plain dict crosses the pipe, so the caller
    never imports the explanation modules only to unpickle a Result it would turn into a dict.
    """
    proc, receiver = _take_prestarted(path, data, options, as_record) or _start(
        path, data, options, as_record
    )
    reply: tuple[Any, ...] | None = None
    try:
        if not receiver.poll(options.timeout):
            raise WorkerFailure(ErrorKind.TIMEOUT, timeout_line(path, options))
        try:
            reply = receiver.recv()
        except (EOFError, OSError):
            proc.join(timeout=5)
            kind, message = crash_error(path, proc.exitcode, options)
            raise WorkerFailure(kind, message) from None
    finally:
        if reply is None:
            kill_worker_tree(proc)  # its Tesseract children too (Ctrl-C, timeout, crash)
        proc.join(timeout=2)
        if proc.is_alive():
            kill_worker_tree(proc)
            proc.join(timeout=2)
        receiver.close()
    if reply[0] == "ok":
        return reply[1]
    _, kind, message, details = reply
    raise WorkerFailure(kind, message, details)
