"""No orphans (issue 13): killing her2cli in any way ends every process it started within about a
second: its report workers and their Tesseract children.

A stand-in Tesseract (HER2CLI_TESSERACT) records its own pid and its parent's (the worker's) and
then sleeps, so each run is caught with a worker busy in OCR, the case that used to leave both
running with parent 1 until the 120 s timeout. The parent is then sent SIGKILL, SIGTERM or
SIGINT alone (not its process group, unlike a terminal's Ctrl-C).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

GRACE_S = 3.0  # "about a second", with room for a loaded CI machine


def _alive(pid: int) -> bool:
    """A process that exists and is not a zombie (an orphaned zombie waits for init to reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next((line.split()[1] for line in status.splitlines() if line.startswith("State:")), "")
    return state not in ("Z", "X")


def _fake_tesseract(tmp_path: Path) -> Path:
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\necho "$$ $PPID" >> "{tmp_path}/pids"\nexec sleep 60\n')
    script.chmod(0o755)
    return script


def _image(path: Path) -> Path:
    from PIL import Image

    Image.new("L", (1200, 800), 255).save(path)
    return path


def _started(tmp_path: Path, want: int, proc: subprocess.Popen[bytes]) -> list[tuple[int, int]]:
    deadline = time.monotonic() + 30
    pids_file = tmp_path / "pids"
    while time.monotonic() < deadline:
        if pids_file.exists():
            rows = [
                tuple(map(int, line.split())) for line in pids_file.read_text().splitlines() if line.strip()
            ]
            if len(rows) >= want:
                return [(a, b) for a, b in rows]
        if proc.poll() is not None:
            pytest.fail(f"her2cli ended before OCR started: {proc.stderr.read() if proc.stderr else ''!r}")
        time.sleep(0.05)
    pytest.fail("the stand-in Tesseract never started")


@pytest.mark.parametrize(
    "signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["SIGKILL", "SIGTERM", "SIGINT"]
)
@pytest.mark.parametrize("command", ["explain", "scan"])
def test_killing_her2cli_leaves_no_process_behind(
    tmp_path: Path, command: str, signum: signal.Signals
) -> None:
    env = dict(os.environ, HER2CLI_TESSERACT=str(_fake_tesseract(tmp_path)))
    first = _image(tmp_path / "a.png")
    if command == "explain":
        args, busy = ["explain", str(first), "--ocr", "always"], 1
    else:
        second = _image(tmp_path / "b.png")
        args, busy = ["scan", "--quiet", "--jobs", "2", "--ocr", "always", str(first), str(second)], 2
    proc = subprocess.Popen(
        [sys.executable, "-m", "her2cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        started = _started(tmp_path, busy, proc)
        ours = {pid for row in started for pid in row} - {proc.pid}
        assert ours, "worker and Tesseract pids recorded"
        os.kill(proc.pid, signum)
        proc.wait(timeout=10)
        deadline = time.monotonic() + GRACE_S
        while time.monotonic() < deadline and any(_alive(p) for p in ours):
            time.sleep(0.05)
        survivors = sorted(p for p in ours if _alive(p))
        assert survivors == [], f"still running {GRACE_S} s after {signum.name}: {survivors}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for line in (tmp_path / "pids").read_text().splitlines() if (tmp_path / "pids").exists() else []:
            for pid in map(int, line.split()):
                if pid != proc.pid and _alive(pid):
                    os.kill(pid, signal.SIGKILL)


def test_a_worker_ends_its_tesseract_children_when_it_is_killed(tmp_path: Path) -> None:
    """The parent's timeout kill reaches the worker's whole group, Tesseract included."""
    env = dict(os.environ, HER2CLI_TESSERACT=str(_fake_tesseract(tmp_path)))
    img = _image(tmp_path / "a.png")
    proc = subprocess.run(
        [sys.executable, "-m", "her2cli", "explain", str(img), "--ocr", "always", "--timeout", "2", "--json"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1 and b"took longer than 2 s" in proc.stderr
    rows = [tuple(map(int, line.split())) for line in (tmp_path / "pids").read_text().splitlines()]
    deadline = time.monotonic() + GRACE_S
    pids = {pid for row in rows for pid in row}
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    survivors = sorted(p for p in pids if _alive(p))
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
