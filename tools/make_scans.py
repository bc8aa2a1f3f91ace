"""Make image-only copies of sample reports, as a scanner, a fax machine or a phone would, for OCR tests.

Usage:
    python tools/make_scans.py                      # the selection below, from sample_reports/
    python tools/make_scans.py --pdf some.pdf ...   # any PDFs (kind chosen per file by --variants)

Writes only into sample_reports/scans/ (and scans/expected/, copying each source's expected JSON
from sample_reports/expected/<stem>.json to scans/expected/<scan stem>.json, since a scan must say
the same about HER2 as the report it was made from).

Variants (scan stem = "<source stem>__<variant>"):
    clean200  PNG, 8-bit gray, 200 dpi, page 1: the easy case.
    fax       PDF with no text layer, every page turned 1-3 degrees, 1-bit with salt-and-pepper noise.
    photo     JPEG (RGB, quality 70) of page 1 on a desk: slight perspective, low contrast, uneven light.
    tiff      multi-page TIFF, 8-bit gray, 150 dpi (below 180, so the OCR upscales it), every page.
    exif      JPEG of page 1 stored turned 90 degrees with EXIF Orientation=6, so only a reader that
              honours EXIF sees it upright.

Everything is deterministic: noise and angles come from random.Random seeded with the scan stem,
and the PDF's dates are fixed (Pillow would stamp the current time). No numpy: pure Pillow.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageEnhance, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
OUT = SAMPLES / "scans"

# (source stem in sample_reports/, variants). Chosen to cover positive, negative, equivocal and
# not-found reports, one- and multi-page, IHC and ISH/NGS; page-1-only variants (clean200, photo,
# exif) are given only to reports whose HER2 statement is on page 1.
SELECTION: list[tuple[str, tuple[str, ...]]] = [
    ("breast_core_biomarker_table_ihc3", ("clean200", "photo")),  # positive, table
    ("breast_lumpectomy_ihc2_fish_amplified", ("fax", "tiff")),  # positive, FISH on page 3 of 3
    ("crc_ihc3_heading_across_page_break", ("fax",)),  # positive, result after a page break
    ("breast_core_ihc0_ultralow_table", ("exif",)),  # negative, 0+ ultralow
    ("breast_white_text_trap_ihc1", ("fax",)),  # negative; the white-text trap stays invisible
    ("gastric_fish_ratio_1_6_negative", ("clean200", "exif")),  # negative, FISH ratio
    ("breast_ln_fna_cellblock_ihc2_no_ish", ("photo",)),  # equivocal
    ("ovarian_mucinous_ihc2_equivocal", ("fax",)),  # equivocal
    ("crc_her2_testing_recommended", ("tiff",)),  # not_found, 2 pages
    ("lung_biopsy_no_her2_egfr", ("photo",)),  # not_found
]


def seeded(stem: str) -> random.Random:
    return random.Random(zlib.crc32(stem.encode()))


def render(pdf_path: Path, dpi: int) -> list[Image.Image]:
    """Every page as 8-bit gray at `dpi` (what a 256-level scanner would see)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            pages.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
        return pages
    finally:
        pdf.close()


# ------------------------------------------------------------------------------------ effects


def salt_and_pepper(im: Image.Image, rng: random.Random, fraction: float) -> Image.Image:
    """Flip `fraction` of the pixels of a 1-bit image to black or white, plus a few 2x2 specks."""
    im = im.copy()
    px = im.load()
    w, h = im.size
    for _ in range(int(w * h * fraction)):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = 0 if rng.random() < 0.5 else 255
    for _ in range(int(w * h * fraction / 20)):
        x, y = rng.randrange(w - 1), rng.randrange(h - 1)
        for dx in (0, 1):
            for dy in (0, 1):
                px[x + dx, y + dy] = 0
    return im


def fax(page: Image.Image, rng: random.Random) -> Image.Image:
    """Turned 1-3 degrees, slightly blurred, thresholded to 1 bit, noisy: a fax of a printout."""
    angle = rng.uniform(1.0, 3.0) * rng.choice((-1, 1))
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    soft = turned.filter(ImageFilter.GaussianBlur(0.6))
    bw = soft.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    return salt_and_pepper(bw, rng, 0.004)


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8x8; numpy is not worth a dependency here)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE), which maps each output point to an input point."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    return solve(a, b)


def photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page lying on a desk, shot from slightly off-centre, in dim uneven light."""
    w, h = page.size
    margin = int(w * 0.06)
    canvas_size = (w + 2 * margin, h + 2 * margin)
    desk = Image.new("L", canvas_size, 95)
    desk.paste(page, (margin, margin))
    cw, ch = canvas_size

    def jitter(k: float) -> float:
        return rng.uniform(0.0, k)

    # Where the desk-with-page corners land in the photo: the top edge is further away (narrower).
    dst = [
        (cw * (0.04 + jitter(0.02)), ch * jitter(0.02)),
        (cw * (0.96 - jitter(0.02)), ch * jitter(0.03)),
        (cw * (1.0 - jitter(0.01)), ch * (1.0 - jitter(0.01))),
        (cw * jitter(0.01), ch * (1.0 - jitter(0.02))),
    ]
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    shot = desk.transform(
        canvas_size,
        Image.Transform.PERSPECTIVE,
        perspective_coeffs(dst, src),
        Image.Resampling.BICUBIC,
        fillcolor=70,
    )
    shot = ImageEnhance.Contrast(shot).enhance(0.55)
    light = (
        Image.linear_gradient("L").resize(canvas_size).point(lambda v: 255 - v // 4)
    )  # darker at the bottom
    shot = Image.composite(shot, Image.new("L", canvas_size, 0), light).filter(ImageFilter.GaussianBlur(0.7))
    tint = Image.merge("RGB", (shot, shot.point(lambda v: int(v * 0.97)), shot.point(lambda v: int(v * 0.9))))
    return tint


# ------------------------------------------------------------------------------------ writers


def write_png(pages: list[Image.Image], out: Path, dpi: int) -> None:
    pages[0].save(out, format="PNG", dpi=(dpi, dpi), optimize=True)


def write_pdf(pages: list[Image.Image], out: Path, dpi: int) -> None:
    fixed = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0))  # Pillow stamps "now" unless told
    pages[0].save(
        out,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=dpi,
        creationDate=fixed,
        modDate=fixed,
        producer="her2cli tools/make_scans.py",
    )


def write_jpeg(pages: list[Image.Image], out: Path, dpi: int, exif: bytes | None = None) -> None:
    kwargs = {"exif": exif} if exif else {}
    pages[0].save(out, format="JPEG", quality=70, dpi=(72, 72), **kwargs)  # phones claim 72 dpi


def write_tiff(pages: list[Image.Image], out: Path, dpi: int) -> None:
    pages[0].save(
        out, format="TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(dpi, dpi)
    )


# ------------------------------------------------------------------------------------ variants


def make_clean200(pdf: Path, out: Path, rng: random.Random) -> None:
    write_png(render(pdf, 200)[:1], out, 200)


def make_fax(pdf: Path, out: Path, rng: random.Random) -> None:
    write_pdf([fax(p, rng) for p in render(pdf, 200)], out, 200)


def make_photo(pdf: Path, out: Path, rng: random.Random) -> None:
    write_jpeg([photo(render(pdf, 170)[0], rng)], out, 170)


def make_tiff(pdf: Path, out: Path, rng: random.Random) -> None:
    write_tiff(render(pdf, 150), out, 150)


def make_exif(pdf: Path, out: Path, rng: random.Random) -> None:
    page = render(pdf, 200)[0]
    # Stored as a phone held sideways records it: pixels turned 90 degrees counter-clockwise,
    # Orientation=6 ("turn 90 clockwise to view").
    stored = page.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    write_jpeg([stored], out, 200, exif=exif.tobytes())


VARIANTS: dict[str, tuple[str, Callable[[Path, Path, random.Random], None]]] = {
    "clean200": (".png", make_clean200),
    "fax": (".pdf", make_fax),
    "photo": (".jpg", make_photo),
    "tiff": (".tif", make_tiff),
    "exif": (".jpg", make_exif),
}


def make(pdf: Path, variants: Sequence[str], out_dir: Path) -> list[Path]:
    """Write each variant of `pdf` into out_dir and copy its expected JSON, if the source has one."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for variant in variants:
        ext, fn = VARIANTS[variant]
        stem = f"{pdf.stem}__{variant}"
        target = out_dir / f"{stem}{ext}"
        fn(pdf, target, seeded(stem))
        written.append(target)
        expected = pdf.parent / "expected" / f"{pdf.stem}.json"
        if expected.is_file():
            (out_dir / "expected").mkdir(exist_ok=True)
            data = json.loads(expected.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                # Keys starting with "_" are notes to the corpus test, not asserted fields.
                data["_scan_of"] = pdf.name
                data["_scan_variant"] = variant
            (out_dir / "expected" / f"{stem}.json").write_text(
                json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
    return written


def clean(out: Path) -> None:
    """Delete earlier output: only files named like ours, never the folder or anything else in it."""
    exts = {ext for ext, _ in VARIANTS.values()}
    for path in [*out.glob("*__*"), *(out / "expected").glob("*__*.json")]:
        if path.is_file() and (path.suffix in exts or path.parent.name == "expected"):
            path.unlink()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf", type=Path, nargs="*", help="make scans of these PDFs instead of the selection")
    ap.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, with --pdf")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--clean", action="store_true", help="first delete scans made earlier (only '*__*' files)"
    )
    args = ap.parse_args(argv)
    out: Path = args.out
    if args.clean:
        clean(out)
    if args.pdf:
        jobs = [(p, tuple(v for v in args.variants.split(",") if v)) for p in args.pdf]
    else:
        missing = [s for s, _ in SELECTION if not (SAMPLES / f"{s}.pdf").is_file()]
        if missing:
            print(
                "missing sample PDFs (run the sample generator first): " + ", ".join(missing), file=sys.stderr
            )
            return 1
        jobs = [(SAMPLES / f"{s}.pdf", v) for s, v in SELECTION]
    total = 0
    for pdf, variants in jobs:
        for path in make(pdf, variants, out):
            size = path.stat().st_size
            total += size
            print(
                f"{path.relative_to(out.parent) if out.parent in path.parents else path}  {size / 1024:.0f} KiB"
            )
    print(f"total {total / 1024 / 1024:.2f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
