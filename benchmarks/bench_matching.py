#!/usr/bin/env python
"""The matching cost alone (issue 13): milliseconds of `scan_document` per report, and the records
that prove a speed-up changed nothing.

Usage:
    python benchmarks/bench_matching.py time [--sets NAME,...] [--runs 3]
    python benchmarks/bench_matching.py records OUT.jsonl [--sets NAME,...]
    python benchmarks/bench_matching.py profile [--sets NAME,...] [--top 30]
    python benchmarks/bench_matching.py stages [--sets NAME,...] [--runs 3]
    python benchmarks/bench_matching.py compare OTHER_CHECKOUT [--sets NAME,...] [--runs 3] [--rounds 2]

Sets: `bench270` (the 270 two-page PDFs of bench_scale.py, written once into
$BENCH_MATCHING_DIR or /tmp/her2cli-bench-matching), and the labelled sets (sample_reports,
real-reports, devset..devset12, variants4..variants9; `scans` is left out unless named: OCR is slow). Every report is
read once (extraction is not timed); `time` then scans each one `--runs` times, warm, and prints
the median and 90th percentile over reports of its best CPU time. `records` writes one JSON line
per report (its full result record) so that two checkouts can be compared byte for byte.
`compare` first has both checkouts write their `records` (in parallel) and stops, naming the
reports, when any record differs (`--no-records`: time only); then it times this checkout (B)
against another one (A, e.g. a merge base: `git worktree add` or `git archive`) report by report:
one warm process per checkout, each report scanned by one then the other, the order swapped from
report to report, best of `--runs` per round, `--rounds` rounds. `stages` prints the thread CPU
a report spends in each stage of the matching (the document passes, the page scanner, each
reader of a HER2 mention, the `scope` calls), a stage's time including the stages it calls, and
how many times a report calls it (mean over reports and runs; the timers add a few per cent; a lazy
whole-text `finditer` counts until it returns, not while it is walked). On a machine other sessions
load, one run's figures drift 10-20% from the next run's; two checkouts timed side by side drift
together (A against a copy of itself: 1.00 +- 0.005 at a load of 13 on 2 cores), so B/A is the
figure to trust.

Benchmarks print figures; the tests never check timing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from her2cli.api import explain_document  # noqa: E402
from her2cli.findings import scan_document  # noqa: E402
from her2cli.sources import Document, load_document  # noqa: E402

SUFFIXES = {".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
LABELLED = {
    "sample_reports": ROOT / "sample_reports",
    "scans": ROOT / "sample_reports" / "scans",
    "real-reports": Path("/work/shared/real-reports/texts"),
    "devset": ROOT / "tests" / "devset" / "texts",
    "devset2": ROOT / "tests" / "devset2" / "texts",
    "devset3": ROOT / "tests" / "devset3" / "texts",
    "devset4": ROOT / "tests" / "devset4" / "texts",
    "devset5": ROOT / "tests" / "devset5" / "texts",
    "devset6": ROOT / "tests" / "devset6" / "texts",
    "devset7": ROOT / "tests" / "devset7" / "texts",
    "devset8": ROOT / "tests" / "devset8" / "texts",
    "devset9": ROOT / "tests" / "devset9" / "texts",
    "devset10": ROOT / "tests" / "devset10" / "texts",
    "devset11": ROOT / "tests" / "devset11" / "texts",
    "devset12": ROOT / "tests" / "devset12" / "texts",
    "devset13": ROOT / "tests" / "devset13" / "texts",
    "devset14": ROOT / "tests" / "devset14" / "texts",
    "devset15": ROOT / "tests" / "devset15" / "texts",
    "devset16": ROOT / "tests" / "devset16" / "texts",
    "devset17": ROOT / "tests" / "devset17" / "texts",
    "devset18": ROOT / "tests" / "devset18" / "texts",
    "devset19": ROOT / "tests" / "devset19" / "texts",
    "devset20": ROOT / "tests" / "devset20" / "texts",
    "devset21": ROOT / "tests" / "devset21" / "texts",
    "devset22": ROOT / "tests" / "devset22" / "texts",
    "devset23": ROOT / "tests" / "devset23" / "texts",
    "devset24": ROOT / "tests" / "devset24" / "texts",
    "devset25": ROOT / "tests" / "devset25" / "texts",
    "devset26": ROOT / "tests" / "devset26" / "texts",
    "devset27": ROOT / "tests" / "devset27" / "texts",
    "devset28": ROOT / "tests" / "devset28" / "texts",
    "devset29": ROOT / "tests" / "devset29" / "texts",
    "devset30": ROOT / "tests" / "devset30" / "texts",
    "variants4": ROOT / "tests" / "variants4" / "texts",
    "variants5": ROOT / "tests" / "variants5" / "texts",
    "variants6": ROOT / "tests" / "variants6" / "texts",
    "variants7": ROOT / "tests" / "variants7" / "texts",
    "variants8": ROOT / "tests" / "variants8" / "texts",
    "variants9": ROOT / "tests" / "variants9" / "texts",
    "variants10": ROOT / "tests" / "variants10" / "texts",
    "variants11": ROOT / "tests" / "variants11" / "texts",
    "variants12a": ROOT / "tests" / "variants12a" / "texts",
    "variants12b": ROOT / "tests" / "variants12b" / "texts",
    "variants13a": ROOT / "tests" / "variants13a" / "texts",
    "variants13b": ROOT / "tests" / "variants13b" / "texts",
    "variants14a": ROOT / "tests" / "variants14a" / "texts",
    "variants14b": ROOT / "tests" / "variants14b" / "texts",
    "variants15a": ROOT / "tests" / "variants15a" / "texts",
    "variants15b": ROOT / "tests" / "variants15b" / "texts",
    "variants16a": ROOT / "tests" / "variants16a" / "texts",
    "variants16b": ROOT / "tests" / "variants16b" / "texts",
    "variants17a": ROOT / "tests" / "variants17a" / "texts",
    "variants17b": ROOT / "tests" / "variants17b" / "texts",
}
DEFAULT_SETS = (
    "bench270",
    "sample_reports",
    "real-reports",
    "devset",
    "devset2",
    "devset3",
    "devset4",
    "devset5",
    "devset6",
    "devset7",
    "devset8",
    "devset9",
    "devset10",
    "devset11",
    "devset12",
    "devset13",
    "devset14",
    "devset15",
    "devset16",
    "devset17",
    "devset18",
    "devset19",
    "devset20",
    "devset21",
    "devset22",
    "devset23",
    "devset24",
    "devset25",
    "devset26",
    "devset27",
    "devset28",
    "devset29",
    "devset30",
    "variants4",
    "variants5",
    "variants6",
    "variants7",
    "variants8",
    "variants9",
    "variants10",
    "variants11",
    "variants12a",
    "variants12b",
    "variants13a",
    "variants13b",
    "variants14a",
    "variants14b",
    "variants15a",
    "variants15b",
    "variants16a",
    "variants16b",
    "variants17a",
    "variants17b",
)


def bench_folder(n: int = 270) -> Path:
    folder = Path(os.environ.get("BENCH_MATCHING_DIR", "/tmp/her2cli-bench-matching"))
    folder.mkdir(parents=True, exist_ok=True)
    import bench

    for i in range(n):
        path = folder / f"report_{i:04d}.pdf"
        if not path.exists():
            bench.make_two_page(path, i)
    return folder


def folder_of(name: str) -> Path:
    return bench_folder() if name == "bench270" else LABELLED[name]


def documents(name: str) -> list[tuple[str, Document]]:
    out = []
    for path in sorted(p for p in folder_of(name).iterdir() if p.suffix.lower() in SUFFIXES):
        try:
            out.append((path.name, load_document(str(path))))
        except Exception:  # noqa: BLE001 - unreadable (hostile) samples have nothing to match
            continue
    return out


def cpu_ms(doc: Document, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        scan_document(doc)
        best = min(best, time.process_time() - t)
    return best * 1000


def cmd_time(sets: list[str], runs: int) -> None:
    scan_document(documents("devset")[0][1])  # compile / load the patterns first
    for name in sets:
        docs = documents(name)
        times = sorted(cpu_ms(doc, runs) for _, doc in docs)
        p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
        print(
            f"{name:15s} n={len(times):4d}  median {statistics.median(times):6.2f} ms  p90 {p90:6.2f} ms  "
            f"mean {statistics.fmean(times):6.2f} ms",
            flush=True,
        )


def cmd_records(sets: list[str], out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for name in sets:
            for report, doc in documents(name):
                record = explain_document(doc).to_dict()
                # paths relative to the checkout, so that two checkouts' records compare byte for byte
                path = record.get("source", {}).get("path", "")
                if path.startswith(str(ROOT)):
                    record["source"]["path"] = path[len(str(ROOT)) + 1 :]
                f.write(json.dumps({"set": name, "report": report, "record": record}, sort_keys=True) + "\n")


def cmd_serve(sets: list[str]) -> None:
    """One side of `compare`: reads "INDEX RUNS" lines, answers "SET MS" (best CPU time)."""
    docs = [(name, doc) for name in sets for _, doc in documents(name)]
    scan_document(docs[0][1])
    print(len(docs), flush=True)
    for line in sys.stdin:
        i, runs = map(int, line.split())
        print(f"{docs[i][0]} {cpu_ms(docs[i][1], runs):.4f}", flush=True)


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def differing_records(other: Path, sets: list[str]) -> tuple[int, list[str]]:
    """(how many reports, the set/report names whose records differ) between the other
    checkout and this one: each writes its records with its own `records` command, in parallel."""
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / "a.jsonl", Path(tmp) / "b.jsonl"]
        procs = [
            subprocess.Popen(
                [sys.executable, str(root / "benchmarks" / "bench_matching.py"), "records", str(out)]
                + ["--sets", ",".join(sets)]
            )
            for root, out in zip((other.resolve(), ROOT), outs, strict=True)
        ]
        if any(p.wait() != 0 for p in procs):
            raise SystemExit("writing the records failed")
        a, b = (out.read_text(encoding="utf-8").splitlines() for out in outs)
    if len(a) != len(b):
        raise SystemExit(f"the checkouts wrote {len(a)} and {len(b)} records: not the same sets")
    differ = []
    for x, y in zip(a, b, strict=True):
        if x != y:
            rec = json.loads(x)
            differ.append(f"{rec['set']}/{rec['report']}")
    return len(a), differ


def cmd_compare(other: Path, sets: list[str], runs: int, rounds: int, records: bool) -> None:
    if records:
        count, differ = differing_records(other, sets)
        print(f"records: {count - len(differ)} of {count} identical", flush=True)
        for name in differ:
            print(f"  differs: {name}", flush=True)
        if differ:
            raise SystemExit(1)
    sides = []
    for root in (other.resolve(), ROOT):
        script = root / "benchmarks" / "bench_matching.py"
        args = [sys.executable, str(script), "serve", "--sets", ",".join(sets)]
        sides.append(subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    counts = [int(side.stdout.readline()) for side in sides]  # type: ignore[union-attr]
    if counts[0] != counts[1]:
        raise SystemExit(f"the checkouts read {counts[0]} and {counts[1]} reports: not the same sets")
    best: dict[int, tuple[str, float, float]] = {}
    for rnd in range(rounds):
        for i in range(counts[0]):
            took = {}
            for k in (0, 1) if (i + rnd) % 2 == 0 else (1, 0):
                sides[k].stdin.write(f"{i} {runs}\n")  # type: ignore[union-attr]
                sides[k].stdin.flush()  # type: ignore[union-attr]
                name, ms = sides[k].stdout.readline().split()  # type: ignore[union-attr]
                took[k] = float(ms)
            _, a, b = best.get(i, (name, float("inf"), float("inf")))
            best[i] = (name, min(a, took[0]), min(b, took[1]))
    for side in sides:
        side.stdin.close()  # type: ignore[union-attr]
        side.wait()
    print(f"A = {other.resolve()}, B = {ROOT} (CPU ms per report, best of {runs} x {rounds} rounds)")
    for name in sets:
        pairs = [(a, b) for n, a, b in best.values() if n == name]
        if not pairs:
            continue
        a_ms, b_ms = [p[0] for p in pairs], [p[1] for p in pairs]
        print(
            f"{name:15s} n={len(pairs):4d}  A median {statistics.median(a_ms):6.2f} p90 {_p90(a_ms):6.2f}  "
            f"B median {statistics.median(b_ms):6.2f} p90 {_p90(b_ms):6.2f}  "
            f"B/A total {sum(b_ms) / sum(a_ms):.3f}, median of ratios "
            f"{statistics.median(b / a for a, b in pairs):.3f}",
            flush=True,
        )


def cmd_profile(sets: list[str], top: int) -> None:
    import cProfile
    import pstats

    docs = [doc for name in sets for _, doc in documents(name)]
    scan_document(docs[0])
    # CPU time, not wall time: on a loaded machine the wall clock charges other sessions' work
    # to whichever call happened to be running
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for doc in docs:
        scan_document(doc)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


# (module, functions) timed by `stages`, in the order printed; a function a module imports by
# name is timed wherever the engine's modules hold it
STAGES = (
    (
        "her2cli.findings.scan",
        (
            "scan_document",
            "drop_page_furniture",
            "rejoin_split_words",
            "repair_ocr_words",
            "blank_superseded_columns",
            "document_context",
            "post_treatment_report",
            "read_related",
        ),
    ),
    ("her2cli.findings.scanner", ("PageScanner.__init__", "PageScanner.scan", "PageScanner._scan_mention")),
    ("her2cli.findings.scope", ("mention_scope", "search", "finditer")),
    (
        "her2cli.findings.context",
        ("reason_before_values", "check_values", "_statement_reason"),
    ),
    ("her2cli.findings.other_cancer", ("history_other_tumor",)),
    ("her2cli.findings.set_aside", ("own_values",)),
    ("her2cli.findings.keys", ("on_key_line", "listed_in_own_sentence")),
    ("her2cli.findings.definitions", ("conditional_in_statement",)),
    ("her2cli.findings.earlier", ("voided_by_next_sentence",)),
    ("her2cli.findings.repeat_notes", ("repeated_tests",)),
    ("her2cli.findings.repeat_next", ("repeated_after",)),
    ("her2cli.findings.cutoffs", ("without_cutoff_values",)),
    ("her2cli.findings.asked", ("context_reason",)),
    ("her2cli.findings.checkbox", ("read_checkboxes",)),
    ("her2cli.findings.columns", ("read_column",)),
    ("her2cli.findings.ihc", ("read_ihc", "_score_matches", "_near_trigger", "read_her2_low")),
    ("her2cli.findings.ish", ("read_amplification", "_ish_matches")),
    ("her2cli.findings.ngs", ("read_mutations",)),
    ("her2cli.findings.statement", ("read_statement",)),
    ("her2cli.findings.samples", ("attribute_samples", "specimen_label")),
    ("her2cli.findings.document", ("detect_cancer_type",)),
    ("her2cli.findings.related", ("_mmr",)),
    ("her2cli.findings.earlier", ("mark_earlier",)),
)


def _timed(label: str, f: Any, took: dict[str, float], calls: dict[str, int]) -> Any:
    def timed(*args: Any, **kwargs: Any) -> Any:
        t = time.thread_time()
        try:
            return f(*args, **kwargs)
        finally:
            took[label] = took.get(label, 0.0) + time.thread_time() - t
            calls[label] = calls.get(label, 0) + 1

    return timed


def cmd_stages(sets: list[str], runs: int) -> None:
    import importlib

    took: dict[str, float] = {}
    calls: dict[str, int] = {}
    labels = []
    for module_name, names in STAGES:
        module = importlib.import_module(module_name)
        for name in names:
            owner: Any = module
            *outer, attr = name.split(".")
            for part in outer:
                owner = getattr(owner, part)
            f = getattr(owner, attr, None)
            if f is None:
                continue  # renamed since: not timed
            label = f"{module_name.rsplit('.', 1)[-1]}.{name}"
            labels.append(label)
            wrapped = _timed(label, f, took, calls)
            setattr(owner, attr, wrapped)
            for other in list(sys.modules.values()):
                if getattr(other, "__name__", "").startswith("her2cli") and getattr(other, attr, None) is f:
                    setattr(other, attr, wrapped)
    scan = importlib.import_module("her2cli.findings.scan").scan_document
    for name in sets:
        docs = [doc for _, doc in documents(name)]
        scan(docs[0])  # compile / load the patterns first
        took.clear()
        calls.clear()
        for _ in range(runs):
            for doc in docs:
                scan(doc)
        n = runs * len(docs)
        print(f"{name} (n={len(docs)}): thread CPU ms per report, calls per report", flush=True)
        for label in labels:
            if label in took:
                print(f"  {label:42s} {took[label] / n * 1000:7.2f} ms {calls[label] / n:8.1f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("time", "records", "profile", "compare", "serve", "stages"))
    ap.add_argument(
        "out", nargs="?", help="records: the JSON lines file to write; compare: the other checkout"
    )
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--no-records",
        action="store_true",
        help="compare: time only (by default the two checkouts' records are compared first)",
    )
    args = ap.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    if args.command == "time":
        cmd_time(sets, args.runs)
    elif args.command == "records":
        if not args.out:
            ap.error("records needs an output file")
        cmd_records(sets, Path(args.out))
    elif args.command == "compare":
        if not args.out:
            ap.error("compare needs the other checkout's folder")
        cmd_compare(Path(args.out), sets, args.runs, args.rounds, not args.no_records)
    elif args.command == "serve":
        cmd_serve(sets)
    elif args.command == "stages":
        cmd_stages(sets, args.runs)
    else:
        cmd_profile(sets, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
