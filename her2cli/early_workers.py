"""The workers of `her2cli scan` forked before typer is imported, and warm from the start.

The console script forks the scan's first worker before it imports typer (prefork.py); that
worker loads the engine on the second core while the parent loads typer and lists the inputs.
When the scan wants more workers than one, the first worker forks them once its engine is
loaded, so that they start warm too: the parent never loads the engine itself, and no core
waits while it does (issue 13). Measured in session 5 (CPU ms of a 40-report --jobs 2 scan,
traced): before, the parent spent ~210 ms (typer ~90, the engine ~110) and then forked both
workers, the second core idle all along; now the first worker is forked at ~55 ms of the
parent's CPU, is ready with the whole engine ~118 ms later and forks the second at once (~2 ms),
while the parent's own CPU drops to ~120 ms in all: both workers start ~40 ms of CPU sooner on
an idle machine, for ~8 ms more CPU in all.

Each of those workers is a child of the scan itself, as a worker the scan forks is: the first
worker forks an intermediate process that forks the worker and exits at once, and the scan,
marked a child subreaper (prctl PR_SET_CHILD_SUBREAPER) only while it waits for them, adopts
it. So the scan waits for its exit status, its kill ends it and its process group, and it dies
with the scan (lifeline.py) exactly as before. The worker's two pipes reach the scan over a unix
socket (SCM_RIGHTS); anything that goes wrong (an old kernel, a worker dead before it answers)
only means the scan forks the worker itself, as before.
"""

from __future__ import annotations

import contextlib
import os
import select
import time
from typing import TYPE_CHECKING, Any

from .batch import WorkOptions, _Worker, apply_limits, load_engine, quiet_signals, serve_tasks, warm_up
from .lifeline import die_with_parent, kill_worker_tree, lead_own_group, set_child_subreaper
from .prefork import FdChannel

if TYPE_CHECKING:
    import socket

    from .prefork import Prestarted


class FdPair:
    """The two pipes of a worker forked here, as one duplex connection: the part of
    multiprocessing's Connection that a worker and run_isolated use (send, recv, close, and
    fileno for multiprocessing.connection.wait, the end this side reads)."""

    def __init__(self, send_fd: int, recv_fd: int) -> None:
        self.out = FdChannel(send_fd)
        self.into = FdChannel(recv_fd)

    def send(self, obj: object) -> None:
        self.out.send(obj)

    def recv(self) -> Any:
        return self.into.recv()

    def fileno(self) -> int:
        return self.into.fd

    def close(self) -> None:
        self.out.close()
        self.into.close()


# --- the worker side --------------------------------------------------------------------------


def serve_first(task_fd: int, reply_fd: int, control: socket.socket | None) -> None:
    """In the worker prefork.start forked for `scan`: load the engine while the parent loads
    typer and lists the inputs, then serve as any worker of run_isolated does. The first message
    is (options, siblings): the options' limits are applied then, and `siblings` more workers
    are forked from this warm process for the scan (over `control`). Nothing comes when the scan
    ends first (a usage error, no input left to read, or the parent was killed)."""
    quiet_signals()
    conn = FdPair(reply_fd, task_fd)  # it reads its tasks and sends its records
    with contextlib.suppress(Exception):  # the same failure is met again, and recorded, per report
        load_engine()
    try:
        options, siblings = conn.recv()
    except (EOFError, OSError):
        conn.close()
        return
    apply_limits(options)
    if siblings and control is not None:
        with contextlib.suppress(Exception):
            warm_up()  # the patterns and patient text too: every sibling inherits them
        for _ in range(siblings):
            if not _fork_sibling(control, (task_fd, reply_fd, control.fileno())):
                break
    if control is not None:
        control.close()
    try:
        serve_tasks(conn, options)
    finally:
        conn.close()


def _fork_sibling(control: socket.socket, own_fds: tuple[int, ...]) -> bool:
    """Fork one more worker for the scan (through an intermediate that exits at once, so that
    the scan adopts it) and send the scan its pid and the scan's ends of its pipes."""
    import socket

    scan = os.getppid()
    task_r, task_w = os.pipe()
    reply_r, reply_w = os.pipe()
    pid_r, pid_w = os.pipe()
    try:
        middle = os.fork()
        if middle == 0:
            _middle(scan, (task_r, reply_w), (task_w, reply_r, pid_r, *own_fds), pid_w)
        os.close(pid_w)
        pid_w = -1
        got = FdChannel(pid_r).recv()
        os.waitpid(middle, 0)
        socket.send_fds(control, [int(got).to_bytes(8, "big")], [task_w, reply_r])
        return True
    except (OSError, EOFError, ValueError):
        return False
    finally:
        for fd in (task_r, task_w, reply_r, reply_w, pid_r, pid_w):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)


def _middle(scan: int, keep: tuple[int, int], drop: tuple[int, ...], pid_w: int) -> None:
    """The intermediate process: fork the sibling, tell the first worker its pid, and exit."""
    code = 1
    try:
        middle = os.getpid()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                for fd in (*drop, pid_w):
                    with contextlib.suppress(OSError):
                        os.close(fd)
                _serve_sibling(scan, middle, *keep)
                code = 0
            finally:
                os._exit(code)
        with contextlib.suppress(OSError):
            os.setpgid(pid, pid)  # this side of the group race (the sibling makes it too)
        FdChannel(pid_w).send(pid)
        code = 0
    finally:
        os._exit(code)


def _serve_sibling(scan: int, middle: int, task_fd: int, reply_fd: int) -> None:
    """A sibling: wait until its intermediate parent has exited and the scan has adopted it,
    then lead its own group, die with the scan, and serve. Adopted by anyone else (the scan died
    first, or could not adopt), it ends without serving: the scan, if alive, reads the end of
    its pipe and forks a worker itself. No clock: the intermediate exits right after the fork,
    however long a loaded machine takes to run it."""
    while os.getppid() == middle:
        time.sleep(0.001)
    if os.getppid() != scan:
        return
    lead_own_group()
    die_with_parent(scan)
    serve_first(task_fd, reply_fd, None)


# --- the scan side ----------------------------------------------------------------------------


class EarlyWorkers:
    """The scan's first worker (forked by prefork.start) and the siblings it forks."""

    def __init__(self, first: _Worker, control: socket.socket | None, siblings: int, timeout: float) -> None:
        self.first: _Worker | None = first
        self.control = control
        self.siblings = siblings  # still to come
        self.timeout = timeout

    def next(self, options: WorkOptions) -> _Worker | None:
        """The first worker, then each sibling in turn; None when there is none (left)."""
        if self.first is not None:
            first, self.first = self.first, None
            return first
        if not self.siblings or self.control is None:
            return None
        self.siblings -= 1
        sibling = self._receive(options)
        if sibling is None or not self.siblings:
            self.close()
        return sibling

    def _receive(self, options: WorkOptions) -> _Worker | None:
        import socket

        from .prefork import Prestarted

        assert self.control is not None
        try:
            ready, _, _ = select.select([self.control], [], [], self.timeout)
            if not ready:
                return None
            data, fds, _, _ = socket.recv_fds(self.control, 8, 2)
        except OSError:
            return None
        if len(data) != 8 or len(fds) != 2:
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.close(fd)
            return None
        forked = Prestarted(int.from_bytes(data, "big"), fds[0], fds[1], "scan")
        return _wrap(forked, options, 0)

    def close(self) -> None:
        """No more siblings: the scan stops adopting processes."""
        self.siblings = 0
        if self.control is not None:
            with contextlib.suppress(OSError):
                self.control.close()
            self.control = None
            set_child_subreaper(False)


class WorkerSource:
    """Where run_isolated's new workers come from: the early ones first (forked before typer
    was imported, early_workers.py), then forks of this process, which loads the engine, the PDF
    reader and the patterns once before the first of them when several reports are read, so that
    every worker it forks (and every recycled one) starts warm instead of paying ~0.1 s each."""

    def __init__(self, ctx: Any, options: WorkOptions, reports: int, jobs: int, own_pool: bool) -> None:
        self.ctx = ctx
        self.options = options
        self.warm = ctx.get_start_method() == "fork" and reports > 1
        self.early: EarlyWorkers | None = None
        if own_pool:
            self.early = take_early_workers(options, jobs)

    def new(self) -> _Worker:
        worker = self.early.next(self.options) if self.early is not None else None
        if worker is None:
            if self.warm:
                warm_up()
                self.warm = False
            worker = _Worker(self.ctx, self.options)
        return worker

    def close(self) -> None:
        if self.early is not None:
            self.early.close()


def take_early_workers(options: WorkOptions, jobs: int) -> EarlyWorkers | None:
    """The first worker prefork.start forked for this scan, told its options and how many
    siblings to fork (jobs - 1, when the scan can adopt them); None when there is none."""
    from .prefork import take

    forked = take("scan")
    if forked is None:
        return None
    control = forked.control
    siblings = jobs - 1 if control is not None and jobs > 1 and set_child_subreaper(True) else 0
    first = _wrap(forked, options, siblings)
    if first is None:
        if siblings:
            set_child_subreaper(False)
        if control is not None:
            control.close()
        return None
    return EarlyWorkers(first, control, siblings, max(options.timeout, 1.0))


def _wrap(forked: Prestarted, options: WorkOptions, siblings: int) -> _Worker | None:
    """A forked worker as one of run_isolated's, given (options, siblings); None when it died
    meanwhile (killed): a worker forked by the scan takes its place."""
    try:
        return _Worker(None, options, forked, siblings)
    except (OSError, ValueError):
        kill_worker_tree(forked)
        forked.join(timeout=2)
        for fd in (forked.task_fd, forked.reply_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        return None
