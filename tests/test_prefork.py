"""`her2cli explain` and `her2cli scan` fork their (first) worker before they parse the command
line (her2cli/prefork.py): the worker loads the engine while the parent loads typer. It must
change nothing a user sees: the same output as a worker forked late, and no process left behind
however the command ends (a usage error, a report that cannot be read, nothing left to read, the
parent killed while the worker waits).

Processes are found by a marker in their environment (every process her2cli starts inherits
it), so a worker that outlived its parent, reparented to init, is still found. Every wait is for
a condition, never for a duration."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from her2cli.prefork import wanted

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork, and reads /proc")

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "sample_reports" / "breast_core_biomarker_table_ihc3.pdf"
GRACE_S = 10.0  # "about a second", with room for a loaded CI machine (as in test_orphans.py)
START_LIMIT_S = 120.0


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        (["explain", "r.pdf", "--json"], {}, True),
        (["explain", "-"], {}, True),
        (["explain", "r.pdf", "--help"], {}, False),
        (["explain", "-h"], {}, False),
        (["scan", "r.pdf"], {}, True),
        (["scan", "--jobs", "2", "reports/"], {}, True),
        (["scan", "--help"], {}, False),
        (["scan", "r.pdf", "--dask", "tcp://127.0.0.1:8786"], {}, False),
        (["scan", "r.pdf", "--dask=tcp://127.0.0.1:8786"], {}, False),
        (["scan", "r.pdf"], {"DASK_SCHEDULER_ADDRESS": "tcp://127.0.0.1:8786"}, False),
        (["scan", "r.pdf"], {"HER2CLI_NO_PREFORK": "1"}, False),
        (["schema"], {}, False),
        (["--version"], {}, False),
        ([], {}, False),
        (["explain", "r.pdf"], {"_HER2CLI_COMPLETE": "complete_bash"}, False),
        (["explain", "r.pdf"], {"HER2CLI_NO_PREFORK": "1"}, False),
        (["explain", "r.pdf"], {"HER2CLI_NO_PREFORK": "0"}, True),
    ],
)
def test_only_an_explain_or_a_local_scan_that_reads_reports_forks_early(
    argv: list[str], environ: dict[str, str], expected: bool
) -> None:
    assert wanted(argv, environ) is expected


def _run(
    args: list[str], env: dict[str, str], stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "her2cli", *args], env=env, input=stdin, capture_output=True, timeout=300
    )


def _marked(marker: str) -> list[int]:
    """Live (not zombie) processes whose environment carries the marker."""
    found = []
    needle = f"HER2CLI_TEST_MARK={marker}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if needle not in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                continue
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        state = next((ln.split()[1] for ln in status.splitlines() if ln.startswith("State:")), "")
        if state not in ("Z", "X"):
            found.append(int(entry))
    return found


def _gone(marker: str) -> list[int]:
    """The marked processes still alive once all are gone or GRACE_S has passed."""
    deadline = time.monotonic() + GRACE_S
    while time.monotonic() < deadline and _marked(marker):
        time.sleep(0.05)
    return _marked(marker)


def _env(marker: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HER2CLI_NO_PREFORK"}
    return {**env, "HER2CLI_TEST_MARK": marker, **extra}


@pytest.mark.parametrize("source", ["path", "stdin"])
def test_the_early_worker_gives_the_same_output_as_a_late_one(source: str) -> None:
    marker = uuid.uuid4().hex
    args = ["explain", str(PDF) if source == "path" else "-", "--json"]
    stdin = PDF.read_bytes() if source == "stdin" else None
    early = _run(args, _env(marker), stdin)
    late = _run(args, _env(marker, HER2CLI_NO_PREFORK="1"), stdin)
    assert early.returncode == late.returncode == 0, early.stderr
    assert early.stdout == late.stdout
    assert b'"status": "positive"' in early.stdout
    assert _gone(marker) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["explain", "--no-such-option", str(PDF)], 2),  # typer refuses it: the worker never gets a report
        (["explain", "does-not-exist.pdf", "--json"], 1),  # the worker reports the error
        (["explain", str(ROOT / "pyproject.toml"), "--json"], 0),  # a text file: read, not_found
    ],
    ids=["usage-error", "missing-file", "not-a-report"],
)
def test_no_process_is_left_however_explain_ends(args: list[str], code: int) -> None:
    marker = uuid.uuid4().hex
    done = _run(args, _env(marker))
    assert done.returncode == code, done.stderr
    assert _gone(marker) == []


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_parent_killed_while_its_early_worker_waits_leaves_nothing(signum: signal.Signals) -> None:
    """The parent blocks reading a report from stdin that never ends, so its worker is forked and
    waiting for the report when the parent is killed."""
    marker = uuid.uuid4().hex
    proc = subprocess.Popen(
        [sys.executable, "-m", "her2cli", "explain", "-", "--json"],
        env=_env(marker),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + START_LIMIT_S
        while len(_marked(marker)) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert len(_marked(marker)) >= 2, "the early worker never started"
        os.kill(proc.pid, signum)
        proc.wait(timeout=60)
        assert _gone(marker) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stdin is not None
        proc.stdin.close()
        for pid in _marked(marker):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_scan_with_an_early_worker_writes_the_same_records_as_without(jobs: str, tmp_path: Path) -> None:
    """Every record (and the exit status) of a scan of the sample reports, the early worker
    first among the pool's, equals the scan whose workers are all forked late."""
    marker = uuid.uuid4().hex
    args = ["scan", "--quiet", "--format", "jsonl", "--jobs", jobs, str(ROOT / "sample_reports")]
    early = _run(args, _env(marker))
    late = _run(args, _env(marker, HER2CLI_NO_PREFORK="1"))
    assert early.returncode == late.returncode, early.stderr
    assert early.returncode in (0, 3), early.stderr  # 3: some sample reports are damaged on purpose
    assert early.stdout == late.stdout
    assert early.stdout.count(b"\n") > 20
    assert _gone(marker) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["scan", "--no-such-option", str(PDF)], 2),  # typer refuses it: the worker never gets work
        (["scan", "--quiet", str(ROOT / "does-not-exist")], 1),  # an error record: no report to read
        (["scan", "--quiet", "--format", "jsonl", str(PDF)], 0),  # one report, read by the early worker
    ],
    ids=["usage-error", "missing-input", "one-report"],
)
def test_no_process_is_left_however_scan_ends(args: list[str], code: int) -> None:
    marker = uuid.uuid4().hex
    done = _run(args, _env(marker))
    assert done.returncode == code, done.stderr
    assert _gone(marker) == []


def test_a_scan_that_resumes_with_nothing_left_ends_its_early_worker(tmp_path: Path) -> None:
    """--resume over a finished output file reads no report: the early worker is never given
    work and is ended at exit."""
    out = tmp_path / "out.jsonl"
    args = ["scan", "--quiet", "--format", "jsonl", "-o", str(out), str(PDF)]
    first = _run(args, _env(uuid.uuid4().hex))
    assert first.returncode == 0, first.stderr
    marker = uuid.uuid4().hex
    again = _run([*args, "--resume"], _env(marker))
    assert again.returncode == 0, again.stderr
    assert out.read_text().count("\n") == 1
    assert _gone(marker) == []
