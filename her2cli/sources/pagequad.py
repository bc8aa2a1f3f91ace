"""Perspective correction for phone photos: find the page's four edges, warp the page to a rectangle.

A phone held a little off-axis makes the page a trapezoid: its lines run downhill at one end,
the letters of the far edge are smaller, and Tesseract's line finder splits or merges lines.
Deskew cannot fix that (the angle changes across the page). Here the page's four edges are found
on a small copy, each as a straight line fitted to the paper/desk step of every row (left and right
edges) or column (top and bottom edges); their intersections are the corners, and the page is
warped to a rectangle at full resolution.

The warp is applied only when the quad is confident: all four edges found as straight lines by
most of their rows or columns, a clear step from desk to paper, a convex quad covering a good
part of the picture that is not simply the picture's own frame. A scan, a fax, a photo whose page
runs off the frame or a page on a white desk is left exactly as it is.

Pure Pillow, no numpy: OpenCV's findContours/warpPerspective would do the same with a 61 MB wheel
(benchmarks/ocr_cleanup_vs_opencv.py measured its clean-up as no better than ours).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["PageQuad", "find_page_quad", "straighten_page", "warp_coefficients"]

WORK_SIDE = 240  # pixels on the long side of the copy the edges are looked for on (0.05 s a page)
STEP_REACH = 4  # pixels each side of a candidate edge that are compared
MIN_STEP = 25  # grey levels from desk to paper (phone photos measure 40-120)
EDGE_ZONE = 0.45  # an edge is looked for in this share of a row or column from its end
MIN_INLIERS = 0.6  # share of rows (columns) whose step lies on the fitted line
INLIER_DISTANCE = 2.0  # pixels of the small copy
MIN_AREA = 0.3  # share of the picture the page covers at least
FRAME_MARGIN = 0.015  # corners this close to the picture's own corners: nothing to correct
Point = tuple[float, float]


@dataclass(frozen=True)
class PageQuad:
    """The page's corners in full-resolution pixels: top-left, top-right, bottom-right, bottom-left."""

    corners: tuple[Point, Point, Point, Point]

    def size(self) -> tuple[int, int]:
        """Width and height of the straightened page: its longer opposite edges."""
        tl, tr, br, bl = self.corners
        width = max(math.dist(tl, tr), math.dist(bl, br))
        height = max(math.dist(tl, bl), math.dist(tr, br))
        return max(1, round(width)), max(1, round(height))


def _steps(profile: Sequence[int], rising: bool) -> tuple[int, int]:
    """Position and size of the strongest desk-to-paper step in `profile` (paper follows the desk
    when `rising`, else it comes first), looked for only in the first EDGE_ZONE of it, from that
    end: the page's edge is the first strong step seen from outside the page."""
    n = len(profile)
    zone = max(STEP_REACH * 2 + 1, int(n * EDGE_ZONE))
    values = profile[:zone] if rising else profile[: n - zone - 1 : -1]
    sums = [0, *accumulate(values)]  # sums[i]: total of values[:i]
    best_pos, best = -1, 0
    for x in range(STEP_REACH, zone - STEP_REACH):
        step = sums[x + STEP_REACH] - 2 * sums[x] + sums[x - STEP_REACH]
        if step > best:
            best_pos, best = x, step
    best //= STEP_REACH
    if best_pos < 0:
        return -1, 0
    return (best_pos if rising else n - best_pos), best


def _fit_line(points: list[Point]) -> tuple[float, float, float] | None:
    """A robust line u = a * t + b through (t, u) points: least squares on the points close to the
    median-slope line, and the share of points that lie on it."""
    if len(points) < 8:
        return None
    slopes = []
    half = len(points) // 2
    for (t0, u0), (t1, u1) in zip(points[:half], points[half:], strict=False):
        if t1 != t0:
            slopes.append((u1 - u0) / (t1 - t0))
    if not slopes:
        return None
    a = sorted(slopes)[len(slopes) // 2]
    b = sorted(u - a * t for t, u in points)[len(points) // 2]
    inliers = [(t, u) for t, u in points if abs(u - (a * t + b)) <= INLIER_DISTANCE * 2]
    if len(inliers) < 8:
        return None
    mt = sum(t for t, _ in inliers) / len(inliers)
    mu = sum(u for _, u in inliers) / len(inliers)
    var = sum((t - mt) ** 2 for t, _ in inliers)
    if var > 0:
        a = sum((t - mt) * (u - mu) for t, u in inliers) / var
        b = mu - a * mt
    share = sum(1 for t, u in points if abs(u - (a * t + b)) <= INLIER_DISTANCE) / len(points)
    return a, b, share


def _edge(rows: list[list[int]], rising: bool) -> tuple[float, float] | None:
    """The line u = a * t + b of one page edge, from the step in each row (t: row index, u: column)."""
    points: list[Point] = []
    found = 0
    for t, row in enumerate(rows):
        pos, size = _steps(row, rising)
        if size >= MIN_STEP:
            found += 1
            points.append((float(t), float(pos)))
    line = _fit_line(points)
    if line is None or found < len(rows) * MIN_INLIERS or line[2] < MIN_INLIERS:
        return None
    return line[0], line[1]


def _cross(vertical: tuple[float, float], horizontal: tuple[float, float]) -> Point | None:
    """Intersection of x = a1 * y + b1 (a left or right edge) and y = a2 * x + b2 (top or bottom)."""
    a1, b1 = vertical
    a2, b2 = horizontal
    denominator = 1 - a1 * a2
    if abs(denominator) < 1e-6:
        return None
    x = (a1 * b2 + b1) / denominator
    return x, a2 * x + b2


def _convex(corners: Sequence[Point]) -> bool:
    signs = set()
    for i in range(4):
        (x0, y0), (x1, y1), (x2, y2) = corners[i], corners[(i + 1) % 4], corners[(i + 2) % 4]
        signs.add((x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1) > 0)
    return len(signs) == 1


def _area(corners: Sequence[Point]) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(corners, [*corners[1:], corners[0]], strict=True)
            )
        )
        / 2
    )


def _plausible(corners: Sequence[Point], width: int, height: int) -> bool:
    """A convex quad inside the picture (a little slack), covering MIN_AREA of it, and not its frame."""
    slack = 0.02 * max(width, height)
    if any(not (-slack <= x <= width + slack and -slack <= y <= height + slack) for x, y in corners):
        return False
    if not _convex(corners) or _area(corners) < MIN_AREA * width * height:
        return False
    frame = ((0, 0), (width, 0), (width, height), (0, height))
    reach = FRAME_MARGIN * max(width, height)
    return any(math.dist(c, f) > reach for c, f in zip(corners, frame, strict=True))


def find_page_quad(gray: Image.Image) -> PageQuad | None:
    """The page's four corners in a photo of a page on a darker surface, or None when they are
    not all clearly there (see the module docstring)."""
    from PIL import Image

    scale = WORK_SIDE / max(gray.size)
    if scale >= 1:
        scale = 1.0
    w, h = max(1, round(gray.width * scale)), max(1, round(gray.height * scale))
    if min(w, h) < 40:
        return None
    # At this size print is a grey haze: the desk-to-paper step is the strongest one from outside.
    small = gray.resize((w, h), Image.Resampling.BOX)
    data = small.tobytes()
    rows = [list(data[y * w : (y + 1) * w]) for y in range(h)]
    columns = [list(data[x::w]) for x in range(w)]
    left, right = _edge(rows, rising=True), _edge(rows, rising=False)
    top, bottom = _edge(columns, rising=True), _edge(columns, rising=False)
    if left is None or right is None or top is None or bottom is None:
        return None
    corners = [_cross(left, top), _cross(right, top), _cross(right, bottom), _cross(left, bottom)]
    if any(c is None for c in corners):
        return None
    found = [c for c in corners if c is not None]
    if not _plausible(found, w, h):
        return None
    full = tuple((x / scale, y / scale) for x, y in found)
    return PageQuad((full[0], full[1], full[2], full[3]))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            raise ValueError("degenerate quad")
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def warp_coefficients(output: Sequence[Point], source: Sequence[Point]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): each output point maps to its source point."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(output, source, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    return _solve(a, b)


def straighten_page(gray: Image.Image) -> tuple[Image.Image, bool]:
    """The page cut out of a photo and warped to a rectangle, or the image as it was when no
    confident page quad is found. The warp keeps the page's own resolution (its longer edges)."""
    from PIL import Image

    quad = find_page_quad(gray)
    if quad is None:
        return gray, False
    width, height = quad.size()
    rect = ((0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height)))
    try:
        coefficients = warp_coefficients(rect, quad.corners)
    except ValueError:
        return gray, False
    warped = gray.transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=255
    )
    return warped, True
