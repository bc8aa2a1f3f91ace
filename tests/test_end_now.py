"""The CLI ends its process at once after a command (cli.end_now): the interpreter's teardown of
every module and compiled pattern cost 50-140 ms after a scan (issue 13). It must lose nothing:
the output is flushed, the exit handlers run, the status is the command's; and it must not end
a process that still has work in a thread, or a status Python prints itself."""

from __future__ import annotations

import subprocess
import sys
import threading

from her2cli.cli import end_now

PROGRAM = """
import atexit, sys
from her2cli.cli import end_now
atexit.register(lambda: sys.stdout.write(" and the exit handler ran"))
sys.stdout.write("output")
sys.stderr.write("a message")
end_now({code})
sys.stdout.write(" NOT REACHED")
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM.format(code=code)], capture_output=True, text=True, timeout=120
    )


def test_output_and_exit_handlers_survive_and_the_status_is_kept() -> None:
    for code, status in (("0", 0), ("None", 0), ("3", 3)):
        done = _run(code)
        assert done.returncode == status
        assert done.stdout == "output and the exit handler ran"
        assert done.stderr == "a message"


def test_a_status_python_prints_itself_is_left_to_python() -> None:
    end_now("a message for stderr")  # returns: Python's own exit prints it


def test_a_thread_still_working_is_waited_for() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        end_now(0)  # returns: a non-daemon thread runs, so Python's exit must wait for it
    finally:
        release.set()
        worker.join()
