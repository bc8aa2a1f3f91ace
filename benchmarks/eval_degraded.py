"""Status and field accuracy of OCR on the degraded development set, per degradation.

Usage:
    python benchmarks/eval_degraded.py [--out DIR] [--only phone,fax_standard] [--limit K]
                                       [--jobs 2] [--json results.json] [--show-failures]
                                       [--seed N] [--samples check|stem,...]

The overfitting check (captures of other sample reports, another seed; reported apart, never
added to the development set's figures):
    python benchmarks/eval_degraded.py --samples check --seed 2 --out /tmp/her2cli-degraded-check

Builds the set with tools/make_degraded.py when it is missing (same seed, same pixels), runs
`explain_file` on every capture and compares with the expected result of the report it was made
from. Prints, per degradation: captures, status accuracy, field accuracy (every non-status field
the expected file names, recursively), positive/negative swaps (must be zero) and seconds per
capture. To measure another version of the code, put it first on PYTHONPATH; this script adds
the repository only at the end of sys.path.

OCR is CPU-heavy: the full set (54 captures) takes several minutes on two cores. Use --only and
--limit while iterating.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tools"))

import make_degraded  # noqa: E402
from evaluate import compare  # noqa: E402

SUFFIXES = (".tif", ".jpg", ".png", ".pdf")


def leaves(expected: Any, path: str = "") -> list[str]:
    """The dotted paths of every value an expected object names (notes and status excluded)."""
    if isinstance(expected, dict):
        out: list[str] = []
        for key, value in expected.items():
            if key.startswith("_") or (not path and key == "status"):
                continue
            out += leaves(value, f"{path}.{key}" if path else key)
        return out
    return [path]


def run_one(path: str) -> dict[str, Any]:
    """Explain one capture; errors count as not_found (the report could not be read)."""
    from her2cli.api import safe_explain_file

    start = time.perf_counter()
    result = safe_explain_file(path).to_dict()
    return {"path": path, "result": result, "seconds": time.perf_counter() - start}


def score(case: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    actual = case["result"]
    status = actual.get("status") or "not_found"
    fields = leaves(expected)
    diffs = compare({k: v for k, v in expected.items() if k != "status"}, actual)
    wrong = {p for p, _, _ in diffs}
    bad_fields = [
        f for f in fields if f in wrong or any(f.startswith(w + ".") or w.startswith(f + ".") for w in wrong)
    ]
    return {
        "status_ok": status == expected["status"],
        "swap": {status, expected["status"]} == {"positive", "negative"},
        "fields": len(fields),
        "fields_ok": len(fields) - len(bad_fields),
        "actual_status": status,
        "expected_status": expected["status"],
        "wrong_fields": sorted(wrong),
        "error": (actual.get("error") or {}).get("kind") if isinstance(actual.get("error"), dict) else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=make_degraded.DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, default=None, help="write every case's score here")
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument(
        "--samples",
        default="",
        help="'check': the overfitting check set (other samples; use another --seed and --out); or stems",
    )
    args = ap.parse_args(argv)
    chosen = [d for d in args.only.split(",") if d] or list(make_degraded.DEGRADATIONS)
    paths = make_degraded.build(
        args.out,
        seed=args.seed,
        degradations=chosen,
        samples=make_degraded.chosen_samples(args.samples),
        limit=args.limit,
    )
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        cases = list(pool.map(run_one, [str(p) for p in paths]))
    wall = time.perf_counter() - start
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in cases:
        path = Path(case["path"])
        stem = path.stem
        expected = json.loads((args.out / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
        scored = score(case, expected) | {"stem": stem, "seconds": case["seconds"]}
        rows[expected["_degradation"]].append(scored)
    print(f"{'degradation':<14}{'n':>4}{'status':>9}{'fields':>9}{'swaps':>7}{'s/capture':>11}")
    totals = {"n": 0, "status": 0, "fields": 0, "fields_ok": 0, "swaps": 0}
    for degradation in chosen:
        scored_rows = rows.get(degradation, [])
        if not scored_rows:
            continue
        n = len(scored_rows)
        ok = sum(r["status_ok"] for r in scored_rows)
        fields = sum(r["fields"] for r in scored_rows)
        fields_ok = sum(r["fields_ok"] for r in scored_rows)
        swaps = sum(r["swap"] for r in scored_rows)
        secs = sum(r["seconds"] for r in scored_rows) / n
        print(
            f"{degradation:<14}{n:>4}{ok / n:>9.2f}{fields_ok / max(1, fields):>9.2f}{swaps:>7}{secs:>11.1f}"
        )
        for key, value in (
            ("n", n),
            ("status", ok),
            ("fields", fields),
            ("fields_ok", fields_ok),
            ("swaps", swaps),
        ):
            totals[key] += value
    n = max(1, totals["n"])
    print(
        f"{'all':<14}{totals['n']:>4}{totals['status'] / n:>9.2f}"
        f"{totals['fields_ok'] / max(1, totals['fields']):>9.2f}{totals['swaps']:>7}{wall / n * args.jobs:>11.1f}"
    )
    print(f"wall {wall:.0f} s with {args.jobs} job(s)")
    if args.show_failures:
        for scored_rows in rows.values():
            for r in scored_rows:
                if not r["status_ok"] or r["wrong_fields"]:
                    print(
                        f"  {r['stem']}: {r['expected_status']} -> {r['actual_status']}"
                        f"{' SWAP' if r['swap'] else ''}{' error=' + r['error'] if r['error'] else ''}"
                        f"  wrong: {', '.join(r['wrong_fields']) or '-'}"
                    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
