"""The patient summary on a terminal: words first, color only as a second signal.

Colors are chosen to stay readable on dark and light backgrounds and for color-blind readers
(no red/green pairing): every status also has a symbol and a word.
"""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

from her2cli.explain import explanation_for
from her2cli.messages import load_messages
from her2cli.model import Result

from .scale import text_section

SYMBOLS = {"positive": "▲", "negative": "▼", "equivocal": "◆", "not_found": "○", "low": "▽", "ultralow": "▽", "mutation": "◇"}
STYLES = {
    "positive": "bold magenta",
    "negative": "bold cyan",
    "equivocal": "bold yellow",
    "not_found": "bold",
    "low": "bold cyan",
    "ultralow": "bold cyan",
    "mutation": "bold yellow",
}


def summary_lines(result: Result, lang: str = "en") -> list[tuple[str, str | None]]:
    """The summary as (text, style) lines; the plain-text and terminal views share it.

    Layout only: every word comes from the Explanation (her2cli.explain).
    """
    exp = explanation_for(result, lang)
    titles = exp.titles
    lines: list[tuple[str, str | None]] = []
    add = lines.append

    add((f"{SYMBOLS.get(exp.tone, '')} {exp.headline}", STYLES.get(exp.tone)))
    add((exp.cancer_type, None))
    if exp.scoring_rules:
        add((exp.scoring_rules, "dim"))
    add(("", None))

    add((titles["report"], "bold underline"))
    if exp.report_says:
        for row in exp.report_says:
            add((f"  • {row.label}: {row.value}", None))
    else:
        add((f"  • {exp.labels['status']}: {exp.labels['none_found']}", None))
    add(("", None))

    scale_lines = text_section(exp.facts, exp.lang) if exp.facts else []
    if scale_lines:
        add((load_messages(exp.lang)["scale"]["section"], "bold underline"))
        lines.extend((f"  {line}" if line else "", None) for line in scale_lines)
        add(("", None))

    if exp.quotes:
        add((titles["sources"], "bold underline"))
        for quote in exp.quotes:
            add((f"  {exp.labels['page']} {quote.page}: \"{quote.text}\"", "evidence"))
        add(("", None))

    add((titles["meaning"], "bold underline"))
    add((exp.meaning_text, None))
    add(("", None))

    add((titles["questions"], "bold underline"))
    for i, q in enumerate(exp.questions, 1):
        add((f"  {i}. {q}", None))
    add(("", None))

    if exp.glossary:
        add((titles["glossary"], "bold underline"))
        for entry in exp.glossary:
            add((f"  • {entry.term}: {entry.text}", None))
        add(("", None))

    notes = list(exp.warnings)
    if exp.error:
        notes.insert(0, exp.error)
    if notes:
        add((titles["unreadable"] if exp.error else titles["notes"], "bold underline"))
        for n in notes:
            add((f"  ! {n}", "yellow"))
        add(("", None))

    if exp.learn_more:
        add((titles["learn_more"], "bold underline"))
        for src in exp.learn_more:
            add((f"  • {src.name}: {src.address}" + (f" ({src.note})" if src.note else ""), None))
        if exp.facts_checked_date:
            add((f"  {exp.labels['facts_checked']}: {exp.facts_checked_date}", "dim"))
        add(("", None))
    add((exp.disclaimer, "dim"))
    return lines


def render_text(result: Result, lang: str = "en", width: int = 88) -> str:
    """Plain text, no colors: for pipes, NO_COLOR, --save summary.txt and golden tests."""
    import textwrap

    out: list[str] = []
    for text, _style in summary_lines(result, lang):
        if not text:
            out.append("")
            continue
        indent = len(text) - len(text.lstrip(" "))
        bullet = text.lstrip(" ")
        hang = indent + (2 if bullet[:2] in ("• ", "! ") else 3 if bullet[:1].isdigit() else 0)
        out.extend(textwrap.wrap(text, width=width, subsequent_indent=" " * hang, break_on_hyphens=False) or [""])
    return "\n".join(out) + "\n"


def print_summary(result: Result, *, lang: str = "en", color: bool = True, width: int | None = None, file: TextIO | None = None) -> None:
    stream = file or sys.stdout
    if not color:
        stream.write(render_text(result, lang, width or 88))
        return
    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    for text, style in summary_lines(result, lang):
        if style == "evidence":
            console.print(_highlight_evidence(text, result), overflow="fold")
        else:
            console.print(Text(text, style=style or ""), overflow="fold")


def _highlight_evidence(line: str, result: Result) -> Text:
    text = Text(line, style="italic")
    for ev in result.evidence:
        if ev.match and ev.match in line:
            start = line.find(ev.match)
            text.stylize("bold underline not italic", start, start + len(ev.match))
    return text
