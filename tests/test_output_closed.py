"""A reader of stdout that goes away (`her2cli scan DIR | head`) is not a bug: her2cli ends with
the status a SIGPIPE'd process has in the shell (141, README "Exit codes"), prints nothing on
stderr, and an output file it was writing is complete.

The pipe's read end is closed before her2cli starts, so its first write to stdout fails: no race
with a reader that closes late."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES

REPORTS = sorted(SAMPLES.glob("*.txt"))[:3]


def _run_with_closed_stdout(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT), HER2CLI_NO_CACHE="1")
        return subprocess.run(
            [sys.executable, "-m", "her2cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            timeout=300,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_scan_to_a_closed_pipe_ends_quietly_with_141(tmp_path: Path, jobs: str) -> None:
    assert REPORTS, "the sample corpus has text reports"
    done = _run_with_closed_stdout(["scan", *map(str, REPORTS), "--jobs", jobs], tmp_path)
    assert done.returncode == 141
    assert done.stderr == b""


def test_scan_with_an_output_file_is_not_disturbed_by_a_closed_stdout(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    done = _run_with_closed_stdout(["scan", *map(str, REPORTS), "--output", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(REPORTS)
