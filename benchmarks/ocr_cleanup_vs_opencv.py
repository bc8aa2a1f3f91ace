"""Pillow clean-up (as her2cli ships it) against the usual OpenCV clean-up, on degraded captures.

Usage (needs `pip install opencv-python-headless`, which her2cli itself does not use):
    python benchmarks/ocr_cleanup_vs_opencv.py [--only phone,photocopy]

For each capture of tools/make_degraded.py (built if missing) the page is cleaned up both ways and
read once by Tesseract (--psm 3, one thread): mean word confidence of the page, mean confidence of
the lines naming HER2 (the ones that matter), and seconds of clean-up. The OpenCV pipeline is
background division by a 41x41 closing, Gaussian adaptive threshold (31, 15) and removal of
connected components of 4 pixels or fewer, then the same deskew.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tools"))

import make_degraded  # noqa: E402
from PIL import Image  # noqa: E402

from her2cli.rules.ocr import ocr_focus  # noqa: E402
from her2cli.sources import imageprep, ocr, ocr_layout  # noqa: E402


def read(image: Image.Image, dpi: float) -> ocr_layout.OcrText:
    binary = ocr.tesseract_path() or "tesseract"
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    out = subprocess.run(
        [binary, "stdin", "stdout", "--psm", "3", "--dpi", str(round(dpi)), "tsv"],
        input=buf.getvalue(),
        capture_output=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    ).stdout.decode("utf-8", "replace")
    return ocr_layout.parse_tsv(out)


def opencv_cleanup(gray: Image.Image) -> Image.Image:
    import cv2
    import numpy as np

    a = np.asarray(gray)
    background = cv2.morphologyEx(a, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (41, 41)))
    flat = cv2.divide(a, background, scale=255)
    bw = cv2.adaptiveThreshold(flat, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(255 - bw, connectivity=8)
    specks = np.where(stats[:, cv2.CC_STAT_AREA] <= 4)[0]
    bw[np.isin(labels, specks[specks > 0])] = 255
    return Image.fromarray(bw)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=make_degraded.DEFAULT_OUT)
    ap.add_argument("--only", default="phone,photocopy")
    args = ap.parse_args()
    try:
        import cv2  # noqa: F401
    except ImportError:
        print("opencv-python-headless is not installed; nothing to compare", file=sys.stderr)
        return 2
    chosen = [d for d in args.only.split(",") if d]
    paths = [p for p in make_degraded.build(args.out, degradations=chosen) if p.suffix != ".pdf"]
    rows: list[tuple[float, float, float, float, float, float]] = []
    print(f"{'capture':<48}{'pillow s':>9}{'conf':>6}{'HER2':>6}{'opencv s':>10}{'conf':>6}{'HER2':>6}")
    for path in paths:
        frame = imageprep.load_image_frames(path.read_bytes(), source=path.name)[0]
        gray = imageprep.to_gray(frame)
        dpi = imageprep.estimate_dpi(frame)
        start = time.perf_counter()
        pillow, pillow_dpi, _ = imageprep.prepare(gray, dpi, None, clean=True, deskew=True)
        pillow_s = time.perf_counter() - start
        start = time.perf_counter()
        scaled, scaled_dpi = imageprep.rescale(gray, dpi, None)
        cv, _ = imageprep.deskew_page(opencv_cleanup(scaled))
        cv_s = time.perf_counter() - start
        a, b = read(pillow, pillow_dpi), read(cv, scaled_dpi)
        row = (
            pillow_s,
            a.mean_confidence or 0.0,
            ocr_layout.focus_confidence(a, ocr_focus()) or 0.0,
            cv_s,
            b.mean_confidence or 0.0,
            ocr_layout.focus_confidence(b, ocr_focus()) or 0.0,
        )
        rows.append(row)
        print(
            f"{path.name[-47:]:<48}{row[0]:>9.2f}{row[1]:>6.1f}{row[2]:>6.1f}{row[3]:>10.2f}{row[4]:>6.1f}{row[5]:>6.1f}"
        )
    means = [statistics.mean(r[i] for r in rows) for i in range(6)]
    print(
        f"{'mean':<48}{means[0]:>9.2f}{means[1]:>6.1f}{means[2]:>6.1f}{means[3]:>10.2f}{means[4]:>6.1f}{means[5]:>6.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
