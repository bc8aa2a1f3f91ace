"""A tiny document model for the sample-report generator, rendered to PDF (reportlab) or text.

Only standard PDF fonts are used and reportlab runs in invariant mode, so the same model always
produces byte-identical PDFs. Text output separates pages with a form feed (``\\f``) and repeats
the header and footer on every page, as text exported from a real LIS does.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

# --------------------------------------------------------------------------------------------
# Blocks


@dataclass
class H:
    """A heading. level 1 = section, level 2 = sub-section."""

    text: str
    level: int = 1


@dataclass
class P:
    """A paragraph. A literal newline forces a line break (used for hyphenation tests).
    ``**x**`` marks bold in the PDF (and is dropped in text)."""

    text: str
    size: float | None = None
    indent: int = 0
    mono: bool = False


@dataclass
class KV:
    """Key/value lines (synoptic style). ``key_frac`` is the key column width, as a fraction."""

    rows: list[tuple[str, str]]
    key_frac: float = 0.38
    sep: str = ":"


@dataclass
class T:
    """A real table. ``widths`` are fractions of the frame width; cells wrap."""

    rows: list[list[str]]
    widths: list[float]
    header: bool = True
    grid: bool = True
    size: float = 8.5


@dataclass
class Pre:
    """Pre-formatted (monospace) text, kept line for line."""

    text: str


@dataclass
class Sp:
    h: float = 6


@dataclass
class PB:
    """Page break."""


@dataclass
class Rule:
    pass


@dataclass
class TwoCol:
    """A page laid out in two side-by-side frames (text flows down the left, then the right)."""

    left: list
    right: list
    title: str | None = None


@dataclass
class Hidden:
    """Text present in the PDF text layer but not visible: ``white`` (white on white),
    ``offpage`` (drawn outside the page box) or ``invisible`` (text render mode 3).
    Never written to text output."""

    kind: str
    text: str


@dataclass
class Doc:
    header: list[str]
    footer: list[str]
    blocks: list = field(default_factory=list)
    pagesize: str = "letter"
    font: str = "Helvetica"  # or "Times-Roman"
    title: str = "Report"
    author: str = "her2cli sample generator"
    text_width: int = 96


# --------------------------------------------------------------------------------------------
# PDF

_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
_PDF_SUBST = {
    "\u2265": ">=",
    "\u2264": "<=",
    "\u2192": "->",
    "\u2248": "~",
    "\u2009": " ",
    "\u2212": "-",
}


def _pdf_safe(s: str) -> str:
    for a, b in _PDF_SUBST.items():
        s = s.replace(a, b)
    return s


def _markup(s: str) -> str:
    s = escape(_pdf_safe(s))
    parts = s.split("**")
    out = []
    for i, part in enumerate(parts):
        out.append(f"<b>{part}</b>" if i % 2 and part else part)
    return "".join(out).replace("\n", "<br/>")


class _HiddenFlowable(Flowable):
    def __init__(self, kind: str, text: str, font: str):
        super().__init__()
        self.kind, self.text, self.font = kind, _pdf_safe(text), font

    def wrap(self, aw, ah):
        return (aw, 2 if self.kind == "offpage" else 12)

    def draw(self):
        c = self.canv
        c.saveState()
        if self.kind == "white":
            c.setFillColor(colors.white)
            c.setFont(self.font, 9)
            c.drawString(0, 2, self.text)
        elif self.kind == "offpage":
            c.setFont(self.font, 9)
            # far to the left of the page box: present in the content stream, never visible
            c.drawString(-1500, 0, self.text)
        elif self.kind == "invisible":
            t = c.beginText(0, 2)
            t.setFont(self.font, 9)
            t.setTextRenderMode(3)
            t.textOut(self.text)
            c.drawText(t)
        else:
            raise ValueError(self.kind)
        c.restoreState()


class _Styles:
    def __init__(self, font: str):
        bold = _BOLD[font]
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=11.5, spaceAfter=3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=9.2, leading=11.5, spaceBefore=4, spaceAfter=2)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=8, leading=9.6)
        self.font, self.bold = font, bold

    def cell(self, size: float, bold: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            f"c{size}{bold}", fontName=self.bold if bold else self.font, fontSize=size, leading=size * 1.22
        )


def _flow(blocks: list, st: _Styles, width: float, story: list, *, in_two: bool = False) -> None:
    for i, b in enumerate(blocks):
        if isinstance(b, TwoCol):
            if in_two:
                raise ValueError("nested TwoCol")
            _flow_two_columns(b, st, width, story)
            if i < len(blocks) - 1 and not isinstance(blocks[i + 1], PB):
                story.append(PageBreak())
            continue
        make = _FLOWABLES.get(type(b))
        if make is None:
            raise TypeError(b)
        story.extend(make(b, st, width))


def _flow_two_columns(b: TwoCol, st: _Styles, width: float, story: list) -> None:
    story.append(NextPageTemplate("two"))
    story.append(PageBreak())
    if b.title:
        story.append(Paragraph(_markup(b.title), st.h1))
    _flow(b.left, st, width / 2 - 9, story, in_two=True)
    story.append(FrameBreak())
    _flow(b.right, st, width / 2 - 9, story, in_two=True)
    story.append(NextPageTemplate("one"))


def _pdf_heading(b: H, st: _Styles, width: float) -> list:
    return [Paragraph(_markup(b.text), st.h1 if b.level == 1 else st.h2)]


def _pdf_paragraph(b: P, st: _Styles, width: float) -> list:
    style = st.mono if b.mono else st.body
    if b.size:
        style = ParagraphStyle(f"p{b.size}", parent=style, fontSize=b.size, leading=b.size * 1.25)
    if b.indent:
        style = ParagraphStyle(f"pi{b.indent}", parent=style, leftIndent=b.indent * 4)
    return [Paragraph(_markup(b.text), style)]


def _pdf_key_values(b: KV, st: _Styles, width: float) -> list:
    kst, vst = st.cell(9, True), st.cell(9)
    data = [
        [Paragraph(_markup(k + b.sep if b.sep else k), kst), Paragraph(_markup(v), vst)] for k, v in b.rows
    ]
    t = Table(data, colWidths=[width * b.key_frac, width * (1 - b.key_frac)])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    t.hAlign = "LEFT"
    return [t, Spacer(1, 3)]


def _pdf_table(b: T, st: _Styles, width: float) -> list:
    hst, cst = st.cell(b.size, True), st.cell(b.size)
    data = []
    for r, row in enumerate(b.rows):
        data.append([Paragraph(_markup(c), hst if (b.header and r == 0) else cst) for c in row])
    t = Table(data, colWidths=[width * f for f in b.widths], repeatRows=1 if b.header else 0)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if b.grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
    if b.header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(cmds))
    t.hAlign = "LEFT"
    return [t, Spacer(1, 5)]


# block type -> its flowables (TwoCol, which switches page templates, is _flow's own)
_FLOWABLES: dict[type, Callable[[Any, _Styles, float], list]] = {
    H: _pdf_heading,
    P: _pdf_paragraph,
    KV: _pdf_key_values,
    T: _pdf_table,
    Pre: lambda b, st, width: [Preformatted(_pdf_safe(b.text), st.mono)],
    Sp: lambda b, st, width: [Spacer(1, b.h)],
    Rule: lambda b, st, width: [
        HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=2, spaceAfter=4)
    ],
    PB: lambda b, st, width: [PageBreak()],
    Hidden: lambda b, st, width: [_HiddenFlowable(b.kind, b.text, st.font)],
}


def render_pdf(doc: Doc) -> bytes:
    size = letter if doc.pagesize == "letter" else A4
    pw, ph = size
    margin = 18 * mm
    head_h = 10 + 11 * len(doc.header)
    foot_h = 8 + 9 * len(doc.footer)
    st = _Styles(doc.font)

    def build(total: int) -> tuple[bytes, int]:
        buf = io.BytesIO()
        bd = BaseDocTemplate(
            buf,
            pagesize=size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + head_h,
            bottomMargin=margin + foot_h,
            title=doc.title,
            author=doc.author,
            creator="her2cli tools/make_samples.py",
            producer="ReportLab",
            subject="Synthetic sample report (fictional patient)",
            invariant=1,
            pageCompression=1,
        )
        fw = pw - 2 * margin
        fh = ph - 2 * margin - head_h - foot_h
        one = Frame(margin, margin + foot_h, fw, fh, id="one", leftPadding=0, rightPadding=0)
        colw = (fw - 18) / 2
        left = Frame(margin, margin + foot_h, colw, fh, id="left", leftPadding=0, rightPadding=0)
        right = Frame(
            margin + colw + 18, margin + foot_h, colw, fh, id="right", leftPadding=0, rightPadding=0
        )

        def deco(c, d):
            c.saveState()
            y = ph - margin
            for n, line in enumerate(doc.header):
                c.setFont(st.bold if n == 0 else st.font, 11 if n == 0 else 8.5)
                c.drawString(margin, y - 9, _pdf_safe(line))
                y -= 11
            c.setStrokeColor(colors.grey)
            c.line(margin, y - 4, pw - margin, y - 4)
            yb = margin + foot_h - 4
            c.line(margin, yb, pw - margin, yb)
            yy = yb - 10
            for line in doc.footer:
                c.setFont(st.font, 7.5)
                c.drawString(margin, yy, _pdf_safe(line.format(page=d.page, pages=total)))
                yy -= 9
            c.restoreState()

        bd.addPageTemplates(
            [
                PageTemplate(id="one", frames=[one], onPage=deco),
                PageTemplate(id="two", frames=[left, right], onPage=deco),
            ]
        )
        story: list = []
        _flow(doc.blocks, st, fw, story)
        bd.build(story)
        return buf.getvalue(), bd.page

    _, n = build(0)
    data, n2 = build(n)
    assert n == n2
    return data


# --------------------------------------------------------------------------------------------
# Text


def _plain(s: str) -> str:
    return s.replace("**", "")


def _wrap(s: str, width: int, indent: str = "", sub: str = "") -> list[str]:
    out: list[str] = []
    for part in _plain(s).split("\n"):
        w = textwrap.wrap(
            part,
            width,
            initial_indent=indent,
            subsequent_indent=sub or indent,
            break_on_hyphens=False,
            break_long_words=True,
        )
        out.extend(w or [""])
    return out


def _text_lines(blocks: list, W: int) -> list:
    """Lines of text; a ``None`` entry is a page break."""
    out: list = []
    for i, b in enumerate(blocks):
        if isinstance(b, TwoCol):
            _text_two_columns(b, W, out)
            if i < len(blocks) - 1 and not isinstance(blocks[i + 1], PB):
                out.append(None)
            continue
        lines = _TEXT_LINES.get(type(b))
        if lines is None:
            raise TypeError(b)
        out.extend(lines(b, W))
    return out


def _text_two_columns(b: TwoCol, W: int, out: list) -> None:
    if out and out[-1] is not None:
        out.append(None)
    if b.title:
        out.append(_plain(b.title))
        out.append("")
    cw = (W - 4) // 2
    left = [ln for ln in _text_lines(b.left, cw) if ln is not None]
    right = [ln for ln in _text_lines(b.right, cw) if ln is not None]
    for k in range(max(len(left), len(right))):
        lft = left[k] if k < len(left) else ""
        rgt = right[k] if k < len(right) else ""
        out.append((lft.ljust(cw) + "    " + rgt).rstrip())


def _text_heading(b: H, W: int) -> list:
    out = ["", _plain(b.text)]
    if b.level == 1:
        out.append("-" * min(W, len(_plain(b.text))))
    return out


def _text_paragraph(b: P, W: int) -> list:
    ind = " " * b.indent
    if b.mono:
        return [ind + ln for ln in _plain(b.text).split("\n")] + [""]
    return [*_wrap(b.text, W, ind), ""]


def _text_key_values(b: KV, W: int) -> list:
    out = []
    kw = max(8, int(W * b.key_frac))
    for k, v in b.rows:
        key = (_plain(k) + b.sep).ljust(kw)
        vl = _wrap(v, W - kw) if v else [""]
        out.append(key + vl[0])
        out.extend(" " * kw + ln for ln in vl[1:])
    out.append("")
    return out


def _text_table(b: T, W: int) -> list:
    out = []
    usable = W - (3 * len(b.widths) + 1 if b.grid else 2 * (len(b.widths) - 1))
    cw = [max(4, int(usable * f / sum(b.widths))) for f in b.widths]
    sep_line = "+" + "+".join("-" * (w + 2) for w in cw) + "+"
    if b.grid:
        out.append(sep_line)
    for r, row in enumerate(b.rows):
        cells = [_wrap(c, w) if c else [""] for c, w in zip(row, cw, strict=True)]
        h = max(len(c) for c in cells)
        for k in range(h):
            parts = [(c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, cw, strict=True)]
            out.append(("| " + " | ".join(parts) + " |") if b.grid else "  ".join(parts).rstrip())
        if b.grid and (r == 0 and b.header or r == len(b.rows) - 1):
            out.append(sep_line)
        elif not b.grid and r == 0 and b.header:
            out.append("  ".join("-" * w for w in cw))
    out.append("")
    return out


# block type -> its lines (TwoCol, which sets the columns side by side, is _text_lines' own)
_TEXT_LINES: dict[type, Callable[[Any, int], list]] = {
    H: _text_heading,
    P: _text_paragraph,
    KV: _text_key_values,
    T: _text_table,
    Pre: lambda b, W: b.text.split("\n"),
    Sp: lambda b, W: [""],
    Rule: lambda b, W: ["-" * W],
    PB: lambda b, W: [None],
    Hidden: lambda b, W: [],  # invisible in the PDF; a text export never has it
}


def render_text(doc: Doc) -> str:
    W = doc.text_width
    lines = _text_lines(doc.blocks, W)
    pages: list[list[str]] = [[]]
    for ln in lines:
        if ln is None:
            pages.append([])
        else:
            pages[-1].append(ln)
    pages = [p for p in pages if any(x.strip() for x in p)]
    n = len(pages)
    texts = []
    for k, body in enumerate(pages, 1):
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        head = list(doc.header) + ["=" * W] if doc.header else []
        foot = ["-" * W] + [f.format(page=k, pages=n) for f in doc.footer] if doc.footer else []
        texts.append("\n".join(head + [""] + body + [""] + foot) + "\n")
    return "\f".join(texts)
