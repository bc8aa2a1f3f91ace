"""Worker processes that never outlive the her2cli that started them (issue 13: no orphans).

A worker parses one report at a time and may run Tesseract children. Killing her2cli in any way
(SIGKILL, SIGTERM, Ctrl-C, a Dask worker that dies) must end all of them within about a second,
not leave them running with parent 1 until their timeout. Three pieces do it:

* each worker leads its own process group, so its Tesseract children (which inherit the group)
  are killed with it by one `killpg` (`kill_worker_tree`), by the parent or by the worker itself;
* on Linux the kernel sends the worker SIGTERM when its parent dies (`PR_SET_PDEATHSIG`, through
  ctypes), and the handler kills the worker's whole group;
* a watcher thread polls the parent pid a few times a second and does the same when it changes:
  the portable fallback, and the backstop when the main thread is inside a long C call.

The worker's group is never the caller's: every kill here first checks that the group is the
worker's own, so a failure to set it up can never take the user's shell pipeline down.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Protocol

PR_SET_PDEATHSIG = 1  # linux/prctl.h
PR_SET_CHILD_SUBREAPER = 36
WATCH_INTERVAL = 0.2  # seconds between parent checks in the watcher thread


class _Process(Protocol):
    """The part of multiprocessing.Process that kill_worker_tree needs."""

    @property
    def pid(self) -> int | None: ...

    def kill(self) -> None: ...


def lead_own_group() -> None:
    """Make the calling process the leader of a new process group (its children join it)."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpgid(0, 0)


def place_in_own_group(pid: int) -> None:
    """The parent's half of the usual setpgid race: whichever of parent and child runs first
    creates the group, so the parent can kill the group as soon as start() returns."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpgid(pid, pid)


def _end_own_group() -> None:
    """Kill this worker and everything in its group (its Tesseract children) at once."""
    try:
        if os.getpgid(0) == os.getpid():
            os.killpg(os.getpid(), signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    os._exit(1)  # not a group leader (or killpg failed): at least this process ends


def _on_parent_death(signum: int, frame: object) -> None:
    _end_own_group()


def _set_parent_death_signal(signum: int) -> bool:
    """prctl(PR_SET_PDEATHSIG, signum) on Linux; False elsewhere or when it fails."""
    return _prctl(PR_SET_PDEATHSIG, signum)


def set_child_subreaper(on: bool) -> bool:
    """prctl(PR_SET_CHILD_SUBREAPER): while on, a process orphaned below this one (a scan worker
    forked by another worker through an intermediate, early_workers.py) becomes this process's
    child, not init's. False when it cannot be set (not Linux, no ctypes)."""
    return _prctl(PR_SET_CHILD_SUBREAPER, 1 if on else 0)


def _prctl(option: int, value: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(option, value, 0, 0, 0)) == 0
    except (ImportError, OSError, AttributeError):  # ImportError: a Python without ctypes
        return False


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(WATCH_INTERVAL)
    _end_own_group()


def die_with_parent(parent_pid: int) -> None:
    """Arrange for this worker (and its group) to end when `parent_pid` ends.

    `parent_pid` is the pid the worker's parent had when the worker started (os.getppid() at
    the top of the worker); a parent that already died before this call is caught by the check
    at the end, since the kernel only signals deaths after prctl.
    """
    with contextlib.suppress(ValueError, OSError):  # ValueError: not the main thread
        signal.signal(signal.SIGTERM, _on_parent_death)
    _set_parent_death_signal(signal.SIGTERM)
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="her2cli-parent-watch", daemon=True
    ).start()
    if os.getppid() != parent_pid:
        _end_own_group()


def kill_worker_tree(process: _Process) -> None:
    """SIGKILL a worker and its Tesseract children (its whole group, which outlives a worker
    that already crashed), then the worker itself in case it never got its own group."""
    pid = process.pid
    if pid is not None:
        with contextlib.suppress(OSError, AttributeError):
            os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        process.kill()


@contextlib.contextmanager
def children_allowed() -> Iterator[None]:
    """Let a daemonic process (a Dask worker under its nanny) start report workers.

    multiprocessing refuses children to daemons because they would be orphaned when the daemon
    is terminated; ours are not (lifeline: they end with their parent), so the flag is lifted
    for the start() call only."""
    import multiprocessing

    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    was_daemon = config.get("daemon")
    if was_daemon:
        config["daemon"] = False
    try:
        yield
    finally:
        if was_daemon:
            config["daemon"] = was_daemon
