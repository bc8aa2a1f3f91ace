"""OCR for scanned PDFs and photos: Tesseract's command line on a cleaned-up page image.

Why the CLI and not pytesseract: one fewer dependency, and pytesseract does nothing we need
beyond `subprocess.run`. Why `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP threads make it 2.5-3x
slower on a 2-core machine (shared/perf.md §2); pages are run in parallel instead.

The page image goes to Tesseract on stdin, so no copy of a patient's report is ever written to
a temporary file. Error messages name the file and what to do, never report text.

Pipeline for one page (`ocr_image`): grayscale -> median filter if the page has fax-like
specks -> scale to a useful resolution -> small-angle deskew (projection profile, pure Pillow)
-> OCR (`--psm 3`, TSV) -> if that looks poor, orientation detection (`--psm 0`, needs
`osd.traineddata`) and, when it is confident, a second OCR of the page turned upright.
`ocr_pdf_page` adds the 200 -> 300 dpi retry for poor PDF pages and keeps the better reading.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from her2cli.errors import (
    Her2cliError,
    NotAReportError,
    OcrUnavailableError,
    TimeoutExceededError,
    TooLargeError,
)
from her2cli.sources.base import Page

if TYPE_CHECKING:  # Pillow and pypdfium2 are imported lazily: text reports never pay for them.
    import pypdfium2
    from PIL import Image

__all__ = [
    "OcrText",
    "load_image_frames",
    "ocr_image",
    "ocr_pages_from_images",
    "ocr_pdf_page",
    "render_pdf_page",
    "tesseract_path",
]

TESSERACT_ENV = "HER2CLI_TESSERACT"
NOT_INSTALLED = (
    "Tesseract OCR is not installed; install it (Debian/Ubuntu: sudo apt-get install tesseract-ocr; "
    "macOS: brew install tesseract; Windows: see the README) or pass a text PDF"
)

# Resolution policy (perf.md §2): 200 dpi reads clean pages as well as 300 and twice as fast;
# 300 helps degraded scans. Images below MIN_DPI are upscaled to UPSCALE_DPI.
MIN_DPI = 180
UPSCALE_DPI = 300
MAX_UPSCALE = 4.0
# Pages are assumed to be about this wide (US Letter / A4) when an image says nothing reliable
# about its resolution (phone photos claim 72 dpi whatever they show).
PAGE_WIDTH_INCHES = 8.5
# Never hand Tesseract more than this many pixels: time and memory grow with it, text does not.
MAX_OCR_PIXELS = 60_000_000

# A first pass at or above this mean word confidence is trusted without orientation detection,
# which costs about 0.5 s a page.
GOOD_CONFIDENCE = 80.0
# Tesseract's orientation confidence on a clean page is about 10-13; near 0 means a guess.
MIN_ORIENTATION_CONFIDENCE = 2.0

# Salt-and-pepper noise (fax, 1-bit scans): isolated dark pixels per pixel of page. Clean renders
# and photos measured under 0.00001, noisy faxes over 0.0013; a 3x3 median then raised word
# recall from 0.88-0.96 to 0.92-0.98 on the sample faxes, and made Tesseract faster.
SPECKLE_FRACTION = 0.0002

# Deskew: search +-3 degrees in 0.5 degree steps, then refine in 0.1 steps, on a small image.
SKEW_RANGE = 3.0
SKEW_STEP = 0.5
SKEW_FINE_STEP = 0.1
SKEW_WORK_WIDTH = 800
MIN_SKEW_TO_FIX = 0.2


@dataclass(frozen=True)
class OcrText:
    """Text Tesseract read from one page, with the confidence (0-100) of each word.

    `word_confidences` maps the character offset where a word starts in `text` to that word's
    confidence, so a finding built from a span of `text` can report how sure the OCR was.
    `dpi`, `rotation` (degrees turned counter-clockwise to make the page upright), `skew`
    (small-angle correction, degrees) and `despeckled` (noise filtered) describe what was done
    to the image, for diagnostics and benchmarks.
    """

    text: str
    mean_confidence: float | None
    word_confidences: dict[int, float] = field(default_factory=dict)
    dpi: int | None = None
    rotation: int = 0
    skew: float = 0.0
    despeckled: bool = False


# --------------------------------------------------------------------------- the binary


def tesseract_path() -> str | None:
    """Where the tesseract binary is, or None.

    `HER2CLI_TESSERACT` wins over PATH so a user with a non-standard install (Windows, a venv
    without PATH) can point at it; if it is set but wrong we say so rather than silently using
    another binary.
    """
    configured = os.environ.get(TESSERACT_ENV, "").strip()
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return configured
        return shutil.which(configured)
    return shutil.which("tesseract")


def _require_tesseract(source: str) -> str:
    path = tesseract_path()
    if path:
        return path
    if os.environ.get(TESSERACT_ENV, "").strip():
        raise OcrUnavailableError(
            source,
            f"{TESSERACT_ENV} does not point to a tesseract program; fix it, or unset it to use tesseract from PATH",
        )
    raise OcrUnavailableError(source, NOT_INSTALLED)


def _tesseract_env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _run_tesseract(
    image: Image.Image, args: Sequence[str], *, source: str, timeout: float
) -> subprocess.CompletedProcess[bytes]:
    """Run tesseract on `image` (sent on stdin as PNG) and return the finished process.

    Non-zero exits are returned, not raised: `--psm 0` exits 1 on pages with too little text,
    which only means "orientation unknown".
    """
    binary = _require_tesseract(source)
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)  # level 1: 3x faster to write, same pixels
    try:
        return subprocess.run(
            [binary, "stdin", "stdout", *args],
            input=buf.getvalue(),
            capture_output=True,
            timeout=timeout,
            env=_tesseract_env(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise TimeoutExceededError(
            source,
            f"OCR of one page took longer than {timeout:g} s; try a smaller or clearer scan, or a text PDF",
        ) from None
    except OSError as exc:
        raise OcrUnavailableError(
            source, f"Tesseract OCR could not be started ({exc.strerror or 'error'}); check the installation"
        ) from None


def _check_ocr_exit(proc: subprocess.CompletedProcess[bytes], source: str) -> None:
    """Turn a failed OCR run into a one-line, actionable error (Tesseract's stderr stays out of it)."""
    if proc.returncode == 0:
        return
    stderr = proc.stderr.decode("utf-8", "replace")
    if "Failed loading language" in stderr or "Error opening data file" in stderr:
        raise OcrUnavailableError(
            source,
            "Tesseract is installed without English data; install it (Debian/Ubuntu: sudo apt-get install "
            "tesseract-ocr-eng) or set TESSDATA_PREFIX",
        )
    raise OcrUnavailableError(
        source,
        f"Tesseract OCR failed on this page (exit code {proc.returncode}); check the installation or the image",
    )


# --------------------------------------------------------------------------- TSV -> text


LineKey = tuple[int, int, int, int]  # page, block, paragraph, line: Tesseract's TSV numbering
# A paragraph break becomes a blank line only when the page shows one: a vertical gap of at
# least this many median line heights. Tesseract makes every table row its own paragraph, and
# blank lines between the rows would cut "Mean HER2 signals per cell 3.5" off from its table.
BLANK_LINE_GAP = 1.2
TABLE_RULES = frozenset("|¦")  # Tesseract reads vertical table rules as "|" words


def _tsv_rows(tsv: str) -> tuple[dict[LineKey, tuple[int, int]], list[tuple[LineKey, float, str]]]:
    """Line boxes (top, height) and words (line, confidence, text) from Tesseract's TSV."""
    lines: dict[LineKey, tuple[int, int]] = {}
    words: list[tuple[LineKey, float, str]] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] not in ("4", "5"):
            continue
        try:
            key = (int(cols[1]), int(cols[2]), int(cols[3]), int(cols[4]))
            top, height, conf = int(cols[7]), int(cols[9]), float(cols[10])
        except ValueError:
            continue
        if cols[0] == "4":
            lines[key] = (top, height)
            continue
        word = cols[11].strip()
        if word and not set(word) <= TABLE_RULES:
            words.append((key, conf, word))
    return lines, words


def _line_break(prev: LineKey, key: LineKey, lines: dict[LineKey, tuple[int, int]], unit: float) -> str:
    """What goes between the last word of line `prev` and the first word of line `key`."""
    if key[:2] != prev[:2]:  # another block: a column, a box, a region of its own
        return "\n\n"
    if key[2] == prev[2]:
        return "\n"
    (top0, h0), (top1, _) = lines.get(prev, (0, 0)), lines.get(key, (0, 0))
    return "\n\n" if top1 - (top0 + h0) >= BLANK_LINE_GAP * unit else "\n"


def parse_tsv(tsv: str) -> OcrText:
    """Rebuild page text from Tesseract's TSV: words in reading order, laid out as lines.

    Words on one line are joined by a space and lines by a newline. A new block (Tesseract's
    region: a column, a box) starts after a blank line, and so does a new paragraph, but only
    where the page shows a gap. Words that are only "|" are table rules, not text, and are
    dropped. Each word's start offset is recorded so its confidence can be looked up.
    """
    lines, words = _tsv_rows(tsv)
    heights = sorted(h for _, h in lines.values() if h > 0)
    unit = float(heights[len(heights) // 2]) if heights else 1.0
    parts: list[str] = []
    confidences: dict[int, float] = {}
    length = 0
    previous: LineKey | None = None
    for key, conf, word in words:
        if previous is not None:
            sep = " " if key == previous else _line_break(previous, key, lines, unit)
            parts.append(sep)
            length += len(sep)
        confidences[length] = max(0.0, min(100.0, conf))
        parts.append(word)
        length += len(word)
        previous = key
    mean = sum(confidences.values()) / len(confidences) if confidences else None
    return OcrText(text="".join(parts), mean_confidence=mean, word_confidences=confidences)


# --------------------------------------------------------------------------- image clean-up


def _to_gray(image: Image.Image) -> Image.Image:
    """8-bit grayscale, with transparency flattened onto white (not black, Pillow's default)."""
    from PIL import Image

    if image.mode == "L":
        return image
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        # 16-bit scans: scale to 8 bits instead of clipping everything above 255 to white.
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if image.mode == "F":
        return image.convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode not in ("RGB", "1"):
        image = image.convert("RGB")
    return image.convert("L")


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


def _rescale(gray: Image.Image, dpi: float, target_dpi: float | None) -> tuple[Image.Image, float]:
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


def speckle_fraction(gray: Image.Image) -> float:
    """Share of pixels that are dark specks with no dark neighbour in their 3x3 box.

    Text never leaves single dark pixels behind (even a full stop is several), so this counts
    scanner and fax noise and nothing else.
    """
    from PIL import ImageChops, ImageFilter

    threshold = _otsu_threshold(gray)
    ink = gray.point(lambda v: 255 if v <= threshold else 0)
    # mean of the 3x3 box is 255/9 = 28 for a dark pixel alone in it
    alone = ink.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v <= 40 else 0)
    return ImageChops.multiply(ink, alone).histogram()[255] / max(1, gray.width * gray.height)


def _despeckle(gray: Image.Image) -> tuple[Image.Image, bool]:
    """A 3x3 median filter, only on noisy pages: on clean ones it would thin small print."""
    from PIL import ImageFilter

    if speckle_fraction(gray) < SPECKLE_FRACTION:
        return gray, False
    return gray.filter(ImageFilter.MedianFilter(3)), True


def _otsu_threshold(gray: Image.Image) -> int:
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
    threshold = _otsu_threshold(small)
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


def _deskew(gray: Image.Image) -> tuple[Image.Image, float]:
    from PIL import Image

    angle = estimate_skew(gray)
    if abs(angle) < MIN_SKEW_TO_FIX:
        return gray, 0.0
    return gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255), angle


def _detect_orientation(gray: Image.Image, dpi: float, *, source: str, timeout: float) -> tuple[int, float]:
    """Tesseract OSD: degrees to turn the page counter-clockwise, and how sure it is.

    OSD must see the page at full resolution: on a half-size copy it guessed wrong with
    confidence ~0.05. A page with too little text makes it exit 1; that means "unknown".
    """
    proc = _run_tesseract(gray, ["--psm", "0", "--dpi", str(round(dpi))], source=source, timeout=timeout)
    if proc.returncode != 0:
        return 0, 0.0
    rotate, confidence = 0, 0.0
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        name, _, value = line.partition(":")
        try:
            if name.strip() == "Rotate":
                rotate = int(value.strip()) % 360
            elif name.strip() == "Orientation confidence":
                confidence = float(value.strip())
        except ValueError:
            continue
    # Tesseract's "Rotate: 90" means turn the image 90 degrees clockwise; Pillow turns
    # counter-clockwise, hence the sign.
    return (-rotate) % 360, confidence


def _ocr_pass(gray: Image.Image, dpi: float, *, source: str, timeout: float) -> OcrText:
    proc = _run_tesseract(
        gray, ["--psm", "3", "--dpi", str(round(dpi)), "-l", "eng", "tsv"], source=source, timeout=timeout
    )
    _check_ocr_exit(proc, source)
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _better(a: OcrText, b: OcrText) -> OcrText:
    """The more trustworthy of two readings of one page.

    Counted in words read with confidence 60 or more, then by mean confidence: a mean alone
    would prefer three lucky words off a sideways page to a full page read at 88.
    """

    def key(r: OcrText) -> tuple[int, float]:
        sure = sum(1 for c in r.word_confidences.values() if c >= 60)
        return (sure, r.mean_confidence if r.mean_confidence is not None else -1.0)

    return b if key(b) > key(a) else a


def ocr_image(
    image: Image.Image,
    *,
    source: str,
    timeout: float = 60.0,
    dpi: float | None = None,
    target_dpi: float | None = None,
    orient: bool = True,
    deskew: bool = True,
    clean: bool = True,
) -> OcrText:
    """OCR one page image.

    `dpi` is the image's resolution when the caller knows it (a PDF render); otherwise it is
    estimated. `target_dpi` forces a resampling (e.g. 300 for a retry of a poor page);
    by default only images below 180 dpi-equivalent are upscaled, to 300.
    `clean` removes salt-and-pepper noise when there is some (faxes, 1-bit scans).
    Orientation detection runs only when the upright reading is poor (mean confidence below
    80, or almost no words), because it costs a second Tesseract run.
    """
    _require_tesseract(source)
    gray = _to_gray(image)
    if gray.width < 3 or gray.height < 3:
        return OcrText(text="", mean_confidence=None, word_confidences={}, dpi=None)
    despeckled = False
    if clean:
        gray, despeckled = _despeckle(gray)  # before any upscaling turns specks into blobs
    gray, effective_dpi = _rescale(gray, dpi or estimate_dpi(image), target_dpi)
    skew = 0.0
    if deskew:
        gray, skew = _deskew(gray)
    first = _ocr_pass(gray, effective_dpi, source=source, timeout=timeout)
    result = OcrText(
        first.text, first.mean_confidence, first.word_confidences, round(effective_dpi), 0, skew, despeckled
    )
    looks_poor = (
        first.mean_confidence is None
        or first.mean_confidence < GOOD_CONFIDENCE
        or len(first.word_confidences) < 5
    )
    if not (orient and looks_poor):
        return result
    rotation, confidence = _detect_orientation(gray, effective_dpi, source=source, timeout=timeout)
    if rotation == 0 or confidence < MIN_ORIENTATION_CONFIDENCE:
        return result
    upright = gray.rotate(rotation, expand=True, fillcolor=255) if rotation else gray
    upright_skew = 0.0
    if deskew:
        upright, upright_skew = _deskew(upright)
    second = _ocr_pass(upright, effective_dpi, source=source, timeout=timeout)
    turned = OcrText(
        second.text,
        second.mean_confidence,
        second.word_confidences,
        round(effective_dpi),
        rotation,
        skew + upright_skew,  # small rotations add up, before or after a quarter turn
        despeckled,
    )
    return _better(result, turned)


# --------------------------------------------------------------------------- inputs


def render_pdf_page(pdf: pypdfium2.PdfDocument, index: int, dpi: int = 200) -> Image.Image:
    """Render page `index` (0-based) to an 8-bit grayscale image tagged with its dpi.

    A page with an absurd MediaBox would make a bitmap of gigabytes, so the scale is reduced
    until the render fits MAX_OCR_PIXELS; the dpi tag then tells the truth about it.
    """
    page = pdf[index]
    try:
        width_pt, height_pt = page.get_size()
        scale = dpi / 72
        pixels = max(width_pt, 1) * max(height_pt, 1) * scale * scale
        if pixels > MAX_OCR_PIXELS:
            scale *= math.sqrt(MAX_OCR_PIXELS / pixels)
        image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()
    if image.mode != "L":
        image = image.convert("L")
    effective = scale * 72
    image.info["dpi"] = (effective, effective)
    return image


def ocr_pdf_page(
    pdf: pypdfium2.PdfDocument,
    index: int,
    *,
    source: str,
    dpi: int = 200,
    retry_dpi: int = 300,
    timeout: float = 60.0,
) -> OcrText:
    """OCR page `index` (0-based) of a PDF: at `dpi`, again at `retry_dpi` if the mean word
    confidence is under 70, keeping whichever reading is better.

    Keeping the better one matters: for a PDF that wraps a 200 dpi fax, a 300 dpi render only
    interpolates the same pixels, and Tesseract read the sample faxes worse that way (word recall
    0.85-0.92 against 0.88-0.96).
    """
    first = ocr_image(render_pdf_page(pdf, index, dpi=dpi), source=source, timeout=timeout)
    if first.mean_confidence is None or first.mean_confidence >= 70 or retry_dpi <= dpi:
        return first
    second = ocr_image(render_pdf_page(pdf, index, dpi=retry_dpi), source=source, timeout=timeout)
    return _better(first, second)


def _fix_aspect(frame: Image.Image) -> Image.Image:
    """Fax TIFFs are often 204x98 dpi; stretch them to square pixels or the letters look squashed."""
    from PIL import Image

    tag = frame.info.get("dpi")
    if not (isinstance(tag, tuple) and len(tag) == 2):
        return frame
    try:
        x, y = float(tag[0]), float(tag[1])
    except (TypeError, ValueError):
        return frame
    if x <= 0 or y <= 0 or 0.77 < x / y < 1.3:
        return frame
    if x > y:
        stretched = frame.resize((frame.width, round(frame.height * x / y)), Image.Resampling.BICUBIC)
        dpi = x
    else:
        stretched = frame.resize((round(frame.width * y / x), frame.height), Image.Resampling.BICUBIC)
        dpi = y
    stretched.info["dpi"] = (dpi, dpi)
    return stretched


def load_image_frames(
    path_or_bytes: str | os.PathLike[str] | bytes, *, source: str, max_frames: int = 2000
) -> list[Image.Image]:
    """Decode an image file into upright page images, one per frame (multi-page TIFF, GIF).

    Pillow's decompression-bomb limit (Image.MAX_IMAGE_PIXELS) is kept, and exceeding it, even
    at the warning level, is an error for us: no real report page needs 90 megapixels.
    Every frame is loaded here so damaged data fails now, with a clear message, not mid-OCR.
    """
    from PIL import Image, ImageOps

    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    frames: list[Image.Image] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore", UserWarning
            )  # "Corrupt EXIF data" and the like: noise, not errors
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                count = getattr(im, "n_frames", 1)
                if count > max_frames:
                    raise TooLargeError(
                        source, f"this image has {count} pages, more than the limit of {max_frames}"
                    )
                for i in range(count):
                    if i:
                        im.seek(i)
                    _check_pixels(im, source)
                    im.load()
                    # Always a new image (a copy when there is no EXIF turn), detached from the file.
                    frames.append(_fix_aspect(ImageOps.exif_transpose(im)))
    except Her2cliError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise TooLargeError(
            source, f"this image is larger than {Image.MAX_IMAGE_PIXELS:,} pixels; scan it at 300 dpi or less"
        ) from None
    except MemoryError:
        raise TooLargeError(
            source, "this image needs more memory than is available; scan it at 300 dpi or less"
        ) from None
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad data
        raise NotAReportError(
            source,
            "this image cannot be read (damaged, truncated or an unsupported format); save or scan it again",
        ) from None
    if not frames:
        raise NotAReportError(source, "this image has no pages; save or scan it again")
    return frames


def _check_pixels(im: Image.Image, source: str) -> None:
    """Pillow checks only the first frame on open; later TIFF frames can be bombs too."""
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    if limit and im.width * im.height > limit:
        raise TooLargeError(source, f"this image is larger than {limit:,} pixels; scan it at 300 dpi or less")


OCR_THREADS_ENV = "HER2CLI_OCR_THREADS"  # set by a batch worker: its share of the CPUs


def _default_workers(pages: int) -> int:
    """Tesseract processes at once: one per CPU (at most 4), or the worker's share of the CPUs
    when a batch or a Dask worker runs several reports side by side."""
    share = os.environ.get(OCR_THREADS_ENV, "")
    cpus = int(share) if share.isdigit() and int(share) > 0 else (os.cpu_count() or 1)
    return max(1, min(pages, cpus, 4))


def ocr_pdf_pages(
    pdf: pypdfium2.PdfDocument,
    numbers: list[int],
    *,
    source: str,
    dpi: int = 200,
    retry_dpi: int = 300,
    timeout: float = 60.0,
    workers: int | None = None,
) -> dict[int, OcrText]:
    """OCR several pages (1-based numbers) of a PDF, Tesseract processes in parallel.

    Rendering stays in this thread (pdfium is not thread-safe); only the Tesseract subprocesses
    run side by side, a few pages at a time so that rendered pages do not pile up in memory.
    A page under confidence 70 is rendered again at `retry_dpi` and the better reading kept.
    """
    _require_tesseract(source)
    n = workers or _default_workers(len(numbers))
    results: dict[int, OcrText] = {}
    with ThreadPoolExecutor(max_workers=n) as pool:
        for chunk_start in range(0, len(numbers), n * 2):
            chunk = numbers[chunk_start : chunk_start + n * 2]
            images = [render_pdf_page(pdf, number - 1, dpi=dpi) for number in chunk]
            firsts = list(pool.map(lambda im: ocr_image(im, source=source, timeout=timeout), images))
            del images
            for number, first in zip(chunk, firsts, strict=True):
                if first.mean_confidence is not None and first.mean_confidence < 70 and retry_dpi > dpi:
                    second = ocr_image(render_pdf_page(pdf, number - 1, dpi=retry_dpi), source=source, timeout=timeout)
                    first = _better(first, second)
                results[number] = first
    return results


def ocr_pages_from_images(
    frames: Iterable[Image.Image], *, source: str, timeout: float = 60.0, workers: int | None = None
) -> list[Page]:
    """OCR each frame into a Page (numbered from 1), pages in parallel.

    Tesseract runs one thread per process (OMP_THREAD_LIMIT=1), so one page per core is the
    fast way to use the machine (perf.md §2, §5). A page read with mean confidence under 70 at
    under 300 dpi is read again upscaled to 300 dpi, and the better reading kept.
    """
    images = list(frames)
    if not images:
        return []
    _require_tesseract(source)

    def one(image: Image.Image) -> OcrText:
        result = ocr_image(image, source=source, timeout=timeout)
        if (
            result.mean_confidence is not None
            and result.mean_confidence < 70
            and result.dpi is not None
            and result.dpi < UPSCALE_DPI - 20
        ):
            retry = ocr_image(image, source=source, timeout=timeout, target_dpi=UPSCALE_DPI)
            result = _better(result, retry)
        return result

    n = workers or _default_workers(len(images))
    if n == 1:
        results = [one(im) for im in images]
    else:
        with ThreadPoolExecutor(max_workers=n) as pool:
            results = list(pool.map(one, images))
    return [
        Page(
            number=i,
            text=r.text,
            origin="ocr",
            ocr_confidence=r.mean_confidence,
            word_confidences=r.word_confidences,
        )
        for i, r in enumerate(results, start=1)
    ]
