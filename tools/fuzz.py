"""Mutation fuzzer over the sample PDFs: byte flips, truncation, token swaps, chunk duplication.

    python tools/fuzz.py --count 10000 --seed 1          # the long run, by hand
    python tools/fuzz.py --count 40 --seed 7 --jobs 2    # the short run the test suite does

Every mutant is read the way `her2cli scan` reads a file: in a worker process with a time and
memory limit. A mutant that ends in `internal_error`, a hang (timeout) or a crash of the worker
is saved under tests/regressions/ (named by its hash) so that it stays a test case forever; the
run prints the count of each outcome and exits 1 if any mutant broke the rules.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from her2cli.batch import InputItem, WorkOptions, run_isolated  # noqa: E402

# PDF tokens whose swap or corruption reaches deep into a parser (xref, streams, page tree).
TOKENS = [
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"xref",
    b"trailer",
    b"startxref",
    b"/Length",
    b"/Filter",
    b"/FlateDecode",
    b"/Pages",
    b"/Page",
    b"/Kids",
    b"/Count",
    b"/Parent",
    b"/Root",
    b"/Font",
    b"/Contents",
    b"R",
    b"[",
    b"]",
    b"<<",
    b">>",
    b"(",
    b")",
    b"0",
    b"-1",
    b"99999999",
    b"%%EOF",
    b"BT",
    b"ET",
    b"Tj",
    b"TJ",
]
BAD_OUTCOMES = {"internal_error"}


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to three random edits of a PDF's bytes."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.choice(("flip", "truncate", "swap", "dup", "delete", "insert_token"))
        if not out:
            break
        if op == "flip":
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        elif op == "truncate":
            out = out[: rng.randrange(1, len(out))]
        elif op == "swap":
            a, b = rng.sample(TOKENS, 2)
            idx = out.find(a, rng.randrange(len(out)))
            if idx >= 0:
                out[idx : idx + len(a)] = b
        elif op == "dup":
            i = rng.randrange(len(out))
            j = min(len(out), i + rng.randint(1, 4096))
            out[j:j] = out[i:j] * rng.randint(1, 4)
        elif op == "delete":
            i = rng.randrange(len(out))
            del out[i : i + rng.randint(1, 512)]
        else:
            i = rng.randrange(len(out))
            out[i:i] = b" " + rng.choice(TOKENS) + b" "
    return bytes(out)


def run(
    count: int, seed: int, jobs: int, timeout: float, max_memory_mb: int, save: Path | None
) -> Counter[str]:
    rng = random.Random(seed)
    seeds = sorted((ROOT / "sample_reports").glob("*.pdf"))
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="her2cli-fuzz-") as tmp:
        items: list[InputItem] = []
        originals: dict[int, bytes] = {}
        for i in range(count):
            data = mutate(seeds[i % len(seeds)].read_bytes(), rng)
            path = Path(tmp) / f"mutant-{i:05d}.pdf"
            path.write_bytes(data)
            items.append(InputItem(i, str(path)))
            originals[i] = data
        options = WorkOptions(timeout=timeout, max_memory_mb=max_memory_mb, ocr="never")
        for index, record in run_isolated(items, options, jobs):
            error = record.get("error") or {}
            kind = error.get("kind") or f"status:{record['status']}"
            outcomes[kind] += 1
            if (kind in BAD_OUTCOMES or kind == "timeout") and save is not None:
                save.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256(originals[index]).hexdigest()[:16]
                (save / f"fuzz-{kind}-{digest}.pdf").write_bytes(originals[index])
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--max-memory", type=int, default=1024)
    parser.add_argument("--save", type=Path, default=ROOT / "tests" / "regressions")
    args = parser.parse_args(argv)
    start = time.monotonic()
    outcomes = run(args.count, args.seed, args.jobs, args.timeout, args.max_memory, args.save)
    seconds = time.monotonic() - start
    bad = sum(n for k, n in outcomes.items() if k in BAD_OUTCOMES or k == "timeout")
    print(
        f"{sum(outcomes.values())} mutants (seed {args.seed}) in {seconds:.1f} s; internal errors: "
        f"{outcomes.get('internal_error', 0)}, hangs (timeouts): {outcomes.get('timeout', 0)}"
    )
    for kind, n in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {kind:<28} {n}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
