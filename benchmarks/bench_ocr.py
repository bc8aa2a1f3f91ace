"""Seconds per OCR'd page at 200 and 300 dpi, to check against shared/perf.md §2 (about 2 s and 4 s).

Usage:
    python benchmarks/bench_ocr.py [PDF] [--page N] [--runs 3] [--degraded]

PDF defaults to the first sample report in sample_reports/ (or a generated one-page report when
there is none). Each cell is the median of --runs; render time is reported apart from OCR time.
--degraded also times a fax-like copy (turned 1.5 degrees, 1-bit, noisy), which exercises deskew.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from her2cli.sources import ocr  # noqa: E402


def default_pdf() -> bytes:
    samples = sorted((ROOT / "sample_reports").glob("*.pdf"))
    if samples:
        return samples[0].read_bytes()
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    y = 720
    for i in range(40):
        c.setFont("Helvetica", 10)
        c.drawString(
            72, y, f"Line {i}: HER2 (4B5): Positive (3+); HER2/CEP17 ratio 2.6; copy number 6.1 per cell."
        )
        y -= 16
    c.save()
    return buf.getvalue()


def degrade(image: Image.Image, seed: int = 7) -> Image.Image:
    rng = random.Random(seed)
    turned = image.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    bw = turned.point(lambda v: 255 if v > 150 else 0)
    px = bw.load()
    for _ in range(bw.width * bw.height // 200):
        px[rng.randrange(bw.width), rng.randrange(bw.height)] = rng.choice((0, 255))
    return bw


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pdf", nargs="?", type=Path)
    ap.add_argument("--page", type=int, default=1, help="1-based page to OCR")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--degraded", action="store_true")
    args = ap.parse_args()
    if ocr.tesseract_path() is None:
        print("tesseract is not installed; nothing to measure", file=sys.stderr)
        return 2
    data = args.pdf.read_bytes() if args.pdf else default_pdf()
    pdf = pdfium.PdfDocument(data)
    index = args.page - 1
    print(f"source: {args.pdf or 'default'} page {args.page}; median of {args.runs} runs; OMP_THREAD_LIMIT=1")
    print(
        f"{'variant':<28}{'dpi':>5}{'render s':>10}{'ocr s':>8}{'conf':>7}{'words':>7}{'rot':>5}{'skew':>6}{'desp':>6}"
    )
    for dpi in (200, 300):
        render_s, image = timed(lambda d=dpi: ocr.render_pdf_page(pdf, index, dpi=d), args.runs)
        variants = [("clean", image)]
        if args.degraded:
            variants.append(("degraded (1.5 deg, 1-bit)", degrade(image)))
        for name, im in variants:
            ocr_s, result = timed(lambda i=im, d=dpi: ocr.ocr_image(i, source="bench", dpi=d), args.runs)
            conf = f"{result.mean_confidence:.1f}" if result.mean_confidence is not None else "-"
            print(
                f"{name:<28}{dpi:>5}{render_s:>10.3f}{ocr_s:>8.2f}{conf:>7}{len(result.word_confidences):>7}"
                f"{result.rotation:>5}{result.skew:>6.1f}{'yes' if result.despeckled else 'no':>6}"
            )
    pdf.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
