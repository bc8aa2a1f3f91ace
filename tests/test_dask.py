"""`her2cli scan --dask ADDRESS` (issue 13): the same records as a local scan, each input exactly
once even when a Dask worker is killed mid-run, and clear one-line errors when the extra is not
installed or the scheduler cannot be reached.

The cluster is a real distributed.LocalCluster: 2 worker processes, listening on 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import SAMPLES

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local


def her2cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "her2cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env if env is not None else _env(),
    )


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DASK_SCHEDULER_ADDRESS"}
    env.update(extra)
    return env


def _records(jsonl: str) -> dict[str, dict[str, Any]]:
    records = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    counts = Counter(r["file"] for r in records)
    assert [f for f, n in counts.items() if n > 1] == [], "one record per input"
    return {r["file"]: r for r in records}


def test_a_cluster_scan_gives_the_records_of_a_local_scan(cluster: Any) -> None:
    local = her2cli("scan", "--quiet", "--jobs", "2", str(SAMPLES))
    remote = her2cli("scan", "--quiet", "--dask", cluster.scheduler_address, str(SAMPLES))
    assert remote.returncode == local.returncode, remote.stderr
    expected, got = _records(local.stdout), _records(remote.stdout)
    assert len(expected) > 50
    assert got == expected


def test_the_scheduler_address_comes_from_the_standard_variable_and_bytes_can_travel(
    cluster: Any, tmp_path: Path
) -> None:
    """DASK_SCHEDULER_ADDRESS alone selects the cluster; --send-bytes reads the file here and
    sends its content, with the same record as a path the workers read themselves."""
    reports = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))[:6]
    by_path = her2cli(
        "scan", "--quiet", *map(str, reports), env=_env(DASK_SCHEDULER_ADDRESS=cluster.scheduler_address)
    )
    by_bytes = her2cli(
        "scan",
        "--quiet",
        "--send-bytes",
        *map(str, reports),
        env=_env(DASK_SCHEDULER_ADDRESS=cluster.scheduler_address),
    )
    assert by_path.returncode == by_bytes.returncode == 0, by_bytes.stderr
    assert _records(by_bytes.stdout) == _records(by_path.stdout)
    assert set(_records(by_path.stdout)) == set(map(str, reports))


def _worker_pids(cluster: Any) -> list[int]:
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        return sorted(client.run(os.getpid).values())


def _descendants(pid: int) -> set[int]:
    """The processes under `pid` (from /proc): a Dask worker's fork server and report workers."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _scan_killing_one_worker(
    cluster: Any, tmp_path: Path
) -> tuple[set[str], dict[str, dict[str, Any]], set[int]]:
    """Scan the text and PDF samples on `cluster`, SIGKILL one Dask worker once records flow;
    return the inputs, the records, and the killed worker's processes that outlive it (waited for
    until they are gone: within about a second; the 120 s limit only turns a leak into an answer)."""
    folder = _copies(tmp_path)  # six chunks: five still to do when the first one's records flow
    output = tmp_path / "out.jsonl"
    victim = _worker_pids(cluster)[0]
    cmd = [
        sys.executable,
        "-m",
        "her2cli",
        "scan",
        "--quiet",
        "--dask",
        cluster.scheduler_address,
        str(folder),
    ]
    proc = subprocess.Popen(
        [*cmd, "--output", str(output)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if output.exists() and output.read_text().count("\n") >= 5:
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the scan ended before the kill: too little work"
        below = _descendants(victim)
        os.kill(victim, signal.SIGKILL)
        gone_by = time.monotonic() + 120
        while time.monotonic() < gone_by and any(_alive(pid) for pid in below):
            time.sleep(0.05)
        survivors = {pid for pid in below if _alive(pid)}
        _, stderr = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    return {str(p) for p in folder.iterdir()}, _records(output.read_text()), survivors


def test_killing_a_worker_mid_run_still_gives_every_record_exactly_once(cluster: Any, tmp_path: Path) -> None:
    expected, records, survivors = _scan_killing_one_worker(cluster, tmp_path)
    assert set(records) == expected
    assert [f for f, r in records.items() if r.get("error")] == []
    assert survivors == set(), "the killed worker's report processes end with it"


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # the module cluster has it
def test_a_chunk_whose_worker_died_is_retried_report_by_report(tmp_path: Path) -> None:
    """With a scheduler that gives up on a task at the first worker death (allowed-failures 0),
    every chunk on the killed worker fails with KilledWorker: its reports are retried one by one
    on the other worker, and each still gets exactly one record, none of them an error."""
    import dask

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as strict,
    ):
        expected, records, _ = _scan_killing_one_worker(strict, tmp_path)
    assert set(records) == expected
    assert [f for f, r in records.items() if r.get("error")] == []


def test_resume_after_a_cluster_run_skips_what_is_done(cluster: Any, tmp_path: Path) -> None:
    reports = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))[:8]
    output = tmp_path / "out.jsonl"
    first = her2cli("scan", "--dask", cluster.scheduler_address, *map(str, reports[:5]), "-o", str(output))
    assert first.returncode == 0, first.stderr
    second = her2cli(
        "scan", "--dask", cluster.scheduler_address, *map(str, reports), "-o", str(output), "--resume"
    )
    assert second.returncode == 0, second.stderr
    assert "5 already done" in second.stderr
    assert set(_records(output.read_text())) == set(map(str, reports))


def test_without_the_extra_the_option_names_it(tmp_path: Path) -> None:
    """An environment where `import distributed` fails, as it does without her2cli[dask]."""
    fake = tmp_path / "site" / "distributed"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named distributed')\n")
    env = _env(PYTHONPATH=str(tmp_path / "site"))
    result = her2cli("scan", "--dask", "tcp://127.0.0.1:8786", str(SAMPLES), env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("her2cli: error: ") and "her2cli[dask]" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    output = tmp_path / "out.jsonl"
    result = her2cli("scan", "--dask", address, str(SAMPLES), "-o", str(output), timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at " + address in lines[0]
    assert "Traceback" not in result.stderr


def test_send_bytes_needs_dask() -> None:
    result = her2cli("scan", "--send-bytes", str(SAMPLES))
    assert result.returncode == 2 and "--send-bytes needs --dask" in result.stderr


# --- faults: a report that kills its workers, the scheduler going away ----------------------------


class KillWorkerOnReport(distributed.WorkerPlugin):  # type: ignore[misc]
    """Test code only: the Dask worker process ends itself (os._exit) when a task that carries
    `marker` (a file name) starts executing, as if that report crashed or exhausted it."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.worker: Any = None

    def setup(self, worker: Any) -> None:
        self.worker = worker

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "executing" or self.worker is None:
            return
        task = self.worker.state.tasks.get(key)
        spec = getattr(task, "run_spec", None)
        if self.marker in repr(getattr(spec, "args", spec)):  # the chunk: (index, path, bytes) tuples
            os._exit(1)


def _copies(tmp_path: Path, n: int | None = None) -> Path:
    """A folder with the first `n` text and PDF samples (all of them, 82: six chunks, without n)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for report in sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))[:n]:
        shutil.copy(report, folder / report.name)
    return folder


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_a_report_that_kills_its_worker_twice_becomes_one_error_record(tmp_path: Path) -> None:
    """The scheduler gives up on a task at its first worker death (allowed-failures 0): the chunk
    holding the report is split and retried report by report, the others get their usual records
    (also those the scheduler blamed for being queued on the dying worker), and the report that
    kills its worker a second time, alone, gets a `worker_died` error record: never lost, never
    duplicated.

    Two worker deaths are the fewest that show it (the scheduler's own retries before it gives up,
    allowed-failures 3 by default, only repeat the first), and each is a worker process started
    again: the costly, slow-under-load part of this test, so there are no more of them than that."""
    import cloudpickle
    import dask

    folder = _copies(tmp_path, 20)  # two chunks: reports queued beside the poison are not blamed
    poison = folder / "poison_report_7f3a.txt"
    shutil.copy(SAMPLES / "breast_core_biomarker_table_ihc3_txt.txt", poison)
    local = _records(her2cli("scan", "--quiet", "--jobs", "2", str(folder)).stdout)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with (
            dask.config.set({"distributed.scheduler.allowed-failures": 0}),
            # one worker: the scheduler queues two tasks on it at a time, so when the poison kills
            # it, a task beside it is blamed too (counted as if it had killed the worker)
            distributed.LocalCluster(
                n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            ) as strict,
            distributed.Client(strict.scheduler_address, set_as_default=False) as client,
        ):
            client.register_plugin(KillWorkerOnReport(poison.name), name="kill-on-poison")
            # the only worker is gone until its nanny starts it again, which a loaded machine can
            # take long to do: the scan must wait for it, not give up as if the cluster were lost
            env = _env(HER2CLI_DASK_WORKERS_TIMEOUT="500")
            result = her2cli("scan", "--quiet", "--dask", strict.scheduler_address, str(folder), env=env)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert result.returncode == 3, result.stderr  # some inputs read, one could not be
    records = _records(result.stdout)
    assert set(records) == set(local)
    poisoned = records.pop(str(poison))
    assert poisoned["error"]["kind"] == "worker_died"
    assert "the Dask workers reading this file died each time" in poisoned["error"]["message"]
    local.pop(str(poison))
    assert records == local


def _start(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), start_new_session=True
    )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _cluster_processes(port: int) -> list[subprocess.Popen[bytes]]:
    """A `dask scheduler` and one `dask worker` (1 thread) on 127.0.0.1:port, as the README starts them."""
    dask_cli = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = _start([*dask_cli, "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"])
    worker = _start(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_worker",
            f"tcp://127.0.0.1:{port}",
            "--host",
            "127.0.0.1",
            "--nthreads",
            "1",
            "--nworkers",
            "1",
            "--no-dashboard",
        ]
    )
    try:
        _wait_until_ready(f"tcp://127.0.0.1:{port}")
    except BaseException:
        for proc in (scheduler, worker):
            _stop(proc)
        raise
    return [scheduler, worker]


def _wait_until_ready(address: str) -> None:
    """Until the scheduler answers and has a worker. Started as processes, they take seconds to
    come up (tens of seconds on a loaded machine), longer than her2cli's 10 s connection limit:
    a scan started at once would fail to connect, a failure of the test, not of her2cli."""
    with distributed.Client(address, timeout=180, set_as_default=False) as client:
        client.wait_for_workers(1, timeout=180)


def test_losing_the_scheduler_ends_the_run_clearly_and_resume_completes_it(tmp_path: Path) -> None:
    folder = _copies(tmp_path)  # six chunks on one worker thread: five to do when records flow
    expected = {str(p) for p in folder.iterdir()}
    output = tmp_path / "out.jsonl"
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = _cluster_processes(port)
    try:
        scan = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "her2cli",
                "scan",
                "--quiet",
                "--dask",
                address,
                str(folder),
                "-o",
                str(output),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        try:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and scan.poll() is None:
                if output.exists() and output.read_text().count("\n") >= 5:
                    break
                time.sleep(0.1)
            assert scan.poll() is None, "the scan ended before the scheduler went away: too little work"
            _stop(processes[0])  # the scheduler, SIGKILLed
            _, stderr = scan.communicate(timeout=300)
        finally:
            if scan.poll() is None:
                scan.kill()
    finally:
        for proc in processes:
            _stop(proc)
    assert scan.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("her2cli: error: lost the Dask scheduler at " + address), (
        stderr
    )
    assert "--resume" in lines[0] and "Traceback" not in stderr
    first = [json.loads(line) for line in output.read_text().splitlines()]  # every line whole
    assert 5 <= len(first) < len(expected)
    assert len({r["file"] for r in first}) == len(first)

    port = _free_port()
    processes = _cluster_processes(port)
    try:
        resumed = her2cli(
            "scan", "--quiet", "--dask", f"tcp://127.0.0.1:{port}", str(folder), "-o", str(output), "--resume"
        )
    finally:
        for proc in processes:
            _stop(proc)
    assert resumed.returncode == 0, resumed.stderr
    records = _records(output.read_text())  # one record per input
    assert set(records) == expected
    assert [f for f, r in records.items() if r.get("error")] == []


def test_a_cluster_scan_to_sqlite_gives_the_rows_of_a_local_scan(cluster: Any, tmp_path: Path) -> None:
    """scan --dask -o caseload.db (issue 14): the same reports, findings and specimens rows as a
    local scan; only the database's own ids, runs and times differ."""
    local_db, remote_db = tmp_path / "local.db", tmp_path / "remote.db"
    local = her2cli("scan", "--quiet", "--jobs", "2", str(SAMPLES), "-o", str(local_db))
    remote = her2cli(
        "scan", "--quiet", "--dask", cluster.scheduler_address, str(SAMPLES), "-o", str(remote_db)
    )
    assert remote.returncode == local.returncode, remote.stderr
    expected, got = _database_rows(local_db), _database_rows(remote_db)
    assert len(expected["reports"]) > 50 and expected["findings"]
    assert got == expected


def _database_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the reports, findings and specimens tables, keyed by report path instead of
    the database's ids, without the run and the time of writing; sorted."""
    import sqlite3

    connection = sqlite3.connect(db)
    try:
        connection.row_factory = sqlite3.Row
        paths = {row["id"]: row["path"] for row in connection.execute("SELECT id, path FROM reports")}
        tables: dict[str, list[tuple[Any, ...]]] = {}
        for table in ("reports", "findings", "specimens"):
            rows = []
            for row in connection.execute(f"SELECT * FROM {table}"):  # noqa: S608 - fixed table names
                values = dict(row)
                for key in ("id", "run_id", "scanned_at"):
                    values.pop(key, None)
                if "report_id" in values:
                    values["report_id"] = paths[values["report_id"]]
                rows.append(tuple(sorted(values.items())))
            tables[table] = sorted(rows, key=repr)
        return tables
    finally:
        connection.close()
