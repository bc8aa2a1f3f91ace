"""A scan's workers forked before typer is imported (her2cli/early_workers.py): the first by the
console script, the others by the first once its engine is loaded. They must be the scan's own
children, as workers it forks itself are (so that it waits for their exit status and kills them
and their process group), and change nothing a user sees, however the scan ends.

A stand-in Tesseract (HER2CLI_TESSERACT, as in test_orphans.py) writes its pid and its parent's
(the worker's) and sleeps, so each run is caught with both workers busy. Every wait here is for a
condition, never for a duration."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork, prctl and /proc")

GRACE_S = 10.0  # "about a second", with room for a loaded CI machine (as in test_orphans.py)
START_LIMIT_S = 120.0


def _fake_tesseract(tmp_path: Path) -> Path:
    script = tmp_path / "tesseract"
    script.write_text(f'#!/bin/sh\necho "$$ $PPID" >> "{tmp_path}/pids"\nexec sleep 60\n')
    script.chmod(0o755)
    return script


def _images(tmp_path: Path, n: int) -> list[Path]:
    from PIL import Image

    paths = [tmp_path / f"scan{i}.png" for i in range(n)]
    for path in paths:
        Image.new("L", (1200, 800), 255).save(path)
    return paths


def _rows(pids_file: Path) -> list[tuple[int, int]]:
    if not pids_file.exists():
        return []
    text = pids_file.read_text()
    complete = text[: text.rfind("\n") + 1]
    return [(int(a), int(b)) for a, b in (line.split() for line in complete.splitlines() if line.strip())]


def _status(pid: int, key: str) -> str:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return ""
    return next((line.split()[1] for line in lines if line.startswith(f"{key}:")), "")


def _alive(pid: int) -> bool:
    return _status(pid, "State") not in ("", "Z", "X")


def _wait_until_gone(pids: set[int]) -> list[int]:
    deadline = time.monotonic() + GRACE_S
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    return sorted(p for p in pids if _alive(p))


def _env(tmp_path: Path, marker: str = "") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HER2CLI_NO_PREFORK"}
    return {**env, "HER2CLI_TESSERACT": str(_fake_tesseract(tmp_path)), "HER2CLI_TEST_MARK": marker}


def _marked(marker: str) -> set[int]:
    """Live processes whose environment carries the marker (every process her2cli starts
    inherits it, so one reparented to init is found too)."""
    found = set()
    needle = f"HER2CLI_TEST_MARK={marker}".encode()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if needle in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0") and _alive(int(entry)):
                    found.add(int(entry))
            except OSError:
                continue
    return found


def test_the_first_workers_siblings_are_children_of_the_scan_and_die_with_it(tmp_path: Path) -> None:
    reports = _images(tmp_path, 2)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "her2cli",
            "scan",
            "--quiet",
            "--jobs",
            "2",
            "--ocr",
            "always",
            *map(str, reports),
        ],
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    rows: list[tuple[int, int]] = []
    try:
        deadline = time.monotonic() + START_LIMIT_S
        while len(rows := _rows(tmp_path / "pids")) < 2 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.05)
        workers = {parent for _, parent in rows}
        assert len(workers) == 2, rows  # two workers, each running its own Tesseract
        for worker in workers:
            assert _status(worker, "PPid") == str(proc.pid)  # the scan's child, not init's
            assert os.getpgid(worker) == worker  # leads its own group (killed with its Tesseract)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        ours = {pid for row in rows for pid in row}
        assert _wait_until_gone(ours) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for row in _rows(tmp_path / "pids"):
            for pid in row:
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)


def test_workers_that_overrun_their_timeout_are_killed_and_their_reports_recorded(tmp_path: Path) -> None:
    """Both workers (the first and its sibling) are killed on their timeout, each report gets a
    timeout record, the next report is read by a worker the scan forks, and nothing is left."""
    reports = _images(tmp_path, 3)
    marker = uuid.uuid4().hex
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "her2cli",
            "scan",
            "--quiet",
            "--format",
            "jsonl",
            "--jobs",
            "2",
            "--timeout",
            "3",
        ]
        + ["--ocr", "always", *map(str, reports)],
        env=_env(tmp_path, marker),
        capture_output=True,
        timeout=600,
    )
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["file"] for r in records] == [str(p) for p in reports]
    assert [r["error"]["kind"] for r in records] == ["timeout"] * 3  # Tesseract sleeps 60 s
    assert done.returncode != 0
    assert _wait_until_gone(_marked(marker)) == []
