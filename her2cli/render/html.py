"""The printable page (`--save visit.html`): one sheet of paper to bring to an appointment.

It must print on one US Letter page and on one A4 page (tests/test_print.py prints every golden
case in a real browser and counts the pages), so the print style sets the text in two columns.
The page is self-contained: inline CSS and SVG, no script, nothing fetched. It is written for
screen readers too: `lang` on the page and on quoted report text in another language, symbols
hidden from them, every picture named by its visible caption, text contrast of at least 4.5:1
(tested from PAGE_CSS).

`render_html_body` and `PAGE_CSS` are the reusable parts (a local web page can serve the same
body); `render_html` wraps them in a whole document.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from her2cli.explain import Explanation, explanation_for
from her2cli.messages import load_messages
from her2cli.model import Result

from .scale import Scale, scale_svg, scales_for, section_notes
from .terminal import SYMBOLS

NOTE_LINES = 4

PAGE_CSS = """\
body{margin:0;background:#fff;color:#111;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.45}
.sheet{max-width:52rem;margin:1.5rem auto;padding:0 1rem}
.page-head{border-bottom:2px solid #333;margin-bottom:.5rem;padding-bottom:.3rem}
.prepared{margin:0;font-size:.85rem;color:#444}
h1{font-size:1.5rem;margin:.25rem 0}
.status{display:inline-block;padding:.1rem .6rem;border:3px solid #333;border-radius:.4rem}
.positive{border-color:#7a1f7a}
.negative,.low,.ultralow{border-color:#0a5d73}
.equivocal,.mutation{border-color:#8a6d00}
.not_found{border-color:#555}
.facts-line{margin:.1rem 0}
h2{font-size:1.05rem;margin:.7rem 0 .3rem;border-bottom:1px solid #bbb;break-after:avoid}
li,blockquote,.rows div{break-inside:avoid}
p{margin:.2rem 0}
ol,ul{margin:.2rem 0;padding-left:1.4rem}
dl{margin:0}
.rows div{padding-left:1rem;text-indent:-1rem}
dt{display:inline;font-weight:600}
dd{display:inline;margin:0}
blockquote{margin:.25rem 0;padding:.15rem .6rem;border-left:4px solid #777;background:#f4f4f4;color:#111}
mark{background:#ffe58a;color:#111}
.warning{color:#6b4e00}
figure{margin:.2rem 0 .5rem;break-inside:avoid}
figcaption{font-size:.9rem}
.scale-title{font-weight:600}
svg.scale{display:block;width:100%;max-width:340px;height:auto}
.scale text{font-size:11px;fill:#111}
.scale .meaning{font-size:10px}
.scale .cell rect{fill:#fff;stroke:#555;stroke-width:1}
.scale .cell.on rect{fill:#1d3f6e;stroke:#1d3f6e;stroke-width:3}
.scale .cell.on text{fill:#fff;font-weight:700}
.scale .band{fill:none;stroke:#555;stroke-width:1.5}
.scale .axis,.scale .tick{stroke:#333;stroke-width:1.5}
.scale .axis-end{fill:#333}
.scale .cut{stroke:#7a1f7a;stroke-width:2.5;stroke-dasharray:4 2}
.scale .marker{fill:#111}
.scale .marker-label{font-weight:700}
.checked{font-size:.9rem}
.note-lines div{height:1.7rem;border-bottom:1px solid #777}
.page-foot{margin-top:.6rem;padding-top:.3rem;border-top:1px solid #bbb;font-size:.85rem;color:#444}
@media (min-width:62rem){.cols{columns:2;column-gap:2rem}}
@media print{
@page{margin:11mm}
body{font-size:9pt;line-height:1.3}
.sheet{max-width:none;margin:0;padding:0}
.cols{columns:2;column-gap:7mm}
h1{font-size:14pt}
h2{font-size:10.5pt;margin:.45rem 0 .2rem}
figcaption,.page-foot,.prepared{font-size:8.5pt}
svg.scale{max-width:300px}
.note-lines div{height:1.5rem}
}
"""


def _e(text: object) -> str:
    return html.escape(str(text))


_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "is",
        "with",
        "for",
        "by",
        "to",
        "in",
        "on",
        "not",
        "was",
        "are",
        "this",
        "that",
        "from",
        "at",
        "as",
        "be",
    ]
)
_SPANISH_WORDS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "y",
        "es",
        "con",
        "por",
        "para",
        "que",
        "se",
        "una",
        "un",
        "al",
        "está",
        "son",
        "muestra",
    ]
)


def text_language(text: str) -> str:
    """'es' when a quoted report line reads as Spanish, else 'en' (reports are mostly English)."""
    words = [w.strip(".,;:()\"'").lower() for w in text.split()]
    spanish = sum(w in _SPANISH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    return "es" if spanish > english else "en"


def prepared_on_text(day: date, lang: str) -> str:
    page = load_messages(lang)["page"]
    when = page["date"].format(month=page["months"][day.month - 1], day=day.day, year=day.year)
    return str(page["prepared_on"].format(date=when))


def _section(title: str, body: str, css_class: str = "") -> str:
    cls = f' class="{css_class}"' if css_class else ""
    return f"<section{cls}><h2>{_e(title)}</h2>{body}</section>"


def _quote(page_word: str, page: int, text: str, match: str, page_lang: str) -> str:
    quoted = _e(text)
    if match and _e(match) in quoted:
        quoted = quoted.replace(_e(match), f"<mark>{_e(match)}</mark>", 1)
    quote_lang = text_language(text)
    lang_attr = f' lang="{quote_lang}"' if quote_lang != page_lang else ""
    return f"<blockquote>{_e(page_word)} {page}: <q{lang_attr}>{quoted}</q></blockquote>"


def _scales_html(scales: list[Scale]) -> str:
    figures = []
    for i, scale in enumerate(scales, 1):
        caption_id = f"scale-{i}"
        figures.append(
            f"<figure>{scale_svg(scale, caption_id)}"
            f'<figcaption id="{caption_id}"><span class="scale-title">{_e(scale.title)}.</span> '
            f"{_e(scale.alt)}</figcaption></figure>"
        )
    return "".join(figures) + "".join(f"<p>{_e(n)}</p>" for n in section_notes(scales))


def _rows(pairs: list[tuple[str, str]]) -> str:
    return (
        '<dl class="rows">'
        + "".join(f"<div><dt>{_e(k)}:</dt> <dd>{_e(v)}</dd></div>" for k, v in pairs)
        + "</dl>"
    )


def _items(tag: str, texts: Iterable[str], css_class: str = "") -> str:
    cls = f' class="{css_class}"' if css_class else ""
    return f"<{tag}>" + "".join(f"<li{cls}>{_e(t)}</li>" for t in texts) + f"</{tag}>"


def _header(exp: Explanation, prepared_on: date) -> str:
    symbol = SYMBOLS.get(exp.tone, "")
    parts = [
        '<header class="page-head">',
        f'<p class="prepared">{_e(prepared_on_text(prepared_on, exp.lang))}</p>',
        f'<h1><span class="status {_e(exp.tone)}"><span aria-hidden="true">{symbol}</span> '
        f"{_e(exp.headline)}</span></h1>",
        f'<p class="facts-line">{_e(exp.cancer_type)}</p>',
    ]
    if exp.scoring_rules:
        parts.append(f'<p class="facts-line">{_e(exp.scoring_rules)}</p>')
    return "".join(parts) + "</header>"


def _learn_more(exp: Explanation) -> str:
    body = _items(
        "ul", (f"{s.name}: {s.address}" + (f" ({s.note})" if s.note else "") for s in exp.learn_more)
    )
    if exp.facts_checked_date:
        body += f'<p class="checked">{_e(exp.labels["facts_checked"])}: {_e(exp.facts_checked_date)}</p>'
    return body


def render_html_body(exp: Explanation, *, prepared_on: date | None = None) -> str:
    """The page body (a <main> element) in the explanation's language: every section of the
    terminal view, in the same order, plus ruled lines for the reader's own notes."""
    titles, lang = exp.titles, exp.lang
    parts = ['<main class="sheet">', _header(exp, prepared_on or date.today()), '<div class="cols">']
    rows = [(r.label, r.value) for r in exp.report_says] or [(exp.labels["status"], exp.labels["none_found"])]
    parts.append(_section(titles["report"], _rows(rows)))
    scales = scales_for(exp.facts, lang) if exp.facts else []
    if scales:
        parts.append(_section(load_messages(lang)["scale"]["section"], _scales_html(scales)))
    if exp.quotes:
        quotes = "".join(_quote(exp.labels["page"], q.page, q.text, q.match, lang) for q in exp.quotes)
        parts.append(_section(titles["sources"], quotes))
    parts.append(_section(titles["meaning"], f"<p>{_e(exp.meaning_text)}</p>"))
    parts.append(_section(titles["questions"], _items("ol", exp.questions)))
    if exp.glossary:
        parts.append(_section(titles["glossary"], _rows([(g.term, g.text) for g in exp.glossary])))
    notes = ([exp.error] if exp.error else []) + list(exp.warnings)
    if notes:
        parts.append(
            _section(titles["unreadable"] if exp.error else titles["notes"], _items("ul", notes, "warning"))
        )
    if exp.learn_more:
        parts.append(_section(titles["learn_more"], _learn_more(exp)))
    note_lines = '<div class="note-lines">' + "<div></div>" * NOTE_LINES + "</div>"
    parts.append(_section(load_messages(lang)["page"]["your_notes"], note_lines))
    parts.append(f'</div><footer class="page-foot"><p>{_e(exp.disclaimer)}</p></footer></main>')
    return "\n".join(parts)


def render_html(result: Result, lang: str = "en", *, prepared_on: date | None = None) -> str:
    """The whole self-contained document: what `--save x.html` writes and `--format html` prints."""
    exp = explanation_for(result, lang)
    return (
        f'<!doctype html>\n<html lang="{exp.lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(exp.headline)}</title><style>{PAGE_CSS}</style></head>\n<body>\n"
        f"{render_html_body(exp, prepared_on=prepared_on)}\n</body></html>\n"
    )
