"""The patient summary on a terminal: words first, color only as a second signal.

Colors are chosen to stay readable on dark and light backgrounds and for color-blind readers
(no red/green pairing): every status also has a symbol and a word.
"""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

from her2cli.messages import load_messages
from her2cli.model import Result

from .scale import ResultValues, text_section
from .summary import build_explanation, status_key

SYMBOLS = {"positive": "▲", "negative": "▼", "equivocal": "◆", "not_found": "○", "low": "▽", "ultralow": "▽"}
STYLES = {
    "positive": "bold magenta",
    "negative": "bold cyan",
    "equivocal": "bold yellow",
    "not_found": "bold",
    "low": "bold cyan",
    "ultralow": "bold cyan",
}


def summary_lines(result: Result, lang: str = "en") -> list[tuple[str, str | None]]:
    """The summary as (text, style) lines; the plain-text and terminal views share it."""
    msgs = load_messages(lang)
    labels = msgs["labels"]
    sections = labels["sections"]
    exp = build_explanation(result, lang)
    key = status_key(result)
    lines: list[tuple[str, str | None]] = []
    add = lines.append

    add((f"{SYMBOLS.get(key, '')} {exp.headline}", STYLES.get(key)))
    add((f"{labels['cancer_type']}: {labels['cancer_types'][result.cancer_type]}", None))
    if result.status_basis and result.status != "not_found":
        add((f"{labels['criteria']}: {result.status_basis.rule_name}", "dim"))
    add(("", None))

    add((sections["report"], "bold underline"))
    rows = report_rows(result, lang)
    if rows:
        for label, value in rows:
            add((f"  • {label}: {value}", None))
    else:
        add((f"  • {labels['status']}: {labels['none_found']}", None))
    add(("", None))

    scale_lines = text_section(ResultValues.of(result), lang)
    if scale_lines:
        add((load_messages(lang)["scale"]["section"], "bold underline"))
        lines.extend((f"  {line}" if line else "", None) for line in scale_lines)
        add(("", None))

    if result.evidence:
        add((sections["sources"], "bold underline"))
        shown: set[tuple[int, str]] = set()
        for ev in result.evidence:
            if (ev.page, ev.text) in shown or len(shown) >= 8:
                continue
            shown.add((ev.page, ev.text))
            add((f"  {labels['page']} {ev.page}: \"{ev.text}\"", "evidence"))
        add(("", None))

    add((sections["meaning"], "bold underline"))
    add((exp.meaning, None))
    add(("", None))

    add((sections["questions"], "bold underline"))
    for i, q in enumerate(exp.questions, 1):
        add((f"  {i}. {q}", None))
    add(("", None))

    notes = list(exp.warnings)
    if result.error:
        notes.insert(0, result.error.message)
    if notes:
        add((sections["unreadable"] if result.error else sections["notes"], "bold underline"))
        for n in notes:
            add((f"  ! {n}", "yellow"))
        add(("", None))
    add((exp.disclaimer, "dim"))
    return lines


def report_rows(result: Result, lang: str = "en") -> list[tuple[str, str]]:
    """The numbers behind the status, each with a lay label."""
    labels = load_messages(lang)["labels"]
    rows: list[tuple[str, str]] = []
    if result.ihc:
        if result.ihc.score:
            rows.append((labels["ihc_score"], result.ihc.score))
        elif result.ihc.score_range:
            rows.append((labels["ihc_score_range"], result.ihc.score_range))
        if result.ihc.percent_cells is not None:
            rows.append((labels["percent_cells"], f"{result.ihc.percent_cells:g}%"))
        if result.ihc.clone:
            rows.append((labels["ihc_clone"], result.ihc.clone))
        if result.ihc.lab_call:
            rows.append((labels["lab_call"], labels["status_words"].get(result.ihc.lab_call, result.ihc.lab_call)))
    if result.ish:
        if result.ish.result:
            rows.append((labels["ish_result"], labels["ish_results"][result.ish.result]))
        if result.ish.ratio is not None:
            rows.append((labels["ish_ratio"], f"{result.ish.ratio:g}"))
        if result.ish.her2_copy_number is not None:
            rows.append((labels["her2_copy_number"], f"{result.ish.her2_copy_number:g}"))
        if result.ish.cep17_copy_number is not None:
            rows.append((labels["cep17_copy_number"], f"{result.ish.cep17_copy_number:g}"))
        if result.ish.group:
            rows.append((labels["ish_group"], str(result.ish.group)))
        if result.ish.method:
            rows.append((labels["ish_method"], labels["ish_methods"].get(result.ish.method, result.ish.method)))
    if result.ngs:
        blood = result.ngs.ctdna
        if result.ngs.amplification:
            label = labels["ngs_amplification"]
            value = labels["ngs_results"][result.ngs.amplification]
            if blood and result.ngs.amplification == "not_amplified":
                value = labels["ctdna_results"]["not_detected"]
            rows.append((label, value))
        if result.ngs.copy_number is not None:
            rows.append((labels["plasma_copy_number"] if blood else labels["ngs_copy_number"], f"{result.ngs.copy_number:g}"))
        if result.ngs.mutations:
            rows.append((labels["mutations"], ", ".join(result.ngs.mutations)))
        rows.append((labels["specimen"], labels["specimen_blood"] if blood else labels["specimen_tissue"]))
    if result.status_basis and result.status_basis.test:
        rows.append((labels["test_type"], labels["test_names"][result.status_basis.test]))
    rel = labels["related"]
    for gene in ("kras", "nras", "braf"):
        value = result.related.get(gene)
        if value:
            text = rel["wild_type"] if value == "wild-type" else rel["mutant"]
            variant = result.related.get(f"{gene}_variant")
            rows.append((rel[gene], f"{text} ({variant})" if variant else text))
    msi = result.related.get("msi")
    if msi:
        rows.append((rel["msi"], {"MSI-H": rel["msi_h"], "MSI-L": rel["msi_l"], "MSS": rel["mss"]}[msi]))
    mmr = result.related.get("mmr")
    if mmr:
        rows.append((rel["mmr"], rel[mmr]))
    return rows


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
