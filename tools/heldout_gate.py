#!/usr/bin/env python3
"""Held-out first readings and the doubt gate scored on them (gate13, session 13).

Three blind sets were read by the engine once before anyone tuned on them: devset13 by commit
9346098, devset14 by 9263a38, devset15 by 44f10ac. Their results at that moment are the honest
measure of how the engine reads an unseen report. This tool

    dump  --tree DIR --out FILE SET...   runs the engine of another checkout (a `git worktree
                                         add --detach` of an old commit) on labelled sets and
                                         saves each report's result JSON and text (one line each)
    score [--gate G] FILE...             applies interpret/doubt.py's gate (or, with --gate
                                         result_line or both, gate14's result-line rule) to every saved
                                         (text, result) and counts, against the labels, the
                                         unsafe status misses it makes safe and the correct
                                         positive/negative calls it loses

A dump of the current code on the default sets (and /work/shared/real-reports) scores the cost
side: a correct call the gate turns into not_found is a real loss. docs/positive-check.md
("Measured on held-out first readings") gives the figures.

    python tools/heldout_gate.py dump --tree /work/wt/old-9346098 --out /tmp/s13.jsonl tests/devset13
    python tools/heldout_gate.py score /tmp/s13.jsonl /tmp/s14.jsonl /tmp/s15.jsonl -v
    python tools/heldout_gate.py score benchmarks/heldout13/first_readings.jsonl -v

benchmarks/heldout14/first_readings.jsonl adds blind set 16 as commit d51ccab first read it
(120 reports; gate14), the same way. benchmarks/heldout13/first_readings.jsonl keeps the 360 first readings (status, basis, values,
evidence lines and warning codes; no report text: the gate reads only the quoted lines), so the
gate can be scored again without the old checkouts (tests/test_gate13.py does).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

# run inside the other checkout's interpreter path: its engine, the labels' report paths on argv
_DUMP = r"""
import json, sys
import her2cli.api as api
assert api.__file__.startswith(sys.argv[1]), api.__file__
captured = []
_load = api.load_document
def _capture(*a, **k):
    doc = _load(*a, **k)
    captured.append(doc)
    return doc
api.load_document = _capture
with open(sys.argv[2], "a", encoding="utf-8") as out:
    for item in sys.argv[3:]:
        set_name, case_id, path = item.split("\t")
        captured.clear()
        result = api.safe_explain_file(path).to_dict()
        text = "\n".join(p.text for p in captured[0].pages) if captured else ""
        for key in ("explanation", "facts", "summary", "meaning", "questions"):
            result.pop(key, None)
        out.write(json.dumps({"set": set_name, "id": case_id, "text": text, "result": result}) + "\n")
"""

POSITIVE_NEGATIVE = ("positive", "negative")
SAFE = ("not_found", "equivocal")


def _cases(folder: str) -> list[Any]:
    from evaluate import load_cases

    path = Path(folder)
    return list(load_cases(path if path.is_absolute() else ROOT / path))


def dump(tree: str, out: str, sets: list[str]) -> None:
    items = []
    for folder in sets:
        for case in _cases(folder):
            items.append(f"{folder}\t{case.id}\t{case.report.resolve()}")
    Path(out).write_text("", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()), HER2CLI_NO_CACHE="1")
    for start in range(0, len(items), 40):
        subprocess.run(
            [sys.executable, "-c", _DUMP, str(Path(tree).resolve()), out, *items[start : start + 40]],
            env=env,
            check=True,
            cwd=tree,
        )


def _labels(sets: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    labels = {}
    for folder in sets:
        for case in _cases(folder):
            labels[(folder, case.id)] = case.labels
    return labels


GATES = ("doubt", "result_line", "both")


def gate_of_json(text: str, result: dict[str, Any], gate: str = "doubt") -> str | None:
    """A gate on one saved result: "doubt" (interpret/doubt.py), "result_line"
    (interpret/result_line.py, gate14) or "both" (the doubt gate first, as verify.py runs them)."""
    from her2cli.interpret.result_line import off_result_line
    from her2cli.model import Evidence

    why = doubt_of_json(text, result) if gate in ("doubt", "both") else None
    if why is None and gate in ("result_line", "both"):
        evidence = [Evidence(**ev) for ev in result.get("evidence") or []]
        awaited = "pending" in (result.get("warning_codes") or [])
        why = off_result_line(str(result.get("status")), evidence, awaited=awaited)
    return why


def doubt_of_json(text: str, result: dict[str, Any]) -> str | None:
    """The gate on one saved result: interpret/doubt.py on its status and evidence lines (the
    report text is kept in the dump for reading; the gate reads only the quoted lines)."""
    from her2cli.interpret.doubt import doubtful_positive
    from her2cli.model import Evidence

    del text
    evidence = [Evidence(**ev) for ev in result.get("evidence") or []]
    return doubtful_positive(str(result.get("status")), evidence)


def score(files: list[str], verbose: bool, gate: str = "doubt") -> dict[str, Any]:
    rows = [
        json.loads(line) for f in files for line in Path(f).read_text(encoding="utf-8").splitlines() if line
    ]
    labels = _labels({r["set"] for r in rows})
    counts: Counter[str] = Counter()
    lists: dict[str, list[str]] = {
        "made_safe": [],
        "still_unsafe": [],
        "lost_correct": [],
        "blocked_other": [],
    }
    for row in rows:
        expected = labels[(row["set"], row["id"])].get("status")
        if expected is None:
            continue
        got = row["result"].get("status")
        why = gate_of_json(row["text"], row["result"], gate)
        name = f"{row['set']}/{row['id']}"
        counts["reports"] += 1
        unsafe = got in POSITIVE_NEGATIVE and got != expected
        correct_call = got in POSITIVE_NEGATIVE and got == expected
        counts["unsafe"] += unsafe
        counts["correct_calls"] += correct_call
        counts[f"correct_{got}"] += correct_call
        if unsafe and got == "positive":
            counts["unsafe_positive"] += 1
        if why is None:
            if unsafe:
                lists["still_unsafe"].append(f"{name} {got} (label {expected})")
            continue
        counts["blocked"] += 1
        if unsafe:
            counts["made_safe"] += 1
            lists["made_safe"].append(f"{name} {got} (label {expected}): {why}")
        elif correct_call:
            counts["lost_correct"] += 1
            counts[f"lost_correct_{got}"] += 1
            lists["lost_correct"].append(f"{name} {got}: {why}")
        else:
            lists["blocked_other"].append(f"{name} {got} (label {expected}): {why}")
    print(
        f"{counts['reports']} reports; {counts['unsafe']} unsafe status misses "
        f"({counts['unsafe_positive']} positive); {counts['correct_calls']} correct positive/negative calls "
        f"({counts['correct_positive']} positive)"
    )
    print(
        f"gate: made safe {counts['made_safe']} of {counts['unsafe']} unsafe; lost {counts['lost_correct']} "
        f"correct calls ({counts['lost_correct_positive']} positive, {counts['lost_correct_negative']} negative)"
    )
    if verbose:
        for key, items in lists.items():
            print(f"  {key}:")
            for item in items:
                print(f"    {item}")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--tree", required=True)
    d.add_argument("--out", required=True)
    d.add_argument("sets", nargs="+")
    s = sub.add_parser("score")
    s.add_argument("files", nargs="+")
    s.add_argument("-v", action="store_true")
    s.add_argument("--gate", choices=GATES, default="doubt")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.tree, args.out, args.sets)
    else:
        score(args.files, args.v, args.gate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
