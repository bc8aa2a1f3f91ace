"""A self-contained, printable one-page HTML summary to bring to an appointment."""

from __future__ import annotations

import html

from her2cli.messages import load_messages
from her2cli.model import Result

from .summary import build_explanation, status_key
from .terminal import SYMBOLS, report_rows

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
    msgs = load_messages(lang)
    labels = msgs["labels"]
    sections = labels["sections"]
    exp = build_explanation(result, lang)
    key = status_key(result)
    e = html.escape
    parts = [
        f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e(exp.headline)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1><span class=\"status {e(result.status)}\">{SYMBOLS.get(key, '')} {e(exp.headline)}</span></h1>",
        f"<p>{e(labels['cancer_type'])}: {e(labels['cancer_types'][result.cancer_type])}</p>",
        f"<h2>{e(sections['report'])}</h2><dl>",
    ]
    for label, value in report_rows(result, lang):
        parts.append(f"<dt>{e(label)}</dt><dd>{e(value)}</dd>")
    parts.append("</dl>")
    if result.evidence:
        parts.append(f"<h2>{e(sections['sources'])}</h2>")
        for ev in result.evidence[:8]:
            quoted = e(ev.text)
            if ev.match and e(ev.match) in quoted:
                quoted = quoted.replace(e(ev.match), f"<mark>{e(ev.match)}</mark>", 1)
            parts.append(f"<blockquote>{e(labels['page'])} {ev.page}: {quoted}</blockquote>")
    parts.append(f"<h2>{e(sections['meaning'])}</h2><p>{e(exp.meaning)}</p>")
    parts.append(f"<h2>{e(sections['questions'])}</h2><ol>" + "".join(f"<li>{e(q)}</li>" for q in exp.questions) + "</ol>")
    if exp.warnings:
        parts.append(f"<h2>{e(sections['notes'])}</h2><ul>" + "".join(f"<li class=\"note\">{e(w)}</li>" for w in exp.warnings) + "</ul>")
    parts.append(f"<footer>{e(exp.disclaimer)}</footer></body></html>\n")
    return "\n".join(parts)
