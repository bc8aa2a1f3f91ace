"""Image files decoded safely into page images: page cap and pixel guard from the headers,
every frame loaded, fax aspect ratios squared, and any mode a scanner or phone writes made 8-bit grey.

Kept apart from the clean-up (imageprep) because it is about the file, not the page: what is
refused, and when (before decoding), is decided here. Pillow is imported lazily.
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from her2cli.errors import Her2cliError, NotAReportError, TooLargeError

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "BILEVEL",
    "DEFAULT_MAX_OCR_PAGES",
    "MAX_IMAGE_SIDE",
    "MAX_OCR_PAGES_ENV",
    "check_pixels",
    "fix_aspect",
    "load_image_frames",
    "max_ocr_pages",
    "to_gray",
    "too_many_pages",
]

# OCR costs 2-3 s a page: a file with more pages to OCR than this is refused at once, not
# after minutes of work or a timeout. HER2CLI_MAX_OCR_PAGES changes it.
DEFAULT_MAX_OCR_PAGES = 50
MAX_OCR_PAGES_ENV = "HER2CLI_MAX_OCR_PAGES"
MAX_IMAGE_SIDE = 30_000  # pixels; 50 inches at 600 dpi
BILEVEL = "her2cli_bilevel"  # frame.info key: the file stored this page as 1-bit (fax, G4 TIFF)


def to_gray(image: Image.Image) -> Image.Image:
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


def fix_aspect(frame: Image.Image) -> Image.Image:
    """Fax TIFFs are often 204x98 dpi; stretch them to square pixels or the letters look squashed.

    The stretch is done in grey: Pillow resizes 1-bit and palette images by nearest neighbour
    whatever it is asked, which doubles every scan line into jagged steps.
    """
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
    gray = to_gray(frame)
    if x > y:
        stretched = gray.resize((gray.width, round(gray.height * x / y)), Image.Resampling.BICUBIC)
        dpi = x
    else:
        stretched = gray.resize((round(gray.width * y / x), gray.height), Image.Resampling.BICUBIC)
        dpi = y
    stretched.info["dpi"] = (dpi, dpi)
    return stretched


def load_image_frames(
    path_or_bytes: str | os.PathLike[str] | bytes, *, source: str, max_frames: int = DEFAULT_MAX_OCR_PAGES
) -> list[Image.Image]:
    """Decode an image file into upright page images, one per frame (multi-page TIFF, GIF).

    The page count and every frame's size are checked from the headers before anything is
    decoded: more frames than `max_frames` (each page costs seconds of OCR) or a frame that is
    not the shape of a page (`check_pixels`) is refused at once with `too_large`.
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
                    raise TooLargeError(source, "image_ocr_pages", **too_many_pages(count, max_frames))
                for i in range(count):
                    if i:
                        im.seek(i)
                    check_pixels(im, source)
                    im.load()
                    # Always a new image (a copy when there is no EXIF turn), detached from the file.
                    frame = fix_aspect(ImageOps.exif_transpose(im))
                    if im.mode == "1":
                        frame.info[BILEVEL] = True
                    frames.append(frame)
    except Her2cliError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise TooLargeError(source, "image_pixels", limit=Image.MAX_IMAGE_PIXELS) from None
    except MemoryError:
        raise TooLargeError(source, "image_memory") from None
    except Exception:  # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad data
        raise NotAReportError(source, "damaged_image") from None
    if not frames:
        raise NotAReportError(source, "image_no_pages")
    return frames


def check_pixels(im: Image.Image, source: str) -> None:
    """Refuse a frame from its header, before it is decoded.

    Pillow checks only the pixel count, and only of the first frame on open; later TIFF frames
    can be bombs too. A strip of 1 x 50,000,000 pixels is under Pillow's limit, yet decoding and
    scaling it took 0.9 GB: no page is longer than MAX_IMAGE_SIDE pixels (50 inches at 600 dpi).
    """
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    if limit and im.width * im.height > limit:
        raise TooLargeError(source, "image_pixels", limit=limit)
    if max(im.width, im.height) > MAX_IMAGE_SIDE:
        raise TooLargeError(source, "image_side", width=im.width, height=im.height, limit=MAX_IMAGE_SIDE)


def max_ocr_pages() -> int:
    """The OCR page cap: HER2CLI_MAX_OCR_PAGES when it is a positive whole number, else 50."""
    raw = os.environ.get(MAX_OCR_PAGES_ENV, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_OCR_PAGES


def too_many_pages(count: int, cap: int) -> dict[str, Any]:
    """The parameters of the refusal of a file with more pages to OCR than the cap
    (too_large.pdf_ocr_pages / image_ocr_pages in data/messages/errors.toml)."""
    return {"pages": count, "limit": cap, "variable": MAX_OCR_PAGES_ENV}
