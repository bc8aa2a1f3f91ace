"""`scan --dask ADDRESS`: the same batch on a Dask cluster (issue 13), for archives of millions.

The client submits the inputs in bounded chunks (a few per worker thread in flight, so memory
stays flat however many paths are queued) and hands back (index, record) in completion order to
the same writers as a local scan, so `--resume` and one record per input are unchanged.

On a Dask worker each chunk runs through `batch.run_isolated`: every report in a worker process
of its own with the local limits (timeout, memory cap, page cap), OCR held to the Dask thread's
share of the cores, and nothing left behind when the Dask worker dies (lifeline). Those
processes come from a fork server, not from the Dask worker itself, which has threads.

Faults: a Dask worker that dies mid-task is survived by the scheduler retrying the task
elsewhere; a chunk that still kills workers (Dask's `KilledWorker`) is split and its reports are
retried one by one, each alone on the cluster, and a report that kills workers again becomes an
error record (never lost, never duplicated; a report merely queued beside it is not blamed).
Losing the scheduler, or every worker for longer than the workers timeout (a nanny that cannot
bring its worker back, a cluster shut down mid-run), raises ClusterError; the records already
written stay, and `--resume` continues.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .batch import InputItem, WorkOptions, run_isolated
from .errors import COMMAND, ErrorKind, error_line, render_error, safe_display


def error_record(path: str, kind: ErrorKind, message: str) -> dict[str, Any]:
    from .model import error_result

    record: dict[str, Any] = error_result(path, kind, message).to_dict()
    return record


CHUNK_SIZE = 16  # reports per task: enough to amortise the task overhead, small enough to retry
CHUNKS_PER_THREAD = 3  # tasks in flight per worker thread: the backpressure bound
CONNECT_TIMEOUT_S = 10.0
# a scheduler without workers, at the start or mid-run: how long to wait for one to (re)appear
WORKERS_TIMEOUT_S = 60.0
WORKERS_TIMEOUT_ENV = "HER2CLI_DASK_WORKERS_TIMEOUT"  # seconds, to change WORKERS_TIMEOUT_S
WATCH_INTERVAL_S = 1.0  # with nothing finished for this long, ask the scheduler for its workers

Task = tuple[int, str, bytes | None]  # (input index, path, the file's bytes with --send-bytes)


class ClusterError(Exception):
    """The cluster cannot be used (extra missing, scheduler unreachable or lost): one line, the
    template command.<detail> of data/messages/errors.toml."""

    def __init__(self, detail: str, **params: Any) -> None:
        self.code = f"{COMMAND}.{detail}"
        self.params = params
        self.message = render_error(self.code, params)
        super().__init__(self.message)

    def text(self, lang: str = "en") -> str:
        """The same line in the reader's language (the scan's --lang)."""
        return render_error(self.code, self.params, lang)


@dataclass(frozen=True)
class ClusterOptions:
    address: str
    send_bytes: bool = False
    chunk_size: int = CHUNK_SIZE
    workers_timeout: float = WORKERS_TIMEOUT_S


def workers_timeout(environ: dict[str, str] | None = None) -> float:
    """Seconds without any worker after which a scan gives up: HER2CLI_DASK_WORKERS_TIMEOUT, or
    WORKERS_TIMEOUT_S. A value that is not a number of seconds above 0 is a ClusterError."""
    raw = (os.environ if environ is None else environ).get(WORKERS_TIMEOUT_ENV, "").strip()
    if not raw:
        return WORKERS_TIMEOUT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise ClusterError("bad_workers_timeout", name=WORKERS_TIMEOUT_ENV, value=safe_display(raw))
    return seconds


# --- the worker side (runs inside a Dask worker process) --------------------------------------


def _cores_per_thread() -> int:
    """The Dask worker thread's share of the machine's cores, for Tesseract."""
    try:
        from distributed import get_worker

        threads = max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):
        threads = 1
    return max(1, (os.cpu_count() or 1) // threads)


# report workers kept warm between tasks, one list per Dask worker thread and set of options:
# a new worker pays ~1 s of imports (pdfplumber, the patterns), as much as a whole chunk
_WARM: dict[tuple[int, str], list[Any]] = {}


def scan_chunk(tasks: list[Task], options: WorkOptions) -> list[tuple[int, dict[str, Any]]]:
    """Read the reports of one chunk, each in an isolated worker process; one record each."""
    import multiprocessing

    if options.ocr_threads is None:
        from dataclasses import replace

        options = replace(options, ocr_threads=_cores_per_thread())
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "forkserver":
        multiprocessing.get_context(method).set_forkserver_preload(
            ["her2cli.api", "her2cli.batch", "her2cli.sources.pdf", "pypdfium2"]
        )
    items = [InputItem(index, path, data=data) for index, path, data in tasks]
    warm = _WARM.setdefault((threading.get_ident(), repr(options)), [])
    return list(run_isolated(items, options, jobs=1, start_method=method, keep=warm))


# --- the client side --------------------------------------------------------------------------


def import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError("dask_extra_missing") from None
    return distributed


def quiet_distributed_logs() -> None:
    """distributed logs reconnect attempts and lost connections (with tracebacks) to stderr; the
    one-line errors of ClusterError say it all. Its modules' loggers carry levels of their own
    (distributed.client: warning), so each one is raised, not only the package's."""
    import logging

    names = [n for n in logging.root.manager.loggerDict if n == "distributed" or n.startswith("distributed.")]
    for name in ["distributed", *names]:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def connect(address: str) -> Any:
    """A distributed.Client for the scheduler at `address`, or a ClusterError saying what to do."""
    distributed = import_distributed()
    quiet_distributed_logs()
    try:
        return distributed.Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            "scheduler_unreachable", address=safe_display(address), exception=type(exc).__name__
        ) from None


def _with_bytes(item: InputItem) -> tuple[Task | None, dict[str, Any] | None]:
    """The task for one input with its file's bytes, or the error record when it cannot be read."""
    from .errors import Her2cliError
    from .sources import ReadOptions, _read_path

    try:
        return (item.index, item.path, _read_path(item.path, ReadOptions().max_bytes)), None
    except Her2cliError as exc:
        return None, error_record(item.path, exc.kind, error_line(exc.path, exc.code, **exc.params))


def _chunks(
    items: Iterable[InputItem], cluster: ClusterOptions, local: list[tuple[int, dict[str, Any]]]
) -> Iterator[list[Task]]:
    """Tasks in chunks, read lazily (bytes are read only when their chunk is submitted)."""
    chunk: list[Task] = []
    for item in items:
        task: Task | None = (item.index, item.path, None)
        if cluster.send_bytes:
            task, record = _with_bytes(item)
            if record is not None:
                local.append((item.index, record))
        if task is not None:
            chunk.append(task)
        if len(chunk) >= cluster.chunk_size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _killed_record(task: Task) -> tuple[int, dict[str, Any]]:
    index, path, _ = task
    return index, error_record(path, ErrorKind.WORKER_DIED, error_line(path, "worker_died.workers_died"))


def _scheduler_lost(cluster: ClusterOptions, exc: BaseException) -> ClusterError:
    return ClusterError("scheduler_lost", address=safe_display(cluster.address), exception=type(exc).__name__)


def _await_workers(client: Any, cluster: ClusterOptions) -> None:
    """Without workers the tasks would wait forever; say so instead."""
    try:
        client.wait_for_workers(1, timeout=cluster.workers_timeout)
    except (TimeoutError, OSError) as exc:
        raise ClusterError(
            "no_workers", address=safe_display(cluster.address), exception=type(exc).__name__
        ) from None


class _WorkerWatch:
    """When the cluster last had a worker, so that a run whose workers are all gone ends.

    The scheduler keeps tasks without workers waiting for ever, and a nanny whose worker fails to
    start again (a loaded or broken machine) never brings it back: mid-run, as at the start, no
    worker for `workers_timeout` seconds is a ClusterError, with the records written so far kept."""

    def __init__(self, client: Any, cluster: ClusterOptions) -> None:
        self.client = client
        self.cluster = cluster
        self.last_seen = time.monotonic()

    def seen(self) -> None:
        """A task finished: a worker was there."""
        self.last_seen = time.monotonic()

    def check(self) -> None:
        """Ask the scheduler for its workers; raise once there has been none for too long."""
        try:
            workers = self.client.nthreads()
        except Exception as exc:  # noqa: BLE001 - lost comms (OSError), a client the loss closed
            raise _scheduler_lost(self.cluster, exc) from None
        if workers:
            self.seen()
        elif time.monotonic() - self.last_seen >= self.cluster.workers_timeout:
            raise ClusterError(
                "workers_lost",
                address=safe_display(self.cluster.address),
                seconds=f"{self.cluster.workers_timeout:g}",
            )


def _finished(client: Any, distributed: Any, futures: list[Any], watch: _WorkerWatch) -> list[Any]:
    """The futures among `futures` that are done, waiting for at least one; while none finishes,
    the watch looks for workers every WATCH_INTERVAL_S (and raises when they are gone)."""
    while True:
        try:
            with client.as_current():  # distributed.wait works on the current client
                distributed.wait(futures, timeout=WATCH_INTERVAL_S, return_when="FIRST_COMPLETED")
        except TimeoutError:
            watch.check()
            continue
        except Exception as exc:  # noqa: BLE001 - futures cancelled: their results say why, below
            if not any(future.done() for future in futures):
                raise _scheduler_lost(watch.cluster, exc) from None
        watch.seen()
        return [future for future in futures if future.done()]


def run_on_dask(
    items: list[InputItem], options: WorkOptions, cluster: ClusterOptions
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (index, record) once for every item, in completion order, read on the cluster."""
    distributed = import_distributed()
    client = connect(cluster.address)
    try:
        _await_workers(client, cluster)
        yield from _drive(client, distributed, items, options, cluster, _WorkerWatch(client, cluster))
    finally:
        client.close()


def _drive(
    client: Any,
    distributed: Any,
    items: list[InputItem],
    options: WorkOptions,
    cluster: ClusterOptions,
    watch: _WorkerWatch,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Submit chunks with a bounded number in flight and yield their records as they finish.

    A task the scheduler gives up on (KilledWorker) is not proof against its reports: a worker's
    death counts against every task queued on that worker, not only the one it was running. So
    its reports become suspects, and each suspect is sent alone, once nothing else is in flight
    (no new chunk goes out meanwhile): a suspect that still kills its workers is the one at fault
    and gets an error record; the others get their usual records."""
    local: list[tuple[int, dict[str, Any]]] = []
    chunks = _chunks(items, cluster, local)
    threads = max(1, sum(client.nthreads().values()))
    in_flight_limit = max(2, CHUNKS_PER_THREAD * threads)
    tasks_of: dict[Any, list[Task]] = {}
    suspects: deque[Task] = deque()
    alone: set[Any] = set()  # futures of suspects sent while nothing else was in flight

    def submit(chunk: list[Task]) -> Any:
        future = client.submit(scan_chunk, chunk, options, pure=False)
        tasks_of[future] = chunk
        return future

    def refill() -> None:
        if suspects:
            if not tasks_of:
                alone.add(submit([suspects.popleft()]))
            return
        while len(tasks_of) < in_flight_limit:
            chunk = next(chunks, None)
            if chunk is None:
                return
            submit(chunk)

    refill()
    yield from _drain(local)
    while tasks_of:
        for future in _finished(client, distributed, list(tasks_of), watch):
            chunk = tasks_of.pop(future)
            was_alone = future in alone
            alone.discard(future)
            records: list[tuple[int, dict[str, Any]]] = []
            try:
                records = future.result()
            except distributed.KilledWorker:
                if was_alone:
                    records = [_killed_record(chunk[0])]
                else:
                    suspects.extend(chunk)
            except Exception as exc:  # noqa: BLE001 - cancelled futures, lost comms: the scheduler is gone
                raise _scheduler_lost(cluster, exc) from None
            finally:
                future.release()
            yield from records
        refill()
        yield from _drain(local)


def _drain(local: list[tuple[int, dict[str, Any]]]) -> Iterator[tuple[int, dict[str, Any]]]:
    while local:
        yield local.pop()
