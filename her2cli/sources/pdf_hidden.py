"""Which text of a PDF page no reader can see (pdf.py leaves it out of both views of the page).

Invisible render mode, white or transparent fill, glyphs smaller than 1 pt, glyphs outside the page
box, and text painted over by a later opaque filled rectangle (a redaction bar, a white-out patch).
A module of its own because it is a job of its own: pdf.py opens the document and reads each page's
text; this one walks the page's drawing (objects in drawing order, their bounds, colours and
paths) to find the boxes to leave out, with pdfium's raw bindings handed in by the reader.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

# pdfium text render modes 3 (neither fill nor stroke) and 7 (clip only) draw nothing.
INVISIBLE_RENDER_MODES = {3, 7}
MIN_VISIBLE_FONT_SIZE = 1.0  # points; smaller glyphs are not legible on paper
WHITE_LEVEL = 245  # fill colour components at or above this on all three channels count as white
MIN_ALPHA = 16  # almost transparent fill
COVER_MIN_ALPHA = 200  # a filled shape at least this opaque hides the text under it
MIN_COVER_SIZE = 3.0  # points; thinner filled shapes are rules and strike-throughs


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space


@dataclass(frozen=True)
class HiddenBox:
    """A rectangle (PDF user space) of a text object no reader can see, and why."""

    left: float
    bottom: float
    right: float
    top: float
    why: str

    def contains(self, x: float, y: float) -> bool:
        return self.left - 0.5 <= x <= self.right + 0.5 and self.bottom - 0.5 <= y <= self.top + 0.5


def hidden_text_boxes(raw: Any, page: Any) -> list[HiddenBox]:
    """Text objects that draw nothing a reader could see, or that a later opaque shape covers, on
    a page (pdf._RawPage) of pdfium's raw bindings `raw`.

    Page objects are visited in drawing order, so a filled rectangle (a redaction bar, a white-out
    patch) hides the text drawn before it and not the text drawn on top of it.
    """
    hidden: list[HiddenBox] = []
    drawn: list[Box] = []  # visible text boxes so far
    width, height = page.get_size()
    probe = _Probe(raw)
    objects = _objects_in_drawing_order(raw, page.raw)
    images = [
        b for kind, h in objects if kind == raw.FPDF_PAGEOBJ_IMAGE and (b := probe.bounds(h)) is not None
    ]
    for kind, obj in objects:
        if kind == raw.FPDF_PAGEOBJ_PATH:
            cover = probe.cover_box(obj) if drawn else None
            if cover is not None:
                hidden.extend(_covered(drawn, cover))
            continue
        if kind != raw.FPDF_PAGEOBJ_TEXT:
            continue
        box = probe.bounds(obj)
        if box is None:
            continue
        why = probe.why_invisible(obj, box, images, width, height)
        if why:
            hidden.append(HiddenBox(*box, why=why))
        else:
            drawn.append(box)
    return hidden


def _objects_in_drawing_order(raw: Any, page_handle: Any, max_depth: int = 4) -> list[tuple[int, Any]]:
    """(type, raw handle) of every page object, form XObjects opened up to `max_depth`, in the
    order they are drawn. Raw handles, not pypdfium2 wrappers: a table page has hundreds of
    path objects and a wrapper each would double the cost of this check."""
    out: list[tuple[int, Any]] = []

    def walk(count: int, get: Any, depth: int) -> None:
        for i in range(count):
            handle = get(i)
            if not handle:
                continue
            kind = raw.FPDFPageObj_GetType(handle)
            if kind == raw.FPDF_PAGEOBJ_FORM and depth < max_depth:
                walk(
                    raw.FPDFFormObj_CountObjects(handle),
                    lambda j, h=handle: raw.FPDFFormObj_GetObject(h, j),
                    depth + 1,
                )
            else:
                out.append((kind, handle))

    walk(raw.FPDFPage_CountObjects(page_handle), lambda i: raw.FPDFPage_GetObject(page_handle, i), 0)
    return out


class _Probe:
    """The questions asked of each page object, with pdfium's out-parameters made once per page
    and reused for every object: a page has dozens of text objects and hundreds of paths, and
    allocating the ctypes values for each call cost as much as the calls themselves."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.left, self.bottom, self.right, self.top = (ctypes.c_float() for _ in range(4))
        self.red, self.green, self.blue, self.alpha = (ctypes.c_uint() for _ in range(4))
        self.size = ctypes.c_float()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.m = raw.FS_MATRIX()
        self.m_ref = ctypes.byref(self.m)

    def bounds(self, handle: Any) -> Box | None:
        if not self.raw.FPDFPageObj_GetBounds(handle, self.left, self.bottom, self.right, self.top):
            return None
        return (self.left.value, self.bottom.value, self.right.value, self.top.value)

    def matrix(self, handle: Any) -> tuple[float, float, float, float, float, float] | None:
        if not self.raw.FPDFPageObj_GetMatrix(handle, self.m_ref):
            return None
        m = self.m
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def fill_color(self, handle: Any) -> tuple[int, int, int, int] | None:
        if not self.raw.FPDFPageObj_GetFillColor(handle, self.red, self.green, self.blue, self.alpha):
            return None
        return (self.red.value, self.green.value, self.blue.value, self.alpha.value)

    def why_invisible(self, handle: Any, box: Box, images: list[Box], width: float, height: float) -> str:
        """Why one text object draws nothing a reader sees ("" when it is visible)."""
        raw = self.raw
        mode = raw.FPDFTextObj_GetTextRenderMode(handle)
        if mode in INVISIBLE_RENDER_MODES:
            # An OCR text layer (scanned PDF) is invisible text over a page image: that text is
            # what the reader sees in the image, so it counts.
            return "" if any(_overlaps(box, img) for img in images) else "invisible render mode"
        fill = self.fill_color(handle)
        if fill is not None and mode in (0, 4):
            r, g, b, a = fill
            if a < MIN_ALPHA or min(r, g, b) >= WHITE_LEVEL:
                return "white or transparent text"  # fill-only modes: a white fill is the whole glyph
        if (
            raw.FPDFTextObj_GetFontSize(handle, self.size)
            and self.effective_size(handle, self.size.value) < MIN_VISIBLE_FONT_SIZE
        ):
            return "text too small to read"
        if box[2] < 0 or box[0] > width or box[3] < 0 or box[1] > height:
            return "text outside the page"
        return ""

    def effective_size(self, handle: Any, size: float) -> float:
        """Font size times the object's vertical scale, so a 12pt font scaled by 0.01 counts as tiny."""
        m = self.matrix(handle)
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 if m else 1.0  # no matrix: trust the size
        return size * (scale or 1.0)

    def cover_box(self, handle: Any) -> Box | None:
        """The box of an opaque filled rectangle big enough to hide text, else None.

        Rules, table borders and strike-through lines are thinner than MIN_COVER_SIZE; stroked-only
        paths and translucent highlights hide nothing; other shapes are left alone because their
        bounding box is not what they cover.
        """
        raw = self.raw
        if (
            not raw.FPDFPath_GetDrawMode(handle, self.fill, self.stroke)
            or self.fill.value == raw.FPDF_FILLMODE_NONE
        ):
            return None
        fill = self.fill_color(handle)
        if fill is None or fill[3] < COVER_MIN_ALPHA:
            return None
        box = self.bounds(handle)
        if box is None or box[2] - box[0] < MIN_COVER_SIZE or box[3] - box[1] < MIN_COVER_SIZE:
            return None
        return box if self.is_rectangle(handle, box) else None

    def is_rectangle(self, handle: Any, box: Box) -> bool:
        """Every point of the path sits on a corner of its bounding box (an axis-aligned rectangle)."""
        raw = self.raw
        count = raw.FPDFPath_CountSegments(handle)
        if not 3 <= count <= 6:
            return False
        m = self.matrix(handle)
        if m is None:  # the shape cannot be placed, so it is not trusted to hide anything
            return False
        a, b, c, d, e, f = m
        x, y = self.x, self.y
        for i in range(count):
            segment = raw.FPDFPath_GetPathSegment(handle, i)
            if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
                return False
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            if min(abs(px - box[0]), abs(px - box[2])) > 1.0 or min(abs(py - box[1]), abs(py - box[3])) > 1.0:
                return False
        return True


def _covered(drawn: list[Box], cover: Box) -> list[HiddenBox]:
    """The parts of earlier text boxes that `cover` paints over (their middle band, at least)."""
    out: list[HiddenBox] = []
    for left, bottom, right, top in drawn:
        band = (top - bottom) * 0.25
        if cover[1] <= bottom + band and cover[3] >= top - band and cover[0] < right and left < cover[2]:
            part = (max(left, cover[0]), bottom, min(right, cover[2]), top)
            out.append(HiddenBox(*part, why="covered by a filled shape"))
    return out


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
