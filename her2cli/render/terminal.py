"""The patient summary on a terminal: words first, color only as a second signal.

Colors are chosen to stay readable on dark and light backgrounds and for color-blind readers
(no red/green pairing): every status also has a symbol and a word.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.text import Text

from her2cli.explain import Explanation, explanation_for
from her2cli.messages import load_messages
from her2cli.model import Result

from .scale import text_section_parts

SYMBOLS = {
    "positive": "▲",
    "negative": "▼",
    "equivocal": "◆",
    "not_found": "○",
    "low": "▽",
    "ultralow": "▽",
    "mutation": "◇",
}
STYLES = {
    "positive": "bold magenta",
    "negative": "bold cyan",
    "equivocal": "bold yellow",
    "not_found": "bold",
    "low": "bold cyan",
    "ultralow": "bold cyan",
    "mutation": "bold yellow",
}


Line = tuple[str, str | None]  # (text, style); style "drawing" is never wrapped


def summary_lines(result: Result, lang: str = "en", width: int | None = None) -> list[Line]:
    """The summary as (text, style) lines; the plain-text and terminal views share it.

    Layout only: every word comes from the Explanation (her2cli.explain). `width` is the room the
    scale drawings must fit in (a drawing is narrowed, never wrapped).
    """
    exp = explanation_for(result, lang)
    lines: list[Line] = [
        (f"{SYMBOLS.get(exp.tone, '')} {exp.headline}", STYLES.get(exp.tone)),
        (exp.cancer_type, None),
    ]
    if exp.scoring_rules:
        lines.append((exp.scoring_rules, "dim"))
    lines.append(("", None))
    for section in (
        _report_section,
        _scale_section,
        _quote_section,
        _meaning_section,
        _question_section,
        _glossary_section,
        _notes_section,
        _learn_more_section,
    ):
        lines.extend(section(exp, width))
    lines.append((exp.disclaimer, "dim"))
    return lines


def _titled(title: str, body: Sequence[Line]) -> list[Line]:
    """A section: its title, its lines and one blank line; nothing at all when it has no lines."""
    return [(title, "bold underline"), *body, ("", None)] if body else []


def _report_section(exp: Explanation, _width: int | None) -> list[Line]:
    rows = [(f"  • {row.label}: {row.value}", None) for row in exp.report_says]
    return _titled(
        exp.titles["report"], rows or [(f"  • {exp.labels['status']}: {exp.labels['none_found']}", None)]
    )


def _scale_section(exp: Explanation, width: int | None) -> list[Line]:
    if exp.facts is None or exp.facts.status == "not_found":
        return []  # no result read: a number against one cut-off reads as a verdict (qa4 24)
    room = None if width is None else width - 2
    parts = text_section_parts(exp.facts, exp.lang, room)
    while parts and not parts[-1][0]:
        parts.pop()  # the section's own blank line follows; no second one
    body: list[Line] = [
        (f"  {text}" if text else "", "drawing" if drawing else None) for text, drawing in parts
    ]
    return _titled(load_messages(exp.lang)["scale"]["section"], body)


def _in_quotes(text: str) -> str:
    """The report's line in quotation marks, unless it is itself in quotes (a CSV row): no second pair."""
    return text if text.startswith('"') else f'"{text}"'


def _quote_section(exp: Explanation, _width: int | None) -> list[Line]:
    body: list[Line] = [
        (f"  {exp.labels['page']} {q.page}: {_in_quotes(q.text)}", "evidence") for q in exp.quotes
    ]
    return _titled(exp.titles["sources"], body)


def _meaning_section(exp: Explanation, _width: int | None) -> list[Line]:
    return _titled(exp.titles["meaning"], [(exp.meaning_text, None)])


def _question_section(exp: Explanation, _width: int | None) -> list[Line]:
    return _titled(exp.titles["questions"], [(f"  {i}. {q}", None) for i, q in enumerate(exp.questions, 1)])


def _glossary_section(exp: Explanation, _width: int | None) -> list[Line]:
    return _titled(exp.titles["glossary"], [(f"  • {e.term}: {e.text}", None) for e in exp.glossary])


def _notes_section(exp: Explanation, _width: int | None) -> list[Line]:
    notes = [exp.error, *exp.warnings] if exp.error else list(exp.warnings)
    title = exp.titles["unreadable"] if exp.error else exp.titles["notes"]
    return _titled(title, [(f"  ! {n}", "yellow") for n in notes])


def _learn_more_section(exp: Explanation, _width: int | None) -> list[Line]:
    body: list[Line] = [
        (f"  • {src.name}: {src.address}" + (f" ({src.note})" if src.note else ""), None)
        for src in exp.learn_more
    ]
    if body and exp.facts_checked_date:
        body.append((f"  {exp.labels['facts_checked']}: {exp.facts_checked_date}", "dim"))
    return _titled(exp.titles["learn_more"], body)


def render_text(result: Result, lang: str = "en", width: int = 88) -> str:
    """Plain text, no colors: for pipes, NO_COLOR, --save summary.txt and golden tests."""
    import textwrap

    out: list[str] = []
    for text, style in summary_lines(result, lang, width):
        if not text or style == "drawing":
            out.append(text)
            continue
        indent = len(text) - len(text.lstrip(" "))
        bullet = text.lstrip(" ")
        hang = indent + (2 if bullet[:2] in ("• ", "! ") else 3 if bullet[:1].isdigit() else 0)
        out.extend(
            textwrap.wrap(text, width=width, subsequent_indent=" " * hang, break_on_hyphens=False) or [""]
        )
    return "\n".join(out) + "\n"


def print_summary(
    result: Result,
    *,
    lang: str = "en",
    color: bool = True,
    width: int | None = None,
    file: TextIO | None = None,
) -> None:
    stream = file or sys.stdout
    if not color:
        stream.write(render_text(result, lang, width or 88))
        return
    console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
    for text, style in summary_lines(result, lang, console.width):
        if style == "evidence":
            console.print(_highlight_evidence(text, result), overflow="fold")
        elif style == "drawing":
            console.print(Text(text), overflow="crop", no_wrap=True)
        else:
            console.print(Text(text, style=style or ""), overflow="fold")


def _highlight_evidence(line: str, result: Result) -> Text:
    text = Text(line, style="italic")
    for ev in result.evidence:
        if ev.match and ev.match in line:
            start = line.find(ev.match)
            text.stylize("bold underline not italic", start, start + len(ev.match))
    return text
