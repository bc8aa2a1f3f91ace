"""The scales of render/scale.py as inline SVG for the printable page: colors come from the
page's CSS classes and nothing is fetched; each picture is named for screen readers by its
visible caption. Split from render/scale.py, which builds the scales and their text drawings."""

from __future__ import annotations

from .scale import CategoryScale, NumberScale, Scale

SVG_WIDTH = 340


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def scale_svg(scale: Scale, caption_id: str) -> str:
    """The scale as inline SVG, named for screen readers by the visible caption `caption_id`."""
    body, height = _category_svg(scale) if isinstance(scale, CategoryScale) else _number_svg(scale)
    return (
        f'<svg class="scale" role="img" aria-labelledby="{caption_id}" viewBox="0 0 {SVG_WIDTH} {height}"'
        f' width="{SVG_WIDTH}" height="{height}">'
        f"\n<title>{_esc(scale.title)}</title>\n{body}\n</svg>"
    )


def _category_svg(scale: CategoryScale) -> tuple[str, int]:
    """Cells 0 to 3+ (the report's own filled and bold), the HER2-low band above, the marker below."""
    cell = (SVG_WIDTH - 2) / len(scale.categories)
    top = 22 if scale.band is not None else 1
    parts: list[str] = []
    if scale.band is not None:
        x0, x1 = 1 + scale.band.first * cell + 4, 1 + (scale.band.last + 1) * cell - 4
        parts.append(f'<path class="band" d="M{x0:.1f} {top - 4} v-6 H{x1:.1f} v6"/>')
        parts.append(
            f'<text class="band-label" x="{(x0 + x1) / 2:.1f}" y="{top - 13}" text-anchor="middle">'
            f"{_esc(scale.band.label)}</text>"
        )
    for i, c in enumerate(scale.categories):
        x = 1 + i * cell
        middle = x + cell / 2
        parts.append(f'<g class="{"cell on" if c.marked else "cell"}">')
        parts.append(f'<rect x="{x:.1f}" y="{top}" width="{cell:.1f}" height="38"/>')
        parts.append(
            f'<text class="score" x="{middle:.1f}" y="{top + 16}" text-anchor="middle">{_esc(c.label)}</text>'
        )
        parts.append(
            f'<text class="meaning" x="{middle:.1f}" y="{top + 32}" text-anchor="middle">{_esc(c.meaning)}</text>'
        )
        parts.append("</g>")
    marked = [1 + i * cell + cell / 2 for i, c in enumerate(scale.categories) if c.marked]
    for mx in marked:
        parts.append(f'<path class="marker" d="M{mx:.1f} {top + 41} l-6 10 h12 z"/>')
    parts.append(
        f'<text class="marker-label" x="{(marked[0] + marked[-1]) / 2:.1f}" y="{top + 64}" text-anchor="middle">'
        f"{_esc(scale.marker)}</text>"
    )
    return "\n".join(parts), top + 68


def _number_svg(scale: NumberScale) -> tuple[str, int]:
    left, right, axis_y = 12.0, SVG_WIDTH - 24.0, 30

    def x(value: float) -> float:
        return left + min(value, scale.end) / scale.end * (right - left)

    parts = [f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}"/>']
    if scale.clipped:
        parts.append(f'<path class="axis-end" d="M{right} {axis_y - 5} l8 5 l-8 5 z"/>')
    for i in range(int(scale.end / scale.step) + 1):
        tx = x(i * scale.step)
        parts.append(f'<line class="tick" x1="{tx:.1f}" y1="{axis_y - 4}" x2="{tx:.1f}" y2="{axis_y + 4}"/>')
        parts.append(  # ticks fall on whole steps (1, 2, 5), so no decimal mark is needed
            f'<text class="tick-label" x="{tx:.1f}" y="{axis_y - 16}" text-anchor="middle">{i * scale.step:g}</text>'
        )
    for cutoff in scale.cutoffs:
        cx = x(cutoff)
        parts.append(f'<line class="cut" x1="{cx:.1f}" y1="{axis_y - 11}" x2="{cx:.1f}" y2="{axis_y + 11}"/>')
    vx = x(scale.value)
    label = f"{scale.marker}: {scale.value_text}"
    anchor = "end" if vx + 8 + 7 * len(label) > SVG_WIDTH else "start"  # ~7 units per bold character
    label_x = vx + 8 if anchor == "start" else vx - 8
    parts.append(f'<path class="marker" d="M{vx:.1f} {axis_y + 3} l-6 11 h12 z"/>')
    parts.append(
        f'<text class="marker-label" x="{label_x:.1f}" y="{axis_y + 24}" text-anchor="{anchor}">'
        f"{_esc(label)}</text>"
    )
    return "\n".join(parts), axis_y + 30
