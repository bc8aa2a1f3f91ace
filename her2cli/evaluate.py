"""Per-field accuracy on a labelled folder: `python -m her2cli.evaluate sample_reports`.

Two label layouts are understood:
- the project's sample corpus: `<dir>/expected/<stem>.json` next to `<dir>/<stem>.pdf|.txt`
  (partial result objects; keys starting with "_" are notes);
- a `labels.jsonl` with `id, status, cancer_type, ihc, ish, ratio, her2_copy_number` per line and
  texts in `<dir>/texts/<id>.txt` (the shape of ../shared/real-reports); `ambiguous` rows are skipped.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .api import safe_explain_file

REPORT_SUFFIXES = (".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def compare(expected: Any, actual: Any, path: str = "") -> list[tuple[str, Any, Any]]:
    """Differences between a partial expected object and an actual result dict."""
    diffs: list[tuple[str, Any, Any]] = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [(path or "<root>", expected, actual)]
        for key, value in expected.items():
            if key.startswith("_"):
                continue
            diffs += compare(value, actual.get(key), f"{path}.{key}" if path else key)
        return diffs
    if isinstance(expected, float) or isinstance(actual, float):
        close = expected is not None and actual is not None and abs(float(expected) - float(actual)) <= 1e-6
        if not close and expected != actual:
            diffs.append((path, expected, actual))
        return diffs
    if isinstance(expected, list) and isinstance(actual, list):
        if sorted(map(str, expected)) != sorted(map(str, actual)):
            diffs.append((path, expected, actual))
        return diffs
    if expected != actual:
        diffs.append((path, expected, actual))
    return diffs


def sample_cases(folder: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    cases = []
    for exp in sorted((folder / "expected").glob("*.json")):
        stem = exp.stem
        report = next((folder / f"{stem}{s}" for s in REPORT_SUFFIXES if (folder / f"{stem}{s}").exists()), None)
        if report is not None:
            cases.append((stem, report, json.loads(exp.read_text(encoding="utf-8"))))
    return cases


def real_cases(folder: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    cases = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["status"] == "ambiguous":
            continue
        expected: dict[str, Any] = {"status": row["status"], "cancer_type": row["cancer_type"]}
        # the labels give the IHC score and ISH values only: compare those, flattened
        expected["ihc_score"] = row.get("ihc")
        if row.get("ish"):
            expected["ish_result"] = row["ish"]
        if row.get("ratio") is not None:
            expected["ish_ratio"] = row["ratio"]
        cases.append((row["id"], folder / "texts" / f"{row['id']}.txt", expected))
    return cases


def evaluate(folder: Path) -> dict[str, Any]:
    cases = real_cases(folder) if (folder / "labels.jsonl").exists() else sample_cases(folder)
    field_total: Counter[str] = Counter()
    field_ok: Counter[str] = Counter()
    swaps: list[str] = []
    failures: list[tuple[str, list[tuple[str, Any, Any]]]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for stem, report, expected in cases:
        actual = safe_explain_file(str(report)).to_dict()
        actual["ihc_score"] = (actual.get("ihc") or {}).get("score")
        actual["ish_result"] = (actual.get("ish") or {}).get("result")
        actual["ish_ratio"] = (actual.get("ish") or {}).get("ratio")
        diffs = compare(expected, actual)
        bad = {d[0].split(".")[0] for d in diffs}
        for key in expected:
            if key.startswith("_"):
                continue
            field_total[key] += 1
            if key not in bad:
                field_ok[key] += 1
        confusion[(expected.get("status"), actual["status"])] += 1
        if {expected.get("status"), actual["status"]} == {"positive", "negative"}:
            swaps.append(stem)
        if diffs:
            failures.append((stem, diffs))
    return {
        "cases": len(cases),
        "fields": {k: (field_ok[k], field_total[k]) for k in sorted(field_total)},
        "swaps": swaps,
        "failures": failures,
        "confusion": confusion,
    }


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    if not args:
        print("usage: python -m her2cli.evaluate FOLDER [-v]", file=sys.stderr)
        return 2
    report = evaluate(Path(args[0]))
    print(f"{report['cases']} labelled reports in {args[0]}")
    for key, (ok, total) in report["fields"].items():
        print(f"  {key:<14} {ok:>4}/{total:<4} {100 * ok / total:6.1f}%")
    print(f"  positive/negative swaps: {len(report['swaps'])} {report['swaps'] if report['swaps'] else ''}")
    print("  status confusion (expected -> actual): " + ", ".join(f"{e}->{a}: {n}" for (e, a), n in sorted(report["confusion"].items()) if e != a))
    if verbose:
        for stem, diffs in report["failures"]:
            print(f"  {stem}: " + "; ".join(f"{p}: expected {e!r}, got {a!r}" for p, e, a in diffs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
