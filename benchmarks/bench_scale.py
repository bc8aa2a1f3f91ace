#!/usr/bin/env python
"""Archive-scale benchmark (issue 13): one run, one table of ratios, goals marked OK / MISSED.

Usage:
    python benchmarks/bench_scale.py [--quick] [--reports N] [--memory-paths N] [--queue-paths N]
                                     [--no-cluster]

On a corpus of two-page text PDFs (bench.py's generator; N = 270 as in the issue, --quick 40,
which takes under a minute on an idle 2-core machine) it measures, each in fresh processes and in the same run so that the ratios compare like with
like on a shared machine:
  * the extraction floor: bare pypdfium2 text extraction in a 2-process pool, and `pdftotext`
    through `xargs -P2` (skipped when poppler-utils is missing);
  * `her2cli scan --jobs 2` (and --jobs 1): reports/s, and its time over each floor;
  * the CPU of one warm report by stage (PDF to text beside the bare pypdfium2 floor, matching,
    explanation, the record), measured in one process;
  * a 40-report batch: the speed-up of --jobs 2 over --jobs 1 (start-up cost shows here);
  * `her2cli explain REPORT --json` end to end over a minimal typer app's `--help`;
  * memory: the scan parent's and the largest worker's RSS, sampled from /proc while scanning
    --memory-paths inputs (symbolic links to the corpus; the issue's figure is 10,000), and the
    parent's growth when --queue-paths inputs (100,000) are queued instead of 1,000;
  * a distributed.LocalCluster (2 worker processes, 127.0.0.1) running `scan --dask`.

Benchmarks print figures; the tests never check timing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402  (the corpus generator, run() and the table of bench.py)

PY = sys.executable
GOAL_SCAN_RATE = 300.0  # reports/s, scan --jobs 2
GOAL_VS_PDFTOTEXT = 1.0  # scan --jobs 2 time / pdftotext -P2 time
GOAL_BATCH40_SPEEDUP = 1.7
GOAL_EXPLAIN_VS_HELP = 1.5
GOAL_PARENT_MB = 150.0
GOAL_WORKER_MB = 250.0


# --- helpers run in a fresh interpreter -----------------------------------------------------------


def _pdfium_text(path: str) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        n = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            n += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return n
    finally:
        pdf.close()


def helper_floor(listing: str) -> None:
    """Bare pypdfium2 extraction of every file, 2 processes (fork): the floor of any reader."""
    import multiprocessing

    files = Path(listing).read_text().split("\0")
    files = [f for f in files if f]
    import pypdfium2  # noqa: F401  (imported before the fork, like a warm worker)

    with multiprocessing.get_context("fork").Pool(2) as pool:
        t = time.perf_counter()
        chars = sum(pool.map(_pdfium_text, files, chunksize=8))
        wall = time.perf_counter() - t
    print(json.dumps({"wall": wall, "chars": chars}))


def helper_split(listing: str) -> None:
    """CPU ms per warm report, by stage, in one process (what a warm scan worker does per report):
    the bare pypdfium2 floor, her2cli's PDF to text, the matching and interpretation, the
    explanation a record carries (`meaning`, `questions`, `notes`: what scan and explain --json
    build), the whole patient explanation beside it (the summary's), and the record (to_dict and
    its JSON line)."""
    import copy

    from her2cli import api
    from her2cli.batch import warm_up
    from her2cli.explain import attach_explanation
    from her2cli.sources import load_document

    warm_up()
    files = [f for f in Path(listing).read_text().split("\0") if f][:40]
    options = api._read_options(None, "auto", 2000, None)

    def cpu_ms(fn: Callable[[str], object], items: list[str]) -> float:
        for item in items[:3]:
            fn(item)
        t = time.process_time()
        for item in items:
            fn(item)
        return (time.process_time() - t) / len(items) * 1000

    docs = {f: load_document(f, options) for f in files}
    bare = {f: api.explain_document(docs[f], explanation=False) for f in files}
    full = {f: api.explain_document(docs[f]) for f in files}
    texts = {f: "\n".join(p.text for p in docs[f].pages) for f in files}
    copies = {f: copy.deepcopy(bare[f]) for f in files}
    figures = {
        "floor": cpu_ms(_pdfium_text, files),
        "pdf_to_text": cpu_ms(lambda f: load_document(f, options), files),
        "matching": cpu_ms(lambda f: api.explain_document(docs[f], explanation=False), files),
        "explanation": cpu_ms(
            lambda f: attach_explanation(copies[f], "en", text=texts[f], record_only=True), files
        ),
        "whole_explanation": cpu_ms(lambda f: attach_explanation(copies[f], "en", text=texts[f]), files),
        "record": cpu_ms(
            lambda f: json.dumps(full[f].to_dict(), ensure_ascii=False, separators=(",", ":")), files
        ),
    }
    print(json.dumps(figures))


# --- measuring ----------------------------------------------------------------------------------


def her2cli() -> list[str]:
    exe = shutil.which("her2cli")
    return [exe] if exe else [PY, "-m", "her2cli"]


def best_of(runs: int, fn: Callable[[], float]) -> float:
    return min(fn() for _ in range(runs))


def timed(cmd: list[str], **kw: object) -> float:
    r = bench.run(cmd, keep_stdout=False, **kw)  # type: ignore[arg-type]
    if r.rc not in (0,) or r.timed_out:
        raise RuntimeError(f"{' '.join(cmd[:4])}...: exit {r.rc}: {r.stderr.decode(errors='replace')[-300:]}")
    return r.wall


def byte_compile_her2cli() -> str:
    """Write her2cli's bytecode as pip does on install, and say where. An editable install under
    PYTHONDONTWRITEBYTECODE=1 (this VM sets it) has none and compiles all ~50 modules from source
    on every start (~60 ms of CPU), which no installed copy does."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("her2cli")
    if spec is None or spec.origin is None:
        return "her2cli not found"
    folder = Path(spec.origin).parent
    ok = compileall.compile_dir(str(folder), quiet=1)
    return f"her2cli bytecode {'written or current' if ok else 'NOT written'} in {folder}"


def wall_cpu(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of cmd: CPU is user + system time of the process and the
    children it waited for (the report worker), which a busy machine inflates far less."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped already; keep Popen quiet
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-300:]
            raise RuntimeError(f"{' '.join(cmd[:4])}...: exit {proc.returncode}: {tail}")
    return wall, usage.ru_utime + usage.ru_stime


def _tree(root: int) -> dict[int, int]:
    """pid -> parent pid for root and all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return {pid: parents.get(pid, 0) for pid in tree}


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def sample_memory(cmd: list[str], stop_after: float | None = None) -> dict[str, object]:
    """Run cmd; sample the parent's and the largest child's RSS every 0.2 s."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    parent: list[float] = []
    worker = 0.0
    t0 = time.perf_counter()
    while proc.poll() is None:
        parent.append(_rss_mb(proc.pid))
        for pid in _tree(proc.pid):
            if pid != proc.pid:
                worker = max(worker, _rss_mb(pid))
        if stop_after is not None and time.perf_counter() - t0 > stop_after:
            os.killpg(proc.pid, 9)
            proc.wait()
            break
        time.sleep(0.2)
    parent = [p for p in parent if p] or [0.0]
    tenth = parent[max(0, len(parent) // 10)]
    return {
        "parent_max": max(parent),
        "parent_early": tenth,
        "worker_max": worker,
        "wall": time.perf_counter() - t0,
        "rc": proc.returncode,
    }


def links(folder: Path, sources: list[Path], n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:06d}.pdf").symlink_to(sources[i % len(sources)])
    return folder


def localcluster_rate(batch: Path, n: int, local_wall: float, runs: int = 2) -> tuple[str, str]:
    try:
        from distributed import LocalCluster
    except ImportError:
        return "skipped", "pip install 'her2cli[dask]'"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        cmd = [*her2cli(), "scan", "-q", "--format", "jsonl", "--dask", cluster.scheduler_address, str(batch)]
        timed(cmd, timeout=900)  # warm: the workers' fork servers and report workers start once
        wall = best_of(runs, lambda: timed(cmd, timeout=900))
    return f"{n / wall:.0f} rep/s", f"{wall:.2f} s; {local_wall / wall:.2f}x scan --jobs 2 on this machine"


def bench_scale(args: argparse.Namespace) -> int:
    n = args.reports or (40 if args.quick else 270)
    runs = 1 if args.quick else 3
    table = bench.Table()
    H = her2cli()
    bytecode = byte_compile_her2cli()
    with tempfile.TemporaryDirectory(prefix="her2cli-scale-") as tmpdir:
        tmp = Path(tmpdir)
        # the pattern cache (rules/cache.py) of this run in a folder of its own: the user's folder
        # keeps only the newest few files of other checkouts, so on a machine where other
        # checkouts run her2cli (other sessions' tests) this run's file can be removed between
        # two of its timings, and a timing that recompiles every pattern (~0.5 s) is no start-up
        private_cache = "HER2CLI_CACHE_DIR" not in os.environ
        if private_cache:
            os.environ["HER2CLI_CACHE_DIR"] = str(tmp / "pattern-cache")
        bench.progress(f"writing {n} two-page reports")
        batch = tmp / "batch"
        batch.mkdir()
        for i in range(n):
            bench.make_two_page(batch / f"report_{i:04d}.pdf", i)
        files = sorted(batch.iterdir())
        listing = tmp / "listing"
        listing.write_text("\0".join(map(str, files)))
        minimal = tmp / "minimal_typer_app.py"
        minimal.write_text(
            "import typer\n\napp = typer.Typer(help='A minimal typer app.')\n\n\n@app.command()\n"
            "def explain(report: str, json: bool = typer.Option(False, '--json', help='JSON output.')) -> None:\n"
            "    print(report, json)\n\n\n@app.command()\n"
            "def scan(paths: list[str], jobs: int = typer.Option(0, '--jobs', help='Workers.')) -> None:\n"
            "    print(paths, jobs)\n\n\nif __name__ == '__main__':\n    app()\n"
        )

        par, busy = bench.cpu_parallelism()
        table.section(
            f"one machine: {n} two-page text PDFs, best of {runs} (2 CPU-bound processes: {par:.2f}x one)"
        )
        if busy:
            table.note(f"WARNING: the second core is busy ({busy}); the 2-process figures are low")
        table.note(
            f"load average {bench.loadavg()}; {bytecode} (as pip install does); pattern cache: "
            + ("a folder of this run's own" if private_cache else "$HER2CLI_CACHE_DIR")
        )

        bench.progress("extraction floors")
        floor_wall = float("inf")
        for _ in range(runs):
            r = bench.run([PY, __file__, "_floor", str(listing)])
            floor_wall = min(floor_wall, json.loads(r.stdout.decode().strip().splitlines()[-1])["wall"])
        pdftotext = shutil.which("pdftotext")
        pt_wall = None
        if pdftotext:
            pt_wall = best_of(
                runs,
                lambda: timed(["xargs", "-0", "-P2", "-I{}", pdftotext, "-q", "{}", "-"], stdin_path=listing),
            )

        bench.progress("scan --jobs 1 and 2")
        scan_cmd = [*H, "scan", "-q", "--format", "jsonl", str(batch)]
        walls = {
            j: best_of(runs, lambda j=j: timed([*scan_cmd, "--jobs", str(j)], timeout=900)) for j in (1, 2)
        }
        rate2 = n / walls[2]
        table.add(
            "her2cli scan --jobs 2",
            f"{rate2:.0f} rep/s",
            f"{walls[2]:.2f} s",
            f">= {GOAL_SCAN_RATE:.0f} rep/s",
            rate2 >= GOAL_SCAN_RATE,
        )
        table.add(
            "her2cli scan --jobs 1",
            f"{n / walls[1]:.0f} rep/s",
            f"{walls[1]:.2f} s; --jobs 2 is {walls[1] / walls[2]:.2f}x",
        )
        if pt_wall is not None:
            x = walls[2] / pt_wall
            table.add(
                "pdftotext alone, xargs -P2",
                f"{n / pt_wall:.0f} rep/s",
                f"{pt_wall:.2f} s; her2cli takes {x:.2f}x its time",
                f"<= {GOAL_VS_PDFTOTEXT:.1f}x",
                x <= GOAL_VS_PDFTOTEXT,
            )
        else:
            table.add(
                "pdftotext alone, xargs -P2",
                "skipped",
                "pdftotext missing: apt-get install -y poppler-utils",
                f"<= {GOAL_VS_PDFTOTEXT:.1f}x",
            )
        table.add(
            "pypdfium2 extraction floor, 2 processes",
            f"{n / floor_wall:.0f} rep/s",
            f"{floor_wall:.2f} s; her2cli takes {walls[2] / floor_wall:.1f}x its time",
        )
        bench.progress("CPU per warm report, by stage")
        r = bench.run([PY, __file__, "_split", str(listing)])
        split = json.loads(r.stdout.decode().strip().splitlines()[-1])
        total = sum(v for k, v in split.items() if k not in ("floor", "whole_explanation"))
        table.add(
            "CPU per warm report (one worker)",
            f"{total:.1f} ms",
            "PDF to text {pdf_to_text:.1f} (pypdfium2 floor {floor:.1f}), matching {matching:.1f}, "
            "explanation {explanation:.1f} (the record's; the whole one {whole_explanation:.1f}), "
            "record {record:.1f} ms".format(**split),
        )

        bench.progress("40-report batch, explain vs --help")
        forty = [*H, "scan", "-q", "--format", "jsonl", *map(str, files[:40])]
        w40 = {j: best_of(runs + 2, lambda j=j: timed([*forty, "--jobs", str(j)])) for j in (1, 2)}
        table.add(
            "40-report batch: --jobs 2 over --jobs 1",
            f"{w40[1] / w40[2]:.2f}x",
            f"{w40[1]:.2f} s / {w40[2]:.2f} s",
            f">= {GOAL_BATCH40_SPEEDUP}x",
            w40[1] / w40[2] >= GOAL_BATCH40_SPEEDUP,
        )
        explain_cmd = [*H, "explain", str(files[0]), "--json"]
        help_cmd = [PY, str(minimal), "--help"]
        wall_cpu(explain_cmd)  # the pattern cache (rules/cache.py) holds what a first run compiled
        turns = 5 if args.quick else 7
        pairs = [(wall_cpu(explain_cmd), wall_cpu(help_cmd)) for _ in range(turns)]  # taking turns
        explain = statistics.median(e[0] for e, _ in pairs)
        help_floor = statistics.median(h[0] for _, h in pairs)
        explain_cpu = statistics.median(e[1] for e, _ in pairs)
        help_cpu = statistics.median(h[1] for _, h in pairs)
        table.add(
            "explain 2-page --json over typer --help",
            f"{explain / help_floor:.2f}x",
            f"{explain * 1000:.0f} ms / {help_floor * 1000:.0f} ms (medians of {turns}); CPU "
            f"{explain_cpu * 1000:.0f} / {help_cpu * 1000:.0f} ms = {explain_cpu / help_cpu:.2f}x",
            f"<= {GOAL_EXPLAIN_VS_HELP}x",
            explain / help_floor <= GOAL_EXPLAIN_VS_HELP,
        )
        no_cache = {**os.environ, "HER2CLI_NO_CACHE": "1"}
        cold = [wall_cpu(explain_cmd, env=no_cache) for _ in range(1 if args.quick else 3)]
        table.add(
            "  the same without the pattern cache",
            f"{statistics.median(w for w, _ in cold) / help_floor:.2f}x",
            f"{statistics.median(w for w, _ in cold) * 1000:.0f} ms; CPU "
            f"{statistics.median(c for _, c in cold) * 1000:.0f} ms (HER2CLI_NO_CACHE=1, median of {len(cold)})",
        )

        m = args.memory_paths or (400 if args.quick else 10_000)
        table.section(f"memory: scan --jobs 2 of {m:,} inputs (links to the corpus), RSS sampled every 0.2 s")
        bench.progress(f"memory on {m} inputs")
        many = links(tmp / "many", files, m)
        mem = sample_memory([*H, "scan", "-q", "--format", "jsonl", "--jobs", "2", str(many)])
        table.add(
            "scan parent, peak RSS",
            f"{mem['parent_max']:.0f} MB",
            f"{mem['parent_early']:.0f} MB at a tenth of the run; {m / float(mem['wall']):.0f} rep/s",  # type: ignore[arg-type]
            f"< {GOAL_PARENT_MB:.0f} MB",
            float(mem["parent_max"]) < GOAL_PARENT_MB,
        )  # type: ignore[arg-type]
        table.add(
            "largest worker, peak RSS",
            f"{mem['worker_max']:.0f} MB",
            "",
            f"< {GOAL_WORKER_MB:.0f} MB",
            float(mem["worker_max"]) < GOAL_WORKER_MB,
        )  # type: ignore[arg-type]
        q = args.queue_paths or (20_000 if args.quick else 100_000)
        queue_seconds = 3 if args.quick else 8
        bench.progress(f"queueing {q} inputs")
        queued = links(tmp / "queued", files, q)
        few = sample_memory(
            [*H, "scan", "-q", "--format", "jsonl", "--jobs", "2", *map(str, files[:40])],
            stop_after=queue_seconds,
        )
        lots = sample_memory(
            [*H, "scan", "-q", "--format", "jsonl", "--jobs", "2", str(queued)], stop_after=queue_seconds
        )
        growth = float(lots["parent_max"]) - float(few["parent_max"])  # type: ignore[arg-type]
        table.add(
            f"parent with {q:,} queued inputs",
            f"{lots['parent_max']:.0f} MB",
            f"+{growth:.0f} MB over 40 queued (the list of paths itself)",
            f"< {GOAL_PARENT_MB:.0f} MB",
            float(lots["parent_max"]) < GOAL_PARENT_MB,
        )  # type: ignore[arg-type]

        if not args.no_cluster:
            table.section("Dask: distributed.LocalCluster, 2 worker processes x 1 thread, 127.0.0.1")
            bench.progress("LocalCluster")
            value, detail = localcluster_rate(batch, n, walls[2], runs=1 if args.quick else 2)
            table.add("her2cli scan --dask (LocalCluster)", value, detail)

    print(table.render())
    if table.missed:
        print("\nMISSED: " + "; ".join(table.missed))
    return 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "_floor":
        helper_floor(sys.argv[2])
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "_split":
        helper_split(sys.argv[2])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--quick",
        action="store_true",
        help="under a minute: 40 reports, one run each, 400 memory inputs, 20,000 queued",
    )
    ap.add_argument("--reports", type=int, default=0, help="two-page reports in the corpus (default 270)")
    ap.add_argument("--memory-paths", type=int, default=0, help="inputs of the memory scan (default 10,000)")
    ap.add_argument(
        "--queue-paths", type=int, default=0, help="inputs queued for the queue check (default 100,000)"
    )
    ap.add_argument("--no-cluster", action="store_true", help="leave out the LocalCluster row")
    return bench_scale(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
