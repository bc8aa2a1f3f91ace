#!/usr/bin/env python3
"""Accuracy of her2cli on labelled report sets, per field and per phrase family.

    python tools/evaluate.py                              # every labelled set in the repository
    python tools/evaluate.py sample_reports ../shared/real-reports -v

A development tool, not part of the installed package (issue 12). Two label layouts are read:

- the project's sample corpus: ``<dir>/expected/<stem>.json`` next to ``<dir>/<stem>.pdf|.txt|...``
  (partial result objects written by tools/make_samples.py; keys starting with "_" are notes);
- a ``labels.jsonl`` (one object per report: ``id``, ``status``, and any of ``cancer_type``,
  ``ihc``, ``ish``, ``ratio``, ``ngs`` (or ``ngs_amplification``), ``ctdna``, ``kras``, ``nras``,
  ``braf``, ``msi``, ``mmr``, ``specimens`` (objects with ``label``, ``ihc``, ``ish`` and ``call``
  or ``status``), ``family``) with the report in ``<dir>/texts/<id>.txt`` (or ``<dir>/<file>``
  when the row names a ``file``). Rows with status ``ambiguous`` are left out of every score.
  A cancer type the result contract has no value for (``lung``) is compared as ``other``.

A field is scored only for reports whose label states it. A *swap* is a call in the opposite
direction (positive for negative, amplified for not amplified, mutant for wild-type, MSI-H for
MSS): the worst error, listed by report. A status miss is *safe* when the engine said not_found or
equivocal instead of positive/negative, never the reverse.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from her2cli.api import safe_explain_file  # noqa: E402

REPORT_SUFFIXES = (".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
# The labelled sets that ship with the repository (the shared real reports live outside it).
DEFAULT_SETS = (
    "sample_reports",
    "sample_reports/scans",
    "tests/devset",
    "tests/devset2",
    "tests/devset3",
    "tests/devset4",
    "tests/devset5",
    "tests/devset6",
    "tests/devset7",
    "tests/devset8",
    "tests/devset9",
    "tests/devset10",
    "tests/devset11",
    "tests/devset12",
    "tests/devset13",
    "tests/devset14",
    "tests/devset15",
    "tests/devset16",
    "tests/devset17",
    "tests/devset18",
    "tests/devset19",
    "tests/devset20",
    "tests/devset21",
    "tests/devset22",
    "tests/devset23",
    "tests/devset24",
    "tests/devset25",
    "tests/devset26",
    "tests/devset27",
    "tests/devset28",
    "tests/devset29",
    "tests/devset30",
    "tests/variants4",
    "tests/variants5",
    "tests/variants6",
    "tests/variants7",
    "tests/variants8",
    "tests/variants9",
    "tests/variants10",
    "tests/variants11",
    "tests/variants12a",
    "tests/variants12b",
    "tests/variants13a",
    "tests/variants13b",
    "tests/variants14a",
    "tests/variants14b",
    "tests/variants15a",
    "tests/variants15b",
    "tests/variants16a",
    "tests/variants16b",
    "tests/variants17a",
    "tests/variants17b",
)
FIELDS = (
    "status",
    "cancer_type",
    "ihc",
    "ish",
    "ratio",
    "ngs",
    "ctdna",
    "kras",
    "nras",
    "braf",
    "msi",
    "mmr",
    "specimens",
)
RELATED = ("kras", "nras", "braf", "msi", "mmr")
CANCER_TYPES = ("colorectal", "breast", "gastric", "esophageal", "lung", "other", "unknown")
# A label's tumour words that are no contract value but name one: the gastro-oesophageal junction is
# scored as gastric (docs/json-contract.md, docs/clinical-rules.md §3; facts.md §3), and a report
# that names the oesophagus may say "esophageal" (the same Hofmann rules). Any other word is "other".
CANCER_TYPE_LABELS: dict[str, list[str]] = {
    "gastroesophageal": ["gastric", "esophageal"],
    "gej": ["gastric", "esophageal"],
}
# Values in opposite directions: confusing one with the other is a swap, not a miss.
OPPOSITES: dict[str, tuple[set[str], set[str]]] = {
    "status": ({"positive"}, {"negative"}),
    "ish": ({"amplified"}, {"not_amplified"}),
    "ngs": ({"amplified"}, {"not_amplified"}),
    "kras": ({"mutant"}, {"wild-type"}),
    "nras": ({"mutant"}, {"wild-type"}),
    "braf": ({"mutant"}, {"wild-type"}),
    "msi": ({"MSI-H"}, {"MSS", "MSI-L"}),
    "mmr": ({"deficient"}, {"proficient"}),
}
SAFE_STATUSES = {"not_found", "equivocal"}


# ---------------------------------------------------------------- partial-object comparison


def compare(expected: Any, actual: Any, path: str = "") -> list[tuple[str, Any, Any]]:
    """Differences between a partial expected object and an actual result dict."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [(path or "<root>", expected, actual)]
        diffs: list[tuple[str, Any, Any]] = []
        for key, value in expected.items():
            if not key.startswith("_"):
                diffs += compare(value, actual.get(key), f"{path}.{key}" if path else key)
        return diffs
    if isinstance(expected, float) or isinstance(actual, float):
        close = expected is not None and actual is not None and abs(float(expected) - float(actual)) <= 1e-6
        return [] if close or expected == actual else [(path, expected, actual)]
    if isinstance(expected, list) and isinstance(actual, list):
        return [] if sorted(map(str, expected)) == sorted(map(str, actual)) else [(path, expected, actual)]
    return [] if expected == actual else [(path, expected, actual)]


# ---------------------------------------------------------------- labelled cases


@dataclass
class Case:
    """One labelled report: its flat labels (FIELDS) and, for sample reports, the partial object."""

    id: str
    report: Path
    labels: dict[str, Any]
    family: str | None = None
    partial: dict[str, Any] | None = None


def sample_cases(folder: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """(stem, report, expected partial object) for the sample-corpus layout."""
    cases = []
    for exp in sorted((folder / "expected").glob("*.json")):
        stem = exp.stem
        report = next(
            (folder / f"{stem}{s}" for s in REPORT_SUFFIXES if (folder / f"{stem}{s}").exists()), None
        )
        if report is not None:
            cases.append((stem, report, json.loads(exp.read_text(encoding="utf-8"))))
    return cases


def _sub(obj: dict[str, Any], key: str, sub: str) -> tuple[bool, Any]:
    """(stated?, value) of obj[key][sub]: a null object states that every sub-field is null."""
    if key not in obj:
        return False, None
    inner = obj[key]
    if inner is None:
        return True, None
    if sub in inner:
        return True, inner[sub]
    return False, None


def flat_labels_of_partial(expected: dict[str, Any]) -> dict[str, Any]:
    """The FIELDS a sample's partial expected object states."""
    flat: dict[str, Any] = {k: expected[k] for k in ("status", "cancer_type") if k in expected}
    for name, (key, sub) in {
        "ihc": ("ihc", "score"),
        "ish": ("ish", "result"),
        "ratio": ("ish", "ratio"),
        "ngs": ("ngs", "amplification"),
        "ctdna": ("ngs", "ctdna"),
    }.items():
        stated, value = _sub(expected, key, sub)
        if stated:
            flat[name] = value
    for gene in RELATED:
        stated, value = _sub(expected, "related", gene)
        if stated:
            flat[gene] = value
    if "specimens" in expected:
        flat["specimens"] = expected["specimens"]
    return flat


def labelled_cases(folder: Path) -> list[Case]:
    """Cases of a labels.jsonl folder; `ambiguous` rows are left out."""
    cases = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("status") == "ambiguous":
            continue
        report = folder / row["file"] if row.get("file") else folder / "texts" / f"{row['id']}.txt"
        if "ngs_amplification" in row and "ngs" not in row:
            # a label may write the amplification as true/false rather than the result's words
            amplification = row["ngs_amplification"]
            if isinstance(amplification, bool):
                amplification = "amplified" if amplification else "not_amplified"
            row["ngs"] = amplification
        if row.get("cancer_type") in CANCER_TYPE_LABELS:
            row["cancer_type"] = CANCER_TYPE_LABELS[row["cancer_type"]]
        elif row.get("cancer_type") not in (None, *CANCER_TYPES):
            row["cancer_type"] = "other"
        labels = {k: row[k] for k in FIELDS if k in row}
        cases.append(Case(id=row["id"], report=report, labels=labels, family=row.get("family")))
    return cases


def load_cases(folder: Path) -> list[Case]:
    if (folder / "labels.jsonl").exists():
        return labelled_cases(folder)
    return [
        Case(
            id=stem, report=report, labels=flat_labels_of_partial(exp), family=exp.get("_family"), partial=exp
        )
        for stem, report, exp in sample_cases(folder)
    ]


# ---------------------------------------------------------------- scoring


def actual_fields(result: dict[str, Any]) -> dict[str, Any]:
    """The FIELDS of one result object, flattened like the labels."""
    ihc, ish, ngs = result.get("ihc") or {}, result.get("ish") or {}, result.get("ngs") or {}
    related = result.get("related") or {}
    flat: dict[str, Any] = {
        "status": result.get("status"),
        "cancer_type": result.get("cancer_type"),
        "ihc": _ihc_score(ihc, result),
        "ish": ish.get("result"),
        "ratio": ish.get("ratio"),
        "ngs": ngs.get("amplification"),
        "ctdna": bool(ngs.get("ctdna")),
        "specimens": result.get("specimens") or [],
    }
    flat.update({g: related.get(g) for g in RELATED})
    return flat


def _ihc_score(ihc: dict[str, Any], result: dict[str, Any]) -> Any:
    """A 0 the report calls ultralow compares as the labels' "0-ultralow": the result keeps the
    ultralow call in its own field (her2_ultralow), so the score alone could never match it."""
    score = ihc.get("score")
    return "0-ultralow" if score == "0" and result.get("her2_ultralow") else score


def specimen_calls(specimens: Any) -> list[str]:
    """A specimens label as a sorted list of calls: a number means that many specimens."""
    if isinstance(specimens, int):
        return ["?"] * specimens
    calls = []
    for s in specimens or []:
        calls.append(str(s.get("call", s.get("status")) if isinstance(s, dict) else s))
    return sorted(calls)


def field_matches(name: str, expected: Any, actual: Any) -> bool:
    if name == "specimens":
        if isinstance(expected, int):
            return len(actual or []) == expected or (expected <= 1 and not actual)
        want, got = specimen_calls(expected), specimen_calls(actual)
        if len(want) <= 1 and not got:
            return True  # one specimen: the overall fields already say it
        return want == got
    if name == "cancer_type" and isinstance(expected, list):  # a label word with two contract values
        return actual in expected
    if name == "ctdna":  # no NGS result at all states "not a blood test"
        return bool(expected) == bool(actual)
    if name == "ihc" and expected == "0" and actual == "0-ultralow":
        return True  # labels written before "0-ultralow" was a label value give the 0 alone
    if name == "ratio":
        if expected is None or actual is None:
            return expected is None and actual is None
        return abs(float(expected) - float(actual)) <= 0.011
    return bool(expected == actual)


def is_swap(name: str, expected: Any, actual: Any) -> bool:
    if name not in OPPOSITES:
        return False
    one, other = OPPOSITES[name]
    return (expected in one and actual in other) or (expected in other and actual in one)


@dataclass
class Tally:
    ok: int = 0
    total: int = 0

    def add(self, good: bool) -> None:
        self.total += 1
        self.ok += int(good)

    def text(self) -> str:
        if not self.total:
            return "     -    "
        return f"{self.ok:>3}/{self.total:<3} {100 * self.ok / self.total:5.1f}%"


@dataclass
class SetReport:
    name: str
    cases: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    families: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    swaps: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[tuple[str, list[str]]] = field(default_factory=list)


def score_case(case: Case, actual: dict[str, Any], report: SetReport) -> None:
    flat = actual_fields(actual)
    misses: list[str] = []
    for name in FIELDS:
        if name not in case.labels:
            continue
        expected, got = case.labels[name], flat[name]
        good = field_matches(name, expected, got)
        report.fields[name].add(good)
        if not good:
            misses.append(f"{name}: expected {expected!r}, got {got!r}")
        if is_swap(name, expected, got):
            report.swaps.append(f"{case.id} ({name} {expected}->{got})")
    if case.partial is not None:  # the sample corpus also checks every other field it names
        misses += [
            f"{p}: expected {e!r}, got {a!r}"
            for p, e, a in compare(case.partial, actual)
            if p.split(".")[0] not in FIELDS
            and not p.startswith(("ihc.score", "ish.result", "ish.ratio", "ngs.amplification", "related."))
        ]
    want = case.labels.get("status")
    if want is not None:
        report.confusion[(want, flat["status"])] += 1
        if want != flat["status"] and flat["status"] not in SAFE_STATUSES:
            report.unsafe.append(f"{case.id} ({want}->{flat['status']})")
        report.families[case.family or "(none)"].add(want == flat["status"])
    if misses:
        report.failures.append((case.id, misses))


def evaluate(folder: Path, name: str | None = None) -> SetReport:
    report = SetReport(name=name or str(folder))
    for case in load_cases(folder):
        report.cases += 1
        score_case(case, safe_explain_file(str(case.report)).to_dict(), report)
    return report


# ---------------------------------------------------------------- printing


def print_report(report: SetReport, verbose: bool) -> None:
    print(f"\n## {report.name}: {report.cases} labelled reports")
    for name in FIELDS:
        if name in report.fields:
            print(f"  {name:<22} {report.fields[name].text()}")
    if len(report.families) > 1 or "(none)" not in report.families:
        print("  status by phrase family:")
        for fam in sorted(report.families):
            print(f"    {fam:<20} {report.families[fam].text()}")
    print(
        f"  swaps (opposite calls): {len(report.swaps)}"
        + (f"  {', '.join(report.swaps)}" if report.swaps else "")
    )
    print(
        f"  unsafe status misses (a call where the label is another): {len(report.unsafe)}"
        + (f"  {', '.join(report.unsafe)}" if report.unsafe else "")
    )
    wrong = [f"{e}->{a}: {n}" for (e, a), n in sorted(report.confusion.items()) if e != a]
    print("  status confusion (label -> engine): " + (", ".join(wrong) or "none"))
    if verbose:
        for case_id, misses in report.failures:
            print(f"    {case_id}: " + "; ".join(misses))


def print_summary(reports: Iterable[SetReport]) -> None:
    reports = list(reports)
    names = [r.name.rstrip("/").split("/")[-1][:14] for r in reports]
    print("\n## per field, every set")
    print(f"  {'field':<12}" + "".join(f" {n:>16}" for n in names))
    for name in FIELDS:
        if any(name in r.fields for r in reports):
            print(
                f"  {name:<12}"
                + "".join(f" {r.fields[name].text() if name in r.fields else '-':>16}" for r in reports)
            )
    print(f"  {'swaps':<12}" + "".join(f" {len(r.swaps):>16}" for r in reports))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    folders = [a for a in args if a != "-v"] or [str(ROOT / s) for s in DEFAULT_SETS if (ROOT / s).is_dir()]
    reports = []
    for folder in folders:
        path = Path(folder)
        if not ((path / "labels.jsonl").exists() or (path / "expected").is_dir()):
            print(f"{folder}: no labels.jsonl or expected/ folder here; skipped", file=sys.stderr)
            continue
        reports.append(evaluate(path, folder))
        print_report(reports[-1], verbose)
    if len(reports) > 1:
        print_summary(reports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
