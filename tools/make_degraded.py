"""Make a development set of degraded captures of the sample reports, for measuring OCR.

Usage:
    python tools/make_degraded.py [--out DIR] [--seed N] [--only fax_standard,phone] [--limit K]
                                  [--samples check|stem,stem,...]

Each selected sample PDF is rendered to page images and captured the way patients get their
reports: by fax (fine and standard mode), as a phone photo, as a photocopy of a photocopy, as a
low-quality JPEG, and as a slightly shaken photo. Every capture gets the expected result of the
report it came from (sample_reports/expected/<stem>.json), because a capture must say the same
about HER2 as its source.

Writes DIR/<stem>__<degradation>.<ext> and DIR/expected/<stem>__<degradation>.json. Nothing is
committed: the set is rebuilt from the seed on demand (benchmarks/eval_degraded.py does so), and
the same seed gives the same pixels (all randomness comes from random.Random; Pillow's own noise
generator is not seedable and is not used). Pure Pillow, no numpy.

Degradations (all pages of the report; one-page reports become one image file, longer ones a
multi-page TIFF for faxes or an image-only PDF, the way phone scanning apps save them):
    fax_fine       204x196 dpi, 1-bit, skewed 0.5-2 degrees, specks, a few dropped scan lines
    fax_standard   204x98 dpi (half the lines), 1-bit, skewed, specks
    phone          page on a desk, perspective (corners moved 2-6 %), a soft shadow across
                   part of the page, uneven light, slight defocus, sensor noise, JPEG 75
    photocopy      copy of a copy: grey toner background, boosted contrast, streaks, dark edge,
                   a small skew, 8-bit grey
    jpeg_low       150 dpi, JPEG quality 12-20 (blocky, ringing)
    motion_blur    200 dpi, blurred along a line of 4-7 px at a small angle, JPEG 85
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_scans import perspective_coeffs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
DEFAULT_OUT = Path("/tmp/her2cli-degraded")

# Other sample reports, none of them in SELECTION, with no PDF-only trap (white or off-page text,
# render mode 3) that a printout would not show: `--samples check` captures these, with another
# seed, to check that OCR fixes made on the development set were not fitted to it.
CHECK_SELECTION: tuple[str, ...] = (
    "breast_fish_group2_ihc1",  # negative
    "gastric_resection_her2neu_0plus",  # negative
    "cholangiocarcinoma_ihc1",  # negative
    "breast_ihc_range_0_1_cb11",  # negative
    "esophagus_resection_ihc2_equivocal",  # equivocal
    "breast_uk_her2neu_positive_score3_a4",  # positive
    "esophagus_barrett_adeno_ihc3",  # positive
    "endometrial_serous_ihc2_fish_amp",  # positive
    "salivary_duct_carcinoma_ihc3",  # positive
    "crc_primary_ihc1_liver_met_ihc3",  # positive
    "crc_her2_testing_recommended",  # not_found
    "gastric_her2_not_performed_insufficient",  # not_found
)

# Reports chosen to cover every status, several tumor types, tables, letters, FISH and the traps
# that OCR noise can turn into a wrong call (history of another cancer, controls, negation).
SELECTION: tuple[str, ...] = (
    "breast_core_biomarker_table_ihc3",  # positive, table row
    "crc_ihc2_fish_amplified",  # positive, IHC 2+ then FISH
    "gastric_biopsy_ihc3_cluster",  # positive, gastric cluster
    "breast_addendum_revised_positive",  # positive, 2 pages, revised call
    "crc_consult_letter_her2_positive",  # positive, letter prose
    "breast_two_parts_ihc1_and_ihc3",  # positive, two parts
    "breast_ihc2_fish_nonamp_wrapped_table",  # negative, wrapped table
    "crc_resection_dmmr_braf_her2_0",  # negative, CRC with MMR
    "gastric_fish_ratio_1_6_negative",  # negative, FISH ratio
    "breast_her2_low_statement_liver_met",  # negative, HER2-low
    "crc_negation_scope_ihc1_fish_neg",  # negative, 2 pages, negation
    "breast_ln_fna_cellblock_ihc2_no_ish",  # equivocal
    "ovarian_mucinous_ihc2_equivocal",  # equivocal
    "crc_history_her2pos_breast_no_own_result",  # not_found: history of breast cancer, 2 pages
    "crc_her2_controls_only_addendum",  # not_found: control tissue only, 2 pages
    "lung_biopsy_no_her2_egfr",  # not_found
    # Layout (issue 16): a two-column pathology layout and one more biomarker table. Sample i is
    # captured in degradations i, i+2, i+4 (mod 6), so the tables above, all at even places,
    # were never faxed in standard mode, photocopied or shaken; this one, 18th, is.
    "breast_two_col_path_layout_ihc3_fish",  # positive, two columns of label/value pairs
    "breast_core_ihc0_ultralow_table",  # negative (ultralow), table row "0+"
)

Pages = list[Image.Image]


def seeded(name: str, seed: int) -> random.Random:
    return random.Random(zlib.crc32(f"{seed}:{name}".encode()))


def render(pdf_path: Path, dpi: int) -> Pages:
    """Every page as 8-bit grey at `dpi`."""
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


def noise_image(size: tuple[int, int], rng: random.Random, amplitude: float) -> Image.Image:
    """Seeded noise around 128 (+-amplitude*128), made at half size and scaled up like sensor grain."""
    w, h = max(1, size[0] // 2), max(1, size[1] // 2)
    raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    grain = raw.point(lambda v: round(128 + (v - 128) * amplitude))
    return grain.resize(size, Image.Resampling.BILINEAR)


def add_noise(im: Image.Image, rng: random.Random, amplitude: float) -> Image.Image:
    return ImageChops.add(im, noise_image(im.size, rng, amplitude), scale=1.0, offset=-128)


def specks(im: Image.Image, rng: random.Random, fraction: float) -> Image.Image:
    """Flip `fraction` of the pixels of a 1-bit or grey image to black or white, plus 2x2 specks."""
    im = im.copy()
    px = im.load()
    assert px is not None
    w, h = im.size
    for _ in range(int(w * h * fraction)):
        px[rng.randrange(w), rng.randrange(h)] = 0 if rng.random() < 0.5 else 255
    for _ in range(int(w * h * fraction / 20)):
        x, y = rng.randrange(w - 1), rng.randrange(h - 1)
        for dx in (0, 1):
            for dy in (0, 1):
                px[x + dx, y + dy] = 0
    return im


def turn(im: Image.Image, angle: float, fill: int = 255) -> Image.Image:
    return im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)


def small_angle(rng: random.Random, low: float, high: float) -> float:
    return rng.uniform(low, high) * rng.choice((-1, 1))


def to_fax(page: Image.Image, rng: random.Random, vertical_dpi: int) -> Image.Image:
    """A printout through a fax machine: skewed, soft, thresholded to 1 bit, specks, lost lines.

    `page` is at 200 dpi; standard mode (98 lines per inch) keeps every other scan line.
    """
    im = turn(page, small_angle(rng, 0.5, 2.0)).filter(ImageFilter.GaussianBlur(0.6))
    w, h = im.size
    if vertical_dpi < 150:
        im = im.resize((round(w * 204 / 200), round(h * vertical_dpi / 200)), Image.Resampling.BOX)
    else:
        im = im.resize((round(w * 204 / 200), round(h * 196 / 200)), Image.Resampling.BOX)
    threshold = rng.randint(135, 165)
    bw = im.point(lambda v: 255 if v > threshold else 0)
    bw = specks(bw, rng, 0.002)
    draw = ImageDraw.Draw(bw)
    for _ in range(rng.randint(1, 4)):  # a scan line the modem dropped: a white streak
        y = rng.randrange(bw.height)
        draw.line([(0, y), (bw.width, y)], fill=255)
    return bw.convert("1", dither=Image.Dither.NONE)


def fax_fine(page: Image.Image, rng: random.Random) -> Image.Image:
    return to_fax(page, rng, 196)


def fax_standard(page: Image.Image, rng: random.Random) -> Image.Image:
    return to_fax(page, rng, 98)


def shadow_mask(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A soft-edged shadow (a hand or the phone) over one side of the page: 255 = full shadow."""
    w, h = size
    small = (max(1, w // 8), max(1, h // 8))
    mask = Image.new("L", small, 0)
    sw, sh = small
    side = rng.choice(("left", "right", "top", "bottom"))
    depth = rng.uniform(0.25, 0.45)
    if side == "left":
        poly = [(0, 0), (sw * depth, 0), (sw * depth * rng.uniform(0.5, 1.3), sh), (0, sh)]
    elif side == "right":
        poly = [(sw, 0), (sw * (1 - depth), 0), (sw * (1 - depth * rng.uniform(0.5, 1.3)), sh), (sw, sh)]
    elif side == "top":
        poly = [(0, 0), (sw, 0), (sw, sh * depth * rng.uniform(0.5, 1.3)), (0, sh * depth)]
    else:
        poly = [(0, sh), (sw, sh), (sw, sh * (1 - depth * rng.uniform(0.5, 1.3))), (0, sh * (1 - depth))]
    ImageDraw.Draw(mask).polygon(poly, fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(max(2.0, sw / 25)))
    return mask.resize(size, Image.Resampling.BILINEAR)


def phone(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page on a desk, photographed a little off-axis, in uneven light with a shadow on it."""
    w, h = page.size
    margin = int(w * 0.07)
    canvas_size = (w + 2 * margin, h + 2 * margin)
    desk = Image.new("L", canvas_size, rng.randint(60, 110))
    desk.paste(page, (margin, margin))
    cw, ch = canvas_size

    def j(k: float) -> float:
        return rng.uniform(0.02, k)

    far_top = rng.random() < 0.7  # usually the top edge is further from the lens
    dst = [
        (cw * (j(0.06) if far_top else j(0.02)), ch * j(0.03)),
        (cw * (1 - (j(0.06) if far_top else j(0.02))), ch * j(0.03)),
        (cw * (1 - j(0.02)), ch * (1 - j(0.02))),
        (cw * j(0.02), ch * (1 - j(0.02))),
    ]
    src = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    shot = desk.transform(
        canvas_size,
        Image.Transform.PERSPECTIVE,
        perspective_coeffs(dst, src),
        Image.Resampling.BICUBIC,
        fillcolor=70,
    )
    shot = ImageEnhance.Contrast(shot).enhance(rng.uniform(0.55, 0.8))
    shade = rng.uniform(0.45, 0.6)
    dark = shot.point(lambda v: int(v * shade))
    shot = Image.composite(dark, shot, shadow_mask(canvas_size, rng))
    light = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize(canvas_size)
    shot = Image.composite(shot, shot.point(lambda v: int(v * 0.8)), light.point(lambda v: 255 - v // 3))
    shot = shot.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    shot = add_noise(shot, rng, 0.10)
    return Image.merge("RGB", (shot, shot.point(lambda v: int(v * 0.97)), shot.point(lambda v: int(v * 0.9))))


def photocopy(page: Image.Image, rng: random.Random) -> Image.Image:
    """A copy of a copy: grey toner haze, darker strokes, streaks, a dark edge, a small skew."""
    im = turn(page, small_angle(rng, 0.3, 1.5))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    im = im.point(lambda v: 0 if v < 90 else min(255, int((v - 90) * 1.6)))  # copies thicken and darken ink
    im = ImageChops.multiply(im, Image.new("L", im.size, rng.randint(205, 230)))  # grey background
    im = add_noise(im, rng, 0.12)
    draw = ImageDraw.Draw(im)
    for _ in range(rng.randint(1, 3)):  # drum streaks run down the page
        x = rng.randrange(im.width)
        draw.line(
            [(x, 0), (x + rng.randint(-20, 20), im.height)],
            fill=rng.randint(90, 150),
            width=rng.randint(1, 3),
        )
    edge = rng.randint(20, 60)
    draw.rectangle([0, 0, edge, im.height], fill=40)  # the lid left open on one side
    return specks(im, rng, 0.0006)


def jpeg_low(page: Image.Image, rng: random.Random) -> Image.Image:
    """A 150 dpi colour photo saved at JPEG quality 12-20, decoded again."""
    rgb = Image.merge("RGB", (page, page, page.point(lambda v: int(v * 0.96))))
    buf = io.BytesIO()
    rgb.save(buf, format="JPEG", quality=rng.randint(12, 20))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def motion_blur(page: Image.Image, rng: random.Random) -> Image.Image:
    """The phone moved while the shutter was open: the average of copies shifted along a line."""
    length = rng.randint(4, 7)
    angle = math.radians(rng.uniform(-20, 20))
    acc = page
    for k in range(1, length):
        dx, dy = round(k * math.cos(angle)), round(k * math.sin(angle))
        shifted = ImageChops.offset(page, dx, dy)
        acc = Image.blend(acc, shifted, 1 / (k + 1))
    return add_noise(acc, rng, 0.06).convert("RGB")


Effect = Callable[[Image.Image, random.Random], Image.Image]
# name -> (render dpi, effect, file writer kind)
DEGRADATIONS: dict[str, tuple[int, Effect, str]] = {
    "fax_fine": (200, fax_fine, "fax_fine"),
    "fax_standard": (200, fax_standard, "fax_standard"),
    "phone": (200, phone, "jpeg75"),
    "photocopy": (200, photocopy, "gray"),
    "jpeg_low": (150, jpeg_low, "jpeg95"),
    "motion_blur": (200, motion_blur, "jpeg85"),
}


# ------------------------------------------------------------------------------------ writers

FIXED_DATE = time.struct_time((2026, 1, 1, 0, 0, 0, 3, 1, 0))  # Pillow stamps "now" unless told


def write(pages: Pages, out_stem: Path, kind: str, dpi: int) -> Path:
    """Save like the device would: fax TIFF (G4/G3 with its real resolution), JPEG, PNG or, for
    several pages from a phone or copier, an image-only PDF."""
    if kind.startswith("fax"):
        path = out_stem.with_suffix(".tif")
        resolution = (204, 98) if kind == "fax_standard" else (204, 196)
        compression = "group3" if kind == "fax_standard" else "group4"
        pages[0].save(
            path,
            format="TIFF",
            save_all=True,
            append_images=pages[1:],
            compression=compression,
            dpi=resolution,
        )
        return path
    if len(pages) > 1:
        path = out_stem.with_suffix(".pdf")
        pages[0].save(
            path,
            format="PDF",
            save_all=True,
            append_images=pages[1:],
            resolution=dpi,
            creationDate=FIXED_DATE,
            modDate=FIXED_DATE,
            producer="her2cli tools/make_degraded.py",
        )
        return path
    if kind == "gray":
        path = out_stem.with_suffix(".png")
        pages[0].save(path, format="PNG", dpi=(dpi, dpi))
        return path
    path = out_stem.with_suffix(".jpg")
    quality = int(kind.removeprefix("jpeg"))
    pages[0].save(path, format="JPEG", quality=quality, dpi=(72, 72))  # phones claim 72 dpi
    return path


def capture(pdf: Path, degradation: str, out_dir: Path, seed: int) -> Path:
    """Write one degraded capture of `pdf` and its expected result; returns the image path."""
    dpi, effect, kind = DEGRADATIONS[degradation]
    stem = f"{pdf.stem}__{degradation}"
    rng = seeded(stem, seed)
    pages = [effect(p, rng) for p in render(pdf, dpi)]
    path = write(pages, out_dir / stem, kind, dpi)
    expected = json.loads((pdf.parent / "expected" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
    expected["_capture_of"] = pdf.name
    expected["_degradation"] = degradation
    (out_dir / "expected").mkdir(parents=True, exist_ok=True)
    (out_dir / "expected" / f"{stem}.json").write_text(
        json.dumps(expected, indent=2) + "\n", encoding="utf-8"
    )
    return path


def plan(samples: Sequence[str], degradations: Sequence[str], per_sample: int) -> list[tuple[str, str]]:
    """Which captures to make: sample i gets `per_sample` degradations, stepping by two from i.

    With the 18 samples, 6 degradations and 3 per sample, every degradation gets 9 reports (54
    captures) of every status: enough to measure, small enough to OCR a few times an afternoon.
    """
    n = len(degradations)
    if per_sample >= n:
        return [(s, d) for d in degradations for s in samples]
    chosen = []
    for i, stem in enumerate(samples):
        for k in range(per_sample):
            chosen.append((stem, degradations[(i + 2 * k) % n]))
    return sorted(chosen, key=lambda sd: (degradations.index(sd[1]), sd[0]))


def build(
    out_dir: Path,
    *,
    seed: int = 1,
    degradations: Sequence[str] = tuple(DEGRADATIONS),
    samples: Sequence[str] = SELECTION,
    limit: int | None = None,
    per_sample: int = 3,
) -> list[Path]:
    """The planned captures, made unless already in `out_dir` (a stamp file names the seed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = out_dir / "SEED"
    if stamp.exists() and stamp.read_text().strip() != str(seed):
        for old in [*out_dir.glob("*__*"), *(out_dir / "expected").glob("*__*.json")]:
            old.unlink()
    stamp.write_text(f"{seed}\n")
    written: list[Path] = []
    for stem, degradation in plan(samples[:limit] if limit else samples, tuple(DEGRADATIONS), per_sample):
        if degradation not in degradations:
            continue
        existing = [p for p in out_dir.glob(f"{stem}__{degradation}.*") if p.is_file()]
        if existing and (out_dir / "expected" / f"{stem}__{degradation}.json").exists():
            written.append(existing[0])
            continue
        written.append(capture(SAMPLES / f"{stem}.pdf", degradation, out_dir, seed))
    return written


def chosen_samples(option: str) -> tuple[str, ...]:
    """The samples an option names: '' the development set, 'check' the check set, else stems."""
    if not option:
        return SELECTION
    if option == "check":
        return CHECK_SELECTION
    return tuple(s for s in option.split(",") if s)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", default="", help="comma-separated degradations (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="only the first K samples of the selection")
    ap.add_argument("--per-sample", type=int, default=3, help="degradations per sample (6 = all of them)")
    ap.add_argument(
        "--samples",
        default="",
        help="comma-separated sample stems, or 'check' for the overfitting check set (default: the development set)",
    )
    args = ap.parse_args(argv)
    samples = chosen_samples(args.samples)
    chosen = [d for d in args.only.split(",") if d] or list(DEGRADATIONS)
    unknown = [d for d in chosen if d not in DEGRADATIONS]
    if unknown:
        ap.error(f"unknown degradation(s): {', '.join(unknown)}; choose from {', '.join(DEGRADATIONS)}")
    missing = [s for s in samples if not (SAMPLES / f"{s}.pdf").is_file()]
    if missing:
        print("missing sample PDFs (run tools/make_samples.py first): " + ", ".join(missing), file=sys.stderr)
        return 1
    paths = build(
        args.out,
        seed=args.seed,
        degradations=chosen,
        samples=samples,
        limit=args.limit,
        per_sample=args.per_sample,
    )
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} captures in {args.out}, {total / 1024 / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
