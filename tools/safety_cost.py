#!/usr/bin/env python3
"""What the safety check on a confident call (her2cli/interpret/confidence.py) catches and costs.

    python tools/safety_cost.py tests/variants15a tests/variants15b      # named labelled sets
    python tools/safety_cost.py                                          # every default set

A measurement aid (docs/safety.md), not part of the installed package. One run gives the status
with the check and without it: the check is the last step of `interpret()` and takes a call back
only through `verify.withdraw_call`, which records the status it replaced in the
`result_unsupported` warning's parameters with a `why` naming the signal. The status without the
check is that recorded status when `why` is one of the check's signals (verify.py's own withdrawals
stay as they are: they are not the check's). No switch in the engine is needed.

Per set it prints: unsafe status misses without the check (a confident positive/negative where the
label says another status), how many of them the check turns into not_found, the correct calls it
costs (a status right without the check, not_found with it), each with its id and signal.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from evaluate import DEFAULT_SETS, SAFE_STATUSES, load_cases  # noqa: E402  (a development tool)

from her2cli.api import safe_explain_file  # noqa: E402
from her2cli.interpret.confidence import Weak  # noqa: E402
from her2cli.model import Result  # noqa: E402

SIGNALS = {w.value for w in Weak}


def status_without_check(result: Result) -> tuple[str, str | None]:
    """The status the report would have without the check, and the signal that took it back (the
    warning parameters are on the Result, not in its JSON)."""
    for code, params in zip(result.warning_codes, result.warning_params, strict=False):
        if code == "result_unsupported" and params.get("why") in SIGNALS:
            return str(params["status"]), str(params["why"])
    return result.status, None


@dataclass
class SetCost:
    name: str
    cases: int = 0
    correct_on: int = 0
    correct_off: int = 0
    unsafe_off: list[str] = field(default_factory=list)
    unsafe_on: list[str] = field(default_factory=list)
    caught: list[str] = field(default_factory=list)
    cost: list[str] = field(default_factory=list)

    def lines(self) -> Iterable[str]:
        yield (
            f"{self.name}: {self.cases} reports; status correct without the check {self.correct_off}, "
            f"with it {self.correct_on}; unsafe without {len(self.unsafe_off)}, with {len(self.unsafe_on)}; "
            f"caught {len(self.caught)}; correct calls lost {len(self.cost)}"
        )
        for title, ids in (
            ("unsafe without the check", self.unsafe_off),
            ("caught", self.caught),
            ("lost", self.cost),
        ):
            if ids:
                yield f"  {title}: " + ", ".join(ids)


def measure(folder: Path, name: str) -> SetCost:
    out = SetCost(name)
    for case in load_cases(folder):
        want = case.labels.get("status")
        if want is None:
            continue
        out.cases += 1
        result = safe_explain_file(str(case.report))
        on = result.status
        off, why = status_without_check(result)
        out.correct_on += on == want
        out.correct_off += off == want
        if off != want and off not in SAFE_STATUSES:
            out.unsafe_off.append(f"{case.id} ({want}->{off})")
            if on in SAFE_STATUSES:
                out.caught.append(f"{case.id} ({want}: {off}->{on}, {why})")
        if on != want and on not in SAFE_STATUSES:
            out.unsafe_on.append(f"{case.id} ({want}->{on})")
        if off == want and on != want:
            out.cost.append(f"{case.id} ({want}->{on}, {why})")
    return out


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    folders = args or [str(ROOT / s) for s in DEFAULT_SETS if (ROOT / s).is_dir()]
    totals = SetCost("total")
    for folder in folders:
        path = Path(folder)
        if not ((path / "labels.jsonl").exists() or (path / "expected").is_dir()):
            print(f"{folder}: no labels.jsonl or expected/ folder here; skipped", file=sys.stderr)
            continue
        cost = measure(path, folder)
        print("\n".join(cost.lines()), flush=True)
        for name in ("cases", "correct_on", "correct_off"):
            setattr(totals, name, getattr(totals, name) + getattr(cost, name))
        for name in ("unsafe_off", "unsafe_on", "caught", "cost"):
            getattr(totals, name).extend(getattr(cost, name))
    if len(folders) > 1:
        print("\n".join(cost_line for cost_line in totals.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
