"""Page images made ready for OCR: straightened, despeckled, scaled, flattened, deskewed.

Everything here is Pillow only (imported lazily so text reports never pay for it). What each
step does and why is said at the step; `ocr.ocr_image` decides which steps a page gets. Decoding
files (page cap, pixel guard, image modes) is imagefiles' job; its names are re-exported here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .imagefiles import (
    BILEVEL,
    DEFAULT_MAX_OCR_PAGES,
    MAX_OCR_PAGES_ENV,
    fix_aspect,
    load_image_frames,
    max_ocr_pages,
    to_gray,
    too_many_pages,
)
from .ocr_layout import OcrText
from .pagequad import straighten_page

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "BILEVEL",
    "DEFAULT_MAX_OCR_PAGES",
    "MAX_OCR_PAGES_ENV",
    "MAX_OCR_PIXELS",
    "fix_aspect",
    "UPSCALE_DPI",
    "deskew_page",
    "prepare",
    "CleanUp",
    "despeckle",
    "estimate_dpi",
    "estimate_skew",
    "load_image_frames",
    "max_ocr_pages",
    "too_many_pages",
    "rescale",
    "speckle_fraction",
    "to_gray",
]

# Resolution policy (docs/performance.md §2): 200 dpi reads clean pages as well as 300 and twice as fast;
# 300 helps degraded scans. Images below MIN_DPI are upscaled to UPSCALE_DPI.
MIN_DPI = 180
UPSCALE_DPI = 300
MAX_UPSCALE = 4.0
# Pages are assumed to be about this wide (US Letter / A4) when an image says nothing reliable
# about its resolution (phone photos claim 72 dpi whatever they show).
PAGE_WIDTH_INCHES = 8.5
# Never hand Tesseract more than this many pixels: time and memory grow with it, text does not.
MAX_OCR_PIXELS = 60_000_000


# Salt-and-pepper noise (fax, 1-bit scans): speck pixels (see _specks) per pixel of page. On the
# degraded set clean renders and phone photos measure under 0.0001, photocopies 0.0003-0.0007,
# faxes (fine or standard mode) 0.001-0.0013; removing the specks raised word recall from
# 0.88-0.96 to 0.92-0.98 on the sample faxes, and made Tesseract faster.
SPECKLE_FRACTION = 0.0002
BILEVEL_THRESHOLD = 160  # after the blur: a little over half, so thin strokes stay whole

# Paper brightness spread (5th to 95th percentile of the lighting) above which a page is
# flattened: even scans measure 0-10, phone photos with a shadow 60-120.
UNEVEN_LIGHT = 40
SPECK_PIXELS = 4  # ink pixels in a 9x9 box at or under which a dark pixel is a speck, not print

# Deskew: search +-3 degrees in 0.5 degree steps, then refine in 0.1 steps, on a small image.
SKEW_RANGE = 3.0
SKEW_STEP = 0.5
SKEW_FINE_STEP = 0.1
SKEW_WORK_WIDTH = 800
MIN_SKEW_TO_FIX = 0.2


def estimate_dpi(image: Image.Image) -> float:
    """The image's resolution: its own dpi tag when that fits a page, else from the page size.

    Cameras write 72 dpi whatever they show (a 3000-pixel photo "42 inches wide"), so a tag is
    believed only when it makes the short side a plausible paper size, 2-17 inches; otherwise
    the short side is taken to be a page width.
    """
    tag = image.info.get("dpi")
    short = min(image.size)
    if isinstance(tag, tuple) and len(tag) == 2:
        try:
            x = float(tag[0])
        except (TypeError, ValueError):
            x = 0.0
        if 50 <= x <= 1200 and 2 <= short / x <= 17:
            return x
    return short / PAGE_WIDTH_INCHES


def rescale(gray: Image.Image, dpi: float, target_dpi: float | None) -> tuple[Image.Image, float]:
    """Scale so text is 200-300 dpi-equivalent: upscale small images, cap huge ones."""
    from PIL import Image

    if target_dpi is None:
        target_dpi = UPSCALE_DPI if dpi < MIN_DPI else dpi
    factor = min(target_dpi / dpi, MAX_UPSCALE)
    pixels = gray.width * gray.height * factor * factor
    if pixels > MAX_OCR_PIXELS:
        factor *= math.sqrt(MAX_OCR_PIXELS / pixels)
    if abs(factor - 1.0) < 0.05:
        return gray, dpi
    size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
    resample = Image.Resampling.BICUBIC if factor > 1 else Image.Resampling.LANCZOS
    return gray.resize(size, resample), dpi * factor


def _specks(gray: Image.Image) -> Image.Image:
    """A mask (255) of the dark pixels with at most SPECK_PIXELS pixels of ink in their 9x9 box.

    Text never leaves so little ink in a box that size (even a full stop of small print sits
    within 4 pixels of its letters), so this is scanner and fax noise and nothing else. A box,
    not a pixel's 3x3 neighbours: a standard-mode fax (98 lines per inch) stretched to square
    pixels turns each one-pixel speck into a pair of rows, which a "no dark neighbour" count
    never saw (all 9 standard-mode faxes of the degraded set measured 0 and kept their specks,
    which Tesseract read as a line of "re vovewe Ld ee" above the HER2 row).
    """
    from PIL import ImageChops, ImageFilter

    threshold = otsu_threshold(gray)
    ink = gray.point(lambda v: 255 if v <= threshold else 0)
    limit = round(255 * (SPECK_PIXELS + 0.5) / 81)
    sparse = ink.filter(ImageFilter.BoxBlur(4)).point(lambda v: 255 if v <= limit else 0)
    return ImageChops.multiply(ink, sparse)


def speckle_fraction(gray: Image.Image) -> float:
    """Share of the page's pixels that are specks (see _specks): clean renders and phone photos
    measure under 0.0001, photocopies 0.0003-0.0007, faxes in either mode about 0.001."""
    return _specks(gray).histogram()[255] / max(1, gray.width * gray.height)


def despeckle(gray: Image.Image) -> tuple[Image.Image, bool]:
    """Remove specks on noisy pages: dark pixels with at most SPECK_PIXELS of ink within 4 pixels.

    Not a median filter: a 3x3 median also erases full stops, and on the degraded set that
    turned a fax's "ratio 1.5" into "ratio 15" and a non-amplified FISH into an amplified one.
    A full stop of small print on a 200 dpi fax can be as small as 2x2 pixels, the size of a
    speck, but it sits within 4 pixels of its digits; a speck in white space has no other ink
    in its 9x9 box. Specks left next to "3+" were read as "~ . 3+ . ," with confidence 0.
    Clean pages are left alone.
    """
    specks = _specks(gray)
    if specks.histogram()[255] < SPECKLE_FRACTION * gray.width * gray.height:
        return gray, False
    cleaned = gray.copy()
    cleaned.paste(255, mask=specks)
    return cleaned, True


def background(gray: Image.Image) -> Image.Image:
    """The page's lighting without the print, at 1/8 scale: a max filter wider than any letter
    (7 cells = 56 pixels, over 1/4 inch at 200 dpi) then a blur, so ink never shows through."""
    from PIL import Image, ImageFilter

    small = gray.resize((max(1, gray.width // 8), max(1, gray.height // 8)), Image.Resampling.BOX)
    return small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(3))


def lighting_spread(light: Image.Image) -> int:
    """Levels between the 5th and the 95th percentile of a lighting image."""
    hist = light.histogram()[:256]
    total = sum(hist)
    low = high = None
    seen = 0
    for level, count in enumerate(hist):
        seen += count
        if low is None and seen >= total * 0.05:
            low = level
        if seen >= total * 0.95:
            high = level
            break
    return (high or 0) - (low or 0)


def flatten_illumination(gray: Image.Image) -> tuple[Image.Image, bool]:
    """Divide the page by its lighting, so a shadow or a dim corner becomes white paper again.

    Tesseract binarizes with one global threshold: under a phone's shadow whole paragraphs fall
    below it and vanish (on the degraded set, the line with the HER2 score). Only pages whose
    paper brightness varies by more than UNEVEN_LIGHT levels are touched (~0.1 s at 200 dpi);
    scans and faxes have even paper and stay exactly as they were.
    """
    from PIL import Image, ImageFilter, ImageMath

    light = background(gray)
    if lighting_spread(light) <= UNEVEN_LIGHT:
        return gray, False
    full = light.resize(gray.size, Image.Resampling.BILINEAR)
    flat = ImageMath.lambda_eval(
        lambda a: a["page"] * 255.0 / (a["light"] + 1.0), page=gray.convert("F"), light=full.convert("F")
    )
    # Only photos have uneven light, and a phone's sensor grain, divided up with the paper, was
    # read as words between a table's label and its value ("signals per cell suse ay ; SSE 3.5"):
    # a 3x3 median takes it out (HER2-line confidence 79 -> 88 on the degraded phone set).
    return flat.convert("L").filter(ImageFilter.MedianFilter(3)), True


def otsu_threshold(gray: Image.Image) -> int:
    """Otsu's global threshold from the histogram: values <= it are ink (pure Python is cheap on 256 bins)."""
    hist = gray.histogram()[:256]
    total = sum(hist)
    if total == 0:
        return 128
    sum_all = sum(i * h for i, h in enumerate(hist))
    sum_bg = 0.0
    weight_bg = 0
    best, best_var = 128, -1.0
    for t in range(256):
        weight_bg += hist[t]
        if weight_bg == 0:
            continue
        weight_fg = total - weight_bg
        if weight_fg == 0:
            break
        sum_bg += t * hist[t]
        mean_bg = sum_bg / weight_bg
        mean_fg = (sum_all - sum_bg) / weight_fg
        between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
        if between > best_var:
            best_var, best = between, t
    return best


def _profile_score(ink: Image.Image, angle: float) -> float:
    """How sharply ink rows stand out after turning by `angle`: text lines that run level give
    rows of dense ink next to empty gaps, so the sum of squared row-to-row changes peaks there.

    NEAREST rotation is 10x faster than bilinear here and the row sums do not need better.
    """
    from PIL import Image

    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0) if angle else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()  # mean ink of each row
    return float(sum((b - a) ** 2 for a, b in zip(rows, rows[1:], strict=False)))


def estimate_skew(gray: Image.Image) -> float:
    """Angle in degrees (counter-clockwise, as `Image.rotate` takes it) that levels the text lines.

    A projection-profile search over +-3 degrees on a downscaled, binarized copy: enough for
    scanner and fax skew; Tesseract copes with the residue below 0.1 degree.
    """
    from PIL import Image

    small = gray
    if gray.width > SKEW_WORK_WIDTH:
        h = max(1, round(gray.height * SKEW_WORK_WIDTH / gray.width))
        small = gray.resize((SKEW_WORK_WIDTH, h), Image.Resampling.BOX)
    threshold = otsu_threshold(small)
    ink = small.point(lambda v: 255 if v <= threshold else 0)
    steps = round(SKEW_RANGE / SKEW_STEP)
    coarse = [i * SKEW_STEP for i in range(-steps, steps + 1)]
    scores = {a: _profile_score(ink, a) for a in coarse}
    best = max(scores, key=lambda a: (scores[a], -abs(a)))
    fine = [best + i * SKEW_FINE_STEP for i in range(-4, 5) if i]
    scores.update({round(a, 2): _profile_score(ink, a) for a in fine if abs(a) <= SKEW_RANGE + SKEW_STEP})
    best = max(scores, key=lambda a: (scores[a], -abs(a)))
    if scores[best] <= scores[0.0] * 1.01:  # no real peak: a blank page or a photo, leave it
        return 0.0
    return float(best)


def deskew_page(gray: Image.Image) -> tuple[Image.Image, float]:
    from PIL import Image

    angle = estimate_skew(gray)
    if abs(angle) < MIN_SKEW_TO_FIX:
        return gray, 0.0
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), angle


@dataclass(frozen=True)
class CleanUp:
    """What `prepare` did to a page, carried into the OcrText for diagnostics and benchmarks."""

    despeckled: bool = False
    flattened: bool = False
    deskewed: bool = False  # deskew was asked for (it may have found nothing to fix)
    skew: float = 0.0
    straightened: bool = False  # a phone photo's page quad was warped to a rectangle

    @property
    def cleaned(self) -> bool:
        return self.despeckled or self.flattened or self.straightened

    def describe(self, reading: OcrText, dpi: int, rotation: int, extra_skew: float = 0.0) -> OcrText:
        return replace(
            reading,
            dpi=dpi,
            rotation=rotation,
            skew=self.skew + extra_skew,
            despeckled=self.despeckled,
            flattened=self.flattened,
            straightened=self.straightened,
        )


def smooth_bilevel(gray: Image.Image, dpi: float) -> Image.Image:
    """Round off the staircase edges of a 1-bit page (a fax) scaled up to 300 dpi: blur by a
    third of a point, then threshold again. Tesseract reads smooth strokes better than blocks;
    on standard-mode faxes of the degraded set this turned 2 of 4 unreadable HER2 lines into
    results."""
    from PIL import ImageFilter

    return gray.filter(ImageFilter.GaussianBlur(dpi / 300)).point(
        lambda v: 0 if v < BILEVEL_THRESHOLD else 255
    )


def prepare(
    gray: Image.Image,
    dpi: float,
    target_dpi: float | None,
    *,
    clean: bool,
    deskew: bool,
    bilevel: bool = False,
) -> tuple[Image.Image, float, CleanUp]:
    """The page as Tesseract should see it: a photographed page cut out of the picture and warped
    to a rectangle (its resolution is then estimated from the page itself), specks removed
    (before any upscaling turns them into blobs), scaled to 200-300 dpi (1-bit pages to 300 and
    smoothed), lighting flattened, small skew levelled. Each clean-up step runs only where the
    page needs it, so a clean scan costs a few cheap measurements."""
    despeckled = flattened = straightened = False
    if clean and not bilevel:  # a fax or a 1-bit scan has no desk around its page
        gray, straightened = straighten_page(gray)
        if straightened:
            dpi = estimate_dpi(gray)
    if clean:
        gray, despeckled = despeckle(gray)
    if clean and bilevel:
        target_dpi = max(target_dpi or 0.0, UPSCALE_DPI)
    gray, effective_dpi = rescale(gray, dpi, target_dpi)
    if clean and bilevel:
        gray = smooth_bilevel(gray, effective_dpi)
    if clean:
        gray, flattened = flatten_illumination(gray)
    skew = 0.0
    if deskew:
        gray, skew = deskew_page(gray)
    return gray, effective_dpi, CleanUp(despeckled, flattened, deskew, skew, straightened)
