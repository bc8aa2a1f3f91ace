#!/usr/bin/env python
"""The matching cost by rule record (issue 13): the thread CPU each pattern costs through
`findings.scope` (`search`, `finditer`, `all_matches`, the line-anchored passes), per report,
with its calls a report and the reader functions that ask it most.

Usage:
    python benchmarks/bench_patterns.py [--sets bench270] [--runs 2] [--top 40]

A pattern is named by its rule file and record id (`ihc:ihc-score`), a context family by
`family:NAME`. Patterns a reader calls directly (`c.x.search(...)`, not through scope) are not
counted here: `bench_matching.py profile` shows them as `regex` method calls under their caller.
`all_matches` and the line-anchored passes call `finditer` inside scope, so a pattern they run is
counted under both (the caller `scope.all_matches` says so). Lazy whole-text `finditer` results
are taken whole inside the timer. Benchmarks print figures; the tests never check timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_matching import documents  # noqa: E402

from her2cli.data_files import file_names  # noqa: E402
from her2cli.findings import scan_document, scope  # noqa: E402
from her2cli.rules import compiled  # noqa: E402
from her2cli.rules.patterns import pattern_file  # noqa: E402

TIMED = ("search", "finditer", "all_matches", "line_anchored_matches", "last_line_match")


def pattern_names() -> dict[Any, str]:
    """Each compiled pattern of the rule files by `file:id`, each context family by `family:NAME`."""
    names: dict[Any, str] = {}
    for name in sorted(file_names("data", "rules")):
        stem = name.removesuffix(".toml")
        if not name.endswith(".toml") or stem in ("context", "tumor_types"):
            continue
        try:
            file = pattern_file(stem)
        except (ValueError, KeyError):
            continue  # a data file that holds no [[pattern]] tables
        for pid, pattern in file.compiled.items():
            names.setdefault(pattern, f"{stem}:{pid}")
    for family, pattern in compiled().context.items():
        names[pattern] = f"family:{family}"
    return names


def time_set(set_name: str, runs: int, top: int) -> None:
    """Print the costliest patterns of one set (`--top` of them)."""
    docs = [doc for _, doc in documents(set_name)]
    scan_document(docs[0])  # compile / load the patterns first
    names = pattern_names()
    took: dict[str, float] = {}
    calls: dict[str, int] = {}
    by_caller: dict[tuple[str, str], float] = {}

    def timed(f: Callable[..., Any]) -> Callable[..., Any]:
        def call(pattern: Any, *args: Any, **kwargs: Any) -> Any:
            code = sys._getframe(1).f_code
            caller = f"{Path(code.co_filename).stem}.{code.co_name}"
            t = time.thread_time()
            answer = f(pattern, *args, **kwargs)
            if f is original["finditer"] and not isinstance(answer, tuple):
                answer = tuple(answer)
            spent = time.thread_time() - t
            name = names.get(pattern) or "?" + pattern.pattern[:40]
            took[name] = took.get(name, 0.0) + spent
            calls[name] = calls.get(name, 0) + 1
            by_caller[name, caller] = by_caller.get((name, caller), 0.0) + spent
            return answer

        return call

    original = {attr: getattr(scope, attr) for attr in TIMED}
    wrapped = {attr: timed(f) for attr, f in original.items()}
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("her2cli")]
    for module in modules:
        for attr, f in original.items():
            if getattr(module, attr, None) is f:
                setattr(module, attr, wrapped[attr])
    try:
        for _ in range(runs):
            for doc in docs:
                scan_document(doc)
    finally:
        for module in modules:
            for attr, f in wrapped.items():
                if getattr(module, attr, None) is f:
                    setattr(module, attr, original[attr])
    n = runs * len(docs)
    print(f"{set_name} (n={len(docs)}): thread CPU ms per report by pattern, calls per report, top callers")
    for name, spent in sorted(took.items(), key=lambda x: -x[1])[:top]:
        best = sorted(((v, c) for (p, c), v in by_caller.items() if p == name), reverse=True)[:3]
        where = ", ".join(f"{c} {v / n * 1000:.2f}" for v, c in best)
        print(f"  {spent / n * 1000:7.3f} ms {calls[name] / n:7.1f}  {name:42s} {where}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="bench270")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    for set_name in [s for s in args.sets.split(",") if s]:
        time_set(set_name, args.runs, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
