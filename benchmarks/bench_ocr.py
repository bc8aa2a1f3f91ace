"""Seconds per OCR'd page at 300 dpi on one core, with and without the image clean-up.

Usage:
    python benchmarks/bench_ocr.py [--runs 3] [--dpi 300] [--sample STEM]

One page of a sample report (default: the biomarker-table breast biopsy) is rendered at --dpi
(the clean render) and, at the resolution tools/make_degraded.py renders it for each, captured
the ways that tool captures pages (fax fine and standard, phone photo, photocopy, low-quality
JPEG, motion blur). Each capture is OCR'd by `ocr.ocr_image` as the product runs it (clean-up:
perspective, specks, lighting, deskew; the lines naming HER2 as its focus) and without clean-up
(`clean=False`); each cell is the median of --runs, on one core (one Tesseract process at a time,
OMP_THREAD_LIMIT=1). The goal is at most 3 s a page at 300 dpi including clean-up (faxes and
coarse photos are read at 300 dpi: `px read` is what Tesseract was given); `prep cpu` is the
clean-up alone, `passes` the Tesseract runs for the page (psm 3 page, psm 4 strips or page,
psm 6 the canvas of score-shaped words read again on their own, psm 0 orientation). CPU seconds (this process and its Tesseract children) are the measure on a
shared machine, where wall time grows with everyone else's load; `ratio` is clean-up over no
clean-up, from the same run.

Until 2026-11-29 this script fed the fax effects a page rendered at --dpi (300) while telling the
reader it was 204 dpi: the fax pages were 1.5x too large each way (a 13-inch page read at 300 dpi),
which is where the "4-5 s a fax page" figure came from.
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

from her2cli.rules.ocr import ocr_focus  # noqa: E402
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


def captures(pdf: Path, dpi: int) -> list[tuple[str, Image.Image, float | None]]:
    """(name, image, dpi the reader is told or None to estimate) for each way of capturing: the
    page rendered at `dpi`, and each degradation of it rendered at make_degraded's resolution."""
    out: list[tuple[str, Image.Image, float | None]] = [
        ("clean render", make_degraded.render(pdf, dpi)[0], float(dpi))
    ]
    for name, (render_dpi, effect, _kind) in make_degraded.DEGRADATIONS.items():
        rng = random.Random(zlib.crc32(name.encode()))
        image = effect(make_degraded.render(pdf, render_dpi)[0], rng)
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
    focus = ocr_focus()
    passes: list[str] = []
    run_tesseract = ocr._run_tesseract

    def counted(image: Image.Image, tesseract_args: list[str], **kwargs: object) -> object:
        psm = tesseract_args[1]
        passes.append("psm6 cells" if psm == "6" else f"psm{psm}" + ("" if image.height > 1000 else " strip"))
        return run_tesseract(image, tesseract_args, **kwargs)  # type: ignore[arg-type]

    ocr._run_tesseract = counted  # type: ignore[assignment]
    print(
        f"source: {pdf.name} page 1 at {args.dpi} dpi; median of {args.runs} runs; one core (OMP_THREAD_LIMIT=1)"
    )
    header = (
        f"{'capture':<14}{'px read':>8}{'prep cpu':>9}{'clean cpu':>10}{'raw cpu':>8}{'ratio':>6}"
        f"{'clean wall':>11}{'raw wall':>9}{'conf':>6}{'raw conf':>9}  steps; passes"
    )
    print(header)
    for name, image, dpi in captures(pdf, args.dpi):
        gray = imageprep.to_gray(image)
        source_dpi = dpi or imageprep.estimate_dpi(image)
        bilevel = bool(image.info.get(imageprep.BILEVEL)) or image.mode == "1"
        _, prep_cpu, (prepared, _, _) = timed(
            lambda g=gray, d=source_dpi, b=bilevel: imageprep.prepare(
                g, d, None, clean=True, deskew=True, bilevel=b
            ),
            args.runs,
        )
        passes.clear()
        clean_s, clean_cpu, cleaned = timed(
            lambda i=image, d=dpi: ocr.ocr_image(i, source="bench", dpi=d, focus=focus), args.runs
        )
        page_passes = ", ".join(passes[: len(passes) // args.runs])
        raw_s, raw_cpu, raw = timed(
            lambda i=image, d=dpi: ocr.ocr_image(i, source="bench", dpi=d, clean=False, focus=focus),
            args.runs,
        )
        steps = ",".join(
            s
            for s, on in (
                ("straightened", cleaned.straightened),
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
            f"{name:<14}{prepared.width * prepared.height / 1e6:>7.1f}M{prep_cpu:>9.2f}{clean_cpu:>10.2f}"
            f"{raw_cpu:>8.2f}{clean_cpu / raw_cpu:>6.2f}{clean_s:>11.2f}{raw_s:>9.2f}{conf:>6}{raw_conf:>9}"
            f"  {steps}; {page_passes}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
