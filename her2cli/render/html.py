"""A self-contained, printable one-page HTML summary to bring to an appointment."""

from __future__ import annotations

import html

from her2cli.explain import explanation_for
from her2cli.model import Result

from .terminal import SYMBOLS

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ccc}
.status{display:inline-block;padding:.3rem .7rem;border:3px solid #333;border-radius:.4rem;font-weight:700}
.positive{border-color:#7a1f7a} .negative{border-color:#0a5d73} .equivocal{border-color:#8a6d00} .not_found{border-color:#555}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #999;background:#f5f5f5}
mark{background:#ffe58a} dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem} dt{font-weight:600}
.note{color:#6b4e00} footer{margin-top:2rem;font-size:.9rem;color:#444}
@media print{body{margin:0}}
"""


def render_html(result: Result, lang: str = "en") -> str:
    exp = explanation_for(result, lang)
    titles = exp.titles
    e = html.escape
    parts = [
        f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e(exp.headline)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1><span class=\"status {e(result.status)}\">{SYMBOLS.get(exp.tone, '')} {e(exp.headline)}</span></h1>",
        f"<p>{e(exp.cancer_type)}</p>",
    ]
    if exp.scoring_rules:
        parts.append(f"<p>{e(exp.scoring_rules)}</p>")
    parts.append(f"<h2>{e(titles['report'])}</h2><dl>")
    for row in exp.report_says:
        parts.append(f"<dt>{e(row.label)}</dt><dd>{e(row.value)}</dd>")
    parts.append("</dl>")
    if exp.quotes:
        parts.append(f"<h2>{e(titles['sources'])}</h2>")
        for quote in exp.quotes:
            quoted = e(quote.text)
            if quote.match and e(quote.match) in quoted:
                quoted = quoted.replace(e(quote.match), f"<mark>{e(quote.match)}</mark>", 1)
            parts.append(f"<blockquote>{e(exp.labels['page'])} {quote.page}: {quoted}</blockquote>")
    parts.append(f"<h2>{e(titles['meaning'])}</h2><p>{e(exp.meaning_text)}</p>")
    parts.append(f"<h2>{e(titles['questions'])}</h2><ol>" + "".join(f"<li>{e(q)}</li>" for q in exp.questions) + "</ol>")
    if exp.glossary:
        parts.append(f"<h2>{e(titles['glossary'])}</h2><dl>")
        parts.extend(f"<dt>{e(g.term)}</dt><dd>{e(g.text)}</dd>" for g in exp.glossary)
        parts.append("</dl>")
    notes = ([exp.error] if exp.error else []) + list(exp.warnings)
    if notes:
        title = titles["unreadable"] if exp.error else titles["notes"]
        parts.append(f"<h2>{e(title)}</h2><ul>" + "".join(f"<li class=\"note\">{e(w)}</li>" for w in notes) + "</ul>")
    if exp.learn_more:
        parts.append(f"<h2>{e(titles['learn_more'])}</h2><ul>")
        parts.extend(f"<li>{e(s.name)}: {e(s.address)}" + (f" ({e(s.note)})" if s.note else "") + "</li>" for s in exp.learn_more)
        parts.append("</ul>")
        if exp.facts_checked_date:
            parts.append(f"<p>{e(exp.labels['facts_checked'])}: {e(exp.facts_checked_date)}</p>")
    parts.append(f"<footer>{e(exp.disclaimer)}</footer></body></html>\n")
    return "\n".join(parts)
