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
from her2cli.rules.text import text_patterns

from .scale import CategoryScale, Scale, scales_for, section_notes
from .scale_svg import scale_svg
from .terminal import SYMBOLS

NOTE_LINES = 4
# The print layout holds about this many lines of text at its normal size (two columns of a US
# Letter page, the shorter of the two papers); a longer summary is set a little smaller ("dense"),
# a much longer one smaller still ("denser"). Calibrated in Chromium; tests/test_print.py checks
# that every golden case prints on one page, whatever its size.
COLUMN_CHARACTERS = 60
DENSITIES = ((84, "sheet"), (100, "sheet dense"))  # up to this many estimated lines: this class
DENSEST = "sheet denser"

PAGE_CSS = """\
body{margin:0;background:#fff;color:#111;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
main.sheet{max-width:52rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
main.sheet .page-head{border-bottom:2px solid #333;margin-bottom:.5rem;padding-bottom:.3rem}
main.sheet .prepared{margin:0;font-size:.85em;color:#444}
main.sheet h1{font-size:1.5em;margin:.25rem 0}
main.sheet .status{display:inline-block;padding:.1rem .6rem;border:3px solid #333;border-radius:.4rem}
main.sheet .positive{border-color:#7a1f7a}
main.sheet .negative,main.sheet .low,main.sheet .ultralow{border-color:#0a5d73}
main.sheet .equivocal,main.sheet .mutation{border-color:#8a6d00}
main.sheet .not_found{border-color:#555}
main.sheet .facts-line{margin:.1rem 0}
main.sheet h2{font-size:1.05em;margin:.7rem 0 .3rem;border-bottom:1px solid #bbb;break-after:avoid}
main.sheet li,main.sheet blockquote,main.sheet .rows div{break-inside:avoid}
main.sheet p{margin:.2rem 0}
main.sheet ol,main.sheet ul{margin:.2rem 0;padding-left:1.4rem}
main.sheet dl{margin:0}
main.sheet .rows div{padding-left:1rem;text-indent:-1rem}
main.sheet dt{display:inline;font-weight:600}
main.sheet dd{display:inline;margin:0}
main.sheet blockquote{margin:.25rem 0;padding:.15rem .6rem;border-left:4px solid #777;background:#f4f4f4;color:#111}
main.sheet q.quoted::before,main.sheet q.quoted::after{content:none}
main.sheet mark{background:#ffe58a;color:#111}
main.sheet .warning{color:#6b4e00}
main.sheet figure{margin:.2rem 0 .5rem;break-inside:avoid}
main.sheet figcaption{font-size:.9em}
main.sheet .scale-title{font-weight:600}
main.sheet svg.scale{display:block;width:100%;max-width:340px;height:auto}
main.sheet .scale text{font-size:11px;fill:#111}
main.sheet .scale .meaning{font-size:10px}
main.sheet .scale .cell rect{fill:#fff;stroke:#555;stroke-width:1}
main.sheet .scale .cell.on rect{fill:#1d3f6e;stroke:#1d3f6e;stroke-width:3}
main.sheet .scale .cell.on text{fill:#fff;font-weight:700}
main.sheet .scale .band{fill:none;stroke:#555;stroke-width:1.5}
main.sheet .scale .axis,main.sheet .scale .tick{stroke:#333;stroke-width:1.5}
main.sheet .scale .axis-end{fill:#333}
main.sheet .scale .cut{stroke:#7a1f7a;stroke-width:2.5;stroke-dasharray:4 2}
main.sheet .scale .marker{fill:#111}
main.sheet .scale .marker-label{font-weight:700}
main.sheet .checked{font-size:.9em}
main.sheet .nowrap{white-space:nowrap}
main.sheet .note-lines div{height:1.7rem;border-bottom:1px solid #777}
main.sheet .page-foot{margin-top:.6rem;padding-top:.3rem;border-top:1px solid #bbb;font-size:.85em;color:#444}
@media (min-width:62rem){main.sheet .cols{columns:2;column-gap:2rem}}
@media print{
@page{margin:11mm}
main.sheet{max-width:none;margin:0;padding:0;font-size:9pt;line-height:1.3}
main.sheet.dense{font-size:8.5pt;line-height:1.25}
main.sheet .cols{columns:2;column-gap:7mm}
main.sheet h1{font-size:14pt}
main.sheet h2{font-size:10.5pt;margin:.45rem 0 .2rem}
main.sheet.dense h2{font-size:10pt;margin:.35rem 0 .15rem}
main.sheet figcaption,main.sheet .page-foot,main.sheet .prepared{font-size:8.5pt}
main.sheet.dense figcaption,main.sheet.dense .page-foot,main.sheet.dense .prepared{font-size:8pt}
main.sheet svg.scale{max-width:300px}
main.sheet.dense svg.scale{max-width:260px}
main.sheet .note-lines div{height:1.5rem}
main.sheet.dense .note-lines div{height:1.3rem}
main.sheet.denser{font-size:8pt;line-height:1.18}
main.sheet.denser h1{font-size:12pt}
main.sheet.denser h2{font-size:9.5pt;margin:.3rem 0 .1rem}
main.sheet.denser figcaption,main.sheet.denser .page-foot,main.sheet.denser .prepared{font-size:7.5pt}
main.sheet.denser svg.scale{max-width:230px}
main.sheet.denser .note-lines div{height:1.15rem}
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
    # a line that is itself in quotes (a CSV row) gets no second pair around it
    own = ' class="quoted"' if text.startswith('"') else ""
    return f"<blockquote>{_e(page_word)} {page}: <q{own}{lang_attr}>{quoted}</q></blockquote>"


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


def _unbroken_numbers(escaped: str) -> str:
    """Phone numbers and dates (1-800-422-6237, 2026-11-29) never break across lines."""
    return text_patterns().number_with_dashes.sub(
        lambda m: f'<span class="nowrap">{m.group(0)}</span>', escaped
    )


def _learn_more(exp: Explanation) -> str:
    sources = (f"{s.name}: {s.address}" + (f" ({s.note})" if s.note else "") for s in exp.learn_more)
    body = "<ul>" + "".join(f"<li>{_unbroken_numbers(_e(text))}</li>" for text in sources) + "</ul>"
    if exp.facts_checked_date:
        checked = f"{_e(exp.labels['facts_checked'])}: {_unbroken_numbers(_e(exp.facts_checked_date))}"
        body += f'<p class="checked">{checked}</p>'
    return body


def _lines(text: str, indent: int = 0) -> int:
    return -(-(len(text) + indent) // COLUMN_CHARACTERS)


def estimated_lines(exp: Explanation, scales: list[Scale]) -> int:
    """About how many column lines the print layout needs (headings count two, pictures by height)."""
    texts = [f"{r.label}: {r.value}" for r in exp.report_says] + [exp.meaning_text]
    texts += [s.alt for s in scales] + section_notes(scales)
    texts += (
        [f"{g.term}: {g.text}" for g in exp.glossary]
        + list(exp.warnings)
        + ([exp.error] if exp.error else [])
    )
    texts += [f"{s.name}: {s.address} {s.note}" for s in exp.learn_more]
    lines = sum(_lines(t) for t in texts) + sum(_lines(q, 6) for q in exp.questions)
    lines += sum(_lines(f"page {q.page}: {q.text}", 6) + 1 for q in exp.quotes)
    lines += sum(6 if isinstance(s, CategoryScale) else 4 for s in scales)
    sections = (
        4 + bool(scales) + bool(exp.quotes) + bool(exp.glossary) + bool(exp.warnings) + bool(exp.learn_more)
    )
    return lines + 2 * sections + NOTE_LINES


def render_html_body(exp: Explanation, *, prepared_on: date | None = None) -> str:
    """The page body (a <main> element) in the explanation's language: every section of the
    terminal view, in the same order, plus ruled lines for the reader's own notes."""
    titles, lang = exp.titles, exp.lang
    # no result read: a number against one cut-off reads as a verdict (qa4 24)
    scales = scales_for(exp.facts, lang) if exp.facts and exp.facts.status != "not_found" else []
    lines = estimated_lines(exp, scales)
    density = next((cls for most, cls in DENSITIES if lines <= most), DENSEST)
    parts = [f'<main class="{density}">', _header(exp, prepared_on or date.today()), '<div class="cols">']
    rows = [(r.label, r.value) for r in exp.report_says] or [(exp.labels["status"], exp.labels["none_found"])]
    parts.append(_section(titles["report"], _rows(rows)))
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
