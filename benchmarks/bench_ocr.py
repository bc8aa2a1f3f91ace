"""Seconds per OCR'd page at 300 dpi on one core, with and without the image clean-up.

Usage:
    python benchmarks/bench_ocr.py [--runs 3] [--dpi 300] [--sample STEM]

One page of a sample report (default: the biomarker-table breast biopsy) is rendered at --dpi
and captured the ways tools/make_degraded.py captures pages (clean, fax fine and standard, phone
photo, photocopy, low-quality JPEG, motion blur). Each capture is OCR'd by `ocr.ocr_image` with
clean-up (specks, lighting, deskew, as the product runs) and without (`clean=False`); each cell
is the median of --runs, on one core (one Tesseract process at a time, OMP_THREAD_LIMIT=1).
The goal is at most 3 s a page including clean-up; `prep cpu` is the clean-up alone. CPU seconds
(this process and its Tesseract children) are the measure on a shared machine, where wall time
grows with everyone else's load; `ratio` is clean-up over no clean-up, from the same run.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tools"))

import make_degraded  # noqa: E402
from PIL import Image  # noqa: E402

from her2cli.sources import imageprep, ocr  # noqa: E402

T = TypeVar("T")


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the Tesseract runs): unlike wall
    time, it does not grow when other programs share the cores."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], T], runs: int) -> tuple[float, float, T]:
    """Median wall seconds, median CPU seconds, and the result of `fn`."""
    walls: list[float] = []
    cpus: list[float] = []
    result: T | None = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        result = fn()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - start_cpu)
    assert result is not None
    return statistics.median(walls), statistics.median(cpus), result


def captures(page: Image.Image, dpi: int) -> list[tuple[str, Image.Image, float | None]]:
    """(name, image, dpi the reader is told or None to estimate) for each way of capturing."""
    out: list[tuple[str, Image.Image, float | None]] = [("clean render", page, float(dpi))]
    for name, (_, effect, _kind) in make_degraded.DEGRADATIONS.items():
        rng = random.Random(zlib.crc32(name.encode()))
        image = effect(page, rng)
        # the file would say 204x196 / 204x98 (fax) or nothing useful (photos): let the reader
        # estimate, as it does for a real file; fix_aspect squares a standard-mode fax first
        if name == "fax_standard":
            image.info["dpi"] = (204, 98)
            image = imageprep.fix_aspect(image)
        if name.startswith("fax"):
            image.info[imageprep.BILEVEL] = True  # as load_image_frames marks a 1-bit fax TIFF
        out.append((name, image, None))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--sample", default="breast_core_biomarker_table_ihc3")
    args = ap.parse_args()
    if ocr.tesseract_path() is None:
        print("tesseract is not installed; nothing to measure", file=sys.stderr)
        return 2
    pdf = make_degraded.SAMPLES / f"{args.sample}.pdf"
    page = make_degraded.render(pdf, args.dpi)[0]
    print(
        f"source: {pdf.name} page 1 at {args.dpi} dpi; median of {args.runs} runs; one core (OMP_THREAD_LIMIT=1)"
    )
    header = (
        f"{'capture':<14}{'pixels':>8}{'prep cpu':>9}{'clean cpu':>10}{'raw cpu':>8}{'ratio':>6}"
        f"{'clean wall':>11}{'raw wall':>9}{'conf':>6}{'raw conf':>9}  steps"
    )
    print(header)
    for name, image, dpi in captures(page, args.dpi):
        gray = imageprep.to_gray(image)
        source_dpi = dpi or imageprep.estimate_dpi(image)
        _, prep_cpu, _ = timed(
            lambda g=gray, d=source_dpi: imageprep.prepare(g, d, None, clean=True, deskew=True), args.runs
        )
        clean_s, clean_cpu, cleaned = timed(
            lambda i=image, d=dpi: ocr.ocr_image(i, source="bench", dpi=d), args.runs
        )
        raw_s, raw_cpu, raw = timed(
            lambda i=image, d=dpi: ocr.ocr_image(i, source="bench", dpi=d, clean=False), args.runs
        )
        steps = ",".join(
            s
            for s, on in (
                ("specks", cleaned.despeckled),
                ("light", cleaned.flattened),
                (f"skew {cleaned.skew:.1f}", abs(cleaned.skew) > 0),
                (f"{cleaned.dpi} dpi", True),
            )
            if on
        )
        conf = f"{cleaned.mean_confidence:.1f}" if cleaned.mean_confidence is not None else "-"
        raw_conf = f"{raw.mean_confidence:.1f}" if raw.mean_confidence is not None else "-"
        print(
            f"{name:<14}{image.width * image.height / 1e6:>7.1f}M{prep_cpu:>9.2f}{clean_cpu:>10.2f}{raw_cpu:>8.2f}"
            f"{clean_cpu / raw_cpu:>6.2f}{clean_s:>11.2f}{raw_s:>9.2f}{conf:>6}{raw_conf:>9}  {steps}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
