#!/usr/bin/env python
"""Is the regex engine the matching's cost, and would the standard library's `re` run the same
patterns faster with the same results? (issue 13, session 20; docs/performance.md section 4)

Usage:
    python benchmarks/bench_engines.py [--sets bench270] [--runs 3]

Every pattern the rule loader compiles (rules/cache.compile_pattern) is wrapped in a proxy that
logs each engine call the scan makes (search, match, fullmatch, finditer and how many matches
were taken, with the text, pos, endpos and whether it carried a time budget); the calls of every
report of the sets are then replayed: with `regex` (as recorded, and without any time budget),
and, for the patterns `re.compile` accepts with the same flags, with `re`, match by match (the
spans of every group compared). It prints the patterns `re` rejects and why, the calls whose
answers differ, and the CPU time per report of each engine (best of --runs). Then the
`regex` time of the calls of each reader function that asks them (the first caller outside
findings/scope.py and rules/prefilter.py). Pattern caches are
off (HER2CLI_NO_CACHE=1): every pattern goes through compile_pattern.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

os.environ["HER2CLI_NO_CACHE"] = "1"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import regex  # noqa: E402

from her2cli.rules import cache as pattern_cache  # noqa: E402
from her2cli.rules import data as rule_data  # noqa: E402
from her2cli.rules import patterns as rule_patterns  # noqa: E402

RE_FLAGS = 2 | 4 | 8 | 16 | 32 | 64 | 128  # I L M S U X A: the same bits in `re`
KINDS = ("search", "match", "fullmatch", "finditer")


class Log:
    """The engine calls of one run: [kind, pattern key, text index, pos, endpos, budget, taken,
    call site]."""

    def __init__(self) -> None:
        self.calls: list[list[Any]] = []
        self.texts: dict[str, int] = {}
        self.keys: dict[tuple[str, int], int] = {}

    def text(self, text: str) -> int:
        return self.texts.setdefault(text, len(self.texts))


LOG = Log()


class _Taken:
    """A finditer that counts the matches its caller takes (a lazy pass may be left early)."""

    def __init__(self, it: Any, rec: list[Any]) -> None:
        self.it, self.rec = it, rec

    def __iter__(self) -> _Taken:
        return self

    def __next__(self) -> Any:
        try:
            m = next(self.it)
        except StopIteration:
            self.rec[6] = -1  # all of them
            raise
        self.rec[6] += 1
        return m


class Logged:
    """A compiled pattern whose engine calls are logged (hashes and compares as the pattern, so
    the prefilter's shortcuts keyed by pattern still find it)."""

    def __init__(self, real: Any, key: int) -> None:
        self.real, self.key = real, key

    def __hash__(self) -> int:
        return hash(self.real)

    def __eq__(self, other: object) -> bool:
        return bool(self.real == (other.real if isinstance(other, Logged) else other))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def _log(self, kind: str, text: str, args: tuple[Any, ...], kw: dict[str, Any]) -> list[Any]:
        pos = args[0] if args else kw.get("pos", 0)
        endpos = args[1] if len(args) > 1 else kw.get("endpos")
        rec = [kind, self.key, LOG.text(text), pos, endpos, "timeout" in kw, 0, call_site()]
        LOG.calls.append(rec)
        return rec

    def search(self, text: str, *args: Any, **kw: Any) -> Any:
        self._log("search", text, args, kw)
        return self.real.search(text, *args, **kw)

    def match(self, text: str, *args: Any, **kw: Any) -> Any:
        self._log("match", text, args, kw)
        return self.real.match(text, *args, **kw)

    def fullmatch(self, text: str, *args: Any, **kw: Any) -> Any:
        self._log("fullmatch", text, args, kw)
        return self.real.fullmatch(text, *args, **kw)

    def finditer(self, text: str, *args: Any, **kw: Any) -> Any:
        return _Taken(self.real.finditer(text, *args, **kw), self._log("finditer", text, args, kw))


# the modules that pass a reader's question on to the engine: a call is charged to the reader
PASSING = {__name__, "her2cli.findings.scope", "her2cli.rules.prefilter"}


def call_site() -> str:
    """The reader function whose question this engine call answers."""
    f = sys._getframe(3)
    while f.f_back is not None and f.f_globals.get("__name__") in PASSING:
        f = f.f_back
    return f"{f.f_globals.get('__name__', '?').removeprefix('her2cli.')}.{f.f_code.co_name}"


_compile = pattern_cache.compile_pattern
_made: dict[tuple[str, int], Logged] = {}


def logged_compile(source: str, flags: int = 0) -> Any:
    key = (source, int(flags))
    if key not in _made:
        _made[key] = Logged(_compile(source, flags), LOG.keys.setdefault(key, len(LOG.keys)))
    return _made[key]


def install() -> None:
    pattern_cache.compile_pattern = logged_compile  # type: ignore[assignment]
    rule_patterns.compile_pattern = logged_compile  # type: ignore[assignment]
    rule_data.compile_pattern = logged_compile  # type: ignore[assignment]


def answer(p: Any, kind: str, text: str, pos: int, endpos: int, taken: int, kw: dict[str, Any]) -> Any:
    """What one call gives, as comparable data (every group's span)."""
    if kind == "finditer":
        out = []
        if taken:
            for m in p.finditer(text, pos, endpos, **kw):
                out.append(m.regs)
                if 0 < taken <= len(out):
                    break
        return out
    m = getattr(p, kind)(text, pos, endpos, **kw)
    return None if m is None else m.regs


def replay(calls: list[tuple[Any, ...]], engines: dict[int, Any], budget: bool, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        for kind, key, text, pos, endpos, timed, taken in calls:
            p = engines.get(key)
            if p is not None:
                answer(p, kind, text, pos, endpos, taken, {"timeout": 5.0} if budget and timed else {})
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="bench270")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sites", type=int, default=30, help="how many call sites to list (0: none)")
    args = ap.parse_args()
    install()
    import bench_matching

    from her2cli.findings.scan import scan_document

    docs = [doc for name in args.sets.split(",") if name for _, doc in bench_matching.documents(name)]
    scan_document(docs[0])  # compile first
    LOG.calls.clear()
    for doc in docs:
        scan_document(doc)
    n = len(docs)
    texts = sorted(LOG.texts, key=LOG.texts.__getitem__)
    keys = sorted(LOG.keys, key=LOG.keys.__getitem__)
    calls = [
        (kind, key, texts[t], pos, len(texts[t]) if endpos is None else endpos, timed, taken)
        for kind, key, t, pos, endpos, timed, taken, _ in LOG.calls
        if kind in KINDS
    ]
    sites = [c[7] for c in LOG.calls if c[0] in KINDS]
    used = sorted({c[1] for c in calls})
    by_regex = {k: regex.compile(*keys[k]) for k in used}
    by_re: dict[int, Any] = {}
    rejected: dict[int, str] = {}
    for k in used:
        source, flags = keys[k]
        try:
            if flags & ~RE_FLAGS:
                raise re.error(f"flags {flags:#x}")
            by_re[k] = re.compile(source, flags)
        except re.error as e:
            rejected[k] = str(e).split(" '")[0].split(" at position")[0]
    kinds = collections.Counter(c[0] for c in calls)
    print(
        f"{n} reports: {len(calls) / n:.0f} engine calls a report ({', '.join(f'{k} {v / n:.0f}' for k, v in kinds.items())}),"
    )
    print(
        f"  {sum(c[5] for c in calls) / n:.0f} with a time budget; {len(used)} of the {len(keys)} compiled patterns used"
    )
    print(
        f"re rejects {len(rejected)} of them ({sum(c[1] in rejected for c in calls) / len(calls):.0%} of the calls):"
    )
    for why, count in collections.Counter(rejected.values()).most_common():
        print(f"  {count:4d} {why}")
    differ: collections.Counter[int] = collections.Counter()
    for kind, key, text, pos, endpos, _, taken in calls:
        if key in by_re:
            a = answer(by_regex[key], kind, text, pos, endpos, taken, {})
            differ[key] += a != answer(by_re[key], kind, text, pos, endpos, taken, {})
    differ = +differ
    print(f"patterns whose answers differ between regex and re: {len(differ)} ({sum(differ.values())} calls)")
    ms = 1000 / n
    t_all = replay(calls, by_regex, False, args.runs)
    t_budget = replay(calls, by_regex, True, args.runs)
    same = {k: p for k, p in by_re.items() if k not in differ}
    t_regex_same = replay(calls, {k: by_regex[k] for k in same}, False, args.runs)
    t_re_same = replay(calls, same, False, args.runs)
    print(f"regex, every call, no budget:        {t_all * ms:7.2f} ms a report (best of {args.runs})")
    print(f"regex, budgets as recorded:          {t_budget * ms:7.2f}")
    print(f"regex, the patterns re runs alike:   {t_regex_same * ms:7.2f}")
    print(
        f"re, the same patterns:               {t_re_same * ms:7.2f}  (regex/re {t_regex_same / t_re_same:.2f})"
    )
    if args.sites:
        by_site: dict[str, list[tuple[Any, ...]]] = collections.defaultdict(list)
        for site, call in zip(sites, calls, strict=True):
            by_site[site].append(call)
        took = {site: replay(group, by_regex, True, args.runs) for site, group in by_site.items()}
        print(f"regex time by the reader that asks (ms a report, calls a report; top {args.sites}):")
        for site in sorted(took, key=took.__getitem__, reverse=True)[: args.sites]:
            print(f"  {took[site] * ms:6.2f} {len(by_site[site]) / n:7.1f}  {site}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
