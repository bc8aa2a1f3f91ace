"""`scan --dask` on a cluster without workers (issue 13): at the start, or mid-run when every
worker is closed and none comes back, the scan does not wait for ever. After
HER2CLI_DASK_WORKERS_TIMEOUT seconds with no worker it ends with one error line (exit 1), the
records already written stay whole in the output, and `--resume` completes the run once workers
are back. Every wait here is for a condition (records written, workers gone or back, the scan's
exit), never for a duration.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .conftest import SAMPLES
from .test_dask import _env, _records, her2cli

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")

COPIES = 6  # of the samples in the scanned folder
SHORT = "2"  # seconds without a worker before the scan gives up: the workers are really gone here


def _local_cluster(n_workers: int) -> Any:
    return distributed.LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )


def _until(condition: Any, what: str, limit: float = 300) -> None:
    """Wait for `condition()`; `limit` only turns a hang into a failure naming `what`."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.05)


def _folder(tmp_path: Path) -> Path:
    """Copies of the text and PDF samples: many more chunks than one worker holds at a time, so the
    workers go away with most of the run still to do. Six copies, not two: with two, a fresh-clone CI
    run once saw the whole scan end before the test could close its workers (session 26)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for copy in range(COPIES):
        for report in SAMPLES.iterdir():
            if report.suffix in (".pdf", ".txt"):
                shutil.copy(report, folder / f"{copy}_{report.name}")
    return folder


def _lines(path: Path) -> int:
    return path.read_text().count("\n") if path.exists() else 0


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_a_run_whose_workers_are_all_closed_ends_clearly_and_resume_completes_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    expected = {str(p) for p in folder.iterdir()}
    output = tmp_path / "out.jsonl"
    with (
        _local_cluster(2) as cluster,
        distributed.Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        command = [sys.executable, "-m", "her2cli", "scan", "--quiet", "--dask", cluster.scheduler_address]
        scan = subprocess.Popen(
            [*command, str(folder), "-o", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(HER2CLI_DASK_WORKERS_TIMEOUT=SHORT),
        )
        try:
            _until(lambda: _lines(output) >= 5 or scan.poll() is not None, "the first records")
            assert scan.poll() is None, "the scan ended before its workers went away: too little work"
            cluster.scale(0)  # every worker closed, and no nanny left to start one again
            _until(lambda: not client.nthreads(), "the workers to close")
            _, stderr = scan.communicate(timeout=300)
        finally:
            if scan.poll() is None:
                scan.kill()
        assert scan.returncode == 1, stderr
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in stderr, stderr
        assert lines[0].startswith(
            f"her2cli: error: the Dask scheduler at {cluster.scheduler_address} has had no workers for 2 s"
        ), stderr
        assert "--resume" in lines[0] and f"of {len(expected)} records written" in lines[0]
        first = [json.loads(line) for line in output.read_text().splitlines()]  # every line whole
        assert 5 <= len(first) < len(expected)
        assert len({r["file"] for r in first}) == len(first)
        assert [r["file"] for r in first if r.get("error")] == []

        cluster.scale(1)
        client.wait_for_workers(1, timeout=300)
        resumed = her2cli(
            "scan", "--quiet", "--dask", cluster.scheduler_address, str(folder), "-o", str(output), "--resume"
        )
    assert resumed.returncode == 0, resumed.stderr
    records = _records(output.read_text())  # one record per input
    assert set(records) == expected
    assert [f for f, r in records.items() if r.get("error")] == []


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_a_scheduler_without_workers_at_the_start_is_one_clear_line(tmp_path: Path) -> None:
    reports = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")[:2]
    output = tmp_path / "out.jsonl"
    with _local_cluster(0) as cluster:
        result = her2cli(
            "scan",
            "--dask",
            cluster.scheduler_address,
            *map(str, reports),
            "-o",
            str(output),
            env=_env(HER2CLI_DASK_WORKERS_TIMEOUT="0.5"),
        )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert f"the Dask scheduler at {cluster.scheduler_address} has no workers" in lines[0]
    assert "dask worker ADDRESS" in lines[0]


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf"])
def test_a_workers_timeout_that_is_not_seconds_is_a_usage_error(value: str) -> None:
    result = her2cli(
        "scan", "--dask", "tcp://127.0.0.1:9", str(SAMPLES), env=_env(HER2CLI_DASK_WORKERS_TIMEOUT=value)
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("her2cli: error: ")
    assert f"HER2CLI_DASK_WORKERS_TIMEOUT must be a number of seconds above 0, not '{value}'" in lines[0]
    assert result.stdout == ""
