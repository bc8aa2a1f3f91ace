"""Which page segmentation reads the lines that matter best: Tesseract's automatic layout
(--psm 3) for the page, and a second reading, as one column (--psm 4), of the strips around the
lines naming HER2 where they read poorly, kept piece by piece where it is surer.

Kept apart from running Tesseract (sources/ocr.py), which hands in its reader: this module only
decides what to read again and which reading to keep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .imageprep import UPSCALE_DPI
from .ocr_cells import read_score_cells
from .ocr_layout import (
    LineFocus,
    OcrLine,
    OcrText,
    char_width,
    focus_bands,
    focus_confidence,
    focus_unclear,
    lay_out,
    merge_strip,
)

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["GOOD_REGION_CONFIDENCE", "SURE_WORD", "ReadLines", "best_segmentation", "surer"]

# Tesseract's lines of an image: (image, dpi, psm, top, first block number, scale) -> lines
# placed `top` pixels down the page, the image enlarged `scale` times for the reading.
ReadLines = Callable[["Image.Image", float, int, int, int, float], list[OcrLine]]

# Lines naming HER2 read under this mean confidence make a second, one-column reading worth
# its cost; that reading is kept when its HER2 lines are surer by more than REGION_MARGIN.
GOOD_REGION_CONFIDENCE = 85.0
REGION_MARGIN = 2.0
# Strips around the focus lines covering more than this share of the page: read the whole page.
MAX_BAND_SHARE = 0.5
BAND_BLOCKS = 1000  # block numbers of a strip's lines start here (apart from the page's)
SURE_WORD = 60.0  # a word read with this confidence or more counts as surely read
# A word of a HER2 line under this confidence (findings.ocr_trust's UNCLEAR_CONFIDENCE) makes its
# strip worth reading again even when the HER2 lines read well on average.
UNCLEAR_WORD = 50.0
MAX_STRIP_SCALE = 2.0  # a strip is enlarged at most this much for its second reading


def best_segmentation(gray: Image.Image, dpi: float, read: ReadLines, focus: LineFocus | None) -> OcrText:
    """Read the page with automatic layout analysis (--psm 3). Where the lines `focus` picks (the
    lines naming HER2) are read poorly, read the strips of the page around them again as one
    column (--psm 4: a strip of a table is read row by row, and a speck or a rule that made psm 3
    see a block of its own is part of the column), and keep, piece by piece, the surer reading.
    Then read the words shaped like a damaged score again on their own (sources.ocr_cells).

    Only the strips are read twice, not the page: a second full reading was half the time of a
    fax page. Strips that cover most of the page are read as the whole page. A second reading
    is kept only if it has at least as many surely read words as the first had there: one that
    drops a hard line (a two-column page read as one column lost its HER2 lines) is surer on
    what is left, and wrong.
    """
    lines, psm = _segmented(gray, dpi, read, focus)
    if focus is not None:
        lines = read_score_cells(gray, dpi, lines, read, focus, char_width(lines))
    return replace(lay_out(lines), psm=psm)


def _segmented(
    gray: Image.Image, dpi: float, read: ReadLines, focus: LineFocus | None
) -> tuple[list[OcrLine], int]:
    """The page's lines from the better segmentation (see best_segmentation), and its psm."""
    lines = read(gray, dpi, 3, 0, 0, 1.0)
    if focus is None:
        return lines, 3
    region = focus_confidence(lay_out(lines), focus)
    if region is None or (region >= GOOD_REGION_CONFIDENCE and not focus_unclear(lines, focus, UNCLEAR_WORD)):
        return lines, 3
    bands = focus_bands(lines, focus)
    # a coarse page's strips are read at 300 dpi: small print that read "non-ampiified" at 192 dpi
    # (confidence 22, so the FISH result was set aside) read "non-amplified" at 90
    scale = max(1.0, min(MAX_STRIP_SCALE, UPSCALE_DPI / dpi))
    if sum(bottom - top for top, bottom in bands) > MAX_BAND_SHARE * gray.height:
        whole = read(gray, dpi, 4, 0, 0, 1.0)
        return (whole, 4) if surer(whole, lines) else (lines, 3)
    merged = lines
    for k, (top, bottom) in enumerate(bands):
        strip = gray.crop((0, top, gray.width, min(bottom, gray.height)))
        again = read(strip, dpi, 4, top, BAND_BLOCKS * (k + 1), scale)
        merged = merge_strip(merged, (top, bottom), again, surer)
    return (lines, 3) if merged is lines else (merged, 4)


def surer(again: list[OcrLine], before: list[OcrLine]) -> bool:
    """Whether a second reading of part of a page is the better one: at least as many words read
    with confidence SURE_WORD or more, and a mean word confidence higher by REGION_MARGIN."""

    def score(lines: list[OcrLine]) -> tuple[int, float]:
        confidences = [w.conf for line in lines for w in line.words if any(ch.isalnum() for ch in w.text)]
        mean = sum(confidences) / len(confidences) if confidences else 0.0
        return sum(1 for c in confidences if c >= SURE_WORD), mean

    (sure_again, mean_again), (sure_before, mean_before) = score(again), score(before)
    return sure_again >= sure_before and mean_again > mean_before + REGION_MARGIN
