"""OCR for scanned PDFs and photos: Tesseract's command line on a cleaned-up page image.

Why the CLI and not pytesseract: one fewer dependency, and pytesseract does nothing we need
beyond `subprocess.run`. Why `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP threads make it 2.5-3x
slower on a 2-core machine (docs/performance.md §2); pages are run in parallel instead.

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
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

from her2cli.errors import OcrUnavailableError, TimeoutExceededError, render_error
from her2cli.sources.base import Page

from . import imageprep
from .imageprep import MAX_OCR_PIXELS, UPSCALE_DPI, load_image_frames, too_many_pages
from .ocr_layout import LineFocus, OcrLine, OcrText, lay_out, tsv_lines
from .ocr_segment import SURE_WORD, best_segmentation

if TYPE_CHECKING:  # Pillow and pypdfium2 are imported lazily: text reports never pay for them.
    import pypdfium2
    from PIL import Image

__all__ = [
    "OcrText",
    "load_image_frames",
    "too_many_pages",
    "ocr_image",
    "ocr_pages_from_images",
    "ocr_pdf_page",
    "render_pdf_page",
    "tesseract_path",
]

TESSERACT_ENV = "HER2CLI_TESSERACT"
NOT_INSTALLED = render_error("ocr_unavailable.not_installed", {})  # words in data/messages/errors.toml


# A first pass at or above this mean word confidence is trusted without orientation detection,
# which costs about 0.5 s a page.
GOOD_CONFIDENCE = 80.0
UPRIGHT_WORDS = 100  # words read with confidence SURE_WORD or more: the page is upright
# Tesseract's orientation confidence on a clean page is about 10-13; near 0 means a guess.
MIN_ORIENTATION_CONFIDENCE = 2.0
# A cleaned-up page read under this mean confidence is read again without the clean-up.
RAW_RETRY_CONFIDENCE = 70.0

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
        raise OcrUnavailableError(source, "bad_variable", variable=TESSERACT_ENV)
    raise OcrUnavailableError(source, "not_installed")


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
        raise TimeoutExceededError(source, "ocr_page", seconds=timeout) from None
    except OSError as exc:
        raise OcrUnavailableError(source, "cannot_start", reason=exc.strerror or "error") from None


def _check_ocr_exit(proc: subprocess.CompletedProcess[bytes], source: str) -> None:
    """Turn a failed OCR run into a one-line, actionable error (Tesseract's stderr stays out of it)."""
    if proc.returncode == 0:
        return
    stderr = proc.stderr.decode("utf-8", "replace")
    if "Failed loading language" in stderr or "Error opening data file" in stderr:
        raise OcrUnavailableError(source, "no_english_data")
    raise OcrUnavailableError(source, "failed", exit_code=proc.returncode)


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


def _ocr_lines(
    gray: Image.Image,
    dpi: float,
    *,
    source: str,
    timeout: float,
    psm: int = 3,
    top: int = 0,
    block: int = 0,
    scale: float = 1.0,
) -> list[OcrLine]:
    """Tesseract's lines of `gray` (TSV), placed `top` pixels down a page, blocks numbered from
    `block`; `scale` > 1 reads an enlarged copy (a strip of a coarse page) and maps its boxes back."""
    if scale > 1.0:
        from PIL import Image

        size = (round(gray.width * scale), round(gray.height * scale))
        gray = gray.resize(size, Image.Resampling.BICUBIC)
    proc = _run_tesseract(
        gray,
        ["--psm", str(psm), "--dpi", str(round(dpi * scale)), "-l", "eng", "tsv"],
        source=source,
        timeout=timeout,
    )
    _check_ocr_exit(proc, source)
    return tsv_lines(proc.stdout.decode("utf-8", "replace"), block_offset=block, top_offset=top, scale=scale)


def _ocr_pass(gray: Image.Image, dpi: float, *, source: str, timeout: float, psm: int = 3) -> OcrText:
    return replace(lay_out(_ocr_lines(gray, dpi, source=source, timeout=timeout, psm=psm)), psm=psm)


def _better(a: OcrText, b: OcrText) -> OcrText:
    """The more trustworthy of two readings of one page.

    Counted in words read with confidence 60 or more, then by mean confidence: a mean alone
    would prefer three lucky words off a sideways page to a full page read at 88.
    """

    def key(r: OcrText) -> tuple[int, float]:
        sure = sum(1 for c in r.word_confidences.values() if c >= SURE_WORD)
        return (sure, r.mean_confidence if r.mean_confidence is not None else -1.0)

    return b if key(b) > key(a) else a


def _looks_poor(r: OcrText) -> bool:
    """Whether the page may be sideways or upside down: few words, or a low mean confidence
    without UPRIGHT_WORDS words read surely (a noisy fax read at 79 has hundreds; a page read the
    wrong way up has a handful), so orientation detection is worth its run."""
    if r.mean_confidence is None or len(r.word_confidences) < 5:
        return True
    sure = sum(1 for c in r.word_confidences.values() if c >= SURE_WORD)
    return r.mean_confidence < GOOD_CONFIDENCE and sure < UPRIGHT_WORDS


def _read(
    gray: Image.Image,
    dpi: float,
    steps: imageprep.CleanUp,
    *,
    source: str,
    timeout: float,
    orient: bool,
    focus: LineFocus | None,
) -> OcrText:
    """OCR a prepared page; if the reading is poor, ask Tesseract which way up the page is and,
    when it is sure, read the page again turned upright and keep the better reading."""

    def read(
        image: Image.Image, at_dpi: float, psm: int, top: int, block: int, scale: float
    ) -> list[OcrLine]:
        return _ocr_lines(
            image, at_dpi, source=source, timeout=timeout, psm=psm, top=top, block=block, scale=scale
        )

    first = best_segmentation(gray, dpi, read, focus)
    result = steps.describe(first, round(dpi), 0)
    if not (orient and _looks_poor(first)):
        return result
    rotation, confidence = _detect_orientation(gray, dpi, source=source, timeout=timeout)
    if rotation == 0 or confidence < MIN_ORIENTATION_CONFIDENCE:
        return result
    upright = gray.rotate(rotation, expand=True, fillcolor=255)
    upright_skew = 0.0
    if steps.deskewed:
        upright, upright_skew = imageprep.deskew_page(upright)
    second = _ocr_pass(upright, dpi, source=source, timeout=timeout)
    # small rotations add up, before or after a quarter turn
    return _better(result, steps.describe(second, round(dpi), rotation, extra_skew=upright_skew))


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
    focus: LineFocus | None = None,
) -> OcrText:
    """OCR one page image.

    `dpi` is the image's resolution when the caller knows it (a PDF render); otherwise it is
    estimated. `target_dpi` forces a resampling (e.g. 300 for a retry of a poor page);
    by default only images below 180 dpi-equivalent are upscaled, to 300.
    `clean` removes specks (faxes, 1-bit scans) and flattens uneven lighting (phone photos)
    where the page has them; a clean-up that leaves a poor reading (mean confidence under
    RAW_RETRY_CONFIDENCE) is checked against the page without it, and the better one kept.
    Orientation detection runs only when the upright reading is poor (mean confidence below
    80, or almost no words), because it costs a second Tesseract run. `focus` picks the lines
    that matter (her2cli: the lines naming HER2); where they read poorly, the strips around
    them are read again in another segmentation mode (see _best_segmentation).
    """
    _require_tesseract(source)
    gray = imageprep.to_gray(image)
    if gray.width < 3 or gray.height < 3:
        return OcrText(text="", mean_confidence=None, word_confidences={}, dpi=None)
    source_dpi = dpi or imageprep.estimate_dpi(image)
    bilevel = bool(image.info.get(imageprep.BILEVEL)) or image.mode == "1"
    prepared, effective_dpi, steps = imageprep.prepare(
        gray, source_dpi, target_dpi, clean=clean, deskew=deskew, bilevel=bilevel
    )
    result = _read(prepared, effective_dpi, steps, source=source, timeout=timeout, orient=orient, focus=focus)
    if not (steps.cleaned and (result.mean_confidence or 0.0) < RAW_RETRY_CONFIDENCE):
        return result
    raw, raw_dpi, raw_steps = imageprep.prepare(gray, source_dpi, target_dpi, clean=False, deskew=deskew)
    raw_result = _read(raw, raw_dpi, raw_steps, source=source, timeout=timeout, orient=orient, focus=focus)
    return _better(result, raw_result)


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
    focus: LineFocus | None = None,
) -> OcrText:
    """OCR page `index` (0-based) of a PDF: at `dpi`, again at `retry_dpi` if the mean word
    confidence is under 70, keeping whichever reading is better.

    Keeping the better one matters: for a PDF that wraps a 200 dpi fax, a 300 dpi render only
    interpolates the same pixels, and Tesseract read the sample faxes worse that way (word recall
    0.85-0.92 against 0.88-0.96).
    """
    first = ocr_image(render_pdf_page(pdf, index, dpi=dpi), source=source, timeout=timeout, focus=focus)
    if first.mean_confidence is None or first.mean_confidence >= 70 or retry_dpi <= dpi:
        return first
    second = ocr_image(
        render_pdf_page(pdf, index, dpi=retry_dpi), source=source, timeout=timeout, focus=focus
    )
    return _better(first, second)


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
    focus: LineFocus | None = None,
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
            firsts = list(
                pool.map(lambda im: ocr_image(im, source=source, timeout=timeout, focus=focus), images)
            )
            del images
            for number, first in zip(chunk, firsts, strict=True):
                if first.mean_confidence is not None and first.mean_confidence < 70 and retry_dpi > dpi:
                    second = ocr_image(
                        render_pdf_page(pdf, number - 1, dpi=retry_dpi),
                        source=source,
                        timeout=timeout,
                        focus=focus,
                    )
                    first = _better(first, second)
                results[number] = first
    return results


def ocr_pages_from_images(
    frames: Iterable[Image.Image],
    *,
    source: str,
    timeout: float = 60.0,
    workers: int | None = None,
    focus: LineFocus | None = None,
) -> list[Page]:
    """OCR each frame into a Page (numbered from 1), pages in parallel.

    Tesseract runs one thread per process (OMP_THREAD_LIMIT=1), so one page per core is the
    fast way to use the machine (docs/performance.md §2, §5). A page read with mean confidence under 70 at
    under 300 dpi is read again upscaled to 300 dpi, and the better reading kept.
    """
    images = list(frames)
    if not images:
        return []
    _require_tesseract(source)

    def one(image: Image.Image) -> OcrText:
        result = ocr_image(image, source=source, timeout=timeout, focus=focus)
        if (
            result.mean_confidence is not None
            and result.mean_confidence < 70
            and result.dpi is not None
            and result.dpi < UPSCALE_DPI - 20
        ):
            retry = ocr_image(image, source=source, timeout=timeout, target_dpi=UPSCALE_DPI, focus=focus)
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
