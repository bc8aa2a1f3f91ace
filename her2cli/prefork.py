"""The first worker of `her2cli explain` and `her2cli scan`, forked first thing, before anything
else is imported (issue 13).

Both commands read their reports in worker processes (isolated.py, batch.py). Forked when the
command runs, the worker would start only after the parent had loaded typer and parsed the
options (~90 ms of CPU), and then load the engine (~120 ms) while the parent waits. Forked
here, at the top of the console script, it loads the engine on the second core while the
parent does its own start: the two overlap, and the worker, the longer of the two, starts
~35 ms sooner (measured in session 5: the worker is forked at ~55 ms of the parent's CPU instead
of ~90). The parent later hands it its work over a pipe (isolated.explain_isolated, or
batch.run_isolated as the scan's first worker, which also forks the scan's other workers once
its engine is loaded: early_workers.py); the worker applies the options' limits then, exactly
as a worker forked late would.

Before forking, only what both sides need is imported (isolated.py and what it imports, no
multiprocessing): what is imported after the fork is paid on each side that imports it. The worker ends with the parent whatever happens: it leads its own
process group and dies with its parent (lifeline.py), and a parent that exits without a report
(a usage error) closes the pipe, which ends the waiting worker too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import socket


class Prestarted:
    """A worker forked by `start`: its pid and the parent's ends of the two pipes.

    It has the few methods of multiprocessing.Process that isolated.py and
    lifeline.kill_worker_tree use (join, is_alive, kill, exitcode)."""

    def __init__(
        self,
        pid: int,
        task_fd: int,
        reply_fd: int,
        kind: str = "explain",
        control: socket.socket | None = None,
    ) -> None:
        self.pid: int | None = pid
        self.kind = kind  # the command it was forked for: "explain" or "scan"
        self.control = control  # a scan's: the socket its sibling workers come over (early_workers.py)
        self.task_fd = task_fd
        self.reply_fd = reply_fd
        self.exitcode: int | None = None

    def _reap(self, block: bool) -> None:
        if self.exitcode is not None or self.pid is None:
            return
        try:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere: it is gone either way
            self.exitcode = -1
            return
        if pid:
            self.exitcode = os.waitstatus_to_exitcode(status)

    def join(self, timeout: float | None = None) -> None:
        """Wait up to `timeout` seconds for the worker to end (a pidfd wakes us when it does)."""
        if self.exitcode is not None:
            return
        if timeout is not None:
            import select

            try:
                fd = os.pidfd_open(self.pid or 0)
            except (AttributeError, OSError):  # no pidfd (old kernel): a plain check
                self._reap(block=False)
                return
            try:
                ready, _, _ = select.select([fd], [], [], timeout)
            finally:
                os.close(fd)
            if not ready:
                return
        self._reap(block=True)

    def is_alive(self) -> bool:
        self._reap(block=False)
        return self.exitcode is None

    def kill(self) -> None:
        import signal

        if self.exitcode is None and self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)


class FdChannel:
    """One direction of a pipe carrying pickled objects, each after its 8-byte length: what
    multiprocessing's Connection does, without importing multiprocessing (~20 ms) in a worker
    that never needs it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, obj: object) -> None:
        import pickle

        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "big") + data)
        while view:
            view = view[os.write(self.fd, view) :]

    def poll(self, timeout: float | None) -> bool:
        """True when something (an object, or the end of the pipe) can be read within `timeout`."""
        import select

        ready, _, _ = select.select([self.fd], [], [], timeout)
        return bool(ready)

    def _exactly(self, n: int) -> bytes:
        parts: list[bytes] = []
        while n:
            chunk = os.read(self.fd, min(n, 1 << 20))
            if not chunk:
                raise EOFError("the other end closed the pipe")
            parts.append(chunk)
            n -= len(chunk)
        return b"".join(parts)

    def recv(self) -> Any:
        import pickle

        return pickle.loads(self._exactly(int.from_bytes(self._exactly(8), "big")))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


_started: Prestarted | None = None


def kind(argv: list[str], environ: Mapping[str, str]) -> str | None:
    """The command, "explain" or "scan", when `argv` is that command and it reads reports on this machine:
    on Linux, not for --help or shell completion (no report), not for a scan sent to a Dask
    cluster (--dask, or DASK_SCHEDULER_ADDRESS, its default); HER2CLI_NO_PREFORK=1 turns it off."""
    command = argv[0] if argv else ""
    if (
        command not in ("explain", "scan")
        or not sys.platform.startswith("linux")
        or any(a in ("--help", "-h") for a in argv)
        or any(k.startswith("_HER2CLI_COMPLETE") for k in environ)
        or environ.get("HER2CLI_NO_PREFORK", "") not in ("", "0")
    ):
        return None
    if command == "scan" and (
        environ.get("DASK_SCHEDULER_ADDRESS") or any(a.startswith("--dask") for a in argv)
    ):
        return None
    return command


def wanted(argv: list[str], environ: Mapping[str, str]) -> bool:
    """True when `start` forks a worker for this command line (see `kind`)."""
    return kind(argv, environ) is not None


def start(argv: list[str]) -> None:
    """Fork the worker now if `argv` is an explain or scan command (see `kind`)."""
    global _started
    command = kind(argv, os.environ) if _started is None else None
    if command is None:
        return
    # what both sides need (the worker's own code, the error and option types, the standard
    # library under them and under both typer and pypdfium2) is loaded once, before the fork;
    # only the rest loads on two cores. A module missing from this list costs CPU, not output.
    import gettext  # noqa: F401
    import importlib.util  # noqa: F401
    import platform  # noqa: F401
    import subprocess  # noqa: F401
    import textwrap  # noqa: F401
    import traceback  # noqa: F401
    import uuid  # noqa: F401

    from . import isolated, sources  # noqa: F401  (the parent reads stdin with sources.read_limited)

    parent = os.getpid()
    task_r, task_w = os.pipe()
    reply_r, reply_w = os.pipe()
    control, control_child = _control_pair() if command == "scan" else (None, None)
    try:
        pid = os.fork()
    except OSError:  # no fork possible now: the command forks its worker later, as before
        for fd in (task_r, task_w, reply_r, reply_w):
            os.close(fd)
        for end in (control, control_child):
            if end is not None:
                end.close()
        return
    if pid == 0:
        code = 1
        try:
            os.close(task_w)
            os.close(reply_r)
            from .lifeline import die_with_parent, lead_own_group

            lead_own_group()
            die_with_parent(parent)
            if command == "scan":
                if control is not None:
                    control.close()
                from .early_workers import serve_first

                serve_first(task_r, reply_w, control_child)
            else:
                from .isolated import serve_prestarted

                serve_prestarted(task_r, reply_w)
            code = 0
        finally:
            os._exit(code)  # never the parent's exit handlers or its buffered output
    os.close(task_r)
    os.close(reply_w)
    if control_child is not None:
        control_child.close()
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)  # the parent's half of the group race (lifeline.place_in_own_group)
    _started = Prestarted(pid, task_w, reply_r, command, control)
    import atexit

    atexit.register(_end_untaken)


def _control_pair() -> tuple[socket.socket | None, socket.socket | None]:
    """A unix socket pair for a scan's first worker to send the scan its siblings' pipes;
    (None, None) when there is none (the scan then forks its other workers itself)."""
    try:
        import socket

        return socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    except (ImportError, OSError, AttributeError):
        return None, None


def _end_untaken() -> None:
    """At exit, a worker never given a report (a usage error) is ended and reaped now, not left
    to notice the closed pipe or to wait, a zombie, for someone to reap it."""
    worker = take(_started.kind) if _started is not None else None
    if worker is None:
        return
    from .lifeline import kill_worker_tree

    kill_worker_tree(worker)
    worker.join()
    for fd in (worker.task_fd, worker.reply_fd):
        with contextlib.suppress(OSError):
            os.close(fd)
    if worker.control is not None:
        worker.control.close()


def take(command: str = "explain") -> Prestarted | None:
    """The worker forked for `command`, once (None when there is none, or it was forked for
    another command)."""
    global _started
    if _started is None or _started.kind != command:
        return None
    taken, _started = _started, None
    return taken
